package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// Two articles written for the test disagree on a meeting; the API lists
// the contradiction with both sources: document, title, date, outlet and
// sentence.
func TestTheAPIListsAContradictionWithBothSources(t *testing.T) {
	ts := serverWith(t, ingesttest.BuildLines(t,
		`{"id":"oui","date":"2025-03-13","source":"Le Quotidien","title":"Sommet à Paris","text":"Emmanuel Macron a rencontré Olaf Scholz mardi à Paris."}`,
		`{"id":"non","date":"2025-03-14","source":"Le Temps","title":"Pas de rencontre","text":"Emmanuel Macron et Olaf Scholz ne se sont pas rencontrés mardi."}`,
	), server.Config{})
	var resp struct {
		Total, Offset, Limit int
		Contradictions       []struct {
			Kind       string `json:"kind"`
			Statements []struct {
				Polarity string `json:"polarity"`
				Document struct {
					ID, Title, Date string
					Outlet          struct{ Name string }
				} `json:"document"`
				Sentence struct{ Text string } `json:"sentence"`
			} `json:"statements"`
		} `json:"contradictions"`
	}
	getJSON(t, ts.URL+"/api/v1/contradictions?entity=Olaf_Scholz", &resp)
	if len(resp.Contradictions) != 1 || len(resp.Contradictions[0].Statements) != 2 {
		t.Fatalf("%+v, want one contradiction of two statements", resp)
	}
	var got []string
	for _, s := range resp.Contradictions[0].Statements {
		got = append(got, strings.Join([]string{s.Polarity, s.Document.ID, s.Document.Title, s.Document.Date, s.Document.Outlet.Name, s.Sentence.Text}, " | "))
	}
	want := []string{
		"positive | oui | Sommet à Paris | 2025-03-13 | Le Quotidien | Emmanuel Macron a rencontré Olaf Scholz mardi à Paris.",
		"negative | non | Pas de rencontre | 2025-03-14 | Le Temps | Emmanuel Macron et Olaf Scholz ne se sont pas rencontrés mardi.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sources:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if resp.Total != 1 || resp.Offset != 0 || resp.Limit != 50 {
		t.Errorf("total %d, offset %d, limit %d; want 1, 0 and the default page of 50", resp.Total, resp.Offset, resp.Limit)
	}
	resp.Contradictions = nil
	getJSON(t, ts.URL+"/api/v1/contradictions?entity=Olaf_Scholz&offset=1&limit=10", &resp)
	if resp.Total != 1 || len(resp.Contradictions) != 0 || resp.Limit != 10 {
		t.Errorf("offset 1: total %d, %d listed, limit %d; want 1, none, 10", resp.Total, len(resp.Contradictions), resp.Limit)
	}
	if code, _, body := call(t, "GET", ts.URL+"/api/v1/contradictions?entity=Olaf_Scholz&limit=0", ""); code != http.StatusBadRequest || !strings.Contains(body, "limit") {
		t.Errorf("limit=0: %d %s", code, body)
	}
	if code, _, body := call(t, "GET", ts.URL+"/api/v1/contradictions", ""); code != http.StatusBadRequest || !strings.Contains(body, "entity=") {
		t.Errorf("without ?entity=: %d %s", code, body)
	}
}
