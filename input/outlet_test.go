package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/schema"
)

// A document's outlet is named by its input, else by the host of its URL;
// the user's sources file, by host (or a parent domain) or by name, gives
// the name, country and tier it wants.
func TestADocumentKnowsItsOutlet(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"sources.tsv": "# host\tname\tcountry\ttier\n" +
			"lemonde.fr\tLe Monde\tFrance\t1\n" +
			"afp.com\tAgence France-Presse\tFrance\tagence\n" +
			"\n" +
			"letemps.ch\tLe Temps\n",
		"articles.jsonl": strings.Join([]string{
			`{"id":"site","source":"Le Quotidien","text":"Le ministre a démissionné."}`,
			`{"id":"host","url":"https://www.Journal.example/a/1","text":"Le ministre a démissionné."}`,
			`{"id":"described","url":"https://www.lemonde.fr/politique/a","source":"lemonde","text":"Le ministre a démissionné."}`,
			`{"id":"subdomain","url":"https://edition.lemonde.fr/a","text":"Le ministre a démissionné."}`,
			`{"id":"by-name","source":"le temps","text":"Le ministre a démissionné."}`,
			`{"id":"none","text":"Le ministre a démissionné."}`,
		}, "\n"),
	})
	want := map[string][2]schema.Outlet{ // without sources, with them
		"site":      {{Name: "Le Quotidien"}, {Name: "Le Quotidien"}},
		"host":      {{Name: "journal.example", Host: "journal.example"}, {Name: "journal.example", Host: "journal.example"}},
		"described": {{Name: "lemonde", Host: "lemonde.fr"}, {Name: "Le Monde", Host: "lemonde.fr", Country: "France", Tier: "1"}},
		"subdomain": {{Name: "edition.lemonde.fr", Host: "edition.lemonde.fr"}, {Name: "Le Monde", Host: "lemonde.fr", Country: "France", Tier: "1"}},
		"by-name":   {{Name: "le temps"}, {Name: "Le Temps", Host: "letemps.ch"}},
		"none":      {{}, {}},
	}
	src, err := ReadSources(filepath.Join(dir, "sources.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{filepath.Join(dir, "articles.jsonl")}
	for i, docs := range []func() []schema.Document{
		func() []schema.Document { return all(t, Documents(paths, nil)) },
		func() []schema.Document { return all(t, src.Describe(Documents(paths, nil))) },
	} {
		got := docs()
		if len(got) != len(want) {
			t.Fatalf("%d documents, want %d", len(got), len(want))
		}
		for _, d := range got {
			if d.Outlet != want[d.ID][i] {
				t.Errorf("sources %v, %s: outlet %+v, want %+v", i == 1, d.ID, d.Outlet, want[d.ID][i])
			}
		}
	}
}

func all(t *testing.T, docs func(func(schema.Document, error) bool)) []schema.Document {
	t.Helper()
	var out []schema.Document
	for d, err := range docs {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func TestASourcesFileIsRejectedWithItsLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sources.tsv")
	if err := os.WriteFile(p, []byte("lemonde.fr\tLe Monde\tFrance\t1\nlefigaro.fr Le Figaro\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadSources(p)
	if err == nil || !strings.Contains(err.Error(), "sources.tsv:2: want host, name") {
		t.Errorf("err = %v, want one naming sources.tsv:2", err)
	}
	if _, err := ReadSources(filepath.Join(dir, "missing.tsv")); err == nil || !strings.Contains(err.Error(), "missing.tsv: no such file") {
		t.Errorf("err = %v, want one naming missing.tsv", err)
	}
}
