// Package data holds what newskg ships beside its code: the gazetteer and the
// trained language models of package extract/nlp (tokenizer, tagger,
// lemmatizer, parser, written by `newskg train`; models/LICENSES.md credits
// the treebanks they were trained from), embedded in the binary so that
// newskg runs with zero configuration and no download. The sample corpus in
// corpus/ is not embedded: it is input, read from disk by `newskg build`.
package data

import _ "embed"

// Gazetteer is gazetteer.tsv: the known entities of the news domain, with
// their names in French and English, Wikidata ids and attributes.
//
//go:embed gazetteer.tsv
var Gazetteer []byte
