package graph

import (
	"context"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// WriteNQuads writes quads as N-Quads, one per line, in the given order.
func WriteNQuads(w io.Writer, quads []quad.Quad) error {
	nw := nquads.NewWriter(w)
	if _, err := nw.WriteQuads(quads); err != nil {
		return err
	}
	return nw.Close()
}

// Dump writes every quad of a store as N-Quads, in the store's order,
// without holding them all in memory.
func Dump(ctx context.Context, qs cgraph.QuadStore, w io.Writer) (int, error) {
	nw := nquads.NewWriter(w)
	n, err := EachQuad(ctx, qs, nw.WriteQuad)
	if err != nil {
		return n, err
	}
	return n, nw.Close()
}

// EachQuad calls fn with every quad of a store, in the store's order, and
// returns how many it passed.
func EachQuad(ctx context.Context, qs cgraph.QuadStore, fn func(quad.Quad) error) (int, error) {
	it := qs.QuadsAllIterator()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		if err := fn(qs.Quad(it.Result())); err != nil {
			return n, err
		}
		n++
	}
	return n, it.Err()
}
