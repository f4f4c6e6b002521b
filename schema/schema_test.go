package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Vladimir Putin":       "Vladimir_Putin",
		"  Jean-Noël  Barrot ": "Jean-Noël_Barrot",
		`Le "Monde" <x>`:       "Le_Monde_x",
		"met":                  "met_(entity)", // not the predicate <met>
		"Person":               "Person_(entity)",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDocumentQuads(t *testing.T) {
	x := &Extraction{
		Document:  Document{ID: "d 1", Title: "Titre", Text: "Trump a rencontré Poutine. La Russie n'a pas accepté la trêve."},
		Sentences: []Sentence{{Index: 0, Start: 0, End: 26, Text: "Trump a rencontré Poutine."}, {Index: 1, Start: 27, End: 63, Text: "La Russie n'a pas accepté la trêve."}},
		Statements: []Statement{
			{Subject: "Donald_Trump", Predicate: Met, Object: "Vladimir_Putin", Sentence: 0, Polarity: Positive, Modality: Asserted, EvidenceStart: 0, EvidenceEnd: 26},
			{Subject: "Russia", Predicate: Accepted, Object: "Ceasefire", Sentence: 1, Polarity: Negative, Modality: Asserted},
		},
	}
	qs := x.DocumentQuads("h")
	has := func(s, p, o quad.Value, label quad.Value) bool {
		for _, q := range qs {
			if q.Subject == s && q.Predicate == p && q.Object == o && q.Label == label {
				return true
			}
		}
		return false
	}
	s0 := SentenceIRI("d 1", 0)
	if s0 != quad.IRI("doc/d%201#s0") {
		t.Errorf("sentence IRI %v", s0)
	}
	if !has(quad.IRI("Donald_Trump"), quad.IRI("met"), quad.IRI("Vladimir_Putin"), s0) {
		t.Error("the fact is not an edge labeled with its sentence")
	}
	if has(quad.IRI("Russia"), quad.IRI("accepted"), quad.IRI("Ceasefire"), SentenceIRI("d 1", 1)) {
		t.Error("a negated statement became an edge")
	}
	neg := StatementIRI("d 1", x.Statements[1])
	if !has(neg, HasPolarity, quad.String("negative"), SentenceIRI("d 1", 1)) {
		t.Error("the negated statement node lost its polarity")
	}
	if !has(s0, Start, quad.Int(0), DocumentIRI("d 1")) || !has(DocumentIRI("d 1"), Title, quad.String("Titre"), DocumentIRI("d 1")) {
		t.Error("sentence offsets or document title missing")
	}
	again := x.DocumentQuads("h")
	if len(again) != len(qs) {
		t.Fatalf("not deterministic: %d then %d quads", len(qs), len(again))
	}
	for i := range qs {
		if qs[i] != again[i] {
			t.Fatalf("quad %d differs: %v then %v", i, qs[i], again[i])
		}
	}
}
