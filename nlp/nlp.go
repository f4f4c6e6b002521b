// Package nlp is the French language core that the relation extractor
// calls: raw text in, sentences of words out, each word with its lemma, UPOS,
// morphological features, head and dependency relation, and byte offsets
// back into the text, and each sentence with the names it holds (persons,
// organisations, places, nationality words).
//
// It chains the stages (tokenize -> tag -> lemma -> depparse, and ner after
// tag) and loads their trained models, embedded in the binary by package
// models, once and lazily. It does not extract relations or link names to
// entities. Train, which the "newskg train" command calls, trains the models.
package nlp

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/newskg/newskg/nlp/depparse"
	"github.com/newskg/newskg/nlp/lemma"
	"github.com/newskg/newskg/nlp/models"
	"github.com/newskg/newskg/nlp/ner"
	"github.com/newskg/newskg/nlp/tag"
	"github.com/newskg/newskg/nlp/tokenize"
)

// Word is one syntactic word. A multiword token such as "du" gives two words
// ("de", "le") that share the token's byte span.
type Word struct {
	ID     int    // 1-based position in the sentence
	Form   string // as written; for a multiword token, the expanded form ("de", "le")
	Lemma  string
	UPOS   string
	Feats  string // CoNLL-U form, "Mood=Ind|Tense=Fut", or "_"
	Head   int    // ID of the head word, 0 for the root
	DepRel string // Universal Dependencies relation, with subtype ("obl:arg")
	Start  int    // byte offsets of the word (or its token) in the parsed text
	End    int
	// SpaceAfter is false when the word's token is glued to the next one
	// ("l'" in "l'homme"); it is set on the last word of a multiword token.
	SpaceAfter bool
}

// Feat returns the value of one morphological feature ("Tense" -> "Fut"),
// or "" if the word does not have it.
func (w Word) Feat(name string) string {
	for f := range strings.SplitSeq(w.Feats, "|") {
		if v, ok := strings.CutPrefix(f, name); ok && strings.HasPrefix(v, "=") {
			return v[1:]
		}
	}
	return ""
}

// Token is a multiword token: the surface form that words First..Last were
// split from ("du" -> "de le").
type Token struct {
	First, Last int
	Form        string
	Start, End  int
}

// Entity is a name the recognizer found: words First..Last (IDs, inclusive,
// as in Token) name something of type Type.
type Entity struct {
	First, Last int
	Type        ner.Type // ner.Person, ner.Organization, ner.Place or ner.Nationality
	Score       float64  // the recognizer's confidence, for ranking (see ner.Span)
	Start, End  int      // byte offsets of the words in the parsed text
}

// Sentence is one parsed sentence.
type Sentence struct {
	Start, End int    // byte offsets in the parsed text
	Text       string // text[Start:End]
	Words      []Word
	Tokens     []Token      // multiword tokens only
	Entities   []Entity     // the names in the sentence, left to right
	spaceAfter map[int]bool // word ID -> not followed by a space (for CoNLL-U)
	children   [][]int      // word ID -> IDs of its dependents, in order
}

// Root returns the ID of the root word, or 0 for an empty sentence.
func (s *Sentence) Root() int {
	for _, w := range s.Words {
		if w.Head == 0 {
			return w.ID
		}
	}
	return 0
}

// Word returns the word with this ID (1-based); it panics if out of range,
// like a slice index.
func (s *Sentence) Word(id int) *Word { return &s.Words[id-1] }

// Children returns the IDs of the dependents of word id (0 for the root's),
// left to right. The slice is shared: do not modify it.
func (s *Sentence) Children(id int) []int {
	if s.children == nil {
		s.indexChildren() // a Sentence built by hand
	}
	if id < 0 || id >= len(s.children) {
		return nil
	}
	return s.children[id]
}

func (s *Sentence) indexChildren() {
	s.children = make([][]int, len(s.Words)+1)
	for _, w := range s.Words {
		if w.Head >= 0 && w.Head <= len(s.Words) {
			s.children[w.Head] = append(s.children[w.Head], w.ID)
		}
	}
}

// ChildrenWithRel returns the dependents of word id whose relation is rel or
// a subtype of it ("nsubj" matches "nsubj:pass").
func (s *Sentence) ChildrenWithRel(id int, rel string) []int {
	var out []int
	for _, c := range s.Children(id) {
		r := s.Words[c-1].DepRel
		if r == rel || strings.HasPrefix(r, rel+":") {
			out = append(out, c)
		}
	}
	return out
}

// Pipeline runs the language core. It is safe for concurrent use.
type Pipeline struct {
	tokenizer *tokenize.Tokenizer
	tagger    *tag.Tagger
	lemmas    *lemma.Lemmatizer
	parser    *depparse.Parser
	names     *ner.Recognizer
	lexicon   ner.Lexicon // may be nil
}

// WithLexicon returns a pipeline that shares p's models and gives the
// recognizer lex, a list of known names, as a feature (see ner.Lexicon).
func (p *Pipeline) WithLexicon(lex ner.Lexicon) *Pipeline {
	q := *p
	q.lexicon = lex
	return &q
}

// Model file names, in nlp/models and in the directory Train writes to.
const (
	TokenizerFile = "tokenizer.bin"
	TaggerFile    = "tagger.bin"
	LemmaFile     = "lemma.bin"
	ParserFile    = "parser.bin"
	NERFile       = "ner.bin"
)

var (
	defaultOnce     sync.Once
	defaultPipeline *Pipeline
	defaultErr      error
)

// Default returns the pipeline with the models embedded in the binary,
// loading them on first use. The models are part of the build, so a failure
// to load them is a build error and panics with the reason.
func Default() *Pipeline {
	defaultOnce.Do(func() {
		defaultPipeline, defaultErr = Load(models.FS)
	})
	if defaultErr != nil {
		panic(fmt.Sprintf("newskg: embedded language models: %v (run `newskg train` and rebuild)", defaultErr))
	}
	return defaultPipeline
}

// Load reads the five model files from fsys (e.g. os.DirFS("nlp/models")).
func Load(fsys fs.FS) (*Pipeline, error) {
	dict := lemma.Golem()
	p, err := loadTagging(fsys, dict)
	if err != nil {
		return nil, err
	}
	b, err := readModel(fsys, LemmaFile)
	if err == nil {
		p.lemmas, err = lemma.Load(b, dict)
	}
	if err == nil {
		b, err = readModel(fsys, ParserFile)
	}
	if err == nil {
		p.parser, err = depparse.Load(b)
	}
	if err == nil {
		b, err = readModel(fsys, NERFile)
	}
	if err == nil {
		p.names, err = ner.Load(b)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// loadTagging reads the tokenizer and the tagger: a pipeline that can split
// and tag (and that the recognizer is trained on), not parse.
func loadTagging(fsys fs.FS, dict *lemma.Dictionary) (*Pipeline, error) {
	p := &Pipeline{}
	b, err := readModel(fsys, TokenizerFile)
	if err == nil {
		p.tokenizer, err = tokenize.Load(b)
	}
	if err == nil {
		b, err = readModel(fsys, TaggerFile)
	}
	if err == nil {
		p.tagger, err = tag.Load(b, dict)
	}
	return p, err
}

func readModel(fsys fs.FS, name string) ([]byte, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("reading model %s: %w", name, err)
	}
	return b, nil
}

// maxWords bounds the sentences given to the tagger and parser: a "sentence"
// longer than this (a table, a list without punctuation) is cut into pieces,
// which keeps parsing time linear in the text.
const maxWords = 250

// Parse splits text into sentences, annotates every word and finds the
// names. Any string is accepted; invalid UTF-8 bytes become part of tokens.
func (p *Pipeline) Parse(text string) []Sentence {
	out := p.split(text)
	for i := range out {
		s := &out[i]
		p.annotate(s.Words)
		s.Entities = p.entities(s.Words)
		s.indexChildren() // now, so that concurrent readers never build it
	}
	return out
}

// split tokenizes text into sentences of words that carry only their forms
// and offsets.
func (p *Pipeline) split(text string) []Sentence {
	var out []Sentence
	for _, ts := range p.tokenizer.Sentences(text) {
		for len(ts.Tokens) > 0 {
			piece := ts
			cut := len(ts.Tokens)
			if wordCount(ts.Tokens) > maxWords {
				cut = cutAt(ts.Tokens, maxWords)
				piece.Tokens = ts.Tokens[:cut]
				piece.End = ts.Tokens[cut-1].End
			}
			out = append(out, words(text, piece))
			ts.Tokens = ts.Tokens[cut:]
			if len(ts.Tokens) > 0 {
				ts.Start = ts.Tokens[0].Start
			}
		}
	}
	return out
}

func wordCount(toks []tokenize.Token) int {
	n := 0
	for _, t := range toks {
		n += max(len(t.Words), 1)
	}
	return n
}

func cutAt(toks []tokenize.Token, limit int) int {
	n := 0
	for i, t := range toks {
		n += max(len(t.Words), 1)
		if n > limit {
			return max(i, 1)
		}
	}
	return len(toks)
}

// words makes the sentence's words from its tokens, expanding multiword tokens.
func words(text string, ts tokenize.Sentence) Sentence {
	s := Sentence{Start: ts.Start, End: ts.End, Text: text[ts.Start:ts.End]}
	for _, t := range ts.Tokens {
		words := t.Words
		if len(words) == 0 {
			words = []string{t.Form}
		} else {
			s.Tokens = append(s.Tokens, Token{First: len(s.Words) + 1, Last: len(s.Words) + len(words), Form: t.Form, Start: t.Start, End: t.End})
		}
		for _, f := range words {
			s.Words = append(s.Words, Word{ID: len(s.Words) + 1, Form: f, Start: t.Start, End: t.End})
		}
		s.Words[len(s.Words)-1].SpaceAfter = t.SpaceAfter
	}
	return s
}

// tag fills UPOS and Feats of words whose Form is set.
func (p *Pipeline) tag(words []Word) {
	forms := make([]string, len(words))
	for i, w := range words {
		forms[i] = w.Form
	}
	for i, t := range p.tagger.Tag(forms) {
		words[i].UPOS, words[i].Feats = t.UPOS, t.Feats
	}
}

// annotate fills Lemma, UPOS, Feats, Head and DepRel of words whose Form is set.
func (p *Pipeline) annotate(words []Word) {
	p.tag(words)
	in := make([]depparse.Word, len(words))
	for i := range words {
		w := &words[i]
		w.Lemma = p.lemmas.Lemma(w.Form, w.UPOS)
		in[i] = depparse.Word{Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, Feats: w.Feats}
	}
	arcs := p.parser.Parse(in)
	for i, a := range arcs {
		words[i].Head, words[i].DepRel = a.Head, a.DepRel
	}
}

// entities finds the names among tagged words.
func (p *Pipeline) entities(words []Word) []Entity {
	in := make([]ner.Word, len(words))
	for i, w := range words {
		in[i] = ner.Word{Form: w.Form, UPOS: w.UPOS, Feats: w.Feats}
	}
	spans := p.names.Recognize(in, p.lexicon)
	if len(spans) == 0 {
		return nil
	}
	out := make([]Entity, len(spans))
	for i, sp := range spans {
		out[i] = Entity{First: sp.Start + 1, Last: sp.End, Type: sp.Type, Score: sp.Score,
			Start: words[sp.Start].Start, End: words[sp.End-1].End}
	}
	return out
}

// AnnotateWords tags, lemmatises and parses one sentence given as words
// (already tokenized and with multiword tokens expanded), as when
// re-annotating a CoNLL-U file.
func (p *Pipeline) AnnotateWords(forms []string) []Word {
	words := make([]Word, len(forms))
	for i, f := range forms {
		words[i] = Word{ID: i + 1, Form: f}
	}
	if len(words) > 0 {
		p.annotate(words)
	}
	return words
}
