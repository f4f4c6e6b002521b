package main

import (
	"fmt"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/schema"
)

// newExtractor gives the extractor that build and extract use; tests replace
// it with a fixed one.
var newExtractor = func() (extract.Extractor, error) { return extract.Default() }

// extractOne runs the extractor on one document and turns a panic into an
// error, so that one odd article does not stop a long build.
func extractOne(ex extract.Extractor, doc schema.Document) (x *schema.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extractor panic: %v", r)
		}
	}()
	x, err = ex.Extract(doc)
	if err == nil && x == nil {
		err = fmt.Errorf("extractor returned nothing")
	}
	return x, err
}
