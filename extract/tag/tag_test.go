package tag

import (
	"bytes"
	"testing"
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

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Paris": "Xx", "1 000": "d d", "COVID-19": "X-d", "l'": "x'"} {
		if got := Shape(in); got != want {
			t.Errorf("Shape(%q) = %q, want %q", in, got, want)
		}
	}
}
