package main

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

// sortedDump returns the quads of the store at addr as sorted N-Quads lines.
func sortedDump(t *testing.T, addr string) string {
	t.Helper()
	s, err := graph.Open(addr, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b bytes.Buffer
	if _, err := graph.Dump(context.Background(), s, &b); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(b.String(), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "")
}
