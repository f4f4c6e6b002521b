package export_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/linkeddata/gojsonld"

	"github.com/newskg/newskg/graph/export"
	"github.com/newskg/newskg/schema"
)

// rapper parses N-Quads with raptor, a real RDF 1.1 parser (Debian's
// raptor2-utils), and returns the quads it read, re-serialized and parsed
// back so that escapes compare equal. Any warning or error fails the test.
func rapper(t *testing.T, nq string) []string {
	t.Helper()
	bin, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper is not installed (apt-get install raptor2-utils; .ci/run installs it)")
	}
	file := filepath.Join(t.TempDir(), "export.nq")
	os.WriteFile(file, []byte(nq), 0o644)
	var out, stderr bytes.Buffer
	cmd := exec.Command(bin, "-q", "-i", "nquads", "-o", "nquads", file)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("rapper: %v\n%s", err, firstLines(stderr.String(), 5))
	}
	return canonical(t, out.String())
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// uEscape is an N-Quads \u or \U escape, which rapper writes for every
// non-ASCII character of an IRI and Cayley's reader keeps as it is.
var uEscape = regexp.MustCompile(`\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}`)

// canonical parses N-Quads with Cayley's reader and returns them as sorted
// N-Quads lines; "x"^^xsd:string is written "x", the same literal in RDF 1.1.
func canonical(t *testing.T, nq string) []string {
	t.Helper()
	var out []string
	for _, q := range parseNQuads(t, nq) {
		if ts, ok := q.Object.(quad.TypedString); ok && ts.Type == "http://www.w3.org/2001/XMLSchema#string" {
			q.Object = quad.String(ts.Value)
		}
		out = append(out, uEscape.ReplaceAllStringFunc(q.NQuad(), func(e string) string {
			r, _ := strconv.ParseUint(e[2:], 16, 32)
			return string(rune(r))
		}))
	}
	sort.Strings(out)
	return out
}

// The RDF exports are RDF 1.1 that real parsers read: raptor reads every
// quad of the N-Quads, a JSON-LD processor reads the same quads from the
// JSON-LD (its @context included), and both hold the facts under the base.
func TestRDFParsersReadTheExports(t *testing.T) {
	for _, name := range []string{"whole graph", "Putin, depth 2"} {
		f := filters[name]
		nq, res := run(t, export.Options{Format: export.NQuads, Filter: f})
		read := rapper(t, nq)
		if len(read) != res.Quads || res.Quads == 0 {
			t.Errorf("%s: rapper read %d quads, the export wrote %d", name, len(read), res.Quads)
		}
		g := want(t, f)
		edges := map[string]bool{}
		for _, line := range read {
			q := parseNQuads(t, line)[0]
			if !strings.HasPrefix(line, "<"+schema.Base) {
				t.Fatalf("%s: %s is not under %s", name, line, schema.Base)
			}
			p := strings.TrimPrefix(string(q.Predicate.(quad.IRI)), schema.Base)
			// a fact is one unlabeled edge; its statements carry the provenance
			if pr, ok := schema.ParsePredicate(p); ok && pr != schema.Said && q.Label == nil {
				edges[string(q.Subject.(quad.IRI))+" "+p+" "+string(q.Object.(quad.IRI))] = true
			}
		}
		if len(edges) != len(g.Edges) {
			t.Errorf("%s: %d relation edges in the N-Quads, the subgraph has %d", name, len(edges), len(g.Edges))
		}
		if !edges[schema.Base+"Steve_Witkoff met "+schema.Base+"Vladimir_Putin"] {
			t.Errorf("%s: no <%sSteve_Witkoff> <%smet> <%sVladimir_Putin>", name, schema.Base, schema.Base, schema.Base)
		}

		ld, _ := run(t, export.Options{Format: export.JSONLD, Filter: f})
		var doc map[string]any
		if err := json.Unmarshal([]byte(ld), &doc); err != nil {
			t.Fatalf("%s: JSON-LD is not JSON: %v", name, err)
		}
		if _, ok := doc["@context"].(map[string]any); !ok {
			t.Errorf("%s: JSON-LD has no @context", name)
		}
		ds, err := gojsonld.ToRDF(doc, gojsonld.NewOptions(""))
		if err != nil {
			t.Fatalf("%s: the JSON-LD processor: %v", name, err)
		}
		fromLD := canonical(t, datasetNQuads(ds))
		if strings.Join(fromLD, "\n") != strings.Join(read, "\n") {
			t.Errorf("%s: the JSON-LD gives %d quads, the N-Quads %d; first difference: %s", name, len(fromLD), len(read), firstDifference(fromLD, read))
		}
	}
	// Another base moves every IRI under it.
	nq, _ := run(t, export.Options{Format: export.NQuads, Base: "https://example.org/kg/", Filter: filters["Putin, depth 2"]})
	for _, line := range rapper(t, nq) {
		if strings.Contains(line, schema.Base) || !strings.HasPrefix(line, "<https://example.org/kg/") {
			t.Fatalf("with base https://example.org/kg/: %s", line)
		}
	}
}

// datasetNQuads writes a JSON-LD processor's dataset as N-Quads
// (gojsonld's own Serialize leaves graph names without their brackets).
func datasetNQuads(ds *gojsonld.Dataset) string {
	var b strings.Builder
	for name, triples := range ds.Graphs {
		for _, tr := range triples {
			line := strings.TrimSuffix(tr.String(), " .")
			if name != "@default" {
				line += " <" + name + ">"
			}
			b.WriteString(line + " .\n")
		}
	}
	return b.String()
}

func firstDifference(a, b []string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] + "  ≠  " + b[i]
		}
	}
	return "one is a prefix of the other"
}

// The Cayley N-Quads keep the store's short IRIs, which RDF parsers refuse
// and `cayley load` wants.
func TestCayleyNQuadsKeepShortIRIs(t *testing.T) {
	out, _ := run(t, export.Options{Format: export.NQuadsCayley, Filter: filters["Putin, depth 2"]})
	if !strings.Contains(out, "<Steve_Witkoff> <met> <Vladimir_Putin> .") {
		t.Errorf("nquads-cayley has no <Steve_Witkoff> <met> <Vladimir_Putin> .:\n%s", firstLines(out, 5))
	}
	if strings.Contains(out, schema.Base) {
		t.Errorf("nquads-cayley holds an absolute newskg IRI")
	}
}
