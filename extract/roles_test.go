package extract

import "testing"

// The rows of issue 21 about roles, groups, places and coreference, one
// table per construction, with sentences written for the tests (none from
// the seeds, dev or dev2).

func TestTitlesThroughABody(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the spokesman of a country's forces works for the country",
			"Le porte-parole des forces armées du Ghana, Kofi Mensah, a démenti l'attaque.",
			[]string{"Kofi_Mensah worksFor Ghana"}, []string{"Kofi_Mensah leaderOf Ghana"}},
		{"the commander of a unit of a national army works for the country",
			"Le colonel Tiago Mendes, commandant d'une brigade d'élite de l'armée portugaise, a été arrêté.",
			[]string{"Tiago_Mendes worksFor Portugal"}, []string{"Tiago_Mendes leaderOf Portugal"}},
		{"the head of a body of a nationality works for the country",
			"Le chef des services de renseignement tchèques, Pavel Dvorak, a rencontré Keir Starmer.",
			[]string{"Pavel_Dvorak worksFor Czech_Republic"}, []string{"Pavel_Dvorak leaderOf Czech_Republic"}},
		{"an adjective after the country",
			"Le porte-parole des douanes de la Pologne voisine, Marek Nowak, a démenti la saisie.",
			[]string{"Marek_Nowak worksFor Poland"}, []string{"Marek_Nowak leaderOf Poland"}},
		{"a body with a name no list knows is of no country",
			"Jan Kowal, chercheur à l'institut tchèque Zbrojovka, a critiqué le plan.",
			nil, []string{"Jan_Kowal worksFor Czech_Republic"}},
		{"a body named by its kind and its name",
			"Monsieur Paul Durand, directeur de l'ONG \"Ciel Bleu\", est venu à Lyon.",
			[]string{"Paul_Durand worksFor Ciel_Bleu"}, nil},
		{"a possessive body: the possessor is the subject",
			"Le Maroc a dépêché le chef de sa diplomatie, Youssef Amrani, à Madrid.",
			[]string{"Youssef_Amrani worksFor Morocco"}, []string{"Youssef_Amrani leaderOf Morocco"}},
		{"a title in the complement is its own holder's",
			"La conseillère à la sécurité nationale du Premier ministre britannique, Ana Ribeiro, a rencontré Marco Rubio.",
			[]string{"Ana_Ribeiro worksFor Keir_Starmer"}, []string{"Ana_Ribeiro leaderOf United_Kingdom", "Ana_Ribeiro worksFor United_Kingdom"}},
	})
}

func TestRelationalAdjectives(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the presidential spokesman speaks for the president named",
			"Volodymyr Zelensky a reçu Marco Rubio à Kiev. Le porte-parole présidentiel, Ivan Petrenko, a salué la visite.",
			[]string{"Ivan_Petrenko worksFor Volodymyr_Zelensky"}, []string{"Ivan_Petrenko leaderOf Ukraine"}},
		{"with no president named, no one",
			"Le porte-parole présidentiel, Ivan Petrenko, a salué la visite de Marco Rubio.",
			nil, []string{"Ivan_Petrenko worksFor Marco_Rubio"}},
	})
}

func TestTitlesTheGazetteerCompletes(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a title without its country, of a known holder",
			"Le président de la République Emmanuel Macron a reçu Pedro Sánchez.",
			[]string{"Emmanuel_Macron leaderOf France"}, nil},
		{"a minister without his country",
			"Le ministre des Affaires étrangères, Jean-Noël Barrot, a appelé Marco Rubio.",
			[]string{"Jean-Noël_Barrot worksFor France"}, []string{"Jean-Noël_Barrot leaderOf France"}},
		{"a title that is not the holder's role says nothing",
			"Le secrétaire du club, Emmanuel Macron, a ouvert la séance.",
			nil, []string{"Emmanuel_Macron leaderOf France", "Emmanuel_Macron worksFor France"}},
		{"a former title says nothing",
			"L'ancien ministre des Affaires étrangères, Jean-Noël Barrot, a appelé Marco Rubio.",
			nil, []string{"Jean-Noël_Barrot worksFor France"}},
	})
}

func TestKinship(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the relative of the person just named, not of the sentence's subject",
			"Le ministre, Karel Novak, a annoncé que Maria Costa et son mari Rui Lopes étaient libres.",
			[]string{"Rui_Lopes relativeOf Maria_Costa"}, []string{"Rui_Lopes relativeOf Karel_Novak"}},
		{"an honorific between the comma and the name",
			"Paulo Reis a appelé son épouse, Mme Ines Duarte, mardi.",
			[]string{"Ines_Duarte relativeOf Paulo_Reis"}, nil},
		{"a mother in apposition",
			"Anna Berger, mère de Lukas Berger, a écrit à Friedrich Merz.",
			[]string{"Anna_Berger relativeOf Lukas_Berger"}, nil},
		{"the daughter of a titled man named after the title",
			"Clara Hoffmann, la fille du président autrichien, Lukas Hoffmann, a visité Rome.",
			[]string{"Clara_Hoffmann relativeOf Lukas_Hoffmann", "Lukas_Hoffmann leaderOf Austria"},
			[]string{"Clara_Hoffmann leaderOf Austria", "Lukas_Hoffmann relativeOf Alexander_Van_der_Bellen"}},
		{"the son-in-law of a president named after: the name is the son-in-law",
			"Keir Starmer a reçu le gendre du président brésilien, Tomas Lemos.",
			nil, []string{"Tomas_Lemos leaderOf Brazil"}},
	})
}

func TestLedForACountry(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"dirigée par X pour PAYS",
			"La délégation, dirigée par Ana Silva pour le Portugal, est arrivée à Rabat.",
			[]string{"Ana_Silva worksFor Portugal"}, []string{"Ana_Silva leaderOf Portugal"}},
		{"pour PAYS after a verb is no role",
			"Ana Silva a voté pour le Portugal.",
			nil, []string{"Ana_Silva worksFor Portugal"}},
	})
}

func TestPlacesInTheirCountry(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a place noun, a nationality, a name",
			"Les soldats sont entrés dans la ville ukrainienne Kostiantynivka.",
			[]string{"Kostiantynivka locatedIn Ukraine"}, nil},
		{"a place noun, a nationality, de and a name",
			"Le sommet se tiendra dans la ville polonaise de Rzeszów.",
			[]string{"Rzeszów locatedIn Poland"}, nil},
		{"à X en Y",
			"Les négociateurs se sont retrouvés à Lausanne en Suisse.",
			[]string{"Lausanne locatedIn Switzerland"}, nil},
		{"à X, une ville de Y",
			"Les otages ont été libérés à Tamale, une ville du Ghana.",
			[]string{"Tamale locatedIn Ghana"}, nil},
		{"en followed by a date is no place",
			"Keir Starmer était à Lausanne en mars.",
			nil, []string{"Lausanne locatedIn Keir_Starmer"}},
	})
}

func TestGroupsNamedAsTheirCountry(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"two delegations met",
			"Les délégations ghanéenne et togolaise se sont rencontrées à Accra.",
			[]string{"Ghana met Togo"}, nil},
		{"the side of a nationality",
			"La partie malienne a rencontré Emmanuel Macron à Paris.",
			[]string{"Emmanuel_Macron met Mali"}, nil},
	})
}
func TestRoleCoreference(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the two parties are the two named before",
			"Le Ghana et le Togo ont signé un accord. Les deux parties se sont rencontrées à Lomé.",
			[]string{"Ghana met Togo"}, nil},
		{"the presidents of two nationalities",
			"Les présidents russe et ukrainien se sont rencontrés à Istanbul.",
			[]string{"Vladimir_Putin met Volodymyr_Zelensky"}, nil},
		{"les deux parties after three is no pair",
			"Le Ghana, le Togo et le Bénin ont signé un accord. Les deux parties se sont rencontrées à Lomé.",
			nil, []string{"Ghana met Togo", "Benin met Togo"}},
		{"a role description is not given to someone whose role is known",
			"« Nous avançons », a déclaré Marco Rubio. Le conseiller du Premier ministre britannique a ajouté que rien n'était signé.",
			nil, []string{"Marco_Rubio worksFor Keir_Starmer"}},
		{"a role description for the person just named",
			"« Nous avançons », a déclaré Ion Popescu. Le conseiller du Premier ministre britannique a ajouté que rien n'était signé.",
			[]string{"Ion_Popescu worksFor Keir_Starmer"}, []string{"Ion_Popescu leaderOf United_Kingdom"}},
	})
}

func TestAppointments(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"the appointment noun: the title is of the clause's subject",
			"Danone a annoncé mardi la nomination de Ana Ferreira au poste de directeur général.",
			[]string{"Ana_Ferreira leaderOf Danone"}, nil},
		{"an active appointment",
			"Danone a nommé Marie Laporte directrice générale.",
			[]string{"Marie_Laporte leaderOf Danone"}, nil},
		{"a passive appointment to a title of a country",
			"Jean Morel a été nommé ministre de la Défense du Portugal.",
			[]string{"Jean_Morel worksFor Portugal"}, []string{"Jean_Morel leaderOf Portugal"}},
		{"an appointment that may come is no role",
			"Danone pourrait annoncer la nomination de Ana Ferreira au poste de directeur général.",
			nil, []string{"Ana_Ferreira leaderOf Danone"}},
		{"an appointment denied is no role",
			"Danone n'a pas nommé Marie Laporte directrice générale.",
			nil, []string{"Marie_Laporte leaderOf Danone"}},
	})
}

func TestStatementOfATitle(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"who reports a title's statement holds the title",
			"Dans un communiqué du porte-parole du gouvernement ghanéen, Kofi Mensah a déclaré que la frontière restait fermée.",
			[]string{"Kofi_Mensah worksFor Ghana"}, nil},
		{"who is acted on at a title's request does not hold it",
			"À la demande du porte-parole du gouvernement ghanéen, Kofi Mensah a été libéré.",
			nil, []string{"Kofi_Mensah worksFor Ghana"}},
	})
}
