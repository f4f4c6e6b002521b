package nlp

import (
	"strconv"
	"strings"

	"github.com/newskg/newskg/nlp/conllu"
)

// ToCoNLLU converts parsed sentences to CoNLL-U, numbering them from
// firstID ("# sent_id = 1") and keeping multiword-token lines and
// SpaceAfter=No, so that the file's tokens reproduce the text.
func ToCoNLLU(sents []Sentence, firstID int) []conllu.Sentence {
	out := make([]conllu.Sentence, len(sents))
	for i, s := range sents {
		c := &out[i]
		text := strings.Join(strings.Fields(s.Text), " ")
		c.Comments = []string{"# sent_id = " + strconv.Itoa(firstID+i), "# text = " + text}
		for _, t := range s.Tokens {
			misc := ""
			if !s.Words[t.Last-1].SpaceAfter {
				misc = "SpaceAfter=No"
			}
			c.Tokens = append(c.Tokens, conllu.Token{First: t.First, Last: t.Last, Form: t.Form, Misc: misc})
		}
		for _, w := range s.Words {
			misc := ""
			if !w.SpaceAfter && !inToken(s.Tokens, w.ID) {
				misc = "SpaceAfter=No"
			}
			c.Words = append(c.Words, conllu.Word{ID: w.ID, Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS,
				Feats: w.Feats, Head: w.Head, DepRel: w.DepRel, Misc: misc})
		}
	}
	return out
}

func inToken(toks []Token, id int) bool {
	for _, t := range toks {
		if id >= t.First && id <= t.Last {
			return true
		}
	}
	return false
}

// Reannotate replaces the LEMMA, UPOS, FEATS, HEAD and DEPREL of every word
// of s with the pipeline's, keeping its tokens, multiword-token lines,
// comments, XPOS, DEPS and MISC.
func (p *Pipeline) Reannotate(s *conllu.Sentence) {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	for i, w := range p.AnnotateWords(forms) {
		cw := &s.Words[i]
		cw.Lemma, cw.UPOS, cw.Feats, cw.Head, cw.DepRel = w.Lemma, w.UPOS, w.Feats, w.Head, w.DepRel
	}
}
