package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark with its byte span in the document.
type token struct {
	text       string // as written, with ’ normalized to '
	start, end int
	word       bool // letters or digits
}

// lower is the token in lower case, with ’ as '.
func (t token) lower() string { return strings.ToLower(t.text) }

// capitalized reports whether a word starts with an upper-case letter.
func (t token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// tokenize splits text[start:end] into tokens. Elided articles and
// pronouns keep their apostrophe (l', d', qu'), hyphens are tokens of their
// own so that names match with or without them, and quotation marks of both
// languages are single tokens.
func tokenize(text string, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1:
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += s2
					continue
				}
				// decimal separators and digit groups inside numbers: 14,5
				if (r2 == ',' || r2 == '.') && j > i && isDigitBefore(text, j) && j+s2 < end && isDigitAt(text, j+s2) {
					j += s2
					continue
				}
				if r2 == '\'' || r2 == '’' {
					// elision: l', d', qu', jusqu', lorsqu', s', n', c', j', m', t'
					w := strings.ToLower(text[i:j])
					if isElision(w) {
						j += s2
					}
				}
				break
			}
			t := text[i:j]
			t = strings.ReplaceAll(t, "’", "'")
			toks = append(toks, token{text: t, start: i, end: j, word: true})
			i = j
		default:
			t := text[i : i+size]
			if t == "’" {
				t = "'"
			}
			// "..." as one token
			if r == '.' && strings.HasPrefix(text[i:end], "...") {
				size = 3
				t = "..."
			}
			toks = append(toks, token{text: t, start: i, end: i + size})
			i += size
		}
	}
	return toks
}

func isDigitBefore(text string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return unicode.IsDigit(r)
}

func isDigitAt(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsDigit(r)
}

var elisions = map[string]bool{"l": true, "d": true, "qu": true, "jusqu": true, "lorsqu": true,
	"puisqu": true, "s": true, "n": true, "c": true, "j": true, "m": true, "t": true, "quoiqu": true}

func isElision(w string) bool { return elisions[w] }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true,
	"dr": true, "pr": true, "me": true, "st": true, "ste": true, "etc": true, "av": true, "apr": true,
	"j": true, "c": true, "gén": true, "gal": true, "col": true, "lt": true, "cf": true, "p": true,
	"n°": true, "no": true, "vol": true, "mr": true, "mrs": true, "ms": true, "sen": true, "rep": true}

var openQuotes = map[string]string{"«": "»", "“": "”", "‹": "›", "„": "“"}

// span is a byte range of the document.
type span struct{ start, end int }

// paragraphs returns the non-empty lines of text.
func paragraphs(text string) []span {
	var ps []span
	start := 0
	for start < len(text) {
		nl := strings.IndexByte(text[start:], '\n')
		end := len(text)
		if nl >= 0 {
			end = start + nl
		}
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			ps = append(ps, span{s, e})
		}
		start = end + 1
	}
	return ps
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v'
}

// splitSentences splits a paragraph's tokens into sentences: after . ! ? or
// … when what follows starts a sentence, never inside a French or English
// quotation, and never after an abbreviation (M., Mme) or an initial (J.).
func splitSentences(toks []token) [][]token {
	var out [][]token
	var stack []string // expected closing quotes
	straight := false  // inside "..."
	begin := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].text
		if closeQ, ok := openQuotes[t]; ok && !(len(stack) > 0 && stack[len(stack)-1] == t) {
			stack = append(stack, closeQ)
			continue
		}
		if len(stack) > 0 && stack[len(stack)-1] == t {
			stack = stack[:len(stack)-1]
			continue
		}
		if t == "\"" {
			straight = !straight
			continue
		}
		if t != "." && t != "!" && t != "?" && t != "…" && t != "..." {
			continue
		}
		if t == "." && i > 0 && toks[i-1].word && toks[i-1].end == toks[i].start {
			w := strings.ToLower(toks[i-1].text)
			if abbreviations[w] || (utf8.RuneCountInString(w) == 1 && toks[i-1].capitalized()) {
				continue
			}
		}
		// take closing punctuation and quotes that follow
		j := i + 1
		for j < len(toks) && (toks[j].text == "»" || toks[j].text == "”" || toks[j].text == "\"" && straight ||
			toks[j].text == ")" || toks[j].text == "!" || toks[j].text == "?" || toks[j].text == ".") {
			if toks[j].text == "»" || toks[j].text == "”" {
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
			}
			if toks[j].text == "\"" {
				straight = false
			}
			j++
		}
		if len(stack) > 0 || straight {
			continue
		}
		if j < len(toks) && !startsSentence(toks[j]) {
			continue
		}
		out = append(out, toks[begin:j])
		begin = j
		i = j - 1
	}
	if begin < len(toks) {
		out = append(out, toks[begin:])
	}
	return out
}

func startsSentence(t token) bool {
	if t.word {
		r, _ := utf8.DecodeRuneInString(t.text)
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	_, open := openQuotes[t.text]
	return open || t.text == "\"" || t.text == "(" || t.text == "-" || t.text == "—" || t.text == "–"
}
