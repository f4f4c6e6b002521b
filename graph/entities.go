package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// The Reader's entity index: every entity with its names, loaded once, and
// the search over those names.

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

func (r *Reader) loadEntity(ctx context.Context, key string) (*Entity, error) {
	props, err := r.props(ctx, quad.IRI(key), entityAttributes...)
	if err != nil {
		return nil, err
	}
	e := &Entity{EntityRef: EntityRef{ID: key, Name: firstString(props[schema.Name])}, Names: []Name{}}
	if e.Name == "" {
		e.Name = schema.KeyName(key)
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
		if qid, ok := schema.ParseWikidataIRI(iriString(v)); ok {
			e.Wikidata = qid
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
	return EntityRef{ID: key, Name: schema.KeyName(key)}
}

// entityAttributes are the predicates an Entity is read from. An entity is
// also the subject of its facts (Putin said..., Putin leaderOf Russia), a
// hundred thousand quads in a large store, which the index never reads.
var entityAttributes = []quad.IRI{schema.Name, schema.AlternateName, schema.TypeOf, schema.Role, schema.SameAs}

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
