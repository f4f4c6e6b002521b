package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/schema"
)

// Quotation marks as news pages write them. The sentences are written for
// the test.
func TestQuotationMarks(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"straight apostrophes beside elisions",
			"'Nous resterons fermes sur l'accord', a affirmé Giorgia Meloni.",
			[]string{"Giorgia_Meloni said «Nous resterons fermes sur l'accord»"}, nil},
		{"an apostrophe of elision opens nothing",
			"L'Italie et l'Espagne l'ont dit : « Le port rouvrira », a assuré Giorgia Meloni.",
			[]string{"Giorgia_Meloni said «Le port rouvrira»"}, nil},
		{"doubled apostrophes",
			"Pedro Sánchez a estimé que ''la réforme est indispensable''.",
			[]string{"Pedro_Sánchez said «la réforme est indispensable»"}, nil},
		{"straight quotes closed by doubled apostrophes",
			"\"Le calendrier sera tenu'', a promis Pedro Sánchez.",
			[]string{"Pedro_Sánchez said «Le calendrier sera tenu»"}, nil},
		{"a second « where » belongs",
			"« Les travaux commenceront lundi « , a annoncé Giorgia Meloni.",
			[]string{"Giorgia_Meloni said «Les travaux commenceront lundi»"}, nil},
		{"« opened twice, closed once",
			"Pedro Sánchez a parlé d'un « projet « ambitieux » pour le pays.",
			[]string{"Pedro_Sánchez said «projet « ambitieux»"}, nil},
		{"a quotation left open where the text ends",
			// (a short line that does not end a sentence would be a heading)
			"Le conseil s'est réuni en séance extraordinaire jeudi soir. Giorgia Meloni a lancé : « Nous ne reculerons devant rien",
			[]string{"Giorgia_Meloni said «Nous ne reculerons devant rien»"}, nil},
		{"curly quotes closed with an opening mark",
			"“Rien n'est décidé“, a répondu Pedro Sánchez.",
			[]string{"Pedro_Sánchez said «Rien n'est décidé»"}, nil},
	})
}

// Who speaks: the constructions of attribution in news French. Each case
// says who must get the quotation and who must not.
func TestQuoteAttribution(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a pronoun after a postposed speaker",
			"Le sommet a réuni Pedro Sánchez et Giorgia Meloni à Rome. « Le dialogue continue », a souligné Ana Costa. Selon elle, « rien n'est encore signé ».",
			[]string{"Ana_Costa said «rien n'est encore signé»"},
			[]string{"Pedro_Sánchez said «rien n'est encore signé»"}},
		{"a-t-il after the subject of the sentence before, not the last speaker",
			"« Nous soutenons le plan », a déclaré Giorgia Meloni. Paolo Bruni, le ministre de l'Économie, a ensuite présenté le budget. « Chaque euro compte », a-t-il affirmé.",
			[]string{"Paolo_Bruni said «Chaque euro compte»"},
			[]string{"Giorgia_Meloni said «Chaque euro compte»"}},
		{"a phrase between the verb and the speaker",
			"« Le texte sera retiré », a déclaré jeudi devant la presse la porte-parole du gouvernement, Clara Jansen.",
			[]string{"Clara_Jansen said «Le texte sera retiré»"}, nil},
		{"the present tense",
			"« Aucune décision n'a été prise », précise le Kremlin.",
			[]string{"Kremlin said «Aucune décision n'a été prise»"}, nil},
		{"a document without an issuer speaks for no one",
			"Giorgia Meloni a rencontré Pedro Sánchez. « Les deux pays renforceront leur coopération », précise le communiqué commun.",
			nil, []string{"Giorgia_Meloni said «Les deux pays renforceront leur coopération»",
				"Pedro_Sánchez said «Les deux pays renforceront leur coopération»"}},
		{"a document speaks for its issuer",
			"« Les frontières restent ouvertes », indique le communiqué du Kremlin.",
			[]string{"Kremlin said «Les frontières restent ouvertes»"}, nil},
		{"a role description for the person just named",
			"Marta Lindqvist dirige le parti depuis mars. « Nous présenterons une liste commune », a affirmé la présidente du parti.",
			[]string{"Marta_Lindqvist said «Nous présenterons une liste commune»"}, nil},
		{"a bare unknown surname",
			"« La frontière reste fermée », a précisé Kowalski.",
			[]string{"Kowalski said «La frontière reste fermée»"}, nil},
		{"a bare surname named before",
			"Le ministre polonais Tomasz Kowalski est arrivé à Vilnius. « La frontière reste fermée », a précisé Kowalski.",
			[]string{"Tomasz_Kowalski said «La frontière reste fermée»"}, nil},
		{"a verb of posting",
			"« Merci à tous les bénévoles », a posté Giorgia Meloni sur son compte.",
			[]string{"Giorgia_Meloni said «Merci à tous les bénévoles»"}, nil},
		{"any verb with its subject after the quotation",
			"« Les prix baisseront avant l'été », a pronostiqué Pedro Sánchez devant les députés.",
			[]string{"Pedro_Sánchez said «Les prix baisseront avant l'été»"}, nil},
		{"an unnamed official speaks for the country",
			"« La visite aura lieu en mai », a déclaré un haut responsable espagnol.",
			[]string{"Spain said «La visite aura lieu en mai»"}, nil},
		{"an unnamed official speaks for the organization",
			"Un représentant du Kremlin a assuré qu'aucun accord n'était « envisageable à ce stade ».",
			[]string{"Kremlin said «envisageable à ce stade»"}, nil},
		{"a verb of reacting",
			"« C'est une erreur », a réagi Pedro Sánchez.",
			[]string{"Pedro_Sánchez said «C'est une erreur»"}, nil},
		{"several quotations in one sentence, each attributed",
			"« Nous avançons », a dit Giorgia Meloni, tandis que Pedro Sánchez a jugé l'accord « prématuré ».",
			[]string{"Giorgia_Meloni said «Nous avançons»", "Pedro_Sánchez said «prématuré»"},
			[]string{"Giorgia_Meloni said «prématuré»"}},
		{"a series of quotations shares its attribution",
			"« Nous avançons », « nous discutons » et « nous signerons bientôt », a résumé Giorgia Meloni.",
			[]string{"Giorgia_Meloni said «Nous avançons»", "Giorgia_Meloni said «nous discutons»",
				"Giorgia_Meloni said «nous signerons bientôt»"}, nil},
		{"two quotations around one attribution",
			"« Le texte est prêt », a assuré Pedro Sánchez, « il sera voté en juin ».",
			[]string{"Pedro_Sánchez said «Le texte est prêt»", "Pedro_Sánchez said «il sera voté en juin»"}, nil},
		{"a quoted sentence continues the speaker before it",
			"« Le port rouvrira lundi », a annoncé Giorgia Meloni. « Les navires pourront accoster dès l'aube. »",
			[]string{"Giorgia_Meloni said «Les navires pourront accoster dès l'aube.»"}, nil},
		{"a quotation far from any speaker is not given to the last one",
			"« Le port rouvrira lundi », a annoncé Giorgia Meloni.\nLe trafic a repris mardi.\nLes dockers ont voté la grève.\n« Nous ne travaillerons pas sans garanties. »",
			nil, []string{"Giorgia_Meloni said «Nous ne travaillerons pas sans garanties.»"}},
		{"a subject inside the quotation is not the speaker",
			"\"L'armée a arrêté Pedro Sánchez et ses ministres\", a écrit Giorgia Meloni sur son réseau.",
			[]string{"Giorgia_Meloni said «L'armée a arrêté Pedro Sánchez et ses ministres»"},
			[]string{"Pedro_Sánchez said «L'armée a arrêté Pedro Sánchez et ses ministres»"}},
		{"reported speech then a quoted paragraph",
			"Giorgia Meloni a déclaré que l'accord serait signé.\n« Nous attendons la réponse de Madrid. »",
			[]string{"Giorgia_Meloni said «Nous attendons la réponse de Madrid.»"}, nil},
	})
}

// An unclosed « must not turn the rest of a long page into one sentence.
func TestUnclosedQuotationKeepsTheSentences(t *testing.T) {
	var b strings.Builder
	b.WriteString("Giorgia Meloni a déclaré : « Nous tiendrons nos engagements. ")
	for i := range 200 {
		fmt.Fprintf(&b, "Le conseil municipal a voté la délibération numéro %d en séance. ", i)
	}
	ex, err := newRules(t).Extract(schema.Document{ID: "long", Text: b.String()})
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Sentences) < 200 {
		t.Errorf("an unclosed « in one paragraph of 201 sentences gave %d sentences", len(ex.Sentences))
	}
	for _, s := range ex.Statements {
		if s.Predicate == schema.Said && len(s.Literal) > 200 {
			t.Errorf("the unclosed quotation runs over the page: %d bytes", len(s.Literal))
		}
	}
}

func TestPairMarks(t *testing.T) {
	tests := []struct {
		text string
		want []string // the quoted words
	}{
		{"« A », dit-il, « B ».", []string{" A ", " B "}},
		{"'Non', a dit l'élu d'Ajaccio.", []string{"Non"}},
		{"L'accord d'aujourd'hui n'a pas 'tenu' longtemps.", []string{"tenu"}},
		{"Il a dit 'oui et « non » à la fois.", []string{" non "}},
		{"« A « B » C » D", []string{" A « B » C "}},
		{"« A « B » C", []string{" A « B "}},
		{"\"A'' et \"B\"", []string{"A", "B"}},
		{"« A", []string{" A"}},
	}
	for _, tt := range tests {
		spans, _ := pairMarks(tt.text, 0, len(tt.text))
		var got []string
		for _, sp := range spans {
			got = append(got, tt.text[sp.start:sp.end])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("pairMarks(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
