package input

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a news page says about itself in its markup: when it was
// published, by which site, and where it lives.
type pageMeta struct {
	Published string // as written: "2025-03-14T08:30:00+01:00", "2025-03-14"
	SiteName  string // "Le Monde"
	Canonical string // the page's own URL
}

// readPageMeta reads the metadata news sites write for search engines and
// social networks, first found first kept, in this order of trust: JSON-LD
// (schema.org NewsArticle: datePublished, publisher.name, url/mainEntityOfPage),
// Open Graph and article: tags, the canonical link, <meta name="date">
// and friends, and the first <time datetime> of the page. It walks the tree
// with its own stack, so a page nested as deep as the parser allows is read
// whole.
func readPageMeta(doc *html.Node) pageMeta {
	var m, ld pageMeta
	var firstTime string
	set := func(dst *string, v string) {
		if v = strings.TrimSpace(v); *dst == "" && v != "" {
			*dst = v
		}
	}
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				content := attr(n, "content")
				switch key {
				case "article:published_time", "og:article:published_time", "datepublished", "date",
					"dc.date", "dc.date.issued", "dcterms.created", "pubdate", "publishdate", "publish-date", "sailthru.date":
					set(&m.Published, content)
				case "og:site_name", "application-name":
					set(&m.SiteName, content)
				case "og:url":
					set(&m.Canonical, content)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					set(&m.Canonical, attr(n, "href"))
				}
			case atom.Time:
				set(&firstTime, attr(n, "datetime"))
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &ld)
				}
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	set(&ld.Published, m.Published)
	set(&ld.Published, firstTime)
	set(&ld.SiteName, m.SiteName)
	set(&ld.Canonical, m.Canonical)
	return ld
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, name) {
			return a.Val
		}
	}
	return ""
}

// readJSONLD fills m from a JSON-LD block: an object, a list of objects or
// an @graph, whose article has datePublished, publisher and url. A block
// that is not JSON is passed over: pages carry broken ones.
func readJSONLD(src string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if d, ok := x["datePublished"].(string); ok && m.Published == "" {
				m.Published = strings.TrimSpace(d)
				if p, ok := x["publisher"].(map[string]any); ok && m.SiteName == "" {
					if name, ok := p["name"].(string); ok {
						m.SiteName = strings.TrimSpace(name)
					}
				}
				if u, ok := x["url"].(string); ok && m.Canonical == "" {
					m.Canonical = strings.TrimSpace(u)
				}
			}
		}
	}
	visit(v, 0)
}
