package input

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// utf16File encodes s as UTF-16 with a byte-order mark (bigEndian or not),
// the way Windows editors save "Unicode" text.
func utf16File(s string, bigEndian bool) string {
	var order binary.ByteOrder = binary.LittleEndian
	if bigEndian {
		order = binary.BigEndian
	}
	var b bytes.Buffer
	for _, u := range append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...) {
		binary.Write(&b, order, u)
	}
	return b.String()
}

const sampleArticle = "Donald Trump a rencontré Vladimir Poutine en Alaska."

// Hostile inputs: each gives a document with a sane text or an error that
// names the input and says why, and never stops the inputs after it.
func TestHostileInputs(t *testing.T) {
	longSentence := strings.Repeat("le président a dit que ", 40000) + "la guerre continue."
	threeMB := strings.Repeat("Trump a parlé. ", 3<<20/15)
	for _, tc := range []struct {
		name, file, content string
		// text is the start of the document's text; err the error after "path: ".
		text, title, err string
	}{
		{name: "binary data", file: "x.txt", content: "\x7fELF\x02\x01\x01\x00\x00\x00", err: "binary file (NUL byte at offset 7), not text"},
		{name: "invalid UTF-8", file: "x.txt", content: "Moscou \xff\xfe a dit", err: "not UTF-8 text (invalid byte 0xFF at offset 7); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8"},
		{name: "Latin-1", file: "x.txt", content: "Le pr\xe9sident russe a d\xe9clar\xe9", err: "not UTF-8 text (invalid byte 0xE9 at offset 5); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8"},
		{name: "UTF-16 LE with BOM", file: "x.txt", content: utf16File(sampleArticle, false), text: sampleArticle},
		{name: "UTF-16 BE with BOM", file: "x.txt", content: utf16File("Zelensky a été reçu à Kiev.", true), text: "Zelensky a été reçu à Kiev."},
		{name: "UTF-16 without BOM", file: "x.txt", content: utf16File(sampleArticle, false)[2:], err: "UTF-16 text without a byte-order mark; convert it to UTF-8, e.g. iconv -f UTF-16LE -t UTF-8"},
		{name: "UTF-8 with BOM", file: "x.txt", content: "\ufeff" + sampleArticle, text: sampleArticle},
		{name: "empty", file: "x.txt", content: "", err: "empty file"},
		{name: "whitespace only", file: "x.txt", content: " \t\r\n\n  \r\n", err: "empty file"},
		{name: "UTF-16 whitespace only", file: "x.txt", content: utf16File(" \n ", false), err: "empty file"},
		{name: "CRLF", file: "x.txt", content: "Titre\r\n\r\nTrump a parlé.\r\nPoutine a répondu.\r\n", text: "Titre\n\nTrump a parlé.\nPoutine a répondu.\n"},
		{name: "old Mac line ends", file: "x.txt", content: "Titre\rTrump a parlé.", text: "Titre\nTrump a parlé."},
		{name: "NUL in text", file: "x.txt", content: "Trump a parlé.\x00\x00", err: "binary file (NUL byte at offset 15), not text"},
		{name: "a 50 MB single line", file: "x.txt", content: strings.Repeat("a", 50<<20), err: "too large (over 16 MiB, newskg reads articles); split it into articles, or into JSON Lines"},
		{name: "3 MB of text", file: "x.md", content: threeMB, err: fmt.Sprintf("text too long (%d bytes; newskg reads articles of up to 2 MiB); split it into articles", len(threeMB))},
		{name: "very long sentence", file: "x.txt", content: longSentence, text: "le président a dit que le président"},
		{name: "unbalanced quotes", file: "x.txt", content: `Poutine a dit « la paix est proche. Trump a répondu "non.`, text: `Poutine a dit « la paix`},
		{
			name: "HTML page", file: "page.txt",
			content: `<!DOCTYPE html><html><head><title>Sommet &amp; paix</title><script>var x = "<p>pas ça</p>";</script><style>p{}</style></head>
<body><nav><a href="/">Accueil</a> | <a href="/monde">Monde</a></nav>
<article><h1>Trump et Poutine</h1><p>Donald Trump a rencontré<br>Vladimir Poutine.</p><p>Ils ont parlé de l&#39;Ukraine.</article>
<footer>© Journal</footer></body></html>`,
			title: "Sommet & paix", text: "Trump et Poutine\nDonald Trump a rencontré\nVladimir Poutine.\nIls ont parlé de l'Ukraine.",
		},
		{name: ".html file", file: "page.html", content: "<title>Kiev</title><p>Zelensky a accusé <b>Moscou</b>.</p><p>Kiev a confirmé.", title: "Kiev", text: "Zelensky a accusé Moscou.\nKiev a confirmé."},
		{
			name: "HTML nested 600 divs deep", file: "profond.html",
			content: "<!doctype html><title>Kiev</title><body>" + strings.Repeat("<div class=c>", 600) + "<nav><a href=/>Accueil</a></nav><p>Emmanuel Macron a rencontré <span><b>Volodymyr Zelensky</b></span>.</p><p>Kiev a confirmé." + strings.Repeat("</div>", 600),
			title:   "Kiev", text: "Emmanuel Macron a rencontré Volodymyr Zelensky.\nKiev a confirmé.",
		},
		{
			name: "HTML nested 1000 spans deep", file: "profond.html",
			content: "<p>Zelensky a accusé " + strings.Repeat("<span>", 1000) + "Moscou" + strings.Repeat("</span>", 1000) + ".<script>var x = 1</script>",
			text:    "Zelensky a accusé Moscou.",
		},
		{name: "HTML without text", file: "x.html", content: "<html><body><script>alert(1)</script></body></html>", err: "an HTML page without text"},
		{name: "a tag in text is text", file: "x.txt", content: "<b>Trump</b> a parlé.", text: "<b>Trump</b> a parlé."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tc.file)
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			next := filepath.Join(dir, "suivant.txt")
			if err := os.WriteFile(next, []byte(sampleArticle), 0o644); err != nil {
				t.Fatal(err)
			}
			var got []string
			for d, err := range Documents([]string{path, next}, nil) {
				if err != nil {
					got = append(got, "ERR "+err.Error())
					continue
				}
				if d.Source == path {
					if !strings.HasPrefix(d.Text, tc.text) || d.Title != tc.title {
						t.Errorf("document: title %q, text %.80q; want title %q, text starting %q", d.Title, d.Text, tc.title, tc.text)
					}
					if strings.ContainsAny(d.Text, "\r\x00") || !strings.Contains(d.Text, strings.TrimSpace(tc.text)) {
						t.Errorf("text not cleaned: %.80q", d.Text)
					}
				}
				got = append(got, d.Source)
			}
			want := []string{path, next}
			if tc.err != "" {
				want[0] = "ERR " + path + ": " + tc.err
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// JSON Lines with broken lines and huge fields: each bad line is reported
// with its line number and the reason, and the lines after it are read.
func TestHostileJSONLines(t *testing.T) {
	lines := []string{
		`{"id": "a", "text": "Trump a parlé."}`,
		`{"id": "b", "text": "Poutine a dit`, // cut short
		`{"id": "c", "text": "Zelensky a répondu."}` + "\r",
		`{"id": "d", "text": "` + strings.Repeat("x", 17<<20) + `"}`,
		`{"id": "e", "title": "` + strings.Repeat("T", 1<<20) + `", "text": "` + strings.Repeat("Kiev a accepté. ", 200000) + `"}`,
		`{"id": "f", "text": "Moscou\u0000a dit"}`,
		`{"id": "g", "text": "<!doctype html><title>Kiev</title><p>Kiev a accepté.</p>"}`,
		`[1, 2, 3]`,
		`{"id": "h", "text": "Trump\r\na parlé."}`,
		"\x00\x00\x00",
		`{"id": "i", "text": "fin"}`,
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "flux.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for d, err := range Documents([]string{path}, nil) {
		if err != nil {
			got = append(got, strings.TrimPrefix(err.Error(), path))
			continue
		}
		got = append(got, d.ID+" "+d.Title+" "+strings.ReplaceAll(d.Text, "\n", "|"))
	}
	want := []string{
		"a  Trump a parlé.",
		`:2: not a JSON object (invalid character '\n' in string literal)`,
		"c  Zelensky a répondu.",
		":4: line too long (over 16 MiB, newskg reads articles); skipped",
		":5: text too long (3400000 bytes; newskg reads articles of up to 2 MiB); split it into articles",
		":6: the text contains a NUL character (offset 6); binary data is not an article",
		"g Kiev Kiev a accepté.",
		":8: not a JSON object (a JSON array)",
		"h  Trump|a parlé.",
		":10: not a JSON object (invalid character '\\x00' looking for beginning of value)",
		"i  fin",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Two inputs that would be one document: the second is an error naming both,
// so that it does not silently replace the first in the store, and the
// inputs after it are read.
func TestSameDocumentIDTwice(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a/note.txt":    "Trump a parlé.",
		"b/note.txt":    "Poutine a répondu.",
		"c/note.md":     "Zelensky a accusé Moscou.",
		"c/note.txt":    "Witkoff est arrivé.",
		"c/suite.txt":   "Kiev a accepté.",
		"flux.jsonl":    `{"id": "afp-1", "text": "Trump a parlé."}` + "\n" + `{"id": "afp-2", "text": "Kiev a accepté."}` + "\n" + `{"id": "afp-1", "text": "Poutine a répondu."}` + "\n",
		"copies.ndjson": `{"text": "Trump a parlé."}` + "\n" + `{"text": "Trump a parlé."}` + "\n",
	})
	in := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	got := collect(t, []string{in("a"), in("b"), in("c"), in("flux.jsonl"), in("copies.ndjson")}, "")
	want := []string{
		"note |  | Trump a parlé.",
		"ERR " + in("b/note.txt") + `: document id "note" is already that of ` + in("a/note.txt") + "; skipped so that neither replaces the other (a file's id is its path without extension: rename one of them, or build them into separate stores)",
		"ERR " + in("c/note.md") + `: document id "note" is already that of ` + in("a/note.txt") + "; skipped so that neither replaces the other (a file's id is its path without extension: rename one of them, or build them into separate stores)",
		"ERR " + in("c/note.txt") + `: document id "note" is already that of ` + in("a/note.txt") + "; skipped so that neither replaces the other (a file's id is its path without extension: rename one of them, or build them into separate stores)",
		"suite |  | Kiev a accepté.",
		"afp-1 |  | Trump a parlé.",
		"afp-2 |  | Kiev a accepté.",
		"ERR " + in("flux.jsonl") + `:3: document id "afp-1" is already that of ` + in("flux.jsonl") + `:1; skipped so that neither replaces the other (give each JSON line its own "id")`,
		TextID("Trump a parlé.") + " |  | Trump a parlé.",
		"ERR " + in("copies.ndjson") + `:2: document id "` + TextID("Trump a parlé.") + `" is already that of ` + in("copies.ndjson") + `:1; skipped so that neither replaces the other (give each JSON line its own "id")`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\n\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A named pipe given by name is refused at once, with a message, instead of
// blocking the build until something writes to it; the inputs after it are
// read.
func TestNamedPipeIsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "tube.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	write(t, dir, map[string]string{"suite.txt": sampleArticle})
	done := make(chan []string)
	go func() { done <- collect(t, []string{fifo, filepath.Join(dir, "suite.txt")}, "") }()
	select {
	case got := <-done:
		want := []string{
			"ERR " + fifo + ": not a regular file (a named pipe); newskg reads files and directories: pipe the text to newskg build - instead",
			"suite |  | " + sampleArticle[:20],
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("got\n%s\n\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	case <-time.After(time.Minute):
		// Unblock the reader so that the test ends.
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("reading a named pipe blocked")
	}
}
