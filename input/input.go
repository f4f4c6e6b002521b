// Package input turns the paths given to newskg (text files, HTML pages,
// directories, JSON Lines, "-" for stdin) into schema.Document values, one
// at a time.
//
// It only reads: it does no extraction and does not touch a store. It
// accepts what editors and crawlers write (UTF-16 with a byte-order mark,
// CRLF line ends, web pages, whose text it keeps) and rejects what is not an
// article's text: a bad input (missing, empty, binary, not UTF-8, larger
// than MaxFileBytes or MaxTextBytes, a broken JSON line) is reported as an
// *Error naming the input and the reason, in the stream, so the caller
// reports it and goes on with the other inputs. Two inputs that would be
// one document (the same id) are an *Error too, naming both, since the
// second would silently replace the first in the store. It never holds more
// than one input, or MaxFileBytes of one, in memory, besides the ids seen.
package input

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/newskg/newskg/schema"
)

// DefaultLang is the language of a document that does not give one.
const DefaultLang = "fr"

// Error says which input (a path, path:line, or "-") was skipped and why.
type Error struct {
	Input  string
	Reason string
}

func (e *Error) Error() string { return e.Input + ": " + e.Reason }

func skip(input, format string, args ...any) *Error {
	return &Error{Input: input, Reason: fmt.Sprintf(format, args...)}
}

// Documents yields the documents of each input in order, or an *Error for an
// input (or a line of one) that cannot be read. Directories are read
// recursively in lexical order, skipping hidden files and files that are not
// text; a file is read only when its turn comes.
//
// Document IDs: the "id" of a JSON line, else its "url", else a hash of its
// text; for a file in a directory, its path relative to the directory without
// extension; for a file given by name, its base name without extension; for
// text on stdin, a hash of the text. A document whose id an earlier one of
// the same call had is not yielded: an *Error names both inputs instead.
func Documents(paths []string, stdin io.Reader) iter.Seq2[schema.Document, error] {
	return func(yield func(schema.Document, error) bool) {
		firstWith := map[string]string{} // document id -> the input that gave it
		once := func(d schema.Document, err error) bool {
			if err != nil {
				return yield(d, err)
			}
			if first, ok := firstWith[d.ID]; ok {
				return yield(schema.Document{}, skip(d.Source, "document id %q is already that of %s; skipped so that neither replaces the other (%s)", d.ID, first, idHint(d.Source)))
			}
			firstWith[d.ID] = d.Source
			return yield(d, nil)
		}
		for _, p := range paths {
			if !readPath(p, stdin, once) {
				return
			}
		}
	}
}

// idHint says how to give an input its own id.
func idHint(source string) string {
	if isLineSource(source) {
		return `give each JSON line its own "id"`
	}
	return "a file's id is its path without extension: rename one of them, or build them into separate stores"
}

type yieldFunc = func(schema.Document, error) bool

func readPath(path string, stdin io.Reader, yield yieldFunc) bool {
	if path == "-" {
		return readStdin(stdin, yield)
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return yield(schema.Document{}, skip(path, "no such file or directory"))
	case err != nil:
		return yield(schema.Document{}, skip(path, "%v", unwrapPathError(err)))
	case fi.IsDir():
		return readDir(path, yield)
	case !fi.Mode().IsRegular():
		// Opening a named pipe blocks until something writes to it, and a
		// device may never end: neither is an article on disk.
		return yield(schema.Document{}, skip(path, "not a regular file (%s); newskg reads files and directories: pipe the text to newskg build - instead", fileKind(fi.Mode())))
	}
	kind := kindOf(path)
	if kind == unsupported {
		return yield(schema.Document{}, skip(path, "unsupported file type %q; newskg reads .txt, .md, extensionless UTF-8 text, HTML pages (.html, .htm) and JSON Lines (.jsonl, .ndjson)", filepath.Ext(path)))
	}
	return readFile(path, trimExt(filepath.Base(path)), kind, yield)
}

// fileKind names the kind of a file that is not a regular one.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

type kind int

const (
	unsupported kind = iota
	text             // an article's text, or an HTML page in a text file
	htmlPage         // an article's web page
	jsonLines
)

func kindOf(path string) kind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", "":
		return text
	case ".html", ".htm":
		return htmlPage
	case ".jsonl", ".ndjson":
		return jsonLines
	}
	return unsupported
}

func trimExt(name string) string { return strings.TrimSuffix(name, filepath.Ext(name)) }

func readDir(root string, yield yieldFunc) bool {
	found := false
	ok := walkDir(root, func(p string, k kind, err error) bool {
		if err != nil {
			return yield(schema.Document{}, skip(p, "%v", unwrapPathError(err)))
		}
		found = true
		rel, err := filepath.Rel(root, p)
		if err != nil {
			rel = filepath.Base(p)
		}
		return readFile(p, filepath.ToSlash(trimExt(rel)), k, yield)
	})
	if !ok {
		return false
	}
	if !found {
		return yield(schema.Document{}, skip(root, "no text files in directory (looked for .txt, .md, .html, .htm, .jsonl, .ndjson and extensionless UTF-8 text)"))
	}
	return true
}

// walkDir calls fn, in lexical order, for each input file under root (or an
// error reading the tree), skipping hidden files and directories and files
// that are not text. It stops and reports false when fn returns false.
func walkDir(root string, fn func(path string, k kind, err error) bool) bool {
	stopped := false
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !fn(p, unsupported, err) {
				stopped = true
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		k := kindOf(p)
		if k == unsupported {
			return nil
		}
		if k == text && filepath.Ext(p) == "" && !looksLikeText(p) {
			return nil // an extensionless file that is not text: not an article
		}
		if !fn(p, k, nil) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	return !stopped
}

// Count estimates how many items (documents and errors) Documents will yield
// for paths, for a progress bar: it lists directories and counts the lines of
// JSON Lines files without reading the articles. known is false when paths
// include stdin, which cannot be read twice.
func Count(paths []string) (n int, known bool) {
	for _, p := range paths {
		if p == "-" {
			return n, false
		}
		fi, err := os.Stat(p)
		switch {
		case err != nil || !fi.IsDir():
			if err == nil && kindOf(p) == jsonLines {
				n += max(1, countLines(p))
			} else {
				n++
			}
		default:
			found := 0
			walkDir(p, func(path string, k kind, err error) bool {
				found++
				if k == jsonLines {
					found += max(1, countLines(path)) - 1
				}
				return true
			})
			n += max(1, found)
		}
	}
	return n, true
}

// countLines counts the non-blank lines of a file.
func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			n++
		}
	}
	return n
}

// looksLikeText reads the start of a file to tell an extensionless article
// from a binary.
func looksLikeText(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true // let readFile report the error
	}
	defer f.Close()
	buf := make([]byte, 4096)
	n, _ := io.ReadFull(f, buf)
	buf = buf[:n]
	if bytes.IndexByte(buf, 0) >= 0 {
		return false
	}
	// The last rune may be cut by the 4096-byte window.
	for i := 0; i < utf8.UTFMax && len(buf) > 0 && !utf8.Valid(buf); i++ {
		buf = buf[:len(buf)-1]
	}
	return utf8.Valid(buf)
}

func readFile(path, id string, k kind, yield yieldFunc) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(schema.Document{}, skip(path, "%v", unwrapPathError(err)))
	}
	defer f.Close()
	if k == jsonLines {
		return readJSONLines(f, path, yield)
	}
	data, err := readAtMost(f, MaxFileBytes)
	if err != nil {
		return yield(schema.Document{}, skip(path, "%v", unwrapPathError(err)))
	}
	d, reason := textDocument(data, k == htmlPage)
	if reason != "" {
		return yield(schema.Document{}, skip(path, "%s", reason))
	}
	d.ID, d.Source = id, path
	return yield(d, nil)
}

// errTooLarge is what readAtMost returns for an input over the limit.
var errTooLarge = fmt.Errorf("too large (over %d MiB, newskg reads articles); split it into articles, or into JSON Lines", MaxFileBytes>>20)

// readAtMost reads r to the end, or fails with errTooLarge after max bytes
// without reading further.
func readAtMost(r io.Reader, max int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err == nil && len(data) > max {
		return nil, errTooLarge
	}
	return data, err
}

// textDocument makes a document of the bytes of a text file (or standard
// input), or of an HTML file: its text decoded and cleaned, what an HTML
// page says about itself (title, date, site name, URL), the date of a
// dateline, and the default language; or why it is not an article.
func textDocument(data []byte, html bool) (schema.Document, string) {
	if html || isHTMLPage(string(data[:min(len(data), 64)])) {
		var reason string
		if data, reason = htmlToUTF8(data); reason != "" {
			return schema.Document{}, reason
		}
	}
	s, reason := decode(data)
	if reason != "" {
		return schema.Document{}, reason
	}
	d, reason := articleText(s, html)
	if reason != "" {
		return schema.Document{}, reason
	}
	d.Lang = DefaultLang
	withHost(&d)
	return d, ""
}

// article is one line of a JSON Lines input.
type article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url"`
	Date  string `json:"date"`
	Lang  string `json:"lang"`
	// Source is the outlet that published the article ("Le Monde"), as
	// crawlers write it; the document's own Source stays where newskg read it.
	Source string  `json:"source"`
	Text   *string `json:"text"`
}

func readJSONLines(r io.Reader, name string, yield yieldFunc) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	lines := 0
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, MaxFileBytes)
		where := fmt.Sprintf("%s:%d", name, n)
		if tooLong {
			lines++
			if !yield(schema.Document{}, skip(where, "line too long (over %d MiB, newskg reads articles); skipped", MaxFileBytes>>20)) {
				return false
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			lines++
			doc, bad := parseLine(line, where)
			var e error
			if bad != nil {
				e = bad
			}
			if !yield(doc, e) {
				return false
			}
		}
		if err == io.EOF {
			break
		} else if err != nil {
			return yield(schema.Document{}, skip(where, "%v", err))
		}
	}
	if lines == 0 {
		return yield(schema.Document{}, skip(name, "empty file"))
	}
	return true
}

// readLine reads a line of at most max bytes. A longer line is read to its
// end and dropped, without holding more than the reader's buffer: tooLong
// is then true.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, tooLong, err
		}
	}
}

func parseLine(line []byte, where string) (schema.Document, *Error) {
	if i := invalidUTF8(line); i >= 0 {
		return schema.Document{}, skip(where, "not UTF-8 text (invalid byte 0x%02X at column %d); convert it to UTF-8", line[i], i+1)
	}
	var a article
	if err := json.Unmarshal(line, &a); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return schema.Document{}, skip(where, "not a JSON object (a JSON %s)", te.Value)
		}
		if errors.As(err, &te) {
			return schema.Document{}, skip(where, "field %q must be a string", te.Field)
		}
		return schema.Document{}, skip(where, "not a JSON object (%v)", err)
	}
	if a.Text == nil {
		return schema.Document{}, skip(where, `no "text" field`)
	}
	if strings.TrimSpace(*a.Text) == "" {
		return schema.Document{}, skip(where, `empty "text"`)
	}
	d, reason := articleText(*a.Text, false)
	if reason != "" {
		return schema.Document{}, skip(where, "%s", reason)
	}
	// What the line says wins over what its text (a page, a dateline) says.
	for _, f := range []struct {
		dst *string
		v   string
	}{{&d.Title, a.Title}, {&d.URL, a.URL}, {&d.Date, a.Date}, {&d.Outlet.Name, a.Source}} {
		if f.v != "" {
			*f.dst = f.v
		}
	}
	d.ID, d.Lang, d.Source = a.ID, a.Lang, where
	withHost(&d)
	if d.ID == "" {
		d.ID = d.URL
	}
	if d.ID == "" {
		d.ID = TextID(d.Text)
	}
	if d.Lang == "" {
		d.Lang = DefaultLang
	}
	return d, nil
}

// TextID is the ID of a document that has none: a hash of its text.
func TextID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// readStdin reads JSON Lines if the first non-space byte is '{', else one
// text document.
func readStdin(r io.Reader, yield yieldFunc) bool {
	if r == nil {
		return yield(schema.Document{}, skip("-", "no standard input"))
	}
	br := bufio.NewReader(r)
	var prefix []byte
	for {
		b, err := br.ReadByte()
		if err != nil {
			break
		}
		prefix = append(prefix, b)
		if !isSpace(b) {
			break
		}
	}
	all := io.MultiReader(bytes.NewReader(prefix), br)
	if len(prefix) > 0 && prefix[len(prefix)-1] == '{' {
		return readJSONLines(all, "-", yield)
	}
	data, err := readAtMost(all, MaxFileBytes)
	if err != nil {
		return yield(schema.Document{}, skip("-", "%v", err))
	}
	d, reason := textDocument(data, false)
	if reason != "" {
		return yield(schema.Document{}, skip("-", "%s", strings.Replace(reason, "empty file", "empty input", 1)))
	}
	d.ID, d.Source = TextID(d.Text), "-"
	return yield(d, nil)
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// unwrapPathError drops the path from an *fs.PathError, which the caller
// already names.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Gone reports whether the input a document was read from (its Source: a
// path as it was given, path:line for a JSON line, or "-") no longer exists,
// seen from the current directory. Standard input is never gone: nothing
// tells. A file that exists but cannot be read is not gone either.
func Gone(source string) bool {
	if source == "" || source == "-" || strings.HasPrefix(source, "-:") {
		return false
	}
	_, err := os.Lstat(filePart(source))
	return errors.Is(err, fs.ErrNotExist)
}

// Replaces returns an *Error when a document read from source would
// replace, in the store, the one of the same id read from stored, another
// input that still exists (two folders built one after the other): the
// error names both. It returns nil when stored is gone, is the same file
// (given by another path, or a JSON line that moved), or is standard input.
func Replaces(id, stored, source string) error {
	if stored == "" || stored == source || Gone(stored) || Gone(source) {
		return nil
	}
	a, errA := os.Stat(filePart(stored))
	b, errB := os.Stat(filePart(source))
	if errA != nil || errB != nil || os.SameFile(a, b) {
		return nil
	}
	return skip(source, "document id %q is already that of %s in the store; skipped so that neither replaces the other (%s; newskg prune forgets inputs that are gone)", id, stored, idHint(source))
}

// filePart is the file of a source: path, or path:line for a JSON line.
func filePart(source string) string {
	if isLineSource(source) {
		if _, err := os.Lstat(source); err != nil {
			return source[:strings.LastIndexByte(source, ':')]
		}
	}
	return source
}

// isLineSource reports whether source is path:line, a JSON line's.
func isLineSource(source string) bool {
	i := strings.LastIndexByte(source, ':')
	return i > 0 && i < len(source)-1 && strings.Trim(source[i+1:], "0123456789") == ""
}
