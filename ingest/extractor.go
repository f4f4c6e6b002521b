package ingest

import (
	"fmt"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/schema"
)

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

// parseOne runs the stateless stage of a staged extractor on one document,
// turning a panic into an error.
func parseOne(st extract.Staged, doc schema.Document) (p *extract.Parsed, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("extractor panic: %v", r)
		}
	}()
	return st.Prepare(doc), nil
}

// finishOne runs the ordered stage of a staged extractor on one parsed
// document, turning a panic into an error.
func finishOne(st extract.Staged, p *extract.Parsed) (x *schema.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extractor panic: %v", r)
		}
	}()
	x, err = st.Finish(p)
	if err == nil && x == nil {
		err = fmt.Errorf("extractor returned nothing")
	}
	return x, err
}
