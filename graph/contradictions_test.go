package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// readerOf builds articles written for the test and indexes them.
func readerOf(t *testing.T, lines ...string) *graph.Reader {
	t.Helper()
	r, err := graph.NewReader(context.Background(), ingesttest.BuildLines(t, lines...))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Two articles written for the test: one says Macron met Scholz on Tuesday,
// the other that they did not meet. The contradiction is listed with both
// sources; a third article that agrees with the first adds a second one,
// and the plan in a fourth contradicts nothing.
func TestTwoSourcesThatDisagreeAreListed(t *testing.T) {
	r := readerOf(t,
		`{"id":"oui","date":"2025-03-13","source":"Le Quotidien","title":"Sommet à Paris","text":"Emmanuel Macron a rencontré Olaf Scholz mardi à Paris."}`,
		`{"id":"non","date":"2025-03-14","source":"Le Temps","title":"Pas de rencontre","text":"Emmanuel Macron et Olaf Scholz ne se sont pas rencontrés mardi."}`,
		`{"id":"plan","date":"2025-03-14","source":"Le Soir","text":"Emmanuel Macron ne rencontrera pas Olaf Scholz lundi."}`,
	)
	cs, total, err := r.Contradictions(context.Background(), "Emmanuel_Macron", 0, 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || total != 1 {
		t.Fatalf("%d contradictions of %d, want 1: %+v", len(cs), total, cs)
	}
	c := cs[0]
	got := map[string]string{}
	for _, s := range c.Statements {
		if s.Document == nil || s.Document.Outlet == nil || s.Sentence == nil {
			t.Fatalf("a source without its document, outlet or sentence: %+v", s)
		}
		got[s.Document.ID] = s.Polarity + " " + s.Predicate + " " + s.Document.Date + " " + s.Document.Outlet.Name + " " + s.EventTime + " «" + s.Sentence.Text + "»"
	}
	want := map[string]string{
		"oui": "positive met 2025-03-13 Le Quotidien 2025-03-11 «Emmanuel Macron a rencontré Olaf Scholz mardi à Paris.»",
		"non": "negative met 2025-03-14 Le Temps 2025-03-11 «Emmanuel Macron et Olaf Scholz ne se sont pas rencontrés mardi.»",
	}
	if c.Kind != "polarity" || len(got) != 2 || got["oui"] != want["oui"] || got["non"] != want["non"] {
		t.Errorf("contradiction %s %q, want polarity %q", c.Kind, got, want)
	}
	if cs, _, _ := r.Contradictions(context.Background(), "Olaf_Scholz", 0, 50); len(cs) != 1 {
		t.Errorf("from Scholz's side: %d contradictions, want 1", len(cs))
	}
}

// One outlet says Russia accepted the ceasefire, another that it rejected
// it; a third that it might accept it contradicts neither.
func TestAcceptedAgainstRejectedIsListed(t *testing.T) {
	r := readerOf(t,
		`{"id":"a","date":"2025-03-13","source":"Le Quotidien","text":"La Russie a accepté le cessez-le-feu."}`,
		`{"id":"b","date":"2025-03-14","source":"Le Temps","text":"La Russie a rejeté le cessez-le-feu."}`,
		`{"id":"c","date":"2025-03-14","source":"Le Soir","text":"La Russie pourrait accepter le cessez-le-feu."}`,
	)
	cs, _, err := r.Contradictions(context.Background(), "Russia", 0, 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Kind != "acceptedRejected" {
		t.Fatalf("contradictions %+v, want one acceptedRejected", cs)
	}
	if a, b := cs[0].Statements[0].Document.ID, cs[0].Statements[1].Document.ID; a+b != "ab" && a+b != "ba" {
		t.Errorf("between %s and %s, want a and b", a, b)
	}
}

// Four articles say Macron met Scholz, three that they did not, and one of
// each kind is the same document (it reports both): 4×3 pairs less that
// one. They are counted, not all listed: a page of them is, from an
// offset, and the pages together are every pair once.
func TestContradictionsAreCountedAndPaged(t *testing.T) {
	var lines []string
	for i, city := range []string{"Paris", "Berlin", "Rome", "Madrid"} {
		lines = append(lines, fmt.Sprintf(`{"id":"oui%d","date":"2025-03-1%d","text":"Emmanuel Macron a rencontré Olaf Scholz mardi à %s."}`, i, i, city))
	}
	for i, city := range []string{"Lyon", "Nice"} {
		lines = append(lines, fmt.Sprintf(`{"id":"non%d","date":"2025-03-1%d","text":"Emmanuel Macron et Olaf Scholz ne se sont pas rencontrés mardi à %s."}`, i, i, city))
	}
	lines[3] = `{"id":"oui3","date":"2025-03-13","text":"Emmanuel Macron a rencontré Olaf Scholz mardi à Madrid. Emmanuel Macron et Olaf Scholz ne se sont pas rencontrés mercredi à Nantes."}`
	r := readerOf(t, lines...)
	seen := map[string]int{}
	for offset := 0; offset < 20; offset += 5 {
		cs, total, err := r.Contradictions(context.Background(), "Olaf_Scholz", offset, 5)
		if err != nil {
			t.Fatal(err)
		}
		if total != 11 {
			t.Fatalf("offset %d: total %d, want 4×3-1 = 11", offset, total)
		}
		if want := min(5, max(0, 11-offset)); len(cs) != want {
			t.Errorf("offset %d: %d listed, want %d", offset, len(cs), want)
		}
		for _, c := range cs {
			a, b := c.Statements[0].Document.ID, c.Statements[1].Document.ID
			if a == b {
				t.Errorf("a document paired with itself: %s", a)
			}
			seen[a+"/"+b]++
		}
	}
	if len(seen) != 11 {
		t.Errorf("%d distinct pairs over the pages, want 11: %v", len(seen), seen)
	}
	for pair, n := range seen {
		if n != 1 {
			t.Errorf("%s listed %d times", pair, n)
		}
	}
}
