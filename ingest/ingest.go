// Package ingest runs documents through extraction into a sink: the one
// loop behind newskg build (a store), newskg extract (N-Quads or JSON Lines
// on a stream), the benchmark and the tests' sample store.
//
//	read (1) → parse (jobs) → finish (1, in order) → quads (jobs) → write (1, in order)
//
// read is the caller's sequence of documents (package input reads files and
// streams); parse is the stateless stage of the extractor (extract.Staged's
// Prepare, which runs the language core of package nlp) on several
// goroutines; finish its ordered stage (the rules, and the name registry
// that spans documents); quads the sink's Prepare (for a store,
// graph.Writer's: content hash and the quads of package schema) on several
// goroutines again; write the sink's Write (graph.Writer, in batches), in
// input order. The store is the one a single goroutine would write, and
// memory does not grow with the number of documents.
//
// Run is called with a context and a sink, not from a command: the CLI and
// later the HTTP server share it. It prints nothing: skipped inputs and
// progress reach the caller through Options. It leaves out where documents
// come from (input), what extraction finds (extract) and how a store is
// kept (graph).
package ingest

import (
	"context"
	"errors"
	"iter"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

// A Sink takes the extractions of a run in input order. P is what its
// Prepare computes from one extraction alone (a store's quads, say).
type Sink[P any] interface {
	// Prepare runs on several goroutines at once, on documents in no
	// particular order.
	Prepare(x *schema.Extraction) P
	// Write takes the prepared documents one at a time, in input order.
	Write(p P) error
	// Flush writes what Write queued. Run calls it once, when the
	// documents end or the context is done.
	Flush() error
}

// Options configures a run.
type Options struct {
	// Jobs is the number of goroutines that parse documents, and the
	// number that prepare them for the sink (runtime.GOMAXPROCS(0) when 0).
	Jobs int
	// Skip is told, in input order, of each input that could not be read
	// (an *input.Error) or extracted (an *ExtractError); the run goes on
	// without it. When Skip is nil, the first such input ends the run with
	// its error.
	Skip func(err error)
	// Progress, when set, is called after each input, written or skipped,
	// with the counts so far and the input's source.
	Progress func(c Counts, source string)
}

// Counts counts the inputs of a run.
type Counts struct {
	Documents int // written to the sink
	Skipped   int // passed to Options.Skip
}

// ExtractError is an extractor's failure on one document, a panic
// included: one odd article does not stop a long build.
type ExtractError struct {
	Source string // the document's source
	Err    error
}

func (e *ExtractError) Error() string { return e.Source + ": extraction failed: " + e.Err.Error() }

func (e *ExtractError) Unwrap() error { return e.Err }

// Run extracts docs with ex and writes them to sink, in input order, then
// flushes the sink. When ctx is done it stops after the document being
// written, flushes what was written, and returns ctx's error with the
// counts: the sink holds whole documents only. An error of the sink (or of
// an input, when Options.Skip is nil) ends the run without a flush.
func Run[P any](ctx context.Context, docs iter.Seq2[schema.Document, error], ex extract.Extractor, sink Sink[P], o Options) (Counts, error) {
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var c Counts
	for p := range process(docs, ex, sink.Prepare, jobs) {
		if err := p.err(); err != nil {
			if o.Skip == nil {
				return c, err
			}
			c.Skipped++
			o.Skip(err)
		} else {
			switch err := sink.Write(p.prepared); {
			case err == nil:
				c.Documents++
			case isInputError(err) && o.Skip != nil:
				// the sink refused the document as an input (a duplicate id)
				c.Skipped++
				o.Skip(err)
			default:
				return c, err
			}
		}
		if o.Progress != nil {
			o.Progress(c, p.doc.Source)
		}
		if ctx.Err() != nil {
			break
		}
	}
	if err := sink.Flush(); err != nil {
		return c, err
	}
	return c, ctx.Err()
}

func isInputError(err error) bool {
	var ie *input.Error
	return errors.As(err, &ie)
}

// HeapLimit is the Go heap size at which a build collects garbage hard.
// Cayley's bolt backend holds about 300 MB of Bloom filters during a build
// and the models 85 MB, so about 420 MB is live; by default the heap would
// grow to twice that before a collection. At 768 MiB the build collects a
// little earlier than that; at 512 MiB it collected so often that it ran a
// quarter slower (2,000 documents: 34 s against 26 s, peak anonymous memory
// 496 MB against 735 MB).
const HeapLimit = 768 << 20

// LimitHeap sets the runtime's soft memory limit to HeapLimit, unless
// GOMEMLIMIT sets one, and returns the function that restores the previous
// limit. It is for a process whose work is one large build (newskg build,
// the benchmark); a server that ingests now and then keeps its own limit.
func LimitHeap() (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(HeapLimit)
	return func() { debug.SetMemoryLimit(old) }
}
