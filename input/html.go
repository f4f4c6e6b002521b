package input

import (
	"bytes"
	"fmt"
	"mime"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// htmlToUTF8 converts an HTML page written in the charset it declares
// (<meta charset="iso-8859-1">, or the http-equiv Content-Type form, in its
// first 1024 bytes, as browsers look for it) to UTF-8. A page that declares
// UTF-8 or nothing, or starts with a byte-order mark (which wins over any
// declaration), is returned as it is, for decode to check as text. The
// labels are the WHATWG Encoding Standard's, as browsers read them:
// "iso-8859-1" and "latin1" mean windows-1252.
func htmlToUTF8(page []byte) ([]byte, string) {
	if bytes.HasPrefix(page, []byte("\ufeff")) || bytes.HasPrefix(page, []byte{0xFF, 0xFE}) || bytes.HasPrefix(page, []byte{0xFE, 0xFF}) {
		return page, ""
	}
	label := declaredCharset(page[:min(len(page), 1024)])
	if label == "" {
		return page, ""
	}
	enc, name := charset.Lookup(label)
	switch {
	case enc == nil:
		return nil, fmt.Sprintf("declares an unknown charset %q; convert it to UTF-8, e.g. iconv -f CHARSET -t utf-8", label)
	case name == "utf-8", name == "utf-16le", name == "utf-16be":
		// A page that reaches this point in UTF-16 has no mark; the
		// standard reads a "utf-16" meta as UTF-8 (the bytes are ASCII).
		return page, ""
	}
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return nil, fmt.Sprintf("not valid %s text (%v), the charset it declares", name, err)
	}
	return out, ""
}

// declaredCharset returns the charset label that a page's head declares
// in a <meta> element, or "".
func declaredCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if atom.Lookup(name) == atom.Body {
				return ""
			}
			if atom.Lookup(name) != atom.Meta {
				continue
			}
			var cs, equiv, content string
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = strings.TrimSpace(string(v))
				case "http-equiv":
					equiv = string(v)
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return cs
			}
			if strings.EqualFold(equiv, "content-type") {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}

// isHTMLPage reports whether s is an HTML page rather than text that
// mentions a tag: it starts, after blanks, with a doctype or <html>.
func isHTMLPage(s string) bool {
	s = strings.TrimLeft(s, " \t\n\ufeff")
	head := strings.ToLower(s[:min(len(s), 14)])
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// htmlText returns the text of an HTML page, one block (paragraph, heading,
// list item, …) per line, and its <title>. Scripts, styles and the page
// furniture that HTML marks as such (nav, header, footer, aside, forms) are
// left out; the extractor drops the rest of the furniture as it does in
// text. The page is parsed as a browser would, so unclosed tags are closed.
// meta is what the page says about itself (see readPageMeta).
func htmlText(page string) (text, title string, meta pageMeta) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil { // nested deeper than html.Parse allows
		doc, err = html.Parse(strings.NewReader(flattened(page)))
	}
	if err != nil {
		return "", "", pageMeta{}
	}
	meta = readPageMeta(doc)
	var b strings.Builder
	space := false // whitespace seen since the last word, to write before the next
	newline := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteString("\n")
		}
		space = false
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			if n.DataAtom == atom.Title && title == "" && n.FirstChild != nil {
				title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
				return
			}
			if skipped[n.DataAtom] {
				return
			}
		case html.TextNode:
			words := strings.Fields(n.Data)
			if len(words) == 0 {
				space = space || n.Data != ""
				return
			}
			if (space || startsWithSpace(n.Data)) && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
				b.WriteString(" ")
			}
			b.WriteString(strings.Join(words, " "))
			space = endsWithSpace(n.Data)
			return
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			newline()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			newline()
		}
	}
	walk(doc)
	return strings.TrimSpace(b.String()), title, meta
}

// skipped are the elements whose text is not the article's.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Svg: true, atom.Iframe: true, atom.Figure: true,
}

// blocks are the elements that end a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true,
	atom.Article: true, atom.Section: true, atom.Tr: true, atom.Table: true, atom.Ul: true,
	atom.Ol: true, atom.Pre: true, atom.Hr: true, atom.Main: true, atom.Body: true,
}

func startsWithSpace(s string) bool { return s != "" && strings.TrimLeft(s, " \t\n\r\f") != s }
func endsWithSpace(s string) bool   { return s != "" && strings.TrimRight(s, " \t\n\r\f") != s }
