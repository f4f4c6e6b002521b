package graph

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newskg/newskg/schema"
)

// syntheticCorpus builds n documents of 10 sentences with one fact each,
// over a pool of 200 entities, about 185 quads per document. Like Putin in
// the news, one entity is in every document: the first fact's subject.
func syntheticCorpus(n int) []*schema.Extraction {
	preds := []string{"met", "spokeWith", "accused", "supports", "worksFor"}
	xs := make([]*schema.Extraction, n)
	for d := range xs {
		text := ""
		var facts [][3]string
		for s := 0; s < 10; s++ {
			a, b := fmt.Sprintf("P%d", (d*7+s)%200), fmt.Sprintf("P%d", (d*13+s*3+1)%200)
			if s == 0 {
				a = "Vladimir_Putin"
			}
			text += fmt.Sprintf("Phrase %d du document %d, où %s rencontre %s. ", s, d, a, b)
			facts = append(facts, [3]string{a, preds[(d+s)%len(preds)], b})
		}
		xs[d] = article(fmt.Sprintf("bench-%05d", d), text, facts...)
	}
	return xs
}

// BenchmarkIngestBolt measures a first build into bolt (quads/s), with
// Cayley's Bloom filters and without: go test ./graph -bench IngestBolt -run '^$'.
func BenchmarkIngestBolt(b *testing.B) {
	for _, option := range []string{"", "?" + bloomOff} {
		name := "bloom=on"
		if option != "" {
			name = bloomOff
		}
		b.Run(name, func(b *testing.B) { benchmarkIngestBolt(b, option) })
	}
}

func benchmarkIngestBolt(b *testing.B, option string) {
	xs := syntheticCorpus(500)
	b.ResetTimer()
	quads := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := "bolt:" + filepath.Join(b.TempDir(), "bench.db") + option
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		w, err := NewWriter(s, WriterOptions{ExtractorVersion: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, x := range xs {
			if _, err := w.Write(x); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		quads += w.Stats().QuadsAdded
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
}

// BenchmarkRebuildUnchangedBolt measures a rebuild where nothing changed:
// one content-hash lookup per document.
func BenchmarkRebuildUnchangedBolt(b *testing.B) {
	xs := syntheticCorpus(500)
	path := filepath.Join(b.TempDir(), "bench.db")
	s, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	w, _ := NewWriter(s, WriterOptions{ExtractorVersion: "bench"})
	for _, x := range xs {
		w.Write(x)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w, _ := NewWriter(s, WriterOptions{ExtractorVersion: "bench"})
		for _, x := range xs {
			if o, err := w.Write(x); err != nil || o != Unchanged {
				b.Fatalf("%v %v", o, err)
			}
		}
	}
	b.ReportMetric(float64(len(xs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkRebuildChangedBolt measures a rebuild where every document
// changed (here: a new extractor version, so each document has its content
// hash replaced).
func BenchmarkRebuildChangedBolt(b *testing.B) {
	xs := syntheticCorpus(500)
	path := filepath.Join(b.TempDir(), "bench.db")
	s, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	w, _ := NewWriter(s, WriterOptions{ExtractorVersion: "bench-0"})
	for _, x := range xs {
		w.Write(x)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w, _ := NewWriter(s, WriterOptions{ExtractorVersion: fmt.Sprintf("bench-%d", i+1)})
		for _, x := range xs {
			if o, err := w.Write(x); err != nil || o != Changed {
				b.Fatalf("%v %v", o, err)
			}
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(xs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
