package nlp

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/nlp/conllu"
)

// Scores are the evaluation figures for one test file, in percent. On gold
// tokens they are accuracies; from raw text they are F1 scores over words
// aligned by character offsets, as in the CoNLL 2018 shared task script.
type Scores struct {
	Words           int     // gold words
	UPOS, Lemma     float64 // accuracy (gold tokens) or F1 (raw text)
	Feats           float64 // the whole FEATS string
	UAS, LAS        float64 // LAS on universal relations (subtypes ignored), as CoNLL 2018
	LASFull         float64 // LAS with subtypes ("obl:arg")
	Tokens, WordsF1 float64 // raw text only: token and word segmentation F1
	Sentences       float64 // raw text only: sentence F1
	SecondsSpent    float64
	TokensPerSecond float64 // surface tokens (raw text) or words (gold tokens) per second

	// Counts behind the raw-text F1 scores.
	GoldTokens, GoldSentences                       int
	PredictedWords, PredictedTokens, PredictedSents int
	AlignedWords, CorrectSentences                  int
}

// universal strips a relation's subtype: "obl:arg" -> "obl".
func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// EvaluateGold tags and parses the gold words of each sentence and scores
// the result.
func (p *Pipeline) EvaluateGold(gold []conllu.Sentence) Scores {
	var sc Scores
	var upos, lem, feats, uas, las, lasFull int
	start := time.Now()
	for _, s := range gold {
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = w.Form
		}
		pred := p.AnnotateWords(forms)
		for i, g := range s.Words {
			w := pred[i]
			sc.Words++
			upos += b2i(w.UPOS == g.UPOS)
			lem += b2i(w.Lemma == g.Lemma)
			feats += b2i(normFeats(w.Feats) == normFeats(g.Feats))
			if w.Head == g.Head {
				uas++
				las += b2i(universal(w.DepRel) == universal(g.DepRel))
				lasFull += b2i(w.DepRel == g.DepRel)
			}
		}
	}
	sc.SecondsSpent = time.Since(start).Seconds()
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(sc.Words, 1)) }
	sc.UPOS, sc.Lemma, sc.Feats, sc.UAS, sc.LAS, sc.LASFull = pct(upos), pct(lem), pct(feats), pct(uas), pct(las), pct(lasFull)
	sc.TokensPerSecond = float64(sc.Words) / sc.SecondsSpent
	return sc
}

func normFeats(f string) string {
	if f == "" {
		return "_"
	}
	return f
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// span is a range of non-whitespace characters: the coordinates in which
// the CoNLL 2018 script aligns a system's tokens with the gold ones.
type span struct{ start, end int }

type evalWord struct {
	sp         span
	index, of  int // position in its token and the token's word count
	form       string
	upos, lem  string
	feats, rel string
	head       int // index into the file's word list, -1 for root
}

// RawText is the text a gold file is made of: its sentences' "# text"
// comments joined by spaces.
func RawText(gold []conllu.Sentence) string {
	texts := make([]string, len(gold))
	for i := range gold {
		texts[i] = gold[i].Text()
	}
	return strings.Join(texts, " ")
}

// EvaluateRaw parses the gold file's raw text and scores the result against
// the gold file, aligning words on non-whitespace character offsets.
func (p *Pipeline) EvaluateRaw(gold []conllu.Sentence) Scores {
	text := RawText(gold)
	start := time.Now()
	pred := p.Parse(text)
	elapsed := time.Since(start).Seconds()

	// Character index of every byte, counting non-whitespace characters only.
	charAt := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			charAt[i+k] = n
		}
		if !unicode.IsSpace(r) {
			n++
		}
		i += size
	}
	charAt[len(text)] = n

	var sc Scores
	// Gold words, with spans accumulated from the forms.
	var goldWords []evalWord
	goldTokens := map[span]bool{}
	goldSents := map[span]bool{}
	pos := 0
	for _, s := range gold {
		base := len(goldWords)
		sentStart := pos
		for id := 1; id <= len(s.Words); id++ {
			first, last, form := id, id, s.Words[id-1].Form
			if t, ok := s.TokenOf(id); ok {
				first, last, form = t.First, t.Last, t.Form
			}
			sp := span{pos, pos + nonSpaceLen(form)}
			pos = sp.end
			goldTokens[sp] = true
			for k := first; k <= last; k++ {
				w := s.Words[k-1]
				goldWords = append(goldWords, evalWord{sp: sp, index: k - first, of: last - first + 1, form: w.Form,
					upos: w.UPOS, lem: w.Lemma, feats: normFeats(w.Feats), rel: w.DepRel, head: headIndex(base, w.Head)})
			}
			id = last
		}
		goldSents[span{sentStart, pos}] = true
		sc.GoldTokens += len(s.Words) // corrected below for multiword tokens
		sc.GoldTokens -= multiwordExtra(s)
	}
	sc.GoldSentences = len(gold)

	var predWords []evalWord
	for _, s := range pred {
		base := len(predWords)
		ss := span{charAt[s.Start], charAt[s.End]}
		sc.PredictedSents++
		if goldSents[ss] {
			sc.CorrectSentences++
		}
		for i := 0; i < len(s.Words); i++ {
			w := s.Words[i]
			first, last := w.ID, w.ID
			for _, t := range s.Tokens {
				if w.ID >= t.First && w.ID <= t.Last {
					first, last = t.First, t.Last
				}
			}
			sp := span{charAt[w.Start], charAt[w.End]}
			if w.ID == first {
				sc.PredictedTokens++
			}
			predWords = append(predWords, evalWord{sp: sp, index: w.ID - first, of: last - first + 1, form: w.Form,
				upos: w.UPOS, lem: w.Lemma, feats: normFeats(w.Feats), rel: w.DepRel, head: headIndex(base, w.Head)})
		}
	}
	sc.PredictedWords = len(predWords)
	sc.Words = len(goldWords)

	// Align: words of tokens with the same span, by position when the
	// token has as many words on both sides, otherwise by form.
	byToken := map[span][]int{}
	for i, g := range goldWords {
		byToken[g.sp] = append(byToken[g.sp], i)
	}
	align := make([]int, len(predWords)) // predicted word -> gold word, or -1
	correctTokens := 0
	seenTok := map[span]bool{}
	for i, pw := range predWords {
		align[i] = -1
		gs, ok := byToken[pw.sp]
		if !ok {
			continue
		}
		if !seenTok[pw.sp] {
			seenTok[pw.sp] = true
			correctTokens++
		}
		if len(gs) == pw.of {
			align[i] = gs[pw.index]
			continue
		}
		for _, g := range gs {
			if strings.EqualFold(goldWords[g].form, pw.form) {
				align[i] = g
				break
			}
		}
	}
	var aligned, upos, lem, feats, uas, las, lasFull int
	for i, pw := range predWords {
		g := align[i]
		if g < 0 {
			continue
		}
		gw := goldWords[g]
		aligned++
		upos += b2i(pw.upos == gw.upos)
		lem += b2i(pw.lem == gw.lem)
		feats += b2i(pw.feats == gw.feats)
		headOK := (pw.head < 0 && gw.head < 0) || (pw.head >= 0 && gw.head >= 0 && align[pw.head] == gw.head)
		if headOK {
			uas++
			las += b2i(universal(pw.rel) == universal(gw.rel))
			lasFull += b2i(pw.rel == gw.rel)
		}
	}
	f1 := func(k, predN, goldN int) float64 {
		if predN == 0 || goldN == 0 {
			return 0
		}
		return 200 * float64(k) / float64(predN+goldN)
	}
	pw, gw := len(predWords), len(goldWords)
	sc.AlignedWords = aligned
	sc.WordsF1 = f1(aligned, pw, gw)
	sc.Tokens = f1(correctTokens, sc.PredictedTokens, sc.GoldTokens)
	sc.Sentences = f1(sc.CorrectSentences, sc.PredictedSents, sc.GoldSentences)
	sc.UPOS, sc.Lemma, sc.Feats = f1(upos, pw, gw), f1(lem, pw, gw), f1(feats, pw, gw)
	sc.UAS, sc.LAS, sc.LASFull = f1(uas, pw, gw), f1(las, pw, gw), f1(lasFull, pw, gw)
	sc.SecondsSpent = elapsed
	sc.TokensPerSecond = float64(sc.PredictedTokens) / elapsed
	return sc
}

func headIndex(base, head int) int {
	if head == 0 {
		return -1
	}
	return base + head - 1
}

func multiwordExtra(s conllu.Sentence) int {
	n := 0
	for _, t := range s.Tokens {
		n += t.Last - t.First
	}
	return n
}

func nonSpaceLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
