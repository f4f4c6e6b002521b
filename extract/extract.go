// Package extract turns the text of a document into statements with
// provenance: sentences, entity mentions resolved to one entity each, the
// relations and quotes of the vocabulary (package schema), each tied to the
// byte offsets of the words that state it.
//
// The Extractor interface is the seam: the store, the CLI and the evaluation
// only see Extract. What happens inside (segmentation, gazetteer, rules, and
// later a dependency parse) can be replaced without changing its callers.
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
