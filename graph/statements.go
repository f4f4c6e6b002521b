package graph

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// Statements read from their statement nodes: filtered, in document order,
// with the sentence that states them and the spans to highlight in it.

// Statement reads one statement node; ok is false if there is none.
func (r *Reader) Statement(ctx context.Context, id string) (*Statement, bool, error) {
	props, err := r.props(ctx, quad.IRI(id))
	if err != nil || !hasType(props, schema.StatementType) {
		return nil, false, err
	}
	return r.statement(id, props), true, nil
}

func (r *Reader) statement(id string, props map[quad.IRI][]quad.Value) *Statement {
	st := &Statement{
		ID:         id,
		Subject:    r.ref(iriString(first(props[schema.Subject]))),
		Predicate:  iriString(first(props[schema.PredicateOf])),
		Polarity:   firstString(props[schema.HasPolarity]),
		Modality:   firstString(props[schema.HasModality]),
		Evidence:   firstString(props[schema.Evidence]),
		SentenceID: iriString(first(props[schema.InSentence])),

		EventTime:      firstString(props[schema.EventTime]),
		EventPrecision: firstString(props[schema.EventPrecision]),
		EventText:      firstString(props[schema.EventText]),
	}
	if info, ok := schema.Predicate(st.Predicate).Info(); ok {
		st.Class, st.Symmetric = string(info.Class), info.Symmetric
	} else if c, ok := schema.ParseClassIRI(iriString(first(props[schema.ClassOf]))); ok {
		st.Class = string(c)
	}
	switch o := first(props[schema.Object]).(type) {
	case quad.IRI:
		ref := r.ref(string(o))
		st.Object = &ref
	case nil:
	default:
		st.Quote = literal(o)
	}
	if a := iriString(first(props[schema.AssertedBy])); a != "" {
		ref := r.ref(a)
		st.AssertedBy = &ref
	}
	st.Fact = schema.Statement{Polarity: schema.Polarity(st.Polarity), Modality: schema.Modality(st.Modality)}.IsFact()
	for _, span := range []struct {
		start, end quad.IRI
		role       string
	}{{schema.EvidenceStart, schema.EvidenceEnd, "evidence"}, {schema.SubjectStart, schema.SubjectEnd, "subject"}, {schema.ObjectStart, schema.ObjectEnd, "object"}} {
		if len(props[span.start]) > 0 && len(props[span.end]) > 0 {
			st.spans = append(st.spans, Mark{intOf(first(props[span.start])), intOf(first(props[span.end])), span.role})
		}
	}
	return st
}

// StatementFilter selects statements.
type StatementFilter struct {
	Class     string // a relation class (contact, conflict, …); "" for all
	Predicate string // a predicate local name; "" for all
	Document  string // a document id; "" for all
	Direction string // "out" (the entity is the subject), "in", or "" for both
	Other     string // the entity at the other end; "" for any
	FactsOnly bool   // only statements that are edges in the graph
	// AsOf keeps the statements of documents published on or before this
	// day (YYYY-MM-DD): what the store knew then (see PublishedBy). "" for
	// all.
	AsOf string
}

// Keep reports whether the filter keeps a statement; about is the entity
// whose statements are filtered (for Direction and Other), or "".
func (f StatementFilter) Keep(st *Statement, about string) bool {
	out := st.Subject.ID == about
	other := st.Subject.ID
	if out && st.Object != nil {
		other = st.Object.ID
	}
	switch {
	case f.Class != "" && st.Class != f.Class,
		f.Predicate != "" && st.Predicate != f.Predicate,
		f.FactsOnly && !st.Fact,
		f.Document != "" && sentenceDocument(st.SentenceID) != f.Document,
		about != "" && f.Direction == "out" && !out,
		about != "" && f.Direction == "in" && out,
		about != "" && f.Other != "" && other != f.Other:
		return false
	}
	return true
}

// KeepRef reports whether the filter may keep the statement of ref, judging
// by what ref says (class, predicate, document, direction); Keep has the
// last word once the statement is read. NeedsStatement reports whether
// Keep can still drop a statement that KeepRef kept.
func (f StatementFilter) KeepRef(ref StatementRef) bool {
	class := ref.Class()
	switch {
	case f.Class != "" && class != "" && class != f.Class,
		f.Predicate != "" && ref.Predicate != f.Predicate,
		f.Document != "" && sentenceDocument(ref.SentenceID) != f.Document,
		f.Direction == "out" && !ref.Out,
		f.Direction == "in" && ref.Out:
		return false
	}
	return true
}

// NeedsStatement: see KeepRef.
// (A predicate the vocabulary does not know has its class on the
// statement node, hence Class.)
func (f StatementFilter) NeedsStatement() bool { return f.FactsOnly || f.Other != "" || f.Class != "" }

// Statements reads the statements of refs, in their order.
func (r *Reader) Statements(ctx context.Context, refs []StatementRef) ([]*Statement, error) {
	out := make([]*Statement, 0, len(refs))
	for _, ref := range refs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		props, err := r.props(ctx, quad.IRI(ref.ID))
		if err != nil {
			return nil, err
		}
		out = append(out, r.statement(ref.ID, props))
	}
	return out, nil
}

// StatementsAbout lists the statements whose subject or object is the
// entity and that f keeps, in document and sentence order. Only the
// statements that KeepRef lets through are read.
func (r *Reader) StatementsAbout(ctx context.Context, entity string, f StatementFilter) ([]*Statement, error) {
	refs, err := r.StatementRefs(ctx, entity)
	if err != nil {
		return nil, err
	}
	if f.AsOf != "" {
		if refs, err = r.PublishedBy(ctx, refs, f.AsOf); err != nil {
			return nil, err
		}
	}
	var kept []StatementRef
	for _, ref := range refs {
		if f.KeepRef(ref) {
			kept = append(kept, ref)
		}
	}
	sts, err := r.Statements(ctx, kept)
	if err != nil {
		return nil, err
	}
	out := sts[:0]
	for _, st := range sts {
		if f.Keep(st, entity) {
			out = append(out, st)
		}
	}
	return out, nil
}

// AllStatements lists every statement of the store (of one document if
// f.Document is set), in document and sentence order.
func (r *Reader) AllStatements(ctx context.Context, f StatementFilter) ([]*Statement, error) {
	var nodes []quad.Value
	if f.Document != "" {
		sentences, err := r.subjectsOf(ctx, schema.InDocument, schema.DocumentKeyIRI(f.Document))
		if err != nil {
			return nil, err
		}
		for _, s := range sentences {
			sts, err := r.subjectsOf(ctx, schema.InSentence, s)
			if err != nil {
				return nil, err
			}
			nodes = append(nodes, sts...)
		}
	} else {
		var err error
		if nodes, err = r.subjectsOf(ctx, schema.TypeOf, schema.StatementType.IRI()); err != nil {
			return nil, err
		}
	}
	var out []*Statement
	days := map[string]string{} // document -> its report day
	for _, n := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		id := iriString(n)
		props, err := r.props(ctx, quad.IRI(id))
		if err != nil {
			return nil, err
		}
		st := r.statement(id, props)
		if !f.Keep(st, "") {
			continue
		}
		if f.AsOf != "" {
			if ok, err := r.publishedBy(ctx, sentenceDocument(st.SentenceID), f.AsOf, days); err != nil {
				return nil, err
			} else if !ok {
				continue
			}
		}
		out = append(out, st)
	}
	sortStatements(out)
	return out, nil
}

// WithSentences reads the sentence of each statement and marks in it the
// evidence and the names of the subject and object.
func (r *Reader) WithSentences(ctx context.Context, sts []*Statement) error {
	cache := map[string]*Sentence{}
	for _, st := range sts {
		s, ok := cache[st.SentenceID]
		if !ok {
			var err error
			if s, _, err = r.Sentence(ctx, st.SentenceID); err != nil {
				return err
			}
			cache[st.SentenceID] = s
		}
		if s == nil {
			continue
		}
		st.Sentence = s
		st.Marks = r.marks(s.Text, st)
	}
	return nil
}

// marks finds the statement's evidence (when it is less than the whole
// sentence) and its subject's and object's mentions in a sentence: at the
// offsets the store holds for them. A store built before they were stored
// (StoreFormat edges-1) has none: then marks searches the sentence for the
// evidence text, which finds its first occurrence, and for the names of the
// subject and object, which marks every occurrence of them, the one the
// statement is about or not.
func (r *Reader) marks(text string, st *Statement) []Mark {
	var out []Mark
	stored := map[string]Mark{}
	for _, m := range st.spans {
		if m.Start >= 0 && m.Start < m.End && m.End <= len(text) {
			stored[m.Role] = m
		}
	}
	if m, ok := stored["evidence"]; ok {
		if strings.TrimSpace(text[m.Start:m.End]) != strings.TrimSpace(text) {
			out = append(out, m)
		}
	} else if ev := strings.TrimSpace(st.Evidence); ev != "" && ev != strings.TrimSpace(text) {
		if i := strings.Index(text, ev); i >= 0 {
			out = append(out, Mark{i, i + len(ev), "evidence"})
		}
	}
	// names marks the names of entity id in text[lo:hi], longest first,
	// each occurrence once and not over what taken already holds.
	taken := make([]bool, len(text))
	names := func(id, role string, lo, hi int) []Mark {
		e, ok := r.byID[id]
		if !ok {
			return nil
		}
		var found []Mark
		all := append([]string{e.Name}, namesText(e.Names)...)
		sort.SliceStable(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
		for _, n := range all {
			if n == "" {
				continue
			}
			for from := lo; from < hi; {
				i := strings.Index(text[from:hi], n)
				if i < 0 {
					break
				}
				i += from
				from = i + len(n)
				if !wordAt(text, i, i+len(n)) || slices.Contains(taken[i:i+len(n)], true) {
					continue
				}
				for k := i; k < i+len(n); k++ {
					taken[k] = true
				}
				found = append(found, Mark{i, i + len(n), role})
			}
		}
		return found
	}
	// A stored mention is marked by the names it holds ("Steve Witkoff" in
	// "l'envoyé américain Steve Witkoff"), else whole (a pronoun, a title);
	// it is taken before any search, so no other party's name is marked in it.
	parties := map[string]string{"subject": st.Subject.ID}
	if st.Object != nil {
		parties["object"] = st.Object.ID
	}
	for _, role := range []string{"subject", "object"} {
		m, ok := stored[role]
		if !ok || parties[role] == "" || slices.Contains(taken[m.Start:m.End], true) {
			continue // one mention of both parties ("les deux dirigeants") is marked once
		}
		if found := names(parties[role], role, m.Start, m.End); len(found) > 0 {
			out = append(out, found...)
		} else {
			out = append(out, m)
		}
		for k := m.Start; k < m.End; k++ {
			taken[k] = true
		}
	}
	mark := func(id, role string) {
		if _, ok := stored[role]; !ok {
			out = append(out, names(id, role, 0, len(text))...)
		}
	}
	mark(st.Subject.ID, "subject")
	if st.Object != nil {
		mark(st.Object.ID, "object")
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

// wordAt reports whether text[i:j] is not part of a longer word.
func wordAt(text string, i, j int) bool {
	isWord := func(b byte) bool {
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
	}
	return (i == 0 || !isWord(text[i-1])) && (j == len(text) || !isWord(text[j]))
}

// sortStatements orders statements by document, then sentence, then id.
func sortStatements(sts []*Statement) {
	sort.Slice(sts, func(i, j int) bool {
		return statementLess(sts[i].SentenceID, sts[i].ID, sts[j].SentenceID, sts[j].ID)
	})
}

// statementLess orders statements by document, then sentence, then id.
func statementLess(sentenceA, idA, sentenceB, idB string) bool {
	da, ia, _ := schema.ParseSentenceIRI(sentenceA)
	db, ib, _ := schema.ParseSentenceIRI(sentenceB)
	if da != db {
		return da < db
	}
	if ia != ib {
		return ia < ib
	}
	return idA < idB
}

// sentenceDocument is the key of the document of a sentence IRI.
func sentenceDocument(id string) string {
	d, _, _ := schema.ParseSentenceIRI(id)
	return d
}

// factKey identifies the edge a fact is: its subject, predicate and object
// (an entity, or the quoted text), a symmetric predicate's two ends in one
// order, since its edge is stored once.
func factKey(st *Statement) string {
	obj := "\"" + st.Quote
	if st.Object != nil {
		obj = st.Object.ID
	}
	a, b := st.Subject.ID, obj
	if st.Symmetric && b < a {
		a, b = b, a
	}
	return a + " " + st.Predicate + " " + b
}
