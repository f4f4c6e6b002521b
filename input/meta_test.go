package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Pages written for the test, each with the metadata one kind of news site
// writes; the publication date, the site's name and the page's URL are read
// from it.
func TestReadsWhatANewsPageSaysAboutItself(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       pageMeta
	}{
		{"Open Graph and article: tags", `<!DOCTYPE html><html><head>
			<meta property="og:site_name" content="Le Quotidien">
			<meta property="og:url" content="https://lequotidien.example/monde/sommet">
			<meta property="article:published_time" content="2025-03-14T08:30:00+01:00">
			</head><body><p>Texte.</p></body></html>`,
			pageMeta{Published: "2025-03-14T08:30:00+01:00", SiteName: "Le Quotidien", Canonical: "https://lequotidien.example/monde/sommet"}},
		{"JSON-LD NewsArticle in an @graph, before the meta tags", `<html><head>
			<meta name="date" content="2020-01-01">
			<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
			  {"@type":"WebSite","name":"Site"},
			  {"@type":"NewsArticle","datePublished":"2025-11-02T17:05:00Z","url":"https://journal.example/a/1",
			   "publisher":{"@type":"Organization","name":"Le Journal du Soir"}}]}</script>
			</head><body><p>Texte.</p></body></html>`,
			pageMeta{Published: "2025-11-02T17:05:00Z", SiteName: "Le Journal du Soir", Canonical: "https://journal.example/a/1"}},
		{"a broken JSON-LD block, a canonical link and a <time>", `<html><head>
			<script type="application/ld+json">{"datePublished": </script>
			<link rel="canonical" href="https://hebdo.example/article">
			</head><body><article><time datetime="2024-12-30">30 décembre</time><p>Texte.</p></article></body></html>`,
			pageMeta{Published: "2024-12-30", Canonical: "https://hebdo.example/article"}},
		{"a plain page", `<html><head><title>Rien</title></head><body><p>Texte.</p></body></html>`, pageMeta{}},
	} {
		doc, err := html.Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := readPageMeta(doc); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}
