package extract

import "testing"

// A wire story's dateline says where and when it was filed; the city in it
// acts in nothing.
func TestDatelinesAreNotSubjects(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"city, date and agency",
			"PARIS, 14 mars 2025 (AFP) - Emmanuel Macron a rencontré Olaf Scholz mardi à l'Élysée.",
			[]string{"Emmanuel_Macron met Olaf_Scholz"}, []string{"France met Olaf_Scholz", "Agence_France-Presse met Olaf_Scholz"}},
		{"city and agency",
			"BRUXELLES (Reuters) - Ursula von der Leyen a rencontré Keir Starmer lundi.",
			[]string{"Keir_Starmer met Ursula_von_der_Leyen"}, []string{"Belgium met Keir_Starmer", "Reuters met Keir_Starmer"}},
	})
}

func TestDatelineEnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // what is left after the dateline
	}{
		{"PARIS, 14 mars 2025 (AFP) - Le texte.", "Le texte."},
		{"KIEV (AFP) – Le texte.", "Le texte."},
		{"Washington (Reuters) - Le texte.", "Le texte."},
		{"ONU : le Conseil se réunit.", "ONU : le Conseil se réunit."},
		{"Le président a parlé - longuement.", "Le président a parlé - longuement."},
		{"Emmanuel Macron - qui rentrait de Berlin - a parlé.", "Emmanuel Macron - qui rentrait de Berlin - a parlé."},
	} {
		if got := c.text[datelineEnd(c.text):]; got != c.want {
			t.Errorf("%q: left %q, want %q", c.text, got, c.want)
		}
	}
}
