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
		Contradictions []struct {
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
	if code, _, body := call(t, "GET", ts.URL+"/api/v1/contradictions", ""); code != http.StatusBadRequest || !strings.Contains(body, "entity=") {
		t.Errorf("without ?entity=: %d %s", code, body)
	}
}
