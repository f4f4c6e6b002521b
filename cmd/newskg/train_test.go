package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// nerLexiconCommit is the commit whose data/gazetteer.tsv the embedded name
// recognizer was trained with (the gazetteer is one of its features; later
// additions to the list are not in nlp/models/ner.bin). Retraining with
// today's list changes the model: a new ner.bin is a change of its own,
// scored with the scorers, and this commit moves with it.
const nerLexiconCommit = "e9c96af"

// The embedded recognizer is what "newskg train --only-ner --lexicon" gives
// from POPCORN's training texts and the gazetteer it was trained with, byte
// for byte, as `newskg train --help` says.
func TestTheEmbeddedRecognizerIsWhatTrainGives(t *testing.T) {
	popcorn, _ := filepath.Abs("../../../shared/corpora/popcorn/train.json")
	if _, err := os.Stat(popcorn); err != nil {
		t.Skipf("POPCORN's train.json is not beside the repository (%v): ../shared holds it", err)
	}
	lexicon, err := exec.Command("git", "show", nerLexiconCommit+":data/gazetteer.tsv").Output()
	if err != nil {
		t.Skipf("the gazetteer of commit %s is not in this clone's history (%v)", nerLexiconCommit, err)
	}
	work := t.TempDir()
	lexiconFile := filepath.Join(work, "gazetteer-ner.tsv")
	if err := os.WriteFile(lexiconFile, lexicon, 0o644); err != nil {
		t.Fatal(err)
	}
	models, _ := filepath.Abs("../../nlp/models")
	out := filepath.Join(work, "models")
	os.Mkdir(out, 0o755)
	for _, name := range []string{"tokenizer.bin", "tagger.bin", "lemma.bin", "parser.bin"} {
		b, err := os.ReadFile(filepath.Join(models, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, stderr, code := run(t, work, "", "train", "--only-ner", "--popcorn", popcorn, "--lexicon", lexiconFile, "--out", out); code != 0 {
		t.Fatalf("train --only-ner: exit %d\n%s", code, stderr)
	}
	trained, err := os.ReadFile(filepath.Join(out, "ner.bin"))
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile(filepath.Join(models, "ner.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(trained, embedded) {
		t.Errorf("nlp/models/ner.bin (%d bytes) is not what train --only-ner --lexicon gives (%d bytes)", len(embedded), len(trained))
	}
}
