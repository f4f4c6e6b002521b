package server_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// A script that fills memory is stopped by the memory limit, with a 400
// that says why (the time limit, a minute, would give a 504), and the
// server goes on answering.
func TestGreedyQueryStopsAtTheMemoryLimit(t *testing.T) {
	defer func(m uint64) { graph.MaxQueryMemory = m }(graph.MaxQueryMemory)
	graph.MaxQueryMemory = 64 << 20
	srv := serverWith(t, ingesttest.SampleStore(t), server.Config{Timeout: time.Minute})
	wantError(t, "POST", srv.URL+"/api/v1/query/gizmo",
		`var s = "x"; for (var i = 0; i < 20; i++) { s += s }; var a = []; while (true) { a.push(s + a.length) }`,
		http.StatusBadRequest, "too much memory")
	if code, r := gizmo(t, srv.URL, `g.V("<Vladimir_Putin>").Out("<name>").All()`, ""); code != 200 || len(r.Result) != 1 {
		t.Errorf("after the greedy query: %d %+v", code, r)
	}
}
