package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// sampleServer serves the sample corpus.
func sampleServer(t *testing.T) *httptest.Server {
	return serverWith(t, ingesttest.SampleStore(t), server.Config{})
}

func serverWith(t *testing.T, store *graph.Store, cfg server.Config) *httptest.Server {
	t.Helper()
	s, err := server.New(context.Background(), store, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// call sends a request and returns the status, the content type and the
// body.
func call(t *testing.T, method, url, body string) (int, string, string) {
	t.Helper()
	return callWith(t, method, url, body, nil)
}

// callWith is call with request headers ("Host" sets the Host).
func callWith(t *testing.T, method, url, body string, headers map[string]string) (int, string, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		if k == "Host" {
			req.Host = v
		} else {
			req.Header.Set(k, v)
		}
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), string(b)
}

// getJSON GETs a URL that must answer 200 with JSON, decoded into out.
func getJSON(t *testing.T, url string, out any) {
	t.Helper()
	code, _, body := call(t, "GET", url, "")
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", url, code, body)
	}
	if err := json.Unmarshal([]byte(body), out); err != nil {
		t.Fatalf("GET %s: %v\n%s", url, err, body)
	}
}

// wantError checks that a request fails with a status and a JSON error
// that says what went wrong.
func wantError(t *testing.T, method, url, body string, status int, says string) {
	t.Helper()
	code, ctype, got := call(t, method, url, body)
	var e struct{ Error string }
	if err := json.Unmarshal([]byte(got), &e); err != nil || e.Error == "" || !strings.HasPrefix(ctype, "application/json") {
		t.Errorf("%s %s: not a JSON error (%s): %s", method, url, ctype, got)
		return
	}
	if code != status || !strings.Contains(e.Error, says) {
		t.Errorf("%s %s: %d %q, want %d and an error saying %q", method, url, code, e.Error, status, says)
	}
}

type gizmoResult struct {
	Result []map[string]any `json:"result"`
	Error  string           `json:"error"`
}

func gizmo(t *testing.T, base, script, query string) (int, gizmoResult) {
	t.Helper()
	code, _, body := call(t, "POST", base+"/api/v1/query/gizmo"+query, script)
	var r gizmoResult
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatalf("gizmo %s: %v\n%s", script, err, body)
	}
	return code, r
}

func TestGizmoAnswersLikeCayley(t *testing.T) {
	srv := sampleServer(t)
	code, r := gizmo(t, srv.URL, `g.V("<Steve_Witkoff>").Both("<met>").Out("<name>").All()`, "")
	if code != 200 || !hasValue(r.Result, "id", "Vladimir Putin") {
		t.Errorf("who met Witkoff: %d %+v", code, r)
	}
	// Nothing found: {"result": null}, as cayley http says it.
	code, _, body := call(t, "POST", srv.URL+"/api/v1/query/gizmo", `g.V("<Nobody>").All()`)
	if code != 200 || strings.TrimSpace(body) != `{"result":null}` {
		t.Errorf("empty result: %d %s", code, body)
	}
}

func hasValue(rs []map[string]any, key, want string) bool {
	for _, r := range rs {
		if r[key] == want {
			return true
		}
	}
	return false
}

func TestGizmoLimits(t *testing.T) {
	srv := serverWith(t, ingesttest.SampleStore(t), server.Config{MaxResults: 20})
	for query, want := range map[string]int{"?limit=5": 5, "": 20, "?limit=100000": 20} {
		_, r := gizmo(t, srv.URL, `g.V().All()`, query)
		if len(r.Result) != want {
			t.Errorf("g.V().All() with %q: %d results, want %d (the server's limit is 20)", query, len(r.Result), want)
		}
	}
}

func TestBadInputGetsAClearJSONError(t *testing.T) {
	srv := sampleServer(t)
	u := srv.URL
	for _, c := range []struct {
		method, path, body string
		status             int
		says               string
	}{
		{"POST", "/api/v1/query/gizmo", `g.V(`, 400, "SyntaxError"},
		{"POST", "/api/v1/query/gizmo", `g.V().Nope()`, 400, "Nope"},
		{"POST", "/api/v1/query/gizmo", ``, 400, "empty query"},
		{"POST", "/api/v1/query/sparql", `SELECT *`, 400, "unknown query language"},
		{"POST", "/api/v1/query/gizmo", strings.Repeat("x", 2<<20), 413, "larger than"},
		{"GET", "/api/v1/entities/Nobody", ``, 404, `no entity "Nobody"`},
		{"GET", "/api/v1/entities/Vladimir_Poutine", ``, 404, "did you mean Vladimir_Putin"},
		{"GET", "/api/v1/entities?q=x&limit=abc", ``, 400, "not a number"},
		{"GET", "/api/v1/entities?q=x&offset=-3", ``, 400, "negative"},
		{"GET", "/api/v1/entities?type=Planet", ``, 400, "unknown entity type"},
		{"GET", "/api/v1/statements?entity=Vladimir_Putin&class=love", ``, 400, "unknown relation class"},
		{"GET", "/api/v1/statements?entity=Vladimir_Putin&direction=up", ``, 400, "direction"},
		{"GET", "/api/v1/statements?other=Vladimir_Putin", ``, 400, "need entity"},
		{"GET", "/api/v1/documents/nope", ``, 404, `no document "nope"`},
		{"GET", "/api/v1/export", ``, 400, "no format"},
		{"GET", "/api/v1/export?format=pdf", ``, 400, `unknown export format "pdf"`},
		{"GET", "/api/v1/export?format=csv", ``, 400, "two tables"},
		{"GET", "/api/v1/export?format=dot&entity=Nobody", ``, 404, `no entity "Nobody"`},
		{"GET", "/api/v1/export?format=dot&entity=Vladimir_Putin&depth=1000000", ``, 400, "depth 1000000 is out of range"},
		{"GET", "/api/v1/export?format=dot&entity=Vladimir_Putin&depth=-1", ``, 400, "out of range"},
		{"GET", "/api/v1/export?format=dot&class=love", ``, 400, "unknown relation class"},
		{"GET", "/api/v1/export?format=dot&document=nope", ``, 404, "no such document"},
		{"POST", "/api/v1/write", `[]`, 403, "read-only"},
		{"POST", "/api/v1/delete", `[]`, 403, "read-only"},
		{"GET", "/api/v2/read", ``, 404, "no endpoint"},
		{"GET", "/api/v2/query", ``, 400, "add lang=gizmo"},
		{"DELETE", "/api/v1/entities", ``, 405, "use GET"},
		{"GET", "/api/v1/query/gizmo", ``, 405, "use POST"},
	} {
		wantError(t, c.method, u+c.path, c.body, c.status, c.says)
	}
}

// A script that never ends is stopped at the time limit with a 504 (were
// it not stopped, the request would never be answered), and the server
// goes on answering.
func TestSlowQueryStopsAtTheTimeLimit(t *testing.T) {
	srv := serverWith(t, ingesttest.SampleStore(t), server.Config{Timeout: 300 * time.Millisecond})
	for _, script := range []string{
		`while (true) {}`,
		`var n = 0; g.V().ForEach(function(v) { while (true) { n++ } })`,
	} {
		wantError(t, "POST", srv.URL+"/api/v1/query/gizmo", script, http.StatusGatewayTimeout, "time limit")
	}
	code, r := gizmo(t, srv.URL, `g.V("<Vladimir_Putin>").Out("<name>").All()`, "")
	if code != 200 || len(r.Result) != 1 {
		t.Errorf("after the slow queries: %d %+v", code, r)
	}
}

// While runaway scripts take every query slot, another script waits and
// gets a 503, and lookups answer without waiting for a slot: the search
// answers while the runaway script still runs.
func TestRunawayQueriesDoNotBlockTheAPI(t *testing.T) {
	srv := serverWith(t, ingesttest.SampleStore(t), server.Config{Timeout: 3 * time.Second, MaxQueries: 1})
	query := srv.URL + "/api/v1/query/gizmo"
	done := make(chan struct{})
	go func() {
		defer close(done)
		// Not call: its t.Fatal must not run outside the test's goroutine.
		if res, err := http.Post(query, "text/plain", strings.NewReader(`while (true) {}`)); err == nil {
			res.Body.Close()
		}
	}()
	// A script that comes first gets the slot and answers; once the
	// runaway script holds it, the next one is refused as busy.
	for {
		code, _, body := call(t, "POST", query, `g.V("<nobody>").All()`)
		if code == http.StatusServiceUnavailable && strings.Contains(body, "busy") {
			break
		}
		if code != http.StatusOK {
			t.Fatalf("a script while the runaway one starts: %d %s", code, body)
		}
	}
	var r struct{ Total int }
	getJSON(t, srv.URL+"/api/v1/entities?q=poutine", &r)
	select {
	case <-done:
		t.Fatal("the runaway script ended before the search answered, so the search may have waited for it; give the server a longer Timeout")
	default:
	}
	if r.Total != 1 {
		t.Errorf("search while a script runs: %d hits, want Vladimir Putin", r.Total)
	}
	<-done
	if code, _ := gizmo(t, srv.URL, `g.V("<Vladimir_Putin>").All()`, ""); code != 200 {
		t.Errorf("after the runaway script: %d", code)
	}
}

func TestSearchByAnyNameIgnoringCaseAndAccents(t *testing.T) {
	srv := sampleServer(t)
	for q, want := range map[string]string{
		"poutine":        "Vladimir_Putin",
		"POUTINE":        "Vladimir_Putin",
		"Vladimir Putin": "Vladimir_Putin",
		"etats-unis":     "United_States",
		"États-Unis":     "United_States",
		"koursk":         "Kursk_Oblast",
		"witkoff":        "Steve_Witkoff",
	} {
		var r struct {
			Total int
			Items []struct{ ID, Name, Matched string }
		}
		getJSON(t, srv.URL+"/api/v1/entities?q="+url.QueryEscape(q), &r)
		if r.Total == 0 || r.Items[0].ID != want {
			t.Errorf("search %q: %+v, want %s first", q, r, want)
		}
	}
}

func TestListsArePaged(t *testing.T) {
	srv := sampleServer(t)
	var all, p1, p2 struct {
		Total, Offset, Limit int
		Items                []struct{ ID string }
	}
	getJSON(t, srv.URL+"/api/v1/entities?limit=1000", &all)
	getJSON(t, srv.URL+"/api/v1/entities?limit=10", &p1)
	getJSON(t, srv.URL+"/api/v1/entities?limit=10&offset=10", &p2)
	if all.Total < 20 || len(all.Items) != all.Total || p1.Total != all.Total || len(p1.Items) != 10 || p2.Offset != 10 {
		t.Fatalf("paging: all %d/%d, page 1 %d items, page 2 offset %d", len(all.Items), all.Total, len(p1.Items), p2.Offset)
	}
	if p1.Items[9].ID != all.Items[9].ID || p2.Items[0].ID != all.Items[10].ID {
		t.Errorf("pages do not follow each other: %v then %v", p1.Items, p2.Items)
	}
	var past struct{ Items []any }
	getJSON(t, srv.URL+"/api/v1/entities?offset=100000", &past)
	if past.Items == nil || len(past.Items) != 0 {
		t.Errorf("a page past the end should be an empty list: %+v", past)
	}
}

func TestEntityWithRelationsAndTheirSentences(t *testing.T) {
	srv := sampleServer(t)
	var e struct {
		ID, Name, Type, Wikidata, WikidataURL string
		Names                                 []struct{ Text, Lang string }
		Relations                             struct {
			Total int
			Items []struct {
				Subject   struct{ ID string }
				Predicate string
				Object    *struct{ ID string }
				Sentence  struct{ ID, Document, Text string }
				Marks     []struct {
					Start, End int
					Role       string
				}
			}
		}
	}
	getJSON(t, srv.URL+"/api/v1/entities/Vladimir_Putin?limit=1000", &e)
	if e.Name != "Vladimir Putin" || e.Type != "Person" || e.Wikidata != "Q7747" || e.WikidataURL != "http://www.wikidata.org/entity/Q7747" {
		t.Errorf("entity: %+v", e)
	}
	poutine := false
	for _, n := range e.Names {
		poutine = poutine || n.Text == "Poutine" && n.Lang == "fr"
	}
	if !poutine {
		t.Errorf("names: %+v, want Poutine@fr among them", e.Names)
	}
	found := false
	for _, r := range e.Relations.Items {
		if r.Sentence.Text == "" || r.Sentence.Document == "" {
			t.Errorf("relation %s %s without its sentence and document", r.Predicate, r.Sentence.ID)
		}
		for _, m := range r.Marks {
			if m.Start < 0 || m.End > len(r.Sentence.Text) || m.Start >= m.End {
				t.Errorf("mark %+v out of the sentence %q", m, r.Sentence.Text)
			}
		}
		if r.Subject.ID == "Steve_Witkoff" && r.Predicate == "met" {
			found = true
		}
	}
	if !found {
		t.Error("Putin's relations lack Steve Witkoff met Vladimir Putin")
	}

	var out struct {
		Relations struct {
			Items []struct{ Subject struct{ ID string } }
		}
	}
	getJSON(t, srv.URL+"/api/v1/entities/Vladimir_Putin?direction=out", &out)
	for _, r := range out.Relations.Items {
		if r.Subject.ID != "Vladimir_Putin" {
			t.Errorf("direction=out gave a statement whose subject is %s", r.Subject.ID)
		}
	}
}

// markedStatements is the part of a statement list that the tests of marks
// read.
type markedStatements struct {
	Total int
	Items []struct {
		Sentence struct{ Text string }
		Marks    []struct {
			Start, End int
			Role       string
		}
	}
}

func TestStatementsBetweenTwoEntitiesHighlightTheirNames(t *testing.T) {
	srv := sampleServer(t)
	var r markedStatements
	getJSON(t, srv.URL+"/api/v1/statements?entity=Steve_Witkoff&other=Vladimir_Putin&predicate=met&facts=true", &r)
	if r.Total != 1 {
		t.Fatalf("Witkoff met Putin: %d statements, want 1: %+v", r.Total, r)
	}
	st := r.Items[0]
	marked := map[string]string{}
	for _, m := range st.Marks {
		marked[st.Sentence.Text[m.Start:m.End]] = m.Role
	}
	if marked["Poutine"] != "object" || marked["Steve Witkoff"] != "subject" {
		t.Errorf("marks in %q: %v, want Poutine as object and Steve Witkoff as subject", st.Sentence.Text, marked)
	}
}

func TestDocumentWithSentencesAndFacts(t *testing.T) {
	srv := sampleServer(t)
	var list struct {
		Total int
		Items []struct{ ID string }
	}
	getJSON(t, srv.URL+"/api/v1/documents", &list)
	if list.Total != 5 {
		t.Fatalf("%d documents, want the 5 of the sample corpus", list.Total)
	}
	var d struct {
		ID         string
		Statements int
		Sentences  struct {
			Total int
			Items []struct {
				Index      int
				Text       string
				Statements []struct{ Predicate, SentenceID string }
			}
		}
	}
	getJSON(t, srv.URL+"/api/v1/documents/"+list.Items[4].ID+"?limit=1000", &d)
	n := 0
	for i, s := range d.Sentences.Items {
		if s.Index != i || s.Text == "" {
			t.Errorf("sentence %d: index %d, text %q", i, s.Index, s.Text)
		}
		n += len(s.Statements)
	}
	if d.Sentences.Total == 0 || n != d.Statements || n == 0 {
		t.Errorf("document %s: %d sentences, %d statements nested, %d in all", d.ID, d.Sentences.Total, n, d.Statements)
	}
	var page struct {
		Sentences struct{ Items []struct{ Index int } }
	}
	getJSON(t, srv.URL+"/api/v1/documents/"+list.Items[4].ID+"?offset=2&limit=3", &page)
	if len(page.Sentences.Items) != 3 || page.Sentences.Items[0].Index != 2 {
		t.Errorf("sentences 2-4: %+v", page.Sentences.Items)
	}
}

func TestExportThroughHTTP(t *testing.T) {
	srv := sampleServer(t)
	for format, ctype := range map[string]string{
		"nquads": "application/n-quads", "jsonld": "application/ld+json", "graphml": "application/graphml+xml",
		"dot": "text/vnd.graphviz", "cytoscape": "application/json", "csv&table=edges": "text/csv",
	} {
		code, got, body := call(t, "GET", srv.URL+"/api/v1/export?entity=Vladimir_Putin&format="+format, "")
		if code != 200 || !strings.HasPrefix(got, ctype) || !strings.Contains(body, "Vladimir_Putin") {
			t.Errorf("export %s: %d %s\n%.300s", format, code, got, body)
		}
	}
	var g struct {
		Data     struct{ Truncated bool }
		Elements struct {
			Nodes, Edges []struct{ Data map[string]any }
		}
	}
	getJSON(t, srv.URL+"/api/v1/export?format=cytoscape&entity=Vladimir_Putin&depth=1&class=contact", &g)
	for _, e := range g.Elements.Edges {
		if e.Data["class"] != "contact" {
			t.Errorf("class=contact gave an edge of class %v", e.Data["class"])
		}
	}
	if len(g.Elements.Edges) == 0 {
		t.Error("Putin has no contact edges")
	}
}

func TestNeighbourhoodStopsAtTheNodeLimit(t *testing.T) {
	srv := serverWith(t, ingesttest.SampleStore(t), server.Config{MaxNodes: 3})
	res, err := http.Get(srv.URL + "/api/v1/export?format=cytoscape&entity=Vladimir_Putin&depth=6")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var g struct {
		Data     struct{ Truncated bool }
		Elements struct{ Nodes []any }
	}
	json.NewDecoder(res.Body).Decode(&g)
	if len(g.Elements.Nodes) != 3 || !g.Data.Truncated || res.Header.Get("X-Newskg-Truncated") != "true" {
		t.Errorf("depth 6 with a 3-node limit: %d nodes, truncated %v, header %q", len(g.Elements.Nodes), g.Data.Truncated, res.Header.Get("X-Newskg-Truncated"))
	}
}

// With --allow-writes, Cayley's v1 write endpoint adds quads, and the
// entity index sees them.
func TestWritesWhenAllowed(t *testing.T) {
	store, err := graph.Open("memstore:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, store, server.Config{AllowWrites: true, WriteToken: "jeton"})
	call := func(t *testing.T, method, url, body string) (int, string, string) {
		return callWith(t, method, url, body, map[string]string{"Content-Type": "application/json", "Authorization": "Bearer jeton"})
	}
	quads := `[{"subject":"<Ada_Lovelace>","predicate":"<name>","object":"\"Ada Lovelace\""},
		{"subject":"<Ada_Lovelace>","predicate":"<type>","object":"<Person>"}]`
	for _, want := range []string{"wrote 2 quads", "wrote 0 quads"} {
		code, _, body := call(t, "POST", srv.URL+"/api/v1/write", quads)
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("write: %d %s, want %q", code, body, want)
		}
	}
	var r struct{ Items []struct{ ID string } }
	getJSON(t, srv.URL+"/api/v1/entities?q=lovelace", &r)
	if len(r.Items) != 1 || r.Items[0].ID != "Ada_Lovelace" {
		t.Errorf("search after write: %+v", r)
	}
	// The entity's page (whose statement list the server keeps) sees a
	// statement written after it was first asked for.
	var page struct{ Relations struct{ Total int } }
	getJSON(t, srv.URL+"/api/v1/entities/Ada_Lovelace", &page)
	if page.Relations.Total != 0 {
		t.Fatalf("Ada Lovelace's statements before the write: %d", page.Relations.Total)
	}
	statement := `[{"subject":"<stmt/1>","predicate":"<subject>","object":"<Ada_Lovelace>","label":"<doc/d#s0>"},
		{"subject":"<stmt/1>","predicate":"<predicate>","object":"<met>","label":"<doc/d#s0>"},
		{"subject":"<stmt/1>","predicate":"<sentence>","object":"<doc/d#s0>","label":"<doc/d#s0>"},
		{"subject":"<stmt/1>","predicate":"<type>","object":"<Statement>","label":"<doc/d#s0>"}]`
	if code, _, body := call(t, "POST", srv.URL+"/api/v1/write", statement); code != 200 {
		t.Fatalf("write a statement: %d %s", code, body)
	}
	getJSON(t, srv.URL+"/api/v1/entities/Ada_Lovelace", &page)
	if page.Relations.Total != 1 {
		t.Errorf("Ada Lovelace's statements after the write: %d, want 1", page.Relations.Total)
	}
	if code, _, body := call(t, "POST", srv.URL+"/api/v1/write", `{"subject":1}`); code != 400 || !strings.Contains(body, "JSON array of quads") {
		t.Errorf("write of an object: %d %s", code, body)
	}
	code, _, body := call(t, "POST", srv.URL+"/api/v1/delete", quads)
	if code != 200 || !strings.Contains(body, "deleted 2 quads") {
		t.Errorf("delete: %d %s", code, body)
	}
}

func TestWebViewAssetsAreEmbedded(t *testing.T) {
	srv := sampleServer(t)
	for path, want := range map[string]string{
		"/":              "<title>newskg</title>",
		"/static/app.js": "api/v1/export?format=cytoscape",
		"/static/vendor/cytoscape/cytoscape.min.js":    "The Cytoscape Consortium",
		"/static/vendor/cytoscape/LICENSE":             "Permission is hereby granted",
		"/static/vendor/fcose/layout-base.js":          "layoutBase",
		"/static/vendor/fcose/cose-base.js":            "coseBase",
		"/static/vendor/fcose/cytoscape-fcose.js":      "fixedNodeConstraint",
		"/static/vendor/fcose/LICENSE.layout-base":     "Permission is hereby granted",
		"/static/vendor/fcose/LICENSE.cose-base":       "Permission is hereby granted",
		"/static/vendor/fcose/LICENSE.cytoscape-fcose": "Permission is hereby granted",
	} {
		code, _, body := call(t, "GET", srv.URL+path, "")
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("GET %s: %d, want %q in it", path, code, want)
		}
	}
	code, _, body := call(t, "GET", srv.URL+"/", "")
	if code == 200 && (strings.Contains(body, "http://") || strings.Contains(body, "https://")) {
		t.Error("the page refers to another host; every asset must be served by newskg")
	}
}
