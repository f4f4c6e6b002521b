package shell

import (
	"strings"
	"testing"
)

func TestStatementCompleteness(t *testing.T) {
	for _, tc := range []struct {
		lines    []string
		complete bool
	}{
		{[]string{`g.V().All()`}, true},
		{[]string{`g.V("<a>")`, `.All()`}, true},
		// A pasted statement whose next line starts with ".Out(": the
		// first line alone gives no results, so it waits for more.
		{[]string{`g.V("<Ceasefire>").In("<object>").Tag("statement")`}, false},
		{[]string{`g.V("<a>").`}, false},
		{[]string{`g.V("<a>").All() \`}, false},
		{[]string{`g.V(`}, false},
		{[]string{`g.V(`, `"(").All()`}, true},
		{[]string{`g.V("a)b(").All()`}, true},
		{[]string{`g.V("a)b(")`}, false},
		{[]string{`g.V("<a>").All(); // (`}, true},
		{[]string{`g.V("<a>") /* (`}, false},
		{[]string{`var f = function() { // (`, `}`}, false},
		{[]string{`var contact = g.V("<class/contact>").In("<class>");`}, false},
		{[]string{`var contact = g.V("<class/contact>").In("<class>");`,
			`g.V("<Steve_Witkoff>").Both(contact).Both(contact).Unique().Out("<name>").All()`}, true},
		{[]string{`g.Emit("l'Élysée (Paris)")`}, true},
		{[]string{`g.Emit(g.V().Has("<type>", "<Person>").Count())`}, true},
		{[]string{`g.V().Has("<type>", "<Person>").Count()`}, true},
		{[]string{`g.V().GetLimit(5)`}, true},
		{[]string{`g.V().ForEach(function(d) { g.Emit(d) })`}, true},
		{[]string{`g.V().ForEach(function(d) {`}, false},
	} {
		var s Statement
		complete := false
		for _, l := range tc.lines {
			complete = s.Add(l)
		}
		if complete != tc.complete {
			t.Errorf("%q: complete = %v, want %v", tc.lines, complete, tc.complete)
		}
	}
}

func TestComplete(t *testing.T) {
	words := []string{"<Vladimir_Putin>", "<Vladimir_Zelensky>", "<met>", "<name>", "<class/contact>"}
	for _, c := range []struct {
		line       string
		head, tail string
		want       []string
	}{
		{`g.V("<Vla`, `g.V("`, ``, []string{"<Vladimir_Putin>", "<Vladimir_Zelensky>"}},
		{`g.V("<Vladimir_Putin>").Both("<m`, `g.V("<Vladimir_Putin>").Both("`, ``, []string{"<met>"}},
		{`g.V().Both(<cl`, `g.V().Both(`, ``, []string{"<class/contact>"}},
		{`g.V("<Vladimir_Putin>")`, `g.V("<Vladimir_Putin>")`, ``, nil}, // after a closed IRI: nothing
		{`g.V("Poutine`, `g.V("Poutine`, ``, nil},
	} {
		head, got, tail := complete(words, c.line, len(c.line))
		if head != c.head || tail != c.tail || strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q: %q %v %q, want %q %v %q", c.line, head, got, tail, c.head, c.want, c.tail)
		}
	}
}

func TestOneLine(t *testing.T) {
	in := "var contact = g.V(\"<class/contact>\").In(\"<class>\");\n  // two hops\n  g.V(\"<Steve_Witkoff>\").Both(contact)\n  .All()"
	want := `var contact = g.V("<class/contact>").In("<class>"); g.V("<Steve_Witkoff>").Both(contact) .All()`
	if got := oneLine(in); got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
}
