package server

import (
	"context"
	"io"
	"net/http"
	"strings"
)

// Cayley's v2 query endpoint, as `cayley http` v0.7.7 answers it: the
// language in ?lang=, the script in ?qu= (GET) or the body (POST), and the
// same {"result": …} as v1. It runs the v1 handler, so both answer alike.
func (s *Server) cayleyV2Routes() {
	s.handle("GET /api/v2/query", s.read(s.queryV2))
	s.handle("POST /api/v2/query", s.read(s.queryV2))
}

func (s *Server) queryV2(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	lang := q.Get("lang")
	if lang == "" {
		return nil, badRequest("query language not specified: add lang=gizmo")
	}
	v1 := r.Clone(ctx)
	v1.SetPathValue("lang", lang)
	if r.Method == http.MethodGet {
		v1.Body = io.NopCloser(strings.NewReader(q.Get("qu")))
	}
	return s.gizmo(ctx, v1)
}
