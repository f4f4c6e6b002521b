package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func builtCorpus(t *testing.T) string {
	dir := corpus(t)
	os.Remove(filepath.Join(dir, "corpus/vide.md"))
	if _, errs, code := run(t, dir, "", "build", "-q", "corpus"); code != 0 {
		t.Fatal(errs)
	}
	return dir
}

func TestExportCSVTablesToADirectory(t *testing.T) {
	dir := builtCorpus(t)
	_, errs, code := run(t, dir, "", "export", "--format", "csv", "--out", "tables")
	if code != 0 || errs != "tables: nodes.csv and edges.csv, 3 nodes, 2 edges\n" {
		t.Fatalf("status %d, stderr %q", code, errs)
	}
	nodes, _ := os.ReadFile(filepath.Join(dir, "tables", "nodes.csv"))
	edges, _ := os.ReadFile(filepath.Join(dir, "tables", "edges.csv"))
	if !strings.Contains(string(nodes), "Vladimir_Putin,Vladimir Putin,Person,Poutine,,\n") {
		t.Errorf("nodes.csv:\n%s", nodes)
	}
	if !strings.Contains(string(edges), "Donald_Trump,Vladimir_Putin,met,contact,undirected,1,doc/a#s0,a,Trump a rencontré Poutine.,1\n") {
		t.Errorf("edges.csv:\n%s", edges)
	}
}

func TestExportOneNeighbourhood(t *testing.T) {
	dir := builtCorpus(t)
	out, errs, code := run(t, dir, "", "export", "--format", "dot", "--entity", "Donald_Trump")
	if code != 0 || !strings.Contains(out, `"Donald_Trump" -> "Vladimir_Putin" [label="met"`) || strings.Contains(out, "Steve_Witkoff") {
		t.Errorf("Trump's neighbourhood: status %d\n%s%s", code, out, errs)
	}
	_, errs, code = run(t, dir, "", "export", "--format", "nquads", "-o", "graph.nq")
	data, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	lines := strings.Count(string(data), "\n")
	if code != 0 || !strings.HasSuffix(errs, " quads\n") || !strings.Contains(errs, "graph.nq: "+strconv.Itoa(lines)+" quads") {
		t.Errorf("N-Quads to a file: status %d, %d lines, stderr %q", code, lines, errs)
	}
	// RDF under a base of one's own; the store's spelling for cayley load.
	for format, want := range map[string]string{
		"nquads":        "<https://example.org/kg/Donald_Trump> <https://example.org/kg/met> <https://example.org/kg/Vladimir_Putin>",
		"nquads-cayley": "<Donald_Trump> <met> <Vladimir_Putin>",
	} {
		out, errs, code = run(t, dir, "", "export", "--format", format, "--base", "https://example.org/kg/")
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("--format %s: status %d, no %s in\n%s%s", format, code, want, out, errs)
		}
	}
}

func TestExportErrors(t *testing.T) {
	dir := builtCorpus(t)
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--format", "pdf"}, `newskg: unknown export format "pdf" (known: nquads, nquads-cayley, jsonld, graphml, dot, cytoscape, csv, svg)`},
		{[]string{"--format", "csv"}, "give --table nodes or --table edges for stdout, or --out DIR for both"},
		{[]string{"--format", "dot", "--entity", "Nobody"}, `no such entity "Nobody"`},
		{[]string{"--format", "dot", "--entity", "Donald_Trump", "--depth", "50"}, "depth 50 is out of range (1 to 6)"},
		{[]string{"--format", "dot", "--class", "love"}, `unknown relation class "love"`},
		{[]string{"--base", "newskg.org"}, `base "newskg.org" is not an absolute IRI`},
	} {
		_, errs, code := run(t, dir, "", append([]string{"export"}, c.args...)...)
		if code != 1 || !strings.Contains(errs, c.says) {
			t.Errorf("export %v: status %d, stderr %q, want %q", c.args, code, errs, c.says)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "newskg.db")); err != nil {
		t.Fatal(err)
	}
}

func TestServeFailsClearlyOnABadAddress(t *testing.T) {
	dir := builtCorpus(t)
	_, errs, code := run(t, dir, "", "serve", "--addr", "127.0.0.1:99999")
	if code != 1 || !strings.Contains(errs, "cannot listen on 127.0.0.1:99999") {
		t.Errorf("status %d, stderr %q", code, errs)
	}
}
