// Package perceptron is the averaged multiclass perceptron (Collins 2002)
// shared by the tagger and the parser: hashed sparse features, lazily
// averaged weights while training, and a frozen compact model for prediction.
//
// It knows nothing about words or trees; callers turn their inputs into
// feature hashes with Hasher. It does not choose which classes are legal:
// callers mask scores themselves.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Feature is a hashed feature: the template id and its values folded into 32 bits.
type Feature uint32

// Hasher builds features without allocating: start with New(template) and
// fold in strings and ints.
type Hasher uint64

const fnvOffset = 14695981039346656037
const fnvPrime = 1099511628211

// New starts a feature for template t.
func New(t int) Hasher {
	h := uint64(fnvOffset)
	h ^= uint64(t) + 1
	h *= fnvPrime
	return Hasher(h)
}

// Str folds a string into the feature.
func (h Hasher) Str(s string) Hasher {
	x := uint64(h.Fold(s))
	x ^= 0xff // separator, so ("ab","c") differs from ("a","bc")
	x *= fnvPrime
	return Hasher(x)
}

// Fold folds the bytes of s without ending the string: h.Fold(a).Str(b) is
// h.Str(a+b).
func (h Hasher) Fold(s string) Hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	return Hasher(x)
}

// Int folds an integer into the feature (one multiply-xorshift round: the
// parser folds three values per feature, a hundred features per step).
func (h Hasher) Int(v int) Hasher {
	x := (uint64(h) ^ uint64(int64(v))) * 0x9e3779b97f4a7c15
	return Hasher(x ^ x>>31)
}

// Feature finishes the hash.
func (h Hasher) Feature() Feature {
	x := uint64(h)
	x ^= x >> 29
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 32
	return Feature(uint32(x))
}

// Model is a frozen averaged perceptron, safe for concurrent use.
//
// Its weights live in one open-addressing hash table whose slots hold the
// feature key and its first few (class, weight) pairs inline, so that
// scoring a feature costs one cache miss rather than a map probe and three
// array reads; prediction speed is bound by memory latency.
type Model struct {
	NumClasses int
	slots      []slot
	mask       uint32
	rows       int
	overClass  []uint16 // pairs beyond the inline ones
	overWeight []float32
}

const inline = 3

type slot struct {
	key  uint32
	n    uint16 // number of (class, weight) pairs; 0 marks an empty slot
	cls  [inline]uint16
	w    [inline]float32
	over uint32 // offset of pairs inline.. in overClass/overWeight
}

func newModel(numClasses, rows int) *Model {
	size := 16
	for size < rows+rows/3 { // load factor at most 3/4
		size *= 2
	}
	return &Model{NumClasses: numClasses, slots: make([]slot, size), mask: uint32(size - 1)}
}

func (m *Model) insert(f Feature, cls []uint16, w []float32) {
	i := uint32(f) & m.mask
	for m.slots[i].n != 0 {
		i = (i + 1) & m.mask
	}
	s := &m.slots[i]
	s.key, s.n = uint32(f), uint16(len(cls))
	k := copy(s.cls[:], cls)
	copy(s.w[:], w)
	if len(cls) > inline {
		s.over = uint32(len(m.overClass))
		m.overClass = append(m.overClass, cls[k:]...)
		m.overWeight = append(m.overWeight, w[k:]...)
	}
	m.rows++
}

// row returns the pairs of feature f (nil if it has none).
func (m *Model) lookup(f Feature) *slot {
	i := uint32(f) & m.mask
	for {
		s := &m.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.key == uint32(f) {
			return s
		}
		i = (i + 1) & m.mask
	}
}

// Score adds the weights of feats into scores, which must have NumClasses
// entries; it does not clear them first.
func (m *Model) Score(feats []Feature, scores []float32) {
	m.ScoreRange(feats, 0, m.NumClasses, scores)
}

// ScoreRange is Score for the classes lo <= c < hi only: the other entries
// of scores are left alone. A model whose classes form a hierarchy (the
// tagger's UPOS tags, then the full labels of each UPOS) scores the coarse
// classes for every decision and the fine ones only for the chosen coarse
// class, so it adds a fraction of its weights. Rows are sorted by class, so
// a range that starts at 0 stops early in each row.
func (m *Model) ScoreRange(feats []Feature, lo, hi int, scores []float32) {
	// Touch every feature's home slot first: these loads do not depend on
	// each other, so the processor overlaps their cache misses, and the
	// loop below finds the slots in cache.
	var sink uint32
	for _, f := range feats {
		sink += m.slots[uint32(f)&m.mask].key
	}
	if sink == 1 && len(feats) == 0 {
		return // never true; keeps the loads from being optimised away
	}
	for _, f := range feats {
		s := m.lookup(f)
		if s == nil {
			continue
		}
		n := int(s.n)
		i := 0
		for ; i < min(n, inline); i++ {
			c := int(s.cls[i])
			if c >= hi {
				break
			}
			if c >= lo {
				scores[c] += s.w[i]
			}
		}
		if i < inline || n <= inline {
			continue // the row ended, or reached hi, inline
		}
		cls := m.overClass[s.over : int(s.over)+n-inline]
		ws := m.overWeight[s.over : int(s.over)+n-inline]
		start := 0
		if lo > 0 {
			start, _ = slices.BinarySearch(cls, uint16(lo))
		}
		for j := start; j < len(cls); j++ {
			c := cls[j]
			if int(c) >= hi {
				break
			}
			scores[c] += ws[j]
		}
	}
}

// NumFeatures reports how many features carry weights.
func (m *Model) NumFeatures() int { return m.rows }

// each calls fn for every feature in key order.
func (m *Model) each(fn func(f Feature, cls []uint16, w []float32)) {
	keys := make([]uint32, 0, m.rows)
	for _, s := range m.slots {
		if s.n != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		s := m.lookup(Feature(k))
		n := int(s.n)
		cls := append([]uint16(nil), s.cls[:min(n, inline)]...)
		w := append([]float32(nil), s.w[:min(n, inline)]...)
		if n > inline {
			cls = append(cls, m.overClass[s.over:int(s.over)+n-inline]...)
			w = append(w, m.overWeight[s.over:int(s.over)+n-inline]...)
		}
		fn(Feature(k), cls, w)
	}
}

type entry struct {
	class uint16
	w     float32
	total float64
	stamp int64
}

// Trainer accumulates perceptron updates with lazy averaging.
type Trainer struct {
	NumClasses int
	rows       map[Feature][]entry
	now        int64 // number of training instances seen
}

// NewTrainer makes a trainer for n classes.
func NewTrainer(n int) *Trainer {
	if n > math.MaxUint16 {
		panic("perceptron: too many classes")
	}
	return &Trainer{NumClasses: n, rows: make(map[Feature][]entry)}
}

// Score adds the current (not averaged) weights of feats into scores.
func (t *Trainer) Score(feats []Feature, scores []float32) {
	for _, f := range feats {
		for _, e := range t.rows[f] {
			scores[e.class] += e.w
		}
	}
}

// Tick marks the end of one training instance; call it once per prediction,
// whether or not it led to an update.
func (t *Trainer) Tick() { t.now++ }

// Update rewards class good and penalises class bad for feats.
func (t *Trainer) Update(feats []Feature, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		row := t.rows[f]
		row = t.bump(row, uint16(good), 1)
		row = t.bump(row, uint16(bad), -1)
		t.rows[f] = row
	}
}

func (t *Trainer) bump(row []entry, c uint16, delta float32) []entry {
	for i := range row {
		if row[i].class == c {
			e := &row[i]
			e.total += float64(t.now-e.stamp) * float64(e.w)
			e.stamp = t.now
			e.w += delta
			return row
		}
	}
	return append(row, entry{class: c, w: delta, stamp: t.now})
}

// Average freezes the averaged weights into a Model, dropping weights whose
// magnitude is below minWeight (0 keeps every non-zero weight).
func (t *Trainer) Average(minWeight float32) *Model {
	keys := make([]Feature, 0, len(t.rows))
	for f := range t.rows {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	now := float64(t.now)
	if now == 0 {
		now = 1
	}
	m := newModel(t.NumClasses, len(keys))
	var cls []uint16
	var ws []float32
	for _, f := range keys {
		row := slices.Clone(t.rows[f])
		slices.SortFunc(row, func(a, b entry) int { return int(a.class) - int(b.class) })
		cls, ws = cls[:0], ws[:0]
		for _, e := range row {
			avg := float32((e.total + float64(t.now-e.stamp)*float64(e.w)) / now)
			if avg == 0 || (avg < minWeight && avg > -minWeight) {
				continue
			}
			cls = append(cls, e.class)
			ws = append(ws, avg)
		}
		if len(cls) > 0 {
			m.insert(f, cls, ws)
		}
	}
	return m
}

func putUvarint(bw *bufio.Writer, v uint64) {
	var buf [binary.MaxVarintLen64]byte
	bw.Write(buf[:binary.PutUvarint(buf[:], v)])
}

// Encode writes the weight table as sorted, delta-coded feature keys with
// weights quantised to half precision; equal models give equal bytes. The
// file around it is nlp/internal/modelio's.
func (m *Model) Encode(bw *bufio.Writer) {
	putUvarint(bw, uint64(m.NumClasses))
	putUvarint(bw, uint64(m.rows))
	var prev Feature
	m.each(func(f Feature, cls []uint16, w []float32) {
		putUvarint(bw, uint64(f-prev))
		prev = f
		putUvarint(bw, uint64(len(cls)))
		var prevClass uint16
		for i, c := range cls {
			putUvarint(bw, uint64(c-prevClass))
			prevClass = c
			q := toHalf(w[i])
			bw.WriteByte(byte(q))
			bw.WriteByte(byte(q >> 8))
		}
	})
}

// Decode reads one weight table written by Encode.
func Decode(br *bufio.Reader) (*Model, error) {
	truncated := errors.New("truncated model")
	numClasses, err := binary.ReadUvarint(br)
	if err != nil || numClasses > math.MaxUint16 {
		return nil, truncated
	}
	numRows, err := binary.ReadUvarint(br)
	if err != nil || numRows > 1<<28 {
		return nil, truncated
	}
	m := newModel(int(numClasses), int(numRows))
	var key Feature
	var cls []uint16
	var ws []float32
	for r := uint64(0); r < numRows; r++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, truncated
		}
		key += Feature(d)
		n, err := binary.ReadUvarint(br)
		if err != nil || n == 0 || n > numClasses {
			return nil, fmt.Errorf("corrupt model at row %d", r)
		}
		if r > 0 && d == 0 {
			return nil, fmt.Errorf("corrupt model at row %d: repeated feature", r)
		}
		cls, ws = cls[:0], ws[:0]
		var c uint16
		for i := uint64(0); i < n; i++ {
			dc, err := binary.ReadUvarint(br)
			if err != nil {
				return nil, truncated
			}
			c += uint16(dc)
			lo, err1 := br.ReadByte()
			hi, err2 := br.ReadByte()
			if err1 != nil || err2 != nil {
				return nil, truncated
			}
			if int(c) >= m.NumClasses {
				return nil, fmt.Errorf("corrupt model at row %d: class %d", r, c)
			}
			cls = append(cls, c)
			ws = append(ws, fromHalf(uint16(lo)|uint16(hi)<<8))
		}
		m.insert(key, cls, ws)
	}
	return m, nil
}

// toHalf rounds a weight to an IEEE 754 half-precision float: 2 bytes with
// three significant digits at every magnitude, which an averaged
// perceptron's many small weights need (a linear 16-bit scale would round
// them to zero next to the few large ones). Values beyond the half range
// are clamped; values below it become zero.
func toHalf(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int((b>>23)&0xff) - 127 + 15
	mant := b & 0x7fffff
	switch {
	case exp >= 31:
		return sign | 0x7bff // largest finite half
	case exp <= 0:
		return sign
	}
	h := uint32(exp)<<10 | mant>>13
	if mant&0x1fff > 0x1000 || (mant&0x1fff == 0x1000 && h&1 == 1) {
		h++ // round to nearest even; a carry into the exponent is correct
	}
	if h >= 0x7c00 {
		h = 0x7bff
	}
	return sign | uint16(h)
}

func fromHalf(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h & 0x3ff)
	if exp == 0 {
		return math.Float32frombits(sign) // zero (subnormals are never written)
	}
	return math.Float32frombits(sign | (exp-15+127)<<23 | mant<<13)
}

// Prune returns a copy of m without the weights smaller than minWeight in
// magnitude, and without the features left with no weight.
func (m *Model) Prune(minWeight float32) *Model {
	var kept []Feature
	var keptCls [][]uint16
	var keptW [][]float32
	m.each(func(f Feature, cls []uint16, w []float32) {
		var c2 []uint16
		var w2 []float32
		for i := range cls {
			if w[i] >= minWeight || w[i] <= -minWeight {
				c2 = append(c2, cls[i])
				w2 = append(w2, w[i])
			}
		}
		if len(c2) > 0 {
			kept = append(kept, f)
			keptCls = append(keptCls, c2)
			keptW = append(keptW, w2)
		}
	})
	p := newModel(m.NumClasses, len(kept))
	for i, f := range kept {
		p.insert(f, keptCls[i], keptW[i])
	}
	return p
}

// Mean returns the model whose weights are the mean of the given models'
// (all with the same classes): an ensemble of perceptrons trained with
// different seeds that costs one model's prediction.
func Mean(models ...*Model) *Model {
	type pair struct {
		cls []uint16
		w   []float32
	}
	sum := map[Feature]map[uint16]float32{}
	for _, m := range models {
		m.each(func(f Feature, cls []uint16, w []float32) {
			row := sum[f]
			if row == nil {
				row = map[uint16]float32{}
				sum[f] = row
			}
			for i, c := range cls {
				row[c] += w[i] / float32(len(models))
			}
		})
	}
	keys := make([]Feature, 0, len(sum))
	for f := range sum {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	out := newModel(models[0].NumClasses, len(keys))
	for _, f := range keys {
		var p pair
		for c := range sum[f] {
			p.cls = append(p.cls, c)
		}
		slices.Sort(p.cls)
		for _, c := range p.cls {
			p.w = append(p.w, sum[f][c])
		}
		out.insert(f, p.cls, p.w)
	}
	return out
}
