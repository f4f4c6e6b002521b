package graph

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestStockCayleyAnswersTheSame opens a store built by newskg with the stock
// cayley command (the tool in go.mod) and checks that it answers Gizmo
// queries as Query does: the store is a plain Cayley bolt store.
func TestStockCayleyAnswersTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the cayley command")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH, cannot build the stock cayley command")
	}
	cayley := filepath.Join(t.TempDir(), "cayley")
	if out, err := exec.Command(gobin, "build", "-o", cayley, "github.com/cayleygraph/cayley/cmd/cayley").CombinedOutput(); err != nil {
		t.Fatalf("building cayley: %v\n%s", err, out)
	}
	path := filepath.Join(t.TempDir(), "newskg.db")
	build(t, path, v2, other)

	for _, script := range []string{
		`g.V("<Vladimir_Putin>").In("<spokeWith>").All()`,
		`g.V("<Vladimir_Putin>").Out("<accused>").Tag("target").Out("<name>").All()`,
		`g.V().Has("<type>", "<Sentence>").Out("<text>").All()`,
		`g.V().Has("<type>", "<Statement>").Tag("st").Out("<predicate>").Tag("p").All()`,
		`g.V("<Vladimir_Putin>").Out("<alternateName>").All()`,
		`g.Emit({persons: g.V().Has("<type>", "<Person>").ToArray()})`,
	} {
		cmd := exec.Command(cayley, "query", "--db", "bolt", "--dbpath", path, script)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("cayley query %s: %v", script, err)
		}
		var stock []any
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if line == "" {
				continue
			}
			var v any
			if err := json.Unmarshal([]byte(line), &v); err != nil {
				t.Fatalf("cayley printed %q: %v", line, err)
			}
			stock = append(stock, v)
		}
		if len(stock) == 0 {
			t.Errorf("%s: cayley found nothing; the test would prove nothing", script)
			continue
		}

		s, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		got, err := Query(context.Background(), s, script, 100)
		s.Close()
		if err != nil {
			t.Fatalf("%s: %v", script, err)
		}
		// Compare as JSON values, the way both are printed.
		b, _ := json.Marshal(got)
		var ours []any
		json.Unmarshal(b, &ours)
		if !reflect.DeepEqual(sortedJSON(ours), sortedJSON(stock)) {
			t.Errorf("%s\nnewskg: %s\ncayley: %s", script, b, out)
		}
	}
}

// sortedJSON spells each result as JSON and sorts them: both tools iterate
// the same store, but the order is not part of the contract.
func sortedJSON(vs []any) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		b, _ := json.Marshal(v)
		out[i] = string(b)
	}
	sort.Strings(out)
	return out
}
