package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A bolt store opened without Cayley's Bloom filters (bolt:PATH?bloom=off)
// is built, rebuilt and read as with them: the same quads.
func TestBuildWithoutBloomFilters(t *testing.T) {
	dir := corpus(t)
	with, without := filepath.Join(dir, "with.db"), filepath.Join(dir, "without.db")
	if _, errs, code := run(t, dir, "", "--db", with, "build", "corpus/a.txt", "corpus/b.txt"); code != 0 {
		t.Fatal(errs)
	}
	addr := "bolt:" + without + "?bloom=off"
	for _, want := range []string{"documents: 2 new", "documents: 0 new, 0 changed, 2 unchanged"} {
		out, errs, code := run(t, dir, "", "--db", addr, "build", "corpus/a.txt", "corpus/b.txt")
		if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "store "+addr+": 2 documents") {
			t.Errorf("build --db %s: status %d, want %q\n%s%s", addr, code, want, out, errs)
		}
	}
	if got, want := sortedDump(t, addr), sortedDump(t, with); got != want {
		t.Errorf("without the filters the store holds\n%s\nwith them\n%s", got, want)
	}
}
