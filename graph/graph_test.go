package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/newskg/graph/storetest"
	"github.com/newskg/newskg/schema"
)

// article builds an extraction by hand, so that these tests do not depend on
// the extractor: sentence i of the text states facts[i] (subject, predicate,
// object keys).
func article(id, text string, facts ...[3]string) *schema.Extraction {
	x := &schema.Extraction{Document: schema.Document{ID: id, Lang: "fr", Source: id + ".txt", Text: text}}
	entities := map[string]bool{}
	start := 0
	for i, s := range strings.SplitAfter(text, ". ") {
		if s == "" {
			continue
		}
		x.Sentences = append(x.Sentences, schema.Sentence{Index: i, Start: start, End: start + len(s), Text: strings.TrimSpace(s)})
		if i < len(facts) {
			f := facts[i]
			x.Statements = append(x.Statements, schema.Statement{
				Subject: f[0], Predicate: schema.Predicate(f[1]), Object: f[2], Sentence: i,
				Polarity: schema.Positive, Modality: schema.Asserted,
				EvidenceStart: start, EvidenceEnd: start + len(s),
			})
			for _, k := range []string{f[0], f[2]} {
				x.Mentions = append(x.Mentions, schema.Mention{Entity: k, Sentence: i})
				if !entities[k] {
					entities[k] = true
					x.Entities = append(x.Entities, entity(k))
				}
			}
		}
		start += len(s)
	}
	return x
}

func entity(key string) schema.Entity {
	e := schema.Entity{Key: key, Name: schema.KeyName(key), Type: schema.Person}
	switch key {
	case "Vladimir_Putin":
		e.Aliases = []schema.Alias{{Text: "Poutine", Lang: "fr"}}
		e.Wikidata = "Q7747"
	case "Russia", "Ukraine", "United_States":
		e.Type = schema.Country
	}
	return e
}

var (
	v1 = article("a1", "Donald Trump a rencontré Vladimir Poutine. La Russie a attaqué l'Ukraine.",
		[3]string{"Donald_Trump", "met", "Vladimir_Putin"},
		[3]string{"Russia", "attacked", "Ukraine"})
	// v2 is v1 edited: the meeting became a phone call, a sentence was added.
	v2 = article("a1", "Donald Trump a parlé avec Vladimir Poutine. La Russie a attaqué l'Ukraine. Steve Witkoff travaille pour Donald Trump.",
		[3]string{"Donald_Trump", "spokeWith", "Vladimir_Putin"},
		[3]string{"Russia", "attacked", "Ukraine"},
		[3]string{"Steve_Witkoff", "worksFor", "Donald_Trump"})
	other = article("b2", "Vladimir Poutine a accusé l'Ukraine.",
		[3]string{"Vladimir_Putin", "accused", "Ukraine"})
)

func openForWrite(t *testing.T, addr string) *Store {
	t.Helper()
	s, err := Open(addr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// build writes xs into the store at addr with one Writer and closes it.
func build(t *testing.T, addr string, xs ...*schema.Extraction) WriteStats {
	t.Helper()
	s := openForWrite(t, addr)
	defer s.Close()
	w, err := NewWriter(s, WriterOptions{ExtractorVersion: "test-1"})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range xs {
		if _, err := w.Write(x); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return w.Stats()
}

// dump returns the sorted N-Quads of a store and its node count.
func dump(t *testing.T, addr string) ([]string, int64) {
	t.Helper()
	s, err := Open(addr, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b bytes.Buffer
	n, err := Dump(context.Background(), s, &b)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != n {
		t.Fatalf("Dump said %d quads, wrote %d lines", n, len(lines))
	}
	for _, l := range lines {
		if strings.Contains(l, "<nil>") || !strings.HasSuffix(l, " .") {
			t.Fatalf("corrupt quad in store: %s", l)
		}
	}
	sort.Strings(lines)
	// MySQL keeps one copy of a triple across labels
	// (docs/cayley.md#label-blind-triples): no two quads may share one.
	triples := map[string]string{}
	for _, l := range lines {
		q, err := nquads.Parse(l)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		q.Label = nil
		if prev, ok := triples[q.NQuad()]; ok {
			t.Errorf("two quads share a triple, which MySQL would store once:\n%s\n%s", prev, l)
		}
		triples[q.NQuad()] = l
	}
	st, err := s.Stats(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	if ghosts := ghostNodes(t, s); len(ghosts) > 0 {
		t.Errorf("nodes without quads (inflated reference counts, cayley #737): %v", ghosts)
	}
	if st.Quads.Size != int64(n) {
		t.Errorf("store says %d quads, iterates %d", st.Quads.Size, n)
	}
	return lines, st.Nodes.Size
}

// expected is what the empty store at addr holds once xs are built into it
// in one run.
func expected(t *testing.T, addr string, xs ...*schema.Extraction) ([]string, int64) {
	t.Helper()
	build(t, addr, xs...)
	return dump(t, addr)
}

func TestRebuildIsIdempotent(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		path := newStore()
		first := build(t, path, v1, other)
		want, wantNodes := dump(t, path)
		if first.New != 2 || first.QuadsAdded != len(want) {
			t.Fatalf("first build: %+v, store has %d quads", first, len(want))
		}
		second := build(t, path, v1, other)
		if second.Unchanged != 2 || second.QuadsAdded != 0 || second.QuadsRemoved != 0 {
			t.Errorf("second build wrote something: %+v", second)
		}
		got, gotNodes := dump(t, path)
		if strings.Join(got, "\n") != strings.Join(want, "\n") || gotNodes != wantNodes {
			t.Errorf("rebuild changed the store: %d quads/%d nodes, was %d/%d", len(got), gotNodes, len(want), wantNodes)
		}
	})
}

func TestChangedDocumentReplacesItsStatements(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		path := newStore()
		build(t, path, v1, other)
		st := build(t, path, v2, other)
		if st.Changed != 1 || st.Unchanged != 1 || st.QuadsRemoved == 0 {
			t.Fatalf("second build: %+v", st)
		}
		got, nodes := dump(t, path)
		want, wantNodes := expected(t, newStore(), v2, other)
		if diff := diffLines(got, want); diff != "" {
			t.Errorf("store after the edit differs from a fresh build of the new text:\n%s", diff)
		}
		if nodes != wantNodes {
			t.Errorf("store has %d nodes, a fresh build %d (ghost nodes?)", nodes, wantNodes)
		}
		all := strings.Join(got, "\n")
		for _, gone := range []string{`<Donald_Trump> <met> <Vladimir_Putin>`, `a rencontré`} {
			if strings.Contains(all, gone) {
				t.Errorf("old fact %q is still in the store", gone)
			}
		}
		for _, kept := range []string{
			`<Donald_Trump> <spokeWith> <Vladimir_Putin> .`,
			`<Vladimir_Putin> <alternateName> "Poutine"@fr .`, // shared entity name
			`<Vladimir_Putin> <accused> <Ukraine> .`,          // the other document
		} {
			if !strings.Contains(all, kept) {
				t.Errorf("missing %q", kept)
			}
		}
	})
}

// A fact stated by two documents is one edge, which stays while one of
// them states it, whether the other is changed or removed, in the same
// batch or a later one.
func TestFactStaysWhileAStatementSupportsIt(t *testing.T) {
	const edge = `<Vladimir_Putin> <accused> <Ukraine> .`
	// a1 states the fact in its second sentence, b2 in its first.
	withFact := article("a1", "Donald Trump a rencontré Vladimir Poutine. Vladimir Poutine a accusé l'Ukraine.",
		[3]string{"Donald_Trump", "met", "Vladimir_Putin"},
		[3]string{"Vladimir_Putin", "accused", "Ukraine"})
	without := article("a1", "Donald Trump a rencontré Vladimir Poutine.",
		[3]string{"Donald_Trump", "met", "Vladimir_Putin"})
	negated := article("b2", "Vladimir Poutine n'a pas accusé l'Ukraine.",
		[3]string{"Vladimir_Putin", "accused", "Ukraine"})
	negated.Statements[0].Polarity = schema.Negative
	edges := func(t *testing.T, addr string) int {
		t.Helper()
		got, _ := dump(t, addr)
		n := 0
		for _, l := range got {
			if l == edge {
				n++
			}
			if strings.HasPrefix(l, "<Vladimir_Putin> <accused> <Ukraine> <") {
				t.Errorf("the edge carries a label: %s", l)
			}
		}
		return n
	}
	remove := func(t *testing.T, addr string, ids ...string) {
		t.Helper()
		s := openForWrite(t, addr)
		defer s.Close()
		if st, err := Prune(context.Background(), s, ids); err != nil || st.Documents != len(ids) {
			t.Fatalf("Prune(%v): %+v, %v", ids, st, err)
		}
	}
	cases := []struct {
		name string
		run  func(t *testing.T, newStore func() string)
	}{
		{"changed, then removed", func(t *testing.T, newStore func() string) {
			path := newStore()
			build(t, path, withFact, other)
			if n := edges(t, path); n != 1 {
				t.Fatalf("two documents state the fact: %d edges, want 1", n)
			}
			build(t, path, without)
			if n := edges(t, path); n != 1 {
				t.Fatalf("a1 no longer states the fact, b2 still does: %d edges, want 1", n)
			}
			remove(t, path, "b2")
			if n := edges(t, path); n != 0 {
				t.Fatalf("nothing states the fact: %d edges, want 0", n)
			}
			got, _ := dump(t, path)
			want, _ := expected(t, newStore(), without)
			if diff := diffLines(withoutEntities(got), withoutEntities(want)); diff != "" {
				t.Errorf("differs from a fresh build of what is left:\n%s", diff)
			}
		}},
		{"removed, then negated", func(t *testing.T, newStore func() string) {
			path := newStore()
			build(t, path, withFact, other)
			remove(t, path, "a1")
			if n := edges(t, path); n != 1 {
				t.Fatalf("a1 removed, b2 still states the fact: %d edges, want 1", n)
			}
			build(t, path, negated) // b2 now denies it
			if n := edges(t, path); n != 0 {
				t.Fatalf("only a negated statement is left: %d edges, want 0", n)
			}
		}},
		{"both in one batch", func(t *testing.T, newStore func() string) {
			path := newStore()
			build(t, path, withFact, other)
			build(t, path, without, negated)
			if n := edges(t, path); n != 0 {
				t.Fatalf("both documents stopped stating the fact in one run: %d edges, want 0", n)
			}
		}},
		{"one stops, another starts, one batch", func(t *testing.T, newStore func() string) {
			path := newStore()
			build(t, path, withFact)
			build(t, path, without, other)
			if n := edges(t, path); n != 1 {
				t.Fatalf("a1 stopped and b2 started stating the fact in one run: %d edges, want 1", n)
			}
			build(t, path, withFact)
			remove(t, path, "b2")
			if n := edges(t, path); n != 1 {
				t.Fatalf("a1 states the fact again, b2 removed: %d edges, want 1", n)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { storetest.EachBackend(t, c.run) })
	}
}

// withoutEntities leaves out the unlabeled attribute quads of entities,
// which stay when the documents that named them go.
func withoutEntities(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.Contains(l, "<doc/") || strings.Contains(l, "<stmt/") {
			out = append(out, l)
		}
	}
	return out
}

func TestEditBackAndForth(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		path := newStore()
		build(t, path, v1)
		build(t, path, v2)
		build(t, path, v1)
		got, _ := dump(t, path)
		want, _ := expected(t, newStore(), v1)
		// Entity quads are never removed, so Steve Witkoff's (from v2) stay.
		var labeled []string
		for _, l := range got {
			if !strings.Contains(l, "Steve_Witkoff> <") || strings.Contains(l, "<doc/") {
				labeled = append(labeled, l)
			}
		}
		if diff := diffLines(labeled, want); diff != "" {
			t.Errorf("v1 -> v2 -> v1 differs from v1:\n%s", diff)
		}
	})
}

func TestRemovedSentenceLeavesNoGhostNodes(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		path := newStore()
		short := article("a1", "Donald Trump a parlé avec Vladimir Poutine.",
			[3]string{"Donald_Trump", "spokeWith", "Vladimir_Putin"})
		build(t, path, v1)
		build(t, path, v2)
		build(t, path, short)
		got, _ := dump(t, path)
		if all := strings.Join(got, "\n"); strings.Contains(all, "attaqué") || strings.Contains(all, "<Russia> <attacked>") {
			t.Errorf("the removed sentence is still in the store")
		}
	})
}

func TestMentionOfAnUnlistedSentence(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		// An extractor bug: a mention and a statement in sentence 7, which the
		// extraction does not list, so nothing links it to the document.
		stray := func(x *schema.Extraction) *schema.Extraction {
			y := *x
			y.Mentions = append(append([]schema.Mention(nil), x.Mentions...), schema.Mention{Entity: "Vladimir_Putin", Sentence: 7})
			y.Statements = append(append([]schema.Statement(nil), x.Statements...), schema.Statement{
				Subject: "Vladimir_Putin", Predicate: schema.Accused, Object: "Ukraine", Sentence: 7,
				Polarity: schema.Positive, Modality: schema.Asserted})
			return &y
		}
		path := newStore()
		build(t, path, stray(v1))
		build(t, path, stray(v2)) // would add the sentence-7 quads a second time
		got, nodes := dump(t, path)
		want, wantNodes := expected(t, newStore(), stray(v2))
		if diff := diffLines(got, want); diff != "" || nodes != wantNodes {
			t.Errorf("differs from a fresh build (%d nodes, want %d):\n%s", nodes, wantNodes, diff)
		}
	})
}

func TestSameDocumentTwiceInOneRun(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		path := newStore()
		st := build(t, path, v1, v2)
		if st.New != 1 || st.Changed != 1 {
			t.Errorf("stats: %+v", st)
		}
		got, _ := dump(t, path)
		want, _ := expected(t, newStore(), v2)
		if diff := diffLines(got, want); diff != "" {
			t.Errorf("v1 then v2 in one run differs from v2:\n%s", diff)
		}
	})
}

func TestCrashBetweenRemoveAndAddIsRepaired(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		path := newStore()
		build(t, path, v1, other)

		// The run that replaces v1 by v2 dies after the removals, before the
		// batch of additions is written.
		s := openForWrite(t, path)
		w, err := NewWriter(s, WriterOptions{ExtractorVersion: "test-1"})
		if err != nil {
			t.Fatal(err)
		}
		crash := errors.New("simulated crash")
		w.betweenRemoveAndAdd = func() error { return crash }
		if _, err := w.Write(v2); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != crash {
			t.Fatalf("Flush: %v", err)
		}
		if st := w.Stats(); st.QuadsRemoved == 0 || st.QuadsAdded != 0 {
			t.Fatalf("not the crash under test: %+v", st)
		}
		s.Close()
		half, _ := dump(t, path)
		for _, l := range half {
			if strings.Contains(l, "<doc/a1> <contentHash>") {
				t.Fatalf("the half-replaced document kept a content hash: %s", l)
			}
		}

		st := build(t, path, v2, other)
		if st.Changed != 1 || st.Unchanged != 1 {
			t.Errorf("repair run: %+v", st)
		}
		got, nodes := dump(t, path)
		want, wantNodes := expected(t, newStore(), v2, other)
		if diff := diffLines(got, want); diff != "" {
			t.Errorf("repaired store differs from a fresh build:\n%s", diff)
		}
		if nodes != wantNodes {
			t.Errorf("repaired store has %d nodes, a fresh build %d", nodes, wantNodes)
		}
	})
}

func TestBatchesSpanDocuments(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		path := newStore()
		s := openForWrite(t, path)
		defer s.Close()
		w, err := NewWriter(s, WriterOptions{ExtractorVersion: "test-1", BatchSize: 1 << 20})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range []*schema.Extraction{v1, other} {
			if _, err := w.Write(x); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if st := w.Stats(); st.Transactions != 1 {
			t.Errorf("two new documents took %d transactions, want 1", st.Transactions)
		}
	})
}

func TestSecondOpenOfALockedStoreFails(t *testing.T) {
	defer func(d time.Duration) { lockTimeout = d }(lockTimeout)
	lockTimeout = 100 * time.Millisecond // the test only needs the failure
	bolt := filepath.Join(t.TempDir(), "newskg.db")
	leveldb := "leveldb:" + filepath.Join(t.TempDir(), "kg")
	for _, tc := range []struct{ addr, want string }{
		{bolt, "store " + bolt + " is in use by another process (bolt file lock); close it and retry"},
		{leveldb, "store " + leveldb + " is in use by another process (leveldb LOCK file); close it and retry"},
	} {
		first := openForWrite(t, tc.addr)
		for _, opts := range []Options{{}, {ReadOnly: true}} {
			s, err := Open(tc.addr, opts)
			if err == nil {
				s.Close()
				t.Fatalf("second Open(%s, %+v) succeeded while the store is open for writing", tc.addr, opts)
			}
			if err.Error() != tc.want || !errors.Is(err, ErrLocked) {
				t.Errorf("Open(%+v): %v\nwant %q", opts, err, tc.want)
			}
		}
		first.Close()
	}
}

func TestReadersShareAStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newskg.db")
	build(t, path, v1)
	a, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	b.Close()
}

func TestReadOnlyOpenDoesNotCreate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.db")
	_, err := Open(path, Options{ReadOnly: true})
	if want := "no store at " + path + "; run newskg build first"; err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
		t.Errorf("the failed open created the store: %v", err)
	}
}

func TestParseAddress(t *testing.T) {
	for _, tc := range []struct {
		in      string
		backend string
		path    string
		noBloom bool
		err     string
	}{
		{in: "newskg.db", backend: Bolt, path: "newskg.db"},
		{in: "/var/lib/newskg", backend: Bolt, path: "/var/lib/newskg"},
		{in: "bolt:/tmp/x.db", backend: Bolt, path: "/tmp/x.db"},
		{in: "bolt:dir:with:colons", backend: Bolt, path: "dir:with:colons"},
		{in: "bolt:/tmp/x.db?bloom=off", backend: Bolt, path: "/tmp/x.db", noBloom: true},
		{in: "bolt:/tmp/x.db?bloom=on", backend: Bolt, path: "/tmp/x.db"},
		{in: "newskg.db?bloom=off", err: "an option needs the backend named: bolt:newskg.db?bloom=off"},
		{in: "bolt:x.db?bloom=non", err: `bloom="non": give bloom=off or bloom=on`},
		{in: "bolt:?bloom=off", err: `no path after "bolt:"`},
		{in: "leveldb:data/kg", backend: LevelDB, path: "data/kg"},
		{in: "memstore:", backend: Memstore},
		{in: "memstore", backend: Memstore},
		{in: "postgres://kg:secret@db.example:5432/newskg?sslmode=disable", backend: Postgres, path: "postgres://kg:secret@db.example:5432/newskg?sslmode=disable"},
		{in: "postgresql://localhost/newskg", backend: Postgres, path: "postgresql://localhost/newskg"},
		{in: "C:newskg.db", backend: Bolt, path: "C:newskg.db"},
		{in: "", err: "empty store address"},
		{in: "bolt:", err: `no path after "bolt:"`},
		{in: "mysql://kg:secret@db.example:3306/newskg", backend: MySQL, path: "mysql://kg:secret@db.example:3306/newskg"},
		{in: "mysql:root@/kg", err: `a MySQL store is a URL`},
		{in: "mysql://kg:secret@db.example:3306/", err: "needs a host and a database"},
		{in: "cockroach:postgres://root@db:26257/kg", err: "CockroachDB is not supported: newskg's tests cannot run it"},
		{in: "memstore:/tmp/x", err: "memstore takes no path"},
		{in: "postgres:///newskg", err: "no host"},
	} {
		a, err := ParseAddress(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseAddress(%q) = %+v, %v; want error %q", tc.in, a, err, tc.err)
			}
			continue
		}
		if err != nil || a.Backend != tc.backend || a.Path != tc.path || a.NoBloom != tc.noBloom {
			t.Errorf("ParseAddress(%q) = %+v, %v; want %s %q", tc.in, a, err, tc.backend, tc.path)
		}
	}
	for _, addr := range []string{"postgres://kg:secret@db.example/newskg", "mysql://kg:secret@db.example:3306/newskg"} {
		a, _ := ParseAddress(addr)
		if strings.Contains(a.String(), "secret") {
			t.Errorf("address %s shows the password", a)
		}
	}
	if _, err := ParseAddress("mysql:kg:secret@db/kg"); err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("a mistyped MySQL address: %v", err)
	}
	if dsn := (Address{Backend: MySQL, Path: "mysql://kg:s%40cret@db.example/newskg?parseTime=true"}).CayleyPath(); dsn != "kg:s@cret@tcp(db.example:3306)/newskg?parseTime=true" {
		t.Errorf("the stock cayley's --dbpath for a mysql:// URL is %q", dsn)
	}
}

func TestUnreachablePostgres(t *testing.T) {
	// Port 1 on localhost: nothing listens there, the connection is refused.
	_, err := Open("postgres://newskg@127.0.0.1:1/newskg?sslmode=disable&connect_timeout=2", Options{})
	if err == nil {
		t.Fatal("opened a PostgreSQL store where no server runs")
	}
	if !strings.HasPrefix(err.Error(), "cannot open PostgreSQL store postgres://newskg@127.0.0.1:1/newskg") ||
		strings.Count(err.Error(), "postgres://") != 1 || !strings.Contains(err.Error(), "server is running") {
		t.Errorf("unclear error: %v", err)
	}
}

func TestQuery(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		addr := newStore()
		build(t, addr, v1, other)
		s, err := Open(addr, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		testQueries(t, s)
	})
	t.Run("memstore", func(t *testing.T) {
		s := openForWrite(t, "memstore:")
		w, _ := NewWriter(s, WriterOptions{})
		w.Write(v1)
		w.Write(other)
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		testQueries(t, s)
	})
}

// testQueries asks s, which holds v1 and other, a few questions, and closes it.
func testQueries(t *testing.T, s *Store) {
	defer s.Close()
	ctx := context.Background()
	for _, tc := range []struct {
		script string
		limit  int
		want   string
	}{
		{`g.V("<Donald_Trump>").Out("<met>").All()`, 0, `[{"id":"<Vladimir_Putin>"}]`},
		{`g.V().Has("<name>", "Vladimir Putin").Out("<sameAs>").All()`, 0, `[{"id":"<http://www.wikidata.org/entity/Q7747>"}]`},
		{`g.V("<Vladimir_Putin>").In(["<accused>", "<met>"]).Tag("who").All()`, 0, `[{"id":"<Donald_Trump>","who":"<Donald_Trump>"}]`},
		{`g.V("<Vladimir_Putin>").Out("<accused>").Out("<name>").All()`, 0, `[{"id":"Ukraine"}]`},
		{`g.V().Has("<type>", "<Document>").All()`, 1, `[{"id":"<doc/a1>"}]|[{"id":"<doc/b2>"}]`},
		{`g.Emit(g.V().Has("<type>", "<Statement>").Count())`, 0, `[3]`},
		{`g.V().Has("<type>", "<Sentence>").Count()`, 0, `[3]`},
		{`g.V("<nobody>").All()`, 0, `[]`},
	} {
		got, err := Query(ctx, s, tc.script, tc.limit)
		if err != nil {
			t.Errorf("%s: %v", tc.script, err)
			continue
		}
		if !answersOneOf(t, got, tc.want) {
			t.Errorf("%s\n got %v\nwant %s", tc.script, got, tc.want)
		}
	}
	// A second query through the same store works (fresh session).
	if _, err := Query(ctx, s, `g.V().All()`, 1); err != nil {
		t.Errorf("second query: %v", err)
	}
	if _, err := Query(ctx, s, `g.V(.All()`, 0); err == nil {
		t.Errorf("a syntax error gave no error")
	}
}

func TestQueryTimeout(t *testing.T) {
	s := openForWrite(t, "memstore:")
	defer s.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := Query(ctx, s, `while (true) {}`, 0)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("runaway script: got %v, want the deadline", err)
	}
}

func TestQueryMemoryLimit(t *testing.T) {
	defer func(m uint64) { MaxQueryMemory = m }(MaxQueryMemory)
	MaxQueryMemory = 64 << 20
	s := openForWrite(t, "memstore:")
	defer s.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	_, err := Query(ctx, s, `var s = "x"; for (var i = 0; i < 20; i++) { s += s }; var a = []; while (true) { a.push(s + a.length) }`, 0)
	if !errors.Is(err, ErrQueryMemory) || !strings.Contains(err.Error(), "over 64 MiB") {
		t.Fatalf("a script that fills the heap: got %v after %s, want ErrQueryMemory", err, time.Since(start))
	}
	if _, err := Query(ctx, s, `g.V().All()`, 0); err != nil {
		t.Errorf("the next query: %v", err)
	}
}

func TestCount(t *testing.T) {
	storetest.EachBackend(t, func(t *testing.T, newStore func() string) {
		addr := newStore()
		st := build(t, addr, v2, other)
		s, err := Open(addr, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		c, err := Count(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		want := Counts{Documents: 2, Sentences: 4, Entities: 5, Statements: 4, Quads: int64(st.QuadsAdded)}
		if c != want {
			t.Errorf("Count = %+v, want %+v", c, want)
		}
	})
}

func TestWriteNQuads(t *testing.T) {
	var b bytes.Buffer
	qs := []quad.Quad{
		{Subject: quad.IRI("Vladimir_Putin"), Predicate: quad.IRI("alternateName"), Object: quad.LangString{Value: "Poutine", Lang: "fr"}},
		{Subject: quad.IRI("doc/a#s0"), Predicate: quad.IRI("text"), Object: quad.String(`Il a dit "non".`), Label: quad.IRI("doc/a")},
	}
	if err := WriteNQuads(&b, qs); err != nil {
		t.Fatal(err)
	}
	want := "<Vladimir_Putin> <alternateName> \"Poutine\"@fr .\n<doc/a#s0> <text> \"Il a dit \\\"non\\\".\" <doc/a> .\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func diffLines(got, want []string) string {
	g, w := map[string]bool{}, map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	for _, l := range want {
		w[l] = true
	}
	var d []string
	for _, l := range got {
		if !w[l] {
			d = append(d, "+ "+l)
		}
	}
	for _, l := range want {
		if !g[l] {
			d = append(d, "- "+l)
		}
	}
	return strings.Join(d, "\n")
}

// answersOneOf reports whether the answer of a query, in JSON, is one of
// the JSON texts of want, separated by "|" (for a query whose answer
// depends on the store's order).
func answersOneOf(t *testing.T, got any, want string) bool {
	t.Helper()
	var g any
	b, err := json.Marshal(got)
	if err == nil {
		err = json.Unmarshal(b, &g)
	}
	if err != nil {
		t.Fatalf("%v: %v", got, err)
	}
	return slices.ContainsFunc(strings.Split(want, "|"), func(w string) bool {
		var wv any
		if err := json.Unmarshal([]byte(w), &wv); err != nil {
			t.Fatalf("want %s: %v", w, err)
		}
		return reflect.DeepEqual(g, wv)
	})
}

// ghostNodes lists the nodes that g.V() returns but no quad uses.
func ghostNodes(t *testing.T, s *Store) []string {
	ctx := context.Background()
	var ghosts []string
	it := s.NodesAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		used := false
		for _, d := range quad.Directions {
			qi := s.QuadIterator(d, it.Result())
			used = qi.Next(ctx)
			qi.Close()
			if used {
				break
			}
		}
		if !used {
			ghosts = append(ghosts, quad.StringOf(s.NameOf(it.Result())))
		}
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return ghosts
}

func TestOtherBackends(t *testing.T) {
	for _, addr := range []string{"leveldb:" + filepath.Join(t.TempDir(), "kg"), "bolt:" + filepath.Join(t.TempDir(), "kg")} {
		t.Run(strings.SplitN(addr, ":", 2)[0], func(t *testing.T) {
			if _, err := Open(addr, Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
				t.Fatalf("read-only open of a missing store: %v", err)
			}
			for run, want := range []WriteStats{{New: 2}, {Unchanged: 2}} {
				s, err := Open(addr, Options{})
				if err != nil {
					t.Fatal(err)
				}
				w, err := NewWriter(s, WriterOptions{})
				if err != nil {
					t.Fatal(err)
				}
				for _, x := range []*schema.Extraction{v1, other} {
					if _, err := w.Write(x); err != nil {
						t.Fatal(err)
					}
				}
				if err := w.Flush(); err != nil {
					t.Fatal(err)
				}
				if st := w.Stats(); st.New != want.New || st.Unchanged != want.Unchanged {
					t.Errorf("run %d: %+v", run, st)
				}
				s.Close()
			}
			s, err := Open(addr, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			got, err := Query(context.Background(), s, `g.V("<Donald_Trump>").Out("<met>").All()`, 0)
			if err != nil || !answersOneOf(t, got, `[{"id":"<Vladimir_Putin>"}]`) {
				t.Errorf("query: %v %v", got, err)
			}
		})
	}
}
