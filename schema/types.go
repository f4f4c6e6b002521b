package schema

// The data types handed from extraction to the store. They carry byte offsets
// into the document text from the first token to the last quad, so every fact
// points back at the words that state it. Their JSON names are camelCase, as
// the HTTP API's (`newskg extract --format jsonl` prints them).

// Document is one article as given to newskg.
type Document struct {
	ID    string `json:"id"` // stable identifier: given id, else derived from the path
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	// Date is the publication date as the input gives it ("2025-03-14",
	// "2025-03-14T08:30:00+01:00"): the document's report date, never
	// the file's time.
	Date string `json:"date,omitempty"`
	// Outlet is who published it, as far as the input and the user's
	// description of outlets say.
	Outlet Outlet `json:"outlet,omitzero"`
	Lang   string `json:"lang"`             // BCP 47 tag; "fr" when not given
	Source string `json:"source,omitempty"` // where it was read from: a path, path:line, or "-"
	Text   string `json:"text"`
}

// Outlet is who publishes documents: a newspaper, an agency, a site. In the
// graph it is an Organization node, named, that documents are publishedBy.
type Outlet struct {
	// Name is the outlet's name: as the user's --sources file gives it, else
	// as the input does (a page's og:site_name or JSON-LD publisher, a JSON
	// line's "source"), else its Host.
	Name    string `json:"name,omitempty"`
	Host    string `json:"host,omitempty"`    // the host of the document's URL, without "www.": "lemonde.fr"
	Country string `json:"country,omitempty"` // as the user's --sources file gives it
	Tier    string `json:"tier,omitempty"`    // the user's own grading of the outlet, from --sources
}

// Sentence is a span of a document's text.
type Sentence struct {
	Index int    `json:"index"` // 0-based position in the document
	Start int    `json:"start"` // byte offsets into Document.Text
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity is one real-world thing, with everything known about its names.
type Entity struct {
	Key      string   `json:"key"`  // stable key from which the IRI is built (see EntityIRI)
	Name     string   `json:"name"` // canonical display name
	Type     Type     `json:"type"`
	Wikidata string   `json:"wikidata,omitempty"` // Q-id, empty when unknown
	Roles    []string `json:"roles,omitempty"`    // job titles as written
	Aliases  []Alias  `json:"aliases,omitempty"`  // every surface form seen or known
	// Words that stand for the entity without being its name, from the
	// gazetteer: a state's demonyms (russe, Russians) and the names of its
	// capital (Moscou, Kiev), which the extractor reads as the state. A
	// search finds the entity by them; they are not its names (a city is
	// not the state, an adjective not a name), so they have predicates of
	// their own and the scorer does not read them as names.
	Demonyms     []string `json:"demonyms,omitempty"`
	CapitalNames []string `json:"capitalNames,omitempty"`
}

// Alias is a surface form of an entity in a language.
type Alias struct {
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
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

// Modalities lists every modality, Asserted first.
var Modalities = []Modality{Asserted, Planned, Hypothetical, Reported}

// Statement is one extracted fact: Subject Predicate Object (an entity key) or
// Subject said Literal, stated by one sentence.
type Statement struct {
	Subject    string    `json:"subject"` // entity key
	Predicate  Predicate `json:"predicate"`
	Object     string    `json:"object,omitempty"`  // entity key; empty when Literal is set
	Literal    string    `json:"literal,omitempty"` // the quoted text of a said statement
	Sentence   int       `json:"sentence"`          // index of the sentence that states it
	Polarity   Polarity  `json:"polarity"`
	Modality   Modality  `json:"modality"`
	AssertedBy string    `json:"assertedBy,omitempty"` // entity key of who asserts it, empty for the article's voice
	// Evidence is the byte span in the document of the words that state it
	// (the trigger and its arguments).
	EvidenceStart int `json:"evidenceStart"`
	EvidenceEnd   int `json:"evidenceEnd"`
	// SubjectStart/End and ObjectStart/End are the byte spans in the
	// document of the mentions the rule read the subject and the object
	// from (a name, a title, a pronoun), so a view marks that occurrence
	// and not another of the same name. Both are 0 when the sentence holds
	// no such mention (a speaker named in an earlier sentence) or the rule
	// did not say which one it read.
	SubjectStart int `json:"subjectStart,omitempty"`
	SubjectEnd   int `json:"subjectEnd,omitempty"`
	ObjectStart  int `json:"objectStart,omitempty"`
	ObjectEnd    int `json:"objectEnd,omitempty"`
	// EventTime is when the statement's sentence says the event happened
	// (or, planned, will happen), in ISO 8601: "2025-03-13", "2025-03",
	// "2025-03-10/2025-03-16"; EventPrecision is "day", "week", "month" or
	// "year", and EventText the words that gave it ("jeudi soir"). All
	// three are empty when the sentence gives no time.
	EventTime      string `json:"eventTime,omitempty"`
	EventPrecision string `json:"eventPrecision,omitempty"`
	EventText      string `json:"eventText,omitempty"`
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
	Entity   string `json:"entity"` // entity key
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"` // byte offsets into Document.Text
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Extraction is everything extracted from one document.
type Extraction struct {
	Document   Document    `json:"document"`
	Sentences  []Sentence  `json:"sentences"`
	Entities   []Entity    `json:"entities"` // the entities the document mentions, each once
	Mentions   []Mention   `json:"mentions"`
	Statements []Statement `json:"statements"`
	// Gazetteer identifies the entries of the gazetteer that bear on the
	// document (gazetteer.Signature): part of its content hash, so that a
	// change to the gazetteer re-reads only the documents it may affect.
	Gazetteer string `json:"gazetteer,omitempty"`
}

// ContentHash is the document's content hash (Document.ContentHash) with
// the gazetteer it was read with.
func (x *Extraction) ContentHash(extractorVersion string) string {
	return x.Document.ContentHash(extractorVersion + " " + x.Gazetteer)
}
