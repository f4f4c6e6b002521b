package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/nlp"
)

// token is a syntactic word of the parse (a multiword token such as "du"
// gives two, "de" and "le", sharing its byte span) with its span in the
// document. Token i of a sentence is word i+1 of its parse.
type token struct {
	text       string // as written, with ’ normalized to '
	start, end int
	word       bool // has a letter or digit
}

// tokensOf turns a parsed sentence of a paragraph starting at byte offset
// base into tokens with document offsets.
func tokensOf(ps *nlp.Sentence, base int) []token {
	toks := make([]token, len(ps.Words))
	for i, w := range ps.Words {
		toks[i] = token{text: strings.ReplaceAll(w.Form, "’", "'"), start: base + w.Start, end: base + w.End,
			word: strings.IndexFunc(w.Form, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0}
	}
	return toks
}

// capitalized reports whether a word starts with an upper-case letter.
func (t token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

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

// joinQuotations joins the sentences of a paragraph (text) that a
// quotation spans, so that « C'est fini. Nous partons », a-t-il dit. is one
// sentence with its attribution: the tokenizer splits inside quotation
// marks as the treebanks do. The joined parse hangs each later root under
// the first as parataxis. Only a quotation that closes within
// maxQuoteSentences sentences joins them: a mark left open, or a long
// quoted speech, leaves the sentences as the tokenizer cut them.
func joinQuotations(text string, sents []nlp.Sentence) []nlp.Sentence {
	spans, _ := pairMarks(text, 0, len(text))
	at := func(pos int) int { return sort.Search(len(sents), func(k int) bool { return sents[k].End > pos }) }
	var out []nlp.Sentence
	next := 0 // the first span not yet read
	for k := 0; k < len(sents); {
		last := k
		for ; next < len(spans) && at(spans[next].open) <= last; next++ {
			if sp := spans[next]; sp.closed {
				if e := at(sp.end); e > last && e-k < maxQuoteSentences {
					last = e
				}
			}
		}
		joined := sents[k]
		for j := k + 1; j <= last && j < len(sents); j++ {
			joined = joinSentences(joined, sents[j])
		}
		out = append(out, joined)
		k = last + 1
	}
	return out
}

func joinSentences(a, b nlp.Sentence) nlp.Sentence {
	offset := len(a.Words)
	root := a.Root()
	j := nlp.Sentence{Start: a.Start, End: b.End, Words: slices.Clone(a.Words), Tokens: slices.Clone(a.Tokens)}
	for _, w := range b.Words {
		w.ID += offset
		if w.Head == 0 {
			w.Head, w.DepRel = root, "parataxis"
		} else {
			w.Head += offset
		}
		j.Words = append(j.Words, w)
	}
	for _, t := range b.Tokens {
		t.First += offset
		t.Last += offset
		j.Tokens = append(j.Tokens, t)
	}
	return j
}
