package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// AddQuads adds the quads that the store does not hold yet, once each, in
// one transaction, and returns how many it added. Quads already stored are
// skipped rather than added again (that would inflate Cayley's reference
// counts: docs/cayley.md#duplicate-quads).
func AddQuads(ctx context.Context, qs cgraph.QuadStore, quads []quad.Quad) (int, error) {
	return applyOnce(ctx, qs, quads, cgraph.Add, cgraph.IgnoreOpts{})
}

// RemoveQuads removes the quads that the store holds, in one transaction
// (never in the same one as additions: docs/cayley.md#remove-and-add), and
// returns how many it removed.
func RemoveQuads(ctx context.Context, qs cgraph.QuadStore, quads []quad.Quad) (int, error) {
	return applyOnce(ctx, qs, quads, cgraph.Delete, cgraph.IgnoreOpts{IgnoreMissing: true})
}

// applyOnce applies action to each distinct quad that needs it (an addition
// to a quad the store lacks, a deletion to one it holds), in one
// transaction, and returns how many there were.
func applyOnce(ctx context.Context, qs cgraph.QuadStore, quads []quad.Quad, action cgraph.Procedure, opts cgraph.IgnoreOpts) (int, error) {
	var deltas []cgraph.Delta
	seen := map[string]bool{}
	for _, q := range quads {
		k := key(q)
		if seen[k] {
			continue
		}
		seen[k] = true
		ok, err := stored(ctx, qs, q)
		if err != nil {
			return 0, err
		}
		if ok == (action == cgraph.Delete) {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: action})
		}
	}
	if len(deltas) == 0 {
		return 0, nil
	}
	return len(deltas), qs.ApplyDeltas(deltas, opts)
}
