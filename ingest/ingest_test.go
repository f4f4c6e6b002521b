package ingest

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

// failing panics on one document and fails on another, the way a buggy
// extractor might; it is not extract.Staged, so it sees documents in order.
type failing struct{ jittery }

func (f *failing) Extract(d schema.Document) (*schema.Extraction, error) {
	switch d.ID {
	case "d0003":
		var m map[string]int
		m["boom"]++
	case "d0005":
		return nil, errors.New("no sentence found")
	}
	return f.jittery.Extract(d)
}

// lines is the JSON Lines output split into lines.
func lines(b *bytes.Buffer) []string {
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
}

func TestRunSkipsWhatCannotBeReadOrExtracted(t *testing.T) {
	var mu sync.Mutex
	read := 0
	var out bytes.Buffer
	var skipped []string
	var sources []string
	c, err := Run(context.Background(), numbered(20, &read, &mu), &failing{}, JSONLines(&out), Options{
		Jobs:     2,
		Skip:     func(err error) { skipped = append(skipped, err.Error()) },
		Progress: func(_ Counts, source string) { sources = append(sources, source) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if c != (Counts{Documents: 16, Skipped: 4}) {
		t.Errorf("counts %+v, want 16 documents and 4 skipped", c)
	}
	want := []string{
		"d0003.txt: extraction failed: extractor panic: assignment to entry in nil map",
		"d0005.txt: extraction failed: no sentence found",
		"input 9 is unreadable",
		"input 19 is unreadable",
	}
	if strings.Join(skipped, "\n") != strings.Join(want, "\n") {
		t.Errorf("skipped:\n%s\nwant:\n%s", strings.Join(skipped, "\n"), strings.Join(want, "\n"))
	}
	got := lines(&out)
	if len(got) != 16 || !strings.Contains(got[0], `"id":"d0000"`) || !strings.Contains(got[3], `"id":"d0004"`) {
		t.Errorf("%d extractions written, want 16 in input order without d0003:\n%s", len(got), out.String())
	}
	if strings.Contains(out.String(), `"id":"d0003"`) || strings.Contains(out.String(), `"id":"d0005"`) {
		t.Errorf("a failed extraction was written:\n%s", out.String())
	}
	if len(sources) != 20 || sources[9] != "d0009.txt" {
		t.Errorf("progress saw %d inputs (%v), want the 20 in order", len(sources), sources)
	}
}

// Without Skip, the first bad input ends the run with its error.
func TestRunWithoutSkipStopsAtTheFirstBadInput(t *testing.T) {
	var mu sync.Mutex
	read := 0
	var out bytes.Buffer
	c, err := Run(context.Background(), numbered(20, &read, &mu), &jittery{}, JSONLines(&out), Options{})
	if err == nil || err.Error() != "input 9 is unreadable" {
		t.Fatalf("error %v, want the unreadable input 9", err)
	}
	if c.Documents != 9 || c.Skipped != 0 {
		t.Errorf("counts %+v, want 9 documents written before the error", c)
	}
}

// A run whose context is done stops after the document being written and
// flushes what it wrote.
func TestRunStopsWhenTheContextIsDone(t *testing.T) {
	var mu sync.Mutex
	read := 0
	var out bytes.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c, err := Run(ctx, numbered(1000, &read, &mu), &jittery{}, JSONLines(&out), Options{
		Jobs: 2,
		Progress: func(c Counts, _ string) {
			if c.Documents == 5 {
				cancel()
			}
		},
		Skip: func(error) {},
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if c.Documents != 5 || len(lines(&out)) != 5 {
		t.Errorf("counts %+v and %d lines written, want 5 documents flushed", c, len(lines(&out)))
	}
	if read > 100 {
		t.Errorf("read %d documents for a run stopped at 5", read)
	}
}

// The N-Quads sink prints what a build writes: each document's quads, an
// entity's quads once however many documents name it, and the vocabulary
// once at the end.
func TestNQuadsPrintsEntitiesOnce(t *testing.T) {
	docs := input.Documents([]string{"-"}, strings.NewReader(
		`{"id": "a", "text": "Trump a rencontré Poutine."}`+"\n"+`{"id": "b", "text": "Poutine a rencontré Witkoff."}`+"\n"))
	ex := entityPerWord{"Poutine": {Key: "Vladimir_Putin", Name: "Vladimir Putin", Type: schema.Person}}
	var out bytes.Buffer
	if _, err := Run(context.Background(), docs, ex, NQuads(&out, "test-1"), Options{}); err != nil {
		t.Fatal(err)
	}
	nq := out.String()
	for _, tc := range []struct {
		quad  string
		count int
	}{
		{`<Vladimir_Putin> <name> "Vladimir Putin" .`, 1}, // named by both documents
		{`<doc/a> <contentHash> "`, 1},
		{`<doc/b> <contentHash> "`, 1},
		{`<met> <symmetric> "`, 1},
	} {
		if n := strings.Count(nq, tc.quad); n != tc.count {
			t.Errorf("%s appears %d times, want %d", tc.quad, n, tc.count)
		}
	}
	if strings.Index(nq, "<doc/b>") > strings.Index(nq, "<met> <symmetric>") {
		t.Errorf("the vocabulary comes before the last document:\n%s", nq)
	}
}

// entityPerWord extracts the entities whose names are words of the text.
type entityPerWord map[string]schema.Entity

func (m entityPerWord) Version() string { return "entity-per-word-1" }

func (m entityPerWord) Extract(d schema.Document) (*schema.Extraction, error) {
	x := &schema.Extraction{Document: d}
	for _, w := range strings.Fields(strings.Trim(d.Text, ".")) {
		if e, ok := m[w]; ok {
			x.Entities = append(x.Entities, e)
		}
	}
	return x, nil
}
