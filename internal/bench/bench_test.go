package bench

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

// The generated corpus is the same for the same n, and no two of its
// articles are the same text (a store would skip a repeat as unchanged).
func TestWriteCorpusIsReproducibleWithoutRepeats(t *testing.T) {
	samples, err := readSamples("../../data/corpus")
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if _, err := writeCorpus(&a, samples, 12); err != nil {
		t.Fatal(err)
	}
	if _, err := writeCorpus(&b, samples, 12); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("two corpora of 12 articles differ")
	}
	lines := strings.Split(strings.TrimSpace(a.String()), "\n")
	seen := map[string]bool{}
	for _, l := range lines {
		if seen[l] {
			t.Errorf("an article appears twice: %.80s", l)
		}
		seen[l] = true
	}
	if len(lines) != 12 {
		t.Errorf("%d articles, want 12", len(lines))
	}
}

// The build that bench measures writes the whole corpus, and counts what
// it wrote: the quads it reports are the quads of the store.
func TestBuildCorpusReportsTheQuadsOfTheStore(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	dir := t.TempDir()
	corpus, addr := filepath.Join(dir, "corpus.jsonl"), filepath.Join(dir, "newskg.db")
	if _, err := WriteCorpusFile(corpus, "../../data/corpus", 6); err != nil {
		t.Fatal(err)
	}
	r, quads, err := buildCorpus(context.Background(), corpus, addr, 2)
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(addr, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := graph.Count(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if c.Documents != 6 || int64(quads) != c.Quads {
		t.Errorf("the build reported %d quads; the store holds %d documents and %d quads", quads, c.Documents, c.Quads)
	}
	if r.peakRSS == 0 || r.peakAnon == 0 {
		t.Errorf("no memory measured: %+v", r)
	}
}

// Without bolt and without PostgreSQL there is nothing to measure: bench
// says so before it builds or generates anything.
func TestRunRefusesToMeasureNoStore(t *testing.T) {
	dir := t.TempDir()
	err := Run(context.Background(), Options{Docs: 2, Dir: dir, SkipBolt: true}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "--postgres") {
		t.Fatalf("Run with no store: %v; want an error that names --postgres", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "corpus.jsonl")); err == nil {
		t.Errorf("a corpus was generated for nothing")
	}
}
