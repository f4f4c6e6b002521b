package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A deleted and a renamed input: after prune, the store is the one a fresh
// build of the remaining inputs gives, quad for quad: no stale document,
// statement or entity is left, and the entity still mentioned keeps its
// names.
func TestPruneRemovesWhatDeletedInputsSaid(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("corpus/a.txt", "Trump a rencontré Poutine.")
	write("corpus/b.txt", "Poutine a rencontré Witkoff.")
	write("corpus/c.txt", "Trump a parlé.")
	if _, errs, code := run(t, dir, "", "build", "-q", "corpus"); code != 0 {
		t.Fatal(errs)
	}
	os.Remove(filepath.Join(dir, "corpus/b.txt"))
	os.Rename(filepath.Join(dir, "corpus/c.txt"), filepath.Join(dir, "corpus/d.txt"))
	if _, errs, code := run(t, dir, "", "build", "-q", "corpus"); code != 0 {
		t.Fatal(errs)
	}
	out, errs, code := run(t, dir, "", "prune", "--dry-run")
	if code != 0 || out != "b: corpus/b.txt is gone\nc: corpus/c.txt is gone\nwould remove 2 of 4 documents (--dry-run)\n" {
		t.Errorf("prune --dry-run: status %d\n%s%s", code, out, errs)
	}
	out, errs, code = run(t, dir, "", "prune")
	if code != 0 || !strings.Contains(out, "removed 2 documents and 1 entities only they mentioned") {
		t.Errorf("prune: status %d\n%s%s", code, out, errs)
	}
	pruned, errs, code := run(t, dir, "", "export", "--format", "nquads-cayley")
	if code != 0 {
		t.Fatal(errs)
	}
	if _, errs, code := run(t, dir, "", "--db", "fresh.db", "build", "-q", "corpus"); code != 0 {
		t.Fatal(errs)
	}
	fresh, _, _ := run(t, dir, "", "--db", "fresh.db", "export", "--format", "nquads-cayley")
	if pruned != fresh {
		t.Errorf("pruned store:\n%s\nfresh build of the same inputs:\n%s", pruned, fresh)
	}
	if strings.Contains(pruned, "Steve_Witkoff") || !strings.Contains(pruned, `<Vladimir_Putin> <name> "Vladimir Putin"`) {
		t.Errorf("Witkoff, whom only the deleted input mentioned, should be gone and Putin kept:\n%s", pruned)
	}

	// Run from elsewhere, where no input exists: nothing is removed.
	os.Mkdir(filepath.Join(dir, "ailleurs"), 0o755)
	_, errs, code = run(t, filepath.Join(dir, "ailleurs"), "", "--db", "../newskg.db", "prune")
	if code != 1 || !strings.Contains(errs, "none of the 2 inputs of ../newskg.db exists from this directory; run prune where you ran build") {
		t.Errorf("prune from another directory: status %d, %s", code, errs)
	}
}

// The same id from two inputs, in one build or in two: the second input is
// reported with the first, the first is kept, and the exit status says
// something was skipped. The same file by another path is not a second
// input.
func TestBuildReportsTwoInputsWithOneID(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a/note.txt": "Trump a rencontré Poutine.", "b/note.txt": "Poutine a rencontré Witkoff."} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(text), 0o644)
	}
	out, errs, code := run(t, dir, "", "build", "-q", "a", "b")
	if code != 2 || !strings.Contains(errs, `newskg: b/note.txt: document id "note" is already that of a/note.txt;`) {
		t.Errorf("status %d, stderr:\n%s", code, errs)
	}
	if !strings.Contains(out, "documents: 1 new, 0 changed, 0 unchanged, 1 skipped") {
		t.Errorf("summary:\n%s", out)
	}
	// One folder, then the other: the second does not replace the first.
	out, errs, code = run(t, dir, "", "build", "-q", "b")
	if code != 2 || !strings.Contains(errs, `newskg: b/note.txt: document id "note" is already that of a/note.txt in the store;`) ||
		!strings.Contains(out, "documents: 0 new, 0 changed, 0 unchanged, 1 skipped") {
		t.Errorf("build b after a: status %d\n%s%s", code, out, errs)
	}
	// The same file by another path, or once a/ is gone, is the same
	// document.
	abs := filepath.Join(dir, "a")
	if out, errs, code := run(t, dir, "", "build", "-q", abs); code != 0 || !strings.Contains(out, "0 new, 1 changed") {
		t.Errorf("build a by its absolute path: status %d\n%s%s", code, out, errs)
	}
	os.RemoveAll(abs)
	if out, errs, code := run(t, dir, "", "build", "-q", "b"); code != 0 || !strings.Contains(out, "0 new, 1 changed") {
		t.Errorf("build b once a is gone: status %d\n%s%s", code, out, errs)
	}
}
