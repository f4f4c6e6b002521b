package ner

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// sentence turns "Madame/PROPN Leroux/PROPN a/AUX parlé/VERB" into words.
func words(tagged string) []Word {
	var out []Word
	for _, wt := range strings.Fields(tagged) {
		form, upos, _ := strings.Cut(wt, "/")
		out = append(out, Word{Form: form, UPOS: upos, Feats: "_"})
	}
	return out
}

// toy is a training set where a name's type shows in its context only: a
// title before a person, a head noun before an organisation, "à" before a
// place.
func toy() []Example {
	var out []Example
	persons := []string{"Durand", "Lefèvre", "Moreau", "Garnier", "Chevalier", "Roussel"}
	orgs := []string{"Novalis", "Technor", "Agrimex", "Sidelor", "Quantel", "Hydrex"}
	places := []string{"Lyon", "Brest", "Nancy", "Rennes", "Dijon", "Reims"}
	for i := range persons {
		out = append(out,
			Example{Words: words("Madame/NOUN " + persons[i] + "/PROPN a/AUX parlé/VERB ./PUNCT"), Names: []Span{{Start: 1, End: 2, Type: Person}}},
			Example{Words: words("la/DET société/NOUN " + orgs[i] + "/PROPN recrute/VERB ./PUNCT"), Names: []Span{{Start: 2, End: 3, Type: Organization}}},
			Example{Words: words("il/PRON habite/VERB à/ADP " + places[i] + "/PROPN ./PUNCT"), Names: []Span{{Start: 3, End: 4, Type: Place}}},
			Example{Words: words("il/PRON a/AUX parlé/VERB hier/ADV ./PUNCT")},
		)
	}
	return out
}

func found(r *Recognizer, tagged string, lex Lexicon) []string {
	ws := words(tagged)
	var out []string
	for _, sp := range r.Recognize(ws, lex) {
		var forms []string
		for _, w := range ws[sp.Start:sp.End] {
			forms = append(forms, w.Form)
		}
		out = append(out, fmt.Sprintf("%s:%s", sp.Type, strings.Join(forms, " ")))
	}
	return out
}

func TestTypesNamesItNeverSawByTheirContext(t *testing.T) {
	r := Train(toy(), nil, Options{Epochs: 5, Seed: 1})
	cases := []struct {
		tagged string
		want   []string
	}{
		{"Madame/NOUN Vantrasse/PROPN a/AUX parlé/VERB ./PUNCT", []string{"Person:Vantrasse"}},
		{"la/DET société/NOUN Brelandor/PROPN recrute/VERB ./PUNCT", []string{"Organization:Brelandor"}},
		{"il/PRON habite/VERB à/ADP Quimperlé/PROPN ./PUNCT", []string{"Place:Quimperlé"}},
		{"il/PRON a/AUX parlé/VERB hier/ADV ./PUNCT", nil},
	}
	for _, c := range cases {
		if got := found(r, c.tagged, nil); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.tagged, got, c.want)
		}
	}
}

// lexicon knows names as written.
type lexicon map[string]Type

func (l lexicon) Known(forms []string) (int, Type) {
	if t, ok := l[forms[0]]; ok {
		return 1, t
	}
	return 0, ""
}

func TestLexiconIsAFeatureNotAList(t *testing.T) {
	lex := lexicon{"Lyon": Place, "Brest": Place, "Durand": Person, "Novalis": Organization}
	r := Train(toy(), lex, Options{Epochs: 5, Seed: 1, LexiconDropout: 0.5})
	// A name the lexicon does not know is still found, and one it knows
	// keeps the type its context gives.
	if got, want := found(r, "Madame/NOUN Vantrasse/PROPN a/AUX parlé/VERB ./PUNCT", lex), []string{"Person:Vantrasse"}; !slices.Equal(got, want) {
		t.Errorf("unknown name: %v, want %v", got, want)
	}
	if got, want := found(r, "il/PRON habite/VERB à/ADP Lyon/PROPN ./PUNCT", lex), []string{"Place:Lyon"}; !slices.Equal(got, want) {
		t.Errorf("known name: %v, want %v", got, want)
	}
}

func TestLabelsReadBackAsSpans(t *testing.T) {
	names := []Span{{Start: 0, End: 2, Type: Person}, {Start: 2, End: 3, Type: Place}, {Start: 4, End: 7, Type: Organization}}
	got := spans(Labels(8, names), make([]float64, 8))
	for i := range got {
		got[i].Score = 0
	}
	if !slices.Equal(got, names) {
		t.Errorf("spans(Labels(%v)) = %v", names, got)
	}
}

func TestSaveLoad(t *testing.T) {
	r := Train(toy(), nil, Options{Epochs: 3, Seed: 1})
	var a, b bytes.Buffer
	if err := r.Save(&a); err != nil {
		t.Fatal(err)
	}
	Train(toy(), nil, Options{Epochs: 3, Seed: 1}).Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training and saving twice with one seed gave different bytes")
	}
	loaded, err := Load(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	tagged := "la/DET société/NOUN Brelandor/PROPN recrute/VERB ./PUNCT"
	if got, want := found(loaded, tagged, nil), found(r, tagged, nil); !slices.Equal(got, want) {
		t.Errorf("after reload: %v, want %v", got, want)
	}
	if _, err := Load([]byte("not a model")); err == nil || !strings.Contains(err.Error(), "newskg train") {
		t.Errorf("Load of garbage: %v, want an error that says to retrain", err)
	}
}
