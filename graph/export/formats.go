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
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
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
// Gephi shows the "label" attribute; yEd shows only its own graphics
// (yFiles' nodegraphics and edgegraphics keys, y:NodeLabel), so each node
// and edge carries both.

type graphmlDoc struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	XMLNSY  string       `xml:"xmlns:y,attr"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID         string `xml:"id,attr"`
	For        string `xml:"for,attr"`
	AttrName   string `xml:"attr.name,attr,omitempty"`
	AttrType   string `xml:"attr.type,attr,omitempty"`
	YFilesType string `xml:"yfiles.type,attr,omitempty"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

// A node's and an edge's data elements: graphmlData for the attributes,
// then yNodeGraphics or yEdgeGraphics.
type graphmlNode struct {
	ID   string `xml:"id,attr"`
	Data []any  `xml:"data"`
}

type graphmlEdge struct {
	ID       string `xml:"id,attr"`
	Source   string `xml:"source,attr"`
	Target   string `xml:"target,attr"`
	Directed bool   `xml:"directed,attr"`
	Data     []any  `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// yNodeGraphics is yEd's drawing of a node: a rounded box sized to its
// label, filled with its type's colour.
type yNodeGraphics struct {
	Key   string `xml:"key,attr"`
	Shape struct {
		Geometry struct {
			Width  int `xml:"width,attr"`
			Height int `xml:"height,attr"`
		} `xml:"y:Geometry"`
		Fill struct {
			Color string `xml:"color,attr"`
		} `xml:"y:Fill"`
		Label string `xml:"y:NodeLabel"`
		Shape struct {
			Type string `xml:"type,attr"`
		} `xml:"y:Shape"`
	} `xml:"y:ShapeNode"`
}

// yEdgeGraphics is yEd's drawing of an edge: its predicate as label, an
// arrow unless the fact is symmetric, in its class's colour.
type yEdgeGraphics struct {
	Key  string `xml:"key,attr"`
	Line struct {
		Style struct {
			Color string `xml:"color,attr"`
			Width string `xml:"width,attr"`
		} `xml:"y:LineStyle"`
		Arrows struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
		} `xml:"y:Arrows"`
		Label string `xml:"y:EdgeLabel"`
	} `xml:"y:PolyLineEdge"`
}

var graphmlKeys = []graphmlKey{
	{ID: "label", For: "node", AttrName: "label", AttrType: "string"},
	{ID: "type", For: "node", AttrName: "type", AttrType: "string"},
	{ID: "names", For: "node", AttrName: "names", AttrType: "string"},
	{ID: "roles", For: "node", AttrName: "roles", AttrType: "string"},
	{ID: "wikidata", For: "node", AttrName: "wikidata", AttrType: "string"},
	{ID: "e_label", For: "edge", AttrName: "label", AttrType: "string"},
	{ID: "predicate", For: "edge", AttrName: "predicate", AttrType: "string"},
	{ID: "class", For: "edge", AttrName: "class", AttrType: "string"},
	{ID: "source", For: "edge", AttrName: "source", AttrType: "string"},
	{ID: "evidence", For: "edge", AttrName: "evidence", AttrType: "string"},
	{ID: "documents", For: "edge", AttrName: "documents", AttrType: "string"},
	{ID: "weight", For: "edge", AttrName: "weight", AttrType: "int"},
	{ID: "document_count", For: "edge", AttrName: "document_count", AttrType: "int"},
	{ID: "y_node", For: "node", YFilesType: "nodegraphics"},
	{ID: "y_edge", For: "edge", YFilesType: "edgegraphics"},
}

// WriteGraphML writes a subgraph as GraphML, with the text of the sentences
// behind each edge (ev, from Evidence) in its evidence attribute.
func WriteGraphML(w io.Writer, g *graph.Subgraph, ev Evidence) error {
	doc := graphmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns", XMLNSY: "http://www.yworks.com/xml/graphml",
		Keys: graphmlKeys, Graph: graphmlGraph{ID: "newskg", EdgeDefault: "directed"}}
	data := func(pairs ...string) []any {
		var out []any
		for i := 0; i < len(pairs); i += 2 {
			if pairs[i+1] != "" {
				out = append(out, graphmlData{pairs[i], pairs[i+1]})
			}
		}
		return out
	}
	for _, n := range g.Nodes {
		node := graphmlNode{ID: n.ID, Data: data(
			"label", n.Name, "type", n.Type, "names", names(n), "roles", strings.Join(n.Roles, " | "), "wikidata", n.Wikidata)}
		var gr yNodeGraphics
		gr.Key = "y_node"
		sh := &gr.Shape
		sh.Label = n.Name
		// yEd does not size a box to its label: about 7 pixels a
		// character of its default 12-point font, and a margin.
		sh.Geometry.Width, sh.Geometry.Height = 7*utf8.RuneCountInString(n.Name)+20, 30
		sh.Fill.Color = typeColors[n.Type]
		if sh.Fill.Color == "" {
			sh.Fill.Color = "#ffffff"
		}
		sh.Shape.Type = "roundrectangle"
		node.Data = append(node.Data, gr)
		doc.Graph.Nodes = append(doc.Graph.Nodes, node)
	}
	for i, e := range g.Edges {
		edge := graphmlEdge{ID: "e" + strconv.Itoa(i), Source: e.Source, Target: e.Target,
			Directed: !e.Symmetric, Data: data(
				"e_label", e.Predicate, "predicate", e.Predicate, "class", e.Class,
				"source", strings.Join(e.Sentences, " "), "evidence", strings.Join(ev.Texts(e), "\n"),
				"documents", strings.Join(e.Documents, " "), "weight", strconv.Itoa(ev.Weight(e)),
				"document_count", strconv.Itoa(ev.DocumentCount(e)))}
		var gr yEdgeGraphics
		gr.Key = "y_edge"
		line := &gr.Line
		line.Label = e.Predicate
		line.Style.Color, line.Style.Width = classColors[e.Class], "1.0"
		if line.Style.Color == "" {
			line.Style.Color = "#000000"
		}
		line.Arrows.Source, line.Arrows.Target = "none", "standard"
		if e.Symmetric {
			line.Arrows.Target = "none"
		}
		edge.Data = append(edge.Data, gr)
		doc.Graph.Edges = append(doc.Graph.Edges, edge)
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
// Graphviz does not know (type, class, source) are kept for other readers;
// the sentences behind an edge are its tooltip, shown on hover in SVG.
func WriteDOT(w io.Writer, g *graph.Subgraph, ev Evidence) error {
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
		fmt.Fprintf(&b, "  %s -> %s [label=%s, predicate=%s, class=%s, source=%s, weight=%d, document_count=%d",
			dotID(e.Source), dotID(e.Target), dotID(e.Predicate), dotID(e.Predicate), dotID(e.Class),
			dotID(strings.Join(e.Sentences, " ")), ev.Weight(e), ev.DocumentCount(e))
		if texts := ev.Texts(e); len(texts) > 0 {
			fmt.Fprintf(&b, ", tooltip=%s", dotID(strings.Join(texts, "\n")))
		}
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
func WriteSVG(ctx context.Context, w io.Writer, g *graph.Subgraph, ev Evidence) error {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoGraphviz
	}
	var in bytes.Buffer
	if err := WriteDOT(&in, g, ev); err != nil {
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

// ToCytoscape converts a subgraph to Cytoscape JSON; an edge's evidence is
// the text of its sentences, in the order of its sentences.
func ToCytoscape(g *graph.Subgraph, ev Evidence) *CytoscapeGraph {
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
			"class": e.Class, "symmetric": e.Symmetric, "weight": ev.Weight(e), "document_count": ev.DocumentCount(e),
			"statements": e.Statements, "sentences": e.Sentences, "documents": e.Documents,
			"evidence": ev.Texts(e),
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
func WriteCytoscape(w io.Writer, g *graph.Subgraph, ev Evidence) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(ToCytoscape(g, ev))
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

// WriteCSVEdges writes the edge table: one fact per row, its sentence ids
// and documents separated by spaces, the sentences' text one a line. Its
// last column, document_count, came after the others.
func WriteCSVEdges(w io.Writer, g *graph.Subgraph, ev Evidence) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"source", "target", "predicate", "class", "type", "weight", "sentences", "documents", "evidence", "document_count"})
	for _, e := range g.Edges {
		cw.Write([]string{e.Source, e.Target, e.Predicate, e.Class, edgeDirected(e), strconv.Itoa(ev.Weight(e)),
			strings.Join(e.Sentences, " "), strings.Join(e.Documents, " "), strings.Join(ev.Texts(e), "\n"),
			strconv.Itoa(ev.DocumentCount(e))})
	}
	cw.Flush()
	return cw.Error()
}

// Evidence is what the graph formats say about a subgraph's edges besides
// the subgraph: the text of the sentences behind them, and each fact's
// support (how many statements and documents state it), the edge's weight.
// The support is the store's, as the lookup API gives it: an export of one
// document lists that document's sentences, and weighs each fact by every
// document that states it.
type Evidence struct {
	texts   map[string]string         // by sentence id
	support map[string]*graph.Support // by edge id
}

// ReadEvidence reads the sentences behind g's edges, and the support of
// each fact. f is the filter g was selected with: a subgraph not filtered by
// document holds every statement of its facts, so their support is counted
// there; one of a document holds only that document's, so the support is
// read from the store (graph.Reader.WithSupport).
func ReadEvidence(ctx context.Context, r *graph.Reader, f graph.SubgraphFilter, g *graph.Subgraph) (Evidence, error) {
	ev := Evidence{texts: map[string]string{}, support: map[string]*graph.Support{}}
	for _, e := range g.Edges {
		for _, id := range e.Sentences {
			if _, ok := ev.texts[id]; ok {
				continue
			}
			s, ok, err := r.Sentence(ctx, id)
			if err != nil {
				return ev, err
			}
			if ok {
				ev.texts[id] = s.Text
			}
		}
	}
	if f.Document == "" {
		ev.countSupport(g)
		return ev, nil
	}
	byID := make(map[string]*graph.Statement, len(g.Statements))
	for _, st := range g.Statements {
		byID[st.ID] = st
	}
	for _, e := range g.Edges {
		if len(e.Statements) == 0 || byID[e.Statements[0]] == nil {
			continue
		}
		// Every statement of an edge states its fact: one tells the
		// support of all.
		st := *byID[e.Statements[0]]
		if err := r.WithSupport(ctx, []*graph.Statement{&st}); err != nil {
			return ev, err
		}
		ev.support[e.ID] = st.Support
	}
	return ev, nil
}

// countSupport counts the support of g's facts among g's own statements.
// A symmetric fact is one edge in the store however its sentences order
// its ends (A met B, B met A), and g has an edge for each order: both carry
// the support of the fact.
func (ev Evidence) countSupport(g *graph.Subgraph) {
	fact := func(e *graph.Edge) string {
		a, b := e.Source, e.Target
		if e.Symmetric && b < a {
			a, b = b, a
		}
		return a + " " + e.Predicate + " " + b
	}
	facts := map[string]*graph.Support{}
	docs := map[string]map[string]bool{}
	for _, e := range g.Edges {
		k := fact(e)
		if facts[k] == nil {
			facts[k], docs[k] = &graph.Support{}, map[string]bool{}
		}
		facts[k].Statements += len(e.Statements)
		for _, d := range e.Documents {
			docs[k][d] = true
		}
		ev.support[e.ID] = facts[k]
	}
	for k, sup := range facts {
		sup.Documents = len(docs[k])
	}
}

// Texts is the text of e's sentences, in the order of e.Sentences.
func (ev Evidence) Texts(e *graph.Edge) []string {
	out := []string{}
	for _, id := range e.Sentences {
		if t, ok := ev.texts[id]; ok {
			out = append(out, t)
		}
	}
	return out
}

// Weight is the number of statements that state e's fact in the store (the
// statements e lists when its support was not read).
func (ev Evidence) Weight(e *graph.Edge) int {
	if sup := ev.support[e.ID]; sup != nil {
		return sup.Statements
	}
	return len(e.Statements)
}

// DocumentCount is the number of documents that state e's fact in the
// store (the documents e lists when its support was not read).
func (ev Evidence) DocumentCount(e *graph.Edge) int {
	if sup := ev.support[e.ID]; sup != nil {
		return sup.Documents
	}
	return len(e.Documents)
}
