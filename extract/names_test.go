package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newskg/newskg/extract/gazetteer"
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

// A city stands for the power that sits there: a union's seat as an actor
// and the city as a place, a state's capital always its state (which keeps
// the capital among its names). The sentences are written for the tests.
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
		{"à Moscou is Russia's node, which keeps the city's name (a capital is among its state's names)",
			"Le négociateur est arrivé à Moscou dimanche soir.",
			[]string{"Russia Country"}, []string{"Moscow Place"}},
		{"the suburbs of Moscou too",
			"Les habitants de la banlieue de Moscou ont été privés d'électricité.",
			[]string{"Russia Country"}, []string{"Moscow Place"}},
		{"favourable à Moscou is favourable to Russia",
			"Favorable à Moscou, le député a voté contre le texte.",
			[]string{"Russia Country"}, []string{"Moscow Place"}},
		{"Washington rejecting is the United States",
			"Washington a rejeté la proposition de Pékin.",
			[]string{"United_States Country", "China Country"}, []string{"Washington,_D.C. Place"}},
		{"à Washington is the United States' node",
			"Le chancelier a atterri à Washington mardi.",
			[]string{"United_States Country"}, []string{"Washington,_D.C. Place"}},
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
// when the document names one person of that surname, before or after.
func TestOneNodePerPerson(t *testing.T) {
	checkEntities(t, newRules(t), []entityCase{
		{"M. X and X after the full name",
			"Jean-Luc Quéméner a pris la tête de Brelvane en mars. M. Quéméner a aussitôt annoncé un plan social. Quéméner a rencontré les syndicats.",
			[]string{"Jean-Luc_Quéméner Person"}, []string{"Quéméner Person"}},
		{"Mme X before the full name",
			"Mme Lavergne a dénoncé la réforme. Plus tard, Sophie Lavergne, maire de Quimperlé, a confirmé son opposition.",
			[]string{"Sophie_Lavergne Person", "Quimperlé Place"}, []string{"Lavergne Person"}},
		{"M. X before the full name, with a known company",
			"M. Dubreuil a démenti. Hervé Dubreuil, patron de la société Caissor, a rencontré le ministre.",
			[]string{"Hervé_Dubreuil Person", "Caissor Organization"}, []string{"Dubreuil Person"}},
		{"a surname two people bear is neither",
			"Paul Kervella a rencontré Marie Kervella à Rennes. M. Kervella a ensuite quitté la ville.",
			[]string{"Paul_Kervella Person", "Marie_Kervella Person"}, nil},
		{"a known person's surname with another first name is another person",
			"Le ministre de l'Économie, Antoine Lescure, a salué son action.",
			[]string{"Antoine_Lescure Person"}, []string{"Roland_Lescure Person"}},
		{"a known person by surname and with a title",
			"Guillaume Faury a présenté les comptes d'Airbus. M. Faury a ensuite rencontré des analystes.",
			[]string{"Guillaume_Faury Person", "Airbus Organization"}, []string{"Faury Person"}},
		{"a title is no entity",
			"Le PDG de Thales, Patrice Caine, a rencontré le ministre des Armées.",
			[]string{"Patrice_Caine Person", "Thales Organization"}, []string{"PDG_de_Thales Person", "PDG Person"}},
	})
}

// Across documents the same full name is one node, and a surname alone
// in a later document is that person.
func TestOneNodeAcrossDocuments(t *testing.T) {
	x := newRules(t)
	first := entitiesOf(t, x, "Hervé Dubreuil a pris la direction de la société Caissor.")
	second := entitiesOf(t, x, "Hervé Dubreuil a rencontré les syndicats. Dubreuil a promis des embauches.")
	for _, got := range [][]string{first, second} {
		if !slices.Contains(got, "Hervé_Dubreuil Person") || slices.Contains(got, "Dubreuil Person") {
			t.Errorf("want Hervé_Dubreuil and no Dubreuil, got %v", got)
		}
	}
}

// Names no list knows take their type from the noun before them.
func TestTypesFromHeadNouns(t *testing.T) {
	checkEntities(t, newRules(t), []entityCase{
		{"la société, le groupe, la banque",
			"La société Brelvane a racheté le groupe Ostrava Médias. La banque Caissor a financé l'opération.",
			[]string{"Brelvane Organization", "Ostrava_Médias Organization", "Caissor Organization"},
			[]string{"Brelvane Person", "Brelvane Place", "Caissor Person"}},
		{"le parti and l'association make names of ordinary words",
			"Le parti Renouveau Civique a quitté la coalition. L'association Terres Vives a porté plainte.",
			[]string{"Renouveau_Civique Organization", "Terres_Vives Organization"}, nil},
		{"l'université de X is the university",
			"L'université de Quervelle a fermé ses portes.",
			[]string{"Université_de_Quervelle Organization"}, []string{"Quervelle Place", "Quervelle Person"}},
		{"la ville de, la région de, à X",
			"Les habitants de la ville de Morvanec et de la région de Kastelbourg ont été évacués vers Trévanec.",
			[]string{"Morvanec Place", "Kastelbourg Place", "Trévanec Place"},
			[]string{"Morvanec Person", "Kastelbourg Person", "Trévanec Person"}},
		{"the head of X is an organisation",
			"Le directeur général de Brelvane, Yann Guivarch, a démissionné.",
			[]string{"Brelvane Organization", "Yann_Guivarch Person"}, []string{"Brelvane Place"}},
		{"a title is not an entity",
			"Le ministre de l'Intérieur a reçu la présidente de la région.",
			nil, []string{"Intérieur Organization", "Intérieur Place", "Intérieur Person"}},
	})
}

// A user's gazetteer file adds a company no list knows and an alias to one
// of ours; without it neither is read.
func TestUserGazetteer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mes-entites.tsv")
	user := "vexalia\tOrganization\tVexalia\t\tVexa|groupe Vexa\tkind=company;locatedIn=lyon\n" +
		"thales\tOrganization\t\t\tThales Alenia\t\n"
	if err := os.WriteFile(path, []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	withFile, err := NewRulesWith(g)
	if err != nil {
		t.Fatal(err)
	}
	text := "Les salariés de Vexa ont manifesté devant le siège de Thales Alenia à Cannes."
	checkEntities(t, withFile, []entityCase{{"with the file", text,
		[]string{"Vexalia Organization", "Thales Organization"}, []string{"Vexa Organization", "Vexa Place", "Thales_Alenia Organization"}}})
	checkEntities(t, newRules(t), []entityCase{{"without the file", text,
		nil, []string{"Vexalia Organization"}}})
}

// "le PDG de X, Prénom Nom" is the person, who leads X; no entity is
// named after the title.
func TestTitlesAreNotEntities(t *testing.T) {
	checkEntities(t, newRules(t), []entityCase{
		{"a title opening a sentence, with an unknown company",
			"Le PDG de Brelvane, Yann Guivarch, a rencontré le patron de Caissor, Hervé Dubreuil.",
			[]string{"Brelvane Organization", "Yann_Guivarch Person", "Hervé_Dubreuil Person", "Caissor Organization"},
			[]string{"PDG_de_Brelvane Organization", "PDG_de_Brelvane Person", "PDG Person"}},
	})
	checkPhenomena(t, []phenomenon{
		{"le PDG de Thales, Patrice Caine",
			"Le PDG de Thales, Patrice Caine, a rencontré le ministre des Armées.",
			[]string{"Patrice_Caine leaderOf Thales"}, []string{"Patrice_Caine met Thales"}},
		{"le PDG de X and le patron de Y, with unknown companies",
			"Le PDG de Brelvane, Yann Guivarch, a rencontré le patron de Caissor, Hervé Dubreuil.",
			[]string{"Yann_Guivarch leaderOf Brelvane", "Hervé_Dubreuil worksFor Caissor", "Hervé_Dubreuil met Yann_Guivarch"},
			[]string{"Hervé_Dubreuil met Brelvane"}},
	})
}

// A capital resolves to its state, and the state's node keeps the capital
// as it was written among its names, so that "Berlin" finds Germany.
func TestACapitalStaysAmongItsStatesNames(t *testing.T) {
	ex, err := newRules(t).Extract(schema.Document{ID: "t", Text: "Des chauffeurs de taxi ont manifesté jeudi à Berlin."})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ex.Entities {
		for _, a := range e.Aliases {
			got = append(got, e.Key+" "+a.Text)
		}
	}
	if !slices.Contains(got, "Germany Berlin") {
		t.Errorf("want Berlin among Germany's names, got %q", got)
	}
	if len(ex.Entities) != 1 {
		t.Errorf("want one entity, Germany, got %v", ex.Entities)
	}
}

// A generic leader title after a person the sentence names describes that
// person: no fact about a head of state the document never mentions. "Le
// dirigeant chinois a rencontré…", with no one named before, is still the
// Chinese leader (TestMentions).
func TestAGenericTitleDescribesThePersonJustNamed(t *testing.T) {
	x := newRules(t)
	for _, text := range []string{
		"Le groupe a écarté Paul Vernier après une enquête sur les dépenses du dirigeant français.",
		"Selon le conseil, Paul Vernier a été licencié après une enquête sur une relation du dirigeant français avec une subordonnée.",
	} {
		ex, err := x.Extract(schema.Document{ID: "t", Date: "2025-09-02", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ex.Entities {
			if e.Key == "Emmanuel_Macron" {
				t.Errorf("%q: Emmanuel Macron is not mentioned, got %v", text, ex.Statements)
			}
		}
	}
}
