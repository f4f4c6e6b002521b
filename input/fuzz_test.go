package input

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newskg/newskg/schema"
)

// checkDocument fails unless d is what the extractor may be given: an id, a
// language, and a text that is valid UTF-8, not blank, free of NUL and CR,
// within MaxTextBytes.
func checkDocument(t *testing.T, d schema.Document) {
	t.Helper()
	if d.ID == "" || d.Lang == "" || d.Source == "" {
		t.Fatalf("document without id, language or source: %+v", d)
	}
	if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" || strings.ContainsAny(d.Text, "\x00\r") || len(d.Text) > MaxTextBytes {
		t.Fatalf("document %s: text %.60q is not clean UTF-8 text", d.ID, d.Text)
	}
}

// FuzzJSONLines reads any bytes as a JSON Lines input: every item is a clean
// document or an *Error naming the line, and every non-blank line gives one
// item.
//
//	go test -run '^$' -fuzz '^FuzzJSONLines$' -fuzztime 1m ./input/
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		`{"id": "afp-1", "title": "Sommet", "text": "Poutine et Trump se sont parlé."}`,
		`{"url": "https://exemple.fr/a", "text": "Zelensky a accusé Moscou."}` + "\n\n" + `{"text": "x", "lang": "fr"}`,
		"pas du json\n{\"id\": 5, \"text\": \"x\"}\n[1]\nnull\n\"texte\"\n",
		`{"text": "Moscou\u0000"}` + "\r\n" + `{"text": "a\r\nb"}`,
		`{"text": "<!doctype html><title>T</title><p>Kiev a accepté.</p>"}`,
		`{"text": "\ud800"}` + "\n" + `{"text": "é", "text": null}`,
		"{\"text\": \"\xff\"}\n{\"text\": \"` \"}",
		`{"id": "a", "text": "` + strings.Repeat("é", 5000) + `"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 0
		for _, l := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		items := 0
		readJSONLines(bytes.NewReader(data), "feed.jsonl", func(d schema.Document, err error) bool {
			items++
			var e *Error
			switch {
			case err == nil:
				checkDocument(t, d)
			case !errors.As(err, &e) || !strings.HasPrefix(e.Input, "feed.jsonl") || e.Reason == "":
				t.Fatalf("error %v does not name the input and a reason", err)
			}
			return true
		})
		if items != max(lines, 1) {
			t.Fatalf("%d non-blank lines gave %d items", lines, items)
		}
	})
}

// FuzzTextFile reads any bytes as a text file: a clean document or a reason.
func FuzzTextFile(f *testing.F) {
	for _, s := range []string{
		"Donald Trump a rencontré Vladimir Poutine.",
		"\ufeffTitre\r\n\r\nTexte.\r",
		"\xff\xfeT\x00r\x00u\x00m\x00p\x00",
		"\xfe\xff\x00T\x00r\x00u\x00m\x00p",
		"T\x00r\x00u\x00m\x00p\x00 \x00a\x00",
		"Le pr\xe9sident",
		"<!DOCTYPE html><html><head><title>x</title></head><body><p>a<b>b</b></p><script>c</script>",
		"<html><svg/><nav>menu",
		" \t\n",
	} {
		f.Add([]byte(s), false)
	}
	f.Add([]byte("<p>Kiev</p>"), true)
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		d, reason := textDocument(data, html)
		if reason == "" {
			d.ID, d.Source = "x", "x.txt"
			checkDocument(t, d)
		}
	})
}
