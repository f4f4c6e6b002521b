package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// Documents and their sentences. A document is named by its key, its IRI
// without doc/ (schema.ParseDocumentIRI), as in the HTTP API.

// Sentence reads a sentence node.
func (r *Reader) Sentence(ctx context.Context, id string) (*Sentence, bool, error) {
	props, err := r.props(ctx, quad.IRI(id))
	if err != nil || !hasType(props, schema.SentenceType) {
		return nil, false, err
	}
	doc, _ := schema.ParseDocumentIRI(iriString(first(props[schema.InDocument])))
	return &Sentence{
		ID:       id,
		Document: doc,
		Index:    intOf(first(props[schema.Index])),
		Start:    intOf(first(props[schema.Start])),
		End:      intOf(first(props[schema.End])),
		Text:     firstString(props[schema.Text]),
	}, true, nil
}

// Document reads a document node's metadata.
func (r *Reader) Document(ctx context.Context, id string) (*Document, bool, error) {
	props, err := r.props(ctx, schema.DocumentKeyIRI(id))
	if err != nil || !hasType(props, schema.DocumentType) {
		return nil, false, err
	}
	d := &Document{
		ID:     id,
		Title:  firstString(props[schema.Title]),
		URL:    firstString(props[schema.URL]),
		Date:   firstString(props[schema.Date]),
		Lang:   firstString(props[schema.Lang]),
		Source: firstString(props[schema.Source]),

		Signature: firstString(props[schema.Signature]),
	}
	if o := iriString(first(props[schema.PublishedBy])); o != "" {
		ref := r.ref(o)
		d.Outlet = &ref
	}
	return d, true, nil
}

// Documents lists every document, by id.
func (r *Reader) Documents(ctx context.Context) ([]*Document, error) {
	nodes, err := r.subjectsOf(ctx, schema.TypeOf, schema.DocumentType.IRI())
	if err != nil {
		return nil, err
	}
	var out []*Document
	for _, n := range nodes {
		key, ok := schema.ParseDocumentIRI(iriString(n))
		if !ok {
			continue
		}
		d, ok, err := r.Document(ctx, key)
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
	nodes, err := r.subjectsOf(ctx, schema.InDocument, schema.DocumentKeyIRI(doc))
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
