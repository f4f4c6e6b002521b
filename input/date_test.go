package input

import (
	"path/filepath"
	"testing"
)

// Files and lines written for the test: a document's publication date, its
// outlet and its URL come from what the page's markup says, else from the
// dateline at the head of its text, and from the JSON line when it gives
// them; never from the file's time.
func TestADocumentIsDatedByItsMarkupOrItsDateline(t *testing.T) {
	type when struct{ Date, Publisher, URL string }
	dir := t.TempDir()
	files := map[string]struct {
		body string
		want when
	}{
		"og.html": {`<!DOCTYPE html><html><head><title>Sommet</title>
			<meta property="og:site_name" content="Le Quotidien">
			<link rel="canonical" href="https://lequotidien.example/sommet">
			<meta property="article:published_time" content="2025-03-14T00:30:00+01:00">
			</head><body><p>Emmanuel Macron a rencontré Olaf Scholz hier.</p></body></html>`,
			when{"2025-03-14T00:30:00+01:00", "Le Quotidien", "https://lequotidien.example/sommet"}},
		// The markup wins over a dateline that only repeats an older dispatch.
		"jsonld.html": {`<html><head><script type="application/ld+json">{"@type":"NewsArticle",
			"datePublished":"2025-11-02","publisher":{"name":"Le Journal du Soir"}}</script></head>
			<body><p>PARIS, 1er novembre 2025 (AFP) - Le ministre a démissionné.</p></body></html>`,
			when{"2025-11-02", "Le Journal du Soir", ""}},
		// A page whose markup gives no date is dated by its dateline.
		"bare.html": {`<html><body><p>Publié le 03/01/2026 à 18h05</p><p>Le ministre a démissionné.</p></body></html>`,
			when{Date: "2026-01-03"}},
		"afp.txt":    {"PARIS, 14 mars 2025 (AFP) - Emmanuel Macron a reçu jeudi Olaf Scholz.", when{Date: "2025-03-14"}},
		"update.txt": {"Sommet de Bruxelles\nMis à jour le 3 janvier 2026\n\nLes dirigeants se sont réunis.", when{Date: "2026-01-03"}},
		// A date in the body is an event's, not the publication's.
		"body.txt": {"Les dirigeants se sont réunis.\nIls ont parlé.\nLongtemps.\nEncore.\nLe traité du 11 mars 2025 a été signé.", when{}},
		// A date without its year cannot date a text.
		"noyear.txt": {"PARIS, 14 mars (AFP) - Le ministre a démissionné.", when{}},
		"lines.jsonl": {`{"id":"a","date":"2025-03-15","source":"Le Temps","url":"https://letemps.example/a","text":"PARIS, 14 mars 2025 (AFP) - Le ministre a démissionné."}` + "\n" +
			`{"id":"b","text":"BERLIN, 2 février 2024 (Reuters) - Le ministre a démissionné."}`,
			when{}},
	}
	wantLines := map[string]when{
		"a": {"2025-03-15", "Le Temps", "https://letemps.example/a"},
		"b": {Date: "2024-02-02"},
	}
	var paths []string
	for name, f := range files {
		write(t, dir, map[string]string{name: f.body})
		paths = append(paths, filepath.Join(dir, name))
	}
	seen := 0
	for d, err := range Documents(paths, nil) {
		if err != nil {
			t.Fatal(err)
		}
		seen++
		got := when{d.Date, d.Outlet.Name, d.URL}
		want, ok := wantLines[d.ID]
		if !ok {
			want = files[filepath.Base(d.Source)].want
		}
		if got != want {
			t.Errorf("%s: %+v, want %+v", d.ID, got, want)
		}
	}
	if seen != len(files)+1 {
		t.Errorf("%d documents, want %d", seen, len(files)+1)
	}
}
