package extract

import "testing"

// One table per construction of issue 21, with sentences written for the
// tests (none from the seeds, dev or dev2).

func TestCueVerbsAndFrames(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"se réunir avec, in the future, is a plan",
			"Giorgia Meloni se réunira lundi avec Pedro Sánchez à Madrid.",
			[]string{"Giorgia_Meloni plansToMeet Pedro_Sánchez"}, []string{"Giorgia_Meloni met Pedro_Sánchez"}},
		{"a plural subject that met",
			"Emmanuel Macron et Pedro Sánchez se sont réunis mardi à Barcelone.",
			[]string{"Emmanuel_Macron met Pedro_Sánchez"}, nil},
		{"an event as subject of réunir",
			"La rencontre a réuni Keir Starmer et Pedro Sánchez à Londres.",
			[]string{"Keir_Starmer met Pedro_Sánchez"}, nil},
		{"transmettre à informs",
			"Le Kremlin a transmis à Emmanuel Macron une liste de conditions.",
			[]string{"Kremlin informed Emmanuel_Macron"}, nil},
		{"appeler X à + infinitive urges, it is no call",
			"Keir Starmer appelle Viktor Orbán à lever son veto.",
			[]string{"Keir_Starmer urged Viktor_Orbán"}, []string{"Keir_Starmer spokeWith Viktor_Orbán", "Viktor_Orbán spokeWith Keir_Starmer"}},
		{"appeler X alone is a call",
			"Emmanuel Macron a appelé Pedro Sánchez dimanche soir.",
			[]string{"Emmanuel_Macron spokeWith Pedro_Sánchez"}, []string{"Emmanuel_Macron urged Pedro_Sánchez"}},
		{"a pardon frees",
			"Le Maroc a gracié Karel Novak, un journaliste tchèque, vendredi.",
			[]string{"Morocco released Karel_Novak"}, nil},
	})
}

func TestRolePhrases(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a son-in-law of a president leads nothing",
			"Marco Rubio, accompagné du gendre du président brésilien, Tomas Lemos, a rencontré Keir Starmer.",
			nil, []string{"Tomas_Lemos leaderOf Brazil"}},
		{"a deputy leads nothing",
			"La Pologne sera représentée par son chef adjoint, Piotr Zielinski.",
			nil, []string{"Piotr_Zielinski leaderOf Poland"}},
		{"the name that opens the clause after a prepositional title is no apposition",
			"À la demande du président italien, Karel Novak a été libéré par l'Iran.",
			[]string{"Iran released Karel_Novak"}, []string{"Karel_Novak leaderOf Italy"}},
		{"le président allemand is not the chancellor",
			"Le président allemand a reçu Pedro Sánchez à Berlin.",
			nil, []string{"Friedrich_Merz leaderOf Germany", "Pedro_Sánchez met Friedrich_Merz"}},
	})
}

func TestNationalityPhrases(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a noun, a nationality, a name",
			"La journaliste iranienne Leila Moradi a été libérée par la Turquie.",
			[]string{"Leila_Moradi citizenOf Iran", "Turkey released Leila_Moradi"}, nil},
		{"a compound nationality names two countries",
			"Le romancier franco-libanais Karim Haddad a reçu le prix.",
			[]string{"Karim_Haddad citizenOf France", "Karim_Haddad citizenOf Lebanon"}, nil},
		{"de nationalité X et Y",
			"Tomas Lemos, de nationalité brésilienne et portugaise, dirige la banque.",
			[]string{"Tomas_Lemos citizenOf Brazil", "Tomas_Lemos citizenOf Portugal"}, nil},
		{"people named by nationality, then by name",
			"Les deux Belges arrêtés en Iran, Marc Vervoort et Lies Peeters, ont été libérés.",
			[]string{"Marc_Vervoort citizenOf Belgium", "Lies_Peeters citizenOf Belgium"}, nil},
		{"a title is a role phrase, not a nationality",
			"Le président brésilien Luiz Inácio Lula da Silva a reçu Pedro Sánchez.",
			[]string{"Luiz_Inácio_Lula_da_Silva leaderOf Brazil"}, nil},
		{"the Prime Minister is not read again as a minister",
			"Le Premier ministre britannique, Keir Starmer, a reçu Pedro Sánchez.",
			[]string{"Keir_Starmer leaderOf United_Kingdom"}, []string{"Keir_Starmer worksFor United_Kingdom"}},
	})
}

func TestPlaces(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a place, then its country",
			"Les discussions se tiennent à Mombasa, au Kenya.",
			[]string{"Mombasa locatedIn Kenya"}, nil},
		{"a country in brackets",
			"Le sommet aura lieu à Braga (Portugal) en juin.",
			[]string{"Braga locatedIn Portugal"}, nil},
		{"en before a country",
			"Les otages ont été conduits à Zarzis, en Tunisie.",
			[]string{"Zarzis locatedIn Tunisia"}, nil},
		{"a person is no place",
			"Emmanuel Macron, en Italie pour deux jours, a rencontré Giorgia Meloni.",
			nil, []string{"Emmanuel_Macron locatedIn Italy"}},
	})
}

func TestHeadOf(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"à la tête de an organization",
			"Mark Rutte, à la tête de l'OTAN depuis un an, a reçu Pedro Sánchez.",
			[]string{"Mark_Rutte leaderOf NATO"}, nil},
	})
}

func TestEventNouns(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a meeting after which the main subject left",
			"Pedro Sánchez a quitté Lisbonne après une rencontre tendue avec Giorgia Meloni.",
			[]string{"Giorgia_Meloni met Pedro_Sánchez"}, nil},
		{"a light verb and an exchange",
			"Emmanuel Macron et Pedro Sánchez ont eu jeudi un long échange.",
			[]string{"Emmanuel_Macron spokeWith Pedro_Sánchez"}, nil},
		{"words between the noun and entre",
			"Au terme d'une réunion jugée constructive mardi à Genève entre Marco Rubio et Sergueï Lavrov, rien n'a filtré.",
			[]string{"Marco_Rubio met Sergey_Lavrov"}, nil},
		{"consultations led with someone",
			"Washington mène des consultations avec Ankara depuis lundi.",
			[]string{"Turkey negotiatesWith United_States"}, nil},
		{"a possible call is no call",
			"Un appel entre Emmanuel Macron et Xi Jinping est possible dans les prochains jours.",
			nil, []string{"Emmanuel_Macron spokeWith Xi_Jinping"}},
		{"a meeting that could take place is a plan",
			"Une rencontre entre Keir Starmer et Narendra Modi pourrait avoir lieu en mars.",
			nil, []string{"Keir_Starmer met Narendra_Modi"}},
	})
}

func TestGroupsAsTheirCountry(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a delegation of a nationality",
			"La délégation marocaine a rencontré Pedro Sánchez à Madrid.",
			[]string{"Morocco met Pedro_Sánchez"}, nil},
		{"two delegations that met",
			"Les délégations péruvienne et chilienne se sont réunies à Lima.",
			[]string{"Chile met Peru"}, nil},
		{"officials of a nationality",
			"Des responsables nigérians ont rencontré Emmanuel Macron.",
			[]string{"Emmanuel_Macron met Nigeria"}, nil},
	})
}

func TestCounterparts(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a minister's counterpart is a minister",
			"Le ministre français des Affaires étrangères, Jean-Noël Barrot, a reçu son homologue allemande Annalena Baerbock.",
			[]string{"Annalena_Baerbock worksFor Germany"}, []string{"Annalena_Baerbock leaderOf Germany"}},
		{"a president's counterpart leads",
			"Emmanuel Macron a reçu son homologue ghanéen Kwame Asante.",
			[]string{"Kwame_Asante leaderOf Ghana"}, nil},
		{"an adviser of a leader works for the leader",
			"La conseillère à la sécurité nationale du Premier ministre britannique, Ana Ribeiro, a rencontré Marco Rubio.",
			[]string{"Ana_Ribeiro worksFor Keir_Starmer"}, []string{"Ana_Ribeiro leaderOf United_Kingdom"}},
	})
}

func TestSupportNoun(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"showing one's support to someone",
			"Le Canada a montré son soutien à la Moldavie lors du sommet.",
			[]string{"Canada supports Moldova"}, nil},
		{"support denied is none",
			"Le Canada a refusé tout soutien à la Moldavie.",
			nil, []string{"Canada supports Moldova"}},
		{"a support of one country to another",
			"Le soutien de la Pologne à l'Ukraine ne faiblit pas.",
			[]string{"Poland supports Ukraine"}, nil},
	})
}

func TestProposalAuthors(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"le plan de paix de X: X proposed it, whatever the clause does with it",
			"Le Kremlin a rejeté le plan de paix de Keir Starmer.",
			[]string{"Keir_Starmer proposed Peace_plan"}, []string{"Kremlin proposed Peace_plan"}},
		{"a demonym after the proposal names its author",
			"Pedro Sánchez a critiqué le plan de paix italien mardi.",
			[]string{"Italy proposed Peace_plan"}, []string{"Pedro_Sánchez proposed Peace_plan"}},
		{"présenté par X",
			"Les négociateurs ont étudié le plan présenté par Giorgia Meloni.",
			[]string{"Giorgia_Meloni proposed Peace_plan"}, nil},
		{"a plan for a place is not the place's",
			"Giorgia Meloni a défendu le plan de paix pour l'Ukraine.",
			nil, []string{"Ukraine proposed Peace_plan"}},
	})
}

func TestSharedSubjects(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"au moment de + infinitive happens with the main clause, by its subject",
			"Keir Starmer a souri mardi, au moment de recevoir Giorgia Meloni à Londres.",
			[]string{"Giorgia_Meloni met Keir_Starmer"}, nil},
		{"dans l'espoir de + infinitive is a hope, no meeting",
			"Keir Starmer est arrivé mardi à Rome dans l'espoir de rencontrer Giorgia Meloni.",
			nil, []string{"Keir_Starmer met Giorgia_Meloni", "Giorgia_Meloni met Keir_Starmer"}},
	})
}

func TestAtRequestOf(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"à la demande de X, Y a fait: X urged Y",
			"À la demande de la Maison Blanche, le Portugal a suspendu ses livraisons.",
			[]string{"White_House urged Portugal"}, []string{"Portugal urged White_House"}},
		{"a passive's agent is the one urged",
			"Libéré par le Maroc à la demande du Portugal, Karel Novak est rentré chez lui.",
			[]string{"Portugal urged Morocco"}, []string{"Portugal urged Karel_Novak"}},
		{"an office named by its country asks for its country",
			"Libéré par le Maroc à la demande du président portugais, Karel Novak est rentré.",
			[]string{"Portugal urged Morocco"}, []string{"Karel_Novak leaderOf Portugal"}},
		{"a clause that did not happen urges nobody",
			"À la demande de la Maison Blanche, le Portugal n'a pas suspendu ses livraisons.",
			nil, []string{"White_House urged Portugal"}},
	})
}

func TestJudgmentFilingAndSigningVerbs(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"critiquer an actor accuses it",
			"Pedro Sánchez a vivement critiqué Giorgia Meloni pour sa politique migratoire.",
			[]string{"Pedro_Sánchez accused Giorgia_Meloni"}, []string{"Giorgia_Meloni accused Pedro_Sánchez"}},
		{"critiquer a plan accuses no one",
			"Pedro Sánchez a critiqué le plan de paix mardi.",
			nil, []string{"Pedro_Sánchez accused Peace_plan", "Pedro_Sánchez proposed Peace_plan"}},
		{"déposer a proposal proposes it",
			"Le Portugal a déposé un plan de paix devant l'Assemblée.",
			[]string{"Portugal proposed Peace_plan"}, nil},
		{"signing an agreement accepts it",
			"Le Portugal a signé mardi un accord de paix avec le Maroc.",
			[]string{"Portugal accepted Peace_agreement"}, []string{"Portugal accepted Morocco"}},
		{"not signing accepts nothing",
			"Le Portugal n'a pas signé l'accord de paix.",
			nil, []string{"Portugal accepted Peace_agreement"}},
		{"déposer a wreath proposes nothing",
			"Keir Starmer a déposé une gerbe à Paris.",
			nil, []string{"Keir_Starmer proposed Paris"}},
	})
}
