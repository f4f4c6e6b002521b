package schema

// The data types handed from extraction to the store. They carry byte offsets
// into the document text from the first token to the last quad, so every fact
// points back at the words that state it.

// Document is one article as given to newskg.
type Document struct {
	ID    string // stable identifier: given id, else derived from the path
	Title string
	URL   string
	// Date is the publication date as the input gives it ("2025-03-14",
	// "2025-03-14T08:30:00+01:00"): the document's report date, never
	// the file's time.
	Date string
	// Outlet is who published it, as far as the input and the user's
	// description of outlets say.
	Outlet Outlet
	Lang   string // BCP 47 tag; "fr" when not given
	Source string // where it was read from: a path, path:line, or "-"
	Text   string
}

// Outlet is who publishes documents: a newspaper, an agency, a site. In the
// graph it is an Organization node, named, that documents are publishedBy.
type Outlet struct {
	// Name is the outlet's name: as the user's --sources file gives it, else
	// as the input does (a page's og:site_name or JSON-LD publisher, a JSON
	// line's "source"), else its Host.
	Name    string
	Host    string // the host of the document's URL, without "www.": "lemonde.fr"
	Country string // as the user's --sources file gives it
	Tier    string // the user's own grading of the outlet, from --sources
}

// Sentence is a span of a document's text.
type Sentence struct {
	Index      int // 0-based position in the document
	Start, End int // byte offsets into Document.Text
	Text       string
}

// Entity is one real-world thing, with everything known about its names.
type Entity struct {
	Key      string // stable key from which the IRI is built (see EntityIRI)
	Name     string // canonical display name
	Type     Type
	Wikidata string   // Q-id, empty when unknown
	Roles    []string // job titles as written
	Aliases  []Alias  // every surface form seen or known
}

// Alias is a surface form of an entity in a language.
type Alias struct {
	Text string
	Lang string
}

// Polarity says whether the text asserts a statement or its negation.
type Polarity string

// Polarities.
const (
	Positive Polarity = "positive"
	Negative Polarity = "negative"
)

// Modality says how the text holds the statement: as a fact, a plan, a
// possibility, or someone's claim.
type Modality string

// Modalities.
const (
	Asserted     Modality = "asserted"
	Planned      Modality = "planned"
	Hypothetical Modality = "hypothetical"
	Reported     Modality = "reported"
)

// Statement is one extracted fact: Subject Predicate Object (an entity key) or
// Subject said Literal, stated by one sentence.
type Statement struct {
	Subject    string // entity key
	Predicate  Predicate
	Object     string // entity key; empty when Literal is set
	Literal    string // the quoted text of a said statement
	Sentence   int    // index of the sentence that states it
	Polarity   Polarity
	Modality   Modality
	AssertedBy string // entity key of who asserts it, empty for the article's voice
	// Evidence is the byte span in the document of the words that state it
	// (the trigger and its arguments).
	EvidenceStart, EvidenceEnd int
	// EventTime is when the statement's sentence says the event happened
	// (or, planned, will happen), in ISO 8601: "2025-03-13", "2025-03",
	// "2025-03-10/2025-03-16"; EventPrecision is "day", "week", "month" or
	// "year", and EventText the words that gave it ("jeudi soir"). All
	// three are empty when the sentence gives no time.
	EventTime, EventPrecision, EventText string
}

// IsFact reports whether the statement is asserted as true in the article's
// own voice, and so goes into the graph as a direct edge between its
// entities. Negated, planned and hypothetical statements, and claims the
// text reports from someone ("X a déclaré que Y soutient Z": X's claim, not
// a fact about Y), stay statement nodes only, with their modality and
// assertedBy, where a query can still reach them.
func (s Statement) IsFact() bool {
	return s.Polarity != Negative && s.Modality == Asserted
}

// Mention is an occurrence of an entity in a sentence.
type Mention struct {
	Entity     string // entity key
	Sentence   int
	Start, End int // byte offsets into Document.Text
	Text       string
}

// Extraction is everything extracted from one document.
type Extraction struct {
	Document   Document
	Sentences  []Sentence
	Entities   []Entity // the entities the document mentions, each once
	Mentions   []Mention
	Statements []Statement
}
