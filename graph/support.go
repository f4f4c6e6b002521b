package graph

import (
	"context"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"golang.org/x/sync/singleflight"

	"github.com/newskg/newskg/schema"
)

// How many statements and documents state a fact: its support, the weight
// of its edge. A fact's statements are the positive, asserted statement
// nodes with its subject, predicate and object (either way round for a
// symmetric predicate).
//
// In a large store a fact is stated thousands of times (the leader of a
// country, in every article that names him), and an entity's page shows
// dozens of facts. So supports are counted by group: for one entity, one
// predicate and one direction, every fact at once, by the other end, in
// one pass over the entity's statements (on SQL stores, one query), and
// the group is kept until the store changes (Reload). Reading each
// supporting statement in full instead made the first page of a hub in a
// 20,000-article store take more than 30 seconds.

// Support says how many statements, and in how many documents, state a
// fact: the weight of its edge.
type Support struct {
	Statements int `json:"statements"`
	Documents  int `json:"documents"`
}

// WithSupport sets the Support of each fact among sts (positive, asserted
// statements); the others keep none.
func (r *Reader) WithSupport(ctx context.Context, sts []*Statement) error {
	for _, st := range sts {
		if !st.Fact {
			continue
		}
		sup, err := r.support(ctx, st)
		if err != nil {
			return err
		}
		st.Support = sup
	}
	return nil
}

// support is the support of the fact st states, from the group of its
// subject, or of its object when that entity's statements are already
// listed and fewer.
func (r *Reader) support(ctx context.Context, st *Statement) (*Support, error) {
	key := supportKey{entity: st.Subject.ID, predicate: st.Predicate, dir: out}
	other := otherEnd(st.Object, st.Quote)
	if st.Object != nil && st.Object.ID != st.Subject.ID {
		subjectRefs, subjectListed := r.refs.get(st.Subject.ID)
		if objectRefs, ok := r.refs.get(st.Object.ID); ok && (!subjectListed || len(objectRefs) < len(subjectRefs)) {
			key.entity, key.dir, other = st.Object.ID, in, otherEnd(&st.Subject, "")
		}
	}
	if st.Symmetric {
		key.dir = both
	}
	g, err := r.supportGroup(ctx, key)
	if err != nil {
		return nil, err
	}
	sup := g[other]
	if sup == nil {
		sup = &Support{} // stated by no stored fact: an edge being written
	}
	return sup, nil
}

// otherEnd is how a group names the other end of a fact: an entity's IRI,
// or the quoted text after a double quote.
func otherEnd(entity *EntityRef, quote string) string {
	if entity != nil {
		return entity.ID
	}
	return "\"" + quote
}

// direction is the entity's role in the statements of a group.
type direction int

const (
	out  direction = iota // the entity is the subject
	in                    // the entity is the object
	both                  // either (a symmetric predicate)
)

func (d direction) keeps(isSubject bool) bool {
	return d == both || isSubject == (d == out)
}

type supportKey struct {
	entity, predicate string
	dir               direction
}

// supportGroup is the support of every fact of one group, by other end.
type supportGroup map[string]*Support

// maxSupportGroups bounds the groups a Reader keeps; past it, it forgets
// them all (a group is a few facts).
const maxSupportGroups = 20_000

// supportCache keeps the support groups read since the last Reload.
type supportCache struct {
	reading  singleflight.Group
	mu       sync.Mutex
	groups   map[supportKey]supportGroup
	nonFacts map[string]bool // statement IDs, for iteratorSupport
}

func (c *supportCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.groups, c.nonFacts = nil, nil
}

func (r *Reader) supportGroup(ctx context.Context, k supportKey) (supportGroup, error) {
	c := &r.supports
	c.mu.Lock()
	g, ok := c.groups[k]
	c.mu.Unlock()
	if ok {
		return g, nil
	}
	// As in StatementRefs: one reading per group, which goes on when the
	// request that started it gives up, so that a later one finds it done
	// (and those waiting for it do not all fail with the first one's
	// cancelled query).
	ch := c.reading.DoChan(fmt.Sprint(k), func() (any, error) {
		g, err := r.readSupportGroup(context.WithoutCancel(ctx), k)
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.groups == nil || len(c.groups) >= maxSupportGroups {
			c.groups = map[supportKey]supportGroup{}
		}
		c.groups[k] = g
		return g, nil
	})
	select {
	case res := <-ch:
		if res.Err != nil {
			return nil, res.Err
		}
		return res.Val.(supportGroup), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// supportRow is one statement of a group: its other end, as otherEnd names
// it, and its sentence.
type supportRow struct{ other, sentence string }

// supportLister is a store that lists the fact statements of a group
// itself (indexedSQL: one query, where the generic way makes round trips
// to the server for each statement).
type supportLister interface {
	listSupport(ctx context.Context, k supportKey) ([]supportRow, error)
}

func (r *Reader) readSupportGroup(ctx context.Context, k supportKey) (supportGroup, error) {
	var rows []supportRow
	var err error
	if l, ok := cayleyStore(r.qs).(supportLister); ok {
		rows, err = l.listSupport(ctx, k)
	} else {
		rows, err = r.iteratorSupport(ctx, k)
	}
	if err != nil {
		return nil, err
	}
	g := supportGroup{}
	docs := map[string]map[string]bool{}
	for _, row := range rows {
		sup := g[row.other]
		if sup == nil {
			sup = &Support{}
			g[row.other] = sup
			docs[row.other] = map[string]bool{}
		}
		sup.Statements++
		docs[row.other][sentenceDocument(row.sentence)] = true
	}
	for other, d := range docs {
		g[other].Documents = len(d)
	}
	return g, nil
}

// iteratorSupport lists a group from the entity's statement list (kept by
// StatementRefs): for each statement of the predicate and direction that is
// a fact, one index read of its other end. Whether a statement is a fact
// is read once for the whole store (nonFacts): statements that are denied
// or not asserted are few.
func (r *Reader) iteratorSupport(ctx context.Context, k supportKey) ([]supportRow, error) {
	refs, err := r.StatementRefs(ctx, k.entity)
	if err != nil {
		return nil, err
	}
	nonFacts, err := r.nonFacts(ctx)
	if err != nil {
		return nil, err
	}
	// The predicate that names the other end: <object> when the entity is
	// the statement's subject, <subject> when it is its object.
	otherRole := map[bool]cgraph.Ref{true: r.qs.ValueOf(schema.Object), false: r.qs.ValueOf(schema.Subject)}
	names := map[any]string{}
	var rows []supportRow
	for _, ref := range refs {
		if ref.Predicate != k.predicate || !k.dir.keeps(ref.Out) || nonFacts[ref.ID] {
			continue
		}
		node, role := r.qs.ValueOf(quad.IRI(ref.ID)), otherRole[ref.Out]
		if node == nil || role == nil {
			continue
		}
		it := r.quads(shape.QuadFilter{Dir: quad.Subject, Values: shape.Fixed{node}}, shape.QuadFilter{Dir: quad.Predicate, Values: shape.Fixed{role}})
		for it.Next(ctx) {
			v := r.qs.QuadDirection(it.Result(), quad.Object)
			key := cgraph.ToKey(v)
			name, ok := names[key]
			if !ok {
				name = endName(r.qs.NameOf(v))
				names[key] = name
			}
			rows = append(rows, supportRow{name, ref.SentenceID})
			break
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// endName is how otherEnd names a stored end of a statement.
func endName(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return "\"" + literal(v)
}

// nonFacts is the set of statement nodes that are not facts: denied, or
// stated with another modality than asserted. It is read once and kept
// until Reload.
func (r *Reader) nonFacts(ctx context.Context) (map[string]bool, error) {
	v, err, _ := r.supports.reading.Do("nonFacts", func() (any, error) {
		r.supports.mu.Lock()
		set := r.supports.nonFacts
		r.supports.mu.Unlock()
		if set != nil {
			return set, nil
		}
		set = map[string]bool{}
		// (predicate, value) of the statements that are no facts
		marks := [][2]quad.Value{{schema.HasPolarity, quad.String(schema.Negative)}}
		for _, m := range schema.Modalities {
			if m != schema.Asserted {
				marks = append(marks, [2]quad.Value{schema.HasModality, quad.String(m)})
			}
		}
		for _, m := range marks {
			nodes, err := r.subjectsOf(ctx, m[0].(quad.IRI), m[1])
			if err != nil {
				return nil, err
			}
			for _, n := range nodes {
				set[iriString(n)] = true
			}
		}
		r.supports.mu.Lock()
		r.supports.nonFacts = set
		r.supports.mu.Unlock()
		return set, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(map[string]bool), nil
}

// listSupport is iteratorSupport on Cayley's SQL store, in one query per
// direction: the statements that name the entity in its role, with the
// predicate, asserted and not denied, and their other end.
func (sq indexedSQL) listSupport(ctx context.Context, k supportKey) ([]supportRow, error) {
	var rows []supportRow
	for _, entityIsSubject := range []bool{true, false} {
		if !k.dir.keeps(entityIsSubject) {
			continue
		}
		role, otherRole := schema.Subject, schema.Object
		if !entityIsSubject {
			role, otherRole = schema.Object, schema.Subject
		}
		hash := func(v quad.Value) csql.Value { return csql.HashOf(v) }
		q := sqlQuery{
			text: func(b *csql.Builder) string {
				entity, role, predicateOf, predicate, otherRole := b.Placeholder(), b.Placeholder(), b.Placeholder(), b.Placeholder(), b.Placeholder()
				modality, asserted, polarity, negative := b.Placeholder(), b.Placeholder(), b.Placeholder(), b.Placeholder()
				return `SELECT other.value_string, other.iri, sentence.value_string
FROM quads q
JOIN quads pq ON pq.subject_hash = q.subject_hash AND pq.predicate_hash = ` + predicateOf + ` AND pq.object_hash = ` + predicate + `
JOIN quads oq ON oq.subject_hash = q.subject_hash AND oq.predicate_hash = ` + otherRole + `
JOIN nodes other ON other.hash = oq.object_hash
LEFT JOIN nodes sentence ON sentence.hash = q.label_hash
WHERE q.object_hash = ` + entity + ` AND q.predicate_hash = ` + role + `
AND EXISTS (SELECT 1 FROM quads mq WHERE mq.subject_hash = q.subject_hash AND mq.predicate_hash = ` + modality + ` AND mq.object_hash = ` + asserted + `)
AND NOT EXISTS (SELECT 1 FROM quads nq WHERE nq.subject_hash = q.subject_hash AND nq.predicate_hash = ` + polarity + ` AND nq.object_hash = ` + negative + `)`
			},
			args: []csql.Value{hash(quad.IRI(k.entity)), hash(role), hash(schema.PredicateOf), hash(quad.IRI(k.predicate)), hash(otherRole),
				hash(schema.HasModality), hash(quad.String(schema.Asserted)), hash(schema.HasPolarity), hash(quad.String(schema.Negative))},
			cols: []string{"other", "iri", "sentence"},
		}
		res, err := sq.Query(ctx, q)
		if err != nil {
			return nil, err
		}
		for res.Next() {
			var other, sentence *string
			var iri *bool
			if err := res.Scan(&other, &iri, &sentence); err != nil {
				res.Close()
				return nil, fmt.Errorf("reading the support of %s %s: %v", k.entity, k.predicate, err)
			}
			if other == nil {
				continue
			}
			name := "\"" + *other
			if iri != nil && *iri {
				name = *other
			}
			rows = append(rows, supportRow{name, deref(sentence)})
		}
		err = res.Err()
		res.Close()
		if err != nil {
			return nil, err
		}
	}
	return rows, nil
}
