package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/nlp/ner"
	"github.com/newskg/newskg/schema"
)

// Known makes the gazetteer the named-entity recognizer's list of known
// names (ner.Lexicon): a name in capitals that is one of its aliases is a
// Person, an Organization or a Place (a Country is a Place to the
// recognizer), and a demonym ("française", "Russes") a Nationality. A word
// in lower case is only ever a demonym: "suisse" the adjective is not
// Switzerland. It returns how many of forms the name covers, 0 if none.
func (g *Gazetteer) Known(forms []string) (int, ner.Type) {
	if len(forms) == 0 {
		return 0, ""
	}
	first := schema.Fold(forms[0])
	r, _ := utf8.DecodeRuneInString(forms[0])
	if unicode.IsUpper(r) {
		if n, t := g.knownName(forms, first); n > 0 {
			return n, t
		}
	}
	if g.demonyms[first] != nil {
		return 1, ner.Nationality
	}
	return 0, ""
}

// knownName matches the aliases that start with the first form. schema.Fold may
// split a form into several words ("Saint-Lô"), so a match counts only if
// it ends at the end of a form.
func (g *Gazetteer) knownName(forms []string, first string) (int, ner.Type) {
	head, _, _ := strings.Cut(first, " ")
	if len(g.byFirst[head]) == 0 {
		return 0, ""
	}
	var words []string
	var formEnd []int // formEnd[k]: forms covered by words[:k+1], or 0 mid-form
	for i := 0; i < len(forms) && len(words) < g.maxWords; i++ {
		folded := first
		if i > 0 {
			folded = schema.Fold(forms[i])
		}
		parts := strings.Fields(folded)
		for j, w := range parts {
			words = append(words, w)
			end := 0
			if j == len(parts)-1 {
				end = i + 1
			}
			formEnd = append(formEnd, end)
		}
	}
	n, entries := g.Match(words, forms[0])
	if n == 0 || formEnd[n-1] == 0 {
		return 0, ""
	}
	switch entries[0].Type {
	case schema.Person:
		return formEnd[n-1], ner.Person
	case schema.Organization:
		return formEnd[n-1], ner.Organization
	case schema.Place, schema.Country:
		return formEnd[n-1], ner.Place
	}
	return 0, ""
}
