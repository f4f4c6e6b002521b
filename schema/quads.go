package schema

import (
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
)

// DocumentQuads returns the quads a document contributes to the graph, each
// labeled with the document (for the document and sentence nodes) or with the
// sentence that states it (for quotes, mentions and statement nodes), except
// the direct edges of its facts (<A> <met> <B>), which carry no label: a
// fact is one edge however many statements state it, and its provenance is
// in the statement nodes (the Writer keeps the edge while one of them
// supports it).
// contentHash identifies the text and the extractor that read it; it lets a
// rebuild skip documents that have not changed. The result is deduplicated
// and sorted, so the same extraction always gives the same slice.
func (x *Extraction) DocumentQuads(contentHash string) []quad.Quad {
	d := x.Document
	doc := DocumentIRI(d.ID)
	var qs quadSet
	qs.add(doc, TypeOf, DocumentType.IRI(), doc)
	for _, attr := range []struct {
		p quad.IRI
		v string
	}{{Title, d.Title}, {URL, d.URL}, {Date, d.Date}, {Lang, d.Lang}, {Source, d.Source}, {ContentHash, contentHash}} {
		if attr.v != "" {
			qs.add(doc, attr.p, quad.String(attr.v), doc)
		}
	}
	if d.Outlet.Name != "" {
		qs.add(doc, PublishedBy, EntityIRI(Key(d.Outlet.Name)), doc)
	}
	if sig := TextSignature(d.Text); sig != "" {
		qs.add(doc, Signature, quad.String(sig), doc)
	}
	for _, s := range x.Sentences {
		sent := SentenceIRI(d.ID, s.Index)
		qs.add(sent, TypeOf, SentenceType.IRI(), doc)
		qs.add(sent, InDocument, doc, doc)
		qs.add(sent, Text, quad.String(s.Text), doc)
		qs.add(sent, Index, quad.Int(s.Index), doc)
		qs.add(sent, Start, quad.Int(s.Start), doc)
		qs.add(sent, End, quad.Int(s.End), doc)
	}
	for _, m := range x.Mentions {
		sent := SentenceIRI(d.ID, m.Sentence)
		qs.add(sent, Mentions, EntityIRI(m.Entity), sent)
	}
	sentences := make(map[int]Sentence, len(x.Sentences))
	for _, s := range x.Sentences {
		sentences[s.Index] = s
	}
	for _, st := range x.Statements {
		sent := SentenceIRI(d.ID, st.Sentence)
		node := StatementIRI(d.ID, st)
		subj := EntityIRI(st.Subject)
		var obj quad.Value
		if st.Predicate == Said {
			obj = quad.String(st.Literal)
		} else {
			obj = EntityIRI(st.Object)
		}
		if st.IsFact() {
			qs.add(subj, st.Predicate.IRI(), obj, nil)
		}
		qs.add(node, TypeOf, StatementType.IRI(), sent)
		qs.add(node, InSentence, sent, sent)
		qs.add(node, Subject, subj, sent)
		qs.add(node, PredicateOf, st.Predicate.IRI(), sent)
		qs.add(node, Object, obj, sent)
		qs.add(node, HasPolarity, quad.String(string(st.Polarity)), sent)
		qs.add(node, HasModality, quad.String(string(st.Modality)), sent)
		if info, ok := st.Predicate.Info(); ok {
			qs.add(node, ClassOf, info.Class.IRI(), sent)
		}
		if st.AssertedBy != "" {
			qs.add(node, AssertedBy, EntityIRI(st.AssertedBy), sent)
		}
		for _, attr := range []struct {
			p quad.IRI
			v string
		}{{EventTime, st.EventTime}, {EventPrecision, st.EventPrecision}, {EventText, st.EventText}} {
			if attr.v != "" {
				qs.add(node, attr.p, quad.String(attr.v), sent)
			}
		}
		if st.EvidenceEnd > st.EvidenceStart && st.EvidenceEnd <= len(d.Text) {
			qs.add(node, Evidence, quad.String(d.Text[st.EvidenceStart:st.EvidenceEnd]), sent)
		}
		// The spans are stored relative to the sentence, as a view marks
		// them in its text; a span outside the sentence is not stored.
		s := sentences[st.Sentence]
		for _, span := range []struct {
			start, end quad.IRI
			from, to   int
		}{{EvidenceStart, EvidenceEnd, st.EvidenceStart, st.EvidenceEnd},
			{SubjectStart, SubjectEnd, st.SubjectStart, st.SubjectEnd},
			{ObjectStart, ObjectEnd, st.ObjectStart, st.ObjectEnd}} {
			if span.to > span.from && span.from >= s.Start && span.to <= s.End {
				qs.add(node, span.start, quad.Int(span.from-s.Start), sent)
				qs.add(node, span.end, quad.Int(span.to-s.Start), sent)
			}
		}
	}
	return qs.sorted()
}

// EntityQuads returns the attribute quads of an entity. They carry no label:
// an entity is shared by every document that mentions it, and its names stay
// when one of those documents is replaced.
func EntityQuads(e Entity) []quad.Quad {
	n := EntityIRI(e.Key)
	var qs quadSet
	qs.add(n, Name, quad.String(e.Name), nil)
	qs.add(n, TypeOf, e.Type.IRI(), nil)
	if e.Wikidata != "" {
		qs.add(n, SameAs, WikidataIRI(e.Wikidata), nil)
	}
	for _, r := range e.Roles {
		qs.add(n, Role, quad.String(r), nil)
	}
	for _, a := range e.Aliases {
		var v quad.Value = quad.String(a.Text)
		if a.Lang != "" {
			v = quad.LangString{Value: quad.String(a.Text), Lang: a.Lang}
		}
		qs.add(n, AlternateName, v, nil)
	}
	for _, d := range e.Demonyms {
		qs.add(n, Demonym, quad.String(d), nil)
	}
	for _, c := range e.CapitalNames {
		qs.add(n, CapitalName, quad.String(c), nil)
	}
	return qs.sorted()
}

// OutletQuads returns the attribute quads of a document's outlet: its name,
// its type (an Organization), and what the user's --sources file says of
// it. Like an entity's, they carry no label: an outlet is shared by every
// document it published.
func OutletQuads(o Outlet) []quad.Quad {
	if o.Name == "" {
		return nil
	}
	n := EntityIRI(Key(o.Name))
	var qs quadSet
	qs.add(n, Name, quad.String(o.Name), nil)
	qs.add(n, TypeOf, Organization.IRI(), nil)
	for _, attr := range []struct {
		p quad.IRI
		v string
	}{{OutletHost, o.Host}, {OutletCountry, o.Country}, {OutletTier, o.Tier}} {
		if attr.v != "" {
			qs.add(n, attr.p, quad.String(attr.v), nil)
		}
	}
	return qs.sorted()
}

// VocabularyQuads describes the predicates themselves: their class and
// symmetry, so a query can ask for every contact at once.
func VocabularyQuads() []quad.Quad {
	var qs quadSet
	for _, p := range Predicates() {
		info, _ := p.Info()
		qs.add(p.IRI(), ClassOf, info.Class.IRI(), nil)
		if info.Symmetric {
			qs.add(p.IRI(), SymmetricIRI, quad.Bool(true), nil)
		}
	}
	return qs.sorted()
}

// quadSet collects quads once each.
type quadSet struct {
	seen map[quad.Quad]struct{}
	list []quad.Quad
}

func (s *quadSet) add(sub quad.Value, p quad.IRI, o quad.Value, label quad.Value) {
	q := quad.Quad{Subject: sub, Predicate: p, Object: o, Label: label}
	if s.seen == nil {
		s.seen = map[quad.Quad]struct{}{}
	}
	if _, ok := s.seen[q]; ok {
		return
	}
	s.seen[q] = struct{}{}
	s.list = append(s.list, q)
}

// sorted returns the quads in QuadLess order. Each quad is spelled once
// rather than at every comparison: a document has hundreds of quads.
func (s *quadSet) sorted() []quad.Quad {
	type spelled struct {
		q     quad.Quad
		parts [4]string
	}
	all := make([]spelled, len(s.list))
	for i, q := range s.list {
		all[i] = spelled{q, [4]string{quad.StringOf(q.Subject), quad.StringOf(q.Predicate), quad.StringOf(q.Object), quad.StringOf(q.Label)}}
	}
	slices.SortFunc(all, func(a, b spelled) int {
		for k := range a.parts {
			if c := strings.Compare(a.parts[k], b.parts[k]); c != 0 {
				return c
			}
		}
		return 0
	})
	for i := range all {
		s.list[i] = all[i].q
	}
	return s.list
}

// QuadLess orders quads by their N-Quads spelling, for stable output.
func QuadLess(a, b quad.Quad) bool {
	for _, pair := range [4][2]quad.Value{{a.Subject, b.Subject}, {a.Predicate, b.Predicate}, {a.Object, b.Object}, {a.Label, b.Label}} {
		x, y := quad.StringOf(pair[0]), quad.StringOf(pair[1])
		if x != y {
			return x < y
		}
	}
	return false
}
