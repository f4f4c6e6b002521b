package graph

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
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
