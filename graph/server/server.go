// Package server serves a newskg store over HTTP: the Cayley-compatible
// Gizmo endpoint (POST /api/v1/query/gizmo, as `cayley http` answers it), a
// lookup API (entities by any name, an entity's relations with their
// sentences, documents), the exports of package export, and the web view, a
// page to explore the graph whose assets are embedded in the binary.
//
// Every request runs under a time limit and every list under a result
// limit, and every error is a JSON object {"error": "..."} with a status code
// that says whose fault it is. Heavy requests share a few slots and answers
// have a size limit (limits.go); requests a browser could be tricked into
// sending are refused (guard.go). The server is read-only unless
// Config.AllowWrites is set, which adds Cayley's v1 write and delete
// endpoints and POST /api/v1/documents, articles written through the
// pipeline of newskg build (documents.go). What it keeps in memory is
// re-read when the store changes (refresh.go).
//
// It holds no logic of its own about the graph: lookups are graph.Reader's,
// queries graph.Query's, exports package export's, the same code the CLI
// runs.
package server

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
)

// Config sets the server's limits.
type Config struct {
	// Timeout stops any request's work after this long (default 30s).
	Timeout time.Duration
	// MaxResults caps every list and every Gizmo query (default 1000).
	MaxResults int
	// MaxNodes caps the nodes of a neighbourhood (default 500).
	MaxNodes int
	// MaxQueries is how many Gizmo scripts run at once (default 4); the
	// next waits for a turn up to half its time limit, then gets a 503.
	// Lookups do not wait: runaway scripts cannot make the rest of the API
	// hang.
	MaxQueries int
	// AllowWrites adds POST /api/v1/write, /api/v1/delete and
	// /api/v1/documents. The store must then be open for writing, and
	// WriteToken set.
	AllowWrites bool
	// Log receives one record per request (nil: no request log).
	Log *slog.Logger
	// WriteToken is what a write must carry, as Authorization: Bearer.
	WriteToken string
	// AllowedHosts are the Host names the server answers to besides
	// loopback names and IP addresses ("*": any), as in guard.go.
	AllowedHosts []string
	// AllowedOrigins are the origins (https://example.org) whose pages may
	// send requests, besides the server's own.
	AllowedOrigins []string
	// MaxLookups is how many lookups (every GET but exports) run at once
	// (default four per CPU, at least 8); the next waits a quarter of a
	// second for a turn, then gets a 503: under a crowd, answers stay quick
	// and the excess is shed instead of queued for seconds.
	MaxLookups int
	// MaxResponseBytes caps the body of a Gizmo answer or an export
	// (default 64 MiB): past it the request fails with a 400 that says
	// how to narrow it, before the server holds more.
	MaxResponseBytes int
	// Extractor gives the extractor of the documents POSTed to
	// /api/v1/documents when writes are allowed (newskg serve passes
	// extract.Default). It is called once, at the first such request;
	// without it that route answers 501.
	Extractor func() (extract.Extractor, error)
	// RefreshInterval is how often, at most, a request checks whether
	// another process wrote to the store, to re-read the entity index
	// (default 1s; see refresh.go).
	RefreshInterval time.Duration
}

// Defaults of Config.
const (
	DefaultTimeout    = 30 * time.Second
	DefaultMaxResults = 1000
	DefaultMaxNodes   = 500
	DefaultMaxQueries = 4
	// DefaultMaxResponseBytes is the default of Config.MaxResponseBytes.
	DefaultMaxResponseBytes = 64 << 20
	// defaultPage is the page size of a list when the request gives none.
	defaultPage = 50
	// maxBody is the largest request body read (a Gizmo script, quads to
	// write), as in `cayley http`.
	maxBody = 1 << 20
)

// Server is an http.Handler on one store.
type Server struct {
	store   *graph.Store
	cfg     Config
	mux     *http.ServeMux
	guarded http.Handler // mux behind guard

	mu     sync.RWMutex // writes exclude readers, so the entity index stays current
	reader *graph.Reader

	writing sync.Mutex // held by each write: one writer at a time
	adding  ingestState
	fresh   freshness

	queries chan struct{} // one token per running Gizmo script or export
	lookups chan struct{} // one token per running lookup

	patterns []string // the routes, for the OpenAPI description's test
}

//go:embed web
var webFiles embed.FS

// New indexes the store's entities and returns a server on it.
func New(ctx context.Context, store *graph.Store, cfg Config) (*Server, error) {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxResults <= 0 {
		cfg.MaxResults = DefaultMaxResults
	}
	if cfg.MaxNodes <= 0 {
		cfg.MaxNodes = DefaultMaxNodes
	}
	if cfg.MaxQueries <= 0 {
		cfg.MaxQueries = DefaultMaxQueries
	}
	if cfg.MaxLookups <= 0 {
		cfg.MaxLookups = max(8, 4*runtime.GOMAXPROCS(0))
	}
	if cfg.MaxResponseBytes <= 0 {
		cfg.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if cfg.RefreshInterval <= 0 {
		cfg.RefreshInterval = DefaultRefreshInterval
	}
	if cfg.AllowWrites && store.ReadOnly {
		return nil, errors.New("writes are allowed but the store is open read-only")
	}
	if cfg.AllowWrites && cfg.WriteToken == "" {
		return nil, errors.New("writes are allowed but no write token is set")
	}
	// The revision before the index: a write in between is seen later.
	rev, revisions, err := store.Revision(ctx)
	if err != nil {
		return nil, err
	}
	r, err := graph.NewReader(ctx, store)
	if err != nil {
		return nil, fmt.Errorf("indexing the entities of %s: %v", store.Addr, err)
	}
	s := &Server{store: store, cfg: cfg, reader: r, mux: http.NewServeMux(), queries: make(chan struct{}, cfg.MaxQueries), lookups: make(chan struct{}, cfg.MaxLookups)}
	s.fresh = freshness{revisions: revisions, revision: rev, checked: time.Now()}
	s.routes()
	s.guarded = s.guard(s.mux)
	return s, nil
}

func (s *Server) routes() {
	web, _ := fs.Sub(webFiles, "web")
	files := http.FileServerFS(web)
	s.handle("GET /{$}", files.ServeHTTP)
	s.handle("GET /static/", files.ServeHTTP)

	s.handle("POST /api/v1/query/{lang}", s.query(s.gizmo))
	s.handle("GET /api/v1/vocabulary", s.read(s.vocabulary))
	s.handle("GET /api/v1/entities", s.read(s.searchEntities))
	s.handle("GET /api/v1/entities/{id}", s.read(s.entity))
	s.handle("GET /api/v1/entities/{id}/timeline", s.read(s.timeline))
	s.handle("GET /api/v1/entities/{id}/agreement", s.read(s.agreement))
	s.handle("GET /api/v1/statements", s.read(s.statements))
	s.handle("GET /api/v1/contradictions", s.read(s.contradictions))
	s.handle("GET /api/v1/documents", s.read(s.documents))
	s.handle("GET /api/v1/documents/{id...}", s.read(s.document))
	s.handle("POST /api/v1/documents", s.addDocuments)
	s.handle("GET /api/v1/export", s.readInBackground(s.export))
	s.handle("POST /api/v1/write", s.write(s.writeQuads))
	s.handle("POST /api/v1/delete", s.write(s.deleteQuads))
	s.operationRoutes()
	s.cayleyV2Routes()
	s.mux.HandleFunc("/api/", s.noEndpoint)
}

// handle registers a route and remembers its pattern.
func (s *Server) handle(pattern string, h http.HandlerFunc) {
	s.patterns = append(s.patterns, pattern)
	s.mux.Handle(pattern, h)
}

// noEndpoint answers the API paths that no route takes: 405 if the path
// exists with another method, 404 otherwise, in JSON (the mux's own answers
// are plain text).
func (s *Server) noEndpoint(w http.ResponseWriter, r *http.Request) {
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		other := r.Clone(r.Context())
		other.Method = m
		if _, pattern := s.mux.Handler(other); m != r.Method && pattern != "/api/" {
			w.Header().Set("Allow", m)
			writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: use %s", r.Method, r.URL.Path, m))
			return
		}
	}
	writeError(w, http.StatusNotFound, fmt.Errorf("no endpoint %s %s; the API is described in the README (HTTP API)", r.Method, r.URL.Path))
}

// ServeHTTP serves the API and the web view to the requests guard lets
// through. A panic in a handler becomes a 500 JSON error instead of a
// dropped connection.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			writeError(w, http.StatusInternalServerError, fmt.Errorf("internal error: %v", v))
		}
	}()
	s.serve(w, r)
}

// handler is an API handler: it returns the value to send as JSON, or an
// error (see status) to send as {"error": …}.
type handler func(ctx context.Context, r *http.Request) (any, error)

// read runs a lookup h under the time limit, in a lookup slot (see
// lookupSlot), with the store shared among readers.
func (s *Server) read(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		release, err := s.lookupSlot(r.Context())
		if err != nil {
			writeError(w, status(err), err)
			return
		}
		defer release()
		s.refresh(r.Context())
		s.mu.RLock()
		defer s.mu.RUnlock()
		s.run(w, r, h)
	}
}

// query runs a Gizmo script h, which waits for a query slot itself, under
// the time limit, with the store shared among readers. The body is read
// first, so that a slow client holds no lock.
func (s *Server) query(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := bufferBody(r); err != nil {
			writeError(w, status(err), err)
			return
		}
		s.refresh(r.Context())
		s.mu.RLock()
		defer s.mu.RUnlock()
		s.run(w, r, h)
	}
}

// write runs h alone, when writes are allowed.
func (s *Server) write(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.cfg.AllowWrites {
			writeError(w, http.StatusForbidden, errors.New("the server is read-only; start it with newskg serve --allow-writes to write"))
			return
		}
		if err := s.checkWrite(r); err != nil {
			writeError(w, status(err), err)
			return
		}
		if err := bufferBody(r); err != nil {
			writeError(w, status(err), err)
			return
		}
		s.writing.Lock()
		defer s.writing.Unlock()
		s.mu.Lock()
		defer s.mu.Unlock()
		s.run(w, r, h)
	}
}

func (s *Server) run(w http.ResponseWriter, r *http.Request, h handler) {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	v, err := h(ctx, r)
	if err != nil {
		if !errors.As(err, new(busyError)) && (errors.Is(err, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded) {
			err = timeoutError{s.cfg.Timeout}
		}
		writeError(w, status(err), err)
		return
	}
	switch v := v.(type) {
	case rawResponse:
		w.Header().Set("Content-Type", v.contentType)
		if v.filename != "" {
			w.Header().Set("Content-Disposition", fmt.Sprintf("inline; filename=%q", v.filename))
		}
		if v.truncated {
			w.Header().Set("X-Newskg-Truncated", "true")
		}
		w.Write(v.body)
	default:
		writeJSON(w, http.StatusOK, v)
	}
}

// rawResponse is a handler's answer that is not JSON (an export).
type rawResponse struct {
	contentType, filename string
	body                  []byte
	truncated             bool
}

// httpError is an error with its status code.
type httpError struct {
	code int
	err  error
}

func (e httpError) Error() string { return e.err.Error() }
func (e httpError) Unwrap() error { return e.err }

func badRequest(format string, args ...any) error {
	return httpError{http.StatusBadRequest, fmt.Errorf(format, args...)}
}

func notFound(format string, args ...any) error {
	return httpError{http.StatusNotFound, fmt.Errorf(format, args...)}
}

type timeoutError struct{ limit time.Duration }

// busyError says that every query slot stayed taken while a script waited.
type busyError struct{ running int }

func (e busyError) Error() string {
	return fmt.Sprintf("the server is busy with %d Gizmo queries; retry later", e.running)
}

func (e timeoutError) Error() string {
	return fmt.Sprintf("stopped after %s, the server's time limit; narrow the query (a start node, a limit)", e.limit)
}

func status(err error) int {
	var he httpError
	switch {
	case errors.As(err, &he):
		return he.code
	case errors.As(err, new(timeoutError)):
		return http.StatusGatewayTimeout
	case errors.As(err, new(busyError)):
		return http.StatusServiceUnavailable
	case errors.Is(err, graph.ErrNoEntity), errors.Is(err, graph.ErrNoDocument):
		return http.StatusNotFound
	case errors.Is(err, graph.ErrBadFilter):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// writeError sends {"error": "..."}, the shape of `cayley http`'s errors.
func writeError(w http.ResponseWriter, code int, err error) {
	if code == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

// bufferBody reads a request's body (up to maxBody) into memory, where
// readBody finds it.
func bufferBody(r *http.Request) error {
	if r.Body == nil || r.Body == http.NoBody {
		return nil
	}
	b, err := readBody(r)
	if err != nil {
		return err
	}
	r.Body = io.NopCloser(bytes.NewReader(b))
	return nil
}

// readBody reads a request body up to maxBody.
func readBody(r *http.Request) ([]byte, error) { return readBodyUpTo(r, maxBody) }

// readBodyUpTo reads a request body up to limit bytes.
func readBodyUpTo(r *http.Request, limit int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r.Body, int64(limit)+1))
	if err != nil {
		return nil, badRequest("reading the request body: %v", err)
	}
	if len(b) > limit {
		return nil, httpError{http.StatusRequestEntityTooLarge, fmt.Errorf("request body larger than %d bytes", limit)}
	}
	return b, nil
}

// Page is one page of a list.
type Page[T any] struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
	Items  []T `json:"items"`
}

// paging reads offset and limit: limit defaults to defaultPage and is capped
// at MaxResults.
func (s *Server) paging(r *http.Request) (offset, limit int, err error) {
	q := r.URL.Query()
	if offset, err = intParam(q.Get("offset"), "offset", 0); err != nil {
		return
	}
	if limit, err = intParam(q.Get("limit"), "limit", defaultPage); err != nil {
		return
	}
	if offset < 0 {
		return 0, 0, badRequest("offset %d is negative", offset)
	}
	if limit <= 0 {
		return 0, 0, badRequest("limit %d: give a positive number (at most %d)", limit, s.cfg.MaxResults)
	}
	if limit > s.cfg.MaxResults {
		limit = s.cfg.MaxResults
	}
	return offset, limit, nil
}

func intParam(v, name string, def int) (int, error) {
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, badRequest("%s=%q is not a number", name, v)
	}
	return n, nil
}

// page cuts one page out of a list.
func page[T any](items []T, offset, limit int) Page[T] {
	p := Page[T]{Total: len(items), Offset: offset, Limit: limit, Items: []T{}}
	if offset < len(items) {
		end := min(offset+limit, len(items))
		p.Items = items[offset:end]
	}
	return p
}
