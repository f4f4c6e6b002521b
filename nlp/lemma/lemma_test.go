package lemma

import (
	"bytes"
	"testing"
)

func TestLemma(t *testing.T) {
	l := Train([]Example{
		{"chantait", "VERB", "chanter"}, {"parlait", "VERB", "parler"}, {"chevaux", "NOUN", "cheval"},
		{"est", "AUX", "être"}, {"Paris", "PROPN", "Paris"}, {"l'", "DET", "le"},
	}, Golem())
	for _, tt := range []struct{ form, upos, want string }{
		{"est", "AUX", "être"},                // training lexicon
		{"Est", "AUX", "être"},                // case-folded
		{"l’", "DET", "le"},                   // typographic apostrophe
		{"rencontrera", "VERB", "rencontrer"}, // golem
		{"accepté", "VERB", "accepter"},       // golem
		{"dansait", "VERB", "danser"},         // golem or the -ait rule
		{"zorglubait", "VERB", "zorgluber"},   // unknown everywhere: the -ait rule
		{"Witkoff", "PROPN", "Witkoff"},       // proper nouns keep their form
		{"14,5", "NUM", "14,5"},
	} {
		if got := l.Lemma(tt.form, tt.upos); got != tt.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tt.form, tt.upos, got, tt.want)
		}
	}
}

func TestSaveLoad(t *testing.T) {
	l := Train([]Example{{"chantait", "VERB", "chanter"}, {"chevaux", "NOUN", "cheval"}}, nil)
	var a, b bytes.Buffer
	if err := l.Save(&a); err != nil {
		t.Fatal(err)
	}
	l.Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("Save is not deterministic")
	}
	m, err := Load(a.Bytes(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Lemma("dansait", "VERB"); got != "danser" {
		t.Errorf("reloaded rules: dansait -> %q, want danser", got)
	}
}
