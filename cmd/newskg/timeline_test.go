package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// timelineStore builds, with the real extractor, four dated articles written
// for the test: a meeting on 2 March reported on the 10th and repeated on the
// 15th, a meeting planned for Monday announced on the 14th, and another pair
// that met on Thursday 13th, reported on the 16th.
func timelineStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	lines := strings.Join([]string{
		`{"id":"a","date":"2025-03-10","source":"Le Quotidien","text":"Emmanuel Macron a rencontré Olaf Scholz le 2 mars."}`,
		`{"id":"b","date":"2025-03-14","source":"Le Temps","text":"Emmanuel Macron rencontrera Olaf Scholz lundi."}`,
		`{"id":"c","date":"2025-03-15","source":"Le Soir","text":"Emmanuel Macron a rencontré Olaf Scholz le 2 mars."}`,
		`{"id":"d","date":"2025-03-16","source":"Le Soir","text":"Keir Starmer a rencontré Donald Trump jeudi."}`,
	}, "\n")
	if err := os.WriteFile(filepath.Join(dir, "articles.jsonl"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errs, code := runReal(t, dir, "build", "articles.jsonl"); code != 0 {
		t.Fatalf("build: status %d\n%s%s", code, out, errs)
	}
	return dir
}

// newskg timeline prints an entity's statements in the order of their
// events, one a line with the words that dated it and the document that
// reports it; --since keeps the facts first reported since a date (not the
// repeat of an older one), --as-of what was published by a date.
func TestTimelineCommand(t *testing.T) {
	dir := timelineStore(t)
	met2 := "2025-03-02 (le 2 mars)\tEmmanuel Macron met Olaf Scholz\t"
	planned := "2025-03-17 (lundi)\tEmmanuel Macron plansToMeet Olaf Scholz\t(2025-03-14, Le Temps, b)"
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"timeline", "Olaf_Scholz"}, []string{met2 + "(2025-03-10, Le Quotidien, a)", met2 + "(2025-03-15, Le Soir, c)", planned}},
		{[]string{"timeline", "Olaf_Scholz", "--since", "2025-03-13"}, []string{planned}},
		{[]string{"timeline", "Olaf_Scholz", "--as-of", "2025-03-12"}, []string{met2 + "(2025-03-10, Le Quotidien, a)"}},
		{[]string{"timeline", "Olaf_Scholz", "--since", "2025-03-16"}, nil},
	} {
		out, errs, code := runReal(t, dir, c.args...)
		if code != 0 {
			t.Fatalf("%v: status %d\n%s", c.args, code, errs)
		}
		if got := strings.TrimSuffix(out, "\n"); got != strings.Join(c.want, "\n") {
			t.Errorf("%v:\n%s\nwant:\n%s", c.args, got, strings.Join(c.want, "\n"))
		}
	}

	out, errs, code := runReal(t, dir, "timeline", "Olaf_Scholz", "--json", "--since", "2025-03-13")
	var rep struct {
		Predicate, EventTime, EventText string
		Document                        struct {
			ID, Date string
			Outlet   struct{ Name string }
		}
		Sentence struct{ Text string }
	}
	if code != 0 || strings.Count(out, "\n") != 1 || json.Unmarshal([]byte(out), &rep) != nil {
		t.Fatalf("--json: status %d, %q %s", code, out, errs)
	}
	if rep.Predicate != "plansToMeet" || rep.EventTime != "2025-03-17" || rep.EventText != "lundi" || rep.Document.ID != "b" ||
		rep.Document.Outlet.Name != "Le Temps" || rep.Sentence.Text != "Emmanuel Macron rencontrera Olaf Scholz lundi." {
		t.Errorf("--json: %+v", rep)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"timeline", "Scholz"}, `no entity "Scholz" in newskg.db (did you mean Olaf_Scholz?)`},
		{[]string{"timeline", "Merkel"}, `no entity "Merkel" in newskg.db;`},
		{[]string{"timeline", "Olaf_Scholz", "--since", "mars"}, "YYYY-MM-DD"},
		{[]string{"timeline", "Olaf_Scholz", "--as-of", "12/03/2025"}, "YYYY-MM-DD"},
		{[]string{"timeline"}, "accepts 1 arg"},
	} {
		if out, errs, code := runReal(t, dir, c.args...); code == 0 || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%v: status %d, stdout %q, stderr %q; want an error with %q", c.args, code, out, errs, c.want)
		}
	}
}

// newskg diff prints what the whole store first reported since a date, in
// the order of the events: a planned meeting and a new meeting, not the
// repeat on the 15th of a meeting reported on the 10th.
func TestDiffCommand(t *testing.T) {
	dir := timelineStore(t)
	out, errs, code := runReal(t, dir, "diff", "--since", "2025-03-13")
	if code != 0 {
		t.Fatalf("diff: status %d\n%s", code, errs)
	}
	want := []string{
		"2025-03-13 (jeudi)\tDonald Trump met Keir Starmer\t(2025-03-16, Le Soir, d)",
		"2025-03-17 (lundi)\tEmmanuel Macron plansToMeet Olaf Scholz\t(2025-03-14, Le Temps, b)",
	}
	if got := strings.TrimSuffix(out, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("diff --since 2025-03-13:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	out, _, _ = runReal(t, dir, "diff", "--since", "2025-03-13", "--as-of", "2025-03-15")
	if got := strings.TrimSuffix(out, "\n"); got != want[1] {
		t.Errorf("diff --since 2025-03-13 --as-of 2025-03-15:\n%s\nwant:\n%s", got, want[1])
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"diff"}, "diff needs --since YYYY-MM-DD"},
		{[]string{"diff", "--since", "hier"}, "YYYY-MM-DD"},
		{[]string{"diff", "--since", "2025-03-13", "Olaf_Scholz"}, "unknown command"},
	} {
		if out, errs, code := runReal(t, dir, c.args...); code == 0 || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%v: status %d, stdout %q, stderr %q; want an error with %q", c.args, code, out, errs, c.want)
		}
	}
}
