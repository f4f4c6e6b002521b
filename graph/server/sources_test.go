package server_test

import (
	"strings"
	"testing"

	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
)

// Each statement of the lookup API comes with its document's metadata, so
// that evidence says who published it, when, under which title and where,
// when the input gave these; a document without them still names its id.
func TestStatementsComeWithTheirDocument(t *testing.T) {
	ts := serverWith(t, ingesttest.BuildLines(t, sourcedArticles...), server.Config{})
	type reported struct {
		Predicate string
		Polarity  string
		Document  struct {
			ID, Title, Date, URL string
			Outlet               struct{ Name string }
		}
	}
	line := func(r reported) string {
		d := r.Document
		return strings.Join([]string{r.Predicate, r.Polarity, d.ID, d.Outlet.Name, d.Date, d.Title, d.URL}, " | ")
	}
	var page struct{ Items []reported }
	getJSON(t, ts.URL+"/api/v1/statements?entity=Olaf_Scholz&other=Emmanuel_Macron&predicate=met", &page)
	var got []string
	for _, it := range page.Items {
		got = append(got, line(it))
	}
	want := "met | negative | dementi | Le Temps | 2025-03-14 | Pas de rencontre | https://letemps.example/dementi\n" +
		"met | positive | sommet | Le Quotidien | 2025-03-13 | Sommet à Paris | https://quotidien.example/2025/03/13/sommet"
	if strings.Join(got, "\n") != want {
		t.Errorf("statements:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}

	var entity struct {
		Relations struct{ Items []reported }
	}
	getJSON(t, ts.URL+"/api/v1/entities/Giorgia_Meloni", &entity)
	if len(entity.Relations.Items) != 1 || line(entity.Relations.Items[0]) != "plansToMeet | positive | visite | Le Quotidien | 2025-03-16 | Prochaine visite | " {
		t.Errorf("Giorgia Meloni's relations: %+v", entity.Relations.Items)
	}

	// The sample corpus gives no metadata: the document is its id.
	page.Items = nil
	getJSON(t, sampleServer(t).URL+"/api/v1/statements?entity=Steve_Witkoff&other=Vladimir_Putin&predicate=met", &page)
	if len(page.Items) == 0 || page.Items[0].Document.ID == "" || page.Items[0].Document.Title != "" {
		t.Errorf("a statement of the sample corpus: %+v, want its document's id and no title", page.Items)
	}
}
