// Package models embeds the trained models of the French language core
// (tokenizer, tagger, lemmatizer, parser, name recognizer), written by
// `newskg train` from the Universal Dependencies treebanks and the POPCORN
// texts that LICENSES.md credits. They ship inside
// the binary, beside the code that reads them, so that newskg parses with
// zero configuration and no download.
package models

import "embed"

// FS holds the model files: FS.ReadFile("parser.bin").
//
//go:embed *.bin LICENSES.md
var FS embed.FS
