package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// Counts is what a store holds, for the build summary.
type Counts struct {
	Documents  int64
	Sentences  int64
	Entities   int64 // nodes typed with an entity type (Person, Country, …)
	Statements int64
	Quads      int64
}

// Count counts the nodes of each kind, through the <type> quads pointing at
// each type node, and the quads of the store.
func Count(ctx context.Context, qs cgraph.QuadStore) (Counts, error) {
	var c Counts
	var err error
	count := func(t schema.Type) int64 {
		if err != nil {
			return 0
		}
		var n int64
		n, err = countTyped(ctx, qs, t)
		return n
	}
	c.Documents = count(schema.DocumentType)
	c.Sentences = count(schema.SentenceType)
	c.Statements = count(schema.StatementType)
	for _, t := range schema.EntityTypes {
		c.Entities += count(t)
	}
	if err != nil {
		return c, err
	}
	st, err := qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		// PostgreSQL estimates (from its statistics, -1 before the
		// table is analyzed); counting 8M rows takes about a second.
		st, err = qs.Stats(ctx, true)
	}
	if err != nil {
		return c, err
	}
	c.Quads = st.Quads.Size
	return c, nil
}

// countTyped counts the distinct subjects of (?, <type>, t).
func countTyped(ctx context.Context, qs cgraph.QuadStore, t schema.Type) (int64, error) {
	tref := qs.ValueOf(t.IRI())
	pref := qs.ValueOf(schema.TypeOf)
	if tref == nil || pref == nil {
		return 0, nil
	}
	pkey := cgraph.ToKey(pref)
	seen := map[any]bool{}
	it := qs.QuadIterator(quad.Object, tref)
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		if cgraph.ToKey(qs.QuadDirection(r, quad.Predicate)) != pkey {
			continue
		}
		seen[cgraph.ToKey(qs.QuadDirection(r, quad.Subject))] = true
	}
	return int64(len(seen)), it.Err()
}
