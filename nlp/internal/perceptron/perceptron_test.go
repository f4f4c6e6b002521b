package perceptron

import (
	"math"
	"testing"
)

func TestHalfKeepsSmallAndLargeWeights(t *testing.T) {
	for _, w := range []float32{0, 0.001, -0.0137, 0.5, 1, -3.25, 123.4, 5000, -60000} {
		got := fromHalf(toHalf(w))
		if w == 0 && got != 0 || w != 0 && math.Abs(float64((got-w)/w)) > 1e-3 {
			t.Errorf("half(%v) = %v", w, got)
		}
	}
}

func TestScoreRangeAddsOnlyItsClasses(t *testing.T) {
	// Ten classes and rows long enough to spill past the inline pairs.
	const classes = 10
	tr := NewTrainer(classes)
	feats := []Feature{New(1).Str("a").Feature(), New(2).Str("b").Feature(), New(3).Str("c").Feature()}
	for i := range 40 {
		tr.Update(feats[:1+i%3], i%classes, (i*7+3)%classes)
		tr.Tick()
	}
	m := tr.Average(0)
	all := make([]float32, classes)
	m.Score(feats, all)
	for _, r := range [][2]int{{0, 3}, {3, 4}, {4, 9}, {9, 10}, {2, 7}} {
		got := make([]float32, classes)
		for i := range got {
			got[i] = -100 // ScoreRange must leave the other classes alone
		}
		for i := r[0]; i < r[1]; i++ {
			got[i] = 0
		}
		m.ScoreRange(feats, r[0], r[1], got)
		for c := range classes {
			want := float32(-100)
			if c >= r[0] && c < r[1] {
				want = all[c]
			}
			if got[c] != want {
				t.Errorf("ScoreRange(%d, %d): class %d = %v, want %v", r[0], r[1], c, got[c], want)
			}
		}
	}
	nonzero := 0
	for _, w := range all {
		if w != 0 {
			nonzero++
		}
	}
	if nonzero <= inline {
		t.Fatalf("only %d classes have weights: the test does not reach the overflow pairs", nonzero)
	}
}
