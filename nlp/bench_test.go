package nlp

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newskg/newskg/nlp/conllu"
)

// BenchmarkParse measures tokenize + tag + lemma + parse on the raw text of
// fr_sequoia-ud-test and reports surface tokens per second.
//
//	go test -run '^$' -bench Parse -benchtime 3x ./nlp/
func BenchmarkParse(b *testing.B) {
	gold := readTestFile(b, "fr_sequoia-ud-test.conllu")
	text := RawText(gold)
	p := Default()
	tokens := 0
	for _, s := range p.Parse(text) {
		tokens += len(s.Words) - extraWords(s)
	}
	b.ResetTimer()
	for b.Loop() {
		p.Parse(text)
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func extraWords(s Sentence) int {
	n := 0
	for _, t := range s.Tokens {
		n += t.Last - t.First
	}
	return n
}

// udDir is where the treebanks live relative to this package.
var udDir = filepath.Join("..", "..", "..", "shared", "ud")

func readTestFile(tb testing.TB, name string) []conllu.Sentence {
	tb.Helper()
	path := filepath.Join(udDir, name)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("UD treebanks not found at %s (../shared/ud next to the repository): %v", path, err)
	}
	sents, err := conllu.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}
