package server

import (
	_ "embed"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"time"
)

// What an operator and a browser client need around the API: a health
// check, the OpenAPI description, CORS for the origins the operator names,
// and a request log.

//go:embed openapi.json
var openAPI []byte

func (s *Server) operationRoutes() {
	s.handle("GET /healthz", s.healthz)
	s.handle("GET /api/v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(openAPI)
	})
}

// healthz answers 200 while the store answers: it counts up to one quad.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	it := s.store.QuadsAllIterator()
	defer it.Close()
	it.Next(r.Context())
	if err := it.Err(); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "store": s.store.Addr.String()})
}

// serve answers CORS preflights and adds CORS headers for the allowed
// origins (Config.AllowedOrigins, which guard lets through), logs the
// request, and hands it to the guarded routes.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	if s.cors(rec, r) {
		s.guarded.ServeHTTP(rec, r)
	}
	s.logRequest(r, rec, time.Since(start))
}

// cors sets the CORS headers of an allowed origin and answers a preflight
// (OPTIONS with Access-Control-Request-Method); it reports whether the
// request still has to be served.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
	allowed := origin != "" && s.originAllowed(origin, r.Host)
	if origin != "" {
		w.Header().Add("Vary", "Origin")
	}
	if allowed {
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Expose-Headers", "X-Newskg-Truncated, Content-Disposition")
	}
	if !preflight {
		return true
	}
	if !allowed {
		writeError(w, http.StatusForbidden, fmt.Errorf("origin %q may not call this API from a browser; start the server with --cors-origin %s to allow it", origin, origin))
		return false
	}
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
	if h := r.Header.Get("Access-Control-Request-Headers"); h != "" {
		w.Header().Set("Access-Control-Allow-Headers", h)
	}
	w.Header().Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
	return false
}

// logRequest writes one record per request: at Info, or Error for a
// server error; the client's address, user agent and query at Debug.
func (s *Server) logRequest(r *http.Request, rec *recorder, took time.Duration) {
	if s.cfg.Log == nil {
		return
	}
	level := slog.LevelInfo
	if rec.status >= 500 {
		level = slog.LevelError
	}
	attrs := []slog.Attr{
		slog.String("method", r.Method), slog.String("path", r.URL.Path),
		slog.Int("status", rec.status), slog.Int64("bytes", rec.bytes),
		slog.Duration("took", took.Round(time.Microsecond)),
	}
	if s.cfg.Log.Enabled(r.Context(), slog.LevelDebug) {
		attrs = append(attrs, slog.String("query", r.URL.RawQuery), slog.String("remote", r.RemoteAddr),
			slog.String("agent", r.UserAgent()))
	}
	s.cfg.Log.LogAttrs(r.Context(), level, "request", attrs...)
}

// recorder keeps the status and size of a response for the log.
type recorder struct {
	http.ResponseWriter
	status      int
	bytes       int64
	wroteHeader bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Routes lists the server's route patterns ("GET /api/v1/entities/{id}").
func (s *Server) Routes() []string { return slices.Clone(s.patterns) }
