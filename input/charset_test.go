package input

import (
	"path/filepath"
	"strings"
	"testing"
)

// latin1 writes s in ISO-8859-1 (s must hold only Latin-1 characters).
func latin1(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

// HTML pages are read in the charset they declare, as a browser reads
// them; text files and undeclared pages must still be UTF-8.
func TestHTMLInItsDeclaredCharset(t *testing.T) {
	for _, c := range []struct {
		name, file, content string
		title, text         string // wanted
		err                 string // or the reason it is refused
	}{
		{
			name:    "meta charset ISO-8859-1",
			file:    "latin1.html",
			content: latin1(`<!DOCTYPE html><html><head><meta charset="ISO-8859-1"><title>Élysée</title></head><body><p>Le président a rencontré l'émissaire à Genève.</p></body></html>`),
			title:   "Élysée", text: "Le président a rencontré l'émissaire à Genève.",
		},
		{
			// windows-1252 has ’ (0x92) and œ (0x9C) where Latin-1 has
			// control characters: the page must read as windows-1252.
			name:    "http-equiv windows-1252, with ’ and œ",
			file:    "cp1252.htm",
			content: "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Kiev</title></head><body><p>L\x92\x9Cil de Moscou s\x92est tourn\xE9 vers Kiev.</p></body></html>",
			title:   "Kiev", text: "L’œil de Moscou s’est tourné vers Kiev.",
		},
		{
			// "latin1" is a WHATWG label of windows-1252, as browsers read it.
			name:    "label latin1, in a .txt that is a page",
			file:    "page.txt",
			content: latin1(`<!doctype html><meta charset=latin1><p>Zelensky a accusé la Russie.</p>`),
			text:    "Zelensky a accusé la Russie.",
		},
		{
			name:    "a byte-order mark wins over the declaration",
			file:    "bom.html",
			content: "\ufeff<html><head><meta charset=\"iso-8859-1\"></head><body><p>Poutine a été reçu à Pékin.</p></body></html>",
			text:    "Poutine a été reçu à Pékin.",
		},
		{
			name:    "UTF-8 declared",
			file:    "utf8.html",
			content: `<html><head><meta charset="utf-8"></head><body><p>L’Ukraine a accepté le cessez-le-feu.</p></body></html>`,
			text:    "L’Ukraine a accepté le cessez-le-feu.",
		},
		{
			name:    "Latin-1 without a declaration is still refused",
			file:    "bare.html",
			content: latin1(`<html><body><p>Le président a été élu.</p></body></html>`),
			err:     "not UTF-8 text (invalid byte 0xE9",
		},
		{
			name:    "an unknown charset is refused, named",
			file:    "klingon.html",
			content: `<html><head><meta charset="x-klingon"></head><body><p>Qapla’</p></body></html>`,
			err:     `declares an unknown charset "x-klingon"`,
		},
		{
			name:    "a text file is not read as a page's charset",
			file:    "notes.txt",
			content: latin1(`Note : <meta charset="iso-8859-1"> vu à Paris.`),
			err:     "not UTF-8 text",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, map[string]string{c.file: c.content})
			var got []string
			for d, err := range Documents([]string{filepath.Join(dir, c.file)}, nil) {
				if err != nil {
					got = append(got, "ERR "+err.Error())
					continue
				}
				if c.err != "" {
					t.Fatalf("read %q, want it refused with %q", d.Text, c.err)
				}
				if d.Text != c.text || d.Title != c.title {
					t.Errorf("text %q, title %q; want %q, %q", d.Text, d.Title, c.text, c.title)
				}
				return
			}
			if c.err == "" || len(got) != 1 || !strings.Contains(got[0], c.err) {
				t.Errorf("%v, want %q", got, c.err)
			}
		})
	}
}
