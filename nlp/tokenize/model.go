package tokenize

import (
	"fmt"
	"io"

	"github.com/newskg/newskg/nlp/internal/modelio"
)

type model struct {
	DesPrev    []string
	DesArticle []bool
}

// Save writes what the tokenizer learned, deterministically.
func (t *Tokenizer) Save(w io.Writer) error {
	var m model
	m.DesPrev, m.DesArticle = modelio.Sorted(t.desArticle)
	return modelio.Write(w, "tokenizer", &m)
}

// Load reads a tokenizer written by Save.
func Load(data []byte) (*Tokenizer, error) {
	var m model
	if _, err := modelio.Read(data, "tokenizer", &m); err != nil {
		return nil, err
	}
	if len(m.DesPrev) != len(m.DesArticle) {
		return nil, fmt.Errorf("tokenizer model: inconsistent tables")
	}
	t := &Tokenizer{desArticle: make(map[string]bool, len(m.DesPrev))}
	for i, k := range m.DesPrev {
		t.desArticle[k] = m.DesArticle[i]
	}
	return t, nil
}
