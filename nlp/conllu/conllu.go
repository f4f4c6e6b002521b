// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format: sentences of words with ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD,
// DEPREL, DEPS and MISC, plus multiword-token lines ("1-2 du") and comments.
//
// It keeps every line it does not understand the meaning of (comments, empty
// nodes, DEPS, MISC) so that a file can be re-annotated and written back with
// its tokens and sentences intact. It does not validate trees.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word (an integer ID line).
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	DepRel string
	Deps   string
	Misc   string
}

// Token is a multiword-token line "First-Last FORM ...": the surface form that
// words First..Last were split from, e.g. "du" for "de le".
type Token struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one CoNLL-U sentence. Lines keeps the original order of
// comments, multiword tokens, words and empty nodes for writing back.
type Sentence struct {
	Comments []string // verbatim, including the leading "#"
	Words    []Word
	Tokens   []Token  // multiword tokens
	Empty    []string // empty-node lines ("8.1 ..."), kept verbatim
	lines    []lineRef
}

type lineKind uint8

const (
	commentLine lineKind = iota
	wordLine
	tokenLine
	emptyLine
)

type lineRef struct {
	kind lineKind
	i    int
}

// Text returns the "# text = " comment, or "" if there is none.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		if t, ok := strings.CutPrefix(c, "# text = "); ok {
			return t
		}
	}
	return ""
}

// SpaceAfter reports whether the word or token ending at word id is followed
// by a space (MISC has no SpaceAfter=No).
func (s *Sentence) SpaceAfter(id int) bool {
	for _, t := range s.Tokens {
		if t.Last == id {
			return !strings.Contains(t.Misc, "SpaceAfter=No")
		}
	}
	if id >= 1 && id <= len(s.Words) {
		return !strings.Contains(s.Words[id-1].Misc, "SpaceAfter=No")
	}
	return true
}

// TokenOf returns the multiword token covering word id, if any.
func (s *Sentence) TokenOf(id int) (Token, bool) {
	for _, t := range s.Tokens {
		if id >= t.First && id <= t.Last {
			return t, true
		}
	}
	return Token{}, false
}

// ReadFile reads every sentence of a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads every sentence from r; name is used in error messages.
func Read(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var cur Sentence
	lineNo := 0
	flush := func() {
		if len(cur.Words) > 0 || len(cur.Comments) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			cur.lines = append(cur.lines, lineRef{commentLine, len(cur.Comments)})
			cur.Comments = append(cur.Comments, line)
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return out, fmt.Errorf("%s:%d: %d columns, want 10 tab-separated columns", name, lineNo, len(cols))
		}
		id := cols[0]
		switch {
		case strings.Contains(id, "-"):
			a, b, _ := strings.Cut(id, "-")
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || first > last {
				return out, fmt.Errorf("%s:%d: bad multiword token range %q", name, lineNo, id)
			}
			cur.lines = append(cur.lines, lineRef{tokenLine, len(cur.Tokens)})
			cur.Tokens = append(cur.Tokens, Token{First: first, Last: last, Form: cols[1], Misc: cols[9]})
		case strings.Contains(id, "."):
			cur.lines = append(cur.lines, lineRef{emptyLine, len(cur.Empty)})
			cur.Empty = append(cur.Empty, line)
		default:
			n, err := strconv.Atoi(id)
			if err != nil || n != len(cur.Words)+1 {
				return out, fmt.Errorf("%s:%d: word ID %q, want %d", name, lineNo, id, len(cur.Words)+1)
			}
			head := 0
			if cols[6] != "_" {
				head, err = strconv.Atoi(cols[6])
				if err != nil || head < 0 {
					return out, fmt.Errorf("%s:%d: bad HEAD %q", name, lineNo, cols[6])
				}
			}
			cur.lines = append(cur.lines, lineRef{wordLine, len(cur.Words)})
			cur.Words = append(cur.Words, Word{ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
				Feats: cols[5], Head: head, DepRel: cols[7], Deps: cols[8], Misc: cols[9]})
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s:%d: %w", name, lineNo, err)
	}
	flush()
	for si, s := range out {
		for _, w := range s.Words {
			if w.Head > len(s.Words) {
				return out, fmt.Errorf("%s: sentence %d: word %d has HEAD %d beyond the sentence", name, si+1, w.ID, w.Head)
			}
		}
	}
	return out, nil
}

// Write writes sentences in CoNLL-U, each followed by a blank line. Sentences
// read by Read keep their original line order; new ones are written as
// comments, then each multiword token before its first word.
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		writeSentence(bw, &s)
	}
	return bw.Flush()
}

func writeSentence(bw *bufio.Writer, s *Sentence) {
	lines := s.lines
	if len(lines) != len(s.Comments)+len(s.Words)+len(s.Tokens)+len(s.Empty) {
		lines = nil
		for i := range s.Comments {
			lines = append(lines, lineRef{commentLine, i})
		}
		for i, wd := range s.Words {
			for j, t := range s.Tokens {
				if t.First == wd.ID {
					lines = append(lines, lineRef{tokenLine, j})
				}
			}
			lines = append(lines, lineRef{wordLine, i})
		}
	}
	for _, l := range lines {
		switch l.kind {
		case commentLine:
			bw.WriteString(s.Comments[l.i])
		case tokenLine:
			t := s.Tokens[l.i]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s", t.First, t.Last, t.Form, orBlank(t.Misc))
		case emptyLine:
			bw.WriteString(s.Empty[l.i])
		case wordLine:
			wd := s.Words[l.i]
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s", wd.ID, wd.Form, orBlank(wd.Lemma), orBlank(wd.UPOS),
				orBlank(wd.XPOS), orBlank(wd.Feats), wd.Head, orBlank(wd.DepRel), orBlank(wd.Deps), orBlank(wd.Misc))
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
}

func orBlank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
