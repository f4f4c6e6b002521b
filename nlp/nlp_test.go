package nlp

import (
	"strings"
	"sync"
	"testing"
)

// word finds the first word with this form.
func word(t *testing.T, s Sentence, form string) Word {
	t.Helper()
	for _, w := range s.Words {
		if w.Form == form {
			return w
		}
	}
	t.Fatalf("no word %q in %q", form, s.Text)
	return Word{}
}

func parseOne(t *testing.T, text string) Sentence {
	t.Helper()
	sents := Default().Parse(text)
	if len(sents) != 1 {
		t.Fatalf("Parse(%q) gave %d sentences, want 1", text, len(sents))
	}
	return sents[0]
}

func TestNegatedPerfect(t *testing.T) {
	s := parseOne(t, "La Russie n'a pas encore accepté le cessez-le-feu.")
	verb := word(t, s, "accepté")
	if verb.Head != 0 || verb.Lemma != "accepter" || verb.UPOS != "VERB" {
		t.Errorf("accepté: head %d lemma %q UPOS %s, want the root verb accepter", verb.Head, verb.Lemma, verb.UPOS)
	}
	subj := word(t, s, "Russie")
	if subj.Head != verb.ID || subj.DepRel != "nsubj" {
		t.Errorf("Russie: %s of word %d, want nsubj of accepté (%d)", subj.DepRel, subj.Head, verb.ID)
	}
	ne := word(t, s, "n'")
	if ne.Feat("Polarity") != "Neg" || ne.DepRel != "advmod" || ne.Head != verb.ID {
		t.Errorf("n': Polarity=%q %s of %d, want Polarity=Neg advmod of accepté", ne.Feat("Polarity"), ne.DepRel, ne.Head)
	}
	// The treebanks attach "pas" of "pas encore" to "encore", itself an
	// advmod of the verb; either way "pas" must reach accepté through advmods.
	pas := word(t, s, "pas")
	head := s.Word(pas.Head)
	if pas.Feat("Polarity") != "Neg" || pas.DepRel != "advmod" ||
		(pas.Head != verb.ID && (head.DepRel != "advmod" || head.Head != verb.ID)) {
		t.Errorf("pas: Polarity=%q %s of %q, want Polarity=Neg advmod of accepté or of its adverb", pas.Feat("Polarity"), pas.DepRel, head.Form)
	}
	if aux := word(t, s, "a"); aux.UPOS != "AUX" || aux.Head != verb.ID || aux.Lemma != "avoir" {
		t.Errorf("a: %s lemma %q head %d, want AUX avoir of accepté", aux.UPOS, aux.Lemma, aux.Head)
	}
	if obj := word(t, s, "cessez-le-feu"); obj.DepRel != "obj" || obj.Head != verb.ID {
		t.Errorf("cessez-le-feu: %s of %d, want obj of accepté", obj.DepRel, obj.Head)
	}
}

var tenseTests = []struct {
	text, verb, lemma, tense, mood string
}{
	{"Witkoff rencontrera Poutine.", "rencontrera", "rencontrer", "Fut", "Ind"},
	{"Le gouvernement signerait l'accord.", "signerait", "signer", "Pres", "Cnd"},
	{"Les soldats ont quitté la ville.", "ont", "avoir", "Pres", "Ind"},
	{"Le ministre annonçait sa démission.", "annonçait", "annoncer", "Imp", "Ind"},
}

func TestTenseAndMood(t *testing.T) {
	for _, tt := range tenseTests {
		t.Run(tt.verb, func(t *testing.T) {
			w := word(t, parseOne(t, tt.text), tt.verb)
			if w.Lemma != tt.lemma || w.Feat("Tense") != tt.tense || w.Feat("Mood") != tt.mood {
				t.Errorf("%s: lemma %q Tense=%q Mood=%q, want %s Tense=%s Mood=%s (feats %s)",
					tt.verb, w.Lemma, w.Feat("Tense"), w.Feat("Mood"), tt.lemma, tt.tense, tt.mood, w.Feats)
			}
		})
	}
}

func TestSubjectAndObject(t *testing.T) {
	s := parseOne(t, "Witkoff rencontrera Poutine.")
	verb := word(t, s, "rencontrera")
	if got := s.ChildrenWithRel(verb.ID, "nsubj"); len(got) != 1 || s.Word(got[0]).Form != "Witkoff" {
		t.Errorf("subjects of rencontrera: %v, want Witkoff", got)
	}
	if got := s.ChildrenWithRel(verb.ID, "obj"); len(got) != 1 || s.Word(got[0]).Form != "Poutine" {
		t.Errorf("objects of rencontrera: %v, want Poutine", got)
	}
	if s.Root() != verb.ID {
		t.Errorf("root %d, want rencontrera (%d)", s.Root(), verb.ID)
	}
}

func TestApposition(t *testing.T) {
	s := parseOne(t, "Emmanuel Macron, le président français, a rencontré Olaf Scholz.")
	pres := word(t, s, "président")
	if pres.DepRel != "appos" || s.Word(pres.Head).Form != "Emmanuel" {
		t.Errorf("président: %s of %q, want appos of Emmanuel", pres.DepRel, s.Word(max(pres.Head, 1)).Form)
	}
}

func TestMultiwordTokensShareTheirSpan(t *testing.T) {
	text := "Il parle du conflit."
	s := parseOne(t, text)
	if len(s.Tokens) != 1 || s.Tokens[0].Form != "du" {
		t.Fatalf("multiword tokens %+v, want du", s.Tokens)
	}
	de, le := s.Words[2], s.Words[3]
	if de.Form != "de" || le.Form != "le" || de.Start != le.Start || text[de.Start:de.End] != "du" {
		t.Errorf("du: words %q [%d,%d) and %q [%d,%d), want de and le spanning \"du\"", de.Form, de.Start, de.End, le.Form, le.Start, le.End)
	}
	if de.UPOS != "ADP" || le.UPOS != "DET" {
		t.Errorf("de %s, le %s; want ADP and DET", de.UPOS, le.UPOS)
	}
}

func TestOffsetsPointIntoText(t *testing.T) {
	text := "  « L’armée n’avancera pas », a dit M. Zelensky.\n\nDu côté de Kyiv, 1 000 soldats sont arrivés. "
	sents := Default().Parse(text)
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(sents))
	}
	for _, s := range sents {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence text %q is not text[%d:%d]", s.Text, s.Start, s.End)
		}
		for _, w := range s.Words {
			if _, multi := s.tokenOf(w.ID); !multi && text[w.Start:w.End] != w.Form {
				t.Errorf("word %q has span %q", w.Form, text[w.Start:w.End])
			}
		}
	}
}

func (s *Sentence) tokenOf(id int) (Token, bool) {
	for _, t := range s.Tokens {
		if id >= t.First && id <= t.Last {
			return t, true
		}
	}
	return Token{}, false
}

func TestEveryWordHasAHeadInTheSentence(t *testing.T) {
	text := strings.Repeat("Le chat, qui dort, ne mange pas la souris que le chien a vue hier soir ", 30) + "."
	for _, s := range Default().Parse(text) {
		roots := 0
		for _, w := range s.Words {
			if w.Head < 0 || w.Head > len(s.Words) || w.Head == w.ID {
				t.Fatalf("word %d %q has head %d", w.ID, w.Form, w.Head)
			}
			if w.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence of %d words has %d roots", len(s.Words), roots)
		}
		if len(s.Words) > maxWords {
			t.Errorf("sentence of %d words, longer than the %d-word cut", len(s.Words), maxWords)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	text := "La Russie n'a pas encore accepté le cessez-le-feu. Witkoff rencontrera Poutine."
	want := Default().Parse(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got := Default().Parse(text)
				if len(got) != len(want) || got[1].Words[1].Lemma != want[1].Words[1].Lemma {
					t.Error("concurrent Parse gave a different result")
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestFeat(t *testing.T) {
	w := Word{Feats: "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin"}
	for name, want := range map[string]string{"Tense": "Fut", "Person": "3", "Polarity": "", "Ten": ""} {
		if got := w.Feat(name); got != want {
			t.Errorf("Feat(%q) = %q, want %q", name, got, want)
		}
	}
}

// FuzzParse checks that any bytes parse without panicking into sentences
// whose words have heads inside their sentence.
func FuzzParse(f *testing.F) {
	f.Add("La Russie n'a pas encore accepté le cessez-le-feu.")
	f.Add("« Non », dit-il. Du 1 000 au 14,5 % des M. etc.")
	f.Add("\xff\xfe\x00 l'\x80du")
	f.Add("...")
	f.Add("")
	p := Default()
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range p.Parse(text) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("sentence span [%d,%d) outside text of %d bytes", s.Start, s.End, len(text))
			}
			for _, w := range s.Words {
				if w.Head < 0 || w.Head > len(s.Words) {
					t.Fatalf("word %q has head %d outside its sentence", w.Form, w.Head)
				}
			}
		}
	})
}
