package graph

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// This file holds the Reader, which answers the lookups that the HTTP API,
// the web view and the exports share (entities by any of their names in
// entities.go, the statements about an entity in statements.go and
// statement_refs.go, documents with their sentences in documents.go), and
// the few ways it reads the store. Everything is read through the subject
// and object indexes, never by label (docs/cayley.md#no-label-index).

// Reader answers lookups on a store. It keeps an index of the entities
// (names, types) in memory, loaded once by NewReader: entity names are read on
// every search and every statement. Entities written to the store after
// NewReader are not seen until Reload; statements and documents are read
// from the store, except the list of an entity's statements (StatementRefs),
// which is kept for the entities asked about most recently until Reload.
type Reader struct {
	qs       cgraph.QuadStore
	entities []*Entity // sorted by name, then id
	byID     map[string]*Entity
	refs     refCache
	supports supportCache
}

// NewReader indexes the entities of qs.
func NewReader(ctx context.Context, qs cgraph.QuadStore) (*Reader, error) {
	r := &Reader{qs: qs}
	return r, r.Reload(ctx)
}

// quads iterates over the quads that match filters, planned by the store's
// optimizer (an index prefix on bolt: indexedKV).
func (r *Reader) quads(filters ...shape.QuadFilter) cgraph.Iterator {
	return shape.BuildIterator(cayleyStore(r.qs), shape.Quads(filters))
}

// props reads the out quads of a node, by predicate; with predicates, only
// those, through the (subject, predicate) index where the store has one.
func (r *Reader) props(ctx context.Context, node quad.Value, predicates ...quad.IRI) (map[quad.IRI][]quad.Value, error) {
	var qs []quad.Quad
	var err error
	if len(predicates) == 0 {
		qs, err = quadsWith(ctx, r.qs, quad.Subject, node)
	} else {
		qs, err = r.quadsFrom(ctx, node, predicates)
	}
	if err != nil {
		return nil, err
	}
	out := make(map[quad.IRI][]quad.Value, len(qs))
	for _, q := range qs {
		if p, ok := q.Predicate.(quad.IRI); ok {
			out[p] = append(out[p], q.Object)
		}
	}
	return out, nil
}

// nodes lists the store's nodes of the given IRIs, leaving out those it
// does not hold.
func (r *Reader) nodes(iris ...quad.IRI) shape.Fixed {
	out := shape.Fixed{}
	for _, iri := range iris {
		if v := r.qs.ValueOf(iri); v != nil {
			out = append(out, v)
		}
	}
	return out
}

// quadsFrom lists the quads (node, p, ?) for the given predicates.
func (r *Reader) quadsFrom(ctx context.Context, node quad.Value, predicates []quad.IRI) ([]quad.Quad, error) {
	ref := r.qs.ValueOf(node)
	if ref == nil {
		return nil, nil
	}
	refs := r.nodes(predicates...)
	if len(refs) == 0 {
		return nil, nil
	}
	it := r.quads(shape.QuadFilter{Dir: quad.Subject, Values: shape.Fixed{ref}}, shape.QuadFilter{Dir: quad.Predicate, Values: refs})
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, r.qs.Quad(it.Result()))
	}
	return out, it.Err()
}

// subjectsOf lists the distinct subjects of (?, p, o), through the object
// index.
func (r *Reader) subjectsOf(ctx context.Context, p quad.IRI, o quad.Value) ([]quad.Value, error) {
	qs, err := quadsWith(ctx, r.qs, quad.Object, o)
	if err != nil {
		return nil, err
	}
	var out []quad.Value
	seen := map[quad.Value]bool{}
	for _, q := range qs {
		if q.Predicate == p && !seen[q.Subject] {
			seen[q.Subject] = true
			out = append(out, q.Subject)
		}
	}
	return out, nil
}

func hasType(props map[quad.IRI][]quad.Value, t schema.Type) bool {
	return slices.Contains(props[schema.TypeOf], quad.Value(t.IRI()))
}

func first(vs []quad.Value) quad.Value {
	if len(vs) == 0 {
		return nil
	}
	// Several values for a single-valued attribute (a name written twice
	// with different spellings) would make the answer depend on the store's
	// order; take the smallest.
	best := vs[0]
	for _, v := range vs[1:] {
		if quad.StringOf(v) < quad.StringOf(best) {
			best = v
		}
	}
	return best
}

func firstString(vs []quad.Value) string { return literal(first(vs)) }

// literal is the text of a literal value, "" for nil.
func literal(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	}
	return fmt.Sprint(v.Native())
}

func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}

func intOf(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	case quad.TypedString:
		n, _ := strconv.Atoi(string(v.Value))
		return n
	}
	return 0
}
