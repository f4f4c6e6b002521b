package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// Subgraph is a piece of the entity graph: entities as nodes, and as edges
// the facts between them (the statements stored as direct edges: positive,
// asserted or reported), one edge per subject, predicate and object with
// every statement that states it. Quotes (said) have a literal object and
// are not edges; negated and planned statements are not facts.
type Subgraph struct {
	Nodes []*Entity
	Edges []*Edge
	// Truncated is set when the node limit stopped the walk.
	Truncated bool
	// Statements are the statements behind the edges.
	Statements []*Statement
}

// Edge is a fact between two entities, with its provenance.
type Edge struct {
	ID         string   `json:"id"` // "Steve_Witkoff met Vladimir_Putin"
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Predicate  string   `json:"predicate"`
	Class      string   `json:"class"`
	Symmetric  bool     `json:"symmetric,omitempty"`
	Statements []string `json:"statements"`
	Sentences  []string `json:"sentences"`
	Documents  []string `json:"documents"`
}

// SubgraphFilter selects a subgraph. The zero value is the whole graph.
type SubgraphFilter struct {
	// Entity, if set, keeps the entities within Depth facts of it (Depth 0
	// means 1).
	Entity string
	Depth  int
	// Class keeps the facts of one relation class (contact, conflict, …).
	Class string
	// Document keeps the facts stated in one document.
	Document string
	// MaxNodes stops the walk from Entity at this many nodes (0: no limit).
	MaxNodes int
}

// Whole reports whether the filter keeps the whole graph.
func (f SubgraphFilter) Whole() bool { return f.Entity == "" && f.Class == "" && f.Document == "" }

// MaxDepth is the deepest walk Subgraph accepts: six hops already reach
// most of a news graph, and each hop multiplies the work.
const MaxDepth = 6

// ErrNoEntity is returned (wrapped) for an entity the store does not hold.
var ErrNoEntity = errors.New("no such entity")

// ErrNoDocument is returned (wrapped) for a document the store does not hold.
var ErrNoDocument = errors.New("no such document")

// ErrBadFilter is returned (wrapped) for a filter that cannot be applied.
var ErrBadFilter = errors.New("bad filter")

// Check validates a filter against the vocabulary and the store.
func (r *Reader) Check(ctx context.Context, f SubgraphFilter) error {
	if f.Depth < 0 || f.Depth > MaxDepth {
		return fmt.Errorf("%w: depth %d is out of range (1 to %d)", ErrBadFilter, f.Depth, MaxDepth)
	}
	if f.Entity == "" && f.Depth > 1 {
		return fmt.Errorf("%w: a depth needs an entity to start from", ErrBadFilter)
	}
	if f.Class != "" && !slices.Contains(Classes(), f.Class) {
		return fmt.Errorf("%w: unknown relation class %q (known: %s)", ErrBadFilter, f.Class, classList())
	}
	if f.Entity != "" {
		if _, ok := r.Entity(f.Entity); !ok {
			return fmt.Errorf("%w %q", ErrNoEntity, f.Entity)
		}
	}
	if f.Document != "" {
		if _, ok, err := r.Document(ctx, f.Document); err != nil {
			return err
		} else if !ok {
			return fmt.Errorf("%w %q", ErrNoDocument, f.Document)
		}
	}
	return nil
}

// Classes lists the relation classes of the vocabulary, sorted.
func Classes() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range schema.Predicates() {
		info, _ := p.Info()
		if c := string(info.Class); !seen[c] && info.Class != schema.Speech {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

func classList() string {
	s := ""
	for i, c := range Classes() {
		if i > 0 {
			s += ", "
		}
		s += c
	}
	return s
}

// Subgraph selects a piece of the entity graph. With no entity, document or
// class, every entity is a node, facts or not.
func (r *Reader) Subgraph(ctx context.Context, f SubgraphFilter) (*Subgraph, error) {
	if err := r.Check(ctx, f); err != nil {
		return nil, err
	}
	sf := StatementFilter{Class: f.Class, Document: f.Document, FactsOnly: true}
	keep := func(st *Statement) bool { return st.Object != nil && sf.Keep(st, "") }
	g := &Subgraph{}
	if f.Entity == "" {
		sts, err := r.AllStatements(ctx, sf)
		if err != nil {
			return nil, err
		}
		var kept []*Statement
		for _, st := range sts {
			if keep(st) {
				kept = append(kept, st)
			}
		}
		nodes := map[string]bool{}
		if f.Whole() {
			for _, e := range r.entities {
				nodes[e.ID] = true
			}
		}
		for _, st := range kept {
			nodes[st.Subject.ID], nodes[st.Object.ID] = true, true
		}
		r.fill(g, nodes, kept)
		return g, nil
	}

	depth := f.Depth
	if depth == 0 {
		depth = 1
	}
	nodes := map[string]bool{f.Entity: true}
	about := map[string][]*Statement{}
	frontier := []string{f.Entity}
walk:
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			sts, err := r.StatementsAbout(ctx, n, sf)
			if err != nil {
				return nil, err
			}
			about[n] = sts
			for _, st := range sts {
				if !keep(st) {
					continue
				}
				for _, m := range []string{st.Subject.ID, st.Object.ID} {
					if nodes[m] {
						continue
					}
					if f.MaxNodes > 0 && len(nodes) >= f.MaxNodes {
						g.Truncated = true
						break walk
					}
					nodes[m] = true
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	// Facts between the nodes of the last ring are edges too.
	seen := map[string]bool{}
	var kept []*Statement
	for n := range nodes {
		sts, ok := about[n]
		if !ok {
			var err error
			if sts, err = r.StatementsAbout(ctx, n, sf); err != nil {
				return nil, err
			}
		}
		for _, st := range sts {
			if keep(st) && !seen[st.ID] && nodes[st.Subject.ID] && nodes[st.Object.ID] {
				seen[st.ID] = true
				kept = append(kept, st)
			}
		}
	}
	sortStatements(kept)
	r.fill(g, nodes, kept)
	return g, nil
}

// fill sets the nodes (sorted by name) and the edges (grouped by subject,
// predicate and object, in statement order) of g.
func (r *Reader) fill(g *Subgraph, nodes map[string]bool, sts []*Statement) {
	for id := range nodes {
		e, ok := r.byID[id]
		if !ok {
			e = &Entity{EntityRef: r.ref(id), Names: []Name{}}
		}
		g.Nodes = append(g.Nodes, e)
	}
	sort.Slice(g.Nodes, func(i, j int) bool {
		if g.Nodes[i].Name != g.Nodes[j].Name {
			return g.Nodes[i].Name < g.Nodes[j].Name
		}
		return g.Nodes[i].ID < g.Nodes[j].ID
	})
	byKey := map[string]*Edge{}
	for _, st := range sts {
		key := st.Subject.ID + " " + st.Predicate + " " + st.Object.ID
		e, ok := byKey[key]
		if !ok {
			e = &Edge{ID: key, Source: st.Subject.ID, Target: st.Object.ID, Predicate: st.Predicate,
				Class: st.Class, Symmetric: st.Symmetric}
			byKey[key] = e
			g.Edges = append(g.Edges, e)
		}
		e.Statements = append(e.Statements, st.ID)
		e.Sentences = appendNew(e.Sentences, st.SentenceID)
		e.Documents = appendNew(e.Documents, sentenceDocument(st.SentenceID))
	}
	g.Statements = sts
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// Quads returns the quads that describe the subgraph on its own: the
// attributes of its entities, its fact edges (unlabeled, once each), the
// statement nodes behind them, their sentences (with the mentions of the
// subgraph's entities) and documents, and the class of each predicate used.
func (r *Reader) Quads(ctx context.Context, g *Subgraph) ([]quad.Quad, error) {
	var qs quadSet
	inGraph := map[string]bool{}
	for _, n := range g.Nodes {
		inGraph[n.ID] = true
	}
	add := func(node quad.Value, keep func(q quad.Quad) bool) error {
		list, err := quadsWith(ctx, r.qs, quad.Subject, node)
		if err != nil {
			return err
		}
		for _, q := range list {
			if keep == nil || keep(q) {
				qs.add(q)
			}
		}
		return nil
	}
	attributes := map[quad.Value]bool{schema.Name: true, schema.AlternateName: true, schema.TypeOf: true, schema.Role: true, schema.SameAs: true}
	for _, n := range g.Nodes {
		if err := add(quad.IRI(n.ID), func(q quad.Quad) bool { return attributes[q.Predicate] }); err != nil {
			return nil, err
		}
	}
	done := map[string]bool{}
	once := func(id string) bool {
		if done[id] {
			return false
		}
		done[id] = true
		return true
	}
	for _, st := range g.Statements {
		qs.add(quad.Quad{Subject: quad.IRI(st.Subject.ID), Predicate: quad.IRI(st.Predicate), Object: quad.IRI(st.Object.ID)})
		steps := []struct {
			node quad.Value
			keep func(quad.Quad) bool
		}{
			{quad.IRI(st.ID), nil},
			{quad.IRI(st.SentenceID), func(q quad.Quad) bool {
				return q.Predicate != schema.Mentions || inGraph[iriString(q.Object)]
			}},
			{schema.DocumentKeyIRI(sentenceDocument(st.SentenceID)), nil},
			{quad.IRI(st.Predicate), nil},
		}
		for _, s := range steps {
			if once(quad.StringOf(s.node)) {
				if err := add(s.node, s.keep); err != nil {
					return nil, err
				}
			}
		}
	}
	return qs.list, nil
}

// quadSet collects quads once each, in the order first added.
type quadSet struct {
	seen map[string]bool
	list []quad.Quad
}

func (s *quadSet) add(q quad.Quad) {
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	if k := key(q); !s.seen[k] {
		s.seen[k] = true
		s.list = append(s.list, q)
	}
}
