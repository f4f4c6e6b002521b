package nlp

import "testing"

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
