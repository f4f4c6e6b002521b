package modelio

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"math"
	"strings"
	"testing"

	"github.com/newskg/newskg/nlp/internal/perceptron"
)

type meta struct {
	Labels []string
}

func trained() *perceptron.Model {
	tr := perceptron.NewTrainer(3)
	a, b := perceptron.New(1).Str("a").Feature(), perceptron.New(1).Str("b").Feature()
	for range 10 {
		tr.Update([]perceptron.Feature{a}, 1, 2)
		tr.Tick()
	}
	tr.Update([]perceptron.Feature{b}, 0, 1)
	tr.Tick()
	return tr.Average(0)
}

func TestRoundTripKeepsTablesAndWeights(t *testing.T) {
	m := trained()
	var buf, again bytes.Buffer
	if err := Write(&buf, "tagger", &meta{Labels: []string{"NOUN", "VERB"}}, m); err != nil {
		t.Fatal(err)
	}
	Write(&again, "tagger", &meta{Labels: []string{"NOUN", "VERB"}}, m)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("Write is not deterministic")
	}
	var got meta
	models, err := Read(buf.Bytes(), "tagger", &got)
	if err != nil || len(models) != 1 || strings.Join(got.Labels, " ") != "NOUN VERB" {
		t.Fatalf("Read: %v, %d models, meta %+v", err, len(models), got)
	}
	feats := []perceptron.Feature{perceptron.New(1).Str("a").Feature(), perceptron.New(1).Str("b").Feature()}
	want, after := make([]float32, 3), make([]float32, 3)
	m.Score(feats, want)
	models[0].Score(feats, after)
	for i := range want {
		if math.Abs(float64(want[i]-after[i])) > 1e-3*math.Abs(float64(want[i])) {
			t.Errorf("class %d: score %v after reload, want %v", i, after[i], want[i])
		}
	}
	if want[1] <= 0 || want[2] >= 0 {
		t.Errorf("updates did not move scores: %v", want)
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// TestRefusesOtherFilesAndSaysToRetrain feeds Read the files a user may
// have: the formats of newskg before this package (a gob stream, the
// perceptron's "NKGP3" files), a future version, another kind, a truncated
// file, and something that is not a model at all.
func TestRefusesOtherFilesAndSaysToRetrain(t *testing.T) {
	var good bytes.Buffer
	if err := Write(&good, "parser", &meta{Labels: []string{"root"}}, trained()); err != nil {
		t.Fatal(err)
	}
	var oldGob bytes.Buffer
	zw := gzip.NewWriter(&oldGob)
	w := bufio.NewWriter(zw)
	w.WriteString("\x1f\xff\x81\x03\x01\x01\x05model") // the start of a gob stream
	w.Flush()
	zw.Close()
	future := gzipped(append([]byte(magic), Version+1))
	cases := []struct {
		name, kind string
		data       []byte
		want       string
	}{
		{"plain text", "parser", []byte("not a model"), Retrain},
		{"old gob tables", "tokenizer", oldGob.Bytes(), Retrain},
		{"old perceptron file", "tagger", gzipped([]byte("NKGP3\x05hello")), Retrain},
		{"future version", "tagger", future, "this newskg reads version"},
		{"another kind", "tagger", good.Bytes(), "holds a parser model"},
		{"truncated", "parser", good.Bytes()[:good.Len()/2], "parser model"},
	}
	for _, c := range cases {
		var m meta
		_, err := Read(c.data, c.kind, &m)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), c.kind+" model: ") {
			t.Errorf("%s: error %v, want one that starts with %q and says %q", c.name, err, c.kind+" model: ", c.want)
		}
	}
	var m meta
	if _, err := Read(good.Bytes(), "parser", &m); err != nil {
		t.Errorf("the good file: %v", err)
	}
}

// TestBytesDoNotDependOnWhatWasWrittenBefore: newskg train writes the
// recognizer after the other models, train --only-ner writes it alone, and
// both must give the same file (gob, which numbers types per process, did not).
func TestBytesDoNotDependOnWhatWasWrittenBefore(t *testing.T) {
	type other struct{ Forms []string }
	write := func() []byte {
		var buf bytes.Buffer
		if err := Write(&buf, "ner", &meta{Labels: []string{"Person"}}, trained()); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := write()
	var sink bytes.Buffer
	Write(&sink, "tokenizer", &other{Forms: []string{"des"}})
	if !bytes.Equal(first, write()) {
		t.Error("the same model gave other bytes after another kind was written")
	}
}
