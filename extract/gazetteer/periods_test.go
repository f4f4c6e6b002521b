package gazetteer

import (
	"strings"
	"testing"
	"time"
)

// A small gazetteer written for the tests: two American presidents with
// their periods, one of them twice.
const presidents = `usa	Country	United States		États-Unis	demonyms=américain;capital=washington
washington	Place	Washington		Washington	capitalOf=usa
donald_trump	Person	Donald Trump		Trump	leaderOf=usa@2017-01-20..2021-01-20|usa@2025-01-20..;role=président@2017-01-20..2021-01-20|président@2025-01-20..;gender=m
joe_biden	Person	Joe Biden		Biden	leaderOf=usa@2021-01-20..2025-01-20;role=président@2021-01-20..2025-01-20|vice-président@2009..2017
barack_obama	Person	Barack Obama		Obama	leaderOf=usa@2009-01-20..2017-01-20;role=président@2009-01-20..2017-01-20
`

func TestLeadersAtTheDocumentsDate(t *testing.T) {
	g, err := Parse([]byte(presidents), "presidents.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ date, want string }{
		{"", "donald_trump"}, // no date: the period still open
		{"2019-03-14", "donald_trump"},
		{"2019-03-14T08:30:00Z", "donald_trump"},
		{"2022-06", "joe_biden"},
		{"2021-01-20", "joe_biden"}, // handover day: the later start
		{"2021", "joe_biden"},       // a year: read as its last day
		{"2016-11-09", "barack_obama"},
		{"2025-02-01", "donald_trump"},
		{"le 14 mars", "donald_trump"}, // not a date: as with none
		{"1990-01-01", ""},             // before every period: nobody
	} {
		ls := g.LeadersAt("usa", tt.date)
		got := ""
		if len(ls) > 0 {
			got = ls[0].Key
		}
		if len(ls) > 1 || got != tt.want {
			t.Errorf("LeadersAt(usa, %q) = %v, want %q", tt.date, ls, tt.want)
		}
	}
	if ls := g.Leaders("usa"); len(ls) != 1 || ls[0].Key != "donald_trump" {
		t.Errorf("Leaders(usa) = %v, want Donald Trump alone", ls)
	}
}

func TestAttrsHoldTodayAndAttrAtReadsADate(t *testing.T) {
	g, err := Parse([]byte(presidents), "presidents.tsv")
	if err != nil {
		t.Fatal(err)
	}
	biden := g.Entry("joe_biden")
	if got := biden.Attrs["leaderOf"]; len(got) != 0 {
		t.Errorf("Biden's leaderOf today = %v, want none: his period ended", got)
	}
	if got := biden.AttrAt("role", "2012-05-01"); len(got) != 1 || got[0] != "vice-président" {
		t.Errorf("Biden's role in 2012 = %v, want vice-président", got)
	}
	if got := biden.AttrAt("role", "2023-05-01"); len(got) != 1 || got[0] != "président" {
		t.Errorf("Biden's role in 2023 = %v, want président", got)
	}
	trump := g.Entry("donald_trump")
	if got := trump.Attrs["leaderOf"]; len(got) != 1 || got[0] != "usa" {
		t.Errorf("Trump's leaderOf today = %v, want [usa] once", got)
	}
	if got := trump.AttrAt("leaderOf", "2023-01-01"); len(got) != 0 {
		t.Errorf("Trump's leaderOf in 2023 = %v, want none", got)
	}
	if got := trump.AttrAt("gender", "2023-01-01"); len(got) != 1 || got[0] != "m" {
		t.Errorf("a value without a period holds at every date: gender = %v", got)
	}
}

func TestBadPeriodsNameTheLine(t *testing.T) {
	for _, tt := range []struct{ attrs, want string }{
		{"leaderOf=usa@2017", `p.tsv:1: leaderOf=usa@2017: the period "2017" is not FROM..TO`},
		{"leaderOf=usa@2017-13..", `"2017-13" is not a date`},
		{"leaderOf=usa@janvier 2017..", `"janvier 2017" is not a date`},
		{"role=président@2021..2017", "the period ends (2017) before it starts (2021)"},
	} {
		_, err := Parse([]byte("x\tPerson\tX\t\tX\t"+tt.attrs+"\n"), "p.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%s): %v, want %q", tt.attrs, err, tt.want)
		}
	}
}

// The shipped file gives each state at most one leader today, and periods
// of two leaders of one state overlap by less than a year (a period known
// to the year or month meets its successor's), so that "le président
// américain" resolves to one person whatever the text's date.
func TestShippedLeadersDoNotOverlap(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(d, open string) time.Time {
		if d == "" {
			d = open
		}
		x, err := time.Parse("2006-01-02", d)
		if err != nil {
			t.Fatalf("day %q: %v", d, err)
		}
		return x
	}
	for key := range g.leaders {
		if ls := g.Leaders(key); len(ls) > 1 {
			t.Errorf("%s has %d leaders today: %v", key, len(ls), ls)
		}
		type term struct {
			who      string
			from, to time.Time
		}
		var terms []term
		for _, e := range g.leaders[key] {
			for _, v := range e.Values["leaderOf"] {
				if v.Text == key {
					terms = append(terms, term{e.Key, day(dayFrom(v.From), "1900-01-01"), day(dayTo(v.To), "2100-01-01")})
				}
			}
		}
		for i, a := range terms {
			for _, b := range terms[i+1:] {
				from, to := a.from, a.to
				if b.from.After(from) {
					from = b.from
				}
				if b.to.Before(to) {
					to = b.to
				}
				if a.who != b.who && to.Sub(from) > 366*24*time.Hour {
					t.Errorf("%s has two leaders from %s to %s: %s and %s", key,
						from.Format("2006-01-02"), to.Format("2006-01-02"), a.who, b.who)
				}
			}
		}
	}
}

func TestLeaderTitledAt(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ key, title, date, want string }{
		{"usa", "président", "", "donald_trump"},
		{"usa", "président", "2022-03-01", "joe_biden"},
		{"usa", "président", "2019-03-14", "donald_trump"},
		{"france", "président", "", "emmanuel_macron"},
		{"france", "président", "2014-06-01", "francois_hollande"},
		{"germany", "chancelier", "2019-06-01", "angela_merkel"},
		{"germany", "chancelière", "2019-06-01", "angela_merkel"},
		{"uk", "Premier ministre", "2017-09-01", "theresa_may"},
		{"uk", "Premier ministre", "", "keir_starmer"},
		{"japan", "Premier ministre", "", "sanae_takaichi"},
		// titles the leader did not hold: nobody rather than a wrong person
		{"germany", "président", "", ""}, // Merz is chancellor; Steinmeier does not lead
		{"france", "reine", "", ""},      // "dernière reine de France"
		{"france", "dirigeant", "", ""},  // "le dirigeant français" of a company
		{"italy", "président", "", ""},   // Meloni is "présidente du Conseil"
		{"france", "président", "1990-01-01", ""},
	} {
		got := ""
		if e := g.LeaderTitledAt(tt.key, tt.title, tt.date); e != nil {
			got = e.Key
		}
		if got != tt.want {
			t.Errorf("LeaderTitledAt(%s, %q, %q) = %q, want %q", tt.key, tt.title, tt.date, got, tt.want)
		}
	}
}
