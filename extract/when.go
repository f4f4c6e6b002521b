package extract

import (
	"strings"
	"time"

	"github.com/newskg/newskg/nlp/timex"
	"github.com/newskg/newskg/schema"
)

// dateEvents gives each statement of x the time its sentence gives the event:
// the time expression of the sentence nearest the words that state it,
// resolved against the document's publication date (forward for a planned
// statement: "ils se rencontreront jeudi" is the Thursday after). A statement
// whose sentence has none carries none; the document's date stays its report
// date and is never copied onto a statement.
//
// A document without a date keeps only the expressions that do not need one
// ("le 11 mars 2025", not "jeudi"). The dateline at the head of a text
// ("PARIS, 14 mars 2025 (AFP) -") dates the report, not an event, and is
// passed over.
func dateEvents(x *schema.Extraction) {
	pub, err := timex.ParseDate(x.Document.Date)
	dated := err == nil
	dateline := -1
	if _, words, ok := timex.Dateline(x.Document.Text); ok {
		dateline = strings.Index(x.Document.Text, words)
	}
	sents := map[int]schema.Sentence{}
	for _, s := range x.Sentences {
		sents[s.Index] = s
	}
	for i := range x.Statements {
		st := &x.Statements[i]
		s, ok := sents[st.Sentence]
		if !ok {
			continue
		}
		tense := timex.Unknown
		if st.Modality == schema.Planned || st.Predicate == schema.PlansToMeet {
			tense = timex.Future
		}
		var found []timex.Expression
		if dated {
			found = timex.Find(s.Text, pub, tense)
		} else {
			found = absolute(s.Text, tense)
		}
		from, to := anchor(x.Mentions, st)
		best, bestDist := -1, 0
		for k, e := range found {
			if s.Start+e.Start == dateline {
				continue
			}
			d := distance(s.Start+e.Start, s.Start+e.End, from, to)
			if ofNoun(s.Text[:e.Start]) {
				d += len(s.Text) // "l'attaque du 2 mars": the attack's date, the event's only if none other
			}
			if best < 0 || d < bestDist {
				best, bestDist = k, d
			}
		}
		if best >= 0 {
			e := found[best]
			st.EventTime, st.EventPrecision, st.EventText = e.Value(), e.Precision.String(), e.Text
		}
	}
}

// anchor is the span of the statement in its sentence that a time
// expression is measured from: from its subject's mention to its object's,
// which the verb stands between or beside, else its evidence (which may be
// the whole sentence).
func anchor(mentions []schema.Mention, st *schema.Statement) (from, to int) {
	from, to = -1, -1
	for _, m := range mentions {
		if m.Sentence != st.Sentence || (m.Entity != st.Subject && m.Entity != st.Object) {
			continue
		}
		if from < 0 || m.Start < from {
			from = m.Start
		}
		to = max(to, m.End)
	}
	if from < 0 {
		return st.EvidenceStart, st.EvidenceEnd
	}
	return from, to
}

// ofNoun reports whether the words before a time expression make it the
// complement of a noun: "l'attaque du 2 mars", "le sommet de jeudi".
func ofNoun(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, w := range []string{" du", " de", " d'", " d’", " des"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// absolute returns the expressions of text that mean the same period
// whenever the text was published: resolved against two publication dates
// far apart, they agree.
func absolute(text string, tense timex.Tense) []timex.Expression {
	a := timex.Find(text, time.Date(2001, 2, 3, 12, 0, 0, 0, time.UTC), tense)
	b := timex.Find(text, time.Date(2011, 9, 17, 12, 0, 0, 0, time.UTC), tense)
	var out []timex.Expression
	for _, e := range a {
		for _, f := range b {
			if e.Start == f.Start && e.End == f.End && e.Value() == f.Value() {
				out = append(out, e)
			}
		}
	}
	return out
}

// distance is the number of bytes between two spans, 0 when they overlap.
// A statement without evidence is as far from every expression.
func distance(start, end, evStart, evEnd int) int {
	if evEnd <= evStart {
		return 0
	}
	switch {
	case end <= evStart:
		return evStart - end
	case start >= evEnd:
		return start - evEnd
	}
	return 0
}
