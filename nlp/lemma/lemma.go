// Package lemma gives each tagged word its lemma: "accepté" VERB -> accepter,
// "Russie" PROPN -> Russie, "des" DET -> un.
//
// It looks up, in order: a lexicon of (form, UPOS) pairs learned from the
// training treebanks, golem's French dictionary (choosing among its lemmas
// with the UPOS), and suffix-rewrite rules learned from the treebanks. It
// does not tag: it needs the UPOS from package tag.
package lemma

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newskg/newskg/nlp/fr"
	"github.com/newskg/newskg/nlp/internal/modelio"
)

// Lemmatizer is a trained lemmatizer, safe for concurrent use.
type Lemmatizer struct {
	lexicon map[string]string // lower form + "\t" + UPOS -> lemma
	rules   map[string]rule   // UPOS + "\t" + suffix -> rewrite
	dict    *Dictionary
}

// rule rewrites a form's ending: strip Strip bytes, then append Add.
type rule struct {
	Strip int
	Add   string
}

// Example is one training word.
type Example struct {
	Form, UPOS, Lemma string
}

const maxSuffix = 6

// Train learns the lexicon and suffix rules; dict may be nil.
func Train(words []Example, dict *Dictionary) *Lemmatizer {
	lexCount := map[string]map[string]int{}
	ruleCount := map[string]map[rule]int{}
	for _, w := range words {
		low := fr.FoldForm(w.Form)
		key := low + "\t" + w.UPOS
		if lexCount[key] == nil {
			lexCount[key] = map[string]int{}
		}
		lexCount[key][w.Lemma]++
		if w.UPOS == "PROPN" || w.UPOS == "PUNCT" || w.UPOS == "NUM" || w.UPOS == "SYM" {
			continue
		}
		r, ok := rewrite(low, w.Lemma)
		if !ok {
			continue
		}
		for k := 0; k <= maxSuffix; k++ {
			suf := lastRunes(low, k)
			if k > 0 && len(suf) == len(low) {
				break
			}
			rk := w.UPOS + "\t" + suf
			if ruleCount[rk] == nil {
				ruleCount[rk] = map[rule]int{}
			}
			ruleCount[rk][r]++
		}
	}
	l := &Lemmatizer{lexicon: map[string]string{}, rules: map[string]rule{}, dict: dict}
	for key, counts := range lexCount {
		l.lexicon[key] = mostFrequent(counts, strings.Compare)
	}
	for key, counts := range ruleCount {
		l.rules[key] = mostFrequent(counts, func(a, b rule) int {
			if a.Strip != b.Strip {
				return a.Strip - b.Strip
			}
			return strings.Compare(a.Add, b.Add)
		})
	}
	return l
}

// mostFrequent picks the most frequent key, breaking ties with cmp so that
// training is deterministic.
func mostFrequent[K comparable](counts map[K]int, cmp func(a, b K) int) K {
	var best K
	bestN := -1
	for k, n := range counts {
		if n > bestN || (n == bestN && cmp(k, best) < 0) {
			best, bestN = k, n
		}
	}
	return best
}

// rewrite finds the suffix rule turning form into lemma, if the lemma shares
// a prefix with the form.
func rewrite(form, lemma string) (rule, bool) {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	for p > 0 && p < len(form) && !utf8.RuneStart(form[p]) {
		p--
	}
	if p == 0 && len(form) > 0 {
		return rule{}, false
	}
	return rule{Strip: len(form) - p, Add: lemma[p:]}, true
}

// Lemma returns the lemma of form tagged upos.
func (l *Lemmatizer) Lemma(form, upos string) string {
	switch upos {
	case "PUNCT", "SYM", "NUM":
		if lem, ok := l.lexicon[form+"\t"+upos]; ok {
			return lem
		}
		return form
	}
	low := fr.FoldForm(form)
	if lem, ok := l.lexicon[low+"\t"+upos]; ok {
		return lem
	}
	if upos == "PROPN" {
		return form
	}
	guess, haveRule := l.applyRule(low, upos)
	var cands []string
	if l.dict != nil {
		cands = l.dict.Lemmas(low)
	}
	if len(cands) > 0 {
		if haveRule && slices.Contains(cands, guess) {
			return guess
		}
		for _, c := range cands {
			if fitsUPOS(c, upos) {
				return c
			}
		}
		if !haveRule {
			return cands[0]
		}
	}
	if haveRule {
		return guess
	}
	return low
}

// fitsUPOS says whether a dictionary lemma can be the lemma of a word with
// this UPOS: verbs have infinitive lemmas, other words do not as a rule.
func fitsUPOS(lemma, upos string) bool {
	inf := strings.HasSuffix(lemma, "er") || strings.HasSuffix(lemma, "ir") || strings.HasSuffix(lemma, "re")
	if upos == "VERB" || upos == "AUX" {
		return inf
	}
	return true
}

func (l *Lemmatizer) applyRule(low, upos string) (string, bool) {
	for k := maxSuffix; k >= 0; k-- {
		suf := lastRunes(low, k)
		if k > 0 && len(suf) == len(low) {
			continue
		}
		if r, ok := l.rules[upos+"\t"+suf]; ok && r.Strip <= len(low) {
			return low[:len(low)-r.Strip] + r.Add, true
		}
	}
	return "", false
}

func lastRunes(s string, k int) string {
	i := len(s)
	for ; k > 0 && i > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

type lemmaMeta struct {
	LexKeys, LexLemmas []string
	RuleKeys           []string
	RuleStrip          []int
	RuleAdd            []string
}

// Save writes the lemmatizer's sorted tables.
func (l *Lemmatizer) Save(w io.Writer) error {
	var m lemmaMeta
	m.LexKeys, m.LexLemmas = modelio.Sorted(l.lexicon)
	var rules []rule
	m.RuleKeys, rules = modelio.Sorted(l.rules)
	for _, r := range rules {
		m.RuleStrip = append(m.RuleStrip, r.Strip)
		m.RuleAdd = append(m.RuleAdd, r.Add)
	}
	return modelio.Write(w, "lemma", &m)
}

// Load reads a lemmatizer written by Save; dict may be nil.
func Load(data []byte, dict *Dictionary) (*Lemmatizer, error) {
	var m lemmaMeta
	if _, err := modelio.Read(data, "lemma", &m); err != nil {
		return nil, err
	}
	if len(m.LexKeys) != len(m.LexLemmas) || len(m.RuleKeys) != len(m.RuleStrip) || len(m.RuleKeys) != len(m.RuleAdd) {
		return nil, fmt.Errorf("lemma model: inconsistent tables")
	}
	l := &Lemmatizer{lexicon: make(map[string]string, len(m.LexKeys)), rules: make(map[string]rule, len(m.RuleKeys)), dict: dict}
	for i, k := range m.LexKeys {
		l.lexicon[k] = m.LexLemmas[i]
	}
	for i, k := range m.RuleKeys {
		l.rules[k] = rule{Strip: m.RuleStrip[i], Add: m.RuleAdd[i]}
	}
	return l, nil
}
