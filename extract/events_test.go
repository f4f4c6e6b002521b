package extract

import "testing"

// Cue words, frames, event nouns, shared arguments and modality (issue 21),
// with sentences written for the tests (none from the seeds, dev or dev2).

func TestVerbFormsAndClauses(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a present in -re is no infinitive",
			"Giorgia Meloni rencontre à Rome ce mardi Pedro Sánchez.",
			[]string{"Giorgia_Meloni met Pedro_Sánchez"}, nil},
		{"a bare infinitive is still no event",
			"Rencontrer Pedro Sánchez ? Giorgia Meloni n'y tient pas.",
			nil, []string{"Giorgia_Meloni met Pedro_Sánchez"}},
		{"a present participle after a comma is a clause of its own",
			"Le Portugal a refusé, proposant un cessez-le-feu local.",
			[]string{"Portugal proposed Ceasefire"}, []string{"Portugal rejected Ceasefire"}},
		{"refusing to propose proposes nothing",
			"Le Portugal a refusé de proposer un cessez-le-feu.",
			nil, []string{"Portugal proposed Ceasefire"}},
	})
}

func TestPassiveSharedPatient(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a passive after après avoir été is said of the main subject",
			"Le journaliste Karel Novak, âgé de 60 ans, a retrouvé sa famille après avoir été gracié par le roi du Maroc Mohammed VI.",
			[]string{"Mohammed_VI released Karel_Novak"}, nil},
		{"a participle that opens the sentence is said of the subject after its comma",
			"Libéré par l'Iran au terme d'une longue médiation, Karel Novak est arrivé à Prague.",
			[]string{"Iran released Karel_Novak"}, nil},
		{"before being pardoned, nobody was",
			"Karel Novak a passé un an en prison avant d'être gracié par le roi du Maroc Mohammed VI.",
			nil, []string{"Mohammed_VI released Karel_Novak"}},
	})
}

func TestCompanions(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"accompagné de, between subject and verb: the companion met the object too",
			"Marco Rubio, accompagné du fils du président brésilien, Tomas Lemos, a rencontré Keir Starmer.",
			[]string{"Keir_Starmer met Marco_Rubio", "Keir_Starmer met Tomas_Lemos"},
			[]string{"Keir_Starmer met Luiz_Inácio_Lula_da_Silva"}},
		{"aux côtés de after the object: the companion is no object",
			"Keir Starmer a rencontré Giorgia Meloni aux côtés de sa ministre, Yvette Cooper.",
			[]string{"Giorgia_Meloni met Keir_Starmer", "Giorgia_Meloni met Yvette_Cooper"},
			[]string{"Keir_Starmer met Yvette_Cooper"}},
		{"a companion phrase that opens the sentence",
			"Accompagné de Tomas Lemos, Marco Rubio a reçu Keir Starmer.",
			[]string{"Keir_Starmer met Tomas_Lemos"}, nil},
		{"a companion of another clause takes no part",
			"Accompagnée de Tomas Lemos, la délégation est partie, puis Marco Rubio a reçu Keir Starmer.",
			[]string{"Keir_Starmer met Marco_Rubio"}, []string{"Keir_Starmer met Tomas_Lemos"}},
		{"a companion of the object after it is not the subject's",
			"Marco Rubio a reçu Keir Starmer, accompagné de Tomas Lemos.",
			[]string{"Keir_Starmer met Marco_Rubio"}, []string{"Marco_Rubio met Tomas_Lemos"}},
		{"a companion shares contacts only, not accusations",
			"Marco Rubio, accompagné de Tomas Lemos, a accusé Keir Starmer.",
			[]string{"Marco_Rubio accused Keir_Starmer"}, []string{"Tomas_Lemos accused Keir_Starmer"}},
	})
}

func TestLightVerbsAndParticipation(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"taking part in a planned meeting between two others plans to meet both",
			"Pedro Sánchez participera à la réunion prévue jeudi à Rome entre Giorgia Meloni et Keir Starmer.",
			[]string{"Giorgia_Meloni plansToMeet Keir_Starmer", "Giorgia_Meloni plansToMeet Pedro_Sánchez", "Keir_Starmer plansToMeet Pedro_Sánchez"},
			[]string{"Giorgia_Meloni met Pedro_Sánchez"}},
		{"the future of participer makes the meeting a plan",
			"Pedro Sánchez participera à la réunion entre Giorgia Meloni et Keir Starmer.",
			[]string{"Keir_Starmer plansToMeet Pedro_Sánchez"}, []string{"Keir_Starmer met Pedro_Sánchez"}},
		{"not taking part meets no one",
			"Pedro Sánchez n'a pas participé à la réunion entre Giorgia Meloni et Keir Starmer.",
			nil, []string{"Keir_Starmer met Pedro_Sánchez", "Keir_Starmer plansToMeet Pedro_Sánchez"}},
		{"a partner the parse hangs on the light verb",
			"Pedro Sánchez a participé à une réunion avec Giorgia Meloni.",
			[]string{"Giorgia_Meloni met Pedro_Sánchez"}, nil},
		{"a call to come is no call",
			"Pedro Sánchez aura un entretien avec Giorgia Meloni.",
			nil, []string{"Giorgia_Meloni spokeWith Pedro_Sánchez"}},
		{"no call had is none",
			"Pedro Sánchez n'a pas eu d'entretien avec Giorgia Meloni.",
			nil, []string{"Giorgia_Meloni spokeWith Pedro_Sánchez"}},
	})
}

func TestReleaseNoun(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a release that is the time of something else happened",
			"Après la libération accordée mardi par la Russie au journaliste américain Evan Gershkovich, Washington a remercié Ankara.",
			[]string{"Russia released Evan_Gershkovich"}, []string{"United_States released Evan_Gershkovich"}},
		{"a release welcomed happened",
			"Le Portugal a salué la libération d'Evan Gershkovich par la Russie.",
			[]string{"Russia released Evan_Gershkovich"}, []string{"Portugal released Evan_Gershkovich"}},
		{"a release demanded has not happened",
			"Le Portugal réclame la libération d'Evan Gershkovich par la Russie.",
			nil, []string{"Russia released Evan_Gershkovich"}},
		{"a release not welcomed says nothing of it",
			"Le Portugal n'a pas salué la libération d'Evan Gershkovich par la Russie.",
			nil, []string{"Russia released Evan_Gershkovich"}},
	})
}

func TestContactNounParties(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"talks led by someone resumed with someone",
			"Les pourparlers, menés côté chilien par Karel Novak, ont repris avec la Bolivie.",
			[]string{"Bolivia negotiatesWith Karel_Novak"}, nil},
		{"a partner the parse hangs on a time noun",
			"Les négociations menées par Marco Rubio ont repris lundi avec la Russie.",
			[]string{"Marco_Rubio negotiatesWith Russia"}, nil},
		{"who wished for talks does not conduct them",
			"Les pourparlers, souhaités par Karel Novak, ont repris avec la Bolivie.",
			nil, []string{"Bolivia negotiatesWith Karel_Novak"}},
		{"a light verb, a time noun, a partner",
			"Pedro Sánchez a eu lundi un entretien avec Giorgia Meloni.",
			[]string{"Giorgia_Meloni spokeWith Pedro_Sánchez"}, nil},
	})
}

func TestSupportersAndAlliesInApposition(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"X, un fidèle soutien de Y",
			"Viktor Orbán, un fidèle soutien de Vladimir Poutine, a reçu Pedro Sánchez.",
			[]string{"Viktor_Orbán supports Vladimir_Putin"}, []string{"Vladimir_Putin supports Viktor_Orbán"}},
		{"two supporters in apposition",
			"Viktor Orbán et Robert Fico, soutiens de Vladimir Poutine, ont reçu Pedro Sánchez.",
			[]string{"Viktor_Orbán supports Vladimir_Putin", "Robert_Fico supports Vladimir_Putin"}, nil},
		{"the supporters of a country are not the country supporting",
			"Les soutiens de la Moldavie se sont réunis à Paris.",
			nil, []string{"Moldova supports France"}},
		{"an alliance is between states, not persons",
			"Viktor Orbán, un allié de Vladimir Poutine, a reçu Pedro Sánchez.",
			nil, []string{"Viktor_Orbán allyOf Vladimir_Putin"}},
		{"a state allied to another",
			"La Hongrie, un proche allié de la Russie, a reçu Pedro Sánchez.",
			[]string{"Hungary allyOf Russia"}, nil},
	})
}

func TestModalityAroundEventNouns(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"an event a future visit is dated from happened",
			"Cette visite de Keir Starmer à Kiev sera la première depuis le début de l'invasion russe de l'Ukraine.",
			[]string{"Russia invaded Ukraine"}, []string{"Keir_Starmer met Ukraine"}},
		{"a future invasion is none",
			"Selon Keir Starmer, l'invasion russe de la Moldavie pourrait commencer cet été.",
			nil, []string{"Russia invaded Moldova"}},
		{"a meeting planned",
			"Une réunion entre Emmanuel Macron et Xi Jinping est prévue lundi à Pékin.",
			[]string{"Emmanuel_Macron plansToMeet Xi_Jinping"}, []string{"Emmanuel_Macron met Xi_Jinping"}},
	})
}

func TestUrgingWithAdjuncts(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"appeler, a time noun, X à + infinitive urges X",
			"Keir Starmer a appelé mardi Giorgia Meloni à reprendre le dialogue.",
			[]string{"Keir_Starmer urged Giorgia_Meloni"}, []string{"Giorgia_Meloni spokeWith Keir_Starmer"}},
		{"appelant X à, after a comma, urges X",
			"La France a condamné l'attaque, appelant l'Iran à reprendre le dialogue.",
			[]string{"France urged Iran"}, []string{"France spokeWith Iran"}},
		{"a call that may come is no call",
			"Keir Starmer pourrait appeler mardi Giorgia Meloni.",
			nil, []string{"Giorgia_Meloni spokeWith Keir_Starmer"}},
	})
}
