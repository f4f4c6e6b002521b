package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// hopScan is a hop from a set of nodes known only when the query runs (the
// result of an earlier hop) over a fixed list of predicates: for each node
// and predicate, the index prefix (node, predicate). Cayley's plan reads
// every quad of each node and keeps those with a listed predicate; from the
// people of a news graph, who are in hundreds of thousands of quads, that
// is seconds per hop.
//
// The index must start with the direction of the nodes, then the fixed
// directions, in order (the object-predicate-subject index for an In() hop,
// subject-predicate for Out()).
type hopScan struct {
	qs    *kv.QuadStore
	index kv.QuadIndex
	from  shape.Shape       // the nodes, in direction index.Dirs[0]
	fixed [][]kv.Int64Value // the values of index.Dirs[1:1+len(fixed)]
}

// newHopScan plans the quads of q as a hopScan if q filters directions on
// fixed values and at most one set of nodes known when the query runs (not
// all nodes), and an index leads with the set's direction, then the fixed
// ones. With fixed values only, the nodes are those of the index's first
// direction.
func (qs indexedKV) newHopScan(q shape.Quads) (hopScan, bool) {
	var from *shape.QuadFilter
	filter := map[quad.Direction]cgraph.Ref{}
	fixed := map[quad.Direction]shape.Fixed{}
	for i, f := range q {
		if _, dup := filter[f.Dir]; dup {
			return hopScan{}, false
		}
		filter[f.Dir] = kv.Int64Value(0) // a placeholder, to find an index
		if vs, ok := f.Values.(shape.Fixed); ok && len(vs) > 0 {
			fixed[f.Dir] = vs
			continue
		}
		if from != nil || everyNode(f.Values) {
			return hopScan{}, false // every node: Cayley's plan is better
		}
		from = &q[i]
	}
	scan, ok := qs.prefixScan(filter)
	if !ok {
		return hopScan{}, false
	}
	index := scan.(indexScan).Index
	h := hopScan{qs: qs.QuadStore, index: index}
	switch {
	case from == nil:
		h.from = fixed[index.Dirs[0]]
	case from.Dir == index.Dirs[0]:
		h.from = from.Values
	default:
		return hopScan{}, false
	}
	combos := 1
	for _, d := range index.Dirs[1:len(filter)] {
		var vs []kv.Int64Value
		for _, v := range fixed[d] {
			iv, ok := v.(kv.Int64Value)
			if !ok {
				return hopScan{}, false
			}
			vs = append(vs, iv)
		}
		h.fixed = append(h.fixed, vs)
		combos *= len(vs)
	}
	return h, combos <= maxPrefixes
}

// maxPrefixes bounds the index prefixes a hop scans per node (a product of
// lists of fixed values: predicates, usually).
const maxPrefixes = 64

// everyNode reports whether s stands for all the nodes of the store.
func everyNode(s shape.Shape) bool {
	switch s := s.(type) {
	case nil, shape.AllNodes:
		return true
	case shape.Save:
		return everyNode(s.From)
	}
	return false
}

func (s hopScan) BuildIterator(qs cgraph.QuadStore) cgraph.Iterator {
	return cgraph.NewLegacy(&hopIterator{hopScan: s, from: cgraph.AsShape(s.from.BuildIterator(qs))}, nil)
}

func (s hopScan) Optimize(r shape.Optimizer) (shape.Shape, bool) {
	from, opt := s.from.Optimize(r)
	if opt {
		s.from = from
	}
	return s, opt
}

// prefixes returns the index prefixes of node: node, then each combination
// of the fixed values.
func (s hopScan) prefixes(node kv.Int64Value) [][]uint64 {
	out := [][]uint64{{uint64(node)}}
	for _, vs := range s.fixed {
		next := make([][]uint64, 0, len(out)*len(vs))
		for _, p := range out {
			for _, v := range vs {
				next = append(next, append(p[:len(p):len(p)], uint64(v)))
			}
		}
		out = next
	}
	return out
}

// hopIterator is the iterator of a hopScan (cgraph.IteratorShape).
type hopIterator struct {
	hopScan
	from cgraph.IteratorShape
}

func (it *hopIterator) String() string { return fmt.Sprintf("HopScan(%v)", it.index.Dirs) }

func (it *hopIterator) SubIterators() []cgraph.IteratorShape {
	return []cgraph.IteratorShape{it.from}
}

func (it *hopIterator) Optimize(ctx context.Context) (cgraph.IteratorShape, bool) {
	if from, ok := it.from.Optimize(ctx); ok {
		it.from = from
	}
	return it, false
}

func (it *hopIterator) Stats(ctx context.Context) (cgraph.IteratorCosts, error) {
	st, err := it.from.Stats(ctx)
	return cgraph.IteratorCosts{
		NextCost:     2,
		ContainsCost: st.ContainsCost + 1,
		Size:         cgraph.Size{Size: 10 * st.Size.Size, Exact: false},
	}, err
}

func (it *hopIterator) Iterate() cgraph.Scanner {
	return &hopNext{hopScan: it.hopScan, from: it.from.Iterate()}
}

func (it *hopIterator) Lookup() cgraph.Index {
	return &hopContains{hopScan: it.hopScan, from: it.from.Lookup()}
}

// hopNext lists the quads: for each node of from, each index prefix.
type hopNext struct {
	hopScan
	from    cgraph.Scanner
	pending [][]uint64     // prefixes of the current node still to scan
	scan    cgraph.Scanner // the prefix being scanned
	result  cgraph.Ref
	err     error
}

func (it *hopNext) Next(ctx context.Context) bool {
	for {
		if it.scan != nil {
			if it.scan.Next(ctx) {
				it.result = it.scan.Result()
				return true
			}
			it.err = it.scan.Err()
			it.scan.Close()
			it.scan = nil
			if it.err != nil {
				return false
			}
		}
		if len(it.pending) > 0 {
			it.scan = kv.NewQuadIterator(it.qs, it.index, it.pending[0]).AsShape().Iterate()
			it.pending = it.pending[1:]
			continue
		}
		if !it.from.Next(ctx) {
			it.err = it.from.Err()
			return false
		}
		node, ok := it.from.Result().(kv.Int64Value)
		if !ok {
			continue
		}
		it.pending = it.prefixes(node)
	}
}

func (it *hopNext) Result() cgraph.Ref                   { return it.result }
func (it *hopNext) TagResults(dst map[string]cgraph.Ref) { it.from.TagResults(dst) }
func (it *hopNext) Err() error                           { return it.err }
func (it *hopNext) String() string                       { return "HopScanNext" }

func (it *hopNext) NextPath(ctx context.Context) bool {
	ok := it.from.NextPath(ctx)
	if !ok {
		it.err = it.from.Err()
	}
	return ok
}

func (it *hopNext) Close() error {
	var err error
	if it.scan != nil {
		err = it.scan.Close()
	}
	if e := it.from.Close(); err == nil {
		err = e
	}
	return err
}

// hopContains checks a quad: its fixed directions hold listed values and
// its node is one of from.
type hopContains struct {
	hopScan
	from   cgraph.Index
	result cgraph.Ref
}

func (it *hopContains) Contains(ctx context.Context, v cgraph.Ref) bool {
	for i, vs := range it.fixed {
		got := it.qs.QuadDirection(v, it.index.Dirs[1+i])
		found := false
		for _, want := range vs {
			if got == want {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if !it.from.Contains(ctx, it.qs.QuadDirection(v, it.index.Dirs[0])) {
		return false
	}
	it.result = v
	return true
}

func (it *hopContains) Result() cgraph.Ref                   { return it.result }
func (it *hopContains) TagResults(dst map[string]cgraph.Ref) { it.from.TagResults(dst) }
func (it *hopContains) NextPath(ctx context.Context) bool    { return it.from.NextPath(ctx) }
func (it *hopContains) Err() error                           { return it.from.Err() }
func (it *hopContains) Close() error                         { return it.from.Close() }
func (it *hopContains) String() string                       { return "HopScanContains" }
