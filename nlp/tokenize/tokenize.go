// Package tokenize splits French text into sentences and tokens, each with
// its byte offsets in the original text, and expands the multiword tokens of
// Universal Dependencies ("du" -> "de le", "aux" -> "à les").
//
// It follows the UD French conventions of the GSD and Sequoia treebanks:
// elided articles and pronouns are their own tokens ("l'", "qu'",
// "jusqu'"), inverted subject clitics are split from the verb ("a" "-t-il",
// "dit" "-elle") while lexical hyphenated words stay whole ("peut-être",
// "cessez-le-feu"), numbers keep their thousands spaces and decimal commas
// ("1 000", "14,5"), abbreviations keep their period ("M.", "av.", "J.-C."),
// and URLs, e-mail addresses, @handles and #hashtags are single tokens. It
// does not tag or normalise: forms are substrings of the text.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one surface token.
type Token struct {
	Form       string   // text[Start:End]
	Start, End int      // byte offsets in the text
	Words      []string // the syntactic words of a multiword token ("de", "le"); nil otherwise
	SpaceAfter bool     // followed by whitespace (or the end of the text)
}

// Sentence is a run of tokens.
type Sentence struct {
	Start, End int // byte offsets of the first and last token
	Tokens     []Token
}

// Tokenizer holds what tokenization learned from the treebanks: when "des"
// is the contraction "de les" rather than the indefinite article. The zero
// value is usable (it always expands "des").
type Tokenizer struct {
	desArticle map[string]bool // lower-case previous token -> "des" is an article there
}

// Tokens splits text into tokens without sentence boundaries.
func (t *Tokenizer) Tokens(text string) []Token {
	var out []Token
	for _, s := range t.Sentences(text) {
		out = append(out, s.Tokens...)
	}
	return out
}

// Sentences splits text into sentences of tokens.
func (t *Tokenizer) Sentences(text string) []Sentence {
	raw, breaks := scan(text)
	var toks []Token
	var brk []bool // sentence must end after toks[i] (paragraph break)
	for i, r := range raw {
		for _, piece := range splitWord(text, r) {
			toks = append(toks, piece)
			brk = append(brk, false)
		}
		if breaks[i] {
			brk[len(brk)-1] = true
		}
	}
	for i := range toks {
		toks[i].Words = t.expand(toks, i)
	}
	var out []Sentence
	start := 0
	for i := range toks {
		if i+1 == len(toks) || brk[i] || endsSentence(toks, i) {
			out = append(out, Sentence{Start: toks[start].Start, End: toks[i].End, Tokens: toks[start : i+1 : i+1]})
			start = i + 1
		}
	}
	return out
}

// rawToken is a token before elision and clitic splitting.
type rawToken struct{ start, end int }

// scan finds the raw tokens and, for each, whether a paragraph break (a
// blank line) follows it.
func scan(text string) ([]rawToken, []bool) {
	var toks []rawToken
	var breaks []bool
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			j, newlines := i, 0
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isSpace(r2) {
					break
				}
				if r2 == '\n' {
					newlines++
				}
				j += s2
			}
			if newlines >= 2 && len(breaks) > 0 {
				breaks[len(breaks)-1] = true
			}
			i = j
			continue
		}
		end := i + size
		switch {
		case isURLStart(text[i:]):
			end = scanURL(text, i)
		case (r == '@' || r == '#') && i+1 < len(text) && isWordRune(firstRune(text[i+1:])):
			end = scanWord(text, i+1)
		case isWordRune(r):
			end = scanWord(text, i)
			end = attachPeriod(text, i, end)
			end = joinThousands(text, i, end)
		case r == '.':
			end = scanRun(text, i, ".")
		case r == '!' || r == '?':
			end = scanRun(text, i, "!?")
		case r == '-' || r == '–' || r == '—':
			end = scanRun(text, i, string(r))
		}
		toks = append(toks, rawToken{i, end})
		breaks = append(breaks, false)
		i = end
	}
	return toks, breaks
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\ufeff' || r == '\u200b'
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_')
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
func isHyphen(r rune) bool     { return r == '-' || r == '‐' || r == '‑' }

// scanWord reads letters and digits joined by apostrophes, hyphens, periods,
// @ (e-mail) and decimal commas, when a word character follows the joiner.
func scanWord(text string, i int) int {
	j := i
	prevDigit := false
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			prevDigit = unicode.IsDigit(r)
			j += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(text[j+size:])
		joins := false
		switch {
		case isApostrophe(r):
			// l'homme: the joiner is kept, splitWord cuts after it;
			// a final apostrophe ("l' homme") is kept too.
			joins = true
			if !isWordRune(next) {
				return j + size
			}
		case isHyphen(r), r == '@', r == '&':
			joins = isWordRune(next)
		case r == '.':
			// "R.E.M", "www.x.fr", and "J.-C" (a period, a hyphen, a letter)
			joins = isWordRune(next) || (isHyphen(next) && isWordRune(firstRune(text[j+size+nsize:])))
		case r == ',' || r == '/' || r == ':':
			joins = prevDigit && unicode.IsDigit(next)
		}
		if !joins || nsize == 0 {
			return j
		}
		j += size
	}
	return j
}

func scanRun(text string, i int, set string) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune(set, r) {
			break
		}
		j += size
	}
	return j
}

func isURLStart(s string) bool {
	return hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// scanURL reads to the next space, then gives back trailing punctuation
// that ends the sentence rather than the URL.
func scanURL(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isSpace(r) || r == '«' || r == '»' || r == '"' || r == '<' || r == '>' {
			break
		}
		j += size
	}
	for j > i+1 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !strings.ContainsRune(".,;:!?)]'’”", r) {
			break
		}
		j -= size
	}
	return j
}

// attachPeriod keeps a following period on abbreviations and initials.
func attachPeriod(text string, start, end int) int {
	if end >= len(text) || text[end] != '.' {
		return end
	}
	if end+1 < len(text) && text[end+1] == '.' {
		return end // an ellipsis
	}
	word := text[start:end]
	if abbreviations[word] || abbreviations[strings.ToLower(word)] {
		return end + 1
	}
	// Initials and dotted acronyms: "J.", "J.-C.", "R.E.M."
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) {
		return end + 1
	}
	if strings.Contains(word, ".") && !strings.ContainsFunc(word, unicode.IsDigit) {
		parts := strings.FieldsFunc(word, func(r rune) bool { return r == '.' || r == '-' })
		short := true
		for _, p := range parts {
			if utf8.RuneCountInString(p) > 2 {
				short = false
			}
		}
		if short {
			return end + 1
		}
	}
	return end
}

// abbreviations that keep their period. Lower-case entries also match
// capitalised words.
var abbreviations = map[string]bool{
	"M": true, "MM": true, "Mr": true, "Dr": true, "Pr": true, "Me": true, "Mgr": true, "St": true, "Ste": true,
	"etc": true, "av": true, "apr": true, "cf": true, "p": true, "pp": true, "ex": true, "vol": true, "no": true,
	"env": true, "art": true, "min": true, "max": true, "fig": true, "chap": true, "éd": true, "coll": true,
	"janv": true, "févr": true, "déc": true, "nov": true, "oct": true, "sept": true, "av. J.-C": true,
	"c-à-d": true, "resp": true, "vs": true, "op": true, "cit": true, "boul": true, "bd": true, "tél": true,
	"Cie": true, "Jr": true, "Inc": true, "Ltd": true, "hab": true, "mm": true,
}

// joinThousands joins digit groups separated by a space, as in "1 000" or
// "25 785": a group of one to three digits followed by groups of exactly three.
func joinThousands(text string, start, end int) int {
	if !allDigits(text[start:end]) || end-start > 3 {
		return end
	}
	for {
		sp, size := utf8.DecodeRuneInString(text[end:])
		if sp != ' ' && sp != '\u00a0' && sp != '\u202f' && sp != '\u2009' {
			return end
		}
		g := end + size
		k := g
		for k < len(text) && k-g < 4 && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if k-g != 3 {
			return end
		}
		if k < len(text) {
			if r := firstRune(text[k:]); isWordRune(r) {
				return end
			}
			if text[k] == ',' && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9' {
				k = scanWord(text, g)
				return k
			}
		}
		end = k
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// elisions are the words that lose their vowel before another: "l'", "qu'".
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true, "ç": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
}

// keepWhole are words with an apostrophe or a hyphenated pronoun that are
// single words.
var keepWhole = map[string]bool{
	"aujourd'hui": true, "quelqu'un": true, "quelqu'une": true, "prud'homme": true, "prud'hommes": true,
	"presqu'île": true, "c'est-à-dire": true, "rendez-vous": true, "entre-nous": true, "vis-à-vis": true,
}

// isKeptWhole reports whether word is in keepWhole (which holds short
// words only, so long tokens are not lower-cased again and again).
func isKeptWhole(word string) bool {
	return len(word) <= 24 && keepWhole[strings.ToLower(normalizeApostrophes(word))]
}

// clitics that are split from a verb they follow: "a-t-il", "dit-elle".
var clitics = []string{"-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-ils", "-elle", "-elles", "-on",
	"-je", "-tu", "-nous", "-vous", "-ce", "-moi", "-toi", "-lui", "-leur", "-en", "-y"}

// splitWord cuts a raw token into tokens: elided words first, then
// inverted clitics at the end.
func splitWord(text string, r rawToken) []Token {
	var out []Token
	start, end := r.start, r.end
	for {
		word := text[start:end]
		if isKeptWhole(word) {
			break
		}
		cut := strings.IndexAny(word, "'’ʼ")
		if cut <= 0 || !elisions[strings.ToLower(word[:cut])] {
			break
		}
		_, asize := utf8.DecodeRuneInString(word[cut:])
		if cut+asize == len(word) {
			break
		}
		out = append(out, token(text, start, start+cut+asize))
		start += cut + asize
	}
	var tail []Token
	if word := text[start:end]; !isKeptWhole(word) {
		low := strings.ToLower(word)
		for _, c := range clitics {
			stem := strings.TrimSuffix(low, c)
			// One clitic, after a stem without hyphens: "dit-elle",
			// "a-t-il", "est-ce"; compounds like "peut-être" or
			// "cessez-le-feu" end in no pronoun and stay whole.
			if len(stem) < len(low) && stem != "" && !strings.ContainsAny(stem, "-‐‑") {
				tail = []Token{token(text, start+len(stem), end)}
				end = start + len(stem)
				break
			}
		}
	}
	if start < end {
		out = append(out, token(text, start, end))
	}
	out = append(out, tail...)
	// Space after: only the last piece can be followed by space.
	for i := range out {
		out[i].SpaceAfter = false
	}
	if len(out) > 0 {
		last := &out[len(out)-1]
		last.SpaceAfter = last.End >= len(text) || isSpace(firstRune(text[last.End:]))
	}
	return out
}

func token(text string, start, end int) Token {
	return Token{Form: text[start:end], Start: start, End: end}
}

func normalizeApostrophes(s string) string {
	if !strings.ContainsAny(s, "’ʼ") {
		return s
	}
	return strings.NewReplacer("’", "'", "ʼ", "'").Replace(s)
}

// contractions are the multiword tokens of UD French.
var contractions = map[string][]string{
	"du": {"de", "le"}, "au": {"à", "le"}, "aux": {"à", "les"}, "des": {"de", "les"},
	"duquel": {"de", "lequel"}, "auquel": {"à", "lequel"}, "auxquels": {"à", "lesquels"},
	"auxquelles": {"à", "lesquelles"}, "desquels": {"de", "lesquels"}, "desquelles": {"de", "lesquelles"},
}

// expand returns the words of toks[i] if it is a contraction.
func (t *Tokenizer) expand(toks []Token, i int) []string {
	form := toks[i].Form
	low := strings.ToLower(form)
	words, ok := contractions[low]
	if !ok {
		return nil
	}
	if low == "des" && t.desIsArticle(toks, i) {
		return nil
	}
	out := []string{words[0], words[1]}
	if r := firstRune(form); unicode.IsUpper(r) {
		out[0] = capitalize(out[0])
	}
	if form == strings.ToUpper(form) && len(form) > 1 {
		out[1] = strings.ToUpper(out[1])
		out[0] = strings.ToUpper(out[0])
	}
	return out
}

func (t *Tokenizer) desIsArticle(toks []Token, i int) bool {
	prev := "<s>"
	if i > 0 {
		prev = strings.ToLower(toks[i-1].Form)
	}
	if v, ok := t.desArticle[prev]; ok {
		return v
	}
	// A word never seen before "des": take what "des" was most often in
	// training (the contraction "de les").
	return t.desArticle["<default>"]
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// endsSentence reports whether a sentence ends after toks[i].
func endsSentence(toks []Token, i int) bool {
	f := toks[i].Form
	final := isFinal(f)
	if !final {
		// A closing quote or bracket right after final punctuation ends
		// the sentence too: « Il part. » Puis...
		if i == 0 || !closes(toks, i) || !isFinal(toks[i-1].Form) {
			return false
		}
	}
	if i+1 >= len(toks) {
		return true
	}
	if closes(toks, i+1) {
		return false // the closer belongs to this sentence
	}
	next := toks[i+1]
	r := firstRune(next.Form)
	if f == "etc." || f == "..." || f == "…" {
		return unicode.IsUpper(r)
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(next.Form) || r == '-' || r == '–' || r == '—'
}

func isFinal(f string) bool {
	return strings.Trim(f, ".!?…") == "" || f == "etc."
}

// closes reports whether toks[i] closes a quotation or bracket: a closing
// mark, or a straight quote glued to the token before it ("Non."), which
// cannot be an opening one.
func closes(toks []Token, i int) bool {
	f := toks[i].Form
	if isCloser(f) {
		return true
	}
	return (f == `"` || f == "'") && i > 0 && toks[i-1].End == toks[i].Start
}

func isCloser(f string) bool {
	switch f {
	case "»", "”", ")", "]", "›", "’":
		return true
	}
	return false
}

func isOpener(f string) bool {
	switch f {
	case "«", "“", "(", "[", "\"", "‹", "‘", "„":
		return true
	}
	return false
}

// Learn builds a tokenizer from training sentences, each a list of (token
// form, is a multiword token) pairs, learning when "des" is an article.
func Learn(sentences [][]LearnToken) *Tokenizer {
	article := map[string][2]int{} // prev -> [article count, contraction count]
	var total [2]int
	for _, s := range sentences {
		for i, tk := range s {
			if strings.ToLower(tk.Form) != "des" {
				continue
			}
			prev := "<s>"
			if i > 0 {
				prev = strings.ToLower(s[i-1].Form)
			}
			c := article[prev]
			k := 1
			if !tk.Multiword {
				k = 0
			}
			c[k]++
			total[k]++
			article[prev] = c
		}
	}
	t := &Tokenizer{desArticle: map[string]bool{"<default>": total[0] > total[1]}}
	for prev, c := range article {
		if c[0]+c[1] >= 2 && c[0] != c[1] {
			t.desArticle[prev] = c[0] > c[1]
		}
	}
	return t
}

// LearnToken is a training token for Learn.
type LearnToken struct {
	Form      string
	Multiword bool
}
