// Package ingesttest builds stores for the tests of the packages above graph
// (the server, the exports) and of graph itself: the sample corpus of
// data/corpus read by the extractor users get, as `newskg build` writes it.
// It lives outside graph/ so that graph's packages do not depend on the
// extractor; only their tests do.
//
// It is for tests only; nothing in the newskg command imports it.
package ingesttest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
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

// BuildLines builds articles written for a test, one JSON line each (as
// `newskg build` reads a .jsonl file), into a new memstore; the test's
// cleanup closes it.
func BuildLines(t testing.TB, lines ...string) *graph.Store {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "articles.jsonl"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := build(dir, "memstore:")
	if err != nil {
		t.Fatalf("building %d articles: %v", len(lines), err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// build writes the documents of dir into a new store at addr with a fresh
// extractor (its name registry empty, as in a new newskg process); an input
// that cannot be read or extracted fails the build.
func build(dir, addr string) (*graph.Store, error) {
	ex, err := extract.NewRules()
	if err != nil {
		return nil, err
	}
	store, err := graph.Open(addr, graph.Options{})
	if err != nil {
		return nil, err
	}
	w, err := graph.NewWriter(store, graph.WriterOptions{ExtractorVersion: ex.Version()})
	if err != nil {
		store.Close()
		return nil, err
	}
	if _, err := ingest.Run(context.Background(), input.Documents([]string{dir}, nil), ex, ingest.IntoStore(w), ingest.Options{}); err != nil {
		store.Close()
		return nil, err
	}
	return store, nil
}
