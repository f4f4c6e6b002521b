package graph

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/newskg/newskg/schema"
)

// Timelines: statements in the order their events happened, with the
// documents that report them, as the store knew them at a date and since
// another.

// TimelineOptions select the statements of a timeline by report date.
type TimelineOptions struct {
	// Since keeps the statements whose fact (subject, predicate, object,
	// polarity, modality) was first reported on or after this date: what
	// is new. "" for all.
	Since string
	// AsOf keeps only the documents published on or before this date: what
	// the store knew then. Undated documents are left out. "" for all.
	AsOf string
}

// ParseDay checks a date given as YYYY-MM-DD, for Since and AsOf.
func ParseDay(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%q is not a date; give YYYY-MM-DD", s)
	}
	return nil
}

// Timeline lists the statements about entity (every statement of the store
// if entity is ""), each with its document, ordered by event time, then by
// report date: a statement whose sentence gives no time stands at its
// report date. The first and last report of each fact are what Since
// compares against.
func (r *Reader) Timeline(ctx context.Context, entity string, o TimelineOptions) ([]Reported, error) {
	for _, d := range []string{o.Since, o.AsOf} {
		if d != "" {
			if err := ParseDay(d); err != nil {
				return nil, err
			}
		}
	}
	var sts []*Statement
	var err error
	if entity == "" {
		sts, err = r.AllStatements(ctx, StatementFilter{})
	} else {
		sts, err = r.StatementsAbout(ctx, entity, StatementFilter{})
	}
	if err != nil {
		return nil, err
	}
	docs := map[string]*Document{}
	var out []Reported
	first := map[string]string{} // fact -> its first report date
	for _, st := range sts {
		id := sentenceDocument(st.SentenceID)
		d, ok := docs[id]
		if !ok {
			if d, _, err = r.Document(ctx, id); err != nil {
				return nil, err
			}
			docs[id] = d
		}
		day := reportDay(d)
		if o.AsOf != "" && (day == "" || day > o.AsOf) {
			continue
		}
		if f := claimKey(st); day != "" && (first[f] == "" || day < first[f]) {
			first[f] = day
		}
		out = append(out, Reported{Statement: st, Document: d})
	}
	if o.Since != "" {
		kept := out[:0]
		for _, rep := range out {
			if f := first[claimKey(rep.Statement)]; f != "" && f >= o.Since {
				kept = append(kept, rep)
			}
		}
		out = kept
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ka, kb := eventKey(a), eventKey(b); ka != kb {
			return ka < kb
		}
		return reportDay(a.Document) < reportDay(b.Document)
	})
	all := make([]*Statement, len(out))
	for i := range out {
		all[i] = out[i].Statement
	}
	return out, r.WithSentences(ctx, all)
}

// PublishedBy keeps the statements of refs whose document was published on
// or before day (YYYY-MM-DD): what the store knew then, for lookups
// ?asOf=. Undated documents are left out, as in a timeline. Each
// document's date is read once.
func (r *Reader) PublishedBy(ctx context.Context, refs []StatementRef, day string) ([]StatementRef, error) {
	if err := ParseDay(day); err != nil {
		return nil, err
	}
	days := map[string]string{}
	kept := []StatementRef{}
	for _, ref := range refs {
		ok, err := r.publishedBy(ctx, sentenceDocument(ref.SentenceID), day, days)
		if err != nil {
			return nil, err
		}
		if ok {
			kept = append(kept, ref)
		}
	}
	return kept, nil
}

// publishedBy reports whether document id was published on or before day;
// days caches the report day of each document read.
func (r *Reader) publishedBy(ctx context.Context, id, day string, days map[string]string) (bool, error) {
	d, ok := days[id]
	if !ok {
		props, err := r.props(ctx, schema.DocumentKeyIRI(id), schema.Date)
		if err != nil {
			return false, err
		}
		d = reportDay(&Document{Date: firstString(props[schema.Date])})
		days[id] = d
	}
	return d != "" && d <= day, nil
}

// reportDay is the day a document was published, YYYY-MM-DD, or "".
func reportDay(d *Document) string {
	if d == nil || len(d.Date) < len(time.DateOnly) {
		return ""
	}
	return d.Date[:len(time.DateOnly)]
}

// eventKey orders a statement on a timeline: its event time (a period's
// first day), else its report date.
func eventKey(r Reported) string {
	if r.EventTime != "" {
		return r.EventTime
	}
	return reportDay(r.Document)
}

// claimKey is what two statements of the same claim share, in whichever
// document: the fact, its polarity and its modality.
func claimKey(st *Statement) string {
	return factKey(st) + "\x00" + st.Polarity + "\x00" + st.Modality
}
