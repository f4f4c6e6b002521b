package server

import (
	"context"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/schema"
)

// withSources gives each statement of a page its sentence (with the names
// and the evidence marked), its support and its document (title, date,
// outlet, link): what a reader needs to judge a fact, in the same shape as
// the timeline's and the contradictions' items. Each document is read once
// per page.
func (s *Server) withSources(ctx context.Context, p Page[*graph.Statement]) (Page[graph.Reported], error) {
	out := Page[graph.Reported]{Total: p.Total, Offset: p.Offset, Limit: p.Limit, Items: []graph.Reported{}}
	if err := s.reader.WithSentences(ctx, p.Items); err != nil {
		return out, err
	}
	if err := s.reader.WithSupport(ctx, p.Items); err != nil {
		return out, err
	}
	docs := map[string]*graph.Document{}
	for _, st := range p.Items {
		id, _, _ := schema.ParseSentenceIRI(st.SentenceID)
		d, ok := docs[id]
		if !ok && id != "" {
			var err error
			if d, _, err = s.reader.Document(ctx, id); err != nil {
				return out, err
			}
			docs[id] = d
		}
		out.Items = append(out.Items, graph.Reported{Statement: st, Document: d})
	}
	return out, nil
}
