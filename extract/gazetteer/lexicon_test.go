package gazetteer

import (
	"strings"
	"testing"

	"github.com/newskg/newskg/nlp/ner"
)

func TestKnownGivesTheRecognizerTypesAndLengths(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		words string // the forms from the asked position on, space-separated
		n     int
		typ   ner.Type
	}{
		{"Emmanuel Macron a dit", 2, ner.Person},
		{"Macron a dit", 1, ner.Person},
		{"Royaume-Uni et France", 1, ner.Place}, // one form, two folded words
		{"France", 1, ner.Place},                // a Country is a Place
		{"Organisation des Nations unies a", 4, ner.Organization},
		{"ONU", 1, ner.Organization},
		{"française", 1, ner.Nationality},
		{"Russes ont", 1, ner.Nationality},
		{"suisse", 1, ner.Nationality}, // the adjective, not Switzerland
		{"Suisse", 1, ner.Place},
		{"Un porte-parole", 0, ""}, // not the UN: acronyms match in capitals only
		{"Vantrasse a dit", 0, ""},
	}
	for _, c := range cases {
		n, typ := g.Known(strings.Fields(c.words))
		if n != c.n || typ != c.typ {
			t.Errorf("Known(%q) = %d %q, want %d %q", c.words, n, typ, c.n, c.typ)
		}
	}
}
