package graph_test

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/storetest"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// TestIndexScansAnswerAsCayleysPlan asks a store of the sample corpus the
// same Gizmo scripts twice: through the store, whose optimizer scans index
// prefixes (bolt) or writes hops over lists of predicates in SQL
// (PostgreSQL), and through a store that hides every optimizer, so that
// Cayley's generic plan answers. The results are the same, up to order.
func TestIndexScansAnswerAsCayleysPlan(t *testing.T) {
	storetest.EachBackend(t, testIndexScansAnswerAsCayleysPlan)
}

func testIndexScansAnswerAsCayleysPlan(t *testing.T, newStore func() string) {
	s := ingesttest.BuildSample(t, newStore())
	defer s.Close()
	generic := struct{ cgraph.QuadStore }{s.QuadStore}
	ctx := context.Background()
	relations := `["<met>", "<spokeWith>", "<accused>", "<negotiatesWith>", "<plansToMeet>"]`
	for _, script := range []string{
		`g.V("<Vladimir_Putin>").In("<met>").All()`,
		`g.V("<Vladimir_Putin>").Out("<met>").All()`,
		`g.V("<Vladimir_Putin>").Both("<met>").All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).Unique().All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).Unique().Both(` + relations + `).Unique().All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).Unique().Both(` + relations + `).Unique().Count()`,
		`g.V("<Vladimir_Putin>", "<Donald_Trump>").Out(` + relations + `).Unique().In(["<met>", "<said>"]).Unique().All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).Unique().Has("<type>", "<Person>").All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).Unique().Out("<name>").All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).Unique().Intersect(g.V("<Donald_Trump>").Both(` + relations + `).Unique()).All()`,
		`g.V("<Vladimir_Putin>").Both("<met>").Unique().Both(` + relations + `).Unique().All()`,
		`g.V("<Vladimir_Putin>").Tag("a").Both(` + relations + `).Unique().All()`,
		`g.V("<Nobody>").Both(` + relations + `).Unique().All()`,
		`g.V("<Vladimir_Putin>").Tag("a").Both(` + relations + `).Tag("b").Both(` + relations + `).Tag("c").All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).Out("<name>").All()`,
		`g.V("<Vladimir_Putin>").Both(` + relations + `).Has("<type>", "<Person>").In("<object>").Count()`,
		`g.V().Has("<type>", "<Person>").Out("<leaderOf>").All()`,
		`g.V("<Vladimir_Putin>", "<Donald_Trump>").In(["<met>", "<said>"]).All()`,
		`g.V().Has("<name>", "Vladimir Putin").All()`,
		`g.V().Has("<type>", "<Person>").Has("<name>", "Vladimir Putin").All()`,
		`g.V("<Vladimir_Putin>").In("<subject>").Tag("st").Out("<predicate>").Tag("p").All()`,
		`g.V("<Vladimir_Putin>").In("<object>").Out("<sentence>").Out("<start>").All()`,
		`g.V("<Vladimir_Putin>").InPredicates().All()`,
		`g.V("<Vladimir_Putin>").In("<met>").Count()`,
		`g.V("<Nobody>").In("<met>").All()`,
		`g.V("<Vladimir_Putin>").In("<nothing>").All()`,
	} {
		got, err := graph.Query(ctx, s, script, 0)
		if err != nil {
			t.Fatalf("%s: %v", script, err)
		}
		want, err := graph.Query(ctx, generic, script, 0)
		if err != nil {
			t.Fatalf("%s (generic plan): %v", script, err)
		}
		if g, w := sortedJSON(t, got), sortedJSON(t, want); !slices.Equal(g, w) {
			t.Errorf("%s\n got %v\nwant %v", script, g, w)
		}
	}
	// The scripts above are not vacuous.
	if got, _ := graph.Query(ctx, s, `g.V("<Vladimir_Putin>").Both("<met>").All()`, 0); len(got) == 0 {
		t.Errorf("nobody met Putin in the sample corpus")
	}
}

func sortedJSON(t *testing.T, vs []any) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = string(b)
	}
	slices.Sort(out)
	return out
}
