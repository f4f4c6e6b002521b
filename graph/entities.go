package graph

import (
	"context"
	"sort"

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
	r.supports.clear()
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
	for _, v := range props[schema.Demonym] {
		e.Demonyms = append(e.Demonyms, literal(v))
	}
	sort.Strings(e.Demonyms)
	for _, v := range props[schema.CapitalName] {
		e.CapitalNames = append(e.CapitalNames, literal(v))
	}
	sort.Strings(e.CapitalNames)
	e.indexNames()
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
var entityAttributes = []quad.IRI{schema.Name, schema.AlternateName, schema.TypeOf, schema.Role, schema.SameAs, schema.Demonym, schema.CapitalName}
