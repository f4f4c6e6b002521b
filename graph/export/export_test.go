package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/export"
	"github.com/newskg/newskg/graph/storetest"
	"github.com/newskg/newskg/ingest/ingesttest"
	"github.com/newskg/newskg/schema"
)

// sample returns the sample store and a reader on it.
func sample(t *testing.T) (*graph.Store, *graph.Reader) {
	t.Helper()
	store := ingesttest.SampleStore(t)
	r, err := graph.NewReader(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	return store, r
}

func run(t *testing.T, o export.Options) (string, export.Result) {
	t.Helper()
	store, r := sample(t)
	var b bytes.Buffer
	res, err := export.Export(context.Background(), &b, store, r, o)
	if err != nil {
		t.Fatalf("export %+v: %v", o, err)
	}
	return b.String(), res
}

// The filters every graph format is checked with: the whole graph, Putin's
// neighbourhood, one class, one document.
var filters = map[string]graph.SubgraphFilter{
	"whole graph":        {},
	"Putin, depth 2":     {Entity: "Vladimir_Putin", Depth: 2},
	"contact only":       {Class: "contact"},
	"one document":       {Document: "004_560a51eec7ef2898"},
	"Witkoff's contacts": {Entity: "Steve_Witkoff", Class: "contact"},
}

// want is what each graph format must hold: the subgraph's nodes and edges.
func want(t *testing.T, f graph.SubgraphFilter) *graph.Subgraph {
	t.Helper()
	_, r := sample(t)
	g, err := r.Subgraph(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) == 0 {
		t.Fatalf("%+v selects no edges; the test would prove nothing", f)
	}
	return g
}

func TestSubgraphFilters(t *testing.T) {
	whole, one, two := want(t, graph.SubgraphFilter{}), want(t, graph.SubgraphFilter{Entity: "Vladimir_Putin"}),
		want(t, graph.SubgraphFilter{Entity: "Vladimir_Putin", Depth: 2})
	if !(len(one.Nodes) < len(two.Nodes) && len(two.Nodes) < len(whole.Nodes)) {
		t.Errorf("nodes: depth 1 %d, depth 2 %d, whole %d; each should hold more", len(one.Nodes), len(two.Nodes), len(whole.Nodes))
	}
	for _, e := range one.Edges {
		if e.Source != "Vladimir_Putin" && e.Target != "Vladimir_Putin" && !hasNode(one, e.Source) {
			t.Errorf("depth 1 edge %s leaves the neighbourhood", e.ID)
		}
	}
	for _, e := range want(t, graph.SubgraphFilter{Class: "conflict"}).Edges {
		if e.Class != "conflict" {
			t.Errorf("class conflict kept %s (%s)", e.ID, e.Class)
		}
	}
	for _, e := range want(t, filters["one document"]).Edges {
		if len(e.Documents) != 1 || e.Documents[0] != "004_560a51eec7ef2898" {
			t.Errorf("document filter kept %s from %v", e.ID, e.Documents)
		}
	}
}

func hasNode(g *graph.Subgraph, id string) bool {
	for _, n := range g.Nodes {
		if n.ID == id {
			return true
		}
	}
	return false
}

// The Cayley N-Quads of the whole store are the store: parsed back, the
// same number of quads, and loaded into another store, the same store.
func TestNQuadsReadsBackToTheSameQuads(t *testing.T) {
	store, _ := sample(t)
	out, res := run(t, export.Options{Format: export.NQuadsCayley})
	quads := parseNQuads(t, out)
	st, err := store.Stats(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(quads)) != st.Quads.Size || res.Quads != len(quads) {
		t.Errorf("%d quads exported (%d said), the store holds %d", len(quads), res.Quads, st.Quads.Size)
	}
	copy, err := graph.Open("memstore:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := graph.AddQuads(context.Background(), copy, quads); err != nil || n != len(quads) {
		t.Errorf("loading back: %d of %d quads, %v", n, len(quads), err)
	}

	// A filtered export describes its subgraph: every edge, with its
	// sentence as label, and the names of every node.
	out, _ = run(t, export.Options{Format: export.NQuadsCayley, Filter: filters["Putin, depth 2"]})
	g := want(t, filters["Putin, depth 2"])
	edges, names := map[string]bool{}, map[string]bool{}
	for _, q := range parseNQuads(t, out) {
		if p, ok := schema.ParsePredicate(string(q.Predicate.(quad.IRI))); ok && p != schema.Said {
			edges[string(q.Subject.(quad.IRI))+" "+string(p)+" "+string(q.Object.(quad.IRI))] = true
		}
		if q.Predicate == schema.Name {
			names[string(q.Subject.(quad.IRI))] = true
		}
	}
	if len(edges) != len(g.Edges) || len(names) != len(g.Nodes) {
		t.Errorf("filtered N-Quads: %d edges and %d named nodes, the subgraph has %d and %d", len(edges), len(names), len(g.Edges), len(g.Nodes))
	}
}

func parseNQuads(t *testing.T, s string) []quad.Quad {
	t.Helper()
	var out []quad.Quad
	r := nquads.NewReader(strings.NewReader(s), false)
	for {
		q, err := r.ReadQuad()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("N-Quads line %d: %v", len(out)+1, err)
			}
			return out
		}
		out = append(out, q)
	}
}

// `cayley load` of the Cayley N-Quads export gives a store with as many
// quads, which answers the README's queries with their short IRIs.
func TestStockCayleyLoadsTheNQuads(t *testing.T) {
	cayley := storetest.StockCayley(t)
	dir := t.TempDir()
	out, res := run(t, export.Options{Format: export.NQuadsCayley})
	file := filepath.Join(dir, "graph.nq")
	os.WriteFile(file, []byte(out), 0o644)
	db := filepath.Join(dir, "loaded.db")
	if msg, err := exec.Command(cayley, "load", "--init", "--db", "bolt", "--dbpath", db, "-i", file).CombinedOutput(); err != nil {
		t.Fatalf("cayley load: %v\n%s", err, msg)
	}
	loaded, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer loaded.Close()
	c, err := graph.Count(context.Background(), loaded)
	if err != nil {
		t.Fatal(err)
	}
	if int(c.Quads) != res.Quads {
		t.Errorf("cayley load: %d quads, the export had %d", c.Quads, res.Quads)
	}
}

type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
		// yFiles' graphics keys, which yEd draws from.
		YFiles string `xml:"yfiles.type,attr"`
	} `xml:"key"`
	Graphs []struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source   string        `xml:"source,attr"`
			Target   string        `xml:"target,attr"`
			Directed string        `xml:"directed,attr"`
			Data     []graphmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
	// yEd's labels: what yEd draws, from the yFiles graphics data.
	NodeLabel string `xml:"ShapeNode>NodeLabel"`
	EdgeLabel string `xml:"PolyLineEdge>EdgeLabel"`
}

// dataMap is the data of a node or edge by key; yEd's label is under "yEd".
func dataMap(ds []graphmlData) map[string]string {
	m := map[string]string{}
	for _, d := range ds {
		m[d.Key] = d.Value
		if d.NodeLabel != "" || d.EdgeLabel != "" {
			m["yEd"] = d.NodeLabel + d.EdgeLabel
		}
	}
	return m
}

// GraphML: a graphml root with keys declared for nodes and edges, one graph,
// nodes with their names and types, edges between declared nodes with their
// predicate, class and source sentences.
func TestGraphML(t *testing.T) {
	for name, f := range filters {
		g := want(t, f)
		out, res := run(t, export.Options{Format: export.GraphML, Filter: f})
		var doc graphmlDoc
		if err := xml.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: not GraphML: %v", name, err)
		}
		keys := map[string]string{}
		for _, k := range doc.Keys {
			if k.For != "node" && k.For != "edge" || k.Type == "" && k.YFiles == "" {
				t.Errorf("%s: key %+v", name, k)
			}
			keys[k.ID] = k.For
			if k.YFiles != "" {
				keys[k.YFiles] = k.For
			}
		}
		for _, k := range []string{"label", "type", "names", "predicate", "class", "source", "evidence", "nodegraphics", "edgegraphics"} {
			if keys[k] == "" {
				t.Errorf("%s: no key %q declared", name, k)
			}
		}
		if len(doc.Graphs) != 1 || doc.Graphs[0].EdgeDefault != "directed" {
			t.Fatalf("%s: want one directed graph, got %d", name, len(doc.Graphs))
		}
		gr := doc.Graphs[0]
		if len(gr.Nodes) != len(g.Nodes) || len(gr.Edges) != len(g.Edges) || res.Nodes != len(g.Nodes) || res.Edges != len(g.Edges) {
			t.Errorf("%s: %d nodes and %d edges, the subgraph has %d and %d", name, len(gr.Nodes), len(gr.Edges), len(g.Nodes), len(g.Edges))
		}
		nodes := map[string]bool{}
		for _, n := range gr.Nodes {
			nodes[n.ID] = true
			d := dataMap(n.Data)
			if d["label"] == "" || d["type"] == "" {
				t.Errorf("%s: node %s without label or type: %v", name, n.ID, d)
			}
			if d["yEd"] != d["label"] {
				t.Errorf("%s: node %s: yEd shows %q, Gephi %q", name, n.ID, d["yEd"], d["label"])
			}
		}
		for _, e := range gr.Edges {
			d := dataMap(e.Data)
			if !nodes[e.Source] || !nodes[e.Target] {
				t.Errorf("%s: edge %s -> %s to an undeclared node", name, e.Source, e.Target)
			}
			if d["yEd"] != d["predicate"] {
				t.Errorf("%s: edge %s -> %s: yEd shows %q for %q", name, e.Source, e.Target, d["yEd"], d["predicate"])
			}
			// The evidence is the sentences' text, one a line: as many
			// as the source lists, and none of them an id.
			if ev := strings.Split(d["evidence"], "\n"); len(ev) != len(strings.Fields(d["source"])) || strings.HasPrefix(ev[0], "doc/") || len(ev[0]) < 20 {
				t.Errorf("%s: edge %s -> %s: evidence %q for sentences %s", name, e.Source, e.Target, d["evidence"], d["source"])
			}
			if d["predicate"] == "" || d["class"] == "" || !strings.HasPrefix(d["source"], "doc/") {
				t.Errorf("%s: edge %s -> %s lacks predicate, class or source: %v", name, e.Source, e.Target, d)
			}
			if info, _ := schema.Predicate(d["predicate"]).Info(); info.Symmetric != (e.Directed == "false") {
				t.Errorf("%s: %s edge directed=%q", name, d["predicate"], e.Directed)
			}
		}
	}
}

// DOT: Graphviz reads it and lays out as many nodes and edges.
func TestDOTThroughGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz is not installed (apt-get install graphviz); .ci/run installs it")
	}
	for name, f := range filters {
		g := want(t, f)
		out, _ := run(t, export.Options{Format: export.DOT, Filter: f})
		cmd := exec.Command(dot, "-Tplain")
		cmd.Stdin = strings.NewReader(out)
		plain, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: dot rejects the export: %v\n%s", name, err, out)
		}
		nodes, edges := 0, 0
		for _, line := range strings.Split(string(plain), "\n") {
			switch strings.SplitN(line, " ", 2)[0] {
			case "node":
				nodes++
			case "edge":
				edges++
			}
		}
		if nodes != len(g.Nodes) || edges != len(g.Edges) {
			t.Errorf("%s: dot laid out %d nodes and %d edges, the subgraph has %d and %d", name, nodes, edges, len(g.Nodes), len(g.Edges))
		}
	}
}

// SVG: an SVG document with one group per node and per edge.
func TestSVG(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz is not installed (apt-get install graphviz); .ci/run installs it")
	}
	f := filters["Putin, depth 2"]
	g := want(t, f)
	out, _ := run(t, export.Options{Format: export.SVG, Filter: f})
	dec := xml.NewDecoder(strings.NewReader(out))
	counts := map[string]int{}
	root := ""
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = se.Name.Local
			}
			for _, a := range se.Attr {
				// Graphviz adds the DOT class (the relation class)
				// to the group's: "edge contact".
				if se.Name.Local == "g" && a.Name.Local == "class" {
					counts[strings.Fields(a.Value)[0]]++
				}
			}
		}
	}
	if root != "svg" || counts["node"] != len(g.Nodes) || counts["edge"] != len(g.Edges) {
		t.Errorf("SVG root %q with %d nodes and %d edges, the subgraph has %d and %d", root, counts["node"], counts["edge"], len(g.Nodes), len(g.Edges))
	}
}

// Without Graphviz, SVG fails with a message that says what to install.
func TestSVGWithoutGraphviz(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	store, r := sample(t)
	_, err := export.Export(context.Background(), new(bytes.Buffer), store, r, export.Options{Format: export.SVG})
	if !errors.Is(err, export.ErrNoGraphviz) || !strings.Contains(err.Error(), "apt-get install graphviz") {
		t.Errorf("SVG without dot: %v", err)
	}
}

// Cytoscape JSON: elements.nodes and elements.edges, every edge between
// two nodes of the export.
func TestCytoscape(t *testing.T) {
	for name, f := range filters {
		g := want(t, f)
		out, _ := run(t, export.Options{Format: export.Cytoscape, Filter: f})
		var c struct {
			Elements struct {
				Nodes []struct{ Data map[string]any }
				Edges []struct{ Data map[string]any }
			}
		}
		if err := json.Unmarshal([]byte(out), &c); err != nil {
			t.Fatalf("%s: not JSON: %v", name, err)
		}
		if len(c.Elements.Nodes) != len(g.Nodes) || len(c.Elements.Edges) != len(g.Edges) {
			t.Errorf("%s: %d nodes and %d edges, the subgraph has %d and %d", name, len(c.Elements.Nodes), len(c.Elements.Edges), len(g.Nodes), len(g.Edges))
		}
		ids := map[any]bool{}
		for _, n := range c.Elements.Nodes {
			ids[n.Data["id"]] = true
		}
		for _, e := range c.Elements.Edges {
			if !ids[e.Data["source"]] || !ids[e.Data["target"]] || e.Data["predicate"] == nil || e.Data["class"] == nil {
				t.Errorf("%s: edge %v", name, e.Data)
			}
			if ev, _ := e.Data["evidence"].([]any); len(ev) == 0 || len(ev) != len(e.Data["sentences"].([]any)) {
				t.Errorf("%s: edge %v: evidence %v for sentences %v", name, e.Data["id"], e.Data["evidence"], e.Data["sentences"])
			}
		}
	}
}

// CSV: a node table and an edge table with a header row each.
func TestCSVTables(t *testing.T) {
	for name, f := range filters {
		g := want(t, f)
		nodes, _ := run(t, export.Options{Format: export.CSV, Table: export.NodesTable, Filter: f})
		edges, _ := run(t, export.Options{Format: export.CSV, Table: export.EdgesTable, Filter: f})
		nrows, err := csv.NewReader(strings.NewReader(nodes)).ReadAll()
		if err != nil {
			t.Fatalf("%s: nodes.csv: %v", name, err)
		}
		erows, err := csv.NewReader(strings.NewReader(edges)).ReadAll()
		if err != nil {
			t.Fatalf("%s: edges.csv: %v", name, err)
		}
		if strings.Join(nrows[0], ",") != "id,label,type,names,roles,wikidata" ||
			strings.Join(erows[0], ",") != "source,target,predicate,class,type,weight,sentences,documents,evidence,document_count" {
			t.Errorf("%s: headers %v and %v", name, nrows[0], erows[0])
		}
		if len(nrows)-1 != len(g.Nodes) || len(erows)-1 != len(g.Edges) {
			t.Errorf("%s: %d node rows and %d edge rows, the subgraph has %d and %d", name, len(nrows)-1, len(erows)-1, len(g.Nodes), len(g.Edges))
		}
		for _, row := range erows[1:] {
			if len(strings.Split(row[8], "\n")) != len(strings.Fields(row[6])) || len(row[8]) < 20 {
				t.Errorf("%s: edge %s %s %s: evidence %q for sentences %s", name, row[0], row[2], row[1], row[8], row[6])
			}
		}
	}
}

func TestBadExportRequests(t *testing.T) {
	store, r := sample(t)
	for _, c := range []struct {
		o    export.Options
		want error
		says string
	}{
		{export.Options{Format: "pdf"}, export.ErrUnknownFormat, `"pdf"`},
		{export.Options{Format: export.CSV}, export.ErrNoTable, "two tables"},
		{export.Options{Format: export.CSV, Table: "both"}, export.ErrNoTable, `"both"`},
		{export.Options{Format: export.DOT, Filter: graph.SubgraphFilter{Entity: "Nobody"}}, graph.ErrNoEntity, "Nobody"},
		{export.Options{Format: export.DOT, Filter: graph.SubgraphFilter{Entity: "Vladimir_Putin", Depth: 99}}, graph.ErrBadFilter, "depth 99"},
		{export.Options{Format: export.DOT, Filter: graph.SubgraphFilter{Class: "friendship"}}, graph.ErrBadFilter, "contact"},
		{export.Options{Format: export.DOT, Filter: graph.SubgraphFilter{Depth: 3}}, graph.ErrBadFilter, "needs an entity"},
		{export.Options{Format: export.NQuads, Filter: graph.SubgraphFilter{Document: "nope"}}, graph.ErrNoDocument, "nope"},
	} {
		_, err := export.Export(context.Background(), new(bytes.Buffer), store, r, c.o)
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%+v: %v, want %v saying %q", c.o, err, c.want, c.says)
		}
	}
}

func TestResolver(t *testing.T) {
	for _, c := range []struct {
		base    string
		in, out quad.Value
	}{
		{"", quad.IRI("Vladimir_Putin"), quad.IRI("https://newskg.org/Vladimir_Putin")},
		{"", quad.IRI("doc/004#s1"), quad.IRI("https://newskg.org/doc/004#s1")},
		{"", quad.IRI("http://www.wikidata.org/entity/Q7747"), quad.IRI("http://www.wikidata.org/entity/Q7747")},
		{"", quad.IRI("Foo:_Bar"), quad.IRI("https://newskg.org/Foo:_Bar")},
		{"", quad.Int(494), quad.TypedString{Value: "494", Type: "http://schema.org/Integer"}},
		{"", quad.String("Poutine"), quad.String("Poutine")},
		{"https://example.org/kg/", quad.IRI("Vladimir_Putin"), quad.IRI("https://example.org/kg/Vladimir_Putin")},
	} {
		if got := (export.Resolver{Base: c.base}).Value(c.in); got != c.out {
			t.Errorf("base %q: %v resolves to %v, want %v", c.base, c.in, got, c.out)
		}
	}
	for _, bad := range []string{"newskg.org/", "<https://x/>", "https://x/a b"} {
		if export.CheckBase(bad) == nil {
			t.Errorf("base %q accepted", bad)
		}
	}
}

// Every graph format weighs a fact's edge by the statements that state it
// in the whole store, and counts their documents, whatever the filter: an
// export of one document weighs "Ukraine invaded Kursk Oblast" by the two
// articles that say it, while it lists the one sentence of its own.
func TestEdgeWeightIsTheFactsSupport(t *testing.T) {
	ctx := context.Background()
	_, r := sample(t)
	// support counts a fact's statements the other way than the exports:
	// from the statements about its source, kept by filter.
	support := func(e *graph.Edge) (statements, documents int) {
		sts, err := r.StatementsAbout(ctx, e.Source, graph.StatementFilter{FactsOnly: true, Predicate: e.Predicate, Other: e.Target})
		if err != nil {
			t.Fatal(err)
		}
		docs := map[string]bool{}
		for _, st := range sts {
			if st.Subject.ID == e.Source || e.Symmetric {
				statements++
				docs[strings.SplitN(st.SentenceID, "#", 2)[0]] = true
			}
		}
		return statements, len(docs)
	}
	weighsMore := false
	for name, f := range filters {
		g := want(t, f)
		wantWeight := map[string][2]int{} // by source, predicate, target
		for _, e := range g.Edges {
			s, d := support(e)
			wantWeight[e.Source+" "+e.Predicate+" "+e.Target] = [2]int{s, d}
			weighsMore = weighsMore || s > len(e.Statements)
		}
		check := func(format, source, predicate, target string, weight, documents int) {
			t.Helper()
			if w, ok := wantWeight[source+" "+predicate+" "+target]; !ok || w != [2]int{weight, documents} {
				t.Errorf("%s, %s: %s %s %s weighs %d statements in %d documents, want %v", name, format, source, predicate, target, weight, documents, w)
			}
		}

		out, _ := run(t, export.Options{Format: export.CSV, Table: export.EdgesTable, Filter: f})
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || len(rows) != len(g.Edges)+1 || rows[0][5] != "weight" || rows[0][9] != "document_count" {
			t.Fatalf("%s: edges.csv: %v, header %v", name, err, rows[0])
		}
		for _, row := range rows[1:] {
			check("csv", row[0], row[2], row[1], atoi(t, row[5]), atoi(t, row[9]))
		}

		out, _ = run(t, export.Options{Format: export.GraphML, Filter: f})
		var doc graphmlDoc
		if err := xml.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Graphs[0].Edges {
			d := dataMap(e.Data)
			check("graphml", e.Source, d["predicate"], e.Target, atoi(t, d["weight"]), atoi(t, d["document_count"]))
		}

		out, _ = run(t, export.Options{Format: export.Cytoscape, Filter: f})
		var c struct {
			Elements struct {
				Edges []struct{ Data map[string]any }
			}
		}
		if err := json.Unmarshal([]byte(out), &c); err != nil {
			t.Fatal(err)
		}
		for _, e := range c.Elements.Edges {
			d := e.Data
			w, _ := d["weight"].(float64)
			n, _ := d["document_count"].(float64)
			check("cytoscape", d["source"].(string), d["predicate"].(string), d["target"].(string), int(w), int(n))
		}

		out, _ = run(t, export.Options{Format: export.DOT, Filter: f})
		edge := regexp.MustCompile(`(?m)^  "([^"]+)" -> "([^"]+)" \[label="([^"]+)".* weight=(\d+), document_count=(\d+)`)
		found := edge.FindAllStringSubmatch(out, -1)
		if len(found) != len(g.Edges) {
			t.Errorf("%s, dot: %d weighed edges, the subgraph has %d", name, len(found), len(g.Edges))
		}
		for _, m := range found {
			check("dot", m[1], m[3], m[2], atoi(t, m[4]), atoi(t, m[5]))
		}
	}
	if !weighsMore {
		t.Error("no edge of any filter has more support in the store than statements in its subgraph; the one-document filter should")
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return n
}
