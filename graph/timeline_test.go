package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

// Four articles written for the test. Macron's timeline is in the order of
// the events, a statement without a time at its report date; ?since keeps
// the facts first reported since, not the repeats of older ones; ?asOf
// keeps what was published by then.
func TestATimelineIsInEventOrder(t *testing.T) {
	r := readerOf(t,
		`{"id":"a","date":"2025-03-10","text":"Emmanuel Macron a rencontré Olaf Scholz le 2 mars."}`,
		`{"id":"b","date":"2025-03-14","text":"Emmanuel Macron rencontrera Olaf Scholz lundi."}`,
		`{"id":"c","date":"2025-03-12","text":"Emmanuel Macron a rencontré Keir Starmer à Londres."}`,
		`{"id":"d","date":"2025-03-15","text":"Emmanuel Macron a rencontré Olaf Scholz le 2 mars."}`,
	)
	for _, c := range []struct {
		opts graph.TimelineOptions
		want string
	}{
		{graph.TimelineOptions{}, "a 2025-03-02 met, d 2025-03-02 met, c  met, b 2025-03-17 plansToMeet"},
		{graph.TimelineOptions{Since: "2025-03-13"}, "b 2025-03-17 plansToMeet"},
		{graph.TimelineOptions{AsOf: "2025-03-12"}, "a 2025-03-02 met, c  met"},
	} {
		reps, err := r.Timeline(context.Background(), "Emmanuel_Macron", c.opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, rep := range reps {
			got = append(got, rep.Document.ID+" "+rep.EventTime+" "+rep.Predicate)
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("%+v: %s, want %s", c.opts, strings.Join(got, ", "), c.want)
		}
	}
	if _, err := r.Timeline(context.Background(), "Emmanuel_Macron", graph.TimelineOptions{Since: "mars"}); err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Errorf("since=mars: %v, want an error asking for YYYY-MM-DD", err)
	}
}
