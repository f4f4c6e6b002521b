package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
	"github.com/newskg/newskg/input"
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
consistent; run build again to finish.`,
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
	return cmd
}

func (o *buildOptions) run(ctx context.Context, paths []string, stdin io.Reader, stdout, stderr io.Writer) error {
	start := time.Now()
	defer ingest.LimitHeap()()
	docs := input.Documents(paths, stdin)
	if o.sources != "" {
		src, err := input.ReadSources(o.sources)
		if err != nil {
			return err
		}
		docs = src.Describe(docs)
	}
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

	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	context.AfterFunc(ctx, stop) // a second Ctrl-C kills; the next run repairs what was cut
	prog := newProgress(stderr, o.quiet)
	if prog.tty && !prog.quiet {
		prog.total, prog.known = input.Count(paths)
	}
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
	st := w.Stats()
	fmt.Fprintf(stdout, "documents: %d new, %d changed, %d unchanged, %d skipped\n", st.New, st.Changed, st.Unchanged, c.Skipped)
	fmt.Fprintf(stdout, "store %s: %d documents, %d sentences, %d entities, %d statements, %d quads\n",
		store.Addr, counts.Documents, counts.Sentences, counts.Entities, counts.Statements, counts.Quads)
	fmt.Fprintf(stdout, "written: %d quads added, %d removed in %d transactions; %s\n",
		st.QuadsAdded, st.QuadsRemoved, st.Transactions, time.Since(start).Round(time.Millisecond))
	if interrupted {
		return errors.New("interrupted; the store is consistent, run build again to finish")
	}
	if c.Skipped > 0 {
		return partialError{fmt.Sprintf("%d input(s) skipped", c.Skipped)}
	}
	return nil
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
