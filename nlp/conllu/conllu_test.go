package conllu

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# sent_id = 1
# text = Il parle du conflit.
1	Il	il	PRON	_	Person=3	2	nsubj	_	_
2	parle	parler	VERB	_	_	0	root	_	_
3-4	du	_	_	_	_	_	_	_	_
3	de	de	ADP	_	_	5	case	_	_
4	le	le	DET	_	_	5	det	_	_
5	conflit	conflit	NOUN	_	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	_	_	2	punct	_	_

`

func TestRoundTrip(t *testing.T) {
	sents, err := Read(strings.NewReader(sample), "sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Words) != 6 || len(sents[0].Tokens) != 1 {
		t.Fatalf("read %d sentences, want 1 with 6 words and 1 multiword token", len(sents))
	}
	s := sents[0]
	if s.Text() != "Il parle du conflit." || s.SpaceAfter(5) || !s.SpaceAfter(2) {
		t.Errorf("text %q, SpaceAfter(5)=%v SpaceAfter(2)=%v", s.Text(), s.SpaceAfter(5), s.SpaceAfter(2))
	}
	if tok, ok := s.TokenOf(4); !ok || tok.Form != "du" {
		t.Errorf("TokenOf(4) = %+v, %v; want du", tok, ok)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip changed the file:\n%s", buf.String())
	}
}

func TestErrorsNameFileAndLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1\tIl\til\tPRON\n", "x.conllu:1: 4 columns"},
		{"# c\n2\tIl\til\tPRON\t_\t_\t0\troot\t_\t_\n", "x.conllu:2: word ID \"2\", want 1"},
		{"1\tIl\til\tPRON\t_\t_\tx\troot\t_\t_\n", "x.conllu:1: bad HEAD \"x\""},
		{"1\tIl\til\tPRON\t_\t_\t5\troot\t_\t_\n", "word 1 has HEAD 5 beyond the sentence"},
	} {
		_, err := Read(strings.NewReader(tt.in), "x.conllu")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Read(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}
