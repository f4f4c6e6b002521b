package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// A directory of hostile files, built with the real extractor: each bad file
// is reported on its own line with its path and the reason, the build goes
// on, and the readable ones (UTF-16, CRLF, an HTML page, a very long
// sentence, unbalanced quotes) give their facts.
func TestBuildSurvivesHostileFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	utf16le := func(s string) string {
		var b bytes.Buffer
		for _, u := range append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...) {
			binary.Write(&b, binary.LittleEndian, u)
		}
		return b.String()
	}
	files := map[string]string{
		"binaire.txt":    "\x7fELF\x02\x01\x01\x00\x00",
		"latin1.txt":     "Le pr\xe9sident Zelensky a rencontr\xe9 Emmanuel Macron.",
		"vide.txt":       "",
		"blanc.txt":      " \r\n\t\n",
		"enorme.txt":     strings.Repeat("Poutine ", 50<<20/8),
		"flux.jsonl":     `{"id": "f1", "text": "Steve Witkoff a rencontré Vladimir Poutine à Moscou."}` + "\n{\"id\": \"f2\", \"text\": \"coupé\n" + `{"id": "f3", "text": "Moscou` + `\u0000"}` + "\n",
		"utf16.txt":      utf16le("Donald Trump a rencontré Vladimir Poutine en Alaska.\r\n"),
		"crlf.txt":       "Volodymyr Zelensky a accusé la Russie.\r\n\r\nLa Russie a attaqué l'Ukraine.\r\n",
		"page.html":      "<!doctype html><title>Kiev</title><nav>Accueil</nav><p>Emmanuel Macron a rencontré Volodymyr Zelensky.</p>",
		"phrase.txt":     "Donald Trump a dit que " + strings.Repeat("la guerre est terrible et que ", 20000) + "la paix viendra.",
		"guillemets.txt": "Vladimir Poutine a déclaré : « La paix est proche. Donald Trump a répondu \"jamais.",
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "in"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, "in", name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := runReal(t, dir, "build", "-q", "in")
	if code != 2 {
		t.Fatalf("status %d, want 2 (some inputs skipped)\n%s%s", code, out, errs)
	}
	for _, want := range []string{
		"newskg: in/binaire.txt: binary file (NUL byte at offset 7), not text\n",
		"newskg: in/latin1.txt: not UTF-8 text (invalid byte 0xE9 at offset 5); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8\n",
		"newskg: in/vide.txt: empty file\n",
		"newskg: in/blanc.txt: empty file\n",
		"newskg: in/enorme.txt: too large (over 16 MiB, newskg reads articles); split it into articles, or into JSON Lines\n",
		"newskg: in/flux.jsonl:2: not a JSON object (invalid character '\\n' in string literal)\n",
		"newskg: in/flux.jsonl:3: the text contains a NUL character (offset 6); binary data is not an article\n",
		"newskg: 7 input(s) skipped\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "documents: 6 new, 0 changed, 0 unchanged, 7 skipped") {
		t.Errorf("summary:\n%s", out)
	}
	for _, tc := range []struct{ script, want string }{
		{`g.V("<Donald_Trump>").Both("<met>").Out("<name>").All()`, `"Vladimir Putin"`},        // UTF-16
		{`g.V("<Steve_Witkoff>").Both("<met>").Out("<name>").All()`, `"Vladimir Putin"`},       // JSON Lines, line 1
		{`g.V("<Volodymyr_Zelensky>").Out("<accused>").Out("<name>").All()`, `"Russia"`},       // CRLF
		{`g.V("<Emmanuel_Macron>").Both("<met>").Out("<name>").All()`, `"Volodymyr Zelensky"`}, // HTML
		{`g.V("<doc/page>").Out("<title>").All()`, `"Kiev"`},                                   // the page's <title>
		{`g.V().Has("<text>").Out("<text>").Filter(regex("\r")).All()`, ``},                    // no CR left in sentences
	} {
		got, errs, code := runReal(t, dir, "query", tc.script)
		if code != 0 || (tc.want == "" && got != "") || !strings.Contains(got, tc.want) {
			t.Errorf("%s: status %d, got %q, want %q\n%s", tc.script, code, got, tc.want, errs)
		}
	}
}
