package depparse

import (
	"strings"

	"github.com/newskg/newskg/nlp/fr"
	"github.com/newskg/newskg/nlp/internal/perceptron"
)

// sentence holds, for words 0..n+1 (0 = none, n+1 = root), the hashes of the
// strings that features are built from, so that a feature is a few
// multiplications and no allocation.
type sentence struct {
	n                 int
	word, pos, lemma  []uint64
	morph, wordPos    []uint64
	punct             []bool
	verbForm, inflect []uint64
}

func hashString(s string) uint64 {
	return uint64(perceptron.New(0).Str(s))
}

func newSentence(words []Word) *sentence {
	n := len(words)
	x := &sentence{n: n}
	mk := func() []uint64 { return make([]uint64, n+2) }
	x.word, x.pos, x.lemma, x.morph, x.wordPos, x.verbForm, x.inflect = mk(), mk(), mk(), mk(), mk(), mk(), mk()
	x.punct = make([]bool, n+2)
	for _, i := range []int{0, n + 1} {
		name := "<none>"
		if i > 0 {
			name = "<root>"
		}
		h := hashString(name)
		x.word[i], x.pos[i], x.lemma[i], x.morph[i], x.wordPos[i], x.verbForm[i], x.inflect[i] = h, h, h, h, h, h, h
	}
	for i, w := range words {
		j := i + 1
		low := fr.FoldForm(w.Form)
		x.word[j] = hashString(low)
		x.pos[j] = hashString(w.UPOS)
		x.lemma[j] = hashString(w.Lemma)
		x.morph[j] = hashString(w.Feats)
		// The hashes of low+"/"+UPOS and of the concatenated feature
		// values, folded piece by piece rather than concatenated.
		x.wordPos[j] = uint64(hashPieces(low, "/", w.UPOS))
		f := parseFeats(w.Feats)
		x.verbForm[j] = uint64(hashPieces(w.UPOS, f.verbForm, f.mood))
		x.inflect[j] = uint64(hashPieces(w.UPOS, f.number, f.person))
		x.punct[j] = w.UPOS == "PUNCT"
	}
	return x
}

// hashPieces is hashString(a+b+c) without building the string.
func hashPieces(a, b, c string) perceptron.Hasher {
	return perceptron.New(0).Fold(a).Fold(b).Str(c)
}

// morph holds the feature values that the parser's features read.
type morph struct{ verbForm, mood, number, person string }

// parseFeats reads the values of a CoNLL-U FEATS string ("_" or
// "Mood=Ind|Number=Sing|..."); a feature given twice keeps its first value.
func parseFeats(feats string) morph {
	var m morph
	var seen [4]bool
	for feats != "" {
		f, rest, _ := strings.Cut(feats, "|")
		feats = rest
		name, v, ok := strings.Cut(f, "=")
		if !ok {
			continue
		}
		var dst *string
		var k int
		switch name {
		case "VerbForm":
			dst, k = &m.verbForm, 0
		case "Mood":
			dst, k = &m.mood, 1
		case "Number":
			dst, k = &m.number, 2
		case "Person":
			dst, k = &m.person, 3
		default:
			continue
		}
		if !seen[k] {
			*dst, seen[k] = v, true
		}
	}
	return m
}

// feature hashes a template number with up to three values.
func feature(t int, a, b, c uint64) perceptron.Feature {
	return perceptron.New(t).Int(int(a)).Int(int(b)).Int(int(c)).Feature()
}

func distance(a, b int) uint64 {
	d := b - a
	switch {
	case a == 0 || b == 0:
		return 0
	case d < 0:
		return 99
	case d <= 4:
		return uint64(d)
	case d <= 9:
		return 5
	}
	return 10
}

func capCount(n int) uint64 { return uint64(min(n, 4)) }

// features lists the features of a parser state, after Zhang & Nivre (2011)
// with arc-hybrid positions: stack s0 s1 s2, buffer b0 b1 b2, and the
// leftmost/rightmost children of s0, s1 and b0.
func features(x *sentence, s *state, f []perceptron.Feature) []perceptron.Feature {
	s0, s1, s2 := s.stackAt(0), s.stackAt(1), s.stackAt(2)
	b0, b1, b2 := s.bufAt(0), s.bufAt(1), s.bufAt(2)
	w, p, l, m, wp := x.word, x.pos, x.lemma, x.morph, x.wordPos
	child := func(c []int, i int) int {
		if i == 0 {
			return 0
		}
		return c[i]
	}
	lab := func(i int) uint64 {
		if i == 0 {
			return 1 << 20
		}
		return uint64(s.label[i])
	}
	s0l1, s0l2, s0r1, s0r2 := child(s.lc1, s0), child(s.lc2, s0), child(s.rc1, s0), child(s.rc2, s0)
	s1l1, s1r1, s1r2 := child(s.lc1, s1), child(s.rc1, s1), child(s.rc2, s1)
	b0l1, b0l2 := child(s.lc1, b0), child(s.lc2, b0)
	add := func(t int, a, b, c uint64) { f = append(f, feature(t, a, b, c)) }

	add(0, 0, 0, 0)
	// Single words.
	add(1, wp[s0], 0, 0)
	add(2, w[s0], 0, 0)
	add(3, p[s0], 0, 0)
	add(4, wp[s1], 0, 0)
	add(5, w[s1], 0, 0)
	add(6, p[s1], 0, 0)
	add(7, wp[b0], 0, 0)
	add(8, w[b0], 0, 0)
	add(9, p[b0], 0, 0)
	add(10, wp[b1], 0, 0)
	add(11, w[b1], 0, 0)
	add(12, p[b1], 0, 0)
	add(13, w[b2], 0, 0)
	add(14, p[b2], 0, 0)
	add(15, p[s2], 0, 0)
	add(16, l[s0], 0, 0)
	add(17, l[b0], 0, 0)
	add(18, l[s1], 0, 0)
	add(19, m[s0], p[s0], 0)
	add(20, m[b0], p[b0], 0)
	// Pairs.
	add(21, wp[s0], wp[b0], 0)
	add(22, wp[s0], w[b0], 0)
	add(23, w[s0], wp[b0], 0)
	add(24, wp[s0], p[b0], 0)
	add(25, p[s0], wp[b0], 0)
	add(26, w[s0], w[b0], 0)
	add(27, p[s0], p[b0], 0)
	add(28, p[b0], p[b1], 0)
	add(29, wp[s0], wp[s1], 0)
	add(30, p[s0], p[s1], 0)
	add(31, w[s0], p[s1], 0)
	add(32, p[s0], w[s1], 0)
	add(33, l[s0], l[b0], 0)
	add(34, l[s0], p[b0], 0)
	add(35, p[s0], l[b0], 0)
	add(36, l[s1], l[s0], 0)
	add(37, x.verbForm[s0], x.verbForm[b0], 0)
	add(38, x.inflect[s0], x.inflect[b0], 0)
	add(39, x.inflect[s1], x.inflect[s0], 0)
	add(40, x.verbForm[s1], x.verbForm[s0], 0)
	// Triples.
	add(41, p[b0], p[b1], p[b2])
	add(42, p[s0], p[b0], p[b1])
	add(43, p[s1], p[s0], p[b0])
	add(44, p[s0], p[s0l1], p[b0])
	add(45, p[s0], p[s0r1], p[b0])
	add(46, p[s0], p[b0], p[b0l1])
	add(47, p[s1], p[s1r1], p[s0])
	add(48, p[s1], p[s1l1], p[s0])
	add(49, p[s2], p[s1], p[s0])
	add(50, p[s1], p[s0], p[b1])
	add(51, w[s0], p[s0], p[b0])
	// Distance.
	d := distance(s0, b0)
	add(52, w[s0], d, 0)
	add(53, p[s0], d, 0)
	add(54, w[b0], d, 0)
	add(55, p[b0], d, 0)
	add(56, p[s0], p[b0], d)
	d1 := distance(s1, s0)
	add(57, p[s1], p[s0], d1)
	add(58, w[s1], w[s0], d1)
	// Valency.
	add(59, w[s0], capCount(s.nl[s0]), capCount(s.nr[s0]))
	add(60, p[s0], capCount(s.nl[s0]), capCount(s.nr[s0]))
	add(61, w[b0], capCount(s.nl[b0]), 0)
	add(62, p[b0], capCount(s.nl[b0]), 0)
	add(63, p[s1], capCount(s.nl[s1]), capCount(s.nr[s1]))
	// Children.
	add(64, w[s0l1], 0, 0)
	add(65, p[s0l1], 0, 0)
	add(66, lab(s0l1), 0, 0)
	add(67, w[s0r1], 0, 0)
	add(68, p[s0r1], 0, 0)
	add(69, lab(s0r1), 0, 0)
	add(70, w[b0l1], 0, 0)
	add(71, p[b0l1], 0, 0)
	add(72, lab(b0l1), 0, 0)
	add(73, w[s1r1], p[s1r1], lab(s1r1))
	add(74, w[s1l1], p[s1l1], lab(s1l1))
	add(75, p[s0l2], lab(s0l2), 0)
	add(76, p[s0r2], lab(s0r2), 0)
	add(77, p[b0l2], lab(b0l2), 0)
	add(78, p[s0], p[s0l1], p[s0l2])
	add(79, p[s0], p[s0r1], p[s0r2])
	add(80, p[b0], p[b0l1], p[b0l2])
	add(81, p[s1], p[s1r1], p[s1r2])
	add(82, lab(s0l1), lab(s0r1), p[s0])
	add(83, lab(b0l1), p[b0], p[s0])
	// Label sets.
	add(84, w[s0], s.lset[s0], 0)
	add(85, p[s0], s.lset[s0], 0)
	add(86, w[s0], s.rset[s0], 0)
	add(87, p[s0], s.rset[s0], 0)
	add(88, w[b0], s.lset[b0], 0)
	add(89, p[b0], s.lset[b0], 0)
	add(90, p[s1], s.rset[s1], s.lset[s1])
	// Punctuation between s0 and b0 and at the stack.
	add(91, p[s0], p[b0], boolBit(x.punct[max(b0-1, 0)]))
	add(92, uint64(min(len(s.stack), 5)), p[s0], p[b0])
	return f
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
