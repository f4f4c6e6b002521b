package nlp

import (
	"os"
	"path/filepath"
	"testing"
)

// TestAccuracyFloor guards against a model or feature change that quietly
// costs accuracy: on the first 150 sentences of fr_sequoia-ud-test (gold
// tokens) the scores must stay above floors set a little below what the
// committed models reach (UPOS 97.8, UAS 88.1, LAS 84.7 when written).
func TestAccuracyFloor(t *testing.T) {
	gold := readTestFile(t, "fr_sequoia-ud-test.conllu")[:150]
	sc := Default().EvaluateGold(gold)
	t.Logf("%d words: UPOS %.2f lemma %.2f UAS %.2f LAS %.2f", sc.Words, sc.UPOS, sc.Lemma, sc.UAS, sc.LAS)
	floors := []struct {
		name         string
		got, atLeast float64
	}{
		{"UPOS", sc.UPOS, 96.5},
		{"lemma", sc.Lemma, 97.5},
		{"UAS", sc.UAS, 86},
		{"LAS", sc.LAS, 83},
	}
	for _, f := range floors {
		if f.got < f.atLeast {
			t.Errorf("%s %.2f on the Sequoia test slice, below the floor of %.1f", f.name, f.got, f.atLeast)
		}
	}
}

// TestRawTextAlignment checks the raw-text evaluation on a file against
// itself: parsing its text must find most of its words.
func TestRawTextAlignment(t *testing.T) {
	gold := readTestFile(t, "fr_sequoia-ud-test.conllu")[:100]
	sc := Default().EvaluateRaw(gold)
	if sc.WordsF1 < 98 || sc.Tokens < 98 {
		t.Errorf("raw text: words F1 %.2f, tokens F1 %.2f; want at least 98", sc.WordsF1, sc.Tokens)
	}
	if sc.UPOS > sc.WordsF1 || sc.LAS > sc.UAS {
		t.Errorf("raw text scores inconsistent: UPOS %.2f > words %.2f or LAS %.2f > UAS %.2f", sc.UPOS, sc.WordsF1, sc.LAS, sc.UAS)
	}
}

// TestNamesFloor guards the recognizer the same way, on the POPCORN texts
// that training holds out, without a lexicon (names F1 0.816, precision
// 0.795, recall 0.839 when written).
func TestNamesFloor(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpora", "popcorn", "train.json")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("POPCORN not found at %s: %v", path, err)
	}
	sc, err := Default().EvaluateNER(path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := sc.Names
	t.Logf("%d texts: names P %.3f R %.3f F1 %.3f", sc.Docs, c.Precision(), c.Recall(), c.F1())
	if sc.Docs != 80 || c.Gold < 250 {
		t.Errorf("%d held-out texts with %d names; want the 80 of every fifth text, with about 270 names", sc.Docs, c.Gold)
	}
	if c.Precision() < 0.77 || c.Recall() < 0.81 {
		t.Errorf("names precision %.3f, recall %.3f on the held-out POPCORN texts, below the floors of 0.77 and 0.81", c.Precision(), c.Recall())
	}
}
