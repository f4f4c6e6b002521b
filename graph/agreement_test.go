package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

// wire is a dispatch that several outlets carry.
const wire = "Emmanuel Macron a rencontré Olaf Scholz mardi à Paris pour discuter du soutien à l'Ukraine. " +
	"Les deux dirigeants ont affirmé leur volonté de renforcer la défense européenne et de poursuivre " +
	"l'aide militaire à Kiev, selon un communiqué publié dans la soirée. La rencontre, prévue de longue date, " +
	"intervient alors que les négociations sur un cessez-le-feu piétinent."

// Three outlets carry the same wire story, each with its own headline; a
// fourth writes its own article saying the same. The fact counts two
// reports, with four outlets, first and last reported.
func TestCopiesOfAWireStoryCountOnce(t *testing.T) {
	r := readerOf(t,
		`{"id":"q","date":"2025-03-12","source":"Le Quotidien","text":"Sommet à Paris\n`+wire+`"}`,
		`{"id":"t","date":"2025-03-12","source":"Le Temps","text":"Macron et Scholz à Paris\n`+wire+`\nLire aussi : notre dossier"}`,
		`{"id":"s","date":"2025-03-13","source":"Le Soir","text":"`+wire+`"}`,
		`{"id":"p","date":"2025-03-14","source":"La Presse","text":"Le chancelier allemand Olaf Scholz était à Paris mardi. Emmanuel Macron a rencontré Olaf Scholz à l'Élysée."}`,
	)
	facts, err := r.Agreement(context.Background(), "Olaf_Scholz", graph.TimelineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var met *graph.Agreement
	for i, f := range facts {
		if f.Predicate == "met" && f.Polarity == "positive" {
			met = &facts[i]
		}
	}
	if met == nil {
		t.Fatalf("no met fact in %+v", facts)
	}
	var outlets []string
	for _, o := range met.Outlets {
		outlets = append(outlets, o.Name)
	}
	got := strings.Join(outlets, ", ")
	if met.Reports != 2 || len(met.Documents) != 4 || got != "Le Quotidien, Le Temps, Le Soir, La Presse" ||
		met.FirstReported != "2025-03-12" || met.LastReported != "2025-03-14" {
		t.Errorf("met: %d reports, %d documents, outlets %s, %s to %s; want 2 reports, 4 documents, four outlets, 2025-03-12 to 2025-03-14",
			met.Reports, len(met.Documents), got, met.FirstReported, met.LastReported)
	}
}

// Three outlets and nobody else carry one wire story: the meeting is one
// report with three outlets. As of the first day, two of them had carried
// it; since the day after, it is not new.
func TestThreeOutletsOfOneWireStoryAreOneReport(t *testing.T) {
	r := readerOf(t,
		`{"id":"q","date":"2025-03-12","source":"Le Quotidien","text":"Sommet à Paris\n`+wire+`"}`,
		`{"id":"t","date":"2025-03-12","source":"Le Temps","text":"`+wire+`\nLire aussi : notre dossier"}`,
		`{"id":"s","date":"2025-03-13","source":"Le Soir","text":"`+wire+`"}`,
	)
	for _, c := range []struct {
		opts graph.TimelineOptions
		want string
	}{
		{graph.TimelineOptions{}, "1 report, 3 documents: Le Quotidien, Le Temps, Le Soir"},
		{graph.TimelineOptions{AsOf: "2025-03-12"}, "1 report, 2 documents: Le Quotidien, Le Temps"},
		{graph.TimelineOptions{Since: "2025-03-13"}, "not listed"},
	} {
		facts, err := r.Agreement(context.Background(), "Olaf_Scholz", c.opts)
		if err != nil {
			t.Fatal(err)
		}
		got := "not listed"
		for _, f := range facts {
			if f.Predicate == "met" && f.Polarity == "positive" {
				var outlets []string
				for _, o := range f.Outlets {
					outlets = append(outlets, o.Name)
				}
				got = fmt.Sprintf("%d report, %d documents: %s", f.Reports, len(f.Documents), strings.Join(outlets, ", "))
			}
		}
		if got != c.want {
			t.Errorf("%+v: %s, want %s", c.opts, got, c.want)
		}
	}
}
