package graph

import (
	"context"
	"sort"

	"github.com/newskg/newskg/schema"
)

// Agreement is one fact and who states it: the documents and outlets, the
// first and last report, and how many independent reports they are.
type Agreement struct {
	Subject   EntityRef  `json:"subject"`
	Predicate string     `json:"predicate"`
	Object    *EntityRef `json:"object,omitempty"`
	Quote     string     `json:"quote,omitempty"`
	Polarity  string     `json:"polarity"`
	Modality  string     `json:"modality"`
	// Reports counts the documents that state the fact, copies of one story
	// (near-identical texts: one wire dispatch in several outlets) counted
	// once.
	Reports       int         `json:"reports"`
	Documents     []*Document `json:"documents"`
	Outlets       []EntityRef `json:"outlets"` // every outlet, copies included
	FirstReported string      `json:"firstReported,omitempty"`
	LastReported  string      `json:"lastReported,omitempty"`
}

// Agreement lists the facts about entity (subject, predicate, object,
// polarity and modality, in whichever document), each with the documents
// and outlets that state it, most reported first; o selects documents as
// for Timeline.
func (r *Reader) Agreement(ctx context.Context, entity string, o TimelineOptions) ([]Agreement, error) {
	reps, err := r.Timeline(ctx, entity, o)
	if err != nil {
		return nil, err
	}
	var keys []string
	byFact := map[string]*Agreement{}
	for _, rep := range reps {
		k := claimKey(rep.Statement)
		a, ok := byFact[k]
		if !ok {
			st := rep.Statement
			a = &Agreement{Subject: st.Subject, Predicate: st.Predicate, Object: st.Object, Quote: st.Quote, Polarity: st.Polarity, Modality: st.Modality}
			byFact[k] = a
			keys = append(keys, k)
		}
		d := rep.Document
		if d == nil || containsDocument(a.Documents, d.ID) {
			continue
		}
		a.Documents = append(a.Documents, d)
		if d.Outlet != nil && !containsRef(a.Outlets, d.Outlet.ID) {
			a.Outlets = append(a.Outlets, *d.Outlet)
		}
		if day := reportDay(d); day != "" {
			if a.FirstReported == "" || day < a.FirstReported {
				a.FirstReported = day
			}
			a.LastReported = max(a.LastReported, day)
		}
	}
	out := make([]Agreement, 0, len(keys))
	for _, k := range keys {
		a := byFact[k]
		a.Reports = stories(a.Documents)
		out = append(out, *a)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Reports > out[j].Reports })
	return out, nil
}

// stories counts documents, copies of one story once: documents are
// grouped with every document whose text they nearly share.
func stories(docs []*Document) int {
	group := make([]int, len(docs))
	for i := range group {
		group[i] = i
	}
	var find func(i int) int
	find = func(i int) int {
		for group[i] != i {
			i = group[i]
		}
		return i
	}
	n := len(docs)
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			if find(i) != find(j) && schema.SameText(docs[i].Signature, docs[j].Signature) >= schema.SameStory {
				group[find(j)] = find(i)
				n--
			}
		}
	}
	return n
}

func containsDocument(docs []*Document, id string) bool {
	for _, d := range docs {
		if d.ID == id {
			return true
		}
	}
	return false
}

func containsRef(refs []EntityRef, id string) bool {
	for _, r := range refs {
		if r.ID == id {
			return true
		}
	}
	return false
}
