package graph

import (
	"context"
	"errors"
	"math/bits"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// indexedKV is a Cayley key-value store (bolt, leveldb) whose query
// optimizer scans the prefix of an index, which Cayley v0.7.7's own does not.
//
// Cayley turns a hop from a fixed node, g.V(x).In("<met>"), into a filter on
// (object x, predicate met), and its key-value optimizer looks for an index
// to scan. The store has one on (object, predicate, subject), but the
// optimizer only uses an index when the query fixes every one of its
// directions; otherwise the hop reads every quad that points at x (266,000 for
// Putin in a 20,000-article store, a second) and filters them. Here a filter
// that fixes the leading directions of an index scans that prefix: the quads
// pointing at x with predicate met, and nothing else.
//
// A hop over several predicates (g.V(x).Both(["<met>", "<said>"])), or
// from the nodes an earlier hop found, scans for each node the prefix of
// each predicate (hopScan), where Cayley reads every quad of each node.
//
// Results are the same quads as Cayley's plan, in index order.
type indexedKV struct {
	*kv.QuadStore
}

// OptimizeShape implements shape.Optimizer.
func (qs indexedKV) OptimizeShape(s shape.Shape) (shape.Shape, bool) {
	switch s := s.(type) {
	case shape.QuadsAction:
		if scan, ok := qs.prefixScan(s.Filter); ok {
			return s.SimplifyFrom(scan), true
		}
	case shape.Quads:
		if h, ok := qs.newHopScan(s); ok {
			return h, true
		}
	}
	return qs.QuadStore.OptimizeShape(s)
}

// prefixScan returns a scan of the quads that match filter, one value per
// direction, if an index starts with exactly the filter's directions.
//
// The store's index list is private to Cayley, so it is asked through its
// optimizer: given values for every direction an index has, it names that
// index. Directions the filter does not fix get a placeholder value, which
// is dropped again: only the leading, fixed directions are scanned.
func (qs indexedKV) prefixScan(filter map[quad.Direction]cgraph.Ref) (shape.Shape, bool) {
	if len(filter) == 0 {
		return nil, false
	}
	for _, v := range filter {
		if _, ok := v.(kv.Int64Value); !ok {
			return nil, false
		}
	}
	var free []quad.Direction
	for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		if _, ok := filter[d]; !ok {
			free = append(free, d)
		}
	}
	// Every subset of the free directions, fewest first: with none added,
	// this is Cayley's own choice.
	for n := 0; n <= len(free); n++ {
		for mask := 0; mask < 1<<len(free); mask++ {
			if bits.OnesCount(uint(mask)) != n {
				continue
			}
			probe := make(map[quad.Direction]cgraph.Ref, len(filter)+n)
			for d, v := range filter {
				probe[d] = v
			}
			for i, d := range free {
				if mask&(1<<i) != 0 {
					probe[d] = kv.Int64Value(0)
				}
			}
			if scan, ok := qs.indexFor(probe); ok && leads(scan.Index.Dirs, filter) {
				return indexScan{qs: qs.QuadStore, Index: scan.Index, Values: scan.Values[:len(filter)]}, true
			}
		}
	}
	return nil, false
}

// indexFor asks Cayley's optimizer which index it scans for filter.
func (qs indexedKV) indexFor(filter map[quad.Direction]cgraph.Ref) (kv.IndexScan, bool) {
	s, ok := qs.QuadStore.OptimizeShape(shape.QuadsAction{Result: quad.Subject, Filter: filter})
	if !ok {
		return kv.IndexScan{}, false
	}
	nf, ok := s.(shape.NodesFrom)
	if !ok {
		return kv.IndexScan{}, false
	}
	scan, ok := nf.Quads.(kv.IndexScan)
	return scan, ok && len(scan.Values) == len(scan.Index.Dirs)
}

// leads reports whether the first len(filter) directions of an index are
// exactly the filter's.
func leads(dirs []quad.Direction, filter map[quad.Direction]cgraph.Ref) bool {
	if len(dirs) < len(filter) {
		return false
	}
	for _, d := range dirs[:len(filter)] {
		if _, ok := filter[d]; !ok {
			return false
		}
	}
	return true
}

// indexScan scans the quads whose leading index directions have the given
// values. It is kv.IndexScan built on the store it was planned for:
// kv.IndexScan needs the *kv.QuadStore itself at build time, and Cayley
// builds on the indexedKV.
type indexScan struct {
	qs     *kv.QuadStore
	Index  kv.QuadIndex
	Values []uint64
}

func (s indexScan) BuildIterator(cgraph.QuadStore) cgraph.Iterator {
	return cgraph.NewLegacy(sizedScan{kv.NewQuadIterator(s.qs, s.Index, s.Values).AsShape()}, nil)
}

// sizedScan is a kv index scan whose size is 0 when its key is absent:
// Cayley's reads the count stored under the key and fails with "kv: not
// found" (g.V(x).Out("<met>").Count() where x met nobody).
type sizedScan struct {
	cgraph.IteratorShape
}

func (s sizedScan) Stats(ctx context.Context) (cgraph.IteratorCosts, error) {
	st, err := s.IteratorShape.Stats(ctx)
	if errors.Is(err, hkv.ErrNotFound) {
		return cgraph.IteratorCosts{ContainsCost: 1, NextCost: 2, Size: cgraph.Size{Size: 0, Exact: true}}, nil
	}
	return st, err
}

func (s sizedScan) Optimize(context.Context) (cgraph.IteratorShape, bool) { return s, false }

func (s indexScan) Optimize(shape.Optimizer) (shape.Shape, bool) { return s, false }
