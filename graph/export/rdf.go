package export

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	_ "github.com/cayleygraph/quad/voc/schema" // the schema: prefix of typed literals

	"github.com/newskg/newskg/schema"
)

// The store spells IRIs short (<Vladimir_Putin>, <met>), as Cayley's Gizmo
// queries and `cayley load` expect. RDF 1.1 has no relative IRIs: a parser
// reads nothing from such a file. So the RDF formats resolve them against a
// base (Options.Base, schema.Base by default), and NQuadsCayley keeps the
// store's spelling for the round trip into Cayley.

// Resolver makes a quad RDF 1.1: relative IRIs, and the datatypes of typed
// literals (schema:Boolean), made absolute.
type Resolver struct{ Base string }

// Quad resolves every term of q.
func (r Resolver) Quad(q quad.Quad) quad.Quad {
	return quad.Quad{Subject: r.Value(q.Subject), Predicate: r.Value(q.Predicate), Object: r.Value(q.Object), Label: r.Value(q.Label)}
}

// Value resolves one term: <Vladimir_Putin> becomes
// <https://newskg.org/Vladimir_Putin>, <schema:Integer> becomes
// <http://schema.org/Integer>, and absolute IRIs stay as they are.
func (r Resolver) Value(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return r.iri(v)
	case quad.TypedString:
		v.Type = r.iri(v.Type)
		return v
	case quad.TypedStringer:
		ts := v.TypedString()
		ts.Type = r.iri(ts.Type)
		return ts
	}
	return v
}

func (r Resolver) iri(iri quad.IRI) quad.IRI {
	if full := iri.Full(); full != iri {
		return full
	}
	s := string(iri)
	if i := strings.Index(s, "://"); i > 0 && isScheme(s[:i]) || strings.HasPrefix(s, "urn:") {
		return iri
	}
	base := r.Base
	if base == "" {
		base = schema.Base
	}
	return quad.IRI(base + s)
}

func isScheme(s string) bool {
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return s != ""
}

// CheckBase refuses a base that would not make IRIs absolute.
func CheckBase(base string) error {
	i := strings.Index(base, "://")
	if base != "" && (i <= 0 || !isScheme(base[:i]) || strings.ContainsAny(base, " <>\"{}|\\^`")) {
		return fmt.Errorf("base %q is not an absolute IRI (e.g. https://example.org/kg/)", base)
	}
	return nil
}

// nquadsWriter writes quads as N-Quads, resolved when r is not nil.
type nquadsWriter struct {
	w *nquads.Writer
	r *Resolver
}

func (n nquadsWriter) WriteQuad(q quad.Quad) error {
	if n.r != nil {
		q = n.r.Quad(q)
	}
	return n.w.WriteQuad(q)
}

// WriteJSONLD writes quads as a JSON-LD document: a @context whose @vocab
// is the base, so that predicates read as their local names ("met",
// "name"), and a @graph of node objects: the quads without a label in the
// default graph, the others in one named graph per label (the sentence or
// document the quad comes from). Node ids are absolute IRIs.
func WriteJSONLD(w io.Writer, quads []quad.Quad, base string) error {
	r := Resolver{Base: base}
	if r.Base == "" {
		r.Base = schema.Base
	}
	type node struct {
		id    string
		props map[string][]any
		order []string
	}
	type graphNodes struct {
		nodes map[string]*node
		order []*node
	}
	graphs := map[string]*graphNodes{}
	var graphOrder []string
	for _, q := range quads {
		label := ""
		if q.Label != nil {
			label = jsonldID(r.Value(q.Label))
		}
		g := graphs[label]
		if g == nil {
			g = &graphNodes{nodes: map[string]*node{}}
			graphs[label] = g
			graphOrder = append(graphOrder, label)
		}
		id := jsonldID(r.Value(q.Subject))
		n := g.nodes[id]
		if n == nil {
			n = &node{id: id, props: map[string][]any{}}
			g.nodes[id] = n
			g.order = append(g.order, n)
		}
		key := jsonldKey(q.Predicate, r)
		if _, ok := n.props[key]; !ok {
			n.order = append(n.order, key)
		}
		n.props[key] = append(n.props[key], jsonldValue(r.Value(q.Object)))
	}
	objects := func(g *graphNodes) []orderedObject {
		var out []orderedObject
		for _, n := range g.order {
			o := orderedObject{{"@id", n.id}}
			for _, k := range n.order {
				var v any = n.props[k]
				if len(n.props[k]) == 1 {
					v = n.props[k][0]
				}
				o = append(o, field{k, v})
			}
			out = append(out, o)
		}
		return out
	}
	var top []orderedObject
	for _, label := range graphOrder {
		if label == "" {
			top = append(top, objects(graphs[label])...)
		} else {
			top = append(top, orderedObject{{"@id", label}, {"@graph", objects(graphs[label])}})
		}
	}
	if top == nil {
		top = []orderedObject{}
	}
	doc := orderedObject{
		{"@context", orderedObject{{"@vocab", r.Base}}},
		{"@graph", top},
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(doc)
}

// vocabTerm is a predicate that @vocab turns back into its IRI unchanged: a
// plain local name, no JSON-LD keyword, no colon, no slash.
var vocabTerm = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// jsonldKey is a predicate as a JSON-LD key: its local name when @vocab
// resolves that to the same IRI, else the absolute IRI.
func jsonldKey(p quad.Value, r Resolver) string {
	if iri, ok := p.(quad.IRI); ok && vocabTerm.MatchString(string(iri)) && r.iri(iri) == quad.IRI(r.Base+string(iri)) {
		return string(iri)
	}
	return jsonldID(r.Value(p))
}

func jsonldID(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	}
	return quad.StringOf(v)
}

func jsonldValue(v quad.Value) any {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		return orderedObject{{"@id", jsonldID(v)}}
	case quad.String:
		return string(v)
	case quad.LangString:
		return orderedObject{{"@value", string(v.Value)}, {"@language", v.Lang}}
	case quad.TypedString:
		return orderedObject{{"@value", string(v.Value)}, {"@type", string(v.Type)}}
	}
	return quad.StringOf(v)
}

// orderedObject is a JSON object that keeps its keys in order, so that
// "@id" comes first and an export reads the same on every run.
type orderedObject []field

type field struct {
	key   string
	value any
}

func (o orderedObject) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := marshalNoEscape(f.key)
		if err != nil {
			return nil, err
		}
		v, err := marshalNoEscape(f.value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

func marshalNoEscape(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}
