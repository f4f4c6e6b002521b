// Package export writes a newskg graph, or a piece of it, in the formats
// that other tools load: N-Quads and JSON-LD for RDF stores (every quad,
// provenance included, IRIs made absolute under a base), N-Quads as the
// store spells them for `cayley load`, GraphML for Gephi and yEd, DOT and
// SVG for Graphviz, Cytoscape JSON for Cytoscape and Cytoscape.js, and CSV
// node and edge tables for spreadsheets.
//
// The graph formats (GraphML, DOT, SVG, Cytoscape, CSV) hold the entity
// graph of graph.Subgraph: entities as nodes, facts as edges, each edge with
// its predicate, class and source sentences, and as its weight the support
// of its fact in the store (statements, and in document_count documents,
// as the lookup API counts them). The RDF formats hold quads: the
// whole store when nothing is filtered, else the quads that describe the
// selected subgraph (graph.Reader.Quads).
//
// It does not choose what to export (graph.SubgraphFilter does) nor talk
// HTTP; the CLI's export command and the server's /api/v1/export both call
// Export.
package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/newskg/graph"
)

// Format names.
const (
	NQuads       = "nquads"
	NQuadsCayley = "nquads-cayley"
	JSONLD       = "jsonld"
	GraphML      = "graphml"
	DOT          = "dot"
	Cytoscape    = "cytoscape"
	CSV          = "csv"
	SVG          = "svg"
)

// Formats lists the export formats.
var Formats = []string{NQuads, NQuadsCayley, JSONLD, GraphML, DOT, Cytoscape, CSV, SVG}

// CSV tables.
const (
	NodesTable = "nodes"
	EdgesTable = "edges"
)

// ErrUnknownFormat is returned (wrapped) for a format not in Formats.
var ErrUnknownFormat = errors.New("unknown export format")

// ErrNoTable is returned (wrapped) for a CSV export without a table.
var ErrNoTable = errors.New("no CSV table")

// Options says what to export and how.
type Options struct {
	Format string
	Filter graph.SubgraphFilter
	// Table is the CSV table to write: NodesTable or EdgesTable.
	Table string
	// Base is the namespace of the RDF formats' IRIs (schema.Base if empty).
	Base string
}

// Result says what an export wrote.
type Result struct {
	Nodes, Edges int  // for the graph formats
	Quads        int  // for the RDF formats
	Truncated    bool // the walk from the filter's entity hit its node limit
}

// Check validates the format and table before anything is read.
func Check(o Options) error {
	if !known(o.Format) {
		return fmt.Errorf("%w %q (known: %s)", ErrUnknownFormat, o.Format, strings.Join(Formats, ", "))
	}
	if o.Format == CSV && o.Table != NodesTable && o.Table != EdgesTable {
		if o.Table == "" {
			return fmt.Errorf("%w: a CSV export is two tables; choose %q or %q", ErrNoTable, NodesTable, EdgesTable)
		}
		return fmt.Errorf("%w: unknown CSV table %q; choose %q or %q", ErrNoTable, o.Table, NodesTable, EdgesTable)
	}
	return CheckBase(o.Base)
}

func known(format string) bool {
	for _, f := range Formats {
		if f == format {
			return true
		}
	}
	return false
}

// ContentType is the media type of a format.
func ContentType(format string) string {
	switch format {
	case NQuads, NQuadsCayley:
		return "application/n-quads"
	case JSONLD:
		return "application/ld+json"
	case GraphML:
		return "application/graphml+xml"
	case DOT:
		return "text/vnd.graphviz; charset=utf-8"
	case Cytoscape:
		return "application/json"
	case CSV:
		return "text/csv; charset=utf-8"
	case SVG:
		return "image/svg+xml"
	}
	return "application/octet-stream"
}

// Extension is the usual file extension of a format.
func Extension(format string) string {
	switch format {
	case NQuads, NQuadsCayley:
		return ".nq"
	case Cytoscape:
		return ".cyjs"
	}
	return "." + format
}

// Export writes what o selects from the store in o's format.
func Export(ctx context.Context, w io.Writer, qs cgraph.QuadStore, r *graph.Reader, o Options) (Result, error) {
	if err := Check(o); err != nil {
		return Result{}, err
	}
	if err := r.Check(ctx, o.Filter); err != nil {
		return Result{}, err
	}
	if o.Format == NQuads || o.Format == NQuadsCayley || o.Format == JSONLD {
		return exportQuads(ctx, w, qs, r, o)
	}
	g, err := r.Subgraph(ctx, o.Filter)
	if err != nil {
		return Result{}, err
	}
	res := Result{Nodes: len(g.Nodes), Edges: len(g.Edges), Truncated: g.Truncated}
	ev, err := ReadEvidence(ctx, r, o.Filter, g)
	if err != nil {
		return res, err
	}
	return res, WriteGraph(ctx, w, g, ev, o.Format, o.Table)
}

// WriteGraph writes a subgraph in one of the graph formats.
func WriteGraph(ctx context.Context, w io.Writer, g *graph.Subgraph, ev Evidence, format, table string) error {
	switch format {
	case GraphML:
		return WriteGraphML(w, g, ev)
	case DOT:
		return WriteDOT(w, g, ev)
	case SVG:
		return WriteSVG(ctx, w, g, ev)
	case Cytoscape:
		return WriteCytoscape(w, g, ev)
	case CSV:
		if table == EdgesTable {
			return WriteCSVEdges(w, g, ev)
		}
		return WriteCSVNodes(w, g)
	}
	return fmt.Errorf("%w %q: not a graph format", ErrUnknownFormat, format)
}

// exportQuads writes the RDF formats: the whole store, streamed, when
// nothing is filtered; the subgraph's own quads otherwise.
func exportQuads(ctx context.Context, w io.Writer, qs cgraph.QuadStore, r *graph.Reader, o Options) (Result, error) {
	var res Result
	var quads []quad.Quad
	if o.Filter.Whole() {
		if o.Format != JSONLD {
			nw := nquads.NewWriter(w)
			out := nquadsWriter{w: nw}
			if o.Format == NQuads {
				out.r = &Resolver{Base: o.Base}
			}
			n, err := graph.EachQuad(ctx, qs, out.WriteQuad)
			if err == nil {
				err = nw.Close()
			}
			return Result{Quads: n}, err
		}
		if _, err := graph.EachQuad(ctx, qs, func(q quad.Quad) error {
			quads = append(quads, q)
			return nil
		}); err != nil {
			return res, err
		}
		res.Quads = len(quads)
	} else {
		g, err := r.Subgraph(ctx, o.Filter)
		if err != nil {
			return res, err
		}
		if quads, err = r.Quads(ctx, g); err != nil {
			return res, err
		}
		res = Result{Nodes: len(g.Nodes), Edges: len(g.Edges), Quads: len(quads), Truncated: g.Truncated}
	}
	switch o.Format {
	case NQuadsCayley:
		return res, graph.WriteNQuads(w, quads)
	case NQuads:
		resolved := make([]quad.Quad, len(quads))
		rs := Resolver{Base: o.Base}
		for i, q := range quads {
			resolved[i] = rs.Quad(q)
		}
		return res, graph.WriteNQuads(w, resolved)
	}
	return res, WriteJSONLD(w, quads, o.Base)
}
