package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

// IntoStore is the sink of a build: w writes each document into its store
// (skipping an unchanged one, replacing a changed one) in batches. The
// caller reads what it did from w.Stats().
func IntoStore(w *graph.Writer) Sink[*graph.Prepared] { return storeSink{w} }

type storeSink struct{ w *graph.Writer }

func (s storeSink) Prepare(x *schema.Extraction) *graph.Prepared { return s.w.Prepare(x) }

func (s storeSink) Write(p *graph.Prepared) error {
	_, err := s.w.WritePrepared(p)
	return err
}

func (s storeSink) Flush() error { return s.w.Flush() }

// IntoStoreGuarded is IntoStore for the inputs a user names: a document
// whose id the store already holds for another input that still exists
// (two folders built one after the other) is refused rather than written
// over the other. Its *input.Error names both inputs, and Run passes it to
// Options.Skip.
func IntoStoreGuarded(ctx context.Context, w *graph.Writer, qs cgraph.QuadStore) Sink[*graph.Prepared] {
	return guardedSink{storeSink{w}, ctx, qs}
}

type guardedSink struct {
	storeSink
	ctx context.Context
	qs  cgraph.QuadStore
}

func (s guardedSink) Write(p *graph.Prepared) error {
	doc := p.Extraction().Document
	stored, err := graph.StoredSource(s.ctx, s.qs, doc.ID)
	if err != nil {
		return err
	}
	if err := input.Replaces(doc.ID, stored, doc.Source); err != nil {
		return err
	}
	return s.storeSink.Write(p)
}

// NQuads is the sink of newskg extract --format nquads: it prints on out
// what a build would write into an empty store, each document's quads,
// each entity's quads once (after the first document that names it) and,
// at Flush, the vocabulary. extractorVersion goes into the content hashes,
// as in a store.
func NQuads(out io.Writer, extractorVersion string) Sink[documentQuads] {
	return &nquadsSink{out: bufio.NewWriter(out), version: extractorVersion, seen: map[string]bool{}}
}

type nquadsSink struct {
	out     *bufio.Writer
	version string
	seen    map[string]bool // entity quads already printed, by N-Quads spelling
}

// documentQuads are the quads of one document and of the entities it names.
type documentQuads struct{ doc, entities []quad.Quad }

func (s *nquadsSink) Prepare(x *schema.Extraction) documentQuads {
	q := documentQuads{doc: x.DocumentQuads(x.ContentHash(s.version))}
	for _, e := range x.Entities {
		q.entities = append(q.entities, schema.EntityQuads(e)...)
	}
	q.entities = append(q.entities, schema.OutletQuads(x.Document.Outlet)...)
	return q
}

func (s *nquadsSink) Write(q documentQuads) error {
	qs := q.doc
	for _, eq := range q.entities {
		if k := eq.NQuad(); !s.seen[k] {
			s.seen[k] = true
			qs = append(qs, eq)
		}
	}
	return graph.WriteNQuads(s.out, qs)
}

func (s *nquadsSink) Flush() error {
	if err := graph.WriteNQuads(s.out, schema.VocabularyQuads()); err != nil {
		return err
	}
	return s.out.Flush()
}

// JSONLines is the sink of newskg extract --format jsonl: one
// schema.Extraction per line on out.
func JSONLines(out io.Writer) Sink[*schema.Extraction] {
	bw := bufio.NewWriter(out)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonSink{out: bw, enc: enc}
}

type jsonSink struct {
	out *bufio.Writer
	enc *json.Encoder
}

func (s *jsonSink) Prepare(x *schema.Extraction) *schema.Extraction { return x }
func (s *jsonSink) Write(x *schema.Extraction) error                { return s.enc.Encode(x) }
func (s *jsonSink) Flush() error                                    { return s.out.Flush() }
