package extract

import "testing"

// Speakers named by a title with a name in apposition, and quoted terms
// with no speaker. The sentences are written for the test.
func TestQuoteSpeakerInApposition(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"a title with its complement, then the name: the name speaks",
			"Le conseil a rappelé le rôle du dirigeant français dans la crise. \"C'était un choix difficile\", a déclaré le président du conseil, Karel Novak, cité dans la note.",
			[]string{"Karel_Novak said «C'était un choix difficile»"},
			[]string{"Emmanuel_Macron said «C'était un choix difficile»"}},
		{"a title alone still names its holder",
			"Emmanuel Macron est arrivé à Rome. « Nous resterons unis », a déclaré le président français.",
			[]string{"Emmanuel_Macron said «Nous resterons unis»"}, nil},
		{"a quoted term after the main verb is not said by a name in a complement",
			"La grève intervient après la condamnation prononcée mardi contre le syndicaliste polonais Karel Novak, poursuivi pour « trouble à l'ordre public ».",
			nil, []string{"Karel_Novak said «trouble à l'ordre public»"}},
		{"the subject of the sentence still says its quoted words",
			"Pedro Sánchez a jugé la réforme « indispensable ».",
			[]string{"Pedro_Sánchez said «indispensable»"}, nil},
	})
}
