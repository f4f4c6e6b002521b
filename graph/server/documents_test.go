package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/graph/storetest"
	"github.com/newskg/newskg/ingest"
	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

// writableServer serves a new store at addr with writes allowed and the
// extractor users get.
func writableServer(t *testing.T, addr string) (*graph.Store, string) {
	t.Helper()
	store, err := graph.Open(addr, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	srv := serverWith(t, store, server.Config{AllowWrites: true, WriteToken: "jeton",
		Extractor: func() (extract.Extractor, error) { return extract.NewRules() }})
	return store, srv.URL
}

// postDocuments POSTs a body of documents with the write token.
func postDocuments(t *testing.T, url, contentType, body string) (int, server.Added) {
	t.Helper()
	code, _, got := callWith(t, "POST", url, body, map[string]string{"Content-Type": contentType, "Authorization": "Bearer jeton"})
	var a server.Added
	if err := json.Unmarshal([]byte(got), &a); err != nil {
		t.Fatalf("POST %s: %v\n%s", url, err, got)
	}
	return code, a
}

// searchIDs is the ids of the entities a search finds.
func searchIDs(t *testing.T, base, q string) []string {
	t.Helper()
	var r struct{ Items []struct{ ID string } }
	getJSON(t, base+"/api/v1/entities?q="+q, &r)
	var ids []string
	for _, it := range r.Items {
		ids = append(ids, it.ID)
	}
	return ids
}

// Articles POSTed as build reads them are extracted and written while the
// server runs; search, entity pages and queries see them at once. A bad
// line is skipped with its input and reason, the others written; sent
// again, they are unchanged.
func TestPostDocumentsAddsArticles(t *testing.T) {
	_, base := writableServer(t, filepath.Join(t.TempDir(), "newskg.db"))
	if ids := searchIDs(t, base, "fogel"); len(ids) != 0 {
		t.Fatalf("before any write, fogel finds %v", ids)
	}
	lines := `{"id":"fogel","title":"Libération","date":"2025-02-12","text":"Marc Fogel a rencontré Steve Witkoff à Moscou mardi."}
{"id":"sans-texte","title":"Vide"}
{"id":"macron","text":"Emmanuel Macron a rencontré Olaf Scholz à Paris."}
`
	code, a := postDocuments(t, base+"/api/v1/documents", "application/x-ndjson", lines)
	if code != 200 || a.New != 2 || len(a.Skipped) != 1 || a.QuadsAdded == 0 {
		t.Fatalf("POST two good lines and a bad one: %d %+v", code, a)
	}
	if sk := a.Skipped[0]; sk.Input != "-:2" || sk.Reason != `no "text" field` {
		t.Errorf("the bad line is reported as %+v, want input -:2 and its reason", sk)
	}
	if ids := searchIDs(t, base, "fogel"); len(ids) != 1 || ids[0] != "Marc_Fogel" {
		t.Errorf("after the write, fogel finds %v, want Marc_Fogel", ids)
	}
	_, r := gizmo(t, base, `g.V("<Marc_Fogel>").Both("<met>").All()`, "")
	if !hasValue(r.Result, "id", "<Steve_Witkoff>") {
		t.Errorf("Fogel met Witkoff is not a fact of the store: %+v", r)
	}
	_, r = gizmo(t, base, `g.V("<Marc_Fogel>").Both("<met>", "<accused>").Has("<name>", "Olaf Scholz").All()`, "")
	if len(r.Result) != 0 {
		t.Errorf("Fogel met Scholz, which no article says: %+v", r)
	}
	code, a = postDocuments(t, base+"/api/v1/documents", "application/x-ndjson", lines)
	if code != 200 || a.New != 0 || a.Unchanged != 2 || a.QuadsAdded != 0 {
		t.Errorf("the same lines again: %d %+v, want 2 unchanged", code, a)
	}
}

// Lookups and queries answer while documents are written (the race
// detector watches the entity index being swapped under them).
func TestLookupsDuringAWrite(t *testing.T) {
	_, base := writableServer(t, filepath.Join(t.TempDir(), "newskg.db"))
	var lines strings.Builder
	for i := range 20 {
		fmt.Fprintf(&lines, `{"id":"d%d","text":"Marc Fogel a rencontré Steve Witkoff à Moscou le %d mars."}`+"\n", i, i+1)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				for _, path := range []string{"/api/v1/entities?q=fogel", "/api/v1/entities/Steve_Witkoff"} {
					res, err := http.Get(base + path)
					if err != nil {
						t.Error(err)
						return
					}
					res.Body.Close()
					if res.StatusCode != 200 && res.StatusCode != 404 {
						t.Errorf("GET %s during a write: %d", path, res.StatusCode)
					}
				}
			}
		}()
	}
	code, a := postDocuments(t, base+"/api/v1/documents", "application/x-ndjson", lines.String())
	close(done)
	wg.Wait()
	if code != 200 || a.New != 20 {
		t.Errorf("POST 20 articles during lookups: %d %+v", code, a)
	}
	if ids := searchIDs(t, base, "fogel"); len(ids) != 1 {
		t.Errorf("after the write, fogel finds %v", ids)
	}
}

// A plain-text body is one article, named by ?id=; a body with nothing to
// add is a 400 that says why, and a body that is neither text nor JSON Lines
// is refused before anything is read.
func TestPostDocumentsText(t *testing.T) {
	_, base := writableServer(t, "memstore:")
	code, a := postDocuments(t, base+"/api/v1/documents?id=depeche-1&count=true", "text/plain; charset=utf-8",
		"Volodymyr Zelensky a rencontré Emmanuel Macron à Kiev.")
	if code != 200 || a.New != 1 || a.Store == nil || a.Store.Documents != 1 {
		t.Fatalf("POST a text: %d %+v", code, a)
	}
	var doc struct{ ID, Source string }
	getJSON(t, base+"/api/v1/documents/depeche-1", &doc)
	if doc.ID != "depeche-1" || doc.Source != "-" {
		t.Errorf("the text's document: %+v, want id depeche-1 read from -", doc)
	}
	code, a = postDocuments(t, base+"/api/v1/documents", "text/plain", "  \n")
	if code != 400 || !strings.Contains(a.Error, "no document added: -: empty input") {
		t.Errorf("POST an empty text: %d %+v", code, a)
	}
	wantErrorWith(t, "POST", base+"/api/v1/documents", "<form>", map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer jeton"},
		http.StatusUnsupportedMediaType, "JSON Lines")
	wantErrorWith(t, "POST", base+"/api/v1/documents?id=x", `{"text":"a"}`, map[string]string{"Content-Type": "application/x-ndjson", "Authorization": "Bearer jeton"},
		http.StatusBadRequest, `own "id"`)
}

// Without --allow-writes, or without the token, nothing is added.
func TestPostDocumentsRefused(t *testing.T) {
	srv := sampleServer(t)
	wantErrorWith(t, "POST", srv.URL+"/api/v1/documents?id=x", "Trump a rencontré Poutine.", map[string]string{"Content-Type": "text/plain", "Authorization": "Bearer jeton"},
		http.StatusForbidden, "start it with newskg serve --allow-writes to add documents")
	_, base := writableServer(t, "memstore:")
	wantErrorWith(t, "POST", base+"/api/v1/documents?id=x", "Trump a rencontré Poutine.", map[string]string{"Content-Type": "text/plain"},
		http.StatusUnauthorized, "Authorization: Bearer TOKEN")
	if ids := searchIDs(t, base, "trump"); len(ids) != 0 {
		t.Errorf("a refused write added %v", ids)
	}
}

// The documents of newskg build --server keep the source and outlet the
// client read: the store holds what a local build would. Lines that are
// not documents, or repeat an id, are skipped by name.
func TestPostDocumentsOfBuild(t *testing.T) {
	_, base := writableServer(t, "memstore:")
	var b strings.Builder
	for _, d := range []schema.Document{
		{ID: "a", Source: "corpus/a.txt", Lang: "fr", Outlet: schema.Outlet{Name: "Le Monde", Host: "lemonde.fr"}, Text: "Donald Trump a rencontré Vladimir Poutine."},
		{ID: "a", Source: "autre/a.txt", Lang: "fr", Text: "Donald Trump a rencontré Emmanuel Macron."},
		{ID: "", Source: "corpus/sans-id.txt", Text: "Texte."},
	} {
		line, _ := json.Marshal(d)
		b.Write(line)
		b.WriteByte('\n')
	}
	b.WriteString("[1, 2]\n")
	code, a := postDocuments(t, base+"/api/v1/documents", server.DocumentsType, b.String())
	if code != 200 || a.New != 1 || len(a.Skipped) != 3 {
		t.Fatalf("POST build's documents: %d %+v", code, a)
	}
	for i, want := range []server.Skipped{
		{Input: "autre/a.txt", Reason: `document id "a" is already that of corpus/a.txt in this request`},
		{Input: "corpus/sans-id.txt", Reason: `no "id"`},
		{Input: "line 4", Reason: "not a document"},
	} {
		if got := a.Skipped[i]; got.Input != want.Input || !strings.HasPrefix(got.Reason, want.Reason) {
			t.Errorf("skipped %d: %+v, want %+v", i, got, want)
		}
	}
	var doc struct {
		Source string
		Outlet struct{ Name string }
	}
	getJSON(t, base+"/api/v1/documents/a", &doc)
	if doc.Source != "corpus/a.txt" || doc.Outlet.Name != "Le Monde" {
		t.Errorf("document a: %+v, want the client's source and outlet", doc)
	}
}

// A document the extractor fails on is skipped with its reason; the others
// are written.
func TestPostDocumentsExtractorFailure(t *testing.T) {
	store, err := graph.Open("memstore:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, store, server.Config{AllowWrites: true, WriteToken: "jeton",
		Extractor: func() (extract.Extractor, error) { return failOn{"PANIQUE"}, nil }})
	code, a := postDocuments(t, srv.URL+"/api/v1/documents", "application/x-ndjson",
		`{"id":"bon","text":"Donald Trump a rencontré Vladimir Poutine."}`+"\n"+`{"id":"mauvais","text":"PANIQUE"}`)
	if code != 200 || a.New != 1 || len(a.Skipped) != 1 || a.Skipped[0].Input != "-:2" ||
		!strings.Contains(a.Skipped[0].Reason, "extraction failed: extractor panic: cannot read PANIQUE") {
		t.Errorf("a document the extractor fails on: %d %+v", code, a)
	}
}

// failOn is the real extractor, which panics on a text.
type failOn struct{ text string }

func (f failOn) Version() string { return "fail-on" }

func (f failOn) Extract(d schema.Document) (*schema.Extraction, error) {
	if d.Text == f.text {
		panic("cannot read " + f.text)
	}
	ex, err := extract.Default()
	if err != nil {
		return nil, err
	}
	return ex.Extract(d)
}

// On PostgreSQL (and MySQL) a running server sees the entities that
// another process writes, and their statements, without a restart.
func TestServerSeesAnotherWriter(t *testing.T) {
	t.Run("postgres", func(t *testing.T) { seesAnotherWriter(t, storetest.NewPostgres(t)) })
	t.Run("mysql", func(t *testing.T) { seesAnotherWriter(t, storetest.NewMySQL(t)) })
}

func seesAnotherWriter(t *testing.T, addr string) {
	build := func(line string) {
		t.Helper()
		store, err := graph.Open(addr, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		ex, err := extract.NewRules()
		if err != nil {
			t.Fatal(err)
		}
		w, err := graph.NewWriter(store, graph.WriterOptions{ExtractorVersion: ex.Version()})
		if err != nil {
			t.Fatal(err)
		}
		docs := input.Documents([]string{"-"}, strings.NewReader(line))
		if _, err := ingest.Run(context.Background(), docs, ex, ingest.IntoStore(w), ingest.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	build(`{"id":"macron","text":"Emmanuel Macron a rencontré Olaf Scholz à Paris."}`)
	served, err := graph.Open(addr, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer served.Close()
	srv := serverWith(t, served, server.Config{RefreshInterval: 1}) // check at every request
	if ids := searchIDs(t, srv.URL, "fogel"); len(ids) != 0 {
		t.Fatalf("before the other build, fogel finds %v", ids)
	}
	var page struct{ Relations struct{ Total int } }
	getJSON(t, srv.URL+"/api/v1/entities/Olaf_Scholz", &page)
	before := page.Relations.Total

	build(`{"id":"fogel","text":"Marc Fogel a rencontré Olaf Scholz à Berlin."}`)
	if ids := searchIDs(t, srv.URL, "fogel"); len(ids) != 1 || ids[0] != "Marc_Fogel" {
		t.Errorf("after another process wrote Marc Fogel, the search finds %v", ids)
	}
	getJSON(t, srv.URL+"/api/v1/entities/Olaf_Scholz", &page)
	if page.Relations.Total != before+1 {
		t.Errorf("Scholz's statements: %d after the other build, %d before; want one more", page.Relations.Total, before)
	}
}

// wantErrorWith is wantError with request headers.
func wantErrorWith(t *testing.T, method, url, body string, headers map[string]string, status int, says string) {
	t.Helper()
	code, _, got := callWith(t, method, url, body, headers)
	var e struct{ Error string }
	if err := json.Unmarshal([]byte(got), &e); err != nil || code != status || !strings.Contains(e.Error, says) {
		t.Errorf("%s %s: %d %s, want %d and an error saying %q", method, url, code, got, status, says)
	}
}

// The API's marks point at the occurrence of a name the statement reads: in
// "Macron a salué Scholz, puis Scholz a rencontré Poutine.", the Scholz who
// met Poutine is the second, and the first is not marked.
func TestMarksPointAtTheOccurrenceTheStatementReads(t *testing.T) {
	_, base := writableServer(t, filepath.Join(t.TempDir(), "newskg.db"))
	text := "Macron a salué Scholz, puis Scholz a rencontré Poutine."
	if code, a := postDocuments(t, base+"/api/v1/documents", "application/x-ndjson", `{"id":"scholz","text":"`+text+`"}`+"\n"); code != 200 || a.New != 1 {
		t.Fatalf("POST: %d %+v", code, a)
	}
	var r markedStatements
	getJSON(t, base+"/api/v1/statements?entity=Olaf_Scholz&other=Vladimir_Putin&predicate=met", &r)
	if r.Total != 1 || r.Items[0].Sentence.Text != text {
		t.Fatalf("Scholz met Poutine: %+v, want one statement of the sentence", r)
	}
	second := strings.LastIndex(text, "Scholz")
	var subject []int
	for _, m := range r.Items[0].Marks {
		if m.Role == "subject" {
			subject = append(subject, m.Start)
		}
	}
	if len(subject) != 1 || subject[0] != second {
		t.Errorf("subject marks at %v, want at %d only (the second Scholz, not the first at %d)", subject, second, strings.Index(text, "Scholz"))
	}
}
