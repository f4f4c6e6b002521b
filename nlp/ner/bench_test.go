package ner_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newskg/newskg/nlp"
	"github.com/newskg/newskg/nlp/conllu"
	"github.com/newskg/newskg/nlp/models"
	"github.com/newskg/newskg/nlp/ner"
)

// BenchmarkRecognize measures the recognizer alone, on words already tagged,
// over the raw text of fr_sequoia-ud-test, and reports words per second;
// compare with BenchmarkParse in package nlp (tokenize + tag + lemma +
// parse + this) on the same text to get the recognizer's share.
//
//	go test -run '^$' -bench Recognize -benchtime 20x ./nlp/ner/
func BenchmarkRecognize(b *testing.B) {
	path := filepath.Join("..", "..", "..", "..", "shared", "ud", "fr_sequoia-ud-test.conllu")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("UD treebanks not found at %s: %v", path, err)
	}
	gold, err := conllu.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	data, err := models.FS.ReadFile(nlp.NERFile)
	if err != nil {
		b.Fatal(err)
	}
	r, err := ner.Load(data)
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]ner.Word
	n := 0
	for _, s := range nlp.Default().Parse(nlp.RawText(gold)) {
		var ws []ner.Word
		for _, w := range s.Words {
			ws = append(ws, ner.Word{Form: w.Form, UPOS: w.UPOS, Feats: w.Feats})
		}
		sents = append(sents, ws)
		n += len(ws)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, ws := range sents {
			r.Recognize(ws, nil)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "words/s")
}
