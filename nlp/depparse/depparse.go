// Package depparse is the dependency parser: given the tagged words of one
// sentence it predicts, for each word, its head and its Universal
// Dependencies relation (nsubj, obj, advmod...), as a projective tree.
//
// It is a greedy arc-hybrid transition parser (Kuhlmann et al. 2011) with
// the root token at the end of the buffer, labelled transitions, an averaged
// perceptron over Zhang & Nivre (2011) style features, and training with the
// dynamic oracle of Goldberg & Nivre (2013). It does not tag or lemmatise;
// it reads UPOS, FEATS and lemmas from its input. It never produces
// non-projective trees.
package depparse

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"

	"github.com/newskg/newskg/nlp/internal/modelio"
	"github.com/newskg/newskg/nlp/internal/perceptron"
)

// Word is one input word.
type Word struct {
	Form, Lemma, UPOS, Feats string
}

// Arc is the parser's output for one word: its head (0 is the root, words
// count from 1) and relation.
type Arc struct {
	Head   int
	DepRel string
}

// Parser is a trained parser, safe for concurrent use.
type Parser struct {
	labels []string // relations; index 0 is "root"
	model  *perceptron.Model
}

// Transitions: shift, then for each label a left arc and a right arc.
const shift = 0

func leftArc(label int) int  { return 1 + 2*label }
func rightArc(label int) int { return 2 + 2*label }

func (p *Parser) numClasses() int { return 1 + 2*len(p.labels) }

// state is a parser configuration. Words are numbered 1..n, the root is n+1
// and sits at the end of the buffer; 0 means "no word".
type state struct {
	n          int
	stack      []int
	b          int // first word of the buffer; the buffer is b..n+1
	head       []int
	label      []int
	lc1, lc2   []int    // leftmost and second leftmost children
	rc1, rc2   []int    // rightmost and second rightmost children
	nl, nr     []int    // number of left and right children
	lset, rset []uint64 // label sets of left and right children
}

func newState(n int) *state {
	s := &state{n: n, b: 1, stack: make([]int, 0, n)}
	ints := make([]int, 8*(n+2))
	part := func(i int) []int { return ints[i*(n+2) : (i+1)*(n+2)] }
	s.head, s.label, s.lc1, s.lc2, s.rc1, s.rc2, s.nl, s.nr = part(0), part(1), part(2), part(3), part(4), part(5), part(6), part(7)
	s.lset = make([]uint64, n+2)
	s.rset = make([]uint64, n+2)
	for i := range s.head {
		s.head[i] = -1
	}
	return s
}

func (s *state) root() int      { return s.n + 1 }
func (s *state) terminal() bool { return s.b > s.n+1 || (s.b == s.n+1 && len(s.stack) == 0) }

func (s *state) stackAt(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return 0
}

func (s *state) bufAt(i int) int {
	if j := s.b + i; j <= s.n+1 {
		return j
	}
	return 0
}

func (s *state) legal(t, rootLabel int) bool {
	if t == shift {
		return s.b <= s.n
	}
	label := (t - 1) / 2
	if (t-1)%2 == 0 { // left arc: b -> s0
		if len(s.stack) == 0 {
			return false
		}
		if s.b == s.root() {
			return len(s.stack) == 1 && label == rootLabel
		}
		return label != rootLabel
	}
	return len(s.stack) >= 2 && label != rootLabel
}

func (s *state) apply(t int) {
	if t == shift {
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	label := (t - 1) / 2
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	var h int
	if (t-1)%2 == 0 {
		h = s.b
	} else {
		h = s.stack[len(s.stack)-1]
	}
	s.addArc(h, d, label)
	if h == s.root() {
		s.b++ // the root has its one child: done
	}
}

func (s *state) addArc(h, d, label int) {
	s.head[d] = h
	s.label[d] = label
	bit := uint64(1) << (uint(label) % 64)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.lc1[h] == 0 || d < s.lc1[h]:
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		case s.lc2[h] == 0 || d < s.lc2[h]:
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		switch {
		case d > s.rc1[h]:
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		case d > s.rc2[h]:
			s.rc2[h] = d
		}
	}
}

// Parse predicts an arc for every word.
func (p *Parser) Parse(words []Word) []Arc {
	n := len(words)
	out := make([]Arc, n)
	if n == 0 {
		return out
	}
	x := newSentence(words)
	s := newState(n)
	scores := make([]float32, p.numClasses())
	feats := make([]perceptron.Feature, 0, 96)
	for !s.terminal() {
		// With an empty stack the only move is a shift, and with the root
		// at the buffer's head and one word on the stack it is the root
		// arc: no need to score (a quarter of all steps).
		if len(s.stack) == 0 {
			s.apply(shift)
			continue
		}
		if s.b == s.root() && len(s.stack) == 1 {
			s.apply(leftArc(0))
			continue
		}
		feats = features(x, s, feats[:0])
		clear(scores)
		p.model.Score(feats, scores)
		t := p.bestLegal(s, scores)
		if t < 0 {
			break
		}
		s.apply(t)
	}
	for i := 1; i <= n; i++ {
		h := s.head[i]
		if h < 0 || h == n+1 {
			h = 0
		}
		out[i-1] = Arc{Head: h, DepRel: p.labels[s.label[i]]}
	}
	fixRoots(out)
	return out
}

// fixRoots keeps a single root: the greedy parser always ends with one, but
// an early stop would leave unattached words at 0 with label "root".
func fixRoots(arcs []Arc) {
	root := -1
	for i, a := range arcs {
		if a.Head == 0 {
			if root < 0 {
				root = i
				arcs[i].DepRel = "root"
			} else {
				arcs[i] = Arc{Head: root + 1, DepRel: "dep"}
			}
		}
	}
}

// bestLegal returns the legal transition with the highest score (the first
// of equal ones), or -1. It is state.legal with the root label 0 unrolled
// over the labels: a shift, then a left and a right arc per label.
func (p *Parser) bestLegal(s *state, scores []float32) int {
	best := -1
	consider := func(t int) {
		if best < 0 || scores[t] > scores[best] {
			best = t
		}
	}
	if s.b <= s.n {
		consider(shift)
	}
	if len(s.stack) == 0 {
		return best
	}
	atRoot := s.b == s.root()
	if atRoot && len(s.stack) == 1 {
		consider(leftArc(0))
	}
	left, right := !atRoot, len(s.stack) >= 2
	for label := 1; label < len(p.labels); label++ {
		if left {
			consider(leftArc(label))
		}
		if right {
			consider(rightArc(label))
		}
	}
	return best
}

// Example is one training sentence with gold heads (0 = root) and labels.
type Example struct {
	Words  []Word
	Heads  []int
	DepRel []string
}

// Options control training.
type Options struct {
	Epochs      int
	Seed        uint64
	Explore     float64 // probability of following a wrong prediction after the first epoch
	Log         io.Writer
	MinWeight   float32 // averaged weights smaller than this are dropped
	Ensemble    int     // train this many parsers with seeds Seed, Seed+1... and average them (0 means 1)
	CheckEpochs func(*Parser, int)
}

// Train learns a parser. Non-projective trees are projectivised by lifting
// arcs first, since the arc-hybrid dynamic oracle needs projective trees.
func Train(examples []Example, opts Options) *Parser {
	labelSet := map[string]bool{}
	for _, ex := range examples {
		for _, l := range ex.DepRel {
			labelSet[l] = true
		}
	}
	delete(labelSet, "root")
	p := &Parser{labels: []string{"root"}}
	for l := range labelSet {
		p.labels = append(p.labels, l)
	}
	slices.Sort(p.labels[1:])
	labelIndex := map[string]int{}
	for i, l := range p.labels {
		labelIndex[l] = i
	}
	var gold []goldTree
	lifted := 0
	for _, ex := range examples {
		n := len(ex.Words)
		if n == 0 {
			continue
		}
		heads := make([]int, n+2)
		labels := make([]int, n+2)
		roots := 0
		for i := 1; i <= n; i++ {
			h := ex.Heads[i-1]
			if h == 0 {
				h = n + 1
				roots++
			}
			heads[i] = h
			labels[i] = labelIndex[ex.DepRel[i-1]]
		}
		if roots != 1 {
			continue
		}
		lifted += projectivize(heads, n)
		gold = append(gold, goldTree{newSentence(ex.Words), heads, labels})
	}
	if opts.Log != nil {
		fmt.Fprintf(opts.Log, "parser: %d sentences, %d labels, %d arcs lifted to projectivise\n", len(gold), len(p.labels), lifted)
	}
	var models []*perceptron.Model
	for k := range max(opts.Ensemble, 1) {
		models = append(models, p.train(gold, opts.Seed+uint64(k), opts))
	}
	p.model = models[0]
	if len(models) > 1 {
		p.model = perceptron.Mean(models...)
	}
	return p
}

// goldTree is a projectivised training tree in the internal numbering (the
// root is n+1).
type goldTree struct {
	x      *sentence
	heads  []int
	labels []int
}

// train runs the training epochs with one seed.
func (p *Parser) train(gold []goldTree, seed uint64, opts Options) *perceptron.Model {
	tr := perceptron.NewTrainer(p.numClasses())
	rng := rand.New(rand.NewPCG(seed, 0xde9a75e))
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, p.numClasses())
	costs := make([]int, p.numClasses())
	var feats []perceptron.Feature
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			g := gold[k]
			s := newState(g.x.n)
			for !s.terminal() {
				feats = features(g.x, s, feats[:0])
				clear(scores)
				tr.Score(feats, scores)
				s.costs(g.heads, g.labels, costs)
				pred, best := -1, -1
				minCost := 1 << 30
				for t := range scores {
					if !s.legal(t, 0) {
						continue
					}
					if pred < 0 || scores[t] > scores[pred] {
						pred = t
					}
					if costs[t] < minCost || (costs[t] == minCost && scores[t] > scores[best]) {
						minCost, best = costs[t], t
					}
				}
				if pred < 0 {
					break
				}
				total++
				if costs[pred] == minCost {
					right++
					tr.Tick()
					s.apply(pred)
					continue
				}
				tr.Update(feats, best, pred)
				tr.Tick()
				if epoch > 0 && rng.Float64() < opts.Explore {
					s.apply(pred)
				} else {
					s.apply(best)
				}
			}
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "parser epoch %d: %.2f%% transitions right\n", epoch+1, 100*float64(right)/float64(max(total, 1)))
		}
		if opts.CheckEpochs != nil {
			p.model = tr.Average(opts.MinWeight)
			opts.CheckEpochs(p, epoch+1)
		}
	}
	return tr.Average(opts.MinWeight)
}

// costs fills, for every transition, how many gold arcs it makes unreachable
// (the arc-hybrid dynamic oracle), counting a wrong label on a gold arc as one.
func (s *state) costs(gh, gl []int, costs []int) {
	s0, s1, b := s.stackAt(0), s.stackAt(1), s.b
	// Dependents of s0 still in the buffer are lost when s0 is popped.
	s0DepsInBuffer := 0
	if s0 != 0 {
		for j := b; j <= s.n; j++ {
			if gh[j] == s0 {
				s0DepsInBuffer++
			}
		}
	}
	shiftCost := 0
	if b <= s.n {
		for i, d := range s.stack {
			if gh[d] == b {
				shiftCost++
			}
			if gh[b] == d && i < len(s.stack)-1 {
				shiftCost++
			}
		}
	}
	leftBase, rightBase := s0DepsInBuffer, s0DepsInBuffer
	if s0 != 0 {
		h := gh[s0]
		if h != b && (h > b || (h == s1 && s1 != 0)) {
			leftBase++
		}
		if h != s1 && h >= b {
			rightBase++
		}
	}
	costs[shift] = shiftCost
	for l := 0; l < (len(costs)-1)/2; l++ {
		lc, rc := leftBase, rightBase
		if s0 != 0 && gh[s0] == b && gl[s0] != l {
			lc++
		}
		if s0 != 0 && s1 != 0 && gh[s0] == s1 && gl[s0] != l {
			rc++
		}
		costs[leftArc(l)] = lc
		costs[rightArc(l)] = rc
	}
}

// projectivize lifts non-projective arcs (attaching the dependent to its
// head's head) until the tree is projective; it returns how many it lifted.
// heads uses the internal numbering (root n+1, which heads nothing else).
func projectivize(heads []int, n int) int {
	lifted := 0
	for guard := 0; guard < 4*n; guard++ {
		// Find the shortest non-projective arc.
		bestD, bestLen := 0, 1<<30
		for d := 1; d <= n; d++ {
			h := heads[d]
			if h == n+1 {
				continue
			}
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(heads, h, k, n) {
					bestD, bestLen = d, hi-lo
					break
				}
			}
		}
		if bestD == 0 {
			return lifted
		}
		heads[bestD] = heads[heads[bestD]]
		lifted++
	}
	return lifted
}

// dominates reports whether h is an ancestor of k.
func dominates(heads []int, h, k, n int) bool {
	for steps := 0; k != n+1 && steps <= n+1; steps++ {
		k = heads[k]
		if k == h {
			return true
		}
	}
	return false
}

type parserMeta struct {
	Labels []string
}

// Save writes the parser compactly and deterministically.
func (p *Parser) Save(w io.Writer) error {
	return modelio.Write(w, "parser", &parserMeta{Labels: p.labels}, p.model)
}

// Load reads a parser written by Save.
func Load(data []byte) (*Parser, error) {
	var m parserMeta
	models, err := modelio.Read(data, "parser", &m)
	if err != nil {
		return nil, err
	}
	if len(models) != 1 || len(m.Labels) == 0 || m.Labels[0] != "root" || models[0].NumClasses != 1+2*len(m.Labels) {
		return nil, fmt.Errorf("parser model: inconsistent labels")
	}
	return &Parser{labels: m.Labels, model: models[0]}, nil
}

// Labels lists the relations the parser predicts.
func (p *Parser) Labels() []string { return slices.Clone(p.labels) }
