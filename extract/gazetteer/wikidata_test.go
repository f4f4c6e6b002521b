package gazetteer

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/schema"
)

// wikidataLabels is the CC0 label list of ../shared/lexicons (QID, label,
// aliases a line), seen from this package's folder.
const wikidataLabels = "../../../shared/lexicons/wikidata-labels"

// Every Wikidata id of the shipped gazetteer must be an item whose French
// or English labels share a name with the entry: an id that cannot be
// checked there is left empty rather than guessed.
func TestWikidataIdsNameTheirEntry(t *testing.T) {
	labels := map[string][]string{}
	for _, lang := range []string{"fr", "en"} {
		f, err := os.Open(filepath.Join(wikidataLabels, lang+".tsv"))
		if os.IsNotExist(err) {
			t.Skipf("%s not found (it sits in shared/, beside the repository): ids not checked", wikidataLabels)
		}
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			for _, l := range cols[1:] {
				labels[cols[0]] = append(labels[cols[0]], schema.Fold(l))
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{}
	for _, e := range g.Entries() {
		if e.Wikidata == "" {
			continue
		}
		if k, dup := owner[e.Wikidata]; dup {
			t.Errorf("%s and %s share the id %s", k, e.Key, e.Wikidata)
		}
		owner[e.Wikidata] = e.Key
		names, ok := labels[e.Wikidata]
		if !ok {
			t.Errorf("%s: %s is not in the label lists: leave the id empty", e.Key, e.Wikidata)
			continue
		}
		if !sharesName(e, names) {
			t.Errorf("%s: %s is %q, none of the entry's names", e.Key, e.Wikidata, names)
		}
	}
}

func sharesName(e *Entry, labels []string) bool {
	for _, a := range e.Aliases {
		f := schema.Fold(a)
		for _, l := range labels {
			if f == l {
				return true
			}
		}
	}
	return false
}
