// Package graphtest builds stores for the tests of the packages above graph
// (the server, the exports): the sample corpus of data/corpus read by the
// extractor users get, in an in-memory store, as `newskg build` writes it.
//
// It is for tests only; nothing in the newskg command imports it.
package graphtest

import (
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/input"
)

var sample struct {
	once  sync.Once
	store *graph.Store
	err   error
}

// CorpusDir is the sample corpus directory, data/corpus.
func CorpusDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "data", "corpus")
}

// SampleStore returns a memstore holding the sample corpus, built once per
// test binary. Tests must only read it.
func SampleStore(t testing.TB) *graph.Store {
	t.Helper()
	sample.once.Do(func() { sample.store, sample.err = build(CorpusDir(), "memstore:") })
	if sample.err != nil {
		t.Fatalf("building the sample store: %v", sample.err)
	}
	return sample.store
}

// BuildSample builds the sample corpus into a new store at addr (a bolt
// directory in t.TempDir(), say) and returns it open for writing; the test
// closes it.
func BuildSample(t testing.TB, addr string) *graph.Store {
	t.Helper()
	s, err := build(CorpusDir(), addr)
	if err != nil {
		t.Fatalf("building the sample store at %s: %v", addr, err)
	}
	return s
}

func build(dir, addr string) (*graph.Store, error) {
	ex, err := extract.Default()
	if err != nil {
		return nil, err
	}
	store, err := graph.Open(addr, graph.Options{})
	if err != nil {
		return nil, err
	}
	w, err := graph.NewWriter(store, graph.WriterOptions{ExtractorVersion: ex.Version()})
	if err != nil {
		return nil, err
	}
	for doc, err := range input.Documents([]string{dir}, nil) {
		if err != nil {
			return nil, err
		}
		x, err := ex.Extract(doc)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(x); err != nil {
			return nil, err
		}
	}
	return store, w.Flush()
}
