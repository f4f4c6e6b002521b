package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write creates files under dir; a name ending in "/" is an empty directory.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// result is one item of the stream: "id | source | start of text" or the error.
func collect(t *testing.T, paths []string, stdin string) []string {
	t.Helper()
	var out []string
	for d, err := range Documents(paths, strings.NewReader(stdin)) {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error %v is not an *input.Error", err)
			}
			out = append(out, "ERR "+err.Error())
			continue
		}
		if d.Lang == "" || d.Source == "" {
			t.Errorf("document %q: lang %q, source %q", d.ID, d.Lang, d.Source)
		}
		text := []rune(d.Text)
		if len(text) > 20 {
			text = text[:20]
		}
		out = append(out, d.ID+" | "+d.Title+" | "+string(text))
	}
	return out
}

func TestDocuments(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"corpus/000_e9ccde89d1c48e2a.txt": "Donald Trump a rencontré Vladimir Poutine en Alaska.",
		"corpus/sub/b.md":                 "# Kiev\n\nLa Russie a attaqué l'Ukraine.",
		"corpus/sans_extension":           "Le Kremlin a rejeté la proposition.",
		"corpus/.cache.txt":               "caché",
		"corpus/.git/x.txt":               "caché",
		"corpus/photo.jpg":                "\xff\xd8\xff\x00",
		"corpus/binaire":                  "\x7fELF\x00\x00",
		"corpus/depeches.jsonl": `{"id": "afp-1", "title": "Sommet", "text": "Poutine et Trump se sont parlé."}

{"url": "https://exemple.fr/a", "text": "Zelensky a accusé Moscou."}
{"text": "Witkoff s'est rendu à Moscou.", "lang": "fr"}
pas du json
{"id": "afp-4", "title": "Sans texte"}
{"id": 5, "text": "x"}
`,
		"vide.txt":       "  \n",
		"binaire.txt":    "Le texte\x00suit",
		"latin1.txt":     "Le pr\xe9sident a dit",
		"rien/":          "",
		"rien/image.png": "\x89PNG\x00",
		"seul.txt":       "Un seul article.",
		"notes.pdf":      "%PDF-1.4",
	})
	paths := []string{
		filepath.Join(dir, "corpus"),
		filepath.Join(dir, "absent.txt"),
		filepath.Join(dir, "vide.txt"),
		filepath.Join(dir, "binaire.txt"),
		filepath.Join(dir, "latin1.txt"),
		filepath.Join(dir, "rien"),
		filepath.Join(dir, "notes.pdf"),
		filepath.Join(dir, "seul.txt"),
	}
	got := collect(t, paths, "")
	jsonl := filepath.Join(dir, "corpus", "depeches.jsonl")
	want := []string{
		"000_e9ccde89d1c48e2a |  | Donald Trump a renco",
		"afp-1 | Sommet | Poutine et Trump se ",
		"https://exemple.fr/a |  | Zelensky a accusé Mo",
		TextID("Witkoff s'est rendu à Moscou.") + " |  | Witkoff s'est rendu ",
		"ERR " + jsonl + ":5: not a JSON object (invalid character 'p' looking for beginning of value)",
		"ERR " + jsonl + `:6: no "text" field`,
		"ERR " + jsonl + `:7: field "id" must be a string`,
		"sans_extension |  | Le Kremlin a rejeté ",
		"sub/b |  | # Kiev\n\nLa Russie a ",
		"ERR " + filepath.Join(dir, "absent.txt") + ": no such file or directory",
		"ERR " + filepath.Join(dir, "vide.txt") + ": empty file",
		"ERR " + filepath.Join(dir, "binaire.txt") + ": binary file (NUL byte at offset 8), not text",
		"ERR " + filepath.Join(dir, "latin1.txt") + ": not UTF-8 text (invalid byte 0xE9 at offset 5); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8",
		"ERR " + filepath.Join(dir, "rien") + ": no text files in directory (looked for .txt, .md, .html, .htm, .jsonl, .ndjson and extensionless UTF-8 text)",
		"ERR " + filepath.Join(dir, "notes.pdf") + `: unsupported file type ".pdf"; newskg reads .txt, .md, extensionless UTF-8 text, HTML pages (.html, .htm) and JSON Lines (.jsonl, .ndjson)`,
		"seul |  | Un seul article.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\n\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	n, known := Count(paths)
	if !known || n != len(want) {
		t.Errorf("Count = %d, %v; Documents yielded %d items", n, known, len(want))
	}
	if _, known := Count([]string{dir, "-"}); known {
		t.Errorf("Count claims to know the size of stdin")
	}
}

func TestStdin(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		want        []string
	}{
		{"texte", "\n  La Russie a attaqué l'Ukraine.\n", []string{TextID("\n  La Russie a attaqué l'Ukraine.\n") + " |  | \n  La Russie a attaq"}},
		{"json lines", "\n{\"id\": \"a\", \"text\": \"Poutine a parlé.\"}\n{\"text\": \"\"}\n", []string{"a |  | Poutine a parlé.", `ERR -:3: empty "text"`}},
		{"vide", " \n", []string{"ERR -: empty input"}},
		{"latin-1", "Moscou a d\xe9clar\xe9", []string{"ERR -: not UTF-8 text (invalid byte 0xE9 at offset 10); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := collect(t, []string{"-"}, tc.stdin)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestSourcesAndDefaults(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.jsonl": `{"id": "x", "lang": "en", "date": "2025-03-14", "url": "https://e.fr/x", "text": "Hello."}` + "\n" + `{"id": "y", "text": "Bonjour."}`,
	})
	var docs []string
	for d, err := range Documents([]string{filepath.Join(dir, "a.jsonl")}, nil) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, strings.Join([]string{d.ID, d.Lang, d.Date, d.URL, filepath.Base(d.Source)}, " "))
	}
	want := "x en 2025-03-14 https://e.fr/x a.jsonl:1\ny fr   a.jsonl:2"
	if strings.Join(docs, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(docs, "\n"), want)
	}
}

func TestStopEarly(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.txt": "Un.", "b.txt": "Deux.", "c.txt": "Trois."})
	n := 0
	for range Documents([]string{dir, dir}, nil) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("read %d documents", n)
	}
}
