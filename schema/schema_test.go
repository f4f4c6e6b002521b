package schema

import (
	"strings"
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

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Maison-Blanche":       "maison blanche",
		"  ZELENSKY ":          "zelensky",
		"Iouri Ouchakov":       "iouri ouchakov",
		"l’Élysée":             "l elysee",
		"Washington, D.C.":     "washington dc",
		"cessez-le-feu":        "cessez le feu",
		"Recep Tayyip Erdoğan": "recep tayyip erdogan",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
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
	if !has(quad.IRI("Donald_Trump"), quad.IRI("met"), quad.IRI("Vladimir_Putin"), nil) {
		t.Error("the fact is not an unlabeled edge")
	}
	if has(quad.IRI("Donald_Trump"), quad.IRI("met"), quad.IRI("Vladimir_Putin"), s0) {
		t.Error("the fact's edge carries its sentence: a second article would need a second copy of it")
	}
	if has(quad.IRI("Russia"), quad.IRI("accepted"), quad.IRI("Ceasefire"), nil) {
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

// A statement's evidence and the mentions of its parties are stored as
// offsets in its sentence's text, not the document's; a party whose mention
// the extractor did not give (a speaker of another sentence) has none.
func TestStatementSpansAreSentenceOffsets(t *testing.T) {
	text := "Macron a salué Scholz. Puis Scholz a rencontré Poutine."
	s1 := strings.Index(text, "Puis")
	scholz, poutine := strings.LastIndex(text, "Scholz"), strings.Index(text, "Poutine")
	x := &Extraction{
		Document:  Document{ID: "d", Text: text},
		Sentences: []Sentence{{Index: 0, Start: 0, End: s1 - 1, Text: text[:s1-1]}, {Index: 1, Start: s1, End: len(text), Text: text[s1:]}},
		Statements: []Statement{
			{Subject: "Olaf_Scholz", Predicate: Met, Object: "Vladimir_Putin", Sentence: 1, Polarity: Positive, Modality: Asserted,
				EvidenceStart: scholz, EvidenceEnd: poutine + 7, SubjectStart: scholz, SubjectEnd: scholz + 6, ObjectStart: poutine, ObjectEnd: poutine + 7},
			{Subject: "Emmanuel_Macron", Predicate: Said, Literal: "Scholz", Sentence: 0, Polarity: Positive, Modality: Asserted,
				EvidenceStart: strings.Index(text, "Scholz"), EvidenceEnd: s1 - 2},
		},
	}
	qs := x.DocumentQuads("h")
	offsets := func(node quad.Value) map[quad.IRI]quad.Value {
		got := map[quad.IRI]quad.Value{}
		for _, q := range qs {
			if p := q.Predicate.(quad.IRI); q.Subject == node && (strings.HasSuffix(string(p), "Start") || strings.HasSuffix(string(p), "End")) {
				got[p] = q.Object
			}
		}
		return got
	}
	met := offsets(StatementIRI("d", x.Statements[0]))
	want := map[quad.IRI]quad.Value{EvidenceStart: quad.Int(scholz - s1), EvidenceEnd: quad.Int(poutine + 7 - s1),
		SubjectStart: quad.Int(scholz - s1), SubjectEnd: quad.Int(scholz + 6 - s1), ObjectStart: quad.Int(poutine - s1), ObjectEnd: quad.Int(poutine + 7 - s1)}
	if len(met) != len(want) {
		t.Errorf("met: offsets %v, want %v", met, want)
	}
	for p, v := range want {
		if met[p] != v {
			t.Errorf("met: %s = %v, want %v (of the sentence, not the document)", p, met[p], v)
		}
	}
	said := offsets(StatementIRI("d", x.Statements[1]))
	if said[EvidenceStart] != quad.Int(strings.Index(text, "Scholz")) || said[SubjectStart] != nil || said[ObjectStart] != nil {
		t.Errorf("said: offsets %v, want the evidence only", said)
	}
}

func TestNodeIRIsReadBack(t *testing.T) {
	for _, tc := range []struct {
		iri        string
		doc        string // the document key; "" when iri names no sentence
		index      int
		isSentence bool
	}{
		{string(SentenceIRI("000_e9cc", 3)), "000_e9cc", 3, true},
		{string(SentenceIRI("d 1#s2", 12)), "d%201%23s2", 12, true}, // the id's own "#s" is escaped
		{string(DocumentIRI("000_e9cc")), "", 0, false},
		{"Vladimir_Putin", "", 0, false},
		{"doc/000_e9cc#sx", "", 0, false},
	} {
		doc, index, ok := ParseSentenceIRI(tc.iri)
		if doc != tc.doc || index != tc.index || ok != tc.isSentence {
			t.Errorf("ParseSentenceIRI(%q) = %q, %d, %v; want %q, %d, %v", tc.iri, doc, index, ok, tc.doc, tc.index, tc.isSentence)
		}
	}
	key, ok := ParseDocumentIRI(string(DocumentIRI("d 1")))
	if !ok || key != "d%201" || DocumentKeyIRI(key) != DocumentIRI("d 1") {
		t.Errorf("document d 1: key %q (%v), which gives back %v", key, ok, DocumentKeyIRI(key))
	}
	if _, ok := ParseDocumentIRI("stmt/1fd16232d2b509f1cabb"); ok {
		t.Error("a statement IRI read as a document")
	}
	if c, ok := ParseClassIRI(string(Contact.IRI())); !ok || c != Contact {
		t.Errorf("class IRI %v read back as %q, %v", Contact.IRI(), c, ok)
	}
	if q, ok := ParseWikidataIRI(string(WikidataIRI("Q7747"))); !ok || q != "Q7747" {
		t.Errorf("Wikidata IRI read back as %q, %v", q, ok)
	}
}

func TestContentHash(t *testing.T) {
	d := Document{ID: "a", Title: "Trêve", Text: "La Russie a accepté."}
	h := d.ContentHash("v1")
	if d.ContentHash("v1") != h {
		t.Error("the same document and extractor give two hashes")
	}
	if d.ContentHash("v2") == h {
		t.Error("a new extractor version keeps the hash: documents would not be re-extracted")
	}
	moved := d
	moved.Title, moved.URL = "Trê", "ve" // the same bytes, split differently
	if moved.ContentHash("v1") == h {
		t.Error("moving bytes from the title to the URL keeps the hash")
	}
}
