package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/shape"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/graph/storetest"
)

// TestHopsScanIndexPrefixes checks the plans of hops from fixed nodes on
// bolt: each reads index prefixes (indexScan, hopScan), where Cayley's own
// optimizer leaves an In() hop to a scan of every quad of the node, and a
// second hop to a scan of every quad of each node the first found.
func TestHopsScanIndexPrefixes(t *testing.T) {
	addr := filepath.Join(t.TempDir(), "newskg.db")
	build(t, addr, v1, other)
	s, err := Open(addr, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	putin, met, accused := quad.IRI("Vladimir_Putin"), quad.IRI("met"), quad.IRI("accused")
	for name, p := range map[string]*path.Path{
		"in":                   path.StartPath(s, putin).In(met),
		"out":                  path.StartPath(s, putin).Out(met),
		"both, two predicates": path.StartPath(s, putin).Both(met, accused),
		"has":                  path.StartPath(s).Has(quad.IRI("name"), quad.String("Vladimir Putin")),
		"two hops":             path.StartPath(s, putin).Both(met, accused).Unique().Both(met, accused),
	} {
		plan, _ := shape.Optimize(p.Shape(), s.QuadStore)
		text := fmt.Sprintf("%#v", plan)
		if !strings.Contains(text, "graph.indexScan") && !strings.Contains(text, "graph.hopScan") || strings.Contains(text, "shape.Quads{") || strings.Contains(text, "shape.QuadsAction{") {
			t.Errorf("%s: the plan does not scan an index prefix:\n%s", name, text)
		}
		if strings.HasPrefix(name, "two hops") && !strings.Contains(text, "graph.hopScan") {
			t.Errorf("%s: the second hop does not scan index prefixes from the nodes of the first:\n%s", name, text)
		}
	}
}

// TestListHopsAreOneSQLQuery checks the plans of hops over lists of
// predicates on PostgreSQL: under Unique, one hop or two become one query
// of ours (sqlNodes), where Cayley's optimizer gives up on a list and asks
// the server for every quad of each node; and that query finds the
// neighbours.
func TestListHopsAreOneSQLQuery(t *testing.T) {
	addr := storetest.NewPostgres(t)
	build(t, addr, v1, other)
	s, err := Open(addr, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	qs := s.QuadStore // as Query gives Gizmo: the store with its optimizer
	sq := qs.(indexedSQL)
	if _, ok := any(sq).(statementRefsLister); !ok {
		t.Error("the PostgreSQL store lists an entity's statements through Cayley's iterators, two round trips per statement")
	}
	var jit string
	if err := sq.QueryRow(context.Background(), sqlQuery{text: func(*csql.Builder) string { return "SHOW jit" }}).Scan(&jit); err != nil || jit != "off" {
		t.Errorf("SHOW jit: %q, %v; want off (compiling a recursive hop takes longer than running it)", jit, err)
	}
	putin, trump, met, accused := quad.IRI("Vladimir_Putin"), quad.IRI("Donald_Trump"), quad.IRI("met"), quad.IRI("accused")
	for _, c := range []struct {
		name string
		p    *path.Path
		want []string
	}{
		{"one hop", path.StartPath(qs, putin).Both(met, accused).Unique(), []string{"Donald_Trump", "Ukraine"}},
		{"two hops", path.StartPath(qs, trump).Both(met, accused).Unique().Both(met, accused).Unique(), []string{"Donald_Trump", "Ukraine"}},
		{"from two nodes", path.StartPath(qs, putin, trump).Out(met, accused).Unique(), []string{"Ukraine", "Vladimir_Putin"}},
	} {
		plan, _ := shape.Optimize(c.p.Shape(), qs)
		if _, ok := plan.(sqlNodes); !ok {
			t.Errorf("%s: the plan is not one SQL query:\n%#v", c.name, plan)
			continue
		}
		var got []string
		err := c.p.Iterate(context.Background()).EachValue(qs, func(v quad.Value) {
			got = append(got, string(v.(quad.IRI)))
		})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	// From every node, probing the index per node would be slower than
	// Cayley's plan, which reads the quads of the predicates: it stays.
	everyone := path.StartPath(qs).Both(met, accused).Unique()
	if plan, _ := shape.Optimize(everyone.Shape(), qs); fmt.Sprintf("%T", plan) == "graph.sqlNodes" {
		t.Errorf("a hop from every node is planned as index probes per node:\n%#v", plan)
	}
}
