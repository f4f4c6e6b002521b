package graph

import (
	"container/list"
	"context"
	"sort"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	"golang.org/x/sync/singleflight"

	"github.com/newskg/newskg/schema"
)

// The statements of one entity, listed from the indexes without reading
// each statement node, and kept for the entities asked about most recently.

// StatementRef is what the indexes say about a statement of an entity
// without reading the statement node: enough to count, filter by class,
// predicate, document or direction, sort, and page, so that an entity in
// a hundred thousand statements costs one read per statement rather than
// ten (Reader.Statements reads the page).
type StatementRef struct {
	ID         string
	SentenceID string
	Predicate  string // local name: met
	Out        bool   // the entity is the statement's subject
}

// Class is the relation class of the predicate, "" if the vocabulary does
// not know it.
func (s StatementRef) Class() string {
	info, _ := schema.Predicate(s.Predicate).Info()
	return string(info.Class)
}

// IsQuote reports whether the statement is a quote of the entity.
func (s StatementRef) IsQuote() bool { return s.Out && s.Predicate == string(schema.Said) }

// StatementRefs lists the statements whose subject or object is the
// entity, in document and sentence order (then by id), without reading
// them: the object index gives each statement, its direction and its
// sentence (the quad's label); the statement's own quads give its
// predicate. Only the few predicates and relation names are spelled out
// (once each), not every value of every quad.
//
// The result is shared: the caller must not modify it.
func (r *Reader) StatementRefs(ctx context.Context, entity string) ([]StatementRef, error) {
	if refs, ok := r.refs.get(entity); ok {
		return refs, nil
	}
	// Requests for the same entity that arrive while its list is read
	// wait for that reading rather than start their own. The reading goes
	// on when the request that started it gives up (a timeout), so that a
	// list that takes longer than one request's time limit (a hub on
	// PostgreSQL) is ready for a later one; one reading per entity at most.
	ch := r.refs.reading.DoChan(entity, func() (any, error) {
		refs, err := r.statementRefs(context.WithoutCancel(ctx), entity)
		if err == nil {
			r.refs.put(entity, refs)
		}
		return refs, err
	})
	select {
	case res := <-ch:
		refs, _ := res.Val.([]StatementRef)
		return refs, res.Err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (r *Reader) statementRefs(ctx context.Context, entity string) ([]StatementRef, error) {
	var refs []StatementRef
	var err error
	if l, ok := cayleyStore(r.qs).(statementRefsLister); ok {
		refs, err = l.listStatementRefs(ctx, entity)
	} else {
		refs, err = r.iteratorStatementRefs(ctx, entity)
	}
	sort.Slice(refs, func(i, j int) bool {
		return statementLess(refs[i].SentenceID, refs[i].ID, refs[j].SentenceID, refs[j].ID)
	})
	return refs, err
}

// statementRefsLister is a store that lists the statements of an entity
// itself, in fewer reads than Cayley's iterators need (indexedSQL: one SQL
// query where the iterators make two round trips to the server per
// statement).
type statementRefsLister interface {
	listStatementRefs(ctx context.Context, entity string) ([]StatementRef, error)
}

// iteratorStatementRefs is statementRefs through Cayley's iterators, for
// the key-value stores (bolt, leveldb) and memstore, where a read is a
// lookup in memory or in a memory-mapped file.
func (r *Reader) iteratorStatementRefs(ctx context.Context, entity string) ([]StatementRef, error) {
	ref := r.qs.ValueOf(quad.IRI(entity))
	if ref == nil {
		return nil, nil
	}
	// Names of the nodes met, by reference: predicates and relation names
	// are few, and references of one node compare equal by key within a
	// backend (not always with those of ValueOf: memstore).
	names := map[any]quad.Value{}
	nameOf := func(ref cgraph.Ref) quad.Value {
		k := cgraph.ToKey(ref)
		v, ok := names[k]
		if !ok {
			v = r.qs.NameOf(ref)
			names[k] = v
		}
		return v
	}

	type found struct {
		StatementRef
		node cgraph.Ref
	}
	var all []found
	index := map[string]int{}
	// The quads (statement, subject|object, entity): on bolt, two index
	// prefixes; elsewhere the quads pointing at the entity, filtered.
	roles := r.nodes(schema.Subject, schema.Object)
	if len(roles) == 0 {
		return nil, nil
	}
	it := r.quads(shape.QuadFilter{Dir: quad.Object, Values: shape.Fixed{ref}}, shape.QuadFilter{Dir: quad.Predicate, Values: roles})
	for it.Next(ctx) {
		q := it.Result()
		var out bool
		switch nameOf(r.qs.QuadDirection(q, quad.Predicate)) {
		case schema.Subject:
			out = true
		case schema.Object:
		default:
			continue
		}
		node := r.qs.QuadDirection(q, quad.Subject)
		id := iriString(r.qs.NameOf(node))
		if i, ok := index[id]; ok {
			all[i].Out = all[i].Out || out
			continue
		}
		index[id] = len(all)
		all = append(all, found{StatementRef{ID: id, SentenceID: iriString(r.qs.NameOf(r.qs.QuadDirection(q, quad.Label))), Out: out}, node})
	}
	err := it.Err()
	it.Close()
	if err != nil {
		return nil, err
	}

	refs := make([]StatementRef, len(all))
	predicateOf := r.qs.ValueOf(schema.PredicateOf)
	for i, f := range all {
		if predicateOf == nil {
			refs[i] = f.StatementRef
			continue
		}
		it := r.quads(shape.QuadFilter{Dir: quad.Subject, Values: shape.Fixed{f.node}}, shape.QuadFilter{Dir: quad.Predicate, Values: shape.Fixed{predicateOf}})
		for it.Next(ctx) {
			q := it.Result()
			if nameOf(r.qs.QuadDirection(q, quad.Predicate)) != schema.PredicateOf {
				continue
			}
			f.Predicate = iriString(nameOf(r.qs.QuadDirection(q, quad.Object)))
			break
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
		refs[i] = f.StatementRef
	}
	return refs, nil
}

// maxCachedRefs bounds the statement references a Reader keeps (about
// 100 bytes each).
const maxCachedRefs = 500_000

// refCache keeps the StatementRefs of the entities asked about most
// recently, up to maxCachedRefs references in all: an entity in a hundred
// thousand statements takes a second to list on bolt, and its page is
// asked for again and again.
type refCache struct {
	reading singleflight.Group
	mu      sync.Mutex
	byID    map[string]*list.Element // of cachedRefs, most recent first
	recency list.List
	size    int
}

type cachedRefs struct {
	entity string
	refs   []StatementRef
}

func (c *refCache) get(entity string) ([]StatementRef, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byID[entity]
	if !ok {
		return nil, false
	}
	c.recency.MoveToFront(e)
	return e.Value.(*cachedRefs).refs, true
}

func (c *refCache) put(entity string, refs []StatementRef) {
	if len(refs) > maxCachedRefs {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byID == nil {
		c.byID = map[string]*list.Element{}
	}
	if _, ok := c.byID[entity]; ok {
		return
	}
	c.byID[entity] = c.recency.PushFront(&cachedRefs{entity, refs})
	c.size += len(refs)
	for c.size > maxCachedRefs {
		old := c.recency.Remove(c.recency.Back()).(*cachedRefs)
		delete(c.byID, old.entity)
		c.size -= len(old.refs)
	}
}

func (c *refCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.byID, c.size = nil, 0
	c.recency.Init()
}
