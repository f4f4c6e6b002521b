package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/schema"
)

// facts returns the statements of text that go into the graph as edges,
// as "Subject predicate Object" strings.
func facts(t *testing.T, x Extractor, text string) (edges, all []string) {
	t.Helper()
	ex, err := x.Extract(schema.Document{ID: "test", Text: text})
	if err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	for _, s := range ex.Statements {
		obj := s.Object
		if s.Predicate == schema.Said {
			obj = "«" + s.Literal + "»"
		}
		line := s.Subject + " " + string(s.Predicate) + " " + obj
		all = append(all, line)
		if s.IsFact() {
			edges = append(edges, line)
		}
	}
	return edges, all
}

func newRules(t *testing.T) *Rules {
	t.Helper()
	x, err := NewRules()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// The sentences are not from the sample corpus: they test French, not the seeds.
func TestRelations(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"apposition leader and meeting",
			"Le secrétaire général de l'OTAN, Mark Rutte, a rencontré Emmanuel Macron à Paris.",
			[]string{"Mark_Rutte leaderOf NATO", "Emmanuel_Macron met Mark_Rutte"}, nil},
		{"negation gives no fact",
			"La Chine n'a pas accepté le cessez-le-feu.",
			nil, []string{"China accepted Ceasefire"}},
		{"future is a plan",
			"Emmanuel Macron rencontrera Volodymyr Zelensky lundi.",
			[]string{"Emmanuel_Macron plansToMeet Volodymyr_Zelensky"}, []string{"Emmanuel_Macron met Volodymyr_Zelensky"}},
		{"conditional is a plan",
			"Olaf Scholz pourrait rencontrer Xi Jinping en mai.",
			[]string{"Olaf_Scholz plansToMeet Xi_Jinping"}, []string{"Olaf_Scholz met Xi_Jinping"}},
		{"a former president leads nothing",
			"L'ancien président américain Barack Obama a rencontré Keir Starmer.",
			[]string{"Barack_Obama met Keir_Starmer"}, []string{"Barack_Obama leaderOf United_States"}},
		{"passive with agent",
			"La ville de Kherson a été attaquée par la Russie.",
			[]string{"Russia attacked Kherson"}, nil},
		{"reflexive reciprocal",
			"Emmanuel Macron et Keir Starmer se sont rencontrés à Londres.",
			[]string{"Emmanuel_Macron met Keir_Starmer"}, nil},
		{"nationality noun and release",
			"Le Français Jean Dupont a été libéré par l'Iran.",
			[]string{"Jean_Dupont citizenOf France", "Iran released Jean_Dupont"}, nil},
		{"avant de blocks the event",
			"Le Kremlin a posé des conditions avant d'accepter la trêve.",
			nil, []string{"Kremlin accepted Ceasefire"}},
		{"title coreference",
			"Recep Tayyip Erdogan a reçu Sergueï Lavrov à Ankara. Le président turc a ensuite appelé Vladimir Poutine.",
			[]string{"Recep_Tayyip_Erdoğan met Sergey_Lavrov", "Recep_Tayyip_Erdoğan spokeWith Vladimir_Putin"}, nil},
		{"nominal proposal and rejection",
			"La Pologne a rejeté la proposition russe de cessez-le-feu.",
			[]string{"Poland rejected Ceasefire", "Russia proposed Ceasefire"}, nil},
		{"reported speech is the speaker's claim, not a fact",
			"Antony Blinken a déclaré que la Chine soutient la Russie.",
			nil, []string{"China supports Russia"}},
		{"talks between two parties",
			"Les négociations entre Israël et le Hamas se poursuivent au Caire.",
			[]string{"Hamas negotiatesWith Israel"}, nil},
		{"minister of a country",
			"Le ministre français des Affaires étrangères, Jean-Noël Barrot, s'est entretenu avec Andriy Sybiha.",
			[]string{"Jean-Noël_Barrot worksFor France"}, nil},
		{"capitals act for their state",
			"Kiev a accusé Moscou de crimes de guerre.",
			[]string{"Ukraine accused Russia"}, nil},
		{"negated future",
			"La Corée du Nord ne libérera jamais les prisonniers américains.",
			nil, []string{"North_Korea released United_States"}},
		{"liar inside a quote accuses",
			"« Le Kremlin ment sur ses pertes », a déclaré Volodymyr Zelensky.",
			[]string{"Volodymyr_Zelensky accused Kremlin", "Volodymyr_Zelensky said «Le Kremlin ment sur ses pertes»"}, nil},
		{"ally apposition",
			"La Russie a frappé la Moldavie, un allié de la Roumanie et de l'Union européenne, mardi.",
			[]string{"Moldova allyOf Romania", "European_Union allyOf Moldova", "Russia attacked Moldova"}, nil},
		{"pressure in a participial clause belongs to the main subject",
			"Le président Emmanuel Macron, qui était jusqu'alors prudent, s'est engagé à agir, y compris en exerçant des pressions sur la Serbie.",
			[]string{"Emmanuel_Macron urged Serbia"}, nil},
		{"preparing to reject is not rejecting",
			"Selon Kiev, Moscou se prépare à rejeter le plan de paix.",
			nil, []string{"Russia rejected Peace_plan"}},
	})
}

func TestReportedSpeechKeepsItsSource(t *testing.T) {
	ex, err := newRules(t).Extract(schema.Document{ID: "r", Text: "Antony Blinken a déclaré que la Chine soutient la Russie."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ex.Statements {
		if s.Predicate == schema.Supports {
			if s.Modality != schema.Reported || s.AssertedBy != "Antony_Blinken" {
				t.Errorf("supports: modality %s asserted by %q, want reported by Antony_Blinken", s.Modality, s.AssertedBy)
			}
			return
		}
	}
	t.Errorf("no supports statement in %+v", ex.Statements)
}

func TestNegatedStatementIsKeptAsANode(t *testing.T) {
	ex, err := newRules(t).Extract(schema.Document{ID: "n", Text: "La Chine n'a pas encore accepté la trêve."})
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Statements) != 1 || ex.Statements[0].Polarity != schema.Negative || ex.Statements[0].IsFact() {
		t.Fatalf("want one negative statement that is not a fact, got %+v", ex.Statements)
	}
	for _, q := range ex.DocumentQuads("h") {
		if q.Predicate.String() == "<accepted>" {
			t.Errorf("negated statement written as an edge: %v", q)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct{ text, want string }{
		{"« Nous ne céderons pas », a déclaré Keir Starmer.", "Keir_Starmer said «Nous ne céderons pas»"},
		{"Keir Starmer a écrit sur X : « Nous restons aux côtés de l'Ukraine ».", "Keir_Starmer said «Nous restons aux côtés de l'Ukraine»"},
		{"Giorgia Meloni a parlé aux journalistes. « La paix est possible », a-t-elle affirmé.", "Giorgia_Meloni said «La paix est possible»"},
		{"« Le temps presse », a déclaré le porte-parole du Kremlin, Dmitri Peskov.", "Dmitry_Peskov said «Le temps presse»"},
		{"Mark Rutte a déclaré : « L'Alliance est unie.\n« Nous tiendrons. »", "Mark_Rutte said «Nous tiendrons.»"},
	}
	for _, tt := range tests {
		_, all := facts(t, newRules(t), tt.text)
		if !slices.Contains(all, tt.want) {
			t.Errorf("%q\n  want %q\n  got %q", tt.text, tt.want, all)
		}
	}
}

func TestSentencesAndFurniture(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"M. Dupont est arrivé hier. Il a parlé longtemps.", []string{"M. Dupont est arrivé hier.", "Il a parlé longtemps."}},
		{"« C'est fini. Nous partons », a-t-il dit. La séance est levée.",
			[]string{"« C'est fini. Nous partons », a-t-il dit.", "La séance est levée."}},
		{"Le PIB a crû de 14,5 % en 2024. Les prix aussi.", []string{"Le PIB a crû de 14,5 % en 2024.", "Les prix aussi."}},
		{"Accueil Monde Europe\nPar Jean Martin\nLa Pologne a fermé sa frontière.\nPartager\nLaisser un commentaire\nTags : Pologne | Europe | Frontière\n© 2025 Le Journal – Tous droits réservés",
			[]string{"La Pologne a fermé sa frontière."}},
	}
	for _, tt := range tests {
		ex, err := newRules(t).Extract(schema.Document{ID: "s", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range ex.Sentences {
			got = append(got, s.Text)
			if tt.text[s.Start:s.End] != s.Text {
				t.Errorf("sentence offsets [%d,%d) do not give its text %q", s.Start, s.End, s.Text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q\n  sentences %q\n  want      %q", tt.text, got, tt.want)
		}
	}
}

func TestOneEntityAcrossDocuments(t *testing.T) {
	x := newRules(t)
	a, _ := x.Extract(schema.Document{ID: "a", Text: "Vladimir Poutine a reçu Marc Fogel au Kremlin."})
	b, _ := x.Extract(schema.Document{ID: "b", Text: "Putin has met Fogel. Le dirigeant russe a parlé avec Fogel."})
	keys := func(ex *schema.Extraction) []string {
		var k []string
		for _, e := range ex.Entities {
			k = append(k, e.Key)
		}
		return k
	}
	for _, want := range []string{"Vladimir_Putin", "Marc_Fogel"} {
		if !slices.Contains(keys(a), want) || !slices.Contains(keys(b), want) {
			t.Errorf("want %s in both documents, got %v and %v", want, keys(a), keys(b))
		}
	}
	for _, e := range a.Entities {
		if e.Key == "Vladimir_Putin" && e.Wikidata != "Q7747" {
			t.Errorf("Vladimir Putin: Wikidata %q, want Q7747", e.Wikidata)
		}
	}
}

func TestEveryStatementPointsAtItsWords(t *testing.T) {
	text := "Accueil\nLa Russie a attaqué la région de Soumy. Le Kremlin a proposé une trêve."
	ex, err := newRules(t).Extract(schema.Document{ID: "p", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Statements) == 0 {
		t.Fatal("no statements")
	}
	for _, s := range ex.Statements {
		sent := ex.Sentences[s.Sentence]
		if s.EvidenceStart < sent.Start || s.EvidenceEnd > sent.End || s.EvidenceStart >= s.EvidenceEnd {
			t.Errorf("%+v: evidence [%d,%d) outside its sentence [%d,%d)", s, s.EvidenceStart, s.EvidenceEnd, sent.Start, sent.End)
		}
	}
	for _, m := range ex.Mentions {
		if !strings.EqualFold(text[m.Start:m.End], m.Text) {
			t.Errorf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
	}
}

func TestPrepareThenFinishIsExtract(t *testing.T) {
	text := "Emmanuel Macron a rencontré Olaf Scholz. « Nous avançons », a-t-il dit."
	var x Staged = newRules(t)
	a, err := x.Extract(schema.Document{ID: "a", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	b, err := newRules(t).Finish(newRules(t).Prepare(schema.Document{ID: "a", Text: text}))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Statements) == 0 || !slices.EqualFunc(a.Statements, b.Statements, func(p, q schema.Statement) bool { return p == q }) {
		t.Errorf("Extract gave %+v, Prepare then Finish gave %+v", a.Statements, b.Statements)
	}
}

// The evidence of a relation is the span of its trigger and its parties,
// not the sentence that holds them.
func TestEvidenceIsTheTriggerAndItsParties(t *testing.T) {
	text := "Après une longue matinée de discussions techniques au siège de l'organisation à Genève, " +
		"Giorgia Meloni a finalement rencontré Keir Starmer pour évoquer la situation humanitaire au Proche-Orient et les migrations."
	if n := len(strings.Fields(text)); n < 30 {
		t.Fatalf("the sentence has %d words, want at least 30", n)
	}
	ex, err := newRules(t).Extract(schema.Document{ID: "e", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ex.Statements {
		if s.Predicate != schema.Met {
			continue
		}
		ev := text[s.EvidenceStart:s.EvidenceEnd]
		if len(ev) >= len(text) {
			t.Errorf("evidence is the whole sentence: %q", ev)
		}
		for _, w := range []string{"Giorgia Meloni", "rencontré", "Keir Starmer"} {
			if !strings.Contains(ev, w) {
				t.Errorf("evidence %q leaves out %q", ev, w)
			}
		}
		return
	}
	t.Errorf("no met statement in %+v", ex.Statements)
}
