package main

import "github.com/newskg/newskg/extract"

// newExtractor gives the extractor that build and extract use; tests replace
// it with a fixed one.
var newExtractor = func() (extract.Extractor, error) { return extract.Default() }
