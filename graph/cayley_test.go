package graph

import (
	"context"
	"encoding/json"
	"os/exec"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph/storetest"
)

// TestStockCayleyAnswersTheSame opens a store built by newskg with the stock
// cayley command (the tool in go.mod) and checks that it answers Gizmo
// queries as Query does: the store is a plain Cayley bolt (or PostgreSQL)
// store.
func TestStockCayleyAnswersTheSame(t *testing.T) {
	cayley := storetest.StockCayley(t)
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		addr := newStore()
		build(t, addr, v2, other)
		a, err := ParseAddress(addr)
		if err != nil {
			t.Fatal(err)
		}
		stockAnswersTheSame(t, cayley, a)
	})
}

func stockAnswersTheSame(t *testing.T, cayley string, a Address) {

	for _, script := range []string{
		`g.V("<Vladimir_Putin>").In("<spokeWith>").All()`,
		`g.V("<Vladimir_Putin>").Out("<accused>").Tag("target").Out("<name>").All()`,
		`g.V().Has("<type>", "<Sentence>").Out("<text>").All()`,
		`g.V().Has("<type>", "<Statement>").Tag("st").Out("<predicate>").Tag("p").All()`,
		`g.V("<Vladimir_Putin>").Out("<alternateName>").All()`,
		`g.Emit({persons: g.V().Has("<type>", "<Person>").ToArray()})`,
	} {
		cmd := exec.Command(cayley, "query", "--db", a.Backend, "--dbpath", a.CayleyPath(), script)
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

		s, err := Open(a.Path, Options{ReadOnly: true})
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

// sortedJSON spells each result as JSON and sorts them, and the arrays
// inside them: both tools iterate the same store, but the order is not part
// of the contract (PostgreSQL returns rows in any order).
func sortedJSON(vs []any) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		b, _ := json.Marshal(sortArrays(v))
		out[i] = string(b)
	}
	sort.Strings(out)
	return out
}

func sortArrays(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = sortArrays(x)
		}
	case []any:
		sort.Slice(v, func(i, j int) bool {
			a, _ := json.Marshal(sortArrays(v[i]))
			b, _ := json.Marshal(sortArrays(v[j]))
			return string(a) < string(b)
		})
	}
	return v
}
