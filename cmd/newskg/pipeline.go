package main

import (
	"iter"
	"sync"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/schema"
)

// orderFree is implemented by an extractor whose result for a document does
// not depend on the documents it read before; build then extracts on every
// core. The rule extractor does not implement it: it resolves a lone surname
// through the full names read in earlier documents ("Fogel" after "Marc
// Fogel"), so documents must reach it one at a time and in input order for a
// build to give the same graph every time.
type orderFree interface{ OrderFree() bool }

// processed is one item of the input after extraction: a document ready to
// write, or why it was skipped.
type processed struct {
	seq        int
	doc        schema.Document
	extraction *schema.Extraction
	prepared   *graph.Prepared
	inputErr   error // the input could not be read (an *input.Error)
	extractErr error // the extractor failed on the document
}

// process streams docs through extraction and graph.Writer.Prepare on
// several goroutines and yields the results in input order, so that the
// writes, and so the store, are the same as with one goroutine:
//
//	read (1) -> extract (1, or jobs if order-free) -> prepare (jobs) -> reorder -> caller
//
// At most 4*jobs documents are in flight, whatever the size of the input,
// and reading stays that far ahead of the caller. Breaking out of the loop
// stops the goroutines (a document being extracted is finished first).
func process(docs iter.Seq2[schema.Document, error], ex extract.Extractor, prepare func(*schema.Extraction) *graph.Prepared, jobs int) iter.Seq[processed] {
	return func(yield func(processed) bool) {
		jobs = max(jobs, 1)
		extractors := 1
		if of, ok := ex.(orderFree); ok && of.OrderFree() {
			extractors = jobs
		}
		window := 4 * jobs
		var (
			inFlight  = make(chan struct{}, window) // one token per document between reading and yielding
			stop      = make(chan struct{})
			toExtract = make(chan processed, jobs)
			toPrepare = make(chan processed, jobs)
			done      = make(chan processed, window) // never blocks: it has room for every document in flight
			all       sync.WaitGroup
		)
		send := func(ch chan<- processed, p processed) bool {
			select {
			case ch <- p:
				return true
			case <-stop:
				return false
			}
		}
		stage := func(n int, in <-chan processed, out chan<- processed, work func(*processed)) {
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
		}

		all.Add(1)
		go func() {
			defer all.Done()
			defer close(toExtract)
			seq := 0
			for doc, err := range docs {
				select {
				case inFlight <- struct{}{}:
				case <-stop:
					return
				}
				if !send(toExtract, processed{seq: seq, doc: doc, inputErr: err}) {
					return
				}
				seq++
			}
		}()
		stage(extractors, toExtract, toPrepare, func(p *processed) {
			if p.inputErr == nil {
				p.extraction, p.extractErr = extractOne(ex, p.doc)
			}
		})
		stage(jobs, toPrepare, done, func(p *processed) {
			if p.extraction != nil {
				p.prepared = prepare(p.extraction)
			}
		})

		defer func() {
			close(stop)
			all.Wait()
		}()
		waiting := map[int]processed{}
		next := 0
		for p := range done {
			waiting[p.seq] = p
			for {
				p, ok := waiting[next]
				if !ok {
					break
				}
				delete(waiting, next)
				next++
				<-inFlight
				if !yield(p) {
					return
				}
			}
		}
	}
}
