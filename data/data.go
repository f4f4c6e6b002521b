// Package data holds what newskg ships beside its code for the rules: the
// gazetteer, embedded in the binary so that newskg runs with zero
// configuration and no download. The sample corpus in corpus/ is not
// embedded: it is input, read from disk by `newskg build`. The language
// core's trained models sit beside the code that reads them, in nlp/models.
package data

import _ "embed"

// Gazetteer is gazetteer.tsv: the known entities of the news domain, with
// their names in French and English, Wikidata ids and attributes.
//
//go:embed gazetteer.tsv
var Gazetteer []byte
