package server

import (
	"context"
	"net/http"

	"github.com/newskg/newskg/graph"
)

// contradictionsResponse is the answer of GET /api/v1/contradictions.
type contradictionsResponse struct {
	Entity         graph.EntityRef       `json:"entity"`
	Contradictions []graph.Contradiction `json:"contradictions"`
}

// contradictions answers GET /api/v1/contradictions?entity=ID: the pairs of
// statements about the entity, from different documents, that cannot both
// hold, each with its document (title, date, outlet) and sentence. They are
// computed from the statement nodes at each request and never resolved.
func (s *Server) contradictions(ctx context.Context, r *http.Request) (any, error) {
	id := r.URL.Query().Get("entity")
	if id == "" {
		return nil, badRequest("missing ?entity=ID (find entities with GET /api/v1/entities?q=NAME)")
	}
	e, ok := s.reader.Entity(id)
	if !ok {
		return nil, s.noEntity(id)
	}
	cs, err := s.reader.Contradictions(ctx, id)
	if err != nil {
		return nil, err
	}
	if cs == nil {
		cs = []graph.Contradiction{}
	}
	return contradictionsResponse{Entity: e.EntityRef, Contradictions: cs}, nil
}
