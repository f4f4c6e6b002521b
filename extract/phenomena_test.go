package extract

import (
	"slices"
	"testing"

	"github.com/newskg/newskg/schema"
)

// The phenomena a careful reader handles, one table per family, each with
// French sentences written for the test (none is from the sample corpus).
// A case lists the facts that must come out and those that must not.
type phenomenon struct {
	name    string
	text    string
	want    []string // "Subject predicate Object" facts, or "Speaker said «…»"
	notWant []string
}

func checkPhenomena(t *testing.T, cases []phenomenon) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.want) == 0 && len(tt.notWant) == 0 {
				t.Fatalf("%q: a case with no fact wanted and none unwanted cannot fail", tt.text)
			}
			edges, all := facts(t, newRules(t), tt.text)
			for _, w := range tt.want {
				if !slices.Contains(edges, w) {
					t.Errorf("%q\n  want fact %q\n  got facts %q\n  statements %q", tt.text, w, edges, all)
				}
			}
			for _, w := range tt.notWant {
				if slices.Contains(edges, w) {
					t.Errorf("%q\n  a careful reader would not extract %q\n  got facts %q", tt.text, w, edges)
				}
			}
		})
	}
}

func TestMentions(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"unknown full name as a party",
			"Karel Novak a rencontré Giorgia Meloni à Rome.",
			[]string{"Giorgia_Meloni met Karel_Novak"}, nil},
		{"le président russe is the Russian president",
			"Le président russe a reçu Narendra Modi au Kremlin.",
			[]string{"Narendra_Modi met Vladimir_Putin"}, nil},
		{"le dirigeant chinois is the Chinese leader",
			"Le dirigeant chinois a rencontré Luiz Inácio Lula da Silva à Pékin.",
			[]string{"Luiz_Inácio_Lula_da_Silva met Xi_Jinping"}, nil},
		{"son homologue names the other country's leader",
			"Emmanuel Macron a appelé mardi son homologue ukrainien.",
			[]string{"Emmanuel_Macron spokeWith Volodymyr_Zelensky"}, nil},
		{"l'émissaire américain is the envoy named before",
			"Steve Witkoff est arrivé à Moscou. L'émissaire américain a rencontré Vladimir Poutine mercredi.",
			[]string{"Steve_Witkoff met Vladimir_Putin"}, nil},
		{"the White House acts",
			"La Maison Blanche a rejeté le plan de paix.",
			[]string{"White_House rejected Peace_plan"}, nil},
		{"a people acts for its state",
			"Les Russes ont bombardé Kharkiv dans la nuit.",
			[]string{"Russia attacked Kharkiv"}, nil},
		{"capitals act for their states",
			"Washington a accusé Pékin d'espionnage.",
			[]string{"United_States accused China"}, nil},
		{"forces of a country act for it",
			"Les forces ukrainiennes ont attaqué la Crimée.",
			[]string{"Ukraine attacked Crimea"}, nil},
	})
}

func TestUnknownNamesTakeTheirTypeFromContext(t *testing.T) {
	tests := []struct {
		text, key string
		want      schema.Type
	}{
		{"Le porte-parole Ivan Petrenko a dénoncé la décision.", "Ivan_Petrenko", schema.Person},
		{"Mykola Bondar, un négociateur ukrainien, a rencontré Marco Rubio.", "Mykola_Bondar", schema.Person},
		{"L'armée russe a attaqué Novoselivka mardi.", "Novoselivka", schema.Place},
		{"La Fondation Kalinka a soutenu le plan de paix.", "Fondation_Kalinka", schema.Organization},
	}
	for _, tt := range tests {
		ex, err := newRules(t).Extract(schema.Document{ID: "t", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		found := false
		for _, e := range ex.Entities {
			got = append(got, e.Key+":"+string(e.Type))
			if e.Key == tt.key {
				found = true
				if e.Type != tt.want {
					t.Errorf("%q: %s is a %s, want %s", tt.text, tt.key, e.Type, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %s in %v", tt.text, tt.key, got)
		}
	}
}

func TestCoreference(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"elle is the woman named before",
			"Giorgia Meloni est arrivée à Washington. Elle a rencontré Donald Trump vendredi.",
			[]string{"Donald_Trump met Giorgia_Meloni"}, nil},
		{"ils is the pair named before",
			"Emmanuel Macron et Friedrich Merz sont arrivés à Kyiv. Ils ont rencontré Volodymyr Zelensky.",
			[]string{"Emmanuel_Macron met Volodymyr_Zelensky", "Friedrich_Merz met Volodymyr_Zelensky"}, nil},
		{"les deux dirigeants are the two leaders named before",
			"Xi Jinping a reçu Vladimir Poutine à Pékin. Les deux dirigeants ont ensuite discuté avec Narendra Modi.",
			[]string{"Narendra_Modi spokeWith Xi_Jinping", "Narendra_Modi spokeWith Vladimir_Putin"}, nil},
		{"a title with the name in apposition",
			"Le Premier ministre britannique, Keir Starmer, a reçu Volodymyr Zelensky à Londres.",
			[]string{"Keir_Starmer leaderOf United_Kingdom", "Keir_Starmer met Volodymyr_Zelensky"}, nil},
		{"a title taken up later",
			"Recep Tayyip Erdogan a accueilli les négociateurs. Le président turc a ensuite rencontré Marco Rubio.",
			[]string{"Marco_Rubio met Recep_Tayyip_Erdoğan"}, nil},
	})
}

func TestAliasesMeetAcrossDocuments(t *testing.T) {
	x := newRules(t)
	pairs := [][2]string{
		{"Iouri Ouchakov a rencontré Marco Rubio.", "Yuri Ushakov met Marco Rubio."},
		{"La Russie a attaqué Koursk.", "Les forces ukrainiennes ont quitté Kursk."},
		{"Emmanuel Macron est arrivé à Kiev.", "Emmanuel Macron est arrivé à Kyiv."},
	}
	for _, p := range pairs {
		a, _ := x.Extract(schema.Document{ID: "a", Text: p[0]})
		b, _ := x.Extract(schema.Document{ID: "b", Text: p[1]})
		keys := func(ex *schema.Extraction) []string {
			var k []string
			for _, e := range ex.Entities {
				k = append(k, e.Key)
			}
			return k
		}
		ka, kb := keys(a), keys(b)
		shared := 0
		for _, k := range ka {
			if slices.Contains(kb, k) {
				shared++
			}
		}
		if shared == 0 {
			t.Errorf("%q and %q name the same entities, got %v and %v", p[0], p[1], ka, kb)
		}
	}
}

func TestRelationsFromTheTree(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"active",
			"La Russie a bombardé Kharkiv.",
			[]string{"Russia attacked Kharkiv"}, nil},
		{"passive envahie par",
			"La Crimée a été envahie par la Russie en 2014.",
			[]string{"Russia invaded Crimea"}, nil},
		{"participle passive on a noun",
			"Le Donbass, envahi par la Russie, reste au cœur des discussions.",
			[]string{"Russia invaded Donbas"}, nil},
		{"reflexive reciprocal",
			"Keir Starmer et Friedrich Merz se sont rencontrés à Berlin.",
			[]string{"Friedrich_Merz met Keir_Starmer"}, nil},
		{"coordinated subjects of a future verb",
			"Marco Rubio et Steve Witkoff rencontreront Sergueï Lavrov à Riyad.",
			[]string{"Marco_Rubio plansToMeet Sergey_Lavrov", "Sergey_Lavrov plansToMeet Steve_Witkoff"},
			[]string{"Marco_Rubio met Sergey_Lavrov"}},
		{"coordinated objects",
			"Donald Tusk a reçu Keir Starmer et Giorgia Meloni à Varsovie.",
			[]string{"Donald_Tusk met Keir_Starmer", "Donald_Tusk met Giorgia_Meloni"}, nil},
		{"relative clause subject",
			"Viktor Orbán, qui a rencontré Vladimir Poutine en juillet, critique Bruxelles.",
			[]string{"Viktor_Orbán met Vladimir_Putin"}, nil},
		{"implicative verb",
			"L'Iran a accepté de libérer Cécile Kohler.",
			[]string{"Iran released Cécile_Kohler"}, nil},
	})
}

func TestNominalEvents(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"la rencontre de X avec Y a eu lieu",
			"La rencontre de Giorgia Meloni avec Donald Trump a eu lieu à la Maison Blanche.",
			[]string{"Donald_Trump met Giorgia_Meloni"}, nil},
		{"les pourparlers entre X et Y",
			"Les pourparlers entre l'Iran et les États-Unis ont repris à Oman.",
			[]string{"Iran negotiatesWith United_States"}, nil},
		{"un appel avec",
			"Olaf Scholz a eu un long appel avec Xi Jinping.",
			[]string{"Olaf_Scholz spokeWith Xi_Jinping"}, nil},
		{"l'invasion russe de",
			"Depuis l'invasion russe de l'Ukraine, les prix ont augmenté.",
			[]string{"Russia invaded Ukraine"}, nil},
		{"la proposition américaine de cessez-le-feu",
			"L'Ukraine a accepté la proposition américaine de cessez-le-feu.",
			[]string{"United_States proposed Ceasefire", "Ukraine accepted Ceasefire"}, nil},
		{"a planned summit is a plan",
			"Le sommet prévu entre Donald Trump et Xi Jinping a été reporté.",
			nil, []string{"Donald_Trump met Xi_Jinping"}},
	})
}

func TestTitlesAndAppositions(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"son émissaire, X works for the possessor",
			"Donald Trump a envoyé son émissaire, Steve Witkoff, à Moscou.",
			[]string{"Steve_Witkoff worksFor Donald_Trump"}, nil},
		{"le président russe X leads Russia",
			"Le président russe Vladimir Poutine a reçu Viktor Orbán.",
			[]string{"Vladimir_Putin leaderOf Russia", "Viktor_Orbán met Vladimir_Putin"}, nil},
		{"nationality noun",
			"L'Américaine Ksenia Karelina a été libérée par la Russie.",
			[]string{"Ksenia_Karelina citizenOf United_States", "Russia released Ksenia_Karelina"}, nil},
		{"nationality in apposition",
			"Un Français, Olivier Grondeau, a été libéré par l'Iran.",
			[]string{"Olivier_Grondeau citizenOf France", "Iran released Olivier_Grondeau"}, nil},
		{"an adviser of a person",
			"Le conseiller de Volodymyr Zelensky, Andriy Yermak, a rencontré Marco Rubio.",
			[]string{"Andriy_Yermak worksFor Volodymyr_Zelensky"}, nil},
	})
}

func TestPolarityTenseAndMood(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"never met",
			"Xi Jinping n'a jamais rencontré Volodymyr Zelensky.",
			nil, []string{"Volodymyr_Zelensky met Xi_Jinping", "Volodymyr_Zelensky plansToMeet Xi_Jinping"}},
		{"negated plan",
			"Emmanuel Macron ne rencontrera pas Vladimir Poutine.",
			nil, []string{"Emmanuel_Macron plansToMeet Vladimir_Putin", "Emmanuel_Macron met Vladimir_Putin"}},
		{"refusing to release is not releasing",
			"Le Hamas refuse de libérer Edan Alexander.",
			nil, []string{"Hamas released Edan_Alexander"}},
		{"could meet is a plan",
			"Narendra Modi pourrait rencontrer Donald Trump en septembre.",
			[]string{"Donald_Trump plansToMeet Narendra_Modi"}, []string{"Donald_Trump met Narendra_Modi"}},
		{"wants to meet is a plan",
			"Volodymyr Zelensky veut rencontrer Vladimir Poutine.",
			[]string{"Vladimir_Putin plansToMeet Volodymyr_Zelensky"}, []string{"Vladimir_Putin met Volodymyr_Zelensky"}},
		{"avant de keeps the event out",
			"L'Ukraine exige des garanties avant d'accepter le cessez-le-feu.",
			nil, []string{"Ukraine accepted Ceasefire"}},
		{"se préparer à is not doing",
			"Israël se prépare à attaquer Rafah.",
			nil, []string{"Israel attacked Rafah"}},
		{"sans keeps the event out",
			"Marco Rubio est reparti sans rencontrer Sergueï Lavrov.",
			nil, []string{"Marco_Rubio met Sergey_Lavrov"}},
		{"si keeps the event out",
			"Si la Russie accepte le cessez-le-feu, les sanctions seront levées.",
			nil, []string{"Russia accepted Ceasefire"}},
		{"a former leader leads nothing",
			"L'ancien Premier ministre britannique Boris Johnson a rencontré Volodymyr Zelensky.",
			[]string{"Boris_Johnson met Volodymyr_Zelensky"}, []string{"Boris_Johnson leaderOf United_Kingdom"}},
		{"not yet accepted",
			"Le Hamas n'a toujours pas accepté le plan de paix.",
			nil, []string{"Hamas accepted Peace_plan"}},
	})
}

func TestReportedSpeech(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"X says Y lies: X accuses Y",
			"Volodymyr Zelensky a affirmé que Vladimir Poutine ment.",
			[]string{"Volodymyr_Zelensky accused Vladimir_Putin"}, nil},
		{"a claim is not a fact",
			"Marco Rubio a déclaré que l'Iran soutient le Hamas.",
			nil, []string{"Iran supports Hamas"}},
		{"a claim after the fact is still a claim",
			"La Chine soutient la Russie, a affirmé Antony Blinken.",
			nil, []string{"China supports Russia"}},
	})
	// the claim stays a statement node: who asserts it, and as what
	claims := []struct{ text, by string }{
		{"Marco Rubio a déclaré que l'Iran soutient le Hamas.", "Marco_Rubio"},
		{"Selon Marco Rubio, l'Iran soutient le Hamas.", "Marco_Rubio"},
		{"L'Iran soutient le Hamas, a affirmé Marco Rubio.", "Marco_Rubio"},
	}
	for _, c := range claims {
		ex, err := newRules(t).Extract(schema.Document{ID: "r", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range ex.Statements {
			if s.Predicate == schema.Supports {
				found = true
				if s.Modality != schema.Reported || s.AssertedBy != c.by {
					t.Errorf("%q: supports is %s, asserted by %q; want reported by %s", c.text, s.Modality, s.AssertedBy, c.by)
				}
			}
		}
		if !found {
			t.Errorf("%q: no supports statement in %+v", c.text, ex.Statements)
		}
	}
}

func TestQuoteSpeakers(t *testing.T) {
	tests := []struct{ text, want string }{
		{"« Nous voulons la paix », a dit Giorgia Meloni.",
			"Giorgia_Meloni said «Nous voulons la paix»"},
		{"Ursula von der Leyen est arrivée à Kyiv. « Nous sommes à vos côtés », a-t-elle déclaré.",
			"Ursula_von_der_Leyen said «Nous sommes à vos côtés»"},
		{"« Les discussions ont été utiles », a déclaré le conseiller de Vladimir Poutine, Iouri Ouchakov.",
			"Yuri_Ushakov said «Les discussions ont été utiles»"},
		{"Keir Starmer a pris la parole : « Nous sommes prêts. »\n« Nous enverrons des troupes si nécessaire. »",
			"Keir_Starmer said «Nous enverrons des troupes si nécessaire.»"},
		{"Donald Trump a écrit sur son réseau : « L'accord est proche ».",
			"Donald_Trump said «L'accord est proche»"},
		{"Un porte-parole de l'Élysée a indiqué que Macron avait « beaucoup apprécié » l'échange.",
			"Élysée_Palace said «beaucoup apprécié»"},
		{"« Nous avançons », a déclaré Giorgia Meloni. « Il reste du travail », a-t-elle ajouté.",
			"Giorgia_Meloni said «Il reste du travail»"},
	}
	for _, tt := range tests {
		_, all := facts(t, newRules(t), tt.text)
		if !slices.Contains(all, tt.want) {
			t.Errorf("%q\n  want %q\n  got %q", tt.text, tt.want, all)
		}
	}
}

func TestFurnitureGivesNoFacts(t *testing.T) {
	text := "Accueil > International > Europe\nPar Claire Dubois\nPublié le 3 mars 2025 à 10h12\n" +
		"Photo : Emmanuel Macron et Olaf Scholz à Berlin. / AFP\n" +
		"Emmanuel Macron a rencontré Olaf Scholz à Berlin.\n" +
		"Tags : Macron | Scholz | Allemagne\nLaisser un commentaire\n© 2025 Le Quotidien – Tous droits réservés"
	edges, all := facts(t, newRules(t), text)
	if !slices.Equal(edges, []string{"Emmanuel_Macron met Olaf_Scholz"}) {
		t.Errorf("want only the article's fact, got %q (statements %q)", edges, all)
	}
}

// Sentences that tempt a careless reader: each must give none of the listed facts.
func TestTraps(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"soutenir que is arguing, not supporting",
			"Vladimir Poutine a soutenu que l'Ukraine refusait la paix.",
			nil, []string{"Vladimir_Putin supports Ukraine"}},
		{"not rejecting is not rejecting",
			"Le Kremlin n'a pas rejeté le plan de paix.",
			nil, []string{"Kremlin rejected Peace_plan"}},
		{"could accept",
			"La Russie pourrait accepter le cessez-le-feu.",
			nil, []string{"Russia accepted Ceasefire"}},
		{"conditional of hearsay",
			"L'Ukraine aurait attaqué Belgorod, selon Moscou.",
			nil, []string{"Ukraine attacked Belgorod"}},
		{"selon makes a claim",
			"Selon le Kremlin, l'Ukraine a attaqué Belgorod.",
			nil, []string{"Ukraine attacked Belgorod"}},
		{"refusing to meet is not a plan",
			"Volodymyr Zelensky a refusé de rencontrer Vladimir Poutine.",
			nil, []string{"Vladimir_Putin plansToMeet Volodymyr_Zelensky", "Vladimir_Putin met Volodymyr_Zelensky"}},
		{"denying",
			"La Russie dément avoir attaqué Kharkiv.",
			nil, []string{"Russia attacked Kharkiv"}},
		{"a question asserts nothing",
			"La Russie a-t-elle accepté le cessez-le-feu ?",
			nil, []string{"Russia accepted Ceasefire"}},
		{"a reciprocal that did not happen",
			"Donald Trump et Vladimir Poutine ne se sont pas rencontrés.",
			nil, []string{"Donald_Trump met Vladimir_Putin"}},
		{"nobody met",
			"Aucun dirigeant européen n'a rencontré Vladimir Poutine.",
			nil, []string{"European_Union met Vladimir_Putin"}},
		{"the former leader",
			"L'ancien président Joe Biden a critiqué Donald Trump.",
			nil, []string{"Joe_Biden leaderOf United_States"}},
		{"calling for a ceasefire is not speaking with it",
			"Emmanuel Macron a appelé à un cessez-le-feu.",
			nil, []string{"Ceasefire spokeWith Emmanuel_Macron", "Emmanuel_Macron urged Ceasefire"}},
	})
}
