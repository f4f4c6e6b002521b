package tokenize

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"slices"
)

type model struct {
	DesPrev    []string
	DesArticle []bool
}

// Save writes what the tokenizer learned, deterministically.
func (t *Tokenizer) Save(w io.Writer) error {
	var m model
	for k := range t.desArticle {
		m.DesPrev = append(m.DesPrev, k)
	}
	slices.Sort(m.DesPrev)
	for _, k := range m.DesPrev {
		m.DesArticle = append(m.DesArticle, t.desArticle[k])
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err := gob.NewEncoder(zw).Encode(&m); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a tokenizer written by Save.
func Load(data []byte) (*Tokenizer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("tokenizer model: %w", err)
	}
	var m model
	if err := gob.NewDecoder(zr).Decode(&m); err != nil {
		return nil, fmt.Errorf("tokenizer model: %w", err)
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
