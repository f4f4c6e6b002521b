package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
)

// serveHeapLimit is the default --memory-limit: the entity index of a
// large store takes a few hundred MB, and a greedy script may take
// graph.MaxQueryMemory (512 MiB) more before it is stopped. Without a
// limit the heap grew to 4.5 GB over a series of greedy scripts and was
// never given back.
const serveHeapLimit = 1 << 30

// serveOptions are the flags of serve.
type serveOptions struct {
	*rootOptions
	addr        string
	timeout     time.Duration
	maxResults  int
	maxNodes    int
	maxQueries  int
	allowWrites bool
	writeToken  string
	gazetteer   string // the user's gazetteer file for --allow-writes, "" for none
	hosts       []string
	maxResponse int
	maxLookups  int
	memoryLimit int64
	corsOrigins []string
	quiet       bool
	verbose     bool
}

func newServeCmd(root *rootOptions) *cobra.Command {
	f := &serveOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the graph over HTTP: a Cayley-compatible Gizmo endpoint, a lookup API, exports and a web view",
		Long: `Serve opens the store read-only and serves, on one address:

  /                          the web view: search, entity card, neighbourhood graph
  POST /api/v1/query/gizmo   Gizmo queries, as "cayley http" answers them
  GET  /api/v1/entities?q=   entities by any name, ignoring case and accents
  GET  /api/v1/entities/ID   an entity with its relations and their sentences
  GET  /api/v1/statements    statements (of an entity, between two, of a document)
  GET  /api/v1/documents[/ID] documents with their sentences and facts
  POST /api/v1/documents     add articles (--allow-writes): as "build -" reads them
  GET  /api/v1/export?format= the exports of "newskg export"
  GET|POST /api/v2/query     Cayley's v2 query endpoint (lang=gizmo, qu= or the body)
  GET  /api/v1/openapi.json  the OpenAPI 3 description of the API
  GET  /healthz              200 while the store answers

Each request is logged on stderr (--quiet: server errors only; --verbose:
with the query, client address and user agent). Pages of other origins may
call the API from a browser only if they are named with --cors-origin.

Every request stops at --timeout and every list at --max-results. The server
answers only to loopback names and IP addresses in the Host header (more with
--allowed-hosts), refuses requests from other sites' pages, and with
--allow-writes takes writes only with the write token. A bolt store stays
locked while the server runs: add articles with --allow-writes and
"newskg build --server URL", or stop the server before "newskg build". On
PostgreSQL and MySQL the server notices, within a second, what another
process wrote, and re-reads its entity index.

Example:
  newskg serve --db newskg.db --addr 127.0.0.1:8080
  curl -s 'http://127.0.0.1:8080/api/v1/entities?q=poutine'
  newskg serve --allow-writes --write-token "$TOKEN" &
  NEWSKG_WRITE_TOKEN=$TOKEN newskg build --server http://127.0.0.1:8080 articles/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if os.Getenv("GOMEMLIMIT") == "" && f.memoryLimit > 0 {
				defer debug.SetMemoryLimit(debug.SetMemoryLimit(f.memoryLimit))
			}
			if f.allowWrites && f.writeToken == "" {
				token, err := server.NewToken()
				if err != nil {
					return err
				}
				f.writeToken = token
				fmt.Fprintf(cmd.ErrOrStderr(), "newskg: write token: %s (send it as Authorization: Bearer TOKEN; set your own with --write-token or NEWSKG_WRITE_TOKEN)\n", f.writeToken)
			}
			store, err := graph.Open(f.db, graph.Options{ReadOnly: !f.allowWrites})
			if err != nil {
				return err
			}
			defer store.Close()
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			srv, err := server.New(ctx, store, server.Config{
				Timeout: f.timeout, MaxResults: f.maxResults, MaxNodes: f.maxNodes, MaxQueries: f.maxQueries, AllowWrites: f.allowWrites,
				WriteToken: f.writeToken, AllowedHosts: f.hosts, MaxResponseBytes: f.maxResponse, MaxLookups: f.maxLookups,
				AllowedOrigins: f.corsOrigins, Log: requestLog(cmd.ErrOrStderr(), f.quiet, f.verbose), Extractor: func() (extract.Extractor, error) { return f.newExtractor(f.gazetteer) }})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", f.addr)
			if err != nil {
				return fmt.Errorf("cannot listen on %s: %v; choose another with --addr", f.addr, err)
			}
			mode := "read-only"
			if f.allowWrites {
				mode = "writes allowed"
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "newskg: serving %s (%s) on http://%s/\n", store.Addr, mode, ln.Addr())
			hs := srv.HTTPServer()
			done := make(chan error, 1)
			go func() { done <- hs.Serve(ln) }()
			select {
			case err := <-done:
				return err
			case <-ctx.Done():
			}
			shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := hs.Shutdown(shutdown); err != nil && !errors.Is(err, context.DeadlineExceeded) {
				return err
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; :8080 for every interface)")
	fl.DurationVarP(&f.timeout, "timeout", "t", server.DefaultTimeout, "stop any request's work after this long")
	fl.IntVar(&f.maxResults, "max-results", server.DefaultMaxResults, "the most results a query or a list page returns")
	fl.IntVar(&f.maxNodes, "max-nodes", server.DefaultMaxNodes, "the most entities a neighbourhood export holds")
	fl.IntVar(&f.maxQueries, "max-queries", server.DefaultMaxQueries, "how many Gizmo queries run at once (the next waits up to half of --timeout, then gets a 503)")
	fl.BoolVar(&f.allowWrites, "allow-writes", false, "open the store for writing and accept, with the write token, articles at POST /api/v1/documents (newskg build --server) and quads at /api/v1/write and /api/v1/delete")
	fl.StringVar(&f.gazetteer, "gazetteer", "", "with --allow-writes: "+gazetteerUsage)
	fl.StringVar(&f.writeToken, "write-token", os.Getenv("NEWSKG_WRITE_TOKEN"), "the token writes must carry as Authorization: Bearer (default $NEWSKG_WRITE_TOKEN, else a random one printed at start)")
	fl.StringSliceVar(&f.hosts, "allowed-hosts", nil, `host names the server answers to besides localhost and IP addresses (comma-separated; "*" for any, e.g. behind a proxy)`)
	fl.IntVar(&f.maxLookups, "max-lookups", 0, "how many lookups run at once (0: 4 per CPU, at least 8); the next waits 250 ms, then gets a 503")
	fl.IntVar(&f.maxResponse, "max-response", server.DefaultMaxResponseBytes, "the largest answer, in bytes, to a Gizmo query or an export")
	fl.StringSliceVar(&f.corsOrigins, "cors-origin", nil, "let web pages of this origin (https://app.example) call the API from a browser (CORS); repeat for more")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "log only the requests that fail with a server error")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "log each request with its query, client address and user agent")
	fl.Int64Var(&f.memoryLimit, "memory-limit", serveHeapLimit, "the Go heap size, in bytes, past which the server collects garbage hard and returns memory to the system (GOMEMLIMIT overrides it)")
	return cmd
}

// requestLog is the server's request log on w: every request, server
// errors only (quiet), or with details (verbose).
func requestLog(w io.Writer, quiet, verbose bool) *slog.Logger {
	level := slog.LevelInfo
	switch {
	case quiet:
		level = slog.LevelError
	case verbose:
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
