package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/storetest"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// TestSameAnswersAsStockCayleyHTTP sends the same Gizmo requests to newskg
// serve and to the stock `cayley http` (the tool in go.mod) on the same
// quads, and compares the bodies: a Cayley client sees no difference.
func TestSameAnswersAsStockCayleyHTTP(t *testing.T) {
	cayley := storetest.StockCayley(t)
	dir := t.TempDir()
	// The sample quads, in a bolt store for cayley.
	db := filepath.Join(dir, "sample.db")
	bolt, err := graph.Open(db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var quads []quad.Quad
	graph.EachQuad(context.Background(), ingesttest.SampleStore(t), func(q quad.Quad) error {
		quads = append(quads, q)
		return nil
	})
	if _, err := graph.AddQuads(context.Background(), bolt, quads); err != nil {
		t.Fatal(err)
	}
	bolt.Close()

	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	cmd := exec.Command(cayley, "http", "--db", "bolt", "--dbpath", db, "--host", addr, "--read_only")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	stock := "http://" + addr
	for deadline := time.Now().Add(20 * time.Second); ; {
		if res, err := http.Get(stock + "/"); err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("cayley http did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
	ours := sampleServer(t).URL

	for _, c := range []struct{ script, query string }{
		{`g.V("<Steve_Witkoff>").Both("<met>").Out("<name>").All()`, ""},
		{`g.V("<Vladimir_Putin>").Tag("who").Out("<alternateName>").Tag("name").All()`, ""},
		{`g.V().Has("<type>", "<Person>").Out("<name>").All()`, "?limit=5"},
		{`g.V().Has("<type>", "<Statement>").Tag("st").Out("<predicate>").Tag("p").All()`, "?limit=1000"},
		{`g.V("<Nobody>").All()`, ""},
		{`g.Emit({persons: g.V().Has("<type>", "<Person>").Count()})`, ""},
		{`g.V("<Vladimir_Putin>").In("<object>").Out("<sentence>").Out("<start>").All()`, ""},
		{`g.V(`, ""},
	} {
		a, b := post(t, ours, c.script, c.query), post(t, stock, c.script, c.query)
		if _, isErr := b["error"]; isErr {
			if _, ok := a["error"]; !ok {
				t.Errorf("%s: cayley says %v, newskg %v", c.script, b, a)
			}
			continue
		}
		if strings.Contains(c.query, "limit=5") {
			// The stores iterate in different orders: any five will do.
			if la, lb := len(a["result"].([]any)), len(b["result"].([]any)); la != 5 || lb != 5 {
				t.Errorf("%s%s: newskg gave %d results, cayley %d", c.script, c.query, la, lb)
			}
			continue
		}
		if !reflect.DeepEqual(sortedResult(a), sortedResult(b)) {
			t.Errorf("%s%s\nnewskg: %v\ncayley: %v", c.script, c.query, a, b)
		}
	}
}

func post(t *testing.T, base, script, query string) map[string]any {
	t.Helper()
	res, err := http.Post(base+"/api/v1/query/gizmo"+query, "text/plain", strings.NewReader(script))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	var out map[string]any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("%s: %s: not JSON: %s", base, script, data)
	}
	return out
}

// sortedResult spells each result as JSON, sorted: the two stores iterate
// in different orders.
func sortedResult(body map[string]any) any {
	list, ok := body["result"].([]any)
	if !ok {
		return body
	}
	out := make([]string, len(list))
	for i, v := range list {
		b, _ := json.Marshal(v)
		out[i] = string(b)
	}
	sort.Strings(out)
	return out
}
