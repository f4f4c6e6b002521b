// Package tag is the part-of-speech and morphology tagger: for each word of
// a sentence it predicts the UPOS tag and the FEATS string (Tense, Mood,
// VerbForm, Polarity, Person, Number, Gender...) as one joint label, with a
// greedy left-to-right averaged perceptron. It chooses the UPOS first and
// then a label of that UPOS, with one model whose classes are the UPOS tags
// followed by the labels grouped by UPOS: a word adds the weights of the
// UPOS classes and of one UPOS's labels rather than of every label.
//
// It tags words, not text: tokenization and multiword-token splitting happen
// before (package tokenize) and lemmas after (package lemma). Unknown words
// are helped by a lexicon hint (golem's French dictionary) and by the
// ambiguity classes of words seen in training.
package tag

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/nlp/fr"
	"github.com/newskg/newskg/nlp/internal/modelio"
	"github.com/newskg/newskg/nlp/internal/perceptron"
)

// Tag is the tagger's output for one word.
type Tag struct {
	UPOS  string
	Feats string // CoNLL-U form, "_" when empty
}

// Lexicon describes a lower-case form with a short string that the tagger
// uses as a feature (package lemma's golem dictionary gives the ending of
// the lemma and the size of its paradigm), or "" for unknown forms.
type Lexicon interface {
	Hint(lowerForm string) string
}

// Tagger is a trained tagger, safe for concurrent use.
type Tagger struct {
	labels    []Tag             // sorted by UPOS, then Feats
	labelUPOS []string          // UPOS of each label, for features
	upos      []string          // the UPOS tags, in label order
	spans     [][2]int          // labels[spans[u][0]:spans[u][1]] have UPOS upos[u]
	model     *perceptron.Model // classes: upos, then labels
	ambiguity map[string]string // lower form -> "ADJ|NOUN"
	lex       Lexicon
}

// Example is one training sentence: its forms and gold tags.
type Example struct {
	Forms []string
	Tags  []Tag
}

// Options control training.
type Options struct {
	Epochs   int
	Seed     uint64
	Ensemble int       // train this many taggers with seeds Seed, Seed+1... and average them (0 means 1)
	Log      io.Writer // progress, may be nil
}

// Train learns a tagger from examples; lex may be nil.
func Train(examples []Example, lex Lexicon, opts Options) *Tagger {
	t := &Tagger{lex: lex, ambiguity: map[string]string{}}
	labelIndex := map[Tag]int{}
	ambSets := map[string]map[string]bool{}
	counts := map[string]int{}
	for _, ex := range examples {
		for i, tg := range ex.Tags {
			if _, ok := labelIndex[tg]; !ok {
				labelIndex[tg] = 0
			}
			low := fr.FoldForm(ex.Forms[i])
			counts[low]++
			if ambSets[low] == nil {
				ambSets[low] = map[string]bool{}
			}
			ambSets[low][tg.UPOS] = true
		}
	}
	for tg := range labelIndex {
		t.labels = append(t.labels, tg)
	}
	slices.SortFunc(t.labels, compareTags)
	for i, tg := range t.labels {
		labelIndex[tg] = i
	}
	t.indexLabels()
	for w, set := range ambSets {
		// Words seen once get no ambiguity class, like unknown words at
		// test time: otherwise training never shows the tagger a word
		// without one and it learns nothing about unknown words.
		if counts[w] < 2 {
			continue
		}
		var tags []string
		for u := range set {
			tags = append(tags, u)
		}
		sort.Strings(tags)
		t.ambiguity[w] = strings.Join(tags, "|")
	}

	gold := make([][]int, len(examples))
	for i, ex := range examples {
		for _, tg := range ex.Tags {
			gold[i] = append(gold[i], labelIndex[tg])
		}
	}
	var models []*perceptron.Model
	for k := range max(opts.Ensemble, 1) {
		seed := opts.Seed + uint64(k)
		models = append(models, t.train(examples, gold, seed, opts))
	}
	t.model = models[0]
	if len(models) > 1 {
		t.model = perceptron.Mean(models...)
	}
	return t
}

// compareTags orders labels by UPOS, then FEATS, which groups each UPOS's
// labels together.
func compareTags(a, b Tag) int {
	return cmp.Or(strings.Compare(a.UPOS, b.UPOS), strings.Compare(a.Feats, b.Feats))
}

// indexLabels fills labelUPOS, upos and spans from the sorted labels.
func (t *Tagger) indexLabels() {
	t.labelUPOS, t.upos, t.spans = nil, nil, nil
	for i, tg := range t.labels {
		t.labelUPOS = append(t.labelUPOS, tg.UPOS)
		if len(t.upos) == 0 || t.upos[len(t.upos)-1] != tg.UPOS {
			t.upos = append(t.upos, tg.UPOS)
			t.spans = append(t.spans, [2]int{i, i})
		}
		t.spans[len(t.spans)-1][1] = i + 1
	}
}

// numClasses is the number of model classes: the UPOS tags, then the labels.
func (t *Tagger) numClasses() int { return len(t.upos) + len(t.labels) }

// labelClass is the model class of label i.
func (t *Tagger) labelClass(i int) int { return len(t.upos) + i }

// bestLabel returns the label of UPOS u with the highest score in scores,
// which holds the model's classes.
func (t *Tagger) bestLabel(u int, scores []float32) int {
	lo, hi := t.spans[u][0], t.spans[u][1]
	return lo + argmax(scores[t.labelClass(lo):t.labelClass(hi)])
}

// uposOf returns the index in t.upos of label i's UPOS.
func (t *Tagger) uposOf(i int) int {
	u, _ := slices.BinarySearchFunc(t.spans, i, func(span [2]int, i int) int {
		if span[1] <= i {
			return -1
		}
		return 0
	})
	return u
}

// train runs the perceptron epochs with one seed.
func (t *Tagger) train(examples []Example, gold [][]int, seed uint64, opts Options) *perceptron.Model {
	tr := perceptron.NewTrainer(t.numClasses())
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a66e7))
	scores := make([]float32, t.numClasses())
	var feats []perceptron.Feature
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, k := range order {
			ex := examples[k]
			s := t.newSentence(ex.Forms)
			pred := make([]int, len(ex.Forms))
			for i := range ex.Forms {
				feats = t.features(s, i, pred, feats[:0])
				clear(scores)
				tr.Score(feats, scores)
				// The UPOS, then the label among the gold UPOS's labels.
				g := gold[k][i]
				gu, pu := t.uposOf(g), argmax(scores[:len(t.upos)])
				tr.Update(feats, gu, pu)
				tr.Update(feats, t.labelClass(g), t.labelClass(t.bestLabel(gu, scores)))
				tr.Tick()
				p := t.bestLabel(pu, scores)
				if p == gold[k][i] {
					correct++
				}
				pred[i] = p // predicted history, as at test time
				total++
			}
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "tagger epoch %d: %.2f%% train accuracy\n", epoch+1, 100*float64(correct)/float64(max(total, 1)))
		}
	}
	return tr.Average(0.3)
}

func argmax(scores []float32) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return best
}

// Tag predicts a tag for every form.
func (t *Tagger) Tag(forms []string) []Tag {
	s := t.newSentence(forms)
	pred := make([]int, len(forms))
	scores := make([]float32, t.numClasses())
	feats := make([]perceptron.Feature, 0, 64)
	out := make([]Tag, len(forms))
	for i := range forms {
		feats = t.features(s, i, pred, feats[:0])
		clear(scores)
		t.model.ScoreRange(feats, 0, len(t.upos), scores)
		u := argmax(scores[:len(t.upos)])
		if lo, hi := t.spans[u][0], t.spans[u][1]; hi-lo > 1 {
			t.model.ScoreRange(feats, t.labelClass(lo), t.labelClass(hi), scores)
		}
		pred[i] = t.bestLabel(u, scores)
		out[i] = t.labels[pred[i]]
	}
	return out
}

// sentence holds the per-word strings that features are made of.
type sentence struct {
	forms, lower, shape, amb, hint []string
}

func (t *Tagger) newSentence(forms []string) *sentence {
	n := len(forms)
	s := &sentence{forms: forms, lower: make([]string, n), shape: make([]string, n), amb: make([]string, n), hint: make([]string, n)}
	for i, f := range forms {
		low := fr.FoldForm(f)
		s.lower[i] = low
		s.shape[i] = Shape(f)
		s.amb[i] = t.ambiguity[low]
		if t.lex != nil {
			if s.hint[i] = t.lex.Hint(low); s.hint[i] == "" {
				s.hint[i] = "?"
			}
		}
	}
	return s
}

func (s *sentence) word(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.lower):
		return "</s>"
	}
	return s.lower[i]
}

func (s *sentence) ambAt(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.lower):
		return "</s>"
	}
	return s.amb[i]
}

func (t *Tagger) label(pred []int, i int) (full int, upos string) {
	if i < 0 {
		return -1, "<s>"
	}
	return pred[i], t.labelUPOS[pred[i]]
}

// features lists the features of word i given the tags predicted before it.
func (t *Tagger) features(s *sentence, i int, pred []int, f []perceptron.Feature) []perceptron.Feature {
	h := perceptron.New
	w := s.lower[i]
	add := func(x perceptron.Hasher) { f = append(f, x.Feature()) }
	add(h(0))
	add(h(1).Str(w))
	if s.forms[i] != w {
		add(h(2).Str(s.forms[i]))
	}
	for k := 1; k <= 4; k++ {
		if suf := LastRunes(w, k); len(suf) < len(w) || k == 1 {
			add(h(2 + k).Str(suf))
		}
	}
	for k := 1; k <= 3; k++ {
		add(h(6 + k).Str(FirstRunes(w, k)))
	}
	add(h(10).Str(s.shape[i]))
	add(h(11).Int(boolInt(i == 0)).Str(s.shape[i]))
	add(h(15).Str(s.word(i - 1)))
	add(h(16).Str(s.word(i + 1)))
	add(h(17).Str(s.word(i - 2)))
	add(h(18).Str(s.word(i + 2)))
	add(h(19).Str(LastRunes(s.word(i-1), 3)))
	add(h(20).Str(LastRunes(s.word(i+1), 3)))
	add(h(21).Str(s.amb[i]))
	add(h(22).Str(s.ambAt(i - 1)))
	add(h(23).Str(s.ambAt(i + 1)))
	add(h(24).Str(s.ambAt(i + 2)))
	add(h(25).Str(s.hint[i]))
	add(h(26).Str(s.hint[i]).Str(LastRunes(w, 2)))
	add(h(27).Str(w).Str(s.word(i + 1)))
	add(h(28).Str(s.word(i - 1)).Str(w))
	add(h(29).Str(s.amb[i]).Str(s.ambAt(i + 1)))
	p1, u1 := t.label(pred, i-1)
	_, u2 := t.label(pred, i-2)
	add(h(30).Int(p1))
	add(h(31).Str(u1).Str(u2))
	add(h(32).Str(u1).Str(w))
	add(h(33).Int(p1).Str(LastRunes(w, 2)))
	add(h(34).Str(u1).Str(s.amb[i]))
	add(h(35).Str(u1).Str(s.word(i + 1)))
	add(h(36).Str(s.shape[i]).Str(s.hint[i]).Int(boolInt(i == 0)))
	add(h(37).Str(s.shape[i]).Str(LastRunes(w, 3)))
	add(h(38).Str(s.shape[i]).Str(s.amb[i]).Str(u1))
	add(h(39).Str(LastRunes(w, 5)))
	return f
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// LastRunes returns the last k runes of s (all of s if shorter).
func LastRunes(s string, k int) string {
	i := len(s)
	for ; k > 0 && i > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// FirstRunes returns the first k runes of s.
func FirstRunes(s string, k int) string {
	i := 0
	for ; k > 0 && i < len(s); k-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// Shape abstracts a form: "Paris" -> "Xx", "1 000" -> "d d", "COVID-19" ->
// "X-d"; runs of one class collapse to one character.
func Shape(form string) string {
	var b strings.Builder
	var last rune
	n := 0
	for _, r := range form {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c != last {
			b.WriteRune(c)
			last = c
			n++
			if n >= 6 {
				break
			}
		}
	}
	return b.String()
}

type tagMeta struct {
	UPOS, Feats []string
	AmbForms    []string
	AmbClasses  []string
}

// Save writes the tagger compactly and deterministically.
func (t *Tagger) Save(w io.Writer) error {
	var m tagMeta
	for _, l := range t.labels {
		m.UPOS = append(m.UPOS, l.UPOS)
		m.Feats = append(m.Feats, l.Feats)
	}
	for f := range t.ambiguity {
		m.AmbForms = append(m.AmbForms, f)
	}
	sort.Strings(m.AmbForms)
	for _, f := range m.AmbForms {
		m.AmbClasses = append(m.AmbClasses, t.ambiguity[f])
	}
	return modelio.Write(w, "tagger", &m, t.model)
}

// Load reads a tagger written by Save; lex may be nil but should be the
// lexicon the tagger was trained with.
func Load(data []byte, lex Lexicon) (*Tagger, error) {
	var m tagMeta
	models, err := modelio.Read(data, "tagger", &m)
	if err != nil {
		return nil, err
	}
	if len(models) != 1 || len(m.Feats) != len(m.UPOS) || len(m.AmbForms) != len(m.AmbClasses) {
		return nil, fmt.Errorf("tagger model: inconsistent labels")
	}
	t := &Tagger{model: models[0], lex: lex, ambiguity: make(map[string]string, len(m.AmbForms))}
	for i := range m.UPOS {
		t.labels = append(t.labels, Tag{UPOS: m.UPOS[i], Feats: m.Feats[i]})
	}
	sorted := slices.IsSortedFunc(t.labels, compareTags)
	t.indexLabels()
	if !sorted || t.model.NumClasses != t.numClasses() {
		return nil, fmt.Errorf("tagger model: its classes do not match its labels (a model from an older newskg? run newskg train)")
	}
	for i, f := range m.AmbForms {
		t.ambiguity[f] = m.AmbClasses[i]
	}
	return t, nil
}
