package server

import (
	"context"
	"net/http"

	"github.com/newskg/newskg/graph"
)

// timelineResponse is the answer of GET /api/v1/entities/{id}/timeline.
type timelineResponse struct {
	Entity graph.EntityRef  `json:"entity"`
	Since  string           `json:"since,omitempty"`
	AsOf   string           `json:"asOf,omitempty"`
	Items  []graph.Reported `json:"items"`
}

// timeline answers GET /api/v1/entities/{id}/timeline: the entity's
// statements in the order of their events, each with its sentence and
// document; ?since=YYYY-MM-DD keeps the facts first reported since,
// ?asOf=YYYY-MM-DD what the documents published by then said.
func (s *Server) timeline(ctx context.Context, r *http.Request) (any, error) {
	e, o, err := s.timelineRequest(r)
	if err != nil {
		return nil, err
	}
	items, err := s.reader.Timeline(ctx, e.ID, o)
	if err != nil {
		return nil, err
	}
	if items == nil {
		items = []graph.Reported{}
	}
	return timelineResponse{Entity: e, Since: o.Since, AsOf: o.AsOf, Items: items}, nil
}

// timelineRequest reads the entity of the path and ?since= and ?asOf=.
func (s *Server) timelineRequest(r *http.Request) (graph.EntityRef, graph.TimelineOptions, error) {
	id := r.PathValue("id")
	e, ok := s.reader.Entity(id)
	if !ok {
		return graph.EntityRef{}, graph.TimelineOptions{}, s.noEntity(id)
	}
	o := graph.TimelineOptions{Since: r.URL.Query().Get("since"), AsOf: r.URL.Query().Get("asOf")}
	for _, d := range []string{o.Since, o.AsOf} {
		if d != "" {
			if err := graph.ParseDay(d); err != nil {
				return e.EntityRef, o, badRequest("%v", err)
			}
		}
	}
	return e.EntityRef, o, nil
}

// agreementResponse is the answer of GET /api/v1/entities/{id}/agreement.
type agreementResponse struct {
	Entity graph.EntityRef   `json:"entity"`
	Facts  []graph.Agreement `json:"facts"`
}

// agreement answers GET /api/v1/entities/{id}/agreement: each fact about
// the entity with the documents and outlets that state it, its first and
// last report, and its number of independent reports (copies of one wire
// story counted once), most reported first; ?since= and ?asOf= as for the
// timeline.
func (s *Server) agreement(ctx context.Context, r *http.Request) (any, error) {
	e, o, err := s.timelineRequest(r)
	if err != nil {
		return nil, err
	}
	facts, err := s.reader.Agreement(ctx, e.ID, o)
	if err != nil {
		return nil, err
	}
	return agreementResponse{Entity: e, Facts: facts}, nil
}
