// Package schema is the newskg vocabulary in Go: entity types, relation
// predicates and their coarse classes, the provenance predicates, and the IRIs
// under which all of them are stored.
//
// It is the one place that knows how a name in docs/schema.md is spelled in
// the graph, and how names and IRIs are spelled and read back (spelling.go:
// entity keys, name folding, content hashes, node IRIs). It does not read
// text (that is package extract) and it does not talk to a store (that is
// package graph): it only maps the data types of an extraction (Document,
// Sentence, Entity, Statement) to quads.
//
// IRIs are stored short and relative, so that Gizmo queries stay readable and
// are typed the same way in newskg's shell and in the stock cayley tools:
// predicates and types by their local name (<met>, <name>, <Person>), entities
// by their canonical name with underscores (<Vladimir_Putin>), documents and
// sentences under doc/ (<doc/000_e9cc>, <doc/000_e9cc#s3>), statements under
// stmt/. Base resolves them against the project namespace for tools that need
// absolute IRIs (RDF exports).
package schema

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// Base is the namespace against which newskg's relative IRIs resolve.
const Base = "https://newskg.org/"

// WikidataEntity is the namespace of Wikidata items used by sameAs.
const WikidataEntity = "http://www.wikidata.org/entity/"

// Type is an entity type of the vocabulary.
type Type string

// Entity types, as stored in the object of a <type> quad.
const (
	Person       Type = "Person"
	Country      Type = "Country"
	Organization Type = "Organization"
	Place        Type = "Place"
	Concept      Type = "Concept"
)

// Node types for provenance nodes.
const (
	DocumentType  Type = "Document"
	SentenceType  Type = "Sentence"
	StatementType Type = "Statement"
)

// EntityTypes lists the entity types in a fixed order.
var EntityTypes = []Type{Person, Country, Organization, Place, Concept}

// ParseType returns the entity type with the given local name.
func ParseType(s string) (Type, bool) {
	for _, t := range EntityTypes {
		if string(t) == s {
			return t, true
		}
	}
	return "", false
}

// IRI is the type's node.
func (t Type) IRI() quad.IRI { return quad.IRI(t) }

// Class is the coarse class of a relation predicate.
type Class string

// Relation classes of the vocabulary.
const (
	Contact     Class = "contact"
	Cooperation Class = "cooperation"
	Pressure    Class = "pressure"
	Conflict    Class = "conflict"
	Affiliation Class = "affiliation"
	Location    Class = "location"
	Nationality Class = "nationality"
	Family      Class = "family"
	Speech      Class = "speech"
)

// classPrefix starts the IRI of a class node.
const classPrefix = "class/"

// IRI is the class node.
func (c Class) IRI() quad.IRI { return quad.IRI(classPrefix + string(c)) }

// ParseClassIRI returns the class of a class node's IRI, known to the
// vocabulary or not (a statement of a predicate newskg no longer extracts
// keeps the class it was written with); ok is false for another IRI.
func ParseClassIRI(iri string) (Class, bool) {
	c, ok := strings.CutPrefix(iri, classPrefix)
	if !ok {
		return "", false
	}
	return Class(c), true
}

// Predicate is a relation (or quote) predicate of the vocabulary.
type Predicate string

// Relation predicates between entities.
const (
	LeaderOf       Predicate = "leaderOf"
	WorksFor       Predicate = "worksFor"
	RelativeOf     Predicate = "relativeOf"
	CitizenOf      Predicate = "citizenOf"
	LocatedIn      Predicate = "locatedIn"
	AllyOf         Predicate = "allyOf"
	Met            Predicate = "met"
	PlansToMeet    Predicate = "plansToMeet"
	SpokeWith      Predicate = "spokeWith"
	NegotiatesWith Predicate = "negotiatesWith"
	Informed       Predicate = "informed"
	Urged          Predicate = "urged"
	Accused        Predicate = "accused"
	Threatened     Predicate = "threatened"
	Attacked       Predicate = "attacked"
	Invaded        Predicate = "invaded"
	Captured       Predicate = "captured"
	Released       Predicate = "released"
	Proposed       Predicate = "proposed"
	Accepted       Predicate = "accepted"
	Rejected       Predicate = "rejected"
	Supports       Predicate = "supports"
	// Said links a speaker to the literal text of a quote.
	Said Predicate = "said"
)

// PredicateInfo describes a predicate: its class and whether it is symmetric.
type PredicateInfo struct {
	Class     Class
	Symmetric bool
}

var predicates = map[Predicate]PredicateInfo{
	LeaderOf:       {Affiliation, false},
	WorksFor:       {Affiliation, false},
	RelativeOf:     {Family, false},
	CitizenOf:      {Nationality, false},
	LocatedIn:      {Location, false},
	AllyOf:         {Cooperation, true},
	Met:            {Contact, true},
	PlansToMeet:    {Contact, true},
	SpokeWith:      {Contact, true},
	NegotiatesWith: {Contact, true},
	Informed:       {Contact, false},
	Urged:          {Pressure, false},
	Accused:        {Conflict, false},
	Threatened:     {Conflict, false},
	Attacked:       {Conflict, false},
	Invaded:        {Conflict, false},
	Captured:       {Conflict, false},
	Released:       {Cooperation, false},
	Proposed:       {Cooperation, false},
	Accepted:       {Cooperation, false},
	Rejected:       {Conflict, false},
	Supports:       {Cooperation, false},
	Said:           {Speech, false},
}

// Info returns the predicate's class and symmetry, and whether it is known.
func (p Predicate) Info() (PredicateInfo, bool) {
	i, ok := predicates[p]
	return i, ok
}

// IRI is the predicate's node.
func (p Predicate) IRI() quad.IRI { return quad.IRI(p) }

// Predicates lists every relation and quote predicate, sorted by name.
func Predicates() []Predicate {
	ps := make([]Predicate, 0, len(predicates))
	for p := range predicates {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	return ps
}

// ParsePredicate returns the predicate with the given local name.
func ParsePredicate(s string) (Predicate, bool) {
	_, ok := predicates[Predicate(s)]
	return Predicate(s), ok
}

// Attribute and provenance predicates.
var (
	// Entity attributes.
	Name          = quad.IRI("name")
	AlternateName = quad.IRI("alternateName")
	TypeOf        = quad.IRI("type")
	Role          = quad.IRI("role")
	SameAs        = quad.IRI("sameAs")
	// Words that stand for an entity without being its name (see
	// Entity.Demonyms and Entity.CapitalNames).
	Demonym     = quad.IRI("demonym")
	CapitalName = quad.IRI("capitalName")

	// Document and sentence nodes.
	Title       = quad.IRI("title")
	URL         = quad.IRI("url")
	Date        = quad.IRI("date")
	Lang        = quad.IRI("lang")
	Source      = quad.IRI("source")
	ContentHash = quad.IRI("contentHash")
	InDocument  = quad.IRI("document")
	Text        = quad.IRI("text")
	Index       = quad.IRI("index")
	Start       = quad.IRI("start")
	End         = quad.IRI("end")
	Mentions    = quad.IRI("mentions")
	PublishedBy = quad.IRI("publishedBy")   // a document's outlet
	Signature   = quad.IRI("textSignature") // TextSignature of its text

	// Outlet nodes (Organizations that documents are publishedBy).
	OutletHost    = quad.IRI("host")
	OutletCountry = quad.IRI("country")
	OutletTier    = quad.IRI("tier")

	// Statement nodes: one per extracted fact.
	InSentence  = quad.IRI("sentence")
	Subject     = quad.IRI("subject")
	PredicateOf = quad.IRI("predicate")
	Object      = quad.IRI("object")
	HasPolarity = quad.IRI("polarity")
	HasModality = quad.IRI("modality")
	AssertedBy  = quad.IRI("assertedBy")
	Evidence    = quad.IRI("evidence")
	// Byte offsets in the statement's sentence text (not the document's)
	// of its evidence and of the mentions of its subject and object.
	EvidenceStart = quad.IRI("evidenceStart")
	EvidenceEnd   = quad.IRI("evidenceEnd")
	SubjectStart  = quad.IRI("subjectStart")
	SubjectEnd    = quad.IRI("subjectEnd")
	ObjectStart   = quad.IRI("objectStart")
	ObjectEnd     = quad.IRI("objectEnd")
	ClassOf       = quad.IRI("class")
	// When the statement's sentence says it happened: an ISO 8601 value,
	// its precision, and the words that gave it.
	EventTime      = quad.IRI("eventTime")
	EventPrecision = quad.IRI("eventPrecision")
	EventText      = quad.IRI("eventText")
	SymmetricIRI   = quad.IRI("symmetric")
)
