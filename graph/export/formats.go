package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/voc/schema" // the schema: prefix of typed literals

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/schema"
)

// names joins an entity's alternate names for the formats whose attributes
// are flat strings.
func names(e *graph.Entity) string {
	var out []string
	seen := map[string]bool{}
	for _, n := range e.Names {
		if !seen[n.Text] {
			seen[n.Text] = true
			out = append(out, n.Text)
		}
	}
	return strings.Join(out, " | ")
}

func edgeDirected(e *graph.Edge) string {
	if e.Symmetric {
		return "undirected"
	}
	return "directed"
}

// GraphML, http://graphml.graphdrawing.org/: keys declare the attributes,
// then one graph of nodes and edges. Symmetric facts are undirected edges.

type graphmlDoc struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID       string        `xml:"id,attr"`
	Source   string        `xml:"source,attr"`
	Target   string        `xml:"target,attr"`
	Directed bool          `xml:"directed,attr"`
	Data     []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

var graphmlKeys = []graphmlKey{
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"names", "node", "names", "string"},
	{"roles", "node", "roles", "string"},
	{"wikidata", "node", "wikidata", "string"},
	{"e_label", "edge", "label", "string"},
	{"predicate", "edge", "predicate", "string"},
	{"class", "edge", "class", "string"},
	{"source", "edge", "source", "string"},
	{"documents", "edge", "documents", "string"},
	{"weight", "edge", "weight", "int"},
}

// WriteGraphML writes a subgraph as GraphML.
func WriteGraphML(w io.Writer, g *graph.Subgraph) error {
	doc := graphmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns", Keys: graphmlKeys,
		Graph: graphmlGraph{ID: "newskg", EdgeDefault: "directed"}}
	data := func(pairs ...string) []graphmlData {
		var out []graphmlData
		for i := 0; i < len(pairs); i += 2 {
			if pairs[i+1] != "" {
				out = append(out, graphmlData{pairs[i], pairs[i+1]})
			}
		}
		return out
	}
	for _, n := range g.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: n.ID, Data: data(
			"label", n.Name, "type", n.Type, "names", names(n), "roles", strings.Join(n.Roles, " | "), "wikidata", n.Wikidata)})
	}
	for i, e := range g.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{ID: "e" + strconv.Itoa(i), Source: e.Source, Target: e.Target,
			Directed: !e.Symmetric, Data: data(
				"e_label", e.Predicate, "predicate", e.Predicate, "class", e.Class,
				"source", strings.Join(e.Sentences, " "), "documents", strings.Join(e.Documents, " "),
				"weight", strconv.Itoa(len(e.Statements)))})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// typeColors and classColors are the colours of the DOT and SVG output (the
// web view has the same in its stylesheet).
var typeColors = map[string]string{
	"Person": "#fde2c8", "Country": "#cfe3f7", "Organization": "#dcd3f2", "Place": "#d4eed7", "Concept": "#f1f1f1",
}

var classColors = map[string]string{
	"contact": "#2b7bb9", "cooperation": "#2e9e52", "conflict": "#c83737", "affiliation": "#7a5195",
	"pressure": "#e07b00", "location": "#6b8e23", "nationality": "#8c6d31", "family": "#b5588a",
}

// WriteDOT writes a subgraph in Graphviz's DOT language. Attributes that
// Graphviz does not know (type, class, source) are kept for other readers.
func WriteDOT(w io.Writer, g *graph.Subgraph) error {
	var b bytes.Buffer
	b.WriteString("digraph newskg {\n")
	b.WriteString("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n")
	b.WriteString("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fillcolor=\"#ffffff\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "  %s [label=%s, type=%s", dotID(n.ID), dotID(n.Name), dotID(n.Type))
		if c, ok := typeColors[n.Type]; ok {
			fmt.Fprintf(&b, ", fillcolor=%s", dotID(c))
		}
		if n.Wikidata != "" {
			fmt.Fprintf(&b, ", wikidata=%s", dotID(n.Wikidata))
		}
		b.WriteString("];\n")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "  %s -> %s [label=%s, predicate=%s, class=%s, source=%s, weight=%d",
			dotID(e.Source), dotID(e.Target), dotID(e.Predicate), dotID(e.Predicate), dotID(e.Class),
			dotID(strings.Join(e.Sentences, " ")), len(e.Statements))
		if c, ok := classColors[e.Class]; ok {
			fmt.Fprintf(&b, ", color=%s, fontcolor=%s", dotID(c), dotID(c))
		}
		if e.Symmetric {
			b.WriteString(", dir=none")
		}
		b.WriteString("];\n")
	}
	b.WriteString("}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// dotID quotes a DOT identifier.
func dotID(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}

// ErrNoGraphviz is returned when SVG is asked for and Graphviz's dot is not
// installed.
var ErrNoGraphviz = errors.New("SVG export needs Graphviz's dot command, which is not installed (apt-get install graphviz); or export --format dot and render it elsewhere")

// WriteSVG renders a subgraph with Graphviz's dot.
func WriteSVG(ctx context.Context, w io.Writer, g *graph.Subgraph) error {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoGraphviz
	}
	var in bytes.Buffer
	if err := WriteDOT(&in, g); err != nil {
		return err
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, dot, "-Tsvg")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = &in, &out, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("graphviz dot failed: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	_, err = w.Write(out.Bytes())
	return err
}

// CytoscapeGraph is the Cytoscape JSON of a subgraph (the "cyjs" format of
// Cytoscape desktop, which Cytoscape.js reads as is).
type CytoscapeGraph struct {
	FormatVersion string `json:"format_version"`
	GeneratedBy   string `json:"generated_by"`
	Data          struct {
		Name      string `json:"name"`
		Truncated bool   `json:"truncated"`
	} `json:"data"`
	Elements struct {
		Nodes []CytoscapeElement `json:"nodes"`
		Edges []CytoscapeElement `json:"edges"`
	} `json:"elements"`
}

// CytoscapeElement is a node or an edge; its data holds the attributes.
type CytoscapeElement struct {
	Data map[string]any `json:"data"`
}

// ToCytoscape converts a subgraph to Cytoscape JSON.
func ToCytoscape(g *graph.Subgraph) *CytoscapeGraph {
	c := &CytoscapeGraph{FormatVersion: "1.0", GeneratedBy: "newskg"}
	c.Data.Name = "newskg"
	c.Data.Truncated = g.Truncated
	c.Elements.Nodes = []CytoscapeElement{}
	c.Elements.Edges = []CytoscapeElement{}
	for _, n := range g.Nodes {
		d := map[string]any{"id": n.ID, "name": n.Name, "label": n.Name, "type": n.Type, "names": namesList(n)}
		if n.Wikidata != "" {
			d["wikidata"] = n.Wikidata
		}
		if len(n.Roles) > 0 {
			d["roles"] = n.Roles
		}
		c.Elements.Nodes = append(c.Elements.Nodes, CytoscapeElement{d})
	}
	for _, e := range g.Edges {
		c.Elements.Edges = append(c.Elements.Edges, CytoscapeElement{map[string]any{
			"id": e.ID, "source": e.Source, "target": e.Target, "label": e.Predicate, "predicate": e.Predicate,
			"class": e.Class, "symmetric": e.Symmetric, "weight": len(e.Statements),
			"statements": e.Statements, "sentences": e.Sentences, "documents": e.Documents,
		}})
	}
	return c
}

func namesList(e *graph.Entity) []string {
	out := []string{}
	for _, n := range e.Names {
		out = append(out, n.Text)
	}
	return out
}

// WriteCytoscape writes a subgraph as Cytoscape JSON.
func WriteCytoscape(w io.Writer, g *graph.Subgraph) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(ToCytoscape(g))
}

// WriteCSVNodes writes the node table: one entity per row.
func WriteCSVNodes(w io.Writer, g *graph.Subgraph) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "label", "type", "names", "roles", "wikidata"})
	for _, n := range g.Nodes {
		cw.Write([]string{n.ID, n.Name, n.Type, names(n), strings.Join(n.Roles, " | "), n.Wikidata})
	}
	cw.Flush()
	return cw.Error()
}

// WriteCSVEdges writes the edge table: one fact per row, its sentences
// and documents separated by spaces.
func WriteCSVEdges(w io.Writer, g *graph.Subgraph) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"source", "target", "predicate", "class", "type", "weight", "sentences", "documents"})
	for _, e := range g.Edges {
		cw.Write([]string{e.Source, e.Target, e.Predicate, e.Class, edgeDirected(e), strconv.Itoa(len(e.Statements)),
			strings.Join(e.Sentences, " "), strings.Join(e.Documents, " ")})
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSONLD writes quads as JSON-LD (expanded form, one named graph per
// label), with newskg's relative IRIs made absolute against schema.Base.
func WriteJSONLD(w io.Writer, quads []quad.Quad) error {
	jw := jsonld.NewWriter(w)
	for _, q := range quads {
		q = quad.Quad{Subject: Absolute(q.Subject), Predicate: Absolute(q.Predicate), Object: Absolute(q.Object), Label: Absolute(q.Label)}
		if err := jw.WriteQuad(q); err != nil {
			return err
		}
	}
	return jw.Close()
}

// Absolute resolves a relative IRI (and the datatype of a typed literal)
// against schema.Base: <Vladimir_Putin> becomes
// <https://newskg.org/Vladimir_Putin>, <schema:Integer> becomes
// <http://schema.org/Integer>, and absolute IRIs stay as they are.
func Absolute(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return absoluteIRI(v)
	case quad.TypedString:
		v.Type = absoluteIRI(v.Type)
		return v
	case quad.TypedStringer:
		ts := v.TypedString()
		ts.Type = absoluteIRI(ts.Type)
		return ts
	}
	return v
}

func absoluteIRI(iri quad.IRI) quad.IRI {
	if full := iri.Full(); full != iri {
		return full
	}
	s := string(iri)
	if i := strings.Index(s, "://"); i > 0 && isScheme(s[:i]) || strings.HasPrefix(s, "urn:") {
		return iri
	}
	return quad.IRI(schema.Base + s)
}

func isScheme(s string) bool {
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return s != ""
}
