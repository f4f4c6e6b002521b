package main

import (
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/newskg/newskg/graph"
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

// jittery extracts like fakeExtractor after a random pause, and records the
// order in which documents reach it.
type jittery struct {
	fakeExtractor
	orderFree bool
	mu        sync.Mutex
	order     []string
}

func (j *jittery) OrderFree() bool { return j.orderFree }

func (j *jittery) Extract(d schema.Document) (*schema.Extraction, error) {
	j.mu.Lock()
	j.order = append(j.order, d.ID)
	j.mu.Unlock()
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	if d.ID == "d0042" {
		return nil, errors.New("no sentence found")
	}
	return j.fakeExtractor.Extract(d)
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
	for _, orderFree := range []bool{true, false} {
		t.Run(fmt.Sprintf("orderFree=%v", orderFree), func(t *testing.T) {
			const jobs, n = 4, 300
			var mu sync.Mutex
			read := 0
			ex := &jittery{orderFree: orderFree}
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
				if ahead > 4*jobs+1 {
					t.Fatalf("read %d documents ahead of the writer, want at most %d", ahead, 4*jobs+1)
				}
				next++
			}
			if next != n {
				t.Fatalf("yielded %d items, want %d", next, n)
			}
			if !orderFree {
				for i, id := range ex.order {
					if want := skipInputErrors(i); id != want {
						t.Fatalf("an order-dependent extractor read %s in place %d, want %s", id, i, want)
					}
				}
			}
		})
	}
}

// skipInputErrors is the i-th document id that numbered yields without an error.
func skipInputErrors(i int) string {
	return fmt.Sprintf("d%04d", i+i/9)
}

func TestBreakingOutOfProcessStopsItsGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	var mu sync.Mutex
	read := 0
	for p := range process(numbered(10000, &read, &mu), &jittery{orderFree: true}, prepareFor(t), 4) {
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
