package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/schema"
)

// BenchmarkExtractSampleCorpus extracts the sample corpus (data/corpus)
// repeated to at least 100,000 words, parse included, on one goroutine,
// and reports words per second:
//
//	go test -run '^$' -bench ExtractSampleCorpus -benchtime 1x ./extract/
func BenchmarkExtractSampleCorpus(b *testing.B) {
	paths, err := filepath.Glob("../data/corpus/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no sample corpus in ../data/corpus: %v", err)
	}
	var docs []schema.Document
	words := 0
	for round := 0; words < 100_000; round++ {
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, schema.Document{ID: fmt.Sprintf("%d-%s", round, filepath.Base(p)), Text: string(text)})
			words += len(strings.Fields(string(text)))
		}
	}
	x, err := NewRules()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			if _, err := x.Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(docs)), "docs")
	b.ReportMetric(float64(words), "words")
}
