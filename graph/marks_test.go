package graph

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/schema"
)

// A name said twice in a sentence is marked where the statement reads it,
// not at its other occurrence: the store keeps the offsets of the mentions
// the extractor read. (The extractor reads no statement from "Macron a salué
// Scholz avant que Scholz ne rencontre Meloni": these sentences say the
// same with a verb it reads.)
func TestMarksFallOnTheOccurrenceTheStatementReads(t *testing.T) {
	cases := []struct {
		text             string
		entity, other    string // the statement is about entity, with other
		role             string
		occurrence       int // 1 or 2: which "Scholz" is marked
		predicate, whose string
	}{
		// met(Olaf_Scholz, Vladimir_Putin): the second Scholz meets, not the one greeted
		{"Macron a salué Scholz, puis Scholz a rencontré Poutine.", "Olaf_Scholz", "Vladimir_Putin", "subject", 2, "met", "Scholz"},
		// met is symmetric: Meloni is its subject, Scholz, the second, its object
		{"Macron a salué Scholz, puis Scholz a rencontré Meloni.", "Olaf_Scholz", "Giorgia_Meloni", "object", 2, "met", "Scholz"},
		// Macron received the first Scholz, not the one who meets Poutine
		{"Macron a reçu Scholz avant que Scholz ne rencontre Poutine.", "Olaf_Scholz", "Emmanuel_Macron", "object", 1, "met", "Scholz"},
	}
	ex, err := extract.NewRules()
	if err != nil {
		t.Fatal(err)
	}
	var xs []*schema.Extraction
	for i, c := range cases {
		x, err := ex.Extract(schema.Document{ID: fmt.Sprintf("scholz-%d", i), Lang: "fr", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		xs = append(xs, x)
	}
	r := reader(t, xs...)
	ctx := context.Background()
	for i, c := range cases {
		sts, err := r.StatementsAbout(ctx, c.entity, StatementFilter{Predicate: c.predicate, Other: c.other, Document: fmt.Sprintf("scholz-%d", i)})
		if err != nil {
			t.Fatal(err)
		}
		if len(sts) != 1 {
			t.Errorf("%q: %d %s statements of %s and %s, want 1", c.text, len(sts), c.predicate, c.entity, c.other)
			continue
		}
		if err := r.WithSentences(ctx, sts); err != nil {
			t.Fatal(err)
		}
		first := strings.Index(c.text, c.whose)
		second := first + len(c.whose) + strings.Index(c.text[first+len(c.whose):], c.whose)
		want, other := first, second
		if c.occurrence == 2 {
			want, other = second, first
		}
		var at []int
		for _, m := range sts[0].Marks {
			if m.Role == c.role {
				at = append(at, m.Start)
			}
		}
		if len(at) != 1 || at[0] != want {
			t.Errorf("%q: %s marked at %v, want at %d only (not at %d)", c.text, c.role, at, want, other)
		}
	}
}
