package nlp

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/nlp/ner"
)

// POPCORN (../shared/corpora/popcorn/train.json, MIT, AIRBUS, EMVISTA and
// LIG) is what the recognizer learns from: 400 short French information
// reports whose entities are marked by character offsets, with 55 fine
// types. The texts are fiction about unknown people, which is what a
// recognizer must handle and a list cannot.

// popcornTypes maps POPCORN's fine types onto the recognizer's, as
// ../shared/eval/popcorn.py does. POPCORN's NATIONALITY is an attribute
// whose mentions are the persons or groups that have it ("les autorités"
// of "autorités australiennes"), not the nationality word, so it is not
// mapped: nationality words are labelled from the lexicon (see
// nationalityNames).
var popcornTypes = map[string]ner.Type{
	"CIVILIAN": ner.Person, "MILITARY": ner.Person, "TERRORIST_OR_CRIMINAL": ner.Person,
	"NON_GOVERNMENTAL_ORGANISATION": ner.Organization, "NON_MILITARY_GOVERNMENT_ORGANISATION": ner.Organization,
	"MILITARY_ORGANISATION": ner.Organization, "INTERGOVERNMENTAL_ORGANISATION": ner.Organization,
	"PLACE": ner.Place,
}

type popcornDoc struct {
	Text     string `json:"text"`
	Entities []struct {
		Type     string `json:"type"`
		Mentions []struct {
			Value      string `json:"value"`
			Start, End int    // in characters (code points)
		} `json:"mentions"`
	} `json:"entities"`
}

// popcornCorpus is POPCORN's training file, split once and for all: the
// texts at positions 4, 9, 14... of the ids in sorted order (every fifth,
// 80 of 400) are held out, and training never reads them.
type popcornCorpus struct {
	ids     []string // sorted
	raw     map[string]json.RawMessage
	heldOut map[string]bool
}

func isHeldOut(position int) bool { return position%5 == 4 }

func readPOPCORN(path string) (*popcornCorpus, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w (set --popcorn to POPCORN's train.json)", err)
	}
	c := &popcornCorpus{heldOut: map[string]bool{}}
	if err := json.Unmarshal(b, &c.raw); err != nil {
		return nil, fmt.Errorf("%s: not POPCORN's JSON ({id: {text, entities, relations}}): %w", path, err)
	}
	for id := range c.raw {
		c.ids = append(c.ids, id)
	}
	sort.Strings(c.ids)
	for i, id := range c.ids {
		if isHeldOut(i) {
			c.heldOut[id] = true
		}
	}
	return c, nil
}

// docs decodes the training or the held-out documents, in id order.
func (c *popcornCorpus) docs(heldOut bool) ([]popcornDoc, error) {
	var out []popcornDoc
	for _, id := range c.ids {
		if c.heldOut[id] != heldOut {
			continue
		}
		var d popcornDoc
		if err := json.Unmarshal(c.raw[id], &d); err != nil {
			return nil, fmt.Errorf("POPCORN document %s: %w", id, err)
		}
		out = append(out, d)
	}
	return out, nil
}

// writeHeldOut writes the held-out documents, unchanged, as a POPCORN file
// that ../shared/eval/popcorn.py scores.
func (c *popcornCorpus) writeHeldOut(path string) error {
	out := map[string]json.RawMessage{}
	for id := range c.heldOut {
		out[id] = c.raw[id]
	}
	b, err := json.Marshal(out) // keys sorted: the same file every time
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// AlignStats counts what aligning POPCORN's mentions with the pipeline's
// words did.
type AlignStats struct {
	Mentions  int // named mentions of the four types
	Labelled  int // became a span of words
	Unaligned int // a boundary fell inside a word, or the span crossed sentences
	Nested    int // inside or across a longer mention already labelled
}

// nerExamples tokenizes and tags each document and labels its sentences
// with the documents' named mentions, and the nationality words lex knows.
func (p *Pipeline) nerExamples(docs []popcornDoc, lex ner.Lexicon) ([]ner.Example, AlignStats) {
	var out []ner.Example
	var st AlignStats
	for _, d := range docs {
		sents := p.split(d.Text)
		for i := range sents {
			p.tag(sents[i].Words)
		}
		names := make([][]ner.Span, len(sents))
		taken := make([][]bool, len(sents))
		for i, s := range sents {
			taken[i] = make([]bool, len(s.Words))
		}
		type mention struct {
			start, end int // bytes
			typ        ner.Type
		}
		var mentions []mention
		byteAt := runeOffsets(d.Text)
		for _, e := range d.Entities {
			t, ok := popcornTypes[e.Type]
			if !ok {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(byteAt)-1 || m.Start >= m.End {
					continue
				}
				mentions = append(mentions, mention{byteAt[m.Start], byteAt[m.End], t})
			}
		}
		// Longest first, so that a name inside a longer one ("Espagne" in
		// "Agence ... d'Espagne") does not cut it.
		slices.SortStableFunc(mentions, func(a, b mention) int {
			return (b.end - b.start) - (a.end - a.start)
		})
		for _, m := range mentions {
			si, first, last, ok := wordsOf(sents, m.start, m.end)
			if !ok {
				if namedText(d.Text[m.start:m.end]) {
					st.Mentions++
					st.Unaligned++
				}
				continue
			}
			words := sents[si].Words
			// A leading article or preposition in lower case is not part
			// of the name ("la Police" is "Police").
			for first <= last && !startsUpper(words[first].Form) && (words[first].UPOS == "DET" || words[first].UPOS == "ADP") {
				first++
			}
			if first > last || !named(words[first:last+1]) {
				continue
			}
			st.Mentions++
			if slices.Contains(taken[si][first:last+1], true) {
				st.Nested++
				continue
			}
			for k := first; k <= last; k++ {
				taken[si][k] = true
			}
			names[si] = append(names[si], ner.Span{Start: first, End: last + 1, Type: m.typ})
			st.Labelled++
		}
		for si, s := range sents {
			ex := ner.Example{Words: make([]ner.Word, len(s.Words))}
			for i, w := range s.Words {
				ex.Words[i] = ner.Word{Form: w.Form, UPOS: w.UPOS, Feats: w.Feats}
			}
			ex.Names = append(names[si], nationalityNames(ex.Words, taken[si], lex)...)
			slices.SortFunc(ex.Names, func(a, b ner.Span) int { return a.Start - b.Start })
			out = append(out, ex)
		}
	}
	return out, st
}

// nationalityNames labels the words outside other names that lex knows as
// nationality words: POPCORN does not mark them (see popcornTypes).
func nationalityNames(words []ner.Word, taken []bool, lex ner.Lexicon) []ner.Span {
	if lex == nil {
		return nil
	}
	var out []ner.Span
	for i, w := range words {
		if taken[i] || !(w.UPOS == "ADJ" || startsUpper(w.Form)) {
			continue
		}
		if n, t := lex.Known([]string{w.Form}); n == 1 && t == ner.Nationality {
			out = append(out, ner.Span{Start: i, End: i + 1, Type: ner.Nationality})
		}
	}
	return out
}

// runeOffsets maps character offsets (POPCORN's, in code points) to byte
// offsets; the last entry is len(text).
func runeOffsets(text string) []int {
	out := make([]int, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

// wordsOf finds the words of one sentence that cover bytes [start, end)
// exactly: the first word starts at start and the last ends at end. A
// multiword token's words share its span, so they come whole.
func wordsOf(sents []Sentence, start, end int) (si, first, last int, ok bool) {
	for si, s := range sents {
		if s.End <= start || s.Start >= end {
			continue
		}
		first, last = -1, -1
		for i, w := range s.Words {
			if w.Start == start && first < 0 {
				first = i
			}
			if w.End == end {
				last = i
			}
		}
		return si, first, last, first >= 0 && last >= first
	}
	return 0, 0, 0, false
}

// named says whether words make a name, as ../shared/eval/popcorn.py counts
// them (a word in capitals) but without pronouns and determiners, which a
// capital at the start of a sentence does not make names ("Il", "Certains").
func named(words []Word) bool {
	for _, w := range words {
		if startsUpper(w.Form) && w.UPOS != "PRON" && w.UPOS != "DET" {
			return true
		}
	}
	return false
}

// namedText is named for a mention that could not be aligned with words.
func namedText(s string) bool {
	for _, f := range strings.Fields(s) {
		if startsUpper(f) {
			return true
		}
	}
	return false
}

func startsUpper(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r)
}

// SpanCounts are the counts behind span-level precision and recall: a
// predicted span is correct when its words and its type are a gold span's.
type SpanCounts struct {
	Gold, Predicted, Correct int
	// A looser match, nearer to how ../shared/eval/popcorn.py matches
	// names: predicted spans that overlap a gold span of their type, and
	// gold spans that a predicted span of their type overlaps.
	PredictedOverlapping, GoldOverlapped int
}

func (c SpanCounts) Precision() float64 { return ratio(c.Correct, c.Predicted) }
func (c SpanCounts) Recall() float64    { return ratio(c.Correct, c.Gold) }

// OverlapPrecision and OverlapRecall count overlapping spans as found.
func (c SpanCounts) OverlapPrecision() float64 { return ratio(c.PredictedOverlapping, c.Predicted) }
func (c SpanCounts) OverlapRecall() float64    { return ratio(c.GoldOverlapped, c.Gold) }

func (c SpanCounts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *SpanCounts) add(d SpanCounts) {
	c.Gold += d.Gold
	c.Predicted += d.Predicted
	c.Correct += d.Correct
	c.PredictedOverlapping += d.PredictedOverlapping
	c.GoldOverlapped += d.GoldOverlapped
}

// NERScores are the recognizer's scores on POPCORN's held-out texts.
type NERScores struct {
	Docs, Words int
	ByType      map[ner.Type]SpanCounts
	// Names adds up Person, Organization and Place: the names POPCORN
	// marks. Nationality is apart because its gold spans come from the
	// lexicon given to EvaluateNER, not from POPCORN.
	Names SpanCounts
	Align AlignStats
}

// overlap says whether two spans of one type share a word.
func overlap(a, b ner.Span) bool {
	return a.Type == b.Type && a.Start < b.End && b.Start < a.End
}

// EvaluateNER scores the recognizer on the texts of POPCORN's train.json
// (at path) that training holds out. names labels the gold nationality
// words (POPCORN marks none; nil for none); lex is what the recognizer is
// given (nil for nothing). Tokenization and tags are the pipeline's, as in
// Parse.
func (p *Pipeline) EvaluateNER(path string, names, lex ner.Lexicon) (NERScores, error) {
	c, err := readPOPCORN(path)
	if err != nil {
		return NERScores{}, err
	}
	docs, err := c.docs(true)
	if err != nil {
		return NERScores{}, err
	}
	exs, align := p.nerExamples(docs, names)
	sc := NERScores{Docs: len(docs), ByType: map[ner.Type]SpanCounts{}, Align: align}
	for _, ex := range exs {
		sc.Words += len(ex.Words)
		pred := p.names.Recognize(ex.Words, lex)
		for _, g := range ex.Names {
			c := sc.ByType[g.Type]
			c.Gold++
			c.GoldOverlapped += b2i(slices.ContainsFunc(pred, func(sp ner.Span) bool { return overlap(sp, g) }))
			sc.ByType[g.Type] = c
		}
		for _, sp := range pred {
			c := sc.ByType[sp.Type]
			c.Predicted++
			c.Correct += b2i(slices.ContainsFunc(ex.Names, func(g ner.Span) bool { return g.Start == sp.Start && g.End == sp.End && g.Type == sp.Type }))
			c.PredictedOverlapping += b2i(slices.ContainsFunc(ex.Names, func(g ner.Span) bool { return overlap(sp, g) }))
			sc.ByType[sp.Type] = c
		}
	}
	for _, t := range []ner.Type{ner.Person, ner.Organization, ner.Place} {
		sc.Names.add(sc.ByType[t])
	}
	return sc, nil
}
