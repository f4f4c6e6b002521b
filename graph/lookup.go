package graph

import (
	"container/list"
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	"golang.org/x/sync/singleflight"

	"github.com/newskg/newskg/schema"
)

// This file answers the lookups that the HTTP API, the web view and the
// exports share: entities by any of their names, the statements about an
// entity, a statement with the sentence that states it, documents with their
// sentences. Everything is read through the subject and object indexes
// (cayley-notes trap 3: never by label).

// EntityRef names an entity where it appears inside something else (a
// statement, an edge): its key, display name and type.
type EntityRef struct {
	ID   string `json:"id"` // the entity key, also its IRI: Vladimir_Putin
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

// Name is one of an entity's names, with its language tag if it has one.
type Name struct {
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

// Entity is an entity node and its attributes.
type Entity struct {
	EntityRef
	Names    []Name   `json:"names"`              // alternate names, sorted
	Roles    []string `json:"roles,omitempty"`    // job titles as written
	Wikidata string   `json:"wikidata,omitempty"` // a Q-id, Q7747

	folded []string // Fold of the name and of every alternate name
}

// WikidataURL is the entity's Wikidata item, or "".
func (e *Entity) WikidataURL() string {
	if e.Wikidata == "" {
		return ""
	}
	return schema.WikidataEntity + e.Wikidata
}

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
}

// NewReader indexes the entities of qs.
func NewReader(ctx context.Context, qs cgraph.QuadStore) (*Reader, error) {
	r := &Reader{qs: qs}
	return r, r.Reload(ctx)
}

// Reload re-reads the entity index from the store.
func (r *Reader) Reload(ctx context.Context) error {
	byID := map[string]*Entity{}
	var list []*Entity
	for _, t := range schema.EntityTypes {
		ids, err := r.subjectsOf(ctx, schema.TypeOf, t.IRI())
		if err != nil {
			return err
		}
		for _, id := range ids {
			key := string(id.(quad.IRI))
			if byID[key] != nil {
				continue
			}
			e, err := r.loadEntity(ctx, key)
			if err != nil {
				return err
			}
			if e.Type == "" {
				e.Type = string(t)
			}
			byID[key] = e
			list = append(list, e)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Name != list[j].Name {
			return list[i].Name < list[j].Name
		}
		return list[i].ID < list[j].ID
	})
	r.entities, r.byID = list, byID
	r.refs.clear()
	return nil
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

func (r *Reader) loadEntity(ctx context.Context, key string) (*Entity, error) {
	props, err := r.props(ctx, quad.IRI(key), entityAttributes...)
	if err != nil {
		return nil, err
	}
	e := &Entity{EntityRef: EntityRef{ID: key, Name: firstString(props[schema.Name])}, Names: []Name{}}
	if e.Name == "" {
		e.Name = strings.ReplaceAll(key, "_", " ")
	}
	for _, v := range props[schema.TypeOf] {
		if t, ok := schema.ParseType(iriString(v)); ok {
			e.Type = string(t)
			break
		}
	}
	for _, v := range props[schema.AlternateName] {
		n := Name{Text: literal(v)}
		if ls, ok := v.(quad.LangString); ok {
			n.Lang = ls.Lang
		}
		e.Names = append(e.Names, n)
	}
	sort.Slice(e.Names, func(i, j int) bool {
		if e.Names[i].Text != e.Names[j].Text {
			return e.Names[i].Text < e.Names[j].Text
		}
		return e.Names[i].Lang < e.Names[j].Lang
	})
	for _, v := range props[schema.Role] {
		e.Roles = append(e.Roles, literal(v))
	}
	sort.Strings(e.Roles)
	for _, v := range props[schema.SameAs] {
		if s := iriString(v); strings.HasPrefix(s, schema.WikidataEntity) {
			e.Wikidata = strings.TrimPrefix(s, schema.WikidataEntity)
		}
	}
	seen := map[string]bool{}
	for _, s := range append([]string{e.Name}, namesText(e.Names)...) {
		if f := schema.Fold(s); f != "" && !seen[f] {
			seen[f] = true
			e.folded = append(e.folded, f)
		}
	}
	return e, nil
}

func namesText(ns []Name) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Text
	}
	return out
}

// Entity returns the entity with the given key.
func (r *Reader) Entity(id string) (*Entity, bool) {
	e, ok := r.byID[id]
	return e, ok
}

// Entities lists every entity, sorted by name.
func (r *Reader) Entities() []*Entity { return r.entities }

// ref names an entity, even one the index does not hold (an object with no
// type quad).
func (r *Reader) ref(key string) EntityRef {
	if e, ok := r.byID[key]; ok {
		return e.EntityRef
	}
	return EntityRef{ID: key, Name: strings.ReplaceAll(key, "_", " ")}
}

// SearchHit is an entity found by Search, with the name that matched.
type SearchHit struct {
	*Entity
	Matched string `json:"matched"`
	rank    int
}

// Search finds entities by any of their names, ignoring case and accents
// ("poutine" finds Vladimir Putin through its name Poutine@fr; "zelenski"
// does not find Zelensky, there is no fuzzy matching). Exact names come
// first, then names that start with the query, then names that contain it;
// within each, entities by name. An empty query lists every entity. typ, if
// not empty, keeps one entity type.
func (r *Reader) Search(q, typ string) []SearchHit {
	fq := schema.Fold(q)
	var hits []SearchHit
	for _, e := range r.entities {
		if typ != "" && e.Type != typ {
			continue
		}
		if fq == "" {
			hits = append(hits, SearchHit{Entity: e, Matched: e.Name})
			continue
		}
		best := -1
		var matched string
		for i, f := range e.folded {
			rank := -1
			switch {
			case f == fq:
				rank = 0
			case strings.HasPrefix(f, fq) || strings.Contains(f, " "+fq):
				rank = 1
			case strings.Contains(f, fq):
				rank = 2
			}
			if rank >= 0 && (best < 0 || rank < best) {
				best = rank
				matched = e.Name
				if i > 0 {
					matched = e.nameFolded(f)
				}
			}
		}
		if best >= 0 {
			hits = append(hits, SearchHit{Entity: e, Matched: matched, rank: best})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].rank < hits[j].rank })
	return hits
}

// nameFolded returns the first of e's names whose fold is f.
func (e *Entity) nameFolded(f string) string {
	for _, n := range e.Names {
		if schema.Fold(n.Text) == f {
			return n.Text
		}
	}
	return e.Name
}

// Sentence is a sentence node: its text and where it is in its document.
type Sentence struct {
	ID       string `json:"id"`       // doc/000_e9cc#s3
	Document string `json:"document"` // the document id: 000_e9cc
	Index    int    `json:"index"`
	Start    int    `json:"start"` // byte offsets in the document text
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Mark is a span of a sentence's text to highlight: the evidence of a
// statement, or a name of its subject or object.
type Mark struct {
	Start int    `json:"start"` // byte offsets in Sentence.Text
	End   int    `json:"end"`
	Role  string `json:"role"` // "evidence", "subject" or "object"
}

// Statement is one extracted statement, read from its statement node.
type Statement struct {
	ID         string     `json:"id"` // stmt/…
	Subject    EntityRef  `json:"subject"`
	Predicate  string     `json:"predicate"`
	Class      string     `json:"class,omitempty"`
	Symmetric  bool       `json:"symmetric,omitempty"`
	Object     *EntityRef `json:"object,omitempty"` // nil for a quote
	Quote      string     `json:"quote,omitempty"`  // the quoted text of a said statement
	Polarity   string     `json:"polarity"`
	Modality   string     `json:"modality"`
	Fact       bool       `json:"fact"` // stored as an edge too: positive, asserted or reported
	AssertedBy *EntityRef `json:"assertedBy,omitempty"`
	Evidence   string     `json:"evidence,omitempty"`
	SentenceID string     `json:"sentenceId"`
	// Sentence and Marks are filled by WithSentences.
	Sentence *Sentence `json:"sentence,omitempty"`
	Marks    []Mark    `json:"marks,omitempty"`
}

// Document is a document node's metadata.
type Document struct {
	ID     string `json:"id"` // 000_e9cc…: the IRI without doc/
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	Lang   string `json:"lang,omitempty"`
	Source string `json:"source,omitempty"`
}

// documentIRI is the node of a document id as the API spells it (already
// escaped, the IRI without its doc/ prefix).
func documentIRI(id string) quad.IRI { return quad.IRI("doc/" + id) }

func documentID(iri string) string { return strings.TrimPrefix(iri, "doc/") }

// Statement reads one statement node; ok is false if there is none.
func (r *Reader) Statement(ctx context.Context, id string) (*Statement, bool, error) {
	props, err := r.props(ctx, quad.IRI(id))
	if err != nil || !hasType(props, schema.StatementType) {
		return nil, false, err
	}
	return r.statement(id, props), true, nil
}

func (r *Reader) statement(id string, props map[quad.IRI][]quad.Value) *Statement {
	st := &Statement{
		ID:         id,
		Subject:    r.ref(iriString(first(props[schema.Subject]))),
		Predicate:  iriString(first(props[schema.PredicateOf])),
		Polarity:   firstString(props[schema.HasPolarity]),
		Modality:   firstString(props[schema.HasModality]),
		Evidence:   firstString(props[schema.Evidence]),
		SentenceID: iriString(first(props[schema.InSentence])),
	}
	if info, ok := schema.Predicate(st.Predicate).Info(); ok {
		st.Class, st.Symmetric = string(info.Class), info.Symmetric
	} else if c := iriString(first(props[schema.ClassOf])); c != "" {
		st.Class = strings.TrimPrefix(c, "class/")
	}
	switch o := first(props[schema.Object]).(type) {
	case quad.IRI:
		ref := r.ref(string(o))
		st.Object = &ref
	case nil:
	default:
		st.Quote = literal(o)
	}
	if a := iriString(first(props[schema.AssertedBy])); a != "" {
		ref := r.ref(a)
		st.AssertedBy = &ref
	}
	st.Fact = schema.Statement{Polarity: schema.Polarity(st.Polarity), Modality: schema.Modality(st.Modality)}.IsFact()
	return st
}

// StatementFilter selects statements.
type StatementFilter struct {
	Class     string // a relation class (contact, conflict, …); "" for all
	Predicate string // a predicate local name; "" for all
	Document  string // a document id; "" for all
	Direction string // "out" (the entity is the subject), "in", or "" for both
	Other     string // the entity at the other end; "" for any
	FactsOnly bool   // only statements that are edges in the graph
}

// Keep reports whether the filter keeps a statement; about is the entity
// whose statements are filtered (for Direction and Other), or "".
func (f StatementFilter) Keep(st *Statement, about string) bool {
	out := st.Subject.ID == about
	other := st.Subject.ID
	if out && st.Object != nil {
		other = st.Object.ID
	}
	switch {
	case f.Class != "" && st.Class != f.Class,
		f.Predicate != "" && st.Predicate != f.Predicate,
		f.FactsOnly && !st.Fact,
		f.Document != "" && sentenceDocument(st.SentenceID) != f.Document,
		about != "" && f.Direction == "out" && !out,
		about != "" && f.Direction == "in" && out,
		about != "" && f.Other != "" && other != f.Other:
		return false
	}
	return true
}

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
	if sq, ok := sqlStore(r.qs); ok {
		refs, err = r.sqlStatementRefs(ctx, sq, entity)
	} else {
		refs, err = r.iteratorStatementRefs(ctx, entity)
	}
	sort.Slice(refs, func(i, j int) bool {
		return statementLess(refs[i].SentenceID, refs[i].ID, refs[j].SentenceID, refs[j].ID)
	})
	return refs, err
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

// quads iterates over the quads that match filters, planned by the store's
// optimizer (an index prefix on bolt: indexedKV).
func (r *Reader) quads(filters ...shape.QuadFilter) cgraph.Iterator {
	return shape.BuildIterator(backend(r.qs), shape.Quads(filters))
}

// Statements reads the statements of refs, in their order.
func (r *Reader) Statements(ctx context.Context, refs []StatementRef) ([]*Statement, error) {
	out := make([]*Statement, 0, len(refs))
	for _, ref := range refs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		props, err := r.props(ctx, quad.IRI(ref.ID))
		if err != nil {
			return nil, err
		}
		out = append(out, r.statement(ref.ID, props))
	}
	return out, nil
}

// KeepRef reports whether the filter may keep the statement of ref, judging
// by what ref says (class, predicate, document, direction); Keep has the
// last word once the statement is read. NeedsStatement reports whether
// Keep can still drop a statement that KeepRef kept.
func (f StatementFilter) KeepRef(ref StatementRef) bool {
	class := ref.Class()
	switch {
	case f.Class != "" && class != "" && class != f.Class,
		f.Predicate != "" && ref.Predicate != f.Predicate,
		f.Document != "" && sentenceDocument(ref.SentenceID) != f.Document,
		f.Direction == "out" && !ref.Out,
		f.Direction == "in" && ref.Out:
		return false
	}
	return true
}

// NeedsStatement: see KeepRef.
// (A predicate the vocabulary does not know has its class on the
// statement node, hence Class.)
func (f StatementFilter) NeedsStatement() bool { return f.FactsOnly || f.Other != "" || f.Class != "" }

// StatementsAbout lists the statements whose subject or object is the
// entity and that f keeps, in document and sentence order. Only the
// statements that KeepRef lets through are read.
func (r *Reader) StatementsAbout(ctx context.Context, entity string, f StatementFilter) ([]*Statement, error) {
	refs, err := r.StatementRefs(ctx, entity)
	if err != nil {
		return nil, err
	}
	var kept []StatementRef
	for _, ref := range refs {
		if f.KeepRef(ref) {
			kept = append(kept, ref)
		}
	}
	sts, err := r.Statements(ctx, kept)
	if err != nil {
		return nil, err
	}
	out := sts[:0]
	for _, st := range sts {
		if f.Keep(st, entity) {
			out = append(out, st)
		}
	}
	return out, nil
}

// AllStatements lists every statement of the store (of one document if
// f.Document is set), in document and sentence order.
func (r *Reader) AllStatements(ctx context.Context, f StatementFilter) ([]*Statement, error) {
	var nodes []quad.Value
	if f.Document != "" {
		sentences, err := r.subjectsOf(ctx, schema.InDocument, documentIRI(f.Document))
		if err != nil {
			return nil, err
		}
		for _, s := range sentences {
			sts, err := r.subjectsOf(ctx, schema.InSentence, s)
			if err != nil {
				return nil, err
			}
			nodes = append(nodes, sts...)
		}
	} else {
		var err error
		if nodes, err = r.subjectsOf(ctx, schema.TypeOf, schema.StatementType.IRI()); err != nil {
			return nil, err
		}
	}
	var out []*Statement
	for _, n := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		id := iriString(n)
		props, err := r.props(ctx, quad.IRI(id))
		if err != nil {
			return nil, err
		}
		if st := r.statement(id, props); f.Keep(st, "") {
			out = append(out, st)
		}
	}
	sortStatements(out)
	return out, nil
}

// WithSentences reads the sentence of each statement and marks in it the
// evidence and the names of the subject and object.
func (r *Reader) WithSentences(ctx context.Context, sts []*Statement) error {
	cache := map[string]*Sentence{}
	for _, st := range sts {
		s, ok := cache[st.SentenceID]
		if !ok {
			var err error
			if s, _, err = r.Sentence(ctx, st.SentenceID); err != nil {
				return err
			}
			cache[st.SentenceID] = s
		}
		if s == nil {
			continue
		}
		st.Sentence = s
		st.Marks = r.marks(s.Text, st)
	}
	return nil
}

// marks finds the statement's evidence (when it is less than the whole
// sentence) and its subject's and object's names in a sentence.
func (r *Reader) marks(text string, st *Statement) []Mark {
	var out []Mark
	if ev := strings.TrimSpace(st.Evidence); ev != "" && ev != strings.TrimSpace(text) {
		if i := strings.Index(text, ev); i >= 0 {
			out = append(out, Mark{i, i + len(ev), "evidence"})
		}
	}
	taken := make([]bool, len(text))
	mark := func(id, role string) {
		e, ok := r.byID[id]
		if !ok {
			return
		}
		names := append([]string{e.Name}, namesText(e.Names)...)
		sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
		for _, n := range names {
			if n == "" {
				continue
			}
			for from := 0; from < len(text); {
				i := strings.Index(text[from:], n)
				if i < 0 {
					break
				}
				i += from
				from = i + len(n)
				if !wordAt(text, i, i+len(n)) || anyTaken(taken[i:i+len(n)]) {
					continue
				}
				for k := i; k < i+len(n); k++ {
					taken[k] = true
				}
				out = append(out, Mark{i, i + len(n), role})
			}
		}
	}
	mark(st.Subject.ID, "subject")
	if st.Object != nil {
		mark(st.Object.ID, "object")
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

// wordAt reports whether text[i:j] is not part of a longer word.
func wordAt(text string, i, j int) bool {
	isWord := func(b byte) bool {
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
	}
	return (i == 0 || !isWord(text[i-1])) && (j == len(text) || !isWord(text[j]))
}

func anyTaken(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// Sentence reads a sentence node.
func (r *Reader) Sentence(ctx context.Context, id string) (*Sentence, bool, error) {
	props, err := r.props(ctx, quad.IRI(id))
	if err != nil || !hasType(props, schema.SentenceType) {
		return nil, false, err
	}
	return &Sentence{
		ID:       id,
		Document: documentID(iriString(first(props[schema.InDocument]))),
		Index:    intOf(first(props[schema.Index])),
		Start:    intOf(first(props[schema.Start])),
		End:      intOf(first(props[schema.End])),
		Text:     firstString(props[schema.Text]),
	}, true, nil
}

// Document reads a document node's metadata.
func (r *Reader) Document(ctx context.Context, id string) (*Document, bool, error) {
	props, err := r.props(ctx, documentIRI(id))
	if err != nil || !hasType(props, schema.DocumentType) {
		return nil, false, err
	}
	return &Document{
		ID:     id,
		Title:  firstString(props[schema.Title]),
		URL:    firstString(props[schema.URL]),
		Date:   firstString(props[schema.Date]),
		Lang:   firstString(props[schema.Lang]),
		Source: firstString(props[schema.Source]),
	}, true, nil
}

// Documents lists every document, by id.
func (r *Reader) Documents(ctx context.Context) ([]*Document, error) {
	nodes, err := r.subjectsOf(ctx, schema.TypeOf, schema.DocumentType.IRI())
	if err != nil {
		return nil, err
	}
	var out []*Document
	for _, n := range nodes {
		d, ok, err := r.Document(ctx, documentID(iriString(n)))
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, d)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Sentences lists a document's sentences in order.
func (r *Reader) Sentences(ctx context.Context, doc string) ([]*Sentence, error) {
	nodes, err := r.subjectsOf(ctx, schema.InDocument, documentIRI(doc))
	if err != nil {
		return nil, err
	}
	var out []*Sentence
	for _, n := range nodes {
		s, ok, err := r.Sentence(ctx, iriString(n))
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out, nil
}

// sortStatements orders statements by document, then sentence, then id.
func sortStatements(sts []*Statement) {
	sort.Slice(sts, func(i, j int) bool {
		return statementLess(sts[i].SentenceID, sts[i].ID, sts[j].SentenceID, sts[j].ID)
	})
}

// statementLess orders statements by document, then sentence, then id.
func statementLess(sentenceA, idA, sentenceB, idB string) bool {
	da, ia := splitSentenceID(sentenceA)
	db, ib := splitSentenceID(sentenceB)
	if da != db {
		return da < db
	}
	if ia != ib {
		return ia < ib
	}
	return idA < idB
}

// splitSentenceID reads the document id and index out of a sentence IRI
// (schema.SentenceIRI: doc/ID#sN).
func splitSentenceID(id string) (string, int) {
	i := strings.LastIndex(id, "#s")
	if i < 0 {
		return documentID(id), 0
	}
	n, _ := strconv.Atoi(id[i+2:])
	return documentID(id[:i]), n
}

func sentenceDocument(id string) string {
	d, _ := splitSentenceID(id)
	return d
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

// entityAttributes are the predicates an Entity is read from. An entity is
// also the subject of its facts (Putin said..., Putin leaderOf Russia), a
// hundred thousand quads in a large store, which the index never reads.
var entityAttributes = []quad.IRI{schema.Name, schema.AlternateName, schema.TypeOf, schema.Role, schema.SameAs}

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
	for _, v := range props[schema.TypeOf] {
		if v == t.IRI() {
			return true
		}
	}
	return false
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
