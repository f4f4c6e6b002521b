package ingest

import (
	"iter"
	"sync"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/schema"
)

// processed is one item of the input on its way through the pipeline: a
// document, then its parse, its extraction and what the sink prepared from
// it; or why it was skipped.
type processed[P any] struct {
	seq        int
	doc        schema.Document
	parsed     *extract.Parsed
	extraction *schema.Extraction
	prepared   P
	inputErr   error // the input could not be read (an *input.Error)
	extractErr error // the extractor failed on the document
}

// err is why the item was skipped, or nil.
func (p *processed[P]) err() error {
	if p.inputErr != nil {
		return p.inputErr
	}
	if p.extractErr != nil {
		return &ExtractError{Source: p.doc.Source, Err: p.extractErr}
	}
	return nil
}

// windowSize is how many documents may be in flight between reading and the
// caller, with jobs goroutines per parallel stage.
func windowSize(jobs int) int { return 32 * max(jobs, 1) }

// process streams docs through extraction and prepare on several
// goroutines and yields the results in input order:
//
//	read (1) -> parse (jobs) -> reorder -> finish (1) -> quads (jobs) -> reorder -> caller
//
// The extractor's ordered stage (extract.Staged's Finish, which keeps the
// cross-document name registry) sees the documents one at a time in input
// order, and the caller writes them in that order, so the store is the one
// a single goroutine would build. An extractor that is not Staged runs
// whole on one goroutine, in order.
//
// At most 32*jobs documents are in flight, whatever the size of the input:
// enough that parsing goes on while the writer spends a fraction of a second
// on a batch (with 4*jobs, a build of 2,000 documents on two cores took a
// fifth longer).
// Breaking out of the loop stops the goroutines (a document being worked on
// is finished first).
func process[P any](docs iter.Seq2[schema.Document, error], ex extract.Extractor, prepare func(*schema.Extraction) P, jobs int) iter.Seq[processed[P]] {
	return func(yield func(processed[P]) bool) {
		jobs = max(jobs, 1)
		window := windowSize(jobs)
		var (
			inFlight = make(chan struct{}, window) // a token per document between reading and yielding
			stop     = make(chan struct{})
			all      sync.WaitGroup
		)
		send := func(ch chan<- processed[P], p processed[P]) bool {
			select {
			case ch <- p:
				return true
			case <-stop:
				return false
			}
		}
		// stage runs work on n goroutines over in; its output is in no
		// particular order.
		stage := func(n int, in <-chan processed[P], work func(*processed[P])) <-chan processed[P] {
			out := make(chan processed[P], window)
			var wg sync.WaitGroup
			for range n {
				wg.Add(1)
				all.Add(1)
				go func() {
					defer all.Done()
					defer wg.Done()
					for p := range in {
						work(&p)
						if !send(out, p) {
							return
						}
					}
				}()
			}
			all.Add(1)
			go func() {
				defer all.Done()
				wg.Wait()
				close(out)
			}()
			return out
		}
		// inOrder passes on the items of in by sequence number.
		inOrder := func(in <-chan processed[P]) <-chan processed[P] {
			out := make(chan processed[P], jobs)
			all.Add(1)
			go func() {
				defer all.Done()
				defer close(out)
				reorder(in, func(p processed[P]) bool { return send(out, p) })
			}()
			return out
		}

		read := make(chan processed[P], jobs)
		all.Add(1)
		go func() {
			defer all.Done()
			defer close(read)
			seq := 0
			for doc, err := range docs {
				select {
				case inFlight <- struct{}{}:
				case <-stop:
					return
				}
				if !send(read, processed[P]{seq: seq, doc: doc, inputErr: err}) {
					return
				}
				seq++
			}
		}()

		var extracted <-chan processed[P]
		if st, ok := ex.(extract.Staged); ok {
			parsed := stage(jobs, read, func(p *processed[P]) {
				if p.inputErr == nil {
					p.parsed, p.extractErr = parseOne(st, p.doc)
				}
			})
			extracted = stage(1, inOrder(parsed), func(p *processed[P]) {
				if p.parsed != nil {
					p.extraction, p.extractErr = finishOne(st, p.parsed)
					p.parsed = nil
				}
			})
		} else {
			extracted = stage(1, read, func(p *processed[P]) {
				if p.inputErr == nil {
					p.extraction, p.extractErr = extractOne(ex, p.doc)
				}
			})
		}
		done := stage(jobs, extracted, func(p *processed[P]) {
			if p.extraction != nil {
				p.prepared = prepare(p.extraction)
			}
		})

		defer func() {
			close(stop)
			all.Wait()
		}()
		reorder(done, func(p processed[P]) bool {
			<-inFlight
			return yield(p)
		})
	}
}

// reorder calls fn with the items of in by sequence number, from 0, until
// in is closed or fn returns false. It holds the items that come early; the
// pipeline's window bounds how many.
func reorder[P any](in <-chan processed[P], fn func(processed[P]) bool) {
	waiting := map[int]processed[P]{}
	next := 0
	for p := range in {
		waiting[p.seq] = p
		for {
			p, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			if !fn(p) {
				return
			}
		}
	}
}
