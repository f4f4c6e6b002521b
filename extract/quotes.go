package extract

import (
	"strings"
	"unicode"

	frcues "github.com/newskg/newskg/extract/fr"
	"github.com/newskg/newskg/schema"
)

// quote is a quoted passage: its sentence and the byte span of its words.
type quote struct {
	sent       *sentence
	open       int // token index of the opening mark in sent
	closeSent  *sentence
	close      int // token index of the closing mark in closeSent, or -1
	start, end int // byte span of the quoted words
}

var closers = map[string]string{"«": "»", "“": "”", "\"": "\"", "„": "“", "‹": "›"}

// findQuotes finds every quoted passage and attributes it to its speaker:
// "…, a déclaré X", "a-t-il dit", "X a écrit : « … »", and a quoted paragraph
// with no attribution of its own continues the previous speaker.
func (d *docState) findQuotes() {
	var qs []quote
	var open *quote
	want := ""
	for _, s := range d.sents {
		for i, t := range s.toks {
			if open == nil {
				if c, ok := closers[t.text]; ok {
					open = &quote{sent: s, open: i, close: -1, start: t.end}
					want = c
				}
				continue
			}
			if t.text == want || (want == "”" && t.text == "“" && open.sent == s && i > open.open+1) {
				// machine translations close with “ as often as with ”
				open.closeSent, open.close, open.end = s, i, t.start
				qs = append(qs, *open)
				open = nil
			}
		}
		// an unclosed quote runs to the end of its paragraph, or into the next
		// paragraph when that one closes it.
		if open != nil && (s.index+1 >= len(d.sents) || d.sents[s.index+1].para != s.para) {
			if s.index+1 < len(d.sents) && closesFirst(d.sents[s.index+1], want) {
				continue
			}
			last := s.toks[len(s.toks)-1]
			open.closeSent, open.end = s, last.end
			qs = append(qs, *open)
			open = nil
		}
	}
	prevPara := -1
	for _, q := range qs {
		text := cleanQuote(d.doc.Text[q.start:max(q.start, q.end)])
		if !hasLetter(text) {
			continue
		}
		speaker := d.treeSpeaker(q)
		if speaker == "" {
			speaker = d.speakerAfter(q)
		}
		if speaker == "" {
			speaker = d.speakerBefore(q)
		}
		if speaker == "" && q.open == 0 && q.sent.para != prevPara && d.lastSpeaker != "" {
			speaker = d.lastSpeaker // a quoted paragraph continues the last speaker
		}
		prevPara = q.sent.para
		if speaker == "" {
			continue
		}
		d.lastSpeaker = speaker
		d.quoted = append(d.quoted, quotedSpan{start: q.start, end: max(q.start, q.end), speaker: speaker})
		d.state(schema.Statement{Subject: speaker, Predicate: schema.Said, Literal: text, Sentence: q.sent.index,
			EvidenceStart: q.start, EvidenceEnd: max(q.start, q.end)})
	}
}

// closesFirst reports whether a sentence closes a quote before opening one.
func closesFirst(s *sentence, want string) bool {
	for _, t := range s.toks {
		if t.text == want {
			return true
		}
		if _, ok := closers[t.text]; ok {
			return false
		}
	}
	return false
}

func cleanQuote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " ,")
	return s
}

// speakerAfter reads an attribution after the closing mark: ", a déclaré
// l'assistant de Poutine, Yuri Ushakov", "a-t-il affirmé", "a écrit Trump".
func (d *docState) speakerAfter(q quote) string {
	if q.close < 0 {
		return ""
	}
	s := q.closeSent
	i := q.close + 1
	if i < len(s.toks) && (s.toks[i].text == "," || s.toks[i].text == "!" || s.toks[i].text == "?") {
		i++
	}
	// "qualifiés de « productifs » par le Kremlin"
	if i < len(s.toks) && s.folded[i] == "par" {
		if agents := d.agentsAfter(s, i); len(agents) > 0 {
			return agents[0].key
		}
	}
	// verb group: aux, reporting verb, inverted pronoun
	verb := -1
	for k := i; k < len(s.toks) && k <= i+7; k++ {
		if s.toks[k].word && d.isReporting(s.toks[k].text) && s.mentionAt[k] < 0 {
			verb = k
			break
		}
	}
	if verb < 0 {
		return ""
	}
	// "a-t-elle affirmé": the inverted pronoun before the verb
	for k := i; k <= verb+1 && k < len(s.toks); k++ {
		// "« … », a-t-il ajouté", "dit-elle": the last speaker goes on
		if strings.HasPrefix(s.toks[k].text, "-") && frcues.SpeakerPronouns[lastField(s.folded[k])] && d.lastSpeaker != "" {
			return d.lastSpeaker
		}
		if idx := s.mentionAt[k]; k < verb && idx >= 0 && s.mentions[idx].nominal && isActor(s.mentions[idx].typ) {
			return s.mentions[idx].key
		}
	}
	for k := verb + 1; k < len(s.toks) && k <= verb+12; k++ {
		if idx := s.mentionAt[k]; idx >= 0 {
			m := s.mentions[idx]
			k = m.last - 1
			if isActor(m.typ) && !d.inPP(s, m) {
				return m.key
			}
			continue
		}
		if s.toks[k].text == "«" || s.toks[k].text == "“" || s.folded[k] == "que" || s.folded[k] == "qu" {
			break
		}
	}
	return ""
}

// speakerBefore reads the subject of the clause that introduces the quote:
// "Trump a écrit sur sa plateforme : « … »", "Il a dit que Poutine « … »".
func (d *docState) speakerBefore(q quote) string {
	s := q.sent
	// the last reporting verb before the quote
	for k := q.open - 1; k >= 0; k-- {
		if s.toks[k].word && s.mentionAt[k] < 0 && d.isReporting(s.toks[k].text) {
			if subj := d.subjectsBefore(s, k); len(subj) > 0 {
				return subj[0]
			}
		}
	}
	if q.open == 0 {
		return ""
	}
	for _, m := range s.mentions {
		if m.first >= q.open {
			break
		}
		if isActor(m.typ) && !d.inPP(s, m) {
			return m.key
		}
	}
	return ""
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

// quotedSpan is the byte span of an attributed quote.
type quotedSpan struct {
	start, end int
	speaker    string
}

// speakerIn returns who speaks the words at token i: the speaker of the
// quote around them, else the speaker of the sentence.
func (d *docState) speakerIn(s *sentence, i int) string {
	pos := s.toks[i].start
	for _, q := range d.quoted {
		if q.start <= pos && pos < q.end {
			return q.speaker
		}
	}
	return d.speakerOfSentence(s)
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
func (d *docState) treeSpeaker(q quote) string {
	s := q.sent
	if q.closeSent != s {
		return "" // a quotation over several sentences: read by the word rules
	}
	inside := func(k int) bool { return s.toks[k].start >= q.start && s.toks[k].end <= q.end }
	reporting := func(k int) bool {
		return s.mentionAt[k] < 0 && (frcues.ReportingLemmas[s.lemmaOf(k)] || d.isReporting(s.toks[k].text))
	}
	speakerOf := func(v int) string {
		for _, c := range s.dependents(v, "nsubj", "obj", "expl") {
			if strings.HasPrefix(s.toks[c].text, "-") && d.lastSpeaker != "" {
				return d.lastSpeaker // "a-t-il dit": the last speaker goes on
			}
		}
		if subj := d.treeSubjects(s, v); len(subj) > 0 {
			return subj[0].key
		}
		return ""
	}
	for k := range s.toks {
		if !inside(k) {
			continue
		}
		// a reporting verb hung under the quoted clause: "« … », a-t-il dit"
		for _, p := range s.dependents(k, "parataxis") {
			if !inside(p) && reporting(p) {
				if sp := speakerOf(p); sp != "" {
					return sp
				}
			}
		}
		h := s.head(k)
		if h < 0 || inside(h) {
			continue
		}
		// the quoted words hang from a verb outside: climb to the verb of saying
		for depth := 0; h >= 0 && depth < 3; depth++ {
			if reporting(h) {
				return speakerOf(h)
			}
			h = s.head(h)
		}
		return ""
	}
	return ""
}

func lastField(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
