package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
)

// serveStore serves the bolt store at addr as newskg serve does (writes
// allowed or not, with the write token "jeton"), with the tests' extractor.
// stop stops the server and closes the store.
func serveStore(t *testing.T, addr string, allowWrites bool) (url string, stop func()) {
	t.Helper()
	store, err := graph.Open(addr, graph.Options{ReadOnly: !allowWrites})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(context.Background(), store, server.Config{AllowWrites: allowWrites, WriteToken: "jeton",
		Extractor: func() (extract.Extractor, error) { return fakeExtractor{}, nil }})
	if err != nil {
		store.Close()
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	var once sync.Once
	stop = func() { once.Do(func() { ts.Close(); store.Close() }) }
	t.Cleanup(stop)
	return ts.URL, stop
}

// build --server sends the articles to a server that holds a bolt store:
// the bad input is reported as build reports it, the summary is build's,
// a query of the server finds the facts, and the store is the one a local
// build writes.
func TestBuildSendsArticlesToAServer(t *testing.T) {
	dir := corpus(t)
	served := filepath.Join(dir, "served.db")
	url, stop := serveStore(t, served, true)
	out, errs, code := run(t, dir, "", "build", "--server", url, "--write-token", "jeton", "corpus")
	if code != 2 || !strings.Contains(errs, "newskg: corpus/vide.md: empty file\n") {
		t.Errorf("build --server with an empty file: status %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{
		"documents: 2 new, 0 changed, 0 unchanged, 1 skipped\n",
		"store " + served + ": 2 documents, 3 sentences, 3 entities, 2 statements, 86 quads\n",
		"written: 86 quads added, 0 removed in 1 transactions;",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("build --server summary lacks %q:\n%s", want, out)
		}
	}
	res, err := http.Post(url+"/api/v1/query/gizmo", "text/plain", strings.NewReader(`g.V("<Steve_Witkoff>").Both("<met>").All()`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), `"<Vladimir_Putin>"`) || strings.Contains(string(body), `"<Donald_Trump>"`) {
		t.Errorf("whom Witkoff met, after build --server: %s (want Putin; Witkoff was only present when Trump met Putin)", body)
	}
	out, errs, code = run(t, dir, "", "build", "--server", url, "--write-token", "jeton", "corpus/a.txt", "corpus/b.txt")
	if code != 0 || !strings.Contains(out, "documents: 0 new, 0 changed, 2 unchanged, 0 skipped") {
		t.Errorf("build --server again: status %d\n%s%s", code, out, errs)
	}

	local := filepath.Join(dir, "local.db")
	if _, errs, code := run(t, dir, "", "--db", local, "build", "corpus/a.txt", "corpus/b.txt"); code != 0 {
		t.Fatalf("local build: %s", errs)
	}
	stop()
	if got, want := sortedDump(t, served), sortedDump(t, local); got != want {
		t.Errorf("the served store differs from a local build's:\n%s\nwant:\n%s", got, want)
	}
}

// A read-only server refuses the articles with a message that says how to
// allow them; without a token build --server says where to find it.
func TestBuildServerRefused(t *testing.T) {
	dir := corpus(t)
	if _, errs, code := run(t, dir, "", "build", "corpus/a.txt"); code != 0 {
		t.Fatal(errs)
	}
	url, _ := serveStore(t, filepath.Join(dir, "newskg.db"), false)
	_, errs, code := run(t, dir, "", "build", "--server", url, "--write-token", "jeton", "corpus/b.txt")
	if code != 1 || !strings.Contains(errs, "the server is read-only: start it with newskg serve --allow-writes to add documents (403 Forbidden)") {
		t.Errorf("build --server to a read-only server: status %d, stderr %q", code, errs)
	}
	t.Setenv("NEWSKG_WRITE_TOKEN", "")
	_, errs, code = run(t, dir, "", "build", "--server", url, "corpus/b.txt")
	if code != 1 || !strings.Contains(errs, "needs the server's write token") {
		t.Errorf("build --server without a token: status %d, stderr %q", code, errs)
	}
}
