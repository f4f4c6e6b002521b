package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
)

func TestTheTimelineEndpoint(t *testing.T) {
	ts := serverWith(t, ingesttest.BuildLines(t,
		`{"id":"a","date":"2025-03-10","source":"Le Quotidien","text":"Emmanuel Macron a rencontré Olaf Scholz le 2 mars."}`,
		`{"id":"b","date":"2025-03-14","source":"Le Temps","text":"Emmanuel Macron rencontrera Olaf Scholz lundi."}`,
	), server.Config{})
	var resp struct {
		Items []struct {
			Predicate, EventTime string
			Document             struct {
				ID     string
				Outlet struct{ Name string }
			}
		}
	}
	for _, c := range []struct{ query, want string }{
		{"", "a met 2025-03-02 Le Quotidien, b plansToMeet 2025-03-17 Le Temps"},
		{"?since=2025-03-11", "b plansToMeet 2025-03-17 Le Temps"},
		{"?asOf=2025-03-11", "a met 2025-03-02 Le Quotidien"},
	} {
		resp.Items = nil
		getJSON(t, ts.URL+"/api/v1/entities/Olaf_Scholz/timeline"+c.query, &resp)
		var got []string
		for _, it := range resp.Items {
			got = append(got, it.Document.ID+" "+it.Predicate+" "+it.EventTime+" "+it.Document.Outlet.Name)
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("timeline%s: %s, want %s", c.query, strings.Join(got, ", "), c.want)
		}
	}
	for _, path := range []string{"timeline", "agreement"} {
		if code, _, body := call(t, "GET", ts.URL+"/api/v1/entities/Olaf_Scholz/"+path+"?since=hier", ""); code != http.StatusBadRequest || !strings.Contains(body, "YYYY-MM-DD") {
			t.Errorf("%s?since=hier: %d %s", path, code, body)
		}
	}
	var facts struct {
		Facts []struct {
			Predicate     string
			Reports       int
			Outlets       []struct{ Name string }
			FirstReported string
		}
	}
	getJSON(t, ts.URL+"/api/v1/entities/Olaf_Scholz/agreement", &facts)
	var got []string
	for _, f := range facts.Facts {
		got = append(got, fmt.Sprintf("%s %d %s %s", f.Predicate, f.Reports, f.Outlets[0].Name, f.FirstReported))
	}
	if want := "met 1 Le Quotidien 2025-03-10, plansToMeet 1 Le Temps 2025-03-14"; strings.Join(got, ", ") != want {
		t.Errorf("agreement: %s, want %s", strings.Join(got, ", "), want)
	}
}
