package graph_test

import (
	"context"
	"strings"
	"testing"
)

// Articles written for the test name states by their capitals and their
// people ("Moscou a répondu", "pressions de Washington sur Kiev", "les
// Ukrainiens") and name the Kremlin and the Washington Post. A search finds
// an entity by every name the store knows it by, in French or English,
// whatever the case and accents: the state first when the query is its
// capital, before what merely contains the word.
func TestSearchFindsAnEntityByEveryNameItIsKnownBy(t *testing.T) {
	r := readerOf(t,
		`{"id":"a","date":"2025-03-13","text":"Moscou a répondu jeudi aux pressions de Washington sur Kiev. Le Kremlin a démenti toute rencontre."}`,
		`{"id":"b","date":"2025-03-14","text":"Vladimir Poutine a rencontré Donald Trump. Les États-Unis soutiennent l'Ukraine, selon le Washington Post."}`,
		`{"id":"c","date":"2025-03-15","text":"Les Ukrainiens ont voté dimanche."}`,
	)
	for _, c := range []struct {
		q       string
		want    string // the hits, in order, each with the name that matched
		notWant string // an entity that must not come first
	}{
		{"Kiev", "Ukraine (Kiev, capital)", ""},
		{"Kyiv", "Ukraine (Kyiv, capital)", ""}, // the English name of the capital
		{"kiïv", "Ukraine (Kiïv, capital)", ""}, // another spelling, without its accent
		{"Washington", "United_States (Washington, capital), The_Washington_Post (The Washington Post)", "The_Washington_Post"},
		{"Moscou", "Russia (Moscou, capital), Kremlin (Kremlin de Moscou)", "Kremlin"},
		{"moscow", "Russia (Moscow, capital), Kremlin (Moscow Kremlin)", "Kremlin"},
		{"poutine", "Vladimir_Putin (Poutine)", ""},
		{"PUTIN", "Vladimir_Putin (Putin)", ""},
		{"Etats-Unis", "United_States (Etats-Unis)", ""},
		{"états unis", "United_States (Etats-Unis)", ""},
		{"ukrainiens", "Ukraine (ukrainiens, demonym)", ""},
		{"ukr", "Ukraine (Ukraine)", ""},  // a prefix of its name
		{"russie", "Russia (Russie)", ""}, // the French name
		{"zelenski", "", ""},              // nobody: no fuzzy matching
	} {
		hits, err := r.Search(context.Background(), c.q, "")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			s := h.ID + " (" + h.Matched
			if h.Via != "" {
				s += ", " + h.Via
			}
			got = append(got, s+")")
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("Search(%q) = %s\nwant %s", c.q, strings.Join(got, ", "), c.want)
		}
		if c.notWant != "" && len(hits) > 0 && hits[0].ID == c.notWant {
			t.Errorf("Search(%q) puts %s first", c.q, c.notWant)
		}
	}
}
