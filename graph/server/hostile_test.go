package server_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// A page on another site can make the browser POST to the server, as a
// form or as text/plain, with the user's cookies but without a JSON content
// type, an Authorization header or the server's origin: none of those
// writes or deletes anything. Only JSON with the token does.
func TestWritesOnlyFromRequestsABrowserCannotForge(t *testing.T) {
	store, err := graph.Open("memstore:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, store, server.Config{AllowWrites: true, WriteToken: "jeton"})
	putin := `[{"subject":"<Vladimir_Putin>","predicate":"<type>","object":"<Person>"}]`
	json := map[string]string{"Content-Type": "application/json", "Authorization": "Bearer jeton"}
	if code, _, body := callWith(t, "POST", srv.URL+"/api/v1/write", putin, json); code != 200 {
		t.Fatalf("write with the token: %d %s", code, body)
	}
	name := `[{"subject":"<Vladimir_Putin>","predicate":"<name>","object":"\"Poutine le Grand\""}]`
	for _, tc := range []struct {
		name, path, body string
		headers          map[string]string
		status           int
		says             string
	}{
		{"text/plain, as a cross-site fetch sends it", "/api/v1/write", name, map[string]string{"Content-Type": "text/plain"}, 415, "Content-Type: application/json"},
		{"a form", "/api/v1/delete", "subject=%3CVladimir_Putin%3E", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, 415, "Content-Type: application/json"},
		{"a text/plain delete of his type", "/api/v1/delete", putin, map[string]string{"Content-Type": "text/plain;charset=UTF-8"}, 415, "Content-Type: application/json"},
		{"JSON without the token", "/api/v1/write", name, map[string]string{"Content-Type": "application/json"}, 401, "Authorization: Bearer TOKEN"},
		{"JSON with another token", "/api/v1/delete", putin, map[string]string{"Content-Type": "application/json", "Authorization": "Bearer devine"}, 401, "Authorization: Bearer TOKEN"},
		{"JSON and the token from another site's page", "/api/v1/delete", putin, map[string]string{"Content-Type": "application/json", "Authorization": "Bearer jeton", "Origin": "http://attacker.example"}, 403, "pages of http://attacker.example are refused"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, got := callWith(t, "POST", srv.URL+tc.path, tc.body, tc.headers)
			if code != tc.status || !strings.Contains(got, tc.says) {
				t.Errorf("%d %s, want %d and %q", code, got, tc.status, tc.says)
			}
		})
	}
	rs, err := graph.Query(context.Background(), store, `g.V("<Vladimir_Putin>").OutPredicates().All()`, 0)
	if err != nil || len(rs) != 1 || fmt.Sprint(rs[0]) != "map[id:<type>]" {
		t.Errorf("after the refused requests, Putin's predicates are %v (%v), want his type alone", rs, err)
	}
	// The web view, on the server's own origin, may write.
	own := map[string]string{"Content-Type": "application/json", "Authorization": "Bearer jeton", "Origin": srv.URL}
	if code, _, body := callWith(t, "POST", srv.URL+"/api/v1/write", name, own); code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Errorf("write from the server's own origin: %d %s", code, body)
	}
}

// A DNS-rebinding page (attacker.example resolved to 127.0.0.1) sends its
// own name as Host: it gets nothing. Loopback names, IP addresses and the
// names the server is started with are answered.
func TestHostAllowList(t *testing.T) {
	srv := serverWith(t, ingesttest.SampleStore(t), server.Config{AllowedHosts: []string{"kg.example.org"}})
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	for host, want := range map[string]int{
		"attacker.example:" + port: 403,
		"attacker.example":         403,
		"localhost:" + port:        200,
		"carte.localhost:" + port:  200,
		"127.0.0.1:" + port:        200,
		"[::1]:" + port:            200,
		"KG.example.org:" + port:   200,
	} {
		for _, path := range []string{"/api/v1/export?format=nquads", "/api/v1/entities?q=poutine", "/"} {
			code, _, body := callWith(t, "GET", srv.URL+path, "", map[string]string{"Host": host})
			if code != want {
				t.Errorf("Host %s, GET %s: %d, want %d (%.100s)", host, path, code, want, body)
			}
			if want == 403 && !strings.Contains(body, "--allowed-hosts attacker.example") {
				t.Errorf("Host %s: the refusal does not say how to allow the name: %s", host, body)
			}
		}
	}
}

// A client that sends its write body a byte at a time holds no lock:
// lookups, queries and exports are answered while it is still sending.
func TestSlowWriteBodyBlocksNoLookup(t *testing.T) {
	store, err := graph.Open("memstore:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, store, server.Config{AllowWrites: true, WriteToken: "jeton"})
	conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `[{"subject":"<Ada_Lovelace>","predicate":"<type>","object":"<Person>"}]`
	fmt.Fprintf(conn, "POST /api/v1/write HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer jeton\r\nContent-Length: %d\r\n\r\n%s", len(body), body[:10])
	time.Sleep(100 * time.Millisecond) // let the server start reading the body
	client := http.Client{Timeout: 20 * time.Second}
	for _, path := range []string{"/api/v1/entities?q=ada", "/api/v1/export?format=nquads", "/api/v1/documents"} {
		res, err := client.Get(srv.URL + path)
		if err != nil {
			t.Fatalf("GET %s while a write body is pending: %v", path, err)
		}
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("GET %s while a write body is pending: %d", path, res.StatusCode)
		}
	}
	fmt.Fprint(conn, body[10:])
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil || res.StatusCode != 200 {
		t.Errorf("the slow write, once sent: %v %v", res, err)
	}
}

// A client that never finishes sending its request is cut off by the
// server's read timeout, well before the request's time limit would
// matter: a few hundred of them cannot hold connections for ever.
func TestSlowBodyIsCutOff(t *testing.T) {
	s, err := server.New(context.Background(), ingesttest.SampleStore(t), server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := s.HTTPServer()
	go hs.Serve(ln)
	defer hs.Close()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/v1/query/gizmo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\ng.V(")
	// Without a read timeout the server waits for the rest for ever; the
	// deadline here only keeps a failing test from hanging.
	conn.SetReadDeadline(time.Now().Add(2 * time.Minute))
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatal("the server kept the connection of a client that never sent its body")
	}
	if err == nil && res.StatusCode == 200 {
		t.Errorf("a cut body was answered 200")
	}
}

// Exports share the query slots with Gizmo scripts: while runaway scripts
// take them all, an export waits and gets a 503 instead of piling up.
func TestExportsWaitForAQuerySlot(t *testing.T) {
	srv := serverWith(t, ingesttest.SampleStore(t), server.Config{Timeout: 2 * time.Second, MaxQueries: 1})
	done := make(chan struct{})
	go func() {
		defer close(done)
		call(t, "POST", srv.URL+"/api/v1/query/gizmo", `while (true) {}`)
	}()
	time.Sleep(200 * time.Millisecond)
	wantError(t, "GET", srv.URL+"/api/v1/export?format=jsonld", "", http.StatusServiceUnavailable, "busy")
	<-done
	if code, _, body := call(t, "GET", srv.URL+"/api/v1/export?format=jsonld", ""); code != 200 {
		t.Errorf("export once the slot is free: %d %.200s", code, body)
	}
}

// An answer larger than the response limit is refused with a message that
// says how to narrow it, and is never held whole: a script that builds a
// 16 MiB string, a whole export.
func TestAnswersStopAtTheResponseLimit(t *testing.T) {
	srv := serverWith(t, ingesttest.SampleStore(t), server.Config{MaxResponseBytes: 1 << 20})
	wantError(t, "POST", srv.URL+"/api/v1/query/gizmo",
		`var s = "x"; for (var i = 0; i < 24; i++) { s += s }; g.Emit(s)`,
		http.StatusBadRequest, "larger than 1 MiB")
	wantError(t, "POST", srv.URL+"/api/v1/query/gizmo",
		`var s = "x"; for (var i = 0; i < 14; i++) { s += s }; for (var i = 0; i < 100; i++) { g.Emit(s) }`,
		http.StatusBadRequest, "larger than 1 MiB")
	if code, r := gizmo(t, srv.URL, `g.V("<Vladimir_Putin>").Out("<name>").All()`, ""); code != 200 || len(r.Result) != 1 {
		t.Errorf("a small query: %d %+v", code, r)
	}
	small := serverWith(t, ingesttest.SampleStore(t), server.Config{MaxResponseBytes: 4 << 10})
	wantError(t, "GET", small.URL+"/api/v1/export?format=nquads", "", http.StatusBadRequest, "narrow the request")
}
