package nlp

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/nlp/ner"
)

// demonyms is a lexicon of nationality words, as a gazetteer gives them.
type demonyms []string

func (d demonyms) Known(forms []string) (int, ner.Type) {
	if slices.Contains(d, strings.ToLower(forms[0])) {
		return 1, ner.Nationality
	}
	return 0, ""
}

// TestEntities reads names no list knows: people after a title, companies
// and parties after their head noun, places after "à" and "de", and
// nationality adjectives; titles, head nouns and pronouns stay out.
func TestEntities(t *testing.T) {
	cases := []struct {
		text    string
		lex     ner.Lexicon
		want    []string // "Type:words"
		notWant []string // spans that must not be found, whatever their type
	}{
		{text: "Mme Aurélie Vantrasse a rencontré hier les responsables de l'association à Quimperlé.",
			want: []string{"Person:Aurélie Vantrasse", "Place:Quimperlé"}, notWant: []string{"Mme Aurélie Vantrasse"}},
		{text: "Le groupe Brelandor a racheté la société Finoptix, installée à Villeneuve-sur-Lot.",
			want:    []string{"Organization:Brelandor", "Organization:Finoptix", "Place:Villeneuve-sur-Lot"},
			notWant: []string{"groupe Brelandor", "société Finoptix"}},
		{text: "Selon la préfecture, le docteur Paul Kermadec est arrivé à Tarbes lundi.",
			want: []string{"Person:Paul Kermadec", "Place:Tarbes"}, notWant: []string{"docteur Paul Kermadec", "Selon"}},
		{text: "Le Parti des Travailleurs Unis a manifesté devant la mairie de Saint-Girons.",
			want: []string{"Organization:Parti des Travailleurs Unis", "Place:Saint-Girons"}},
		{text: "Les autorités argentines et le gouvernement britannique ont salué l'accord.", lex: demonyms{"britannique"},
			want: []string{"Nationality:argentines", "Nationality:britannique"}, notWant: []string{"Les"}},
		{text: "Il a déclaré que la situation était grave.", notWant: []string{"Il"}},
	}
	for _, c := range cases {
		var got []string
		var spans []string
		for _, s := range Default().WithLexicon(c.lex).Parse(c.text) {
			for _, e := range s.Entities {
				words := c.text[e.Start:e.End]
				got = append(got, string(e.Type)+":"+words)
				spans = append(spans, words)
				if e.Score <= 0 || e.Score > 1 || e.Last < e.First {
					t.Errorf("%q: entity %+v out of range", c.text, e)
				}
			}
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no %s; found %v", c.text, w, got)
			}
		}
		for _, w := range c.notWant {
			if slices.Contains(spans, w) {
				t.Errorf("%q: found %q, which is not a name; found %v", c.text, w, got)
			}
		}
	}
}

// The extractor reads each sentence's Entities: word IDs First..Last,
// byte offsets, a type and a score. WithLexicon gives the recognizer a list
// of known names (newskg's gazetteer, in the extractor).
func ExamplePipeline_Parse_entities() {
	text := "Le docteur Paul Kermadec est arrivé à Tarbes avec des médecins argentins."
	p := Default().WithLexicon(demonyms{"argentins"})
	for _, s := range p.Parse(text) {
		for _, e := range s.Entities {
			fmt.Printf("%s %q (words %d-%d)\n", e.Type, text[e.Start:e.End], e.First, e.Last)
		}
	}
	// Output:
	// Person "Paul Kermadec" (words 3-4)
	// Place "Tarbes" (words 8-8)
	// Nationality "argentins" (words 12-12)
}
