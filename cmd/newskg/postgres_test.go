package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph/storetest"
)

// The commands work on a PostgreSQL store as on bolt: build (and a rebuild
// that changes nothing), query and shell.
func TestCommandsOnPostgres(t *testing.T) {
	db := storetest.NewPostgres(t)
	dir := corpus(t)
	os.Remove(filepath.Join(dir, "corpus/vide.md"))
	out, errs, code := run(t, dir, "", "--db", db, "build", "corpus")
	if code != 0 || !strings.Contains(out, "documents: 2 new, 0 changed, 0 unchanged, 0 skipped") ||
		!strings.Contains(out, "2 documents, 3 sentences, 3 entities, 2 statements") {
		t.Fatalf("build: status %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "statements, 84 quads") {
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
}
