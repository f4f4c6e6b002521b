package graph

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph/storetest"
	"github.com/newskg/newskg/schema"
)

// reader builds v2 and other into a bolt store and opens a Reader on it.
func reader(t *testing.T, xs ...*schema.Extraction) *Reader {
	t.Helper()
	return readerAt(t, filepath.Join(t.TempDir(), "newskg.db"), xs...)
}

// readerAt builds xs into the new store at addr and opens a Reader on it.
func readerAt(t *testing.T, addr string, xs ...*schema.Extraction) *Reader {
	t.Helper()
	build(t, addr, xs...)
	s, err := Open(addr, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	r, err := NewReader(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSearch(t *testing.T) {
	r := reader(t, v2, other)
	for _, c := range []struct {
		q, typ string
		want   []string
	}{
		{"poutine", "", []string{"Vladimir_Putin"}},                                 // a French alias
		{"POUTINE", "", []string{"Vladimir_Putin"}},                                 // any case
		{"Poutiné", "", []string{"Vladimir_Putin"}},                                 // any accent
		{"putin", "", []string{"Vladimir_Putin"}},                                   // a word of the name
		{"ukraine", "", []string{"Ukraine"}},                                        // exact
		{"r", "Country", []string{"Russia", "Ukraine"}},                             // contains, one type
		{"trump", "Country", nil},                                                   // the wrong type
		{"zelensky", "", nil},                                                       // nobody
		{"", "Person", []string{"Donald_Trump", "Steve_Witkoff", "Vladimir_Putin"}}, // everybody, by name
	} {
		hits, err := r.Search(context.Background(), c.q, c.typ)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
		}
		if !equal(got, c.want) {
			t.Errorf("Search(%q, %q) = %v, want %v", c.q, c.typ, got, c.want)
		}
	}
	if h, _ := r.Search(context.Background(), "poutine", ""); len(h) != 1 || h[0].Matched != "Poutine" {
		t.Errorf("Search(poutine) should say it matched Poutine: %+v", h)
	}
}

// Two people share the name "Martin": the one in more statements comes
// first, whatever the alphabet says; a name that only starts with the query
// comes after both.
func TestSearchRanksExactMatchesBySupport(t *testing.T) {
	x := article("m1", "Paul Martin a rencontré Martine Dupont. Paul Martin a accusé Jean Martin.",
		[3]string{"Paul_Martin", "met", "Martine_Dupont"},
		[3]string{"Paul_Martin", "accused", "Jean_Martin"})
	for i := range x.Entities {
		if e := &x.Entities[i]; strings.HasSuffix(e.Key, "_Martin") {
			e.Aliases = []schema.Alias{{Text: "Martin", Lang: "fr"}}
		}
	}
	r := reader(t, x)
	hits, err := r.Search(context.Background(), "martin", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.ID)
	}
	if want := []string{"Paul_Martin", "Jean_Martin", "Martine_Dupont"}; !equal(got, want) {
		t.Errorf("Search(martin) = %v, want %v", got, want)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// An entity's statements come with their sentence, the subject's and the
// object's names marked in it.
func TestStatementsAboutWithSentences(t *testing.T) {
	r := reader(t, v2, other)
	ctx := context.Background()
	sts, err := r.StatementsAbout(ctx, "Vladimir_Putin", StatementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 2 || sts[0].Predicate != "spokeWith" || sts[1].Predicate != "accused" {
		t.Fatalf("Putin's statements: %+v", sts)
	}
	if err := r.WithSentences(ctx, sts); err != nil {
		t.Fatal(err)
	}
	s := sts[0]
	if s.Sentence == nil || s.Sentence.Text != "Donald Trump a parlé avec Vladimir Poutine." || s.Sentence.Document != "a1" {
		t.Fatalf("sentence: %+v", s.Sentence)
	}
	marked := map[string]string{}
	for _, m := range s.Marks {
		marked[s.Sentence.Text[m.Start:m.End]] = m.Role
	}
	if marked["Donald Trump"] != "subject" || marked["Poutine"] != "object" {
		t.Errorf("marks: %v", marked)
	}

	out, _ := r.StatementsAbout(ctx, "Vladimir_Putin", StatementFilter{Direction: "out"})
	conflict, _ := r.StatementsAbout(ctx, "Vladimir_Putin", StatementFilter{Class: "conflict"})
	between, _ := r.StatementsAbout(ctx, "Donald_Trump", StatementFilter{Other: "Steve_Witkoff"})
	if len(out) != 1 || len(conflict) != 1 || out[0].Predicate != "accused" || len(between) != 1 || between[0].Predicate != "worksFor" {
		t.Errorf("filters: out %v, conflict %v, Trump-Witkoff %v", out, conflict, between)
	}
}

func TestMarksAreWholeWords(t *testing.T) {
	r := reader(t, v2)
	st := &Statement{Subject: r.ref("Donald_Trump"), Object: &EntityRef{ID: "Ukraine"}}
	marks := r.marks("Les Donald Trumpistes et Donald Trump, UkraineGate et Ukraine.", st)
	var got []string
	for _, m := range marks {
		got = append(got, m.Role)
	}
	if !equal(got, []string{"subject", "object"}) {
		t.Errorf("marks %+v, want the second Donald Trump and the last Ukraine only", marks)
	}
}

func TestSubgraphWalk(t *testing.T) {
	r := reader(t, v2, other)
	ctx := context.Background()
	g, err := r.Subgraph(ctx, SubgraphFilter{Entity: "Steve_Witkoff"})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 2 || len(g.Edges) != 1 || g.Edges[0].ID != "Steve_Witkoff worksFor Donald_Trump" {
		t.Errorf("depth 1 from Witkoff: %d nodes, edges %v", len(g.Nodes), g.Edges)
	}
	g, _ = r.Subgraph(ctx, SubgraphFilter{Entity: "Steve_Witkoff", Depth: 3})
	if len(g.Nodes) != 4 || len(g.Edges) != 3 {
		t.Errorf("depth 3 from Witkoff: %d nodes, %d edges, want 4 and 3", len(g.Nodes), len(g.Edges))
	}
	g, _ = r.Subgraph(ctx, SubgraphFilter{Entity: "Steve_Witkoff", Depth: 3, MaxNodes: 3})
	if len(g.Nodes) != 3 || !g.Truncated {
		t.Errorf("a 3-node limit: %d nodes, truncated %v", len(g.Nodes), g.Truncated)
	}
	g, _ = r.Subgraph(ctx, SubgraphFilter{Document: "b2"})
	if len(g.Edges) != 1 || g.Edges[0].Documents[0] != "b2" || len(g.Nodes) != 2 {
		t.Errorf("document b2: %d nodes, edges %v", len(g.Nodes), g.Edges)
	}
}

// StatementRefs tells, without reading the statements, what reading them
// would: the same statements in the same order, their predicate, sentence
// and direction, and which the cheap filters keep. (On PostgreSQL the list
// comes from one SQL query of its own.)
// An entity's page shows what its own attributes say, and nothing of the
// facts it is the subject of (which are most of its quads).
func TestEntityAttributes(t *testing.T) {
	putin := article("c3", "Le président russe Vladimir Poutine a accusé l'Ukraine.",
		[3]string{"Vladimir_Putin", "accused", "Ukraine"})
	putin.Entities[0].Roles = []string{"président russe"}
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		r := readerAt(t, newStore(), v2, putin)
		e, ok := r.Entity("Vladimir_Putin")
		if !ok {
			t.Fatal("no Vladimir_Putin")
		}
		want := Entity{
			EntityRef: EntityRef{ID: "Vladimir_Putin", Name: "Vladimir Putin", Type: string(schema.Person)},
			Names:     []Name{{Text: "Poutine", Lang: "fr"}},
			Roles:     []string{"président russe"},
			Wikidata:  "Q7747",
		}
		if !reflect.DeepEqual(e.EntityRef, want.EntityRef) || !reflect.DeepEqual(e.Names, want.Names) ||
			!reflect.DeepEqual(e.Roles, want.Roles) || e.Wikidata != want.Wikidata {
			t.Errorf("got  %+v\nwant %+v", *e, want)
		}
		if u, ok := r.Entity("Ukraine"); !ok || u.Type != string(schema.Country) || len(u.Roles) != 0 {
			t.Errorf("Ukraine: %+v", u)
		}
	})
}

func TestStatementRefsAgreeWithStatements(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		testStatementRefs(t, readerAt(t, newStore(), v2, other))
	})
}

func testStatementRefs(t *testing.T, r *Reader) {
	ctx := context.Background()
	for _, entity := range []string{"Vladimir_Putin", "Donald_Trump", "Steve_Witkoff", "Ukraine"} {
		refs, err := r.StatementRefs(ctx, entity)
		if err != nil {
			t.Fatal(err)
		}
		sts, err := r.StatementsAbout(ctx, entity, StatementFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(refs) != len(sts) || len(refs) == 0 {
			t.Fatalf("%s: %d refs, %d statements", entity, len(refs), len(sts))
		}
		for i, ref := range refs {
			st := sts[i]
			if ref.ID != st.ID || ref.Predicate != st.Predicate || ref.SentenceID != st.SentenceID ||
				ref.Out != (st.Subject.ID == entity) || ref.Class() != st.Class || ref.IsQuote() != (st.Quote != "") {
				t.Errorf("%s #%d: ref %+v, statement %+v", entity, i, ref, st)
			}
		}
		for _, f := range []StatementFilter{{Direction: "in"}, {Direction: "out"}, {Predicate: "accused"}, {Document: "a1"}} {
			var kept int
			for _, ref := range refs {
				if f.KeepRef(ref) {
					kept++
				}
			}
			filtered, _ := r.StatementsAbout(ctx, entity, f)
			if f.NeedsStatement() || kept != len(filtered) {
				t.Errorf("%s %+v: KeepRef keeps %d, Keep %d", entity, f, kept, len(filtered))
			}
		}
	}
	if refs, err := r.StatementRefs(ctx, "Nobody"); err != nil || len(refs) != 0 {
		t.Errorf("an unknown entity: %v, %v", refs, err)
	}
}

// A fact's support counts the statements and documents that state it, not
// those that deny it or state another fact between the same entities, on
// every backend (SQL stores count in a query of their own).
func TestSupportCountsStatementsAndDocuments(t *testing.T) {
	twice := article("c3", "Vladimir Poutine a accusé l'Ukraine. Vladimir Poutine a encore accusé l'Ukraine. L'Ukraine a accusé Vladimir Poutine.",
		[3]string{"Vladimir_Putin", "accused", "Ukraine"},
		[3]string{"Vladimir_Putin", "accused", "Ukraine"},
		[3]string{"Ukraine", "accused", "Vladimir_Putin"})
	denied := article("d4", "Vladimir Poutine n'a pas accusé l'Ukraine.",
		[3]string{"Vladimir_Putin", "accused", "Ukraine"})
	denied.Statements[0].Polarity = schema.Negative
	// A symmetric fact stated the other way round is the same fact; one
	// that is only reported is none; a quote repeated in another document
	// is one fact in two documents.
	reversed := article("e5", "Vladimir Poutine a parlé avec Donald Trump. Vladimir Poutine aurait parlé avec Donald Trump. Vladimir Poutine a dit « nous verrons ».",
		[3]string{"Vladimir_Putin", "spokeWith", "Donald_Trump"},
		[3]string{"Vladimir_Putin", "spokeWith", "Donald_Trump"},
		[3]string{"Vladimir_Putin", "said", ""})
	reversed.Statements[1].Modality = schema.Reported
	reversed.Statements[2].Literal = "nous verrons"
	again := article("f6", "Vladimir Poutine a redit « nous verrons ».", [3]string{"Vladimir_Putin", "said", ""})
	again.Statements[0].Literal = "nous verrons"
	for _, x := range []*schema.Extraction{reversed, again} { // a quote's object is no entity
		x.Mentions = slices.DeleteFunc(x.Mentions, func(m schema.Mention) bool { return m.Entity == "" })
		x.Entities = slices.DeleteFunc(x.Entities, func(e schema.Entity) bool { return e.Key == "" })
	}
	want := map[string]Support{
		"Vladimir_Putin accused Ukraine positive":        {Statements: 3, Documents: 2}, // b2 once, c3 twice; not d4's denial
		"Ukraine accused Vladimir_Putin positive":        {Statements: 1, Documents: 1}, // the other direction is another fact
		"Donald_Trump spokeWith Vladimir_Putin positive": {Statements: 2, Documents: 2}, // a1, and e5 the other way round; not e5's report
		"Vladimir_Putin said \"nous verrons positive":    {Statements: 2, Documents: 2},
	}
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		r := readerAt(t, newStore(), other, twice, denied, v2, reversed, again)
		ctx := context.Background()
		// From either end: Ukraine's statements are listed first, and are
		// fewer, so Putin's accusations are counted from Ukraine's side.
		for _, entity := range []string{"Ukraine", "Vladimir_Putin", "Donald_Trump"} {
			if _, err := r.StatementRefs(ctx, entity); err != nil {
				t.Fatal(err)
			}
			sts, err := r.StatementsAbout(ctx, "Vladimir_Putin", StatementFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if err := r.WithSupport(ctx, sts); err != nil {
				t.Fatal(err)
			}
			got := map[string]Support{}
			for _, st := range sts {
				k := factKey(st) + " " + st.Polarity
				if st.Support == nil {
					if st.Fact {
						t.Errorf("fact %s has no support", k)
					}
					continue
				}
				if !st.Fact {
					t.Errorf("%s is not a fact but has a support", k)
				}
				got[k] = *st.Support
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("after listing %s: support = %v, want %v", entity, got, want)
			}
		}
	})
}
