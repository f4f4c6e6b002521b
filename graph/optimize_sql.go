package graph

import (
	"context"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
)

// indexedSQL is Cayley's SQL store (PostgreSQL) whose query optimizer also
// answers the distinct nodes that hops over lists of predicates reach,
// g.V(x).Both(["<met>", "<said>"]).Unique(), with one SQL query, which
// Cayley v0.7.7's does not.
//
// Cayley makes a path of one-predicate hops into one SQL query. Given a
// list of predicates it gives up on the hop and everything built on it
// ("TODO: support IN" in its optimizeQuads): the generic plan asks the
// server for every quad of x, then of every node the hop reaches, one query
// per node. In a news graph each person is in hundreds of thousands of
// quads (those of the statements that name them), so a two-hop
// neighbourhood of Putin in a 20,000-article store takes seconds.
//
// Under Unique only the set of nodes matters. A hop becomes one index
// probe per node it starts from and predicate listed: the (node, predicate,
// other end) prefix of an index, whose rows are the distinct neighbours,
// since a fact is one unlabeled edge. Hops compose as subqueries, so a
// two-hop neighbourhood is one query.
//
// Cayley builds iterators of its SQL shapes only on its own store type, and
// this wrapper is the store Gizmo is given; so the SQL shapes it returns are
// wrapped (sqlSelect) and unwrapped again before Cayley's optimizer merges
// them into a larger query.
type indexedSQL struct {
	*csql.QuadStore
}

// OptimizeShape implements shape.Optimizer.
func (qs indexedSQL) OptimizeShape(s shape.Shape) (shape.Shape, bool) {
	if u, ok := s.(shape.Unique); ok {
		if set, ok := nodeSet(u.From); ok {
			return sqlNodes{set: set, qs: qs.QuadStore}, true
		}
	}
	out, ok := qs.QuadStore.OptimizeShape(mapChildren(s, unwrapSelect))
	if !ok {
		return s, false
	}
	if sel, isSelect := out.(csql.Select); isSelect {
		return sqlSelect{sel, qs.QuadStore}, true
	}
	return mapChildren(out, func(c shape.Shape) shape.Shape {
		if sel, isSelect := c.(csql.Select); isSelect {
			return sqlSelect{sel, qs.QuadStore}
		}
		return c
	}), true
}

// nodeSet compiles s into a query of a set of nodes, if it is made of what
// that query can express: fixed nodes, hops over fixed predicates from
// such a set, unions, and Cayley's own queries of nodes. Duplicates are
// not kept, so the caller must be one to which they do not matter (Unique,
// or the nodes a hop starts from). Tags (Save) are not: their shapes are
// left to Cayley.
func nodeSet(s shape.Shape) (nodeQuery, bool) {
	switch s := s.(type) {
	case sqlNodes:
		return s.set, true
	case sqlSelect:
		return nodeSet(s.Select)
	case csql.Select:
		if len(s.Fields) != 1 || s.Fields[0].Alias != "__node" {
			return nil, false // it also yields tags
		}
		return cayleyNodes{s}, true
	case shape.Fixed:
		hashes, ok := nodeHashes(s)
		return fixedNodes(hashes), ok && len(hashes) > 0
	case shape.Unique:
		return nodeSet(s.From)
	case shape.Union:
		var u unionNodes
		for _, c := range s {
			q, ok := nodeSet(c)
			if !ok {
				return nil, false
			}
			u = append(u, q)
		}
		return u, len(u) > 0
	case shape.NodesFrom:
		if q, ok := s.Quads.(shape.Quads); ok {
			return hopFrom(q, s.Dir)
		}
	}
	return nil, false
}

// hopFrom compiles the nodes in direction to of the quads q: a hop between
// subject and object, from a set of nodes, over a fixed list of predicates.
// A hop from every node (g.V().Both(list), no filter on the nodes) is not
// one: probing the index from each node would be slower than Cayley's plan,
// which reads the quads of the predicates.
func hopFrom(q shape.Quads, to quad.Direction) (nodeQuery, bool) {
	from := quad.Subject
	switch to {
	case quad.Subject:
		from = quad.Object
	case quad.Object:
	default:
		return nil, false
	}
	if len(q) != 2 {
		return nil, false
	}
	h := hopNodes{from: from, to: to}
	for _, f := range q {
		switch f.Dir {
		case quad.Predicate:
			fixed, ok := f.Values.(shape.Fixed)
			if !ok {
				return nil, false
			}
			if h.predicates, ok = nodeHashes(fixed); !ok || len(h.predicates) == 0 || len(h.predicates) > maxValueList {
				return nil, false
			}
		case from:
			var ok bool
			if h.nodes, ok = nodeSet(f.Values); !ok {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return h, h.nodes != nil && h.predicates != nil
}

// maxValueList bounds the predicates written into one query; a hop over a
// longer list is left to Cayley's plan.
const maxValueList = 1000

// nodeHashes returns the hashes of fixed, if they are all nodes of the SQL
// store.
func nodeHashes(fixed shape.Fixed) ([]csql.NodeHash, bool) {
	out := make([]csql.NodeHash, 0, len(fixed))
	for _, v := range fixed {
		h, ok := v.(csql.NodeHash)
		if !ok || !h.Valid() {
			return nil, false
		}
		out = append(out, h)
	}
	return out, true
}

// A nodeQuery writes a SELECT of one column: node hashes, possibly
// repeated.
type nodeQuery interface {
	write(w *sqlWriter)
}

// sqlWriter writes a query and collects its arguments in the order of its
// placeholders. With no builder it only collects the arguments.
type sqlWriter struct {
	b    *csql.Builder
	text strings.Builder
	args []csql.Value
	hops int // hops written so far, to keep the aliases of nested ones apart
}

func (w *sqlWriter) str(s string) {
	if w.b != nil {
		w.text.WriteString(s)
	}
}

func (w *sqlWriter) param(v csql.Value) {
	w.args = append(w.args, v)
	if w.b != nil {
		w.text.WriteString(w.b.Placeholder() + "::bytea")
	}
}

type fixedNodes []csql.NodeHash

func (f fixedNodes) write(w *sqlWriter) {
	w.str("VALUES ")
	for i, h := range f {
		if i > 0 {
			w.str(", ")
		}
		w.str("(")
		w.param(h)
		w.str(")")
	}
}

// cayleyNodes is a query of nodes that Cayley's optimizer made.
type cayleyNodes struct{ sel csql.Select }

func (c cayleyNodes) write(w *sqlWriter) {
	w.args = append(w.args, c.sel.Args()...)
	if w.b != nil {
		w.str(c.sel.SQL(w.b))
	}
}

type unionNodes []nodeQuery

func (u unionNodes) write(w *sqlWriter) {
	for i, q := range u {
		if i > 0 {
			w.str(" UNION ALL ")
		}
		w.str("(")
		q.write(w)
		w.str(")")
	}
}

// hopNodes is the nodes in direction to of the quads whose direction from
// is one of nodes and whose predicate is listed: for each distinct node and
// each predicate, the rows of that prefix of the (from, predicate, to)
// index.
//
// The probe is a LATERAL subquery with OFFSET 0, which PostgreSQL may not
// flatten into a join: flattened, its planner reads every quad of the node
// (the osp index: 12,699 quads for a person of a 2,000-article store) and
// keeps those of the listed predicates, 27 ms where the probes take 0.5.
// An earlier form, a recursive loose index scan that read one row per
// distinct neighbour whatever the number of quads, needs no edge to be
// stored once, but PostgreSQL took 8-15 ms to plan a two-hop of it, ten
// times its run.
type hopNodes struct {
	nodes      nodeQuery
	predicates []csql.NodeHash
	from, to   quad.Direction
}

func (h hopNodes) write(w *sqlWriter) {
	w.hops++
	n := fmt.Sprint(w.hops)
	node, pred, probe := "n"+n, "p"+n, "s"+n
	from, to := h.from.String()+"_hash", h.to.String()+"_hash"
	w.str("SELECT " + probe + ".v FROM (SELECT DISTINCT x.h FROM (")
	h.nodes.write(w)
	w.str(") AS x(h)) AS " + node + "(h), (")
	fixedNodes(h.predicates).write(w)
	w.str(") AS " + pred + "(p), LATERAL (SELECT q." + to + " FROM quads q WHERE q." + from + " = " + node + ".h AND q.predicate_hash = " +
		pred + ".p OFFSET 0) AS " + probe + "(v)")
}

// sqlNodes is a set of nodes listed by one SQL query (nodeSet), with the
// store to run it on. It implements csql.Shape for csql.QuadStore.Query.
type sqlNodes struct {
	set nodeQuery
	qs  *csql.QuadStore
}

func (s sqlNodes) SQL(b *csql.Builder) string {
	w := &sqlWriter{b: b}
	w.str("SELECT DISTINCT x.h FROM (")
	s.set.write(w)
	w.str(") AS x(h)")
	return w.text.String()
}

func (s sqlNodes) Args() []csql.Value {
	w := &sqlWriter{}
	s.set.write(w)
	return w.args
}

func (s sqlNodes) Columns() []string { return []string{"h"} }

func (s sqlNodes) BuildIterator(cgraph.QuadStore) cgraph.Iterator {
	return cgraph.NewLegacy(&nodesIterator{shape: s}, nil)
}

func (s sqlNodes) Optimize(shape.Optimizer) (shape.Shape, bool) { return s, false }

// nodes runs the query.
func (s sqlNodes) nodes(ctx context.Context) ([]cgraph.Ref, error) {
	rows, err := s.qs.Query(ctx, s)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []cgraph.Ref
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		var h csql.NodeHash
		if len(b) != len(h.ValueHash) {
			return nil, fmt.Errorf("a node hash of %d bytes", len(b))
		}
		copy(h.ValueHash[:], b)
		out = append(out, h)
	}
	return out, rows.Err()
}

// nodesIterator lists the nodes of an sqlNodes: the query runs at the
// first Next or Contains, with its context.
type nodesIterator struct {
	shape sqlNodes
}

func (it *nodesIterator) String() string                                        { return "SQLNodes" }
func (it *nodesIterator) SubIterators() []cgraph.IteratorShape                  { return nil }
func (it *nodesIterator) Optimize(context.Context) (cgraph.IteratorShape, bool) { return it, false }

// Stats guesses: the distinct neighbours of a few nodes are few.
func (it *nodesIterator) Stats(context.Context) (cgraph.IteratorCosts, error) {
	return cgraph.IteratorCosts{NextCost: 1, ContainsCost: 1, Size: cgraph.Size{Size: 100}}, nil
}

func (it *nodesIterator) Iterate() cgraph.Scanner { return &nodesScanner{shape: it.shape} }
func (it *nodesIterator) Lookup() cgraph.Index    { return &nodesIndex{shape: it.shape} }

type nodesScanner struct {
	shape  sqlNodes
	nodes  []cgraph.Ref
	loaded bool
	next   int
	err    error
}

func (it *nodesScanner) Next(ctx context.Context) bool {
	if !it.loaded {
		it.loaded = true
		it.nodes, it.err = it.shape.nodes(ctx)
	}
	if it.err != nil || it.next >= len(it.nodes) {
		return false
	}
	it.next++
	return true
}

func (it *nodesScanner) Result() cgraph.Ref {
	if it.next == 0 || it.next > len(it.nodes) {
		return nil
	}
	return it.nodes[it.next-1]
}

func (it *nodesScanner) NextPath(context.Context) bool    { return false }
func (it *nodesScanner) TagResults(map[string]cgraph.Ref) {}
func (it *nodesScanner) Err() error                       { return it.err }
func (it *nodesScanner) Close() error                     { return nil }
func (it *nodesScanner) String() string                   { return "SQLNodesNext" }

type nodesIndex struct {
	shape  sqlNodes
	set    map[csql.NodeHash]bool
	loaded bool
	result cgraph.Ref
	err    error
}

func (it *nodesIndex) Contains(ctx context.Context, v cgraph.Ref) bool {
	if !it.loaded {
		it.loaded = true
		var nodes []cgraph.Ref
		nodes, it.err = it.shape.nodes(ctx)
		it.set = make(map[csql.NodeHash]bool, len(nodes))
		for _, n := range nodes {
			it.set[n.(csql.NodeHash)] = true
		}
	}
	h, ok := v.(csql.NodeHash)
	if it.err != nil || !ok || !it.set[h] {
		return false
	}
	it.result = v
	return true
}

func (it *nodesIndex) Result() cgraph.Ref               { return it.result }
func (it *nodesIndex) NextPath(context.Context) bool    { return false }
func (it *nodesIndex) TagResults(map[string]cgraph.Ref) {}
func (it *nodesIndex) Err() error                       { return it.err }
func (it *nodesIndex) Close() error                     { return nil }
func (it *nodesIndex) String() string                   { return "SQLNodesContains" }

// sqlSelect is a query that Cayley's SQL optimizer made, with the store to
// run it on.
type sqlSelect struct {
	csql.Select
	qs *csql.QuadStore
}

func (s sqlSelect) BuildIterator(cgraph.QuadStore) cgraph.Iterator { return s.qs.NewIterator(s.Select) }
func (s sqlSelect) Optimize(shape.Optimizer) (shape.Shape, bool)   { return s, false }

func unwrapSelect(s shape.Shape) shape.Shape {
	if w, ok := s.(sqlSelect); ok {
		return w.Select
	}
	return s
}

// mapChildren returns s with f applied to its direct sub-shapes, for the
// shapes that Cayley's SQL optimizer looks into; other shapes are returned
// as they are.
func mapChildren(s shape.Shape, f func(shape.Shape) shape.Shape) shape.Shape {
	switch s := s.(type) {
	case shape.Quads:
		out := make(shape.Quads, len(s))
		for i, q := range s {
			out[i] = shape.QuadFilter{Dir: q.Dir, Values: f(q.Values)}
		}
		return out
	case shape.NodesFrom:
		s.Quads = f(s.Quads)
		return s
	case shape.Save:
		s.From = f(s.From)
		return s
	case shape.Page:
		s.From = f(s.From)
		return s
	case shape.Filter:
		s.From = f(s.From)
		return s
	case shape.Intersect:
		out := make(shape.Intersect, len(s))
		for i, c := range s {
			out[i] = f(c)
		}
		return out
	}
	return s
}
