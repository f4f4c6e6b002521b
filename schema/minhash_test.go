package schema

import "testing"

// Copies of one wire story, with their own headlines and bylines, have
// near-equal signatures; another story on the same subject does not.
func TestCopiesOfAWireStoryHaveOneSignature(t *testing.T) {
	wire := "Emmanuel Macron a rencontré Olaf Scholz mardi à Paris pour discuter du soutien à l'Ukraine. " +
		"Les deux dirigeants ont affirmé leur volonté de renforcer la défense européenne et de poursuivre " +
		"l'aide militaire à Kiev, selon un communiqué de l'Élysée publié dans la soirée. " +
		"La rencontre, prévue de longue date, intervient alors que les négociations sur un cessez-le-feu " +
		"piétinent et que Washington presse les Européens d'augmenter leurs dépenses militaires."
	copy1 := "Sommet franco-allemand\nPar la rédaction avec AFP\n" + wire
	copy2 := "Macron et Scholz à Paris\n" + wire + "\nLire aussi : notre dossier"
	other := "Olaf Scholz a reçu Emmanuel Macron à Berlin pour parler de l'Ukraine. Le chancelier a insisté " +
		"sur la prudence budgétaire et a refusé de livrer des missiles, a indiqué son porte-parole."
	a, b, c, d := TextSignature(wire), TextSignature(copy1), TextSignature(copy2), TextSignature(other)
	if s := SameText(b, c); s < SameStory {
		t.Errorf("two copies: %.2f alike, want at least %.2f", s, SameStory)
	}
	if s := SameText(a, b); s < SameStory {
		t.Errorf("the wire and a copy: %.2f alike, want at least %.2f", s, SameStory)
	}
	if s := SameText(a, d); s > 0.2 {
		t.Errorf("another story: %.2f alike, want at most 0.2", s)
	}
	if TextSignature("Trop court.") != "" || SameText("", a) != 0 {
		t.Error("a text too short has a signature")
	}
}
