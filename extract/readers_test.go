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
