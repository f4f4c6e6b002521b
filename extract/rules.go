package extract

import (
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/newskg/newskg/extract/gazetteer"
	"github.com/newskg/newskg/nlp"
	"github.com/newskg/newskg/schema"
)

// rulesVersion changes whenever the rules change what they extract.
const rulesVersion = "rules-7"

// Rules is the extractor. It parses each paragraph with nlp, finds
// mentions (gazetteer names, unknown proper nouns, titles, demonyms,
// pronouns), and reads relations, their parties, negation, tense, mood and
// reported speech off the dependency tree (tree.go), with verb frames and
// event nouns keyed by lemma from extract/fr. Where the parse gives a verb
// no subject or object, the word sequence stands in (relations.go); it may
// only make a clause more cautious, never less.
type Rules struct {
	gaz      *gazetteer.Gazetteer
	registry *registry
	nlp      *nlp.Pipeline
	version  string

	gazKeysOnce sync.Once
	gazKeyMap   map[string]string
}

var (
	defaultOnce sync.Once
	defaultExt  *Rules
	defaultErr  error
)

// Default returns the extractor newskg uses, built once from the embedded
// gazetteer and lemma dictionary.
func Default() (Extractor, error) {
	defaultOnce.Do(func() { defaultExt, defaultErr = NewRules() })
	if defaultErr != nil {
		return nil, defaultErr
	}
	return defaultExt, nil
}

// Load returns the extractor newskg uses with a user's gazetteer file
// merged over the shipped one (gazetteer.Load); path "" gives Default.
func Load(gazetteerPath string) (Extractor, error) {
	if gazetteerPath == "" {
		return Default()
	}
	g, err := gazetteer.Load(gazetteerPath)
	if err != nil {
		return nil, err
	}
	return NewRulesWith(g)
}

// NewRules builds a rule extractor with its own cross-document registry.
func NewRules() (*Rules, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return NewRulesWith(g)
}

// NewRulesWith builds a rule extractor that reads with the gazetteer g.
// Its version names the shipped gazetteer, not g: what a user's additions
// change is in the signature of each document they bear on
// (schema.Extraction.Gazetteer), so that they re-read those documents only.
func NewRulesWith(g *gazetteer.Gazetteer) (*Rules, error) {
	shipped, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return &Rules{gaz: g, registry: newRegistry(), nlp: nlp.Default().WithLexicon(g),
		version: rulesVersion + "+" + shipped.Fingerprint()}, nil
}

// gazKeys maps entity keys to gazetteer keys.
func (r *Rules) gazKeys() map[string]string {
	r.gazKeysOnce.Do(func() {
		r.gazKeyMap = map[string]string{}
		for _, e := range r.gaz.Entries() {
			r.gazKeyMap[schema.Key(e.Name)] = e.Key
		}
	})
	return r.gazKeyMap
}

// Version identifies the rules and the gazetteer they use.
func (r *Rules) Version() string { return r.version }

// Extract reads one document.
func (r *Rules) Extract(doc schema.Document) (*schema.Extraction, error) {
	return r.Finish(r.Prepare(doc))
}

// Parsed is a document after the stateless stage of extraction: its
// paragraphs that are not page furniture, parsed.
type Parsed struct {
	doc   schema.Document
	paras []parsedParagraph
}

type parsedParagraph struct {
	span  span
	sents []nlp.Sentence
}

// Prepare parses a document: the costly stage, which depends on nothing
// but the document, so callers may run it on many goroutines at once.
func (r *Rules) Prepare(doc schema.Document) *Parsed {
	if doc.Lang == "" {
		doc.Lang = "fr"
	}
	p := &Parsed{doc: doc}
	for _, para := range paragraphs(doc.Text) {
		ptext := doc.Text[para.start:para.end]
		if isFurniture(ptext) {
			continue
		}
		if n := datelineEnd(ptext); n > 0 {
			para.start += n
			ptext = ptext[n:]
		}
		parsed := joinQuotations(ptext, r.nlp.Parse(ptext))
		if len(parsed) == 1 && isCaption(ptext) {
			continue
		}
		p.paras = append(p.paras, parsedParagraph{span: para, sents: parsed})
	}
	return p
}

// Finish reads mentions, relations and quotes off a parsed document. It
// updates the cross-document name registry, so documents given in the same
// order give the same extractions.
func (r *Rules) Finish(p *Parsed) (*schema.Extraction, error) {
	d := &docState{r: r, doc: p.doc, entities: map[string]*schema.Entity{}, surnames: map[string]string{}}
	d.segment(p)
	for i := range d.sents {
		d.findMentions(i)
	}
	d.linkSurnames()
	d.findQuotes()
	for i := range d.sents {
		d.findRelations(i)
	}
	x := d.result()
	var known []string
	for key := range d.entities {
		if gk, ok := r.gazKeys()[key]; ok {
			known = append(known, gk)
		}
	}
	x.Gazetteer = r.gaz.Signature(p.doc.Text, known)
	return x, nil
}

// sentence is a sentence being read.
type sentence struct {
	index    int
	para     int
	toks     []token
	tree     *nlp.Sentence // the parse: token i is word i+1
	folded   []string      // folded token texts
	mentions []mention     // sorted by first token
	phrases  []rolePhrase  // title and nationality phrases, in text order
	// mentionAt maps a token index to the mention covering it, or -1.
	mentionAt []int
}

// mention is a reference to an entity: by name, title, demonym or pronoun.
type mention struct {
	first, last int // token range [first, last)
	key         string
	typ         schema.Type
	nominal     bool // a title, pronoun or demonym, not a name
	leader      bool // names a leader (for "le président" later)
	// group lists the members of a plural mention ("les deux dirigeants").
	group []string
}

// docState is one document being read.
type docState struct {
	r        *Rules
	doc      schema.Document
	paras    []span
	sents    []*sentence
	entities map[string]*schema.Entity
	// surnames maps the folded last word of an unknown person's full name
	// to its key, so "Fogel" after "Marc Fogel" is the same person; to ""
	// when the document names two people of that surname.
	surnames   map[string]string
	mentions   []schema.Mention
	statements []schema.Statement
	stmtSeen   map[string]bool
	// lastPerson and lastLeader drive pronoun and title coreference.
	lastPerson  string
	lastLeader  string
	lastLeaders []string
	lastGroup   []string // the last plural subject: what "ils" refers to
	lastSpeaker string
	topic       string // the first actor of the last sentence that had one
	quoted      []quotedSpan
	leaderOf    map[string]string // person key -> country/org key, from the text
	// worksForText maps a person key to what the text says they work for.
	worksForText map[string][]string
}

func (d *docState) segment(p *Parsed) {
	for _, para := range p.paras {
		d.paras = append(d.paras, para.span)
		for k := range para.sents {
			if len(para.sents[k].Words) == 0 {
				continue
			}
			st := tokensOf(&para.sents[k], para.span.start)
			s := &sentence{index: len(d.sents), para: len(d.paras) - 1, toks: st, tree: &para.sents[k]}
			s.folded = make([]string, len(st))
			for i, t := range st {
				s.folded[i] = schema.Fold(t.text)
			}
			d.sents = append(d.sents, s)
		}
	}
}

// entity records an entity of the document and a surface form of it.
func (d *docState) entity(key, name string, typ schema.Type, wikidata string, aliases []string, surface string) {
	e, ok := d.entities[key]
	if !ok {
		e = &schema.Entity{Key: key, Name: name, Type: typ, Wikidata: wikidata}
		for _, a := range aliases {
			e.Aliases = append(e.Aliases, schema.Alias{Text: a})
		}
		d.entities[key] = e
	}
	if surface != "" && surface != e.Name {
		for _, a := range e.Aliases {
			if a.Text == surface && a.Lang == d.doc.Lang {
				return
			}
		}
		e.Aliases = append(e.Aliases, schema.Alias{Text: surface, Lang: d.doc.Lang})
	}
}

// fromGazetteer records a gazetteer entry as an entity and returns its key.
// The entity carries the words that stand for it (demonyms, its capital's
// names), for search.
func (d *docState) fromGazetteer(e *gazetteer.Entry, surface string) string {
	key := schema.Key(e.Name)
	d.entity(key, e.Name, e.Type, e.Wikidata, e.Aliases, surface)
	if x := d.entities[key]; x.Demonyms == nil && x.CapitalNames == nil {
		x.Demonyms = slices.Clone(e.Attrs["demonyms"])
		x.CapitalNames = d.r.gaz.CapitalNames(e)
	}
	return key
}

func (d *docState) result() *schema.Extraction {
	x := &schema.Extraction{Document: d.doc, Mentions: d.mentions, Statements: d.statements}
	for _, s := range d.sents {
		first, last := s.toks[0], s.toks[len(s.toks)-1]
		x.Sentences = append(x.Sentences, schema.Sentence{Index: s.index, Start: first.start, End: last.end,
			Text: d.doc.Text[first.start:last.end]})
	}
	dateEvents(x)
	used := map[string]bool{}
	for _, m := range d.mentions {
		used[m.Entity] = true
	}
	for _, st := range d.statements {
		used[st.Subject] = true
		if st.Object != "" {
			used[st.Object] = true
		}
		if st.AssertedBy != "" {
			used[st.AssertedBy] = true
		}
	}
	for key, e := range d.entities {
		if used[key] {
			x.Entities = append(x.Entities, *e)
		}
	}
	sort.Slice(x.Entities, func(i, j int) bool { return x.Entities[i].Key < x.Entities[j].Key })
	return x
}

// partyIn returns the byte span of the mention of a party of a statement
// whose rule did not say which mention it read: the one mention of the party
// inside the statement's evidence. With none or several (which one the rule
// read is not known) it returns 0, 0, and a view searches for the names.
func (d *docState) partyIn(st schema.Statement, key string) (start, end int) {
	if st.Sentence < 0 || st.Sentence >= len(d.sents) {
		return 0, 0
	}
	s := d.sents[st.Sentence]
	found := 0
	for _, m := range s.mentions {
		if m.key != key && !slices.Contains(m.group, key) {
			continue
		}
		ms, me := s.toks[m.first].start, s.toks[m.last-1].end
		if ms >= st.EvidenceStart && me <= st.EvidenceEnd {
			start, end = ms, me
			found++
		}
	}
	if found != 1 {
		return 0, 0
	}
	return start, end
}

// state records a statement once.
func (d *docState) state(st schema.Statement) {
	if st.Subject == "" || (st.Object == "" && st.Literal == "") || st.Subject == st.Object {
		return
	}
	if st.Polarity == "" {
		st.Polarity = schema.Positive
	}
	if st.Modality == "" {
		st.Modality = schema.Asserted
	}
	if st.SubjectEnd == 0 {
		st.SubjectStart, st.SubjectEnd = d.partyIn(st, st.Subject)
	}
	if st.ObjectEnd == 0 && st.Object != "" {
		st.ObjectStart, st.ObjectEnd = d.partyIn(st, st.Object)
	}
	if info, ok := st.Predicate.Info(); ok && info.Symmetric && st.Object < st.Subject {
		st.Subject, st.Object = st.Object, st.Subject
		st.SubjectStart, st.ObjectStart = st.ObjectStart, st.SubjectStart
		st.SubjectEnd, st.ObjectEnd = st.ObjectEnd, st.SubjectEnd
	}
	k := fmt.Sprintf("%d|%s|%s|%s|%s|%s|%s", st.Sentence, st.Subject, st.Predicate, st.Object, st.Literal, st.Polarity, st.Modality)
	if d.stmtSeen == nil {
		d.stmtSeen = map[string]bool{}
	}
	if d.stmtSeen[k] {
		return
	}
	d.stmtSeen[k] = true
	d.statements = append(d.statements, st)
}
