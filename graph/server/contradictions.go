package server

import (
	"context"
	"net/http"

	"github.com/newskg/newskg/graph"
)

// contradictionsResponse is the answer of GET /api/v1/contradictions: a
// page of the contradictions (Total counts them all).
type contradictionsResponse struct {
	Entity         graph.EntityRef       `json:"entity"`
	Total          int                   `json:"total"`
	Offset         int                   `json:"offset"`
	Limit          int                   `json:"limit"`
	Contradictions []graph.Contradiction `json:"contradictions"`
}

// contradictions answers GET /api/v1/contradictions?entity=ID: the pairs of
// statements about the entity, from different documents, that cannot both
// hold, each with its document (title, date, outlet) and sentence. They are
// computed from the statement nodes at each request and never resolved.
// They are paged (?limit=, default 50, at most --max-results; ?offset=):
// their number grows as the product of the statements that clash.
func (s *Server) contradictions(ctx context.Context, r *http.Request) (any, error) {
	offset, limit, err := s.paging(r)
	if err != nil {
		return nil, err
	}
	id := r.URL.Query().Get("entity")
	if id == "" {
		return nil, badRequest("missing ?entity=ID (find entities with GET /api/v1/entities?q=NAME)")
	}
	e, ok := s.reader.Entity(id)
	if !ok {
		return nil, s.noEntity(id)
	}
	cs, total, err := s.reader.Contradictions(ctx, id, offset, limit)
	if err != nil {
		return nil, err
	}
	if cs == nil {
		cs = []graph.Contradiction{}
	}
	return contradictionsResponse{Entity: e.EntityRef, Total: total, Offset: offset, Limit: limit, Contradictions: cs}, nil
}
