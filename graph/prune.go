package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// PruneStats counts what Prune removed.
type PruneStats struct {
	Documents, Entities, Quads int
}

// Prune removes documents (by id, as Reader.Documents gives them) from the
// store: each one's quads, found as a rebuild finds them (the document, its
// sentences, their statements and mentions), the edges of the facts that no
// other document's statement supports, and the attributes of
// the entities that no other document mentions any more. Entities shared
// with a remaining document keep their names, type and roles.
//
// Everything goes in one transaction of removals, so a crash leaves either
// the documents and their entities or neither: computing the orphaned
// entities after a first transaction would lose them for good if the
// process died in between.
func Prune(ctx context.Context, qs cgraph.QuadStore, ids []string) (PruneStats, error) {
	var st PruneStats
	w := &Writer{qs: qs, ctx: ctx, removedNodes: map[string]bool{}} // for documentQuads and supported, which walk as a rebuild does
	removed := map[string]quad.Quad{}
	dropped := map[string]quad.Quad{} // the facts the removed documents state
	entities := map[quad.Value]bool{} // what the removed statements and mentions point at
	for _, id := range ids {
		doc := schema.DocumentKeyIRI(id)
		docQuads, err := quadsWith(ctx, qs, quad.Subject, doc)
		if err != nil {
			return st, err
		}
		old, facts, err := w.documentQuads(doc, docQuads, nil)
		if err != nil {
			return st, err
		}
		if len(old) == 0 {
			continue
		}
		st.Documents++
		for k, f := range facts {
			dropped[k] = f
		}
		for k, q := range old {
			removed[k] = q
			if q.Predicate == schema.TypeOf && q.Object == schema.StatementType.IRI() {
				w.removedNodes[quad.StringOf(q.Subject)] = true
			}
			switch q.Predicate {
			case schema.Mentions, schema.Subject, schema.Object, schema.AssertedBy:
				if _, ok := q.Object.(quad.IRI); ok {
					entities[q.Object] = true
				}
			}
		}
	}
	// A fact's edge goes when no statement outside the removed documents
	// supports it.
	for k, f := range dropped {
		ok, err := w.supported(f)
		if err != nil {
			return st, err
		}
		if !ok {
			removed[k] = f
		}
	}
	for e := range entities {
		orphan, err := orphanQuads(ctx, qs, e, removed)
		if err != nil {
			return st, err
		}
		if len(orphan) > 0 {
			st.Entities++
		}
		for _, q := range orphan {
			removed[key(q)] = q
		}
	}
	if len(removed) == 0 {
		return st, nil
	}
	deltas := make([]cgraph.Delta, 0, len(removed))
	for _, q := range removed {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	if err := qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return st, err
	}
	st.Quads = len(deltas)
	return st, nil
}

// orphanQuads returns the unlabeled quads (name, type, roles…) of entity e
// when every labeled quad that names it is about to be removed, and nothing
// when a remaining document still mentions it.
func orphanQuads(ctx context.Context, qs cgraph.QuadStore, e quad.Value, removed map[string]quad.Quad) ([]quad.Quad, error) {
	var attributes []quad.Quad
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		qs, err := quadsWith(ctx, qs, d, e)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			switch _, gone := removed[key(q)]; {
			case q.Label != nil && !gone:
				return nil, nil
			case q.Label == nil && d == quad.Subject:
				attributes = append(attributes, q)
			}
		}
	}
	return attributes, nil
}

// StoredSource returns the source (the input it was read from) of the
// stored document with this id, or "" if the store has none.
func StoredSource(ctx context.Context, qs cgraph.QuadStore, id string) (string, error) {
	doc := schema.DocumentIRI(id)
	quads, err := quadsWith(ctx, qs, quad.Subject, doc)
	if err != nil {
		return "", err
	}
	for _, q := range quads {
		if q.Predicate == schema.Source && q.Label == doc {
			return quad.NativeOf(q.Object).(string), nil
		}
	}
	return "", nil
}
