package shell

import (
	"slices"
	"testing"
)

// Tab completes the predicates of docs/schema.md that are not relations:
// the event time of a statement, the outlet of a document, the capital
// and demonym a state is searched by.
func TestWordsHoldTheAttributesOfTheVocabulary(t *testing.T) {
	words := Words(nil)
	for _, w := range []string{"<eventTime>", "<eventText>", "<publishedBy>", "<host>", "<tier>", "<textSignature>", "<capitalName>", "<demonym>", "<alternateName>", "<met>"} {
		if !slices.Contains(words, w) {
			t.Errorf("%s is not completed", w)
		}
	}
}
