// Package extract turns the text of a document into statements with
// provenance: sentences, entity mentions resolved to one entity each, the
// relations and quotes of the vocabulary (package schema), each tied to the
// byte offsets of the words that state it.
//
// The Extractor interface is the seam: the store, the CLI and the evaluation
// only see Extract. What happens inside (parsing, gazetteer, rules) can be
// replaced without changing its callers. An extractor whose work splits into
// a stateless stage and an ordered one says so with Staged, so that a
// pipeline can run the first on every core.
package extract

import "github.com/newskg/newskg/schema"

// Extractor reads one document and returns what it states.
//
// An Extractor is safe for concurrent use: entity canonicalization is shared
// across documents, so that Poutine in one article and Putin in another are
// one entity.
type Extractor interface {
	Extract(doc schema.Document) (*schema.Extraction, error)
	// Version identifies the extractor and its data; a store rebuilt with a
	// different version re-extracts documents whose text has not changed.
	Version() string
}

// Staged is an Extractor that splits Extract in two: Prepare, which depends
// only on the document (parsing, most of the time) and may run on many
// goroutines at once, and Finish, which must see documents one at a time in
// input order, as Extract does. Extract(doc) is Finish(Prepare(doc)).
type Staged interface {
	Extractor
	Prepare(doc schema.Document) *Parsed
	Finish(p *Parsed) (*schema.Extraction, error)
}
