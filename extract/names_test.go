package extract

import (
	"slices"
	"testing"

	"github.com/newskg/newskg/schema"
)

// entitiesOf returns the entities of text as "Key Type" strings.
func entitiesOf(t *testing.T, x Extractor, text string) []string {
	t.Helper()
	ex, err := x.Extract(schema.Document{ID: "test", Text: text})
	if err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	var out []string
	for _, e := range ex.Entities {
		out = append(out, e.Key+" "+string(e.Type))
	}
	return out
}

// Names no list knows, found by the recognizer and typed by it or by the
// noun before them. The sentences are written for the tests.
func TestUnknownNames(t *testing.T) {
	checkEntities(t, newRules(t), []entityCase{
		{"an organisation by its head noun",
			"La société Finoptix a annoncé la fermeture de son usine de Vierzon.",
			[]string{"Finoptix Organization"}, []string{"Finoptix Person"}},
		{"a place by its head noun",
			"Les habitants de la ville de Kérnavel ont été évacués mardi.",
			[]string{"Kérnavel Place"}, []string{"Kérnavel Person"}},
		{"a person the recognizer finds, named in full",
			"Selon Maëlys Trévidic, la décision sera prise avant l'été.",
			[]string{"Maëlys_Trévidic Person"}, nil},
		{"a particle inside a name",
			"Le bijou avait appartenu à Hortense de Beauharnais.",
			[]string{"Hortense_de_Beauharnais Place"}, []string{"Hortense Place", "Beauharnais Place"}},
		{"a capitalized word opening a sentence is not a name",
			"Lorsque le ministre est arrivé, Tout le monde s'est levé.",
			nil, []string{"Lorsque Place", "Lorsque Person", "Lorsque Organization", "Tout_le_monde Person"}},
		{"a capital without its accent is an ordinary word",
			"Le chef de l'Etat a reçu les syndicats.",
			nil, []string{"Etat Organization", "Etat Place", "Etat Person"}},
		{"a time is not a name",
			"Le vote a eu lieu à 10h45 au Parlement.",
			nil, []string{"10h45 Place", "Parlement Organization", "Parlement Place"}},
	})
}

// checkEntities runs a table of texts with the entities ("Key Type") each
// must give and those it must not.
func checkEntities(t *testing.T, x Extractor, cases []entityCase) {
	t.Helper()
	for _, c := range cases {
		if len(c.want) == 0 && len(c.wantNot) == 0 {
			t.Fatalf("%s: a case with nothing wanted and nothing unwanted cannot fail", c.name)
		}
		got := entitiesOf(t, x, c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q: want %s, got %v", c.name, c.text, w, got)
			}
		}
		for _, w := range c.wantNot {
			if slices.Contains(got, w) {
				t.Errorf("%s: %q: do not want %s, got %v", c.name, c.text, w, got)
			}
		}
	}
}

type entityCase struct {
	name, text    string
	want, wantNot []string
}

// A city stands for the power that sits there as the subject of a verb,
// and is the city as a place. The sentences are written for the tests.
func TestMetonymy(t *testing.T) {
	checkEntities(t, newRules(t), []entityCase{
		{"Bruxelles proposing is the European Union",
			"Bruxelles a proposé un embargo sur le gaz russe.",
			[]string{"European_Union Organization"}, []string{"Belgium Country", "Brussels Place"}},
		{"à Bruxelles is the city",
			"Les ministres se sont retrouvés à Bruxelles pour un sommet.",
			[]string{"Brussels Place"}, []string{"European_Union Organization", "Belgium Country"}},
		{"Moscou answering is Russia",
			"Moscou a répondu aux sanctions par un communiqué.",
			[]string{"Russia Country"}, []string{"Moscow Place"}},
		{"à Moscou is the city",
			"Le négociateur est arrivé à Moscou dimanche soir.",
			[]string{"Moscow Place"}, []string{"Russia Country"}},
		{"the suburbs of Moscou are the city's",
			"Les habitants de la banlieue de Moscou ont été privés d'électricité.",
			[]string{"Moscow Place"}, []string{"Russia Country"}},
		{"favourable à Moscou is favourable to Russia",
			"Favorable à Moscou, le député a voté contre le texte.",
			[]string{"Russia Country"}, []string{"Moscow Place"}},
		{"Washington rejecting is the United States",
			"Washington a rejeté la proposition de Pékin.",
			[]string{"United_States Country", "China Country"}, []string{"Washington,_D.C. Place"}},
		{"à Washington is the city",
			"Le chancelier a atterri à Washington mardi.",
			[]string{"Washington,_D.C. Place"}, []string{"United_States Country"}},
		{"la Maison Blanche is the presidency",
			"La Maison Blanche a démenti toute négociation secrète.",
			[]string{"White_House Organization"}, []string{"Washington,_D.C. Place", "Maison_Blanche Person"}},
		{"a country's security council is not the UN's",
			"Le Conseil de sécurité ukrainien s'est réuni à Kiev.",
			nil, []string{"United_Nations_Security_Council Organization"}},
		{"the UN's security council",
			"Le Conseil de sécurité de l'ONU se réunira vendredi.",
			[]string{"United_Nations_Security_Council Organization"}, nil},
	})
}

// One person is one node in a document: "M. X", "X" and "Prénom X" are one
// Across documents the same full name is one node, and a surname alone
// A user's gazetteer file adds a company no list knows and an alias to one
