package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattened rewrites a page nested deeper than html.Parse allows (512
// elements: past that it returns an error instead of a tree) into one
// with the same text, lines and furniture and hardly any nesting: the
// tags of block elements become <br>, which ends a line as they do; the
// tags of the elements whose text is left out, and of html, head, body and
// title, stay; every other tag (span, a, font, custom elements, table
// cells…) goes, as it adds no line and hides no text. A page nested 600
// <div>s deep (generated layouts do it) then keeps its article instead of
// being "an HTML page without text".
func flattened(page string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipped[a] || a == atom.Html || a == atom.Head || a == atom.Body || a == atom.Title:
				b.Write(z.Raw())
			case blocks[a]:
				b.WriteString("<br>")
			}
		default:
			b.Write(z.Raw())
		}
	}
}
