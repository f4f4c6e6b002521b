package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	frcues "github.com/newskg/newskg/extract/fr"
	"github.com/newskg/newskg/nlp/lemma"
	"github.com/newskg/newskg/schema"
)

// Quotation marks are read from the characters around them, not from the
// tokens: the tokenizer keeps a straight apostrophe with its word
// ("fermes'"), and the same mark opens or closes by where its spaces are.

// markKind groups the marks that close one another.
type markKind uint8

const (
	guillemet markKind = iota + 1 // « »
	chevron                       // ‹ ›
	curly                         // “ ” „
	straight                      // " and a doubled apostrophe ''
	single                        // ' ‘ ’ used as marks, beside the elision of l'accord
)

// mark is a quotation mark at [start, end) of a text.
type mark struct {
	start, end        int
	kind              markKind
	canOpen, canClose bool
}

// quoteSpan is a quotation found in a paragraph: the byte offsets of its
// opening mark, of the words between its marks and of the end of its
// closing mark. A quotation left open runs to the end of the paragraph,
// with closed false.
type quoteSpan struct {
	open, start, end, close int
	closed                  bool
}

// maxQuoteSentences bounds how many sentences an unclosed quotation runs
// over, and how many a closed one joins into one parse: a mark left open in
// a long page must not swallow the rest of it.
const maxQuoteSentences = 6

// marksIn returns the quotation marks of text[from:to].
func marksIn(text string, from, to int) []mark {
	var ms []mark
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		m := mark{start: i, end: i + size}
		prev, _ := utf8.DecodeLastRuneInString(text[from:i])
		if i == from {
			prev = ' '
		}
		next := nextRune(text, m.end, to)
		// a mark flanks the words on its right (it may open) or on its left
		// (it may close)
		left := !unicode.IsSpace(next) && next != 0
		right := !unicode.IsSpace(prev) && !strings.ContainsRune("([«“‘—–", prev)
		switch r {
		case '«':
			// "… Abou-Dhabi« , a déclaré": a second « where » belongs
			m.kind = guillemet
			m.canClose = closingContext(text, m.end, to)
			m.canOpen = !m.canClose
		case '»':
			m.kind, m.canClose = guillemet, true
		case '‹':
			m.kind, m.canOpen = chevron, true
		case '›':
			m.kind, m.canClose = chevron, true
		case '“':
			// machine translations close with “ as often as with ”
			m.kind, m.canOpen, m.canClose = curly, left, right
		case '”':
			m.kind, m.canClose = curly, true
		case '„':
			m.kind, m.canOpen = curly, true
		case '"':
			m.kind, m.canOpen, m.canClose = straight, left, right
		case '\'', '’', '‘':
			if n := nextRune(text, m.end, to); n == '\'' || n == '’' {
				// '' stands for "
				_, s2 := utf8.DecodeRuneInString(text[m.end:])
				m.end += s2
				next = nextRune(text, m.end, to)
				left = !unicode.IsSpace(next) && next != 0
				m.kind, m.canOpen, m.canClose = straight, left, right
				break
			}
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				break // l'accord, aujourd'hui
			}
			m.kind = single
			m.canOpen = r == '‘' || left && !right && unicode.IsLetter(next)
			m.canClose = r != '‘' && right && (!left || closingContext(text, m.end, to))
		}
		if m.kind == straight && !m.canOpen && !m.canClose {
			m.canOpen, m.canClose = true, true // spaces on both sides: it toggles
		}
		if m.canOpen || m.canClose {
			ms = append(ms, m)
		}
		i = m.end
	}
	return ms
}

// nextRune returns the rune at i, or 0 at to.
func nextRune(text string, i, to int) rune {
	if i >= to {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

// closingContext reports whether what follows a mark at i is punctuation
// or the end of the paragraph, as after a closing mark.
func closingContext(text string, i, to int) bool {
	for i < to && (text[i] == ' ' || text[i] == '\t' || strings.HasPrefix(text[i:], "\u00a0") || strings.HasPrefix(text[i:], "\u202f")) {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return i >= to || strings.ContainsRune(",.;:!?)…", nextRune(text, i, to))
}

// closes reports whether a mark of kind m may close a quotation opened by
// a mark of kind open: mixed marks (" … ”, “ … ") close each other.
func closes(open, m markKind) bool {
	switch open {
	case curly, straight:
		return m == curly || m == straight
	}
	return open == m
}

// pairMarks pairs the quotation marks of the paragraph text[from:to]. It
// also returns the offset of a closing mark that comes before any opening
// one (a quotation carried over from the paragraph before), or -1.
func pairMarks(text string, from, to int) (spans []quoteSpan, leadingClose int) {
	ms := marksIn(text, from, to)
	for {
		spans, leadingClose, stray := pairMarkList(ms, to)
		if stray < 0 {
			return spans, leadingClose
		}
		// an apostrophe that opened nothing: pair the marks without it
		ms = append(ms[:stray], ms[stray+1:]...)
	}
}

// pairMarkList pairs marks, or returns the index of a single quotation
// mark left open, which is an apostrophe rather than a mark.
func pairMarkList(ms []mark, to int) (spans []quoteSpan, leadingClose, stray int) {
	leadingClose = -1
	var cur *quoteSpan
	var curKind markKind
	opener, depth := 0, 0
	var inner *mark
	for k, m := range ms {
		if cur == nil {
			switch {
			case m.canOpen && (m.kind != single || !m.canClose):
				cur, curKind, opener, depth, inner = &quoteSpan{open: m.start, start: m.end}, m.kind, k, 1, nil
			case m.canClose && len(spans) == 0 && leadingClose < 0:
				leadingClose = m.start
			}
			continue
		}
		if !closes(curKind, m.kind) {
			continue // a quotation inside the quotation
		}
		if m.canClose {
			depth--
			if depth == 0 || m.kind != curKind {
				cur.end, cur.close, cur.closed = m.start, m.end, true
				spans = append(spans, *cur)
				cur = nil
				continue
			}
			inner = &ms[k]
		} else if m.kind == curKind {
			depth++ // « opened inside « …
		}
	}
	if cur != nil {
		switch {
		case inner != nil:
			// « opened twice and closed once: the quotation ends at the »
			cur.end, cur.close, cur.closed = inner.start, inner.end, true
		case curKind == single:
			return nil, -1, opener
		default:
			// a quotation left open where the paragraph ends
			cur.end, cur.close = to, to
		}
		spans = append(spans, *cur)
	}
	return spans, leadingClose, -1
}

// closers maps opening quotation marks to their closing ones; the mention
// finder reads a sentence that opens with one as someone else's voice.
var closers = map[string]string{"«": "»", "“": "”", "\"": "\"", "„": "“", "‹": "›"}

// quote is a quoted passage: the sentences where its marks are and the byte
// span of its words.
type quote struct {
	sent       *sentence
	open       int // the first token of sent at or after the opening mark
	closeSent  *sentence
	after      int // the first token of closeSent after the closing mark; -1 if the quote is not closed
	start, end int // byte span of the quoted words
}

// attribution is who speaks a quotation, as a reader finds it.
type attribution struct {
	speaker string
	// own is set when the quotation has an attribution of its own (a verb of
	// saying, "selon"), even one that names no one, as "précise le
	// communiqué commun": such a quotation does not continue the speaker of
	// the quotation before it.
	own bool
}

// findQuotes finds every quoted passage and attributes it to its speaker:
// "…, a déclaré X", "a-t-il dit", "X a écrit : « … »", "selon elle", and a
// quoted sentence with no attribution of its own continues the speaker of
// the quotation just before. A quotation whose speaker cannot be found is
// left out of the graph rather than given to the last speaker.
func (d *docState) findQuotes() {
	qs := d.quotes()
	for _, q := range qs {
		d.quoted = append(d.quoted, quotedSpan{start: q.start, end: q.end, sent: q.closeSent.index})
	}
	for n, q := range qs {
		text := cleanQuote(d.doc.Text[q.start:q.end])
		if !hasLetter(text) {
			continue
		}
		a := d.treeSpeaker(q)
		if a.speaker == "" && !a.own {
			a = d.speakerAfter(qs, n)
		}
		if a.speaker == "" && !a.own {
			a = d.speakerBefore(q)
		}
		if a.speaker == "" && !a.own && d.opensSentence(q) {
			a.speaker = d.speakerBeforeSentence(q.sent) // a quoted sentence continues the speaker before it
		}
		if a.speaker == "" {
			continue
		}
		d.lastSpeaker = a.speaker
		d.quoted[n].speaker = a.speaker
		d.state(schema.Statement{Subject: a.speaker, Predicate: schema.Said, Literal: text, Sentence: q.sent.index,
			EvidenceStart: q.start, EvidenceEnd: q.end})
	}
}

// quotes pairs the quotation marks of every paragraph and places the
// quotations in the sentences.
func (d *docState) quotes() []quote {
	var spans []quoteSpan
	for p, para := range d.paras {
		ps, leading := pairMarks(d.doc.Text, para.start, para.end)
		// a quotation left open at the end of the paragraph before, closed
		// at the start of this one
		if n := len(spans); n > 0 && !spans[n-1].closed && leading >= 0 && p > 0 && spans[n-1].end == d.paras[p-1].end {
			spans[n-1].end, spans[n-1].closed = leading, true
			spans[n-1].close = leading + utf8.RuneLen(nextRune(d.doc.Text, leading, len(d.doc.Text)))
		}
		spans = append(spans, ps...)
	}
	var qs []quote
	for _, sp := range spans {
		s := d.sentenceAt(sp.open)
		if s == nil {
			continue
		}
		q := quote{sent: s, start: sp.start, end: sp.end, after: -1}
		q.open = sort.Search(len(s.toks), func(k int) bool { return s.toks[k].end > sp.open })
		if !sp.closed {
			// an unclosed quotation ends with its paragraph, or with its own
			// sentence when the paragraph runs on
			last := s
			for k := s.index + 1; k < len(d.sents) && k < s.index+maxQuoteSentences && d.sents[k].para == s.para; k++ {
				last = d.sents[k]
			}
			if end := last.toks[len(last.toks)-1].end; end < q.end {
				q.end = s.toks[len(s.toks)-1].end
			}
			q.closeSent = d.sentenceAt(max(q.start, q.end-1))
		} else {
			q.closeSent = d.sentenceAt(q.end)
			if q.closeSent == nil {
				q.closeSent = d.sentenceAt(max(q.start, q.end-1))
			}
			if q.closeSent != nil {
				cs := q.closeSent
				q.after = sort.Search(len(cs.toks), func(k int) bool { return cs.toks[k].start >= sp.close })
			}
		}
		if q.closeSent == nil || q.end < q.start {
			continue
		}
		qs = append(qs, q)
	}
	return qs
}

// sentenceAt returns the sentence whose words span byte offset pos, or the
// first one after it.
func (d *docState) sentenceAt(pos int) *sentence {
	k := sort.Search(len(d.sents), func(k int) bool {
		s := d.sents[k]
		return s.toks[len(s.toks)-1].end > pos
	})
	if k == len(d.sents) {
		return nil
	}
	return d.sents[k]
}

// opensSentence reports whether a quotation starts its sentence, after a
// dash or other punctuation at most.
func (d *docState) opensSentence(q quote) bool {
	for k := 0; k < q.open; k++ {
		if q.sent.toks[k].word {
			return false
		}
	}
	return true
}

func cleanQuote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " ,")
	return s
}

// reporting reports whether token k is a verb that attributes a quotation.
func (d *docState) reporting(s *sentence, k int) bool {
	if !s.toks[k].word || s.mentionAt[k] >= 0 {
		return false
	}
	form := strings.ToLower(s.toks[k].text)
	lemmas := append([]string{s.lemmaOf(k)}, lemma.Golem().Lemmas(form)...)
	for _, l := range append(lemmas, participleLemmas(form)...) {
		if frcues.ReportingLemmas[l] || frcues.QuoteVerbs[l] {
			return true
		}
	}
	return false
}

// speakerAfter reads an attribution after the closing mark: ", a déclaré
// l'assistant de Poutine, Yuri Ushakov", "a-t-il affirmé", "a écrit Trump",
// "a déclaré jeudi devant la presse la porte-parole, Claire Martin",
// "précise le communiqué du Kremlin".
func (d *docState) speakerAfter(qs []quote, n int) attribution {
	q := qs[n]
	if q.after < 0 {
		return attribution{}
	}
	s := q.closeSent
	i := q.after
	for i < len(s.toks) && (s.toks[i].text != "" && strings.Contains(",!?…-—–", s.toks[i].text) || frcues.ListWords[s.folded[i]]) {
		i++
	}
	// "« A », « B » et « C », a résumé X": a series shares its attribution
	if n+1 < len(qs) && qs[n+1].sent == s && qs[n+1].open == i {
		return d.speakerAfter(qs, n+1)
	}
	// "qualifiés de « productifs » par le Kremlin"
	if i < len(s.toks) && s.folded[i] == "par" {
		if agents := d.agentsAfter(s, i); len(agents) > 0 {
			return attribution{agents[0].key, true}
		}
	}
	// verb group: aux, verb of saying, inverted pronoun
	verb := -1
	for k := i; k < len(s.toks) && k <= i+7; k++ {
		if endsClause(s, k) {
			break
		}
		if d.reporting(s, k) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return d.invertedSubject(s, i)
	}
	// "a-t-elle affirmé", "dit-il": the inverted pronoun
	for k := i; k <= verb+1 && k < len(s.toks); k++ {
		if strings.HasPrefix(s.toks[k].text, "-") && frcues.SpeakerPronouns[lastField(s.folded[k])] {
			return attribution{d.antecedent(s, i), true}
		}
		if idx := s.mentionAt[k]; k < verb && idx >= 0 && s.mentions[idx].nominal && isActor(s.mentions[idx].typ) {
			return attribution{s.mentions[idx].key, true}
		}
	}
	// the speaker after the verb, past adverbs and complements
	described := ""
	for k := verb + 1; k < len(s.toks) && k <= verb+15; k++ {
		if endsClause(s, k) {
			break
		}
		if idx := s.mentionAt[k]; idx >= 0 {
			m := s.mentions[idx]
			k = m.last - 1
			if isActor(m.typ) && !d.inPP(s, m) {
				// "a déclaré le président du conseil, Paul Bulcke": the name
				// in apposition, not whom the title alone would name
				if named := d.appositionAfter(s, m); m.nominal && named != "" {
					return attribution{named, true}
				}
				return attribution{d.speakerKey(s, m), true}
			}
			continue
		}
		// "a précisé Kowalski": a lone name where the speaker goes
		if k == verb+1 && d.loneName(s, k) {
			return attribution{d.recordPersonAt(s, k), true}
		}
		if !frcues.Articles[s.folded[k]] || k+1 >= len(s.toks) {
			continue
		}
		// "précise le communiqué (du Kremlin)": a text speaks for its issuer
		if frcues.DocumentNouns[s.folded[k+1]] {
			return attribution{d.issuer(s, k+2), true}
		}
		// "a affirmé le président du parti", "a déclaré un haut responsable
		// américain": a description, unless a name follows ("le conseiller
		// du président, Iouri Ouchakov")
		for c := k + 1; c <= k+2 && c < len(s.toks) && described == ""; c++ {
			described = d.describedSpeaker(q, s, c)
		}
	}
	if described != "" {
		return attribution{described, true}
	}
	return attribution{} // "…», précisant que …": a clause of its own
}

// invertedSubject reads "« … », a prédit Donald Trump" with a verb that
// is not on the lists: after a quotation and its comma, a verb followed by
// its subject attributes the quotation whatever the verb.
func (d *docState) invertedSubject(s *sentence, i int) attribution {
	if i == 0 || s.toks[i-1].text != "," {
		return attribution{}
	}
	k := i
	for k < len(s.toks) && s.word(k).UPOS == "AUX" {
		k++
	}
	if k >= len(s.toks) || s.word(k).UPOS != "VERB" || k+1 >= len(s.toks) {
		return attribution{}
	}
	if idx := s.mentionAt[k+1]; idx >= 0 && s.mentions[idx].first == k+1 && isActor(s.mentions[idx].typ) {
		return attribution{s.mentions[idx].key, true}
	}
	return attribution{}
}

// loneName reports whether token k is a capitalized word that the
// dictionary does not know, alone before punctuation: where the speaker of
// a quotation goes, a name the mention finder had no reason to take.
func (d *docState) loneName(s *sentence, k int) bool {
	t := s.toks[k]
	lw := strings.ToLower(t.text)
	return t.word && t.capitalized() && s.mentionAt[k] < 0 && !frcues.FunctionWords[lw] && lemma.Golem().Lemmas(lw) == nil &&
		(k+1 == len(s.toks) || !s.toks[k+1].word && s.toks[k+1].text != "-")
}

// recordPersonAt records the word at token k as a person and returns its key.
func (d *docState) recordPersonAt(s *sentence, k int) string {
	name := s.toks[k].text
	key := schema.Key(name)
	if known, full, ok := d.r.registry.person(schema.Fold(name)); ok {
		key, name = known, full
	}
	d.entity(key, name, schema.Person, "", nil, s.toks[k].text)
	d.record(s, mention{first: k, last: k + 1, key: key, typ: schema.Person})
	return key
}

// endsClause reports whether token k ends the words that may attribute a
// quotation: a full stop, a colon, another quotation, "que".
func endsClause(s *sentence, k int) bool {
	t := s.toks[k].text
	return t == "." || t == ";" || t == ":" || t == "«" || t == "“" || t == "\"" || s.folded[k] == "que" || s.folded[k] == "qu"
}

// issuer returns the actor a document noun at token k-1 is of ("le
// communiqué du Kremlin", "le communiqué commun des deux ministères"), or
// "" when the text names none.
func (d *docState) issuer(s *sentence, k int) string {
	for end := k + 6; k < len(s.toks) && k <= end; k++ {
		if s.toks[k].text == "," || endsClause(s, k) {
			return ""
		}
		if idx := s.mentionAt[k]; idx >= 0 {
			if m := s.mentions[idx]; isActor(m.typ) {
				return m.key
			}
			return ""
		}
	}
	return ""
}

// describedSpeaker returns who speaks when a noun phrase headed by token
// c, with no name in it, attributes quotation q: the person a title
// describes ("le président du parti"), or what an unnamed official speaks
// for ("un responsable américain", "un représentant de la Maison Blanche").
func (d *docState) describedSpeaker(q quote, s *sentence, c int) string {
	if s.mentionAt[c] >= 0 {
		return ""
	}
	if _, ok := frcues.Titles[s.folded[c]]; ok {
		return d.describedPerson(q, s, c)
	}
	if !frcues.OfficialNouns[s.folded[c]] {
		return ""
	}
	for j := c + 1; j < len(s.toks) && j <= c+5; j++ {
		if idx := s.mentionAt[j]; idx >= 0 {
			// "de la Maison Blanche"
			if m := s.mentions[idx]; isActor(m.typ) && (frcues.Prepositions[s.folded[j-1]] || frcues.Articles[s.folded[j-1]] && frcues.Prepositions[s.folded[j-2]]) {
				return m.key
			}
			return ""
		}
		if e := d.r.gaz.Demonym(s.toks[j].text); e != nil && !s.toks[j].capitalized() {
			return d.fromGazetteer(e, "")
		}
		if !s.toks[j].word || endsClause(s, j) {
			return ""
		}
	}
	return ""
}

// describedPerson returns whom a title at token k of s describes when no
// name goes with it and it attributes quotation q ("…, a affirmé le
// président du parti"): of the people named before, outside quotations, in
// the sentences of the quotation and the five before, the one the text or
// the gazetteer gives as leader of what the title is of, else the one named
// last who leads nothing (a leader would have been named by the title).
func (d *docState) describedPerson(q quote, s *sentence, k int) string {
	target := ""
	for j := k + 1; j < len(s.toks) && j <= k+4 && target == ""; j++ {
		if idx := s.mentionAt[j]; idx >= 0 && isActor(s.mentions[idx].typ) {
			target = s.mentions[idx].key
		}
	}
	last := ""
	for si := s.index; si >= 0 && si >= q.sent.index-5; si-- {
		cur := d.sents[si]
		for idx := len(cur.mentions) - 1; idx >= 0; idx-- {
			m := cur.mentions[idx]
			if si == s.index && m.first >= k || m.nominal || m.typ != schema.Person || d.inQuote(cur, m.first) {
				continue
			}
			if target != "" && d.leads(m.key, target) {
				return m.key
			}
			if last == "" && !d.isLeader(m.key) {
				last = m.key
			}
		}
	}
	return last
}

// leads reports whether the text or the gazetteer gives person as leader
// of target.
func (d *docState) leads(person, target string) bool {
	if d.leaderOf[person] == target {
		return true
	}
	e, gk := d.gazEntry(person), d.r.gazKeys()[target]
	return e != nil && gk != "" && slices.Contains(e.Attrs["leaderOf"], gk)
}

// speakerKey returns the entity a mention of a speaker refers to: for a
// personal pronoun ("selon elle", "il a ajouté : « … »"), its antecedent.
func (d *docState) speakerKey(s *sentence, m mention) string {
	if d.isPronoun(s, m) {
		if k := d.antecedent(s, m.first); k != "" {
			return k
		}
	}
	return m.key
}

// isPronoun reports whether a mention is a personal pronoun, which the
// mention finder resolves to the topic before quotations are read.
func (d *docState) isPronoun(s *sentence, m mention) bool {
	return m.last == m.first+1 && frcues.SpeakerPronouns[lastField(s.folded[m.first])]
}

// antecedent returns whom a pronoun at token i refers to as a speaker: going
// back sentence by sentence, the speaker of the last attributed quotation
// or the subject of the sentence, whichever comes first ("« … », a souligné
// Ana Costa. Selon elle, …"; "X a présenté le budget. « … », a-t-il dit").
func (d *docState) antecedent(s *sentence, i int) string {
	for si := s.index; si >= 0 && si >= s.index-4; si-- {
		cur := d.sents[si]
		if sp := d.speakerOfQuoteIn(si); sp != "" {
			return sp
		}
		for _, m := range cur.mentions {
			if si == s.index && m.first >= i {
				break
			}
			if isActor(m.typ) && !d.isPronoun(cur, m) && !d.inPP(cur, m) && !d.inQuote(cur, m.first) {
				return m.key
			}
		}
	}
	if d.lastSpeaker != "" {
		return d.lastSpeaker
	}
	return d.topic
}

// inQuote reports whether token k of s is inside a quotation.
func (d *docState) inQuote(s *sentence, k int) bool {
	return d.quotedAt(s.toks[k].start) != nil
}

// speakerBefore reads who introduces the quote: the subject of the verb of
// saying before it ("Trump a écrit sur sa plateforme : « … »", "Il a dit
// que Poutine « … »"), a source ("selon elle, « … »"), or the first actor of
// the sentence.
func (d *docState) speakerBefore(q quote) attribution {
	s := q.sent
	for k := q.open - 1; k >= 0; k-- {
		// a participle that describes a noun says nothing: "Y, poursuivi
		// pour « apologie du terrorisme »" quotes a charge
		if d.reporting(s, k) && s.rel(k) != "acl" {
			if subj := d.subjectsBefore(s, k); len(subj) > 0 {
				if idx := d.subjectMention(s, k); idx >= 0 {
					return attribution{d.speakerKey(s, s.mentions[idx]), true}
				}
				return attribution{subj[0], true}
			}
		}
	}
	for idx, m := range s.mentions {
		if m.first >= q.open {
			break
		}
		src := s.folded[max(0, m.first-1)]
		if m.first >= 2 && frcues.Articles[src] {
			src = s.folded[m.first-2]
		}
		if m.first >= 2 && src == "apres" {
			src = s.folded[m.first-2] + " " + src
		}
		if m.first > 0 && frcues.QuoteSources[src] && isActor(m.typ) {
			return attribution{d.speakerKey(s, s.mentions[idx]), true}
		}
	}
	if q.open == 0 {
		return attribution{}
	}
	// "X a jugé l'accord « prématuré »": the subject of the sentence, which
	// the parse makes a subject or which stands before the first verb ("…
	// intervient après la libération accordée à Y, poursuivie pour
	// « apologie du terrorisme »" quotes a charge, not Y)
	for idx, m := range s.mentions {
		if m.first >= q.open {
			break
		}
		if isActor(m.typ) && !d.inPP(s, m) && (d.isSubject(s, idx) || !d.finiteVerbBetween(s, -1, m.first)) {
			return attribution{d.speakerKey(s, m), false}
		}
	}
	return attribution{}
}

// isSubject reports whether the parse makes mention idx the subject of a
// verb: an nsubj that stands for it.
func (d *docState) isSubject(s *sentence, idx int) bool {
	for k := range s.toks {
		if s.rel(k) == "nsubj" && d.mentionFor(s, k) == idx {
			return true
		}
	}
	return false
}

// subjectMention returns the mention nearest before a verb at k that is not
// the object of a preposition, or -1 at a clause boundary.
func (d *docState) subjectMention(s *sentence, k int) int {
	for j := k - 1; j >= 0; j-- {
		if isClauseBoundary(s, j) {
			return -1
		}
		if idx := s.mentionAt[j]; idx >= 0 {
			m := s.mentions[idx]
			if isActor(m.typ) && !d.inPP(s, m) {
				return idx
			}
			j = m.first
		}
	}
	return -1
}

// speakerOfSentence returns who speaks in a sentence: the speaker of a quote
// that contains or introduces it, or the subject of its reporting verb.
func (d *docState) speakerOfSentence(s *sentence) string {
	for k := range s.toks {
		if s.toks[k].word && s.mentionAt[k] < 0 && d.isReporting(s.toks[k].text) {
			if subj := d.subjectsBefore(s, k); len(subj) > 0 {
				return subj[0]
			}
			// "…, a-t-il dit", "a écrit Zelensky"
			for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
				if idx := s.mentionAt[j]; idx >= 0 && isActor(s.mentions[idx].typ) {
					return s.mentions[idx].key
				}
			}
		}
	}
	return d.lastSpeaker
}

// quotedSpan is the byte span of a quotation, and its speaker once found.
type quotedSpan struct {
	start, end int
	speaker    string
	sent       int // the sentence where it closes
}

// speakerIn returns who speaks the words at token i: the speaker of the
// quote around them, else the speaker of the sentence.
func (d *docState) speakerIn(s *sentence, i int) string {
	if q := d.quotedAt(s.toks[i].start); q != nil && q.speaker != "" {
		return q.speaker
	}
	return d.speakerOfSentence(s)
}

// quotedAt returns the quotation around byte offset pos, or nil.
func (d *docState) quotedAt(pos int) *quotedSpan {
	k := sort.Search(len(d.quoted), func(k int) bool { return d.quoted[k].end > pos })
	if k < len(d.quoted) && d.quoted[k].start <= pos {
		return &d.quoted[k]
	}
	return nil
}

// speakerOfQuoteIn returns the speaker of the last attributed quotation
// that closes in sentence si, or "".
func (d *docState) speakerOfQuoteIn(si int) string {
	k := sort.Search(len(d.quoted), func(k int) bool { return d.quoted[k].sent > si })
	for k--; k >= 0 && d.quoted[k].sent == si; k-- {
		if d.quoted[k].speaker != "" {
			return d.quoted[k].speaker
		}
	}
	return ""
}

// speakerBeforeSentence returns who spoke last before sentence s, in its
// paragraph or the one before: the speaker of a quotation, or the subject
// of a verb of saying ("X a déclaré que …"), or "".
func (d *docState) speakerBeforeSentence(s *sentence) string {
	for si := s.index - 1; si >= 0 && si >= s.index-maxQuoteSentences && d.sents[si].para >= s.para-1; si-- {
		cur := d.sents[si]
		if sp := d.speakerOfQuoteIn(si); sp != "" {
			return sp
		}
		for k := range cur.toks {
			if d.reporting(cur, k) && !d.inQuote(cur, k) {
				if idx := d.subjectMention(cur, k); idx >= 0 {
					return d.speakerKey(cur, cur.mentions[idx])
				}
			}
		}
	}
	return ""
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// treeSpeaker reads the speaker of a quote from the tree of its sentence:
// the subject of the verb of saying that the quoted words hang from
// ("Trump a écrit : « … »", "« … », a déclaré l'assistant de Poutine, Yuri
// Ushakov", "un porte-parole du Kremlin a indiqué que Poutine a « … »").
// A subject inside the quotation is a misparse, not the speaker.
func (d *docState) treeSpeaker(q quote) attribution {
	s := q.sent
	if q.closeSent != s {
		return attribution{} // a quotation over several sentences: read by the word rules
	}
	inside := func(k int) bool { return s.toks[k].start >= q.start && s.toks[k].start < q.end }
	speakerOf := func(v int) string {
		for _, c := range s.dependents(v, "nsubj", "obj", "expl") {
			if strings.HasPrefix(s.toks[c].text, "-") {
				return d.antecedent(s, c) // "a-t-il dit"
			}
		}
		for _, m := range d.treeSubjects(s, v) {
			if !inside(m.first) {
				return d.speakerKey(s, m)
			}
		}
		// "le président béninois a déclaré que …"
		for _, c := range s.dependents(v, "nsubj") {
			if !inside(c) {
				return d.describedSpeaker(q, s, c)
			}
		}
		return ""
	}
	for k := range s.toks {
		if !inside(k) {
			continue
		}
		// a verb of saying hung under the quoted clause: "« … », a-t-il dit"
		for _, p := range s.dependents(k, "parataxis") {
			if !inside(p) && d.reporting(s, p) {
				if sp := speakerOf(p); sp != "" {
					return attribution{sp, true}
				}
			}
		}
		h := s.head(k)
		if h < 0 || inside(h) {
			continue
		}
		// the quoted words hang from a verb outside: climb to the verb of saying
		for depth := 0; h >= 0 && depth < 3; depth++ {
			if d.reporting(s, h) {
				return attribution{speaker: speakerOf(h)}
			}
			h = s.head(h)
		}
		return attribution{}
	}
	return attribution{}
}

func lastField(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// appositionAfter returns the person named in apposition to a title
// mention, past the title's complement: "le président du conseil, Paul
// Bulcke" (Paul Bulcke), or "".
func (d *docState) appositionAfter(s *sentence, m mention) string {
	for j := m.last; j < len(s.toks) && j <= m.last+5; j++ {
		if s.toks[j].text == "," {
			return d.personAt(s, j+1)
		}
		if !s.toks[j].word || s.mentionAt[j] >= 0 {
			return ""
		}
	}
	return ""
}
