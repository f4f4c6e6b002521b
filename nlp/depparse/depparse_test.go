package depparse

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newskg/newskg/nlp/fr"
)

func toy() []Example {
	w := func(form, upos string) Word { return Word{Form: form, Lemma: form, UPOS: upos} }
	return []Example{
		{Words: []Word{w("Le", "DET"), w("chat", "NOUN"), w("dort", "VERB"), w(".", "PUNCT")},
			Heads: []int{2, 3, 0, 3}, DepRel: []string{"det", "nsubj", "root", "punct"}},
		{Words: []Word{w("Paul", "PROPN"), w("voit", "VERB"), w("la", "DET"), w("mer", "NOUN")},
			Heads: []int{2, 0, 4, 2}, DepRel: []string{"nsubj", "root", "det", "obj"}},
		{Words: []Word{w("Le", "DET"), w("chien", "NOUN"), w("voit", "VERB"), w("le", "DET"), w("chat", "NOUN")},
			Heads: []int{2, 3, 0, 5, 3}, DepRel: []string{"det", "nsubj", "root", "det", "obj"}},
	}
}

func TestLearnsAndReproducesTrainingTrees(t *testing.T) {
	exs := toy()
	p := Train(exs, Options{Epochs: 10, Seed: 1, Explore: 0.9})
	for _, ex := range exs {
		for i, a := range p.Parse(ex.Words) {
			if a.Head != ex.Heads[i] || a.DepRel != ex.DepRel[i] {
				t.Errorf("%s: head %d %s, want %d %s", ex.Words[i].Form, a.Head, a.DepRel, ex.Heads[i], ex.DepRel[i])
			}
		}
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	save := func(seed uint64) []byte {
		var buf bytes.Buffer
		if err := Train(toy(), Options{Epochs: 5, Seed: seed, Explore: 0.9}).Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := save(7), save(7)
	if !bytes.Equal(a, b) {
		t.Error("two trainings with the same seed wrote different models")
	}
	p, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Parse(toy()[0].Words); got[1].Head != 3 {
		t.Errorf("reloaded parser: chat attached to %d, want 3", got[1].Head)
	}
	if _, err := Load([]byte("not a model")); err == nil {
		t.Error("Load accepted garbage")
	}
}

func TestProjectivizeLiftsCrossingArcs(t *testing.T) {
	// 1 -> 3, 2 -> 4 cross; root (5 = n+1) -> 4 -> 1? Build: heads[1]=3,
	// heads[2]=4, heads[3]=4, heads[4]=root.
	n := 4
	heads := []int{0, 3, 4, 4, n + 1, 0}
	if lifted := projectivize(heads, n); lifted != 1 {
		t.Fatalf("lifted %d arcs, want 1", lifted)
	}
	if heads[1] != 4 {
		t.Errorf("word 1 now headed by %d, want 4 (its head's head)", heads[1])
	}
}

func TestEmptyAndOneWordSentences(t *testing.T) {
	p := Train(toy(), Options{Epochs: 2, Seed: 1})
	if got := p.Parse(nil); len(got) != 0 {
		t.Errorf("Parse(nil) = %v", got)
	}
	got := p.Parse([]Word{{Form: "Oui", UPOS: "INTJ"}})
	if len(got) != 1 || got[0].Head != 0 || got[0].DepRel != "root" {
		t.Errorf("one word: %+v, want the root", got)
	}
}

func TestFeatureHashesMatchConcatenatedStrings(t *testing.T) {
	// Models are trained on the hashes of these concatenations; folding the
	// pieces must give the same numbers or every saved model goes wrong.
	featValue := func(feats, name string) string {
		for _, f := range strings.Split(feats, "|") {
			if v, ok := strings.CutPrefix(f, name+"="); ok {
				return v
			}
		}
		return ""
	}
	for _, w := range []Word{
		{Form: "mange", UPOS: "VERB", Feats: "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"},
		{Form: "Paris", UPOS: "PROPN", Feats: "_"},
		{Form: "eux", UPOS: "PRON", Feats: "Gender=Masc|Number=Plur|Number[psor]=Sing|Person=3"},
		{Form: "x", UPOS: "X", Feats: "Mood=|Mood=Ind|VerbForm"},
	} {
		x := newSentence([]Word{w})
		low := fr.FoldForm(w.Form)
		if x.wordPos[1] != hashString(low+"/"+w.UPOS) {
			t.Errorf("%s: word/UPOS hash differs", w.Form)
		}
		if x.verbForm[1] != hashString(w.UPOS+featValue(w.Feats, "VerbForm")+featValue(w.Feats, "Mood")) {
			t.Errorf("%s: VerbForm+Mood hash differs", w.Form)
		}
		if x.inflect[1] != hashString(w.UPOS+featValue(w.Feats, "Number")+featValue(w.Feats, "Person")) {
			t.Errorf("%s: Number+Person hash differs", w.Form)
		}
	}
}

func TestBestLegalPicksTheBestLegalTransition(t *testing.T) {
	p := &Parser{labels: []string{"root", "nsubj", "obj", "det", "punct"}}
	rng := rand.New(rand.NewPCG(1, 2))
	scores := make([]float32, p.numClasses())
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.IntN(6)
		s := newState(n)
		for !s.terminal() {
			for i := range scores {
				scores[i] = float32(rng.IntN(5)) // ties, to check the order
			}
			want := -1
			for t := range scores {
				if s.legal(t, 0) && (want < 0 || scores[t] > scores[want]) {
					want = t
				}
			}
			if got := p.bestLegal(s, scores); got != want {
				t.Fatalf("stack %v, buffer at %d of %d: bestLegal %d, want %d", s.stack, s.b, n, got, want)
			}
			s.apply(want)
		}
	}
}
