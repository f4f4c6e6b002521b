// Package ner is the named-entity recognizer of the language core: it marks
// the spans of a tagged sentence that name a person, an organisation or a
// place, and the nationality words that point to a country ("française",
// "les Russes"). It is a greedy left-to-right averaged perceptron over BIO
// labels, with features of the word, its shape and affixes, its neighbours,
// the tagger's UPOS and FEATS, the labels already chosen, and what a list of
// known names says (Lexicon), which the caller supplies.
//
// It finds and types spans of words; it does not link them to entities,
// merge "M. Faury" with "Guillaume Faury", or read metonymy ("Moscou a
// répondu" is the Russian state): that is the extractor's work. It knows no
// list of names itself.
package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/nlp/fr"
	"github.com/newskg/newskg/nlp/internal/modelio"
	"github.com/newskg/newskg/nlp/internal/perceptron"
	"github.com/newskg/newskg/nlp/tag"
)

// Type is the type of a name. The values are the names of newskg's schema
// classes (Nationality points to a Country).
type Type string

// The types the recognizer predicts.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Place        Type = "Place"
	Nationality  Type = "Nationality"
)

// Types lists the types in the order of the model's classes.
var Types = []Type{Person, Organization, Place, Nationality}

// Word is a tagged word, as the tagger gives it.
type Word struct {
	Form  string
	UPOS  string
	Feats string
}

// Span is a name found in a sentence: words[Start:End].
type Span struct {
	Start, End int
	Type       Type
	// Score is the mean, over the span's words, of the probability that a
	// softmax of the perceptron's scores (see temperature) gives their
	// label: near 1 when no other label came close. On held-out texts it
	// roughly matches the share of spans that are right, so a caller may
	// drop the spans under a threshold.
	Score float64
}

// Lexicon is a list of known names, read as a feature: a name it knows is
// more likely a name of that type, but the recognizer also finds names it
// does not know, and may overrule it ("Paris" in "Paris Hilton").
type Lexicon interface {
	// Known returns how many words at the start of forms (as written)
	// make a name the list knows, and its type; 0 if none. The recognizer
	// asks at words that start with a capital letter and at adjectives
	// (the nationality words).
	Known(forms []string) (n int, t Type)
}

// maxLexiconWords bounds the words given to Lexicon.Known.
const maxLexiconWords = 8

// Recognizer is a trained recognizer, safe for concurrent use.
type Recognizer struct {
	model *perceptron.Model
}

// Classes: O, then B and I of each type, in the order of Types.
const outside = 0

func begin(t int) int     { return 1 + 2*t }
func inside(t int) int    { return 2 + 2*t }
func typeOf(c int) int    { return (c - 1) / 2 }
func isInside(c int) bool { return c > 0 && c%2 == 0 }

var numClasses = 1 + 2*len(Types)

func typeIndex(t Type) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}

// legal reports whether class c may follow class prev: an I continues a
// name of its own type.
func legal(prev, c int) bool {
	return !isInside(c) || (prev != outside && typeOf(prev) == typeOf(c))
}

// Recognize returns the names in a sentence, left to right; lex may be nil.
func (r *Recognizer) Recognize(words []Word, lex Lexicon) []Span {
	s := newSentence(words, lex)
	pred := make([]int, len(words))
	prob := make([]float64, len(words))
	scores := make([]float32, numClasses)
	feats := make([]perceptron.Feature, 0, 48)
	for i := range words {
		feats = s.features(i, pred, true, feats[:0])
		clear(scores)
		r.model.Score(feats, scores)
		pred[i] = best(scores, i, pred)
		if pred[i] != outside {
			prob[i] = softmax(scores, i, pred)
		}
	}
	return spans(pred, prob)
}

// best returns the highest-scoring class that may follow the label before i.
func best(scores []float32, i int, pred []int) int {
	prev := outside
	if i > 0 {
		prev = pred[i-1]
	}
	b := outside
	for c := 1; c < len(scores); c++ {
		if legal(prev, c) && scores[c] > scores[b] {
			b = c
		}
	}
	return b
}

// temperature divides the perceptron's scores before the softmax: averaged
// weights make raw scores far apart, and every span would score near 1.
// With 10, chosen by four-fold cross-validation on the training texts, the
// score roughly matches the share of right spans: of the spans scoring 0.9
// or more, 96% were right; 0.8 to 0.9, 81%; under 0.5, 29%. Retraining with
// other epochs or data changes the weights' scale: check it again.
const temperature = 10

// softmax returns the probability of class pred[i] among the legal classes.
func softmax(scores []float32, i int, pred []int) float64 {
	prev := outside
	if i > 0 {
		prev = pred[i-1]
	}
	top := float64(scores[pred[i]])
	var sum float64
	for c := range scores {
		if legal(prev, c) {
			sum += math.Exp((float64(scores[c]) - top) / temperature)
		}
	}
	return 1 / sum
}

// spans reads the BIO labels.
func spans(pred []int, prob []float64) []Span {
	var out []Span
	for i := 0; i < len(pred); {
		if pred[i] == outside {
			i++
			continue
		}
		j := i + 1
		for j < len(pred) && isInside(pred[j]) {
			j++
		}
		var sum float64
		for k := i; k < j; k++ {
			sum += prob[k]
		}
		out = append(out, Span{Start: i, End: j, Type: Types[typeOf(pred[i])], Score: sum / float64(j-i)})
		i = j
	}
	return out
}

// sentence holds the per-word strings that features are made of.
type sentence struct {
	words              []Word
	lower, shape, upos []string
	lexicon            []string // "B-Place", "I-Place" or ""
	quoted             []bool   // inside quotation marks
	closes             []bool   // the next word closes the quotation
}

func newSentence(words []Word, lex Lexicon) *sentence {
	n := len(words)
	s := &sentence{words: words, lower: make([]string, n), shape: make([]string, n), upos: make([]string, n), lexicon: make([]string, n), quoted: make([]bool, n), closes: make([]bool, n)}
	open := false
	for i, w := range words {
		s.lower[i] = fr.FoldForm(w.Form)
		s.shape[i] = tag.Shape(w.Form)
		s.upos[i] = w.UPOS
		s.quoted[i] = open
		switch s.lower[i] {
		case "«":
			open = true
		case "»":
			open = false
		case "\"":
			open = !open
		}
		if s.quoted[i] && !open && i > 0 {
			s.closes[i-1] = true
		}
	}
	if lex == nil {
		return s
	}
	var forms []string
	for i := 0; i < n; i++ {
		if s.lexicon[i] != "" || !(capitalized(words[i].Form) || words[i].UPOS == "ADJ") {
			continue
		}
		if forms == nil {
			forms = make([]string, 0, maxLexiconWords)
		}
		forms = forms[:0]
		for k := i; k < n && k-i < maxLexiconWords; k++ {
			forms = append(forms, words[k].Form)
		}
		k, t := lex.Known(forms)
		if k <= 0 || typeIndex(t) < 0 {
			continue
		}
		s.lexicon[i] = "B-" + string(t)
		for j := i + 1; j < min(i+k, n); j++ {
			s.lexicon[j] = "I-" + string(t)
		}
	}
	return s
}

func capitalized(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r)
}

// at returns xs[i], or a marker of the sentence's start or end.
func at(xs []string, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(xs):
		return "</s>"
	}
	return xs[i]
}

func label(pred []int, i int) int {
	if i < 0 {
		return -1
	}
	return pred[i]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// features lists the features of word i given the labels chosen before it;
// withLexicon false leaves out what the lexicon says (training drops it
// from some sentences so that the model learns to find names without it).
func (s *sentence) features(i int, pred []int, withLexicon bool, f []perceptron.Feature) []perceptron.Feature {
	h := perceptron.New
	w := s.lower[i]
	add := func(x perceptron.Hasher) { f = append(f, x.Feature()) }
	shape := s.shape[i]
	first := boolInt(i == 0)
	add(h(0))
	add(h(1).Str(w))
	add(h(2).Str(s.words[i].Form))
	for k := 2; k <= 4; k++ {
		add(h(2 + k).Str(tag.LastRunes(w, k)))
	}
	add(h(7).Str(tag.FirstRunes(w, 3)))
	add(h(8).Str(shape))
	add(h(9).Int(first).Str(shape))
	add(h(10).Str(s.words[i].UPOS))
	add(h(11).Str(s.words[i].UPOS).Str(s.words[i].Feats))
	add(h(12).Str(at(s.upos, i-1)).Str(s.words[i].UPOS).Str(at(s.upos, i+1)))
	add(h(13).Str(at(s.lower, i-1)))
	add(h(14).Str(at(s.lower, i+1)))
	add(h(15).Str(at(s.lower, i-2)).Str(at(s.lower, i-1)))
	add(h(16).Str(at(s.lower, i+2)))
	add(h(17).Str(at(s.shape, i-1)).Str(shape).Str(at(s.shape, i+1)))
	add(h(18).Str(at(s.lower, i-1)).Str(shape))
	add(h(19).Str(at(s.lower, i+1)).Str(shape))
	add(h(20).Int(boolInt(s.quoted[i])).Str(shape))
	add(h(21).Str(at(s.upos, i-1)).Str(shape))
	p1, p2 := label(pred, i-1), label(pred, i-2)
	add(h(22).Int(p1))
	add(h(23).Int(p1).Int(p2))
	add(h(24).Int(p1).Str(shape).Int(first))
	add(h(25).Int(p1).Str(w))
	add(h(26).Int(p1).Str(at(s.lower, i-1)))
	add(h(27).Str(tag.LastRunes(w, 3)).Str(s.words[i].UPOS))
	add(h(31).Int(p1).Str(w).Str(at(s.shape, i+1)).Str(at(s.shape, i+2)))
	add(h(32).Int(p1).Int(boolInt(s.quoted[i])).Str(shape))
	add(h(33).Int(p1).Str(at(s.lower, i+1)))
	if s.quoted[i] {
		add(h(34).Int(p1).Int(boolInt(s.closes[i])).Int(boolInt(i > 0 && !s.quoted[i-1])))
	}
	if withLexicon && s.lexicon[i] != "" {
		add(h(28).Str(s.lexicon[i]))
		add(h(29).Str(s.lexicon[i]).Str(shape).Int(first))
		add(h(30).Str(s.lexicon[i]).Int(p1))
	}
	return f
}

// Example is one training sentence: its tagged words and the names in it.
type Example struct {
	Words []Word
	Names []Span // Score is ignored
}

// Options control training.
type Options struct {
	Epochs int
	Seed   uint64
	// LexiconDropout is the share of sentences, drawn anew each epoch,
	// trained without the lexicon's features, so that names the lexicon
	// knows still teach the model their context and shape.
	LexiconDropout float64
	Log            io.Writer // progress, may be nil
}

// Train learns a recognizer from examples; lex may be nil.
func Train(examples []Example, lex Lexicon, opts Options) *Recognizer {
	gold := make([][]int, len(examples))
	sents := make([]*sentence, len(examples))
	for k, ex := range examples {
		gold[k] = Labels(len(ex.Words), ex.Names)
		sents[k] = newSentence(ex.Words, lex)
	}
	tr := perceptron.NewTrainer(numClasses)
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x4e4552))
	scores := make([]float32, numClasses)
	var feats []perceptron.Feature
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errors, total := 0, 0
		for _, k := range order {
			s := sents[k]
			withLexicon := rng.Float64() >= opts.LexiconDropout
			pred := make([]int, len(s.words))
			for i := range s.words {
				feats = s.features(i, pred, withLexicon, feats[:0])
				clear(scores)
				tr.Score(feats, scores)
				pred[i] = best(scores, i, pred) // predicted history, as at test time
				tr.Update(feats, gold[k][i], pred[i])
				tr.Tick()
				errors += boolInt(pred[i] != gold[k][i])
				total++
			}
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "ner epoch %d: %.2f%% of labels wrong\n", epoch+1, 100*float64(errors)/float64(max(total, 1)))
		}
	}
	return &Recognizer{model: tr.Average(0.1)}
}

// Labels gives each of n words its class for the names: O, or B or I of the
// name's type.
func Labels(n int, names []Span) []int {
	out := make([]int, n)
	for _, sp := range names {
		t := typeIndex(sp.Type)
		if t < 0 {
			continue
		}
		out[sp.Start] = begin(t)
		for i := sp.Start + 1; i < sp.End; i++ {
			out[i] = inside(t)
		}
	}
	return out
}

type nerMeta struct {
	Types []string
}

// Save writes the recognizer compactly and deterministically.
func (r *Recognizer) Save(w io.Writer) error {
	var m nerMeta
	for _, t := range Types {
		m.Types = append(m.Types, string(t))
	}
	return modelio.Write(w, "ner", &m, r.model)
}

// Load reads a recognizer written by Save.
func Load(data []byte) (*Recognizer, error) {
	var m nerMeta
	models, err := modelio.Read(data, "ner", &m)
	if err != nil {
		return nil, err
	}
	var want []string
	for _, t := range Types {
		want = append(want, string(t))
	}
	if len(models) != 1 || strings.Join(m.Types, " ") != strings.Join(want, " ") || models[0].NumClasses != numClasses {
		return nil, fmt.Errorf("ner model: its types %v are not %v; %s", m.Types, want, modelio.Retrain)
	}
	return &Recognizer{model: models[0]}, nil
}
