package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/extract"
)

// A user's gazetteer adds a company and an alias; after an edit to it, a
// rebuild re-reads the document that names the company and skips the other.
func TestBuildWithUserGazetteer(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("corpus/vexalia.txt", "Les dirigeants de Vexalia ont rencontré Emmanuel Macron mardi à Paris.")
	write("corpus/berlin.txt", "Friedrich Merz a rencontré Emmanuel Macron mardi à Berlin.")
	write("mes-entites.tsv", "# nos clients\nvexalia\tOrganization\tVexalia\t\tVexalia SA\tkind=company;locatedIn=paris\n")
	build := func(want string) {
		t.Helper()
		out, errs, code := runLoading(t, extract.Load, dir, "", "build", "-q", "--gazetteer", "mes-entites.tsv", "corpus")
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("build: status %d, want %q\n%s%s", code, want, out, errs)
		}
	}
	build("documents: 2 new, 0 changed, 0 unchanged")
	out, errs, _ := runLoading(t, extract.Load, dir, "", "query", `g.V("<Vexalia>").Out("<alternateName>").All()`)
	if !strings.Contains(out, `"Vexalia SA"`) {
		t.Errorf("Vexalia's names: %q %s (want the user's alias)", out, errs)
	}
	build("documents: 0 new, 0 changed, 2 unchanged")

	write("mes-entites.tsv", "vexalia\tOrganization\tVexalia\t\tVexalia SA|Vexa\tkind=company;locatedIn=paris\n")
	build("documents: 0 new, 1 changed, 1 unchanged")

	// without the file, the company has none of the user's names
	out, _, _ = runLoading(t, extract.Load, dir, "", "extract", "corpus/vexalia.txt")
	if !strings.Contains(out, "<Vexalia>") || strings.Contains(out, `"Vexalia SA"`) {
		t.Errorf("without --gazetteer, want Vexalia without the user's alias:\n%s", out)
	}
}

func TestBadUserGazetteer(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Emmanuel Macron a parlé."), 0o644)
	for _, tt := range []struct{ content, want string }{
		{"# un commentaire\nvexalia\tSociété\tVexalia\t\t\t\n", "mes-entites.tsv:2: unknown type \"Société\""},
		{"vexalia\tOrganization\n", "mes-entites.tsv:1: want 6 tab-separated columns, got 2"},
		{"\nvexalia\tOrganization\t\t\tVexa\t\n", `mes-entites.tsv:2: "vexalia" is not in the gazetteer, so it needs a name (column 3)`},
		{"vexalia\tOrganization\tVexalia\t\t\tpartOf=holding_inconnue\n", "mes-entites.tsv:1: vexalia: partOf=holding_inconnue names no entry"},
	} {
		os.WriteFile(filepath.Join(dir, "mes-entites.tsv"), []byte(tt.content), 0o644)
		for _, cmd := range []string{"build", "extract"} {
			_, errs, code := runLoading(t, extract.Load, dir, "", cmd, "--gazetteer", "mes-entites.tsv", "a.txt")
			if code != 1 || !strings.Contains(errs, tt.want) {
				t.Errorf("%s with %q: status %d, stderr %q; want %q", cmd, tt.content, code, errs, tt.want)
			}
		}
	}
	_, errs, code := runLoading(t, extract.Load, dir, "", "extract", "--gazetteer", "absent.tsv", "a.txt")
	if code != 1 || !strings.Contains(errs, "absent.tsv") {
		t.Errorf("a missing file: status %d, stderr %q", code, errs)
	}
}
