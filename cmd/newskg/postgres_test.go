package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/graph/storetest"
)

// The commands work on a PostgreSQL store as on bolt: build (and a rebuild
// that changes nothing), query, shell, export and the HTTP API of serve.
func TestCommandsOnPostgres(t *testing.T) {
	db := storetest.NewPostgres(t)
	dir := corpus(t)
	os.Remove(filepath.Join(dir, "corpus/vide.md"))
	out, errs, code := run(t, dir, "", "--db", db, "build", "corpus")
	if code != 0 || !strings.Contains(out, "documents: 2 new, 0 changed, 0 unchanged, 0 skipped") ||
		!strings.Contains(out, "2 documents, 3 sentences, 3 entities, 2 statements") {
		t.Fatalf("build: status %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "statements, 86 quads") {
		t.Errorf("summary does not count the quads: %s", out)
	}
	out, errs, code = run(t, dir, "", "--db", db, "build", "corpus")
	if code != 0 || !strings.Contains(out, "documents: 0 new, 0 changed, 2 unchanged, 0 skipped") {
		t.Errorf("rebuild: status %d\n%s%s", code, out, errs)
	}
	out, errs, code = run(t, dir, "", "--db", db, "query", `g.V("<Vladimir_Putin>").Out("<met>").Out("<name>").All()`)
	if code != 0 || out != `{"id":"Steve Witkoff"}`+"\n" {
		t.Errorf("query: status %d, stdout %q, stderr %q", code, out, errs)
	}
	out, errs, code = run(t, dir, "g.V(\"<Donald_Trump>\").Out(\"<met>\").All()\ng.V(\"<nobody>\").All()\n", "--db", db, "shell")
	if code != 0 || !strings.HasSuffix(out, `{"id":"<Vladimir_Putin>"}`+"\n") {
		t.Errorf("shell: status %d, stdout %q, stderr %q", code, out, errs)
	}
	out, errs, code = run(t, dir, "", "--db", db, "export", "--format", "graphml")
	if code != 0 || !strings.Contains(out, `<node id="Vladimir_Putin">`) || !strings.Contains(out, "met") {
		t.Errorf("export: status %d, stderr %q\n%s", code, errs, out)
	}

	store, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv, err := server.New(context.Background(), store, server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	web := httptest.NewServer(srv)
	defer web.Close()
	for path, want := range map[string]string{
		"/api/v1/entities?q=poutine":      `"Vladimir_Putin"`,
		"/api/v1/entities/Vladimir_Putin": `"Steve_Witkoff"`,
		"/api/v1/documents/b":             `Poutine a rencontré Witkoff`,
	} {
		resp, err := http.Get(web.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d %s", path, resp.StatusCode, body)
		}
	}
}
