package schema

import (
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
)

// A statement node carries the time its sentence gives, a document its
// outlet; a statement without a time carries none, and a document's date is
// never copied onto its statements.
func TestEventTimeAndOutletQuads(t *testing.T) {
	x := &Extraction{
		Document: Document{ID: "d1", Date: "2025-03-14", Text: "Macron a rencontré Scholz jeudi soir. Macron a parlé à Scholz.",
			Outlet: Outlet{Name: "Le Monde", Host: "lemonde.fr", Country: "France", Tier: "1"}},
		Sentences: []Sentence{{Index: 0, Start: 0, End: 37}, {Index: 1, Start: 38, End: 63}},
		Statements: []Statement{
			{Subject: "Emmanuel_Macron", Predicate: Met, Object: "Olaf_Scholz", Sentence: 0, Polarity: Positive, Modality: Asserted,
				EventTime: "2025-03-13", EventPrecision: "day", EventText: "jeudi soir"},
			{Subject: "Emmanuel_Macron", Predicate: SpokeWith, Object: "Olaf_Scholz", Sentence: 1, Polarity: Positive, Modality: Asserted},
		},
	}
	qs := x.DocumentQuads("h")
	has := func(s quad.Value, p quad.IRI, o quad.Value) bool {
		return slices.ContainsFunc(qs, func(q quad.Quad) bool { return q.Subject == s && q.Predicate == p && q.Object == o })
	}
	met, spoke := StatementIRI("d1", x.Statements[0]), StatementIRI("d1", x.Statements[1])
	for _, w := range []struct {
		p quad.IRI
		o string
	}{{EventTime, "2025-03-13"}, {EventPrecision, "day"}, {EventText, "jeudi soir"}} {
		if !has(met, w.p, quad.String(w.o)) {
			t.Errorf("no %s %s %q", met, w.p, w.o)
		}
	}
	for _, q := range qs {
		if q.Subject == spoke && (q.Predicate == EventTime || q.Predicate == Date) {
			t.Errorf("a statement whose sentence gives no time has %v", q)
		}
	}
	if !has(DocumentIRI("d1"), PublishedBy, quad.IRI("Le_Monde")) {
		t.Errorf("no <publishedBy> <Le_Monde> on the document")
	}
	outlet := OutletQuads(x.Document.Outlet)
	for _, w := range []struct {
		p quad.IRI
		o quad.Value
	}{{Name, quad.String("Le Monde")}, {TypeOf, Organization.IRI()}, {OutletHost, quad.String("lemonde.fr")},
		{OutletCountry, quad.String("France")}, {OutletTier, quad.String("1")}} {
		if !slices.Contains(outlet, quad.Quad{Subject: quad.IRI("Le_Monde"), Predicate: w.p, Object: w.o}) {
			t.Errorf("outlet quads %v lack %s %v", outlet, w.p, w.o)
		}
	}
	if OutletQuads(Outlet{}) != nil {
		t.Errorf("a document without an outlet gives an outlet node")
	}
}
