package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// The OpenAPI description that the server serves names every route of the
// API with its method and path parameters, and nothing else.
func TestOpenAPIDescribesTheRoutes(t *testing.T) {
	s, err := server.New(context.Background(), ingesttest.SampleStore(t), server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	var doc struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Parameters []struct{ Name, In string }
			Responses  map[string]any
		}
	}
	getJSON(t, ts.URL+"/api/v1/openapi.json", &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi %q, want 3.x", doc.OpenAPI)
	}
	described := map[string]bool{}
	pathParam := regexp.MustCompile(`\{(\w+)\}`)
	for path, ops := range doc.Paths {
		for method, op := range ops {
			described[strings.ToUpper(method)+" "+path] = true
			if len(op.Responses) == 0 {
				t.Errorf("%s %s: no responses", method, path)
			}
			for _, m := range pathParam.FindAllStringSubmatch(path, -1) {
				found := false
				for _, p := range op.Parameters {
					found = found || p.In == "path" && p.Name == m[1]
				}
				if !found {
					t.Errorf("%s %s: path parameter %s is not described", method, path, m[1])
				}
			}
		}
	}
	routes := map[string]bool{}
	for _, r := range s.Routes() {
		method, path, _ := strings.Cut(r, " ")
		if !strings.HasPrefix(path, "/api/") && path != "/healthz" {
			continue // the web view's pages
		}
		r = method + " " + strings.ReplaceAll(path, "...}", "}")
		routes[r] = true
		if !described[r] {
			t.Errorf("route %s is not in the OpenAPI description", r)
		}
	}
	for d := range described {
		if !routes[d] {
			t.Errorf("the OpenAPI description has %s, which the server does not route", d)
		}
	}
	if len(routes) < 10 {
		t.Errorf("only %d API routes found; the test would prove little", len(routes))
	}
}

func TestHealthz(t *testing.T) {
	ts := sampleServer(t)
	var h struct{ Status, Store string }
	getJSON(t, ts.URL+"/healthz", &h)
	if h.Status != "ok" || h.Store == "" {
		t.Errorf("healthz: %+v", h)
	}
}

func preflight(t *testing.T, url, origin string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodOptions, url, nil)
	req.Header.Set("Origin", origin)
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "content-type")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}

// CORS is off unless origins are given; then those origins, and only
// those, get their preflight answered and the Allow-Origin header.
func TestCORS(t *testing.T) {
	store := ingesttest.SampleStore(t)
	off := serverWith(t, store, server.Config{})
	if res := preflight(t, off.URL+"/api/v1/query/gizmo", "https://app.example"); res.StatusCode != http.StatusForbidden || res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS off: preflight %d, Allow-Origin %q", res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"))
	}
	on := serverWith(t, store, server.Config{AllowedOrigins: []string{"https://app.example"}})
	res := preflight(t, on.URL+"/api/v1/query/gizmo", "https://app.example")
	if res.StatusCode != http.StatusNoContent || res.Header.Get("Access-Control-Allow-Origin") != "https://app.example" ||
		!strings.Contains(res.Header.Get("Access-Control-Allow-Methods"), "POST") || res.Header.Get("Access-Control-Allow-Headers") != "content-type" {
		t.Errorf("allowed origin: preflight %d, headers %v", res.StatusCode, res.Header)
	}
	if res := preflight(t, on.URL+"/api/v1/query/gizmo", "https://evil.example"); res.StatusCode != http.StatusForbidden || res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("another origin: preflight %d, Allow-Origin %q", res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"))
	}
	req, _ := http.NewRequest(http.MethodPost, on.URL+"/api/v1/query/gizmo", strings.NewReader(`g.V("<Steve_Witkoff>").Both("<met>").Out("<name>").All()`))
	req.Header.Set("Origin", "https://app.example")
	got, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	got.Body.Close()
	if got.StatusCode != http.StatusOK || got.Header.Get("Access-Control-Allow-Origin") != "https://app.example" {
		t.Errorf("allowed origin: POST %d, Allow-Origin %q", got.StatusCode, got.Header.Get("Access-Control-Allow-Origin"))
	}
}

// One log record per request, with its method, path, status and size; the
// client's address and query only at Debug.
func TestRequestLog(t *testing.T) {
	for _, level := range []slog.Level{slog.LevelInfo, slog.LevelDebug} {
		var buf bytes.Buffer
		log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: level}))
		ts := serverWith(t, ingesttest.SampleStore(t), server.Config{Log: log})
		call(t, "GET", ts.URL+"/api/v1/entities?q=poutine", "")
		call(t, "GET", ts.URL+"/api/v1/entities/Nobody", "")
		var recs []map[string]any
		for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
			var r map[string]any
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("log line %q: %v", line, err)
			}
			recs = append(recs, r)
		}
		if len(recs) != 2 || recs[0]["path"] != "/api/v1/entities" || recs[0]["status"] != 200.0 || recs[0]["bytes"].(float64) < 50 ||
			recs[1]["path"] != "/api/v1/entities/Nobody" || recs[1]["status"] != 404.0 {
			t.Errorf("level %v: log\n%s", level, buf.String())
		}
		if _, ok := recs[0]["query"]; ok != (level == slog.LevelDebug) {
			t.Errorf("level %v: query logged: %v", level, ok)
		}
	}
}

// Cayley's v2 query endpoint answers as v1: GET with ?qu=, POST with the
// script as the body.
func TestQueryV2(t *testing.T) {
	ts := sampleServer(t)
	script := `g.V("<Steve_Witkoff>").Both("<met>").Out("<name>").All()`
	_, _, v1 := call(t, "POST", ts.URL+"/api/v1/query/gizmo", script)
	_, _, post := call(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", script)
	code, _, get := call(t, "GET", ts.URL+"/api/v2/query?lang=gizmo&qu="+url.QueryEscape(script), "")
	if code != http.StatusOK || !strings.Contains(v1, `"Vladimir Putin"`) || post != v1 || get != v1 {
		t.Errorf("v1 %s\nv2 POST %s\nv2 GET %d %s", v1, post, code, get)
	}
	if code, _, body := call(t, "POST", ts.URL+"/api/v2/query", script); code != http.StatusBadRequest || !strings.Contains(body, "lang=gizmo") {
		t.Errorf("without lang: %d %s", code, body)
	}
}
