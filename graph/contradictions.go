package graph

import (
	"context"
	"sort"
	"strings"

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
//
// The pairs grow as the product of the statements that clash (a thousand
// reports of a meeting against a thousand denials are a million pairs), so
// they are counted without being listed, and only limit of them are
// listed, from offset, each with its sources: total is the count of all.
// They come by kind, then in the order of the statements.
func (r *Reader) Contradictions(ctx context.Context, entity string, offset, limit int) (list []Contradiction, total int, err error) {
	refs, err := r.StatementRefs(ctx, entity)
	if err != nil {
		return nil, 0, err
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
		return nil, 0, err
	}
	sets := clashSets(sts)
	for _, set := range sets {
		total += set.count()
	}
	skip := offset
	for _, set := range sets {
		if len(list) >= limit {
			break
		}
		if n := set.count(); skip >= n {
			skip -= n
			continue
		}
		set.pairs(func(x, y *Statement) bool {
			if skip > 0 {
				skip--
				return true
			}
			list = append(list, Contradiction{Kind: set.kind, Statements: [2]Reported{{Statement: x}, {Statement: y}}})
			return len(list) < limit
		})
	}
	return list, total, r.withSources(ctx, list)
}

// withSources gives each statement of the contradictions its document and
// its sentence, the earlier reported of each pair first.
func (r *Reader) withSources(ctx context.Context, list []Contradiction) error {
	var all []*Statement
	byID := map[string]*Document{}
	for k := range list {
		for j := range list[k].Statements {
			rep := &list[k].Statements[j]
			all = append(all, rep.Statement)
			id := sentenceDocument(rep.SentenceID)
			if _, ok := byID[id]; !ok {
				d, _, err := r.Document(ctx, id)
				if err != nil {
					return err
				}
				byID[id] = d
			}
			rep.Document = byID[id]
		}
		if pair := &list[k].Statements; reportDate(pair[1]) < reportDate(pair[0]) {
			pair[0], pair[1] = pair[1], pair[0]
		}
	}
	return r.WithSentences(ctx, all)
}

// clashSet is two lists of statements of which every pair, one from each
// and from different documents, clashes the same way.
type clashSet struct {
	kind string
	a, b []*Statement
}

// count is the number of pairs of the set: the product of its sides, less
// the pairs of one document.
func (c *clashSet) count() int {
	perDocument := map[string]int{}
	for _, y := range c.b {
		perDocument[sentenceDocument(y.SentenceID)]++
	}
	n := len(c.a) * len(c.b)
	for _, x := range c.a {
		n -= perDocument[sentenceDocument(x.SentenceID)]
	}
	return n
}

// pairs calls yield with each pair of the set until it returns false.
func (c *clashSet) pairs(yield func(x, y *Statement) bool) {
	for _, x := range c.a {
		for _, y := range c.b {
			if sentenceDocument(x.SentenceID) != sentenceDocument(y.SentenceID) && !yield(x, y) {
				return
			}
		}
	}
}

// clashSets sorts statements into the sets whose pairs clash, by kind, then
// in the order of the statements. Only statements of one bucket can clash:
// one pair of entities and clash group, or one place led. Within a bucket,
// statements of one predicate and modality (and, for leaderOf, one
// subject) clash by polarity; positive accepted ones with positive rejected
// ones of the same modality; positive leaderOf ones of one modality with
// those of another subject. Hypothetical statements clash with nothing.
func clashSets(sts []*Statement) []*clashSet {
	var keys []string
	buckets := map[string][]*Statement{}
	for _, st := range sts {
		if st.Object == nil || st.Modality == string(schema.Hypothetical) {
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
	var sets []*clashSet
	for _, k := range keys {
		var order []string
		byKey := map[string]*clashSet{}
		set := func(kind, key string) *clashSet {
			key = kind + "|" + key
			if byKey[key] == nil {
				byKey[key] = &clashSet{kind: kind}
				order = append(order, key)
			}
			return byKey[key]
		}
		var leaders []string             // modality|subject, in order
		led := map[string][]*Statement{} // modality|subject -> positive leaderOf statements
		for _, st := range buckets[k] {
			key := st.Predicate + "|" + st.Modality
			if st.Predicate == string(schema.LeaderOf) {
				key += "|" + st.Subject.ID
			}
			p := set("polarity", key)
			if st.Polarity == string(schema.Positive) {
				p.a = append(p.a, st)
			} else {
				p.b = append(p.b, st)
			}
			if st.Polarity != string(schema.Positive) {
				continue
			}
			switch st.Predicate {
			case string(schema.Accepted):
				ar := set("acceptedRejected", st.Modality)
				ar.a = append(ar.a, st)
			case string(schema.Rejected):
				ar := set("acceptedRejected", st.Modality)
				ar.b = append(ar.b, st)
			case string(schema.LeaderOf):
				ms := st.Modality + "|" + st.Subject.ID
				if led[ms] == nil {
					leaders = append(leaders, ms)
				}
				led[ms] = append(led[ms], st)
			}
		}
		for i, x := range leaders {
			for _, y := range leaders[i+1:] {
				if modality(x) == modality(y) {
					l := set("leader", x+"|"+y)
					l.a, l.b = led[x], led[y]
				}
			}
		}
		for _, key := range order {
			if s := byKey[key]; len(s.a) > 0 && len(s.b) > 0 {
				sets = append(sets, s)
			}
		}
	}
	sort.SliceStable(sets, func(i, j int) bool { return sets[i].kind < sets[j].kind })
	return sets
}

// modality is the modality of a "modality|subject" key.
func modality(key string) string {
	m, _, _ := strings.Cut(key, "|")
	return m
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
