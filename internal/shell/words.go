package shell

import (
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/schema"
)

// attributes are the predicates of the vocabulary that are not relations:
// the names, types and provenance of docs/schema.md.
var attributes = []quad.IRI{
	schema.Name, schema.AlternateName, schema.TypeOf, schema.Role, schema.SameAs,
	schema.Demonym, schema.CapitalName,
	schema.Title, schema.URL, schema.Date, schema.Lang, schema.Source, schema.ContentHash, schema.InDocument,
	schema.PublishedBy, schema.Signature, schema.OutletHost, schema.OutletCountry, schema.OutletTier,
	schema.Text, schema.Index, schema.Start, schema.End, schema.Mentions,
	schema.InSentence, schema.Subject, schema.PredicateOf, schema.Object, schema.HasPolarity,
	schema.HasModality, schema.AssertedBy, schema.Evidence, schema.ClassOf, schema.SymmetricIRI,
	schema.EvidenceStart, schema.EvidenceEnd, schema.SubjectStart, schema.SubjectEnd, schema.ObjectStart, schema.ObjectEnd,
	schema.EventTime, schema.EventPrecision, schema.EventText,
}

// Words lists what Tab completes, as Gizmo spells it: every predicate
// (<met>, <name>), type (<Person>), relation class (<class/contact>) and
// entity (<Vladimir_Putin>) of the store that r reads.
func Words(r *graph.Reader) []string {
	var out []string
	for _, p := range schema.Predicates() {
		out = append(out, quad.IRI(p).String())
	}
	for _, a := range attributes {
		out = append(out, a.String())
	}
	for _, t := range append(append([]schema.Type(nil), schema.EntityTypes...), schema.DocumentType, schema.SentenceType, schema.StatementType) {
		out = append(out, quad.IRI(t).String())
	}
	for _, c := range graph.Classes() {
		out = append(out, schema.Class(c).IRI().String())
	}
	if r != nil {
		for _, e := range r.Entities() {
			out = append(out, quad.IRI(e.ID).String())
		}
	}
	return out
}
