package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/export"
	"github.com/newskg/newskg/schema"
)

// exportOptions are the flags of export.
type exportOptions struct {
	*rootOptions
	format   string
	out      string
	table    string
	entity   string
	depth    int
	class    string
	document string
	base     string
}

func newExportCmd(root *rootOptions) *cobra.Command {
	f := &exportOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph, or a piece of it, as N-Quads, JSON-LD, GraphML, DOT, Cytoscape JSON, CSV or SVG",
		Long: `Export writes the store in a format that other tools load: nquads and jsonld
(RDF 1.1: every quad, provenance included, IRIs absolute under --base),
nquads-cayley (the store's short IRIs, for cayley load), graphml (Gephi, yEd),
dot and svg (Graphviz; svg needs dot installed), cytoscape (Cytoscape JSON) and
csv (a node table and an edge table).

The graph formats hold entities as nodes and facts as edges, each edge with its
predicate, class, source sentences and their text. Filters pick a piece: --entity with
--depth (the entities within that many facts), --class (one relation class),
--document (the facts of one document). The RDF formats then hold the quads
that describe that piece: entities, facts, statements, sentences, documents.

Examples:
  newskg export --format nquads > graph.nq
  newskg export --format nquads-cayley > graph.nq && cayley load --db bolt --dbpath copy.db -i graph.nq
  newskg export --format graphml --entity Vladimir_Putin --depth 2 -o putin.graphml
  newskg export --format csv --out tables/          # tables/nodes.csv, tables/edges.csv
  newskg export --format csv --table edges --class conflict
  newskg export --format svg --class contact -o contacts.svg`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o := export.Options{Format: f.format, Table: f.table, Base: f.base, Filter: graph.SubgraphFilter{
				Entity: f.entity, Depth: f.depth, Class: f.class, Document: f.document}}
			csvDir := f.format == export.CSV && f.table == "" && f.out != ""
			if csvDir {
				o.Table = export.NodesTable // checked here, both written below
			}
			if err := export.Check(o); err != nil {
				if f.format == export.CSV && f.table == "" {
					return errors.New("a CSV export is two tables: give --table nodes or --table edges for stdout, or --out DIR for both")
				}
				return err
			}
			store, err := graph.Open(f.db, graph.Options{ReadOnly: true})
			if err != nil {
				return err
			}
			defer store.Close()
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			r, err := graph.NewReader(ctx, store)
			if err != nil {
				return err
			}
			if csvDir {
				return exportCSVTables(ctx, r, o.Filter, f.out, cmd.ErrOrStderr())
			}
			w := cmd.OutOrStdout()
			var file *os.File
			if f.out != "" && f.out != "-" {
				if file, err = os.Create(f.out); err != nil {
					return err
				}
				w = file
			}
			res, err := export.Export(ctx, w, store, r, o)
			if file != nil {
				if cerr := file.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					os.Remove(f.out)
				}
			}
			if err != nil {
				return err
			}
			if file != nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s\n", f.out, describe(res))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", export.NQuads, "one of "+strings.Join(export.Formats, ", "))
	fl.StringVarP(&f.out, "out", "o", "", "write to this file (for csv without --table: this directory) instead of stdout")
	fl.StringVar(&f.table, "table", "", "csv: the table to write, nodes or edges")
	fl.StringVar(&f.entity, "entity", "", "keep the neighbourhood of this entity (its key: Vladimir_Putin)")
	fl.IntVar(&f.depth, "depth", 1, fmt.Sprintf("with --entity: how many facts away (1 to %d)", graph.MaxDepth))
	fl.StringVar(&f.class, "class", "", "keep one relation class ("+strings.Join(graph.Classes(), ", ")+")")
	fl.StringVar(&f.document, "document", "", "keep the facts of one document (its id: 000_e9ccde89d1c48e2a)")
	fl.StringVar(&f.base, "base", schema.Base, "nquads, jsonld: the namespace that the store's short IRIs are resolved against")
	return cmd
}

// exportCSVTables writes nodes.csv and edges.csv into dir.
func exportCSVTables(ctx context.Context, r *graph.Reader, f graph.SubgraphFilter, dir string, stderr io.Writer) error {
	g, err := r.Subgraph(ctx, f)
	if err != nil {
		return err
	}
	ev, err := export.ReadEvidence(ctx, r, f, g)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, table := range []string{export.NodesTable, export.EdgesTable} {
		path := filepath.Join(dir, table+".csv")
		file, err := os.Create(path)
		if err != nil {
			return err
		}
		err = export.WriteGraph(ctx, file, g, ev, export.CSV, table)
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
	}
	fmt.Fprintf(stderr, "%s: nodes.csv and edges.csv, %s\n", dir, describe(export.Result{Nodes: len(g.Nodes), Edges: len(g.Edges)}))
	return nil
}

func describe(r export.Result) string {
	var parts []string
	if r.Nodes > 0 || r.Edges > 0 {
		parts = append(parts, fmt.Sprintf("%d nodes, %d edges", r.Nodes, r.Edges))
	}
	if r.Quads > 0 {
		parts = append(parts, fmt.Sprintf("%d quads", r.Quads))
	}
	if r.Truncated {
		parts = append(parts, "truncated")
	}
	if len(parts) == 0 {
		return "empty"
	}
	return strings.Join(parts, ", ")
}
