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
	x := newRules(t)
	for _, c := range []struct {
		name, text    string
		want, wantNot []string
	}{
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
		{"an organisation named by a phrase in lower case",
			"Selon l'association « Pétrole pour tous », les prix ont doublé.",
			[]string{"Pétrole_pour_tous Organization"}, []string{"Pétrole Organization", "Pétrole_pour Organization"}},
		{"a head noun in lower case is not part of the name",
			"Les manifestants se sont rassemblés sur la place Alexanderplatz à midi.",
			[]string{"Alexanderplatz Place"}, []string{"place_Alexanderplatz Place"}},
		{"a name that is a phrase takes its adjectives",
			"L'Agence nationale de sécurité sanitaire a publié un rapport.",
			[]string{"Agence_nationale_de_sécurité_sanitaire Organization"}, []string{"Agence_nationale_de_sécurité Organization"}},
		{"an ordinary word left alone when a span is cut before a preposition is not a name",
			"L'association Santé pour tous a ouvert trois dispensaires dans la région.",
			nil, []string{"Santé Organization", "Santé Place", "Santé Person"}},
		{"a time is not a name",
			"Le vote a eu lieu à 10h45 au Parlement.",
			nil, []string{"10h45 Place", "Parlement Organization", "Parlement Place"}},
	} {
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
