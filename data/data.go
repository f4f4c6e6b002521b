// Package data holds what newskg ships beside its code for the rules: the
// gazetteer and the verb, event-noun and light-verb lexicons, embedded in the binary so that newskg runs with zero
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

// Verbs is lexicon/verbs.tsv: the verb frames that state relations (derived
// in part from Verb∋Net, CC BY-SA 4.0: see LICENSES.md).
//
//go:embed lexicon/verbs.tsv
var Verbs []byte

// EventNouns is lexicon/nouns.tsv: the nouns that name an event between
// parties.
//
//go:embed lexicon/nouns.tsv
var EventNouns []byte

// LightVerbs is lexicon/lightverbs.tsv: the verbs that take an event noun
// and add only its tense and its parties.
//
//go:embed lexicon/lightverbs.tsv
var LightVerbs []byte
