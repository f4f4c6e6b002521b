package input

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newskg/newskg/nlp/timex"
	"github.com/newskg/newskg/schema"

	"golang.org/x/text/encoding/unicode"
)

// Limits on what newskg reads as one article. A news article is tens of
// kilobytes; past these sizes an input is a dump or a mistake, and reading
// it whole would cost minutes of extraction and memory to match.
const (
	// MaxFileBytes is the largest file (or JSON line, or standard input)
	// read as one article; a larger one is skipped without being read.
	MaxFileBytes = 16 << 20
	// MaxTextBytes is the longest text of an article, once decoded and
	// stripped of HTML.
	MaxTextBytes = 2 << 20
)

// decode returns the bytes of a text file as UTF-8, or why they are not
// text: UTF-8 with or without a byte-order mark, or UTF-16 with one, is
// text; NUL bytes (binary, or UTF-16 without a mark) and invalid UTF-8
// (Latin-1 and other 8-bit encodings) are not. Whitespace alone is "empty".
func decode(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		utf8Data, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Sprintf("not valid UTF-16 text (%v); convert it to UTF-8", err)
		}
		data = utf8Data
	default:
		data = bytes.TrimPrefix(data, []byte("\ufeff"))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "empty file"
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if looksLikeUTF16(data) {
			return "", "UTF-16 text without a byte-order mark; convert it to UTF-8, e.g. iconv -f UTF-16LE -t UTF-8"
		}
		return "", fmt.Sprintf("binary file (NUL byte at offset %d), not text", i)
	}
	if i := invalidUTF8(data); i >= 0 {
		return "", fmt.Sprintf("not UTF-8 text (invalid byte 0x%02X at offset %d); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8", data[i], i)
	}
	return string(data), ""
}

// looksLikeUTF16 reports whether the start of data has a NUL in every other
// byte, as ASCII text encoded in UTF-16 does.
func looksLikeUTF16(data []byte) bool {
	n := min(len(data), 512) &^ 1
	if n < 8 {
		return false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	return max(even, odd) > n/2*3/4 && min(even, odd) < n/2/8
}

// invalidUTF8 returns the offset of the first byte that is not UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// articleText turns decoded text into an article: line ends become "\n"
// (the extractor's offsets then count one byte per line end), and an HTML
// page (html, or text that starts like a page) is reduced to its text and
// title, with the date, site name and URL its markup gives. A text whose
// markup gives no date gets the one its dateline states ("PARIS, 14 mars
// 2025 (AFP) -", "Publié le 14/03/2025"); never the file's time. It returns
// why the text is not an article: a NUL character (possible in JSON,
// "\u0000"), an HTML page without text, or a text longer than MaxTextBytes.
func articleText(s string, html bool) (schema.Document, string) {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return schema.Document{}, fmt.Sprintf("the text contains a NUL character (offset %d); binary data is not an article", i)
	}
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	var d schema.Document
	if html || isHTMLPage(s) {
		var meta pageMeta
		s, d.Title, meta = htmlText(s)
		if strings.TrimSpace(s) == "" {
			return schema.Document{}, "an HTML page without text"
		}
		d.Date, d.Outlet.Name, d.URL = meta.Published, meta.SiteName, meta.Canonical
	}
	if len(s) > MaxTextBytes {
		return schema.Document{}, fmt.Sprintf("text too long (%d bytes; newskg reads articles of up to %d MiB); split it into articles", len(s), MaxTextBytes>>20)
	}
	d.Text = s
	if d.Date == "" {
		if t, _, ok := timex.Dateline(s); ok {
			d.Date = t.Format(time.DateOnly)
		}
	}
	return d, ""
}
