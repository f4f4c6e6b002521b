package graph

import (
	"github.com/newskg/newskg/schema"
)

// The read models: what a Reader gives back about entities, statements,
// sentences and documents, as the HTTP API encodes it in JSON and the
// exports write it.

// EntityRef names an entity where it appears inside something else (a
// statement, an edge): its key, display name and type.
type EntityRef struct {
	ID   string `json:"id"` // the entity key, also its IRI: Vladimir_Putin
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

// Name is one of an entity's names, with its language tag if it has one.
type Name struct {
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

// Entity is an entity node and its attributes.
type Entity struct {
	EntityRef
	Names    []Name   `json:"names"`              // alternate names, sorted
	Roles    []string `json:"roles,omitempty"`    // job titles as written
	Wikidata string   `json:"wikidata,omitempty"` // a Q-id, Q7747
	// Words that stand for the entity without being its name: a state's
	// demonyms (russe) and its capital's names (Moscou). Search finds the
	// entity by them too.
	Demonyms     []string `json:"demonyms,omitempty"`
	CapitalNames []string `json:"capitalNames,omitempty"`

	search []searchName // every name, folded, for Search
}

// WikidataURL is the entity's Wikidata item, or "".
func (e *Entity) WikidataURL() string {
	if e.Wikidata == "" {
		return ""
	}
	return string(schema.WikidataIRI(e.Wikidata))
}

// Sentence is a sentence node: its text and where it is in its document.
type Sentence struct {
	ID       string `json:"id"`       // doc/000_e9cc#s3
	Document string `json:"document"` // the document id: 000_e9cc
	Index    int    `json:"index"`
	Start    int    `json:"start"` // byte offsets in the document text
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Mark is a span of a sentence's text to highlight: the evidence of a
// statement, or a name of its subject or object.
type Mark struct {
	Start int    `json:"start"` // byte offsets in Sentence.Text
	End   int    `json:"end"`
	Role  string `json:"role"` // "evidence", "subject" or "object"
}

// Statement is one extracted statement, read from its statement node.
type Statement struct {
	ID        string     `json:"id"` // stmt/…
	Subject   EntityRef  `json:"subject"`
	Predicate string     `json:"predicate"`
	Class     string     `json:"class,omitempty"`
	Symmetric bool       `json:"symmetric,omitempty"`
	Object    *EntityRef `json:"object,omitempty"` // nil for a quote
	Quote     string     `json:"quote,omitempty"`  // the quoted text of a said statement
	Polarity  string     `json:"polarity"`
	Modality  string     `json:"modality"`
	Fact      bool       `json:"fact"` // stored as an edge too: positive, asserted or reported
	// Support counts the statements and documents that state the fact
	// (facts only), filled by WithSupport.
	Support    *Support   `json:"support,omitempty"`
	AssertedBy *EntityRef `json:"assertedBy,omitempty"`
	Evidence   string     `json:"evidence,omitempty"`
	SentenceID string     `json:"sentenceId"`
	// When its sentence says it happened (see docs/schema.md): an ISO 8601
	// value, its precision, and the words that gave it.
	EventTime      string `json:"eventTime,omitempty"`
	EventPrecision string `json:"eventPrecision,omitempty"`
	EventText      string `json:"eventText,omitempty"`
	// Sentence and Marks are filled by WithSentences.
	Sentence *Sentence `json:"sentence,omitempty"`
	Marks    []Mark    `json:"marks,omitempty"`
	// spans are the evidence and party spans the store holds for the
	// statement (none in a store built before they were written), from
	// which WithSentences makes Marks.
	spans []Mark
}

// Document is a document node's metadata.
type Document struct {
	ID     string `json:"id"` // 000_e9cc…: the IRI without doc/
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	Lang   string `json:"lang,omitempty"`
	Source string `json:"source,omitempty"`
	// Outlet is who published it (publishedBy), when known.
	Outlet *EntityRef `json:"outlet,omitempty"`
	// Signature tells copies of one story apart from other documents
	// (schema.TextSignature).
	Signature string `json:"-"`
}
