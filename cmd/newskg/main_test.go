package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/internal/shell"
	"github.com/newskg/newskg/schema"
)

// fakeExtractor knows three names and one verb, so that command tests do not
// depend on the real extractor: "X a rencontré Y." gives X met Y.
type fakeExtractor struct{}

var fakeNames = map[string]schema.Entity{
	"Trump":   {Key: "Donald_Trump", Name: "Donald Trump", Type: schema.Person},
	"Poutine": {Key: "Vladimir_Putin", Name: "Vladimir Putin", Type: schema.Person, Aliases: []schema.Alias{{Text: "Poutine", Lang: "fr"}}},
	"Witkoff": {Key: "Steve_Witkoff", Name: "Steve Witkoff", Type: schema.Person},
}

func (fakeExtractor) Version() string { return "fake-1" }

func (fakeExtractor) Extract(d schema.Document) (*schema.Extraction, error) {
	x := &schema.Extraction{Document: d}
	seen := map[string]bool{}
	start := 0
	for i, s := range strings.SplitAfter(d.Text, ".") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		x.Sentences = append(x.Sentences, schema.Sentence{Index: i, Start: start, End: start + len(s), Text: strings.TrimSpace(s)})
		var found []string
		for _, w := range strings.Fields(strings.Trim(s, ". \n")) {
			if e, ok := fakeNames[w]; ok {
				found = append(found, e.Key)
				x.Mentions = append(x.Mentions, schema.Mention{Entity: e.Key, Sentence: i, Text: w})
				if !seen[e.Key] {
					seen[e.Key] = true
					x.Entities = append(x.Entities, e)
				}
			}
		}
		if len(found) == 2 && strings.Contains(s, "a rencontré") {
			x.Statements = append(x.Statements, schema.Statement{Subject: found[0], Predicate: schema.Met, Object: found[1],
				Sentence: i, Polarity: schema.Positive, Modality: schema.Asserted})
		}
		start += len(s)
	}
	return x, nil
}

// run runs newskg with args in dir and returns stdout, stderr and the exit
// status main would give.
func run(t *testing.T, dir, stdin string, args ...string) (string, string, int) {
	t.Helper()
	return runWith(t, fakeExtractor{}, dir, stdin, args...)
}

// runWith runs newskg with the given extractor.
func runWith(t *testing.T, x extract.Extractor, dir, stdin string, args ...string) (string, string, int) {
	t.Helper()
	return runLoading(t, func(string) (extract.Extractor, error) { return x, nil }, dir, stdin, args...)
}

// runLoading runs newskg with newExtractor as main's extract.Load.
func runLoading(t *testing.T, newExtractor func(string) (extract.Extractor, error), dir, stdin string, args ...string) (string, string, int) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errb bytes.Buffer
	code := 0
	if err := execute(newExtractor, args, strings.NewReader(stdin), &out, &errb); err != nil {
		errb.WriteString("newskg: " + err.Error() + "\n")
		code = exitCode(err)
	}
	return out.String(), errb.String(), code
}

func corpus(t *testing.T) string {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"corpus/a.txt":   "Trump a rencontré Poutine. Witkoff était présent.",
		"corpus/b.txt":   "Poutine a rencontré Witkoff à Moscou.",
		"corpus/vide.md": "",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A build that skips an input still writes the profiles it was asked for.
func TestProfilesOfAPartlyFailingBuild(t *testing.T) {
	dir := corpus(t)
	_, errs, code := run(t, dir, "", "build", "--cpuprofile", "cpu.prof", "--memprofile", "mem.prof", "corpus")
	if code != 2 {
		t.Fatalf("status %d, stderr:\n%s", code, errs)
	}
	for _, name := range []string{"cpu.prof", "mem.prof"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v (want a profile)", name, err)
		}
	}
}

func TestBuildThenQuery(t *testing.T) {
	dir := corpus(t)
	out, errs, code := run(t, dir, "", "build", "corpus")
	if code != 2 || !strings.Contains(errs, "newskg: corpus/vide.md: empty file\n") {
		t.Errorf("build with an empty file: status %d, stderr:\n%s", code, errs)
	}
	if !strings.Contains(out, "documents: 2 new, 0 changed, 0 unchanged, 1 skipped") ||
		!strings.Contains(out, "2 documents, 3 sentences, 3 entities, 2 statements") {
		t.Errorf("summary:\n%s", out)
	}
	os.Remove(filepath.Join(dir, "corpus/vide.md"))
	out, errs, code = run(t, dir, "", "build", "corpus")
	if code != 0 || !strings.Contains(out, "documents: 0 new, 0 changed, 2 unchanged, 0 skipped") {
		t.Errorf("rebuild: status %d\n%s%s", code, out, errs)
	}

	out, errs, code = run(t, dir, "", "query", `g.V("<Vladimir_Putin>").Out("<met>").Out("<name>").All()`)
	if code != 0 || out != `{"id":"Steve Witkoff"}`+"\n" {
		t.Errorf("query: status %d, stdout %q, stderr %q", code, out, errs)
	}
	out, _, _ = run(t, dir, `g.V().Has("<type>", "<Person>").Count()`, "query", "-")
	if out != "3\n" {
		t.Errorf("query from stdin: %q", out)
	}
	_, errs, code = run(t, dir, "", "--db", "ailleurs.db", "query", `g.V().All()`)
	if code != 1 || !strings.Contains(errs, "no store at ailleurs.db; run newskg build first") {
		t.Errorf("query on a missing store: status %d, %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "ailleurs.db")); err == nil {
		t.Errorf("query created a store")
	}
}

func TestShellReadsStatementsFromAPipe(t *testing.T) {
	dir := corpus(t)
	os.Remove(filepath.Join(dir, "corpus/vide.md"))
	if _, errs, code := run(t, dir, "", "build", "-q", "corpus"); code != 0 {
		t.Fatal(errs)
	}
	script := `:help
g.V("<Donald_Trump>")
  .Out("<met>")
  .All()
g.V().Has("<type>", "<Person>").Count()
g.V(
  "<Steve_Witkoff>"
).In("<met>").All()
g.V()..All()
:limit 1
g.V().Has("<type>", "<Person>").All()
:quit
g.V().All()
`
	out, errs, code := run(t, dir, script, "shell")
	want := shell.Help + `{"id":"<Vladimir_Putin>"}
3
{"id":"<Vladimir_Putin>"}
`
	if !strings.HasPrefix(out, want) {
		t.Errorf("shell output:\n%s\nwant it to start with:\n%s", out, want)
	}
	if rest := strings.TrimPrefix(out, want); strings.Count(rest, "\n") != 1 {
		t.Errorf(":limit 1 then :quit should give one more line, got %q", rest)
	}
	if code != 1 || !strings.Contains(errs, "SyntaxError") || !strings.Contains(errs, "1 statement(s) failed") {
		t.Errorf("status %d, stderr %q", code, errs)
	}
}

func TestExtractNQuads(t *testing.T) {
	dir := corpus(t)
	out, errs, code := run(t, dir, "", "extract", "corpus/a.txt", "corpus/b.txt", "corpus/vide.md")
	if code != 2 || !strings.Contains(errs, "corpus/vide.md: empty file") {
		t.Errorf("status %d, stderr %q", code, errs)
	}
	for _, tc := range []struct {
		quad  string
		count int
	}{
		{`<Donald_Trump> <met> <Vladimir_Putin> .`, 1},
		{`<Vladimir_Putin> <met> <Steve_Witkoff> .`, 1},
		{`<Vladimir_Putin> <name> "Vladimir Putin" .`, 1}, // once across both inputs
		{`<Vladimir_Putin> <alternateName> "Poutine"@fr .`, 1},
		{`<met> <symmetric> "`, 1},
		{`<doc/a> <contentHash> "`, 1},
	} {
		if n := strings.Count(out, tc.quad); n != tc.count {
			t.Errorf("%s appears %d times, want %d", tc.quad, n, tc.count)
		}
	}
	out, _, code = run(t, dir, "", "extract", "--format", "jsonl", "corpus/a.txt")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"predicate":"met"`) {
		t.Errorf("jsonl: %s", out)
	}
	// The field names are camelCase, as the HTTP API's, at every level.
	var x any
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	camel := regexp.MustCompile(`^[a-z][a-zA-Z]*$`)
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, inner := range v {
				if !camel.MatchString(k) {
					t.Errorf("jsonl field %q is not camelCase", k)
				}
				walk(inner)
			}
		case []any:
			for _, inner := range v {
				walk(inner)
			}
		}
	}
	walk(x)
}

// panicky fails on one article the way a buggy extractor might.
type panicky struct{ fakeExtractor }

func (p panicky) Extract(d schema.Document) (*schema.Extraction, error) {
	if strings.Contains(d.Text, "Moscou") {
		var m map[string]int
		m["boom"]++
	}
	return p.fakeExtractor.Extract(d)
}

func TestAnExtractorPanicSkipsOneDocument(t *testing.T) {
	dir := corpus(t)
	os.Remove(filepath.Join(dir, "corpus/vide.md"))
	out, errs, code := runWith(t, panicky{}, dir, "", "build", "corpus")
	if code != 2 || !strings.Contains(errs, "newskg: corpus/b.txt: extraction failed: extractor panic: assignment to entry in nil map\n") {
		t.Errorf("status %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "documents: 1 new, 0 changed, 0 unchanged, 1 skipped") {
		t.Errorf("summary: %s", out)
	}
}

// Each run gets fresh flags: a flag given in one run does not carry over
// to the next in the same process.
func TestFlagsDoNotLeakBetweenRuns(t *testing.T) {
	dir := builtCorpus(t)
	if out, errs, code := run(t, dir, "", "query", "--limit", "1", `g.V().Has("<type>", "<Person>").All()`); code != 0 || strings.Count(out, "\n") != 1 {
		t.Fatalf("query --limit 1: status %d, %d results\n%s%s", code, strings.Count(out, "\n"), out, errs)
	}
	if out, errs, code := run(t, dir, "", "query", `g.V().Has("<type>", "<Person>").All()`); code != 0 || strings.Count(out, "\n") != 3 {
		t.Errorf("query after a run with --limit 1: status %d, %d results, want 3\n%s%s", code, strings.Count(out, "\n"), out, errs)
	}
}
