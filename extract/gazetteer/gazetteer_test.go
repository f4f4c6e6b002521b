package gazetteer

import (
	"strings"
	"testing"
)

func TestShippedGazetteer(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, key := range map[string]string{
		"Poutine": "vladimir_putin", "Vladimir Putin": "vladimir_putin", "Koursk": "kursk_oblast",
		"Maison Blanche": "white_house", "Maison-Blanche": "white_house", "OTAN": "nato",
		"Iouri Ouchakov": "yuri_ushakov", "Yuri Ushakov": "yuri_ushakov",
	} {
		es := g.Lookup(name)
		if len(es) == 0 || es[0].Key != key {
			t.Errorf("Lookup(%q) = %v, want %s", name, es, key)
		}
	}
	if c := g.Demonym("Américains"); c == nil || c.Key != "usa" {
		t.Errorf("Demonym(Américains) = %v, want usa", c)
	}
	if ls := g.Leaders("russia"); len(ls) != 1 || ls[0].Key != "vladimir_putin" {
		t.Errorf("Leaders(russia) = %v", ls)
	}
}

func TestAcronymsMatchOnlyInCapitals(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := g.Match([]string{"un", "porte", "parole"}, "Un"); n != 0 {
		t.Errorf(`"Un porte-parole" matched an entity`)
	}
	if n, es := g.Match([]string{"un"}, "UN"); n != 1 || es[0].Key != "un" {
		t.Errorf(`"UN" = %d %v, want the United Nations`, n, es)
	}
	if n, es := g.Match([]string{"maison", "blanche", "a"}, "Maison"); n != 2 || es[0].Key != "white_house" {
		t.Errorf(`"Maison Blanche a" = %d %v`, n, es)
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"# comment\na\tPerson\tA\n", "g.tsv:2: want 6 tab-separated columns, got 3"},
		{"a\tHuman\tA\t\tA\t\n", `g.tsv:1: unknown type "Human"`},
		{"a\tPerson\tA\t\tA\t\na\tPerson\tB\t\tB\t\n", `g.tsv:2: key "a" defined twice`},
	} {
		_, err := Parse([]byte(tt.in), "g.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q): %v, want %q", tt.in, err, tt.want)
		}
	}
}
