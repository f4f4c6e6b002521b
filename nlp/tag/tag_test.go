package tag

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newskg/newskg/nlp/internal/perceptron"
)

func toy() []Example {
	ex := func(pairs ...string) Example {
		var e Example
		for i := 0; i < len(pairs); i += 2 {
			e.Forms = append(e.Forms, pairs[i])
			e.Tags = append(e.Tags, Tag{UPOS: pairs[i+1], Feats: "_"})
		}
		return e
	}
	return []Example{
		ex("Le", "DET", "chat", "NOUN", "dort", "VERB"),
		ex("Le", "DET", "chien", "NOUN", "mange", "VERB"),
		ex("la", "DET", "souris", "NOUN", "dort", "VERB"),
		ex("le", "DET", "chat", "NOUN", "mange", "VERB"),
	}
}

func TestLearnsUnknownWordsFromContext(t *testing.T) {
	tg := Train(toy(), nil, Options{Epochs: 10, Seed: 1})
	got := tg.Tag([]string{"Le", "loup", "dort"})
	if got[0].UPOS != "DET" || got[1].UPOS != "NOUN" || got[2].UPOS != "VERB" {
		t.Errorf("Le loup dort: %v, want DET NOUN VERB", got)
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	save := func() []byte {
		var buf bytes.Buffer
		if err := Train(toy(), nil, Options{Epochs: 3, Seed: 3}).Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a := save()
	if !bytes.Equal(a, save()) {
		t.Error("two trainings with the same seed wrote different models")
	}
	tg, err := Load(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := tg.Tag([]string{"Le", "chat"}); got[1].UPOS != "NOUN" {
		t.Errorf("reloaded tagger: chat is %s, want NOUN", got[1].UPOS)
	}
}

func TestChoosesTheUPOSThenOneOfItsLabels(t *testing.T) {
	// VERB and NOUN each have two labels (FEATS), DET one.
	ex := func(words ...string) Example {
		var e Example
		for _, w := range words {
			form, tag, _ := strings.Cut(w, "/")
			upos, feats, _ := strings.Cut(tag, ":")
			e.Forms = append(e.Forms, form)
			e.Tags = append(e.Tags, Tag{UPOS: upos, Feats: feats})
		}
		return e
	}
	var exs []Example
	for range 3 {
		exs = append(exs,
			ex("le/DET:_", "chat/NOUN:Number=Sing", "dort/VERB:Number=Sing"),
			ex("les/DET:_", "chats/NOUN:Number=Plur", "dorment/VERB:Number=Plur"),
			ex("le/DET:_", "chien/NOUN:Number=Sing", "mange/VERB:Number=Sing"),
			ex("les/DET:_", "chiens/NOUN:Number=Plur", "mangent/VERB:Number=Plur"))
	}
	tg := Train(exs, nil, Options{Epochs: 10, Seed: 1})
	if got, want := tg.upos, []string{"DET", "NOUN", "VERB"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("UPOS classes %v, want %v", got, want)
	}
	if got := tg.numClasses(); got != 3+5 {
		t.Errorf("%d classes, want 3 UPOS + 5 labels", got)
	}
	for _, e := range exs[:4] {
		for i, got := range tg.Tag(e.Forms) {
			if got != e.Tags[i] {
				t.Errorf("%s: %v, want %v", e.Forms[i], got, e.Tags[i])
			}
		}
	}
}

func TestRefusesAModelWhoseClassesAreOnlyItsLabels(t *testing.T) {
	// The layout before the UPOS classes: one class per label.
	tg := Train(toy(), nil, Options{Epochs: 1, Seed: 1})
	tg.model = perceptron.NewTrainer(len(tg.labels)).Average(0)
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(buf.Bytes(), nil); err == nil || !strings.Contains(err.Error(), "newskg train") {
		t.Errorf("Load of an old-layout model: %v, want an error that says to retrain", err)
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Paris": "Xx", "1 000": "d d", "COVID-19": "X-d", "l'": "x'"} {
		if got := Shape(in); got != want {
			t.Errorf("Shape(%q) = %q, want %q", in, got, want)
		}
	}
}
