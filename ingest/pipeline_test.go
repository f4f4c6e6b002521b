package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

// numbered yields n documents "d0000"… and an input error for every tenth,
// and counts how many it has handed out.
func numbered(n int, read *int, mu *sync.Mutex) iter.Seq2[schema.Document, error] {
	return func(yield func(schema.Document, error) bool) {
		for i := range n {
			mu.Lock()
			*read++
			mu.Unlock()
			var err error
			if i%10 == 9 {
				err = fmt.Errorf("input %d is unreadable", i)
			}
			text := fmt.Sprintf("Trump a rencontré Poutine %d.", i)
			if !yield(schema.Document{ID: fmt.Sprintf("d%04d", i), Source: fmt.Sprintf("d%04d.txt", i), Text: text}, err) {
				return
			}
		}
	}
}

// jittery extracts after a random pause, an extraction with the document
// only, and records the order in which documents reach it. It is not
// extract.Staged.
type jittery struct {
	mu    sync.Mutex
	order []string
}

func (j *jittery) Version() string { return "jittery-1" }

func (j *jittery) Extract(d schema.Document) (*schema.Extraction, error) {
	j.mu.Lock()
	j.order = append(j.order, d.ID)
	j.mu.Unlock()
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	if d.ID == "d0042" {
		return nil, errors.New("no sentence found")
	}
	return &schema.Extraction{Document: d}, nil
}

func prepareFor(t *testing.T) func(*schema.Extraction) *graph.Prepared {
	s, err := graph.Open("memstore:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w, err := graph.NewWriter(s, graph.WriterOptions{ExtractorVersion: "fake-1"})
	if err != nil {
		t.Fatal(err)
	}
	return w.Prepare
}

func TestProcessYieldsInInputOrderWithBoundedReadAhead(t *testing.T) {
	const jobs, n = 4, 300
	var mu sync.Mutex
	read := 0
	ex := &jittery{}
	next := 0
	for p := range process(numbered(n, &read, &mu), ex, prepareFor(t), jobs) {
		if want := fmt.Sprintf("d%04d", next); p.doc.ID != want && p.inputErr == nil {
			t.Fatalf("item %d is %s, want %s", next, p.doc.ID, want)
		}
		switch {
		case next%10 == 9:
			if p.inputErr == nil {
				t.Errorf("item %d: the input error was lost", next)
			}
		case next == 42:
			if p.extractErr == nil || p.prepared != nil {
				t.Errorf("item 42: extraction error lost: %+v", p)
			}
		case p.prepared == nil || p.prepared.Extraction().Document.ID != p.doc.ID:
			t.Errorf("item %d: not prepared: %+v", next, p)
		}
		mu.Lock()
		ahead := read - next
		mu.Unlock()
		// the window, and the one document read but not yet given its token
		if ahead > windowSize(jobs)+1 {
			t.Fatalf("read %d documents ahead of the writer, want at most %d", ahead, windowSize(jobs)+1)
		}
		next++
	}
	if next != n {
		t.Fatalf("yielded %d items, want %d", next, n)
	}
	// An extractor that is not extract.Staged may keep state across
	// documents: it sees them one at a time, in input order.
	for i, id := range ex.order {
		if want := skipInputErrors(i); id != want {
			t.Fatalf("the extractor read %s in place %d, want %s", id, i, want)
		}
	}
}

// The real extractor parses on several goroutines and finishes in input
// order: its extractions are those of Extract called document by document,
// including the names it resolves across documents ("Fogel" after "Marc
// Fogel" in an earlier one).
func TestProcessStagedExtractorEqualsSequential(t *testing.T) {
	var samples []string
	for d, err := range input.Documents([]string{"../data/corpus"}, nil) {
		if err != nil {
			t.Fatal(err)
		}
		samples = append(samples, d.Text)
	}
	var docs []schema.Document
	for i := range 30 {
		text := samples[i%len(samples)]
		switch i {
		case 7:
			text = "Marc Fogel, un enseignant américain, a été libéré par la Russie. " + text
		case 8, 20:
			text = "Fogel a remercié Donald Trump. " + text
		}
		docs = append(docs, schema.Document{ID: fmt.Sprintf("doc%02d", i), Lang: "fr", Source: fmt.Sprintf("doc%02d.txt", i), Text: text})
	}
	sequential, err := extract.NewRules()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, d := range docs {
		x, err := sequential.Extract(d)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, mustJSON(t, x))
	}
	staged, err := extract.NewRules()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	seq := func(yield func(schema.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	for p := range process(seq, staged, prepareFor(t), 4) {
		if p.extractErr != nil {
			t.Fatal(p.extractErr)
		}
		got = append(got, mustJSON(t, p.extraction))
	}
	if len(got) != len(want) {
		t.Fatalf("%d extractions, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("document %d differs from a sequential extraction:\n got %.300s\nwant %.300s", i, got[i], want[i])
		}
	}
	if !strings.Contains(want[20], "Marc_Fogel") {
		t.Errorf("document 20 does not resolve Fogel through document 7; the test does not exercise the registry")
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// skipInputErrors is the i-th document id that numbered yields without an error.
func skipInputErrors(i int) string {
	return fmt.Sprintf("d%04d", i+i/9)
}

func TestBreakingOutOfProcessStopsItsGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	var mu sync.Mutex
	read := 0
	for p := range process(numbered(10000, &read, &mu), &jittery{}, prepareFor(t), 4) {
		if p.doc.ID == "d0020" {
			break
		}
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines left running after the loop stopped", g-before)
	}
	if read > 100 {
		t.Errorf("read %d documents for a loop that stopped at 21", read)
	}
}
