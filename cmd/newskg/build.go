package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest"
	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

// buildOptions are the flags of build.
type buildOptions struct {
	*rootOptions
	quiet   bool
	batch   int
	jobs    int
	sources string // a TSV file describing outlets (input.ReadSources)
	// gazetteer is the user's gazetteer file, "" for the shipped one only
	gazetteer string
	// server, when set, is the URL of a newskg serve --allow-writes that
	// the documents are sent to, with writeToken, instead of --db.
	server     string
	writeToken string
}

func newBuildCmd(root *rootOptions) *cobra.Command {
	o := &buildOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "build [PATH…]",
		Short: "Extract statements from articles and write them to the store",
		Long: `Build reads articles (text files, directories, JSON Lines, "-" for stdin;
default data/corpus), extracts what they state and writes it to the store
(--db). Documents whose text and extractor have not changed are skipped;
changed ones have their old statements replaced. After a change to the
--gazetteer file, only the documents that contain a name it changes (or
whose entities it changes) are read again.

Documents stream through a bounded pipeline: --jobs goroutines parse them,
the rest of extraction sees them one at a time in input order (its name
registry spans documents), --jobs goroutines turn extractions into quads,
and one goroutine writes them in input order in batches (--batch). Memory
does not grow with the number of documents, and the graph is the one a
single goroutine would write.

Inputs that cannot be read are reported and skipped; the exit status is then 2.
Interrupting (Ctrl-C) stops after the current document with the store
consistent; run build again to finish.

With --server URL, build reads the articles as above and sends them to a
running "newskg serve --allow-writes" (with its write token: --write-token
or NEWSKG_WRITE_TOKEN), which writes them to its store through the same
pipeline: a bolt store need not be stopped to add articles. They go in
requests of up to 64 documents; --db, --batch and --jobs are the server's.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"data/corpus"}
			}
			return o.run(cmd.Context(), args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().BoolVarP(&o.quiet, "quiet", "q", false, "print no progress")
	cmd.Flags().StringVar(&o.sources, "sources", "", "a file describing outlets, one a line: host, name, country, tier, separated by tabs")
	cmd.Flags().StringVar(&o.gazetteer, "gazetteer", "", gazetteerUsage)
	cmd.Flags().IntVar(&o.batch, "batch", graph.DefaultBatchSize, "queued quads (whole documents) per write; removals and additions each get one transaction")
	cmd.Flags().IntVarP(&o.jobs, "jobs", "j", runtime.GOMAXPROCS(0), "goroutines that parse documents and turn extractions into quads (the rest stays in input order)")
	cmd.Flags().StringVar(&o.server, "server", "", "send the documents to the newskg serve --allow-writes at this URL (http://127.0.0.1:8080) instead of writing --db")
	cmd.Flags().StringVar(&o.writeToken, "write-token", os.Getenv("NEWSKG_WRITE_TOKEN"), "with --server: the server's write token (default $NEWSKG_WRITE_TOKEN)")
	return cmd
}

func (o *buildOptions) run(ctx context.Context, paths []string, stdin io.Reader, stdout, stderr io.Writer) error {
	start := time.Now()
	docs, err := o.documents(paths, stdin)
	if err != nil {
		return err
	}
	if o.server != "" {
		if o.gazetteer != "" {
			return errors.New("with --server the server reads the articles: give --gazetteer to newskg serve")
		}
		return o.send(ctx, start, paths, docs, stdout, stderr)
	}
	defer ingest.LimitHeap()()
	ex, err := o.newExtractor(o.gazetteer)
	if err != nil {
		return fmt.Errorf("cannot load the extractor: %w", err)
	}
	store, err := graph.Open(o.db, graph.Options{})
	if err != nil {
		return err
	}
	defer store.Close()
	w, err := graph.NewWriter(store, graph.WriterOptions{ExtractorVersion: ex.Version(), BatchSize: o.batch})
	if err != nil {
		return err
	}

	ctx, stop := interruptible(ctx)
	defer stop()
	prog := o.newProgress(stderr, paths)
	c, err := ingest.Run(ctx, docs, ex, ingest.IntoStoreGuarded(ctx, w, store.QuadStore), ingest.Options{
		Jobs:     o.jobs,
		Skip:     func(err error) { prog.printf("newskg: %v\n", err) },
		Progress: func(c ingest.Counts, source string) { prog.update(w.Stats(), c.Skipped, source) },
	})
	interrupted := ctx.Err() != nil
	if err != nil && err != ctx.Err() {
		return err
	}
	prog.done()

	counts, err := graph.Count(context.Background(), store)
	if err != nil {
		return err
	}
	return report(stdout, w.Stats(), c.Skipped, store.Addr.String(), &counts, start, interrupted)
}

// documents reads the inputs, with the outlets of --sources.
func (o *buildOptions) documents(paths []string, stdin io.Reader) (iter.Seq2[schema.Document, error], error) {
	docs := input.Documents(paths, stdin)
	if o.sources != "" {
		src, err := input.ReadSources(o.sources)
		if err != nil {
			return nil, err
		}
		docs = src.Describe(docs)
	}
	return docs, nil
}

// interruptible is ctx, done at the first Ctrl-C; a second one kills (the
// next run repairs what was cut).
func interruptible(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	context.AfterFunc(ctx, stop)
	return ctx, stop
}

func (o *buildOptions) newProgress(stderr io.Writer, paths []string) *progress {
	prog := newProgress(stderr, o.quiet)
	if prog.tty && !prog.quiet {
		prog.total, prog.known = input.Count(paths)
	}
	return prog
}

// report prints build's summary (the store's counts when they are known)
// and returns the build's outcome.
func report(stdout io.Writer, st graph.WriteStats, skipped int, store string, counts *graph.Counts, start time.Time, interrupted bool) error {
	fmt.Fprintf(stdout, "documents: %d new, %d changed, %d unchanged, %d skipped\n", st.New, st.Changed, st.Unchanged, skipped)
	if counts != nil {
		fmt.Fprintf(stdout, "store %s: %d documents, %d sentences, %d entities, %d statements, %d quads\n",
			store, counts.Documents, counts.Sentences, counts.Entities, counts.Statements, counts.Quads)
	}
	fmt.Fprintf(stdout, "written: %d quads added, %d removed in %d transactions; %s\n",
		st.QuadsAdded, st.QuadsRemoved, st.Transactions, time.Since(start).Round(time.Millisecond))
	if interrupted {
		return errors.New("interrupted; the store is consistent, run build again to finish")
	}
	if skipped > 0 {
		return partialError{fmt.Sprintf("%d input(s) skipped", skipped)}
	}
	return nil
}

// Requests of build --server: at most serverBatchDocs documents and
// serverBatchBytes of JSON each, so that one request stays well within the
// server's time limit (extraction runs at some tens of documents a second
// per core).
const (
	serverBatchDocs  = 64
	serverBatchBytes = 4 << 20
)

// send sends the documents to the server of --server, in requests of
// server.DocumentsType, and prints build's summary of what the server did.
// The last request asks for the store's counts.
func (o *buildOptions) send(ctx context.Context, start time.Time, paths []string, docs iter.Seq2[schema.Document, error], stdout, stderr io.Writer) error {
	if o.writeToken == "" {
		return errors.New("build --server needs the server's write token: give --write-token or set NEWSKG_WRITE_TOKEN (newskg serve --allow-writes prints it at start)")
	}
	base, err := url.Parse(strings.TrimSuffix(o.server, "/"))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return fmt.Errorf("--server %q: give the server's URL, http://host:port", o.server)
	}
	endpoint := base.String() + "/api/v1/documents"
	ctx, stop := interruptible(ctx)
	defer stop()
	prog := o.newProgress(stderr, paths)
	var (
		st      graph.WriteStats
		skipped int
		store   *server.Counts
		batch   bytes.Buffer
		n       int
	)
	post := func(last bool) error {
		a, err := postDocuments(ctx, endpoint, o.writeToken, batch.Bytes(), last)
		batch.Reset()
		n = 0
		if a != nil {
			st.New, st.Changed, st.Unchanged = st.New+a.New, st.Changed+a.Changed, st.Unchanged+a.Unchanged
			st.QuadsAdded, st.QuadsRemoved, st.Transactions = st.QuadsAdded+a.QuadsAdded, st.QuadsRemoved+a.QuadsRemoved, st.Transactions+a.Transactions
			for _, sk := range a.Skipped {
				skipped++
				prog.printf("newskg: %s\n", sk)
			}
			store = a.Store
		}
		prog.update(st, skipped, "")
		return err
	}
	for d, err := range docs {
		if err != nil {
			skipped++
			prog.printf("newskg: %v\n", err)
			continue
		}
		line, err := json.Marshal(d)
		if err != nil {
			return err
		}
		if n > 0 && (n == serverBatchDocs || batch.Len()+len(line) > serverBatchBytes) {
			if err := post(false); err != nil {
				return err
			}
		}
		batch.Write(line)
		batch.WriteByte('\n')
		n++
		if ctx.Err() != nil {
			break
		}
	}
	interrupted := ctx.Err() != nil
	if n > 0 && !interrupted {
		if err := post(true); err != nil {
			return err
		}
	}
	prog.done()
	if store == nil {
		return report(stdout, st, skipped, "", nil, start, interrupted)
	}
	return report(stdout, st, skipped, store.Address, &graph.Counts{Documents: store.Documents, Sentences: store.Sentences,
		Entities: store.Entities, Statements: store.Statements, Quads: store.Quads}, start, interrupted)
}

// postDocuments sends one request of documents and returns what the server
// did with them. A request in which every document was skipped is not an
// error: its inputs are reported as build reports its own.
func postDocuments(ctx context.Context, endpoint, token string, body []byte, count bool) (*server.Added, error) {
	u := endpoint
	if count {
		u += "?count=true"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", server.DocumentsType)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("sending documents to %s: %v", endpoint, err)
	}
	defer resp.Body.Close()
	var a server.Added
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return nil, fmt.Errorf("%s answered %s, not newskg's JSON: is it newskg serve?", endpoint, resp.Status)
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		return &a, nil
	case resp.StatusCode == http.StatusBadRequest && len(a.Skipped) > 0:
		return &a, nil
	case resp.StatusCode == http.StatusGatewayTimeout:
		return &a, fmt.Errorf("%s: %s", endpoint, a.Error)
	}
	return nil, fmt.Errorf("%s: %s (%s)", endpoint, a.Error, resp.Status)
}

// progress shows how a build is going: a bar redrawn in place when stderr
// is a terminal (a counter when the number of inputs is unknown, as with
// stdin), a plain line every ten seconds otherwise, nothing with --quiet.
// Messages about skipped inputs are always printed.
type progress struct {
	w           io.Writer
	quiet, tty  bool
	total       int  // items expected (documents and skipped inputs)
	known       bool // whether total is known
	start, last time.Time
	drawn       bool
	interval    time.Duration
}

func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, quiet: quiet, start: time.Now(), interval: 10 * time.Second}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty, p.interval = true, 100*time.Millisecond
	}
	p.last = p.start
	return p
}

func (p *progress) printf(format string, args ...any) {
	p.clear()
	fmt.Fprintf(p.w, format, args...)
}

func (p *progress) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

func (p *progress) update(st graph.WriteStats, skipped int, current string) {
	if p.quiet || time.Since(p.last) < p.interval {
		return
	}
	p.last = time.Now()
	docs := st.New + st.Changed + st.Unchanged
	elapsed := time.Since(p.start)
	rate := float64(docs+skipped) / elapsed.Seconds()
	if !p.tty {
		fmt.Fprintf(p.w, "newskg: building: %d documents (%d new, %d changed, %d unchanged), %d skipped, %.1f/s\n",
			docs, st.New, st.Changed, st.Unchanged, skipped, rate)
		return
	}
	line := fmt.Sprintf("%d documents", docs)
	if p.known && p.total > 0 {
		done := min(docs+skipped, p.total)
		const width = 24
		filled := width * done / p.total
		line = fmt.Sprintf("[%s%s] %d/%d", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, p.total)
		if rate > 0 && done < p.total {
			eta := time.Duration(float64(p.total-done) / rate * float64(time.Second))
			line += fmt.Sprintf(" · ETA %s", eta.Round(time.Second))
		}
	}
	line += fmt.Sprintf(" · %.1f docs/s", rate)
	if skipped > 0 {
		line += fmt.Sprintf(" · %d skipped", skipped)
	}
	if r := []rune(current); len(r) > 30 {
		current = "…" + string(r[len(r)-29:])
	}
	if current != "" {
		line += " · " + current
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.drawn = true
}

func (p *progress) done() { p.clear() }
