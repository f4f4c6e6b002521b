package fr

import (
	"strings"
	"testing"

	"github.com/newskg/newskg/schema"
)

// The lexicons are read when the package loads; a bad line panics there and
// fails this test binary. These check what the rules rely on.
func TestLexiconKeepsTheOrderOfFrames(t *testing.T) {
	f := Verbs["appeler"]
	if len(f) != 2 || f[0].Predicate != schema.Urged || f[0].Complement != "a-inf" || f[1].Predicate != schema.SpokeWith {
		t.Errorf("appeler: %+v, want urged with à + infinitive, then spokeWith", f)
	}
	if r := Verbs["réunir"]; len(r) != 2 || !r[0].Reflexive || r[0].Prep != "avec" || !r[1].AllParties {
		t.Errorf("réunir: %+v, want se réunir avec, then réunir X et Y", r)
	}
	if n := EventNouns["sommet"]; n.Predicate != schema.PlansToMeet || !n.Planned {
		t.Errorf("sommet: %+v, want a planned plansToMeet", n)
	}
}

func TestReadTableNamesTheLine(t *testing.T) {
	err := readTable("x.tsv", []byte("# header\nrencontrer\tmet\n"), 7, func([]string) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "x.tsv:2") {
		t.Errorf("a short line: got %v, want an error naming x.tsv:2", err)
	}
}

func TestLightVerbsAreReadWithTheirPreposition(t *testing.T) {
	if p, ok := LightVerbs["participer"]; !ok || p != "a" {
		t.Errorf("participer: %q %v, want a light verb with à", p, ok)
	}
	if p, ok := LightVerbs["avoir"]; !ok || p != "" {
		t.Errorf("avoir: %q %v, want a light verb with a direct object", p, ok)
	}
	if _, ok := LightVerbs["faire"]; ok || !SupportVerbs["faire"] {
		t.Errorf("faire: want a support verb only (fait pression), not a light verb")
	}
}
