package graph

import (
	"context"
	"sort"

	"github.com/newskg/newskg/schema"
)

// Contradictions are pairs of statements, from different documents, that
// cannot both hold. They are computed from the statement nodes each time
// they are asked for, and only listed: newskg never decides which source is
// right.

// Contradiction is two statements that cannot both hold, each with its
// source.
type Contradiction struct {
	// Kind says why they clash: "polarity" (one says it, the other says
	// not), "acceptedRejected", or "leader" (two leaders of one place).
	Kind string `json:"kind"`
	// Statements are the two, each with its document (title, date,
	// outlet) and its sentence.
	Statements [2]Reported `json:"statements"`
}

// Reported is a statement with the document that states it. The earlier
// reported of a contradiction's two comes first.
type Reported struct {
	*Statement
	Document *Document `json:"document,omitempty"`
}

// Contradictions lists the contradictions among the statements about
// entity: the same subject, predicate and object with opposite polarity
// ("ils se sont rencontrés mardi" against "ils ne se sont pas rencontrés"),
// accepted against rejected, and two leaders of one place (listed for the
// place). Both statements are in the same modality (a plan does not
// contradict a fact) and neither is hypothetical; statements of one
// document are not paired (an article that reports a denial is not its own
// contradiction). Only the statements whose predicate the entity has from
// two documents or more are read.
func (r *Reader) Contradictions(ctx context.Context, entity string) ([]Contradiction, error) {
	refs, err := r.StatementRefs(ctx, entity)
	if err != nil {
		return nil, err
	}
	docs := map[string]map[string]bool{} // clash group -> documents
	for _, ref := range refs {
		g := clashGroup(ref.Predicate)
		if docs[g] == nil {
			docs[g] = map[string]bool{}
		}
		docs[g][sentenceDocument(ref.SentenceID)] = true
	}
	var candidates []StatementRef
	for _, ref := range refs {
		if ref.Predicate != string(schema.Said) && len(docs[clashGroup(ref.Predicate)]) > 1 {
			candidates = append(candidates, ref)
		}
	}
	sts, err := r.Statements(ctx, candidates)
	if err != nil {
		return nil, err
	}
	// Only statements of one bucket can clash: one pair of entities and
	// clash group, or one place led.
	var keys []string
	buckets := map[string][]*Statement{}
	for _, st := range sts {
		if st.Object == nil {
			continue
		}
		k := clashGroup(st.Predicate) + "|" + st.Subject.ID + "|" + st.Object.ID
		switch {
		case st.Predicate == string(schema.LeaderOf):
			k = "leader|" + st.Object.ID
		case st.Symmetric && st.Object.ID < st.Subject.ID:
			k = clashGroup(st.Predicate) + "|" + st.Object.ID + "|" + st.Subject.ID
		}
		if _, ok := buckets[k]; !ok {
			keys = append(keys, k)
		}
		buckets[k] = append(buckets[k], st)
	}
	var out []Contradiction
	for _, k := range keys {
		b := buckets[k]
		for i, x := range b {
			for _, y := range b[i+1:] {
				if kind := clash(x, y); kind != "" && sentenceDocument(x.SentenceID) != sentenceDocument(y.SentenceID) {
					out = append(out, Contradiction{Kind: kind, Statements: [2]Reported{{Statement: x}, {Statement: y}}})
				}
			}
		}
	}
	var all []*Statement
	byID := map[string]*Document{}
	for k := range out {
		for j := range out[k].Statements {
			rep := &out[k].Statements[j]
			all = append(all, rep.Statement)
			id := sentenceDocument(rep.SentenceID)
			if _, ok := byID[id]; !ok {
				d, _, err := r.Document(ctx, id)
				if err != nil {
					return nil, err
				}
				byID[id] = d
			}
			rep.Document = byID[id]
		}
		if pair := &out[k].Statements; reportDate(pair[1]) < reportDate(pair[0]) {
			pair[0], pair[1] = pair[1], pair[0]
		}
	}
	if err := r.WithSentences(ctx, all); err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out, nil
}

// reportDate is the date of the document of a statement, "" if unknown; the
// first reported of a pair comes first.
func reportDate(r Reported) string {
	if r.Document == nil {
		return ""
	}
	return r.Document.Date
}

// clashGroup is the predicates whose statements may clash with each other.
func clashGroup(p string) string {
	if p == string(schema.Rejected) {
		return string(schema.Accepted)
	}
	return p
}

// clash says how two statements contradict each other, or "".
func clash(a, b *Statement) string {
	if a.Object == nil || b.Object == nil || a.Modality != b.Modality || a.Modality == string(schema.Hypothetical) {
		return ""
	}
	same := a.Subject.ID == b.Subject.ID && a.Object.ID == b.Object.ID
	if a.Symmetric && b.Symmetric {
		same = same || (a.Subject.ID == b.Object.ID && a.Object.ID == b.Subject.ID)
	}
	switch {
	case same && a.Predicate == b.Predicate && a.Polarity != b.Polarity:
		return "polarity"
	case same && a.Polarity == b.Polarity && a.Polarity == string(schema.Positive) &&
		(a.Predicate == string(schema.Accepted) && b.Predicate == string(schema.Rejected) ||
			a.Predicate == string(schema.Rejected) && b.Predicate == string(schema.Accepted)):
		return "acceptedRejected"
	case a.Predicate == string(schema.LeaderOf) && b.Predicate == string(schema.LeaderOf) &&
		a.Object.ID == b.Object.ID && a.Subject.ID != b.Subject.ID &&
		a.Polarity == string(schema.Positive) && b.Polarity == string(schema.Positive):
		return "leader"
	}
	return ""
}
