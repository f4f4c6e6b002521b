package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/data"
)

// writeUser writes a user gazetteer for a test and returns its path.
func writeUser(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "mes-entites.tsv")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUserGazetteerAddsAndOverrides(t *testing.T) {
	path := writeUser(t, `# mes entités
patrice_caine	Person	Patrice Caine		Caine|P. Caine	citizenOf=france;worksFor=thales;role=PDG;gender=m
la_fabrique	Organization	La Fabrique des Mots		Fabrique des Mots	kind=company;locatedIn=lyon
thales	Organization			Thales SA|Thales Alenia	
vladimir_putin	Person	Vladimir Putin		Poutine V.	role=président de la Fédération de Russie
`)
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, key string }{
		{"Patrice Caine", "patrice_caine"},   // a new person
		{"Fabrique des Mots", "la_fabrique"}, // a new organisation
		{"Thales Alenia", "thales"},          // an alias added to ours
		{"Thales", "thales"},                 // our aliases stay
		{"Poutine V.", "vladimir_putin"},
		{"Poutine", "vladimir_putin"},
	} {
		es := g.Lookup(tt.name)
		if len(es) != 1 || es[0].Key != tt.key {
			t.Errorf("Lookup(%q) = %v, want %s", tt.name, es, tt.key)
		}
	}
	if got := g.Entry("patrice_caine").Attr("worksFor"); got != "thales" {
		t.Errorf("Patrice Caine worksFor %q, want thales", got)
	}
	putin := g.Entry("vladimir_putin")
	if got := putin.Attr("role"); got != "président de la Fédération de Russie" {
		t.Errorf("Putin's role = %q, want the user's", got)
	}
	if got := putin.Attr("leaderOf"); got != "russia" {
		t.Errorf("Putin's leaderOf = %q: an attribute the user did not give must stay", got)
	}
	if putin.Wikidata == "" || putin.Name != "Vladimir Putin" {
		t.Errorf("Putin = %+v: the columns the user left empty must stay", putin)
	}
	// the shipped gazetteer is left as it was
	d, _ := Default()
	if es := d.Lookup("Thales Alenia"); len(es) != 0 {
		t.Errorf("the default gazetteer learned the user's alias: %v", es)
	}
	if d.Entry("vladimir_putin").Attr("role") == "président de la Fédération de Russie" {
		t.Error("the default gazetteer took the user's role")
	}
}

func TestUserGazetteerRenames(t *testing.T) {
	g, err := Load(writeUser(t, "kyiv\tPlace\tKyïv\t\t\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := g.Entry("kyiv")
	if e.Name != "Kyïv" || e.Aliases[0] != "Kyïv" {
		t.Errorf("kyiv = %q %v, want the user's name first", e.Name, e.Aliases)
	}
	if es := g.Lookup("Kiev"); len(es) != 1 || es[0].Key != "kyiv" {
		t.Errorf("Lookup(Kiev) = %v: the former names stay", es)
	}
}

func TestUserGazetteerErrors(t *testing.T) {
	for _, tt := range []struct{ content, want string }{
		{"inconnu\tPerson\t\t\tX\t\n", `"inconnu" is not in the gazetteer, so it needs a name (column 3)`},
		{"jean_dupont\tPerson\tJean Dupont\t\t\tworksFor=acme_inconnue\n", "jean_dupont: worksFor=acme_inconnue names no entry"},
		{"jean_dupont\tPersonne\tJean Dupont\t\t\t\n", `mes-entites.tsv:1: unknown type "Personne"`},
		{"jean_dupont\tPerson\tJean Dupont\t\t\trole=maire@2020..2014\n", "mes-entites.tsv:1: role=maire@2020..2014: the period ends"},
	} {
		_, err := Load(writeUser(t, tt.content))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%q): %v, want %q", tt.content, err, tt.want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "absent.tsv")); err == nil || !strings.Contains(err.Error(), "absent.tsv") {
		t.Errorf("Load(absent file): %v, want an error naming the file", err)
	}
}

func TestFingerprint(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse(data.Gazetteer, "copy")
	if err != nil {
		t.Fatal(err)
	}
	if d.Fingerprint() != again.Fingerprint() {
		t.Error("the same file gives two fingerprints")
	}
	// comments, order and spacing do not change it
	reordered := "# a comment\n" + strings.Join(reverseLines(string(data.Gazetteer)), "\n")
	r, err := Parse([]byte(reordered), "reordered")
	if err != nil {
		t.Fatal(err)
	}
	if r.Fingerprint() != d.Fingerprint() {
		t.Error("reordering the lines changed the fingerprint")
	}
	empty, err := Load(writeUser(t, "# nothing yet\n"))
	if err != nil {
		t.Fatal(err)
	}
	if empty.Fingerprint() != d.Fingerprint() {
		t.Error("an empty user file changed the fingerprint")
	}
	alias, err := Load(writeUser(t, "thales\tOrganization\t\t\tThales Alenia\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	if alias.Fingerprint() == d.Fingerprint() {
		t.Error("a new alias left the fingerprint unchanged")
	}
	if got := alias.Changed(d); len(got) != 1 || got[0] != "thales" {
		t.Errorf("Changed = %v, want [thales]", got)
	}
	period, err := Load(writeUser(t, "emmanuel_macron\tPerson\t\t\t\tleaderOf=france@2017-05-14..2027-05-13\n"))
	if err != nil {
		t.Fatal(err)
	}
	if period.Fingerprint() == d.Fingerprint() {
		t.Error("a new period left the fingerprint unchanged")
	}
}

func reverseLines(s string) []string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, j := 0, len(lines)-1; i < j; i, j = i+1, j-1 {
		lines[i], lines[j] = lines[j], lines[i]
	}
	return lines
}

// BenchmarkLoad measures building the index of the shipped gazetteer,
// which every newskg command pays once at start.
func BenchmarkLoad(b *testing.B) {
	raw := data.Gazetteer
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse(raw, "gazetteer.tsv"); err != nil {
			b.Fatal(err)
		}
	}
}

// A change to the gazetteer changes the signature of the texts it bears on
// (they name the entry, or their entities include it) and of no other.
func TestSignature(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(writeUser(t, "thales\tOrganization\t\t\tThales Alenia\t\nvexalia\tOrganization\tVexalia\t\t\tkind=company\n"+
		"moscow\tPlace\t\t\tMoskou\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text    string
		keys    []string
		changed bool
	}{
		{"Le groupe Thales a livré ses satellites.", nil, true},               // an alias added to an entry it names
		{"Les salariés de Vexalia sont en grève.", nil, true},                 // a new entry it names
		{"Patrice Caine a présenté les résultats.", []string{"thales"}, true}, // an entity read from it
		{"Le Kremlin a démenti.", []string{"russia"}, true},                   // the names of its capital
		{"Olaf Scholz a reçu Emmanuel Macron à Berlin.", nil, false},
		{"Les salariés de Vexa sont en grève.", nil, false}, // a word of a name is not the name
	} {
		if got := g.Signature(tt.text, tt.keys) != d.Signature(tt.text, tt.keys); got != tt.changed {
			t.Errorf("%q %v: signature changed = %v, want %v", tt.text, tt.keys, got, tt.changed)
		}
	}
}

// The names of a state's capital are every name of the places whose
// capitalOf it is, ours and those a user file adds; a person has none.
func TestCapitalNames(t *testing.T) {
	g, err := Load(writeUser(t, `kyiv	Place			Kyïv-ville	
atlantis	Country	Atlantis		Atlantide	demonyms=atlante
poseidonis	Place	Poseidonis		Poséidonis	capitalOf=atlantis
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ key, want string }{
		{"ukraine", "Kyiv|Kiev|Kiïv|Kyïv|Kiew|Kyïv-ville"},
		{"atlantis", "Poseidonis|Poséidonis"},
		{"vladimir_putin", ""},
	} {
		if got := strings.Join(g.CapitalNames(g.Entry(c.key)), "|"); got != c.want {
			t.Errorf("CapitalNames(%s) = %s, want %s", c.key, got, c.want)
		}
	}
}
