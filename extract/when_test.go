package extract

import (
	"testing"

	"github.com/newskg/newskg/schema"
)

// A statement is dated by the time words of its sentence, resolved against
// the document's publication date; the document's own date is never copied
// onto it. Texts written for the test; 14 March 2025 is a Friday.
func TestAStatementIsDatedByItsSentence(t *testing.T) {
	x := newRules(t)
	for _, c := range []struct {
		name, date, text string
		fact             string // the statement, "Subject predicate Object"
		want             string // "eventTime precision «eventText»", or "" for none
	}{
		{"a weekday and a part of it", "2025-03-14",
			"Emmanuel Macron a rencontré Olaf Scholz jeudi soir à Paris.",
			"Emmanuel_Macron met Olaf_Scholz", "2025-03-13 day «jeudi soir»"},
		{"a plan points forward", "2025-03-14",
			"Emmanuel Macron rencontrera Volodymyr Zelensky lundi.",
			"Emmanuel_Macron plansToMeet Volodymyr_Zelensky", "2025-03-17 day «lundi»"},
		{"hier in a text published at 00:30", "2025-03-14T00:30:00+01:00",
			"Emmanuel Macron a rencontré Olaf Scholz hier.",
			"Emmanuel_Macron met Olaf_Scholz", "2025-03-13 day «hier»"},
		{"a month without a year, around New Year", "2026-01-05",
			"La Russie a rejeté le cessez-le-feu en décembre.",
			"Russia rejected Ceasefire", "2025-12 month «en décembre»"},
		{"no time in the sentence: none, not the report date", "2025-03-14",
			"Emmanuel Macron a rencontré Olaf Scholz à Paris.",
			"Emmanuel_Macron met Olaf_Scholz", ""},
		{"the dateline dates the report, not the meeting", "2025-03-14",
			"Publié le 14/03/2025 à 18h05 - Emmanuel Macron a rencontré Olaf Scholz à Paris.",
			"Emmanuel_Macron met Olaf_Scholz", ""},
		{"an undated text keeps a full date", "",
			"Emmanuel Macron a rencontré Olaf Scholz le 11 mars 2025.",
			"Emmanuel_Macron met Olaf_Scholz", "2025-03-11 day «le 11 mars 2025»"},
		{"an undated text cannot resolve a weekday", "",
			"Emmanuel Macron a rencontré Olaf Scholz jeudi.",
			"Emmanuel_Macron met Olaf_Scholz", ""},
		{"the expression nearest the statement", "2025-03-14",
			"Après l'attaque du 2 mars, Emmanuel Macron a rencontré Olaf Scholz mercredi.",
			"Emmanuel_Macron met Olaf_Scholz", "2025-03-12 day «mercredi»"},
		{"a date of a noun dates the noun, not the meeting", "2025-03-14",
			"Emmanuel Macron a rencontré Olaf Scholz après l'attaque du 10 mars, mercredi soir.",
			"Emmanuel_Macron met Olaf_Scholz", "2025-03-12 day «mercredi soir»"},
		{"unless the sentence has no other", "2025-03-14",
			"Lors du sommet de jeudi, Emmanuel Macron a rencontré Olaf Scholz.",
			"Emmanuel_Macron met Olaf_Scholz", "2025-03-13 day «jeudi»"},
	} {
		ex, err := x.Extract(schema.Document{ID: "when", Date: c.date, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		var all []string
		for _, s := range ex.Statements {
			line := s.Subject + " " + string(s.Predicate) + " " + s.Object
			all = append(all, line)
			if line != c.fact {
				continue
			}
			found = true
			got := ""
			if s.EventTime != "" {
				got = s.EventTime + " " + s.EventPrecision + " «" + s.EventText + "»"
			}
			if got != c.want {
				t.Errorf("%s: %q dated %q, want %q", c.name, c.fact, got, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no %q in %q", c.name, c.fact, all)
		}
	}
}
