package server_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// twoReports serves two articles written for the test: a meeting on 2
// March reported on the 10th, and a meeting planned for Monday announced on
// the 14th.
func twoReports(t *testing.T) *httptest.Server {
	t.Helper()
	return serverWith(t, ingesttest.BuildLines(t,
		`{"id":"a","date":"2025-03-10","source":"Le Quotidien","text":"Emmanuel Macron a rencontré Olaf Scholz le 2 mars."}`,
		`{"id":"b","date":"2025-03-14","source":"Le Temps","text":"Emmanuel Macron rencontrera Olaf Scholz lundi."}`,
	), server.Config{})
}

func TestTheTimelineEndpoint(t *testing.T) {
	ts := twoReports(t)
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

// Lookups as of a date: an entity's page and the statements lists keep
// what the documents published by then said (the meeting reported on the
// 10th, not the plan announced on the 14th); a day before both, nothing.
func TestLookupsAsOfADate(t *testing.T) {
	ts := twoReports(t)
	type page struct {
		Total int
		Items []struct{ Predicate, SentenceID string }
	}
	predicates := func(p page) string {
		var got []string
		for _, it := range p.Items {
			got = append(got, it.Predicate+" "+strings.SplitN(strings.TrimPrefix(it.SentenceID, "doc/"), "#", 2)[0])
		}
		return fmt.Sprintf("%d: %s", p.Total, strings.Join(got, ", "))
	}
	for _, c := range []struct{ asOf, want string }{
		{"", "2: met a, plansToMeet b"},
		{"2025-03-11", "1: met a"},
		{"2025-03-14", "2: met a, plansToMeet b"},
		{"2025-03-09", "0: "},
	} {
		q := ""
		if c.asOf != "" {
			q = "asOf=" + c.asOf
		}
		var entity struct {
			Relations page
			Counts    map[string]map[string]int
		}
		getJSON(t, ts.URL+"/api/v1/entities/Olaf_Scholz?"+q, &entity)
		if got := predicates(entity.Relations); got != c.want {
			t.Errorf("entity ?%s: %s, want %s", q, got, c.want)
		}
		if n := entity.Counts["in"]["contact"] + entity.Counts["out"]["contact"]; fmt.Sprint(n) != c.want[:1] {
			t.Errorf("entity ?%s: counts %v, want %s contacts", q, entity.Counts, c.want[:1])
		}
		var about, all page
		getJSON(t, ts.URL+"/api/v1/statements?entity=Olaf_Scholz&"+q, &about)
		if got := predicates(about); got != c.want {
			t.Errorf("statements?entity ?%s: %s, want %s", q, got, c.want)
		}
		getJSON(t, ts.URL+"/api/v1/statements?"+q, &all)
		if got := predicates(all); got != c.want {
			t.Errorf("statements ?%s: %s, want %s", q, got, c.want)
		}
	}
	for _, path := range []string{"entities/Olaf_Scholz", "statements"} {
		if code, _, body := call(t, "GET", ts.URL+"/api/v1/"+path+"?asOf=hier", ""); code != http.StatusBadRequest || !strings.Contains(body, "YYYY-MM-DD") {
			t.Errorf("%s?asOf=hier: %d %s", path, code, body)
		}
	}
}
