package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newskg/newskg/extract"
)

// runReal runs newskg with the extractor users get.
func runReal(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	return runWith(t, x, dir, "", args...)
}

// The README's first command, on the sample corpus: the graph answers "whom
// did Steve Witkoff meet" with Vladimir Putin, and building twice changes
// nothing.
func TestSampleCorpusBuildsOnceAndAnswers(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "data", "corpus"), os.DirFS("../../data/corpus")); err != nil {
		t.Fatal(err)
	}
	quads := regexp.MustCompile(`(\d+) quads\n`)
	out, errs, code := runReal(t, dir, "build")
	if code != 0 {
		t.Fatalf("build: status %d\n%s%s", code, out, errs)
	}
	first := quads.FindStringSubmatch(out)
	out, errs, code = runReal(t, dir, "build", "data/corpus")
	second := quads.FindStringSubmatch(out)
	if code != 0 || first == nil || second == nil || first[1] != second[1] {
		t.Fatalf("second build changed the store: %v then %v\n%s%s", first, second, out, errs)
	}
	if !strings.Contains(out, "0 new, 0 changed, 5 unchanged") {
		t.Errorf("second build re-extracted documents:\n%s", out)
	}
	out, errs, code = runReal(t, dir, "query", `g.V("<Steve_Witkoff>").Both("<met>").Out("<name>").All()`)
	if code != 0 || !strings.Contains(out, `"Vladimir Putin"`) {
		t.Errorf("whom did Steve Witkoff meet: status %d\n%s%s", code, out, errs)
	}
}

// A build on several goroutines writes the same graph as a build on one, with
// the real extractor, whose cross-document name registry makes its results
// depend on reading order.
func TestParallelBuildEqualsSequentialBuild(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "data", "corpus"), os.DirFS("../../data/corpus")); err != nil {
		t.Fatal(err)
	}
	var dumps []string
	for _, jobs := range []string{"1", "4"} {
		x, err := extract.NewRules() // a fresh registry, as in a new process
		if err != nil {
			t.Fatal(err)
		}
		db := "jobs" + jobs + ".db"
		if out, errs, code := runWith(t, x, dir, "", "--db", db, "build", "-q", "--jobs", jobs, "data/corpus"); code != 0 {
			t.Fatalf("build --jobs %s: status %d\n%s%s", jobs, code, out, errs)
		}
		dumps = append(dumps, sortedDump(t, filepath.Join(dir, db)))
	}
	if dumps[0] != dumps[1] {
		t.Errorf("--jobs 4 wrote a different graph from --jobs 1")
	}
}
