package timex

import (
	"testing"
	"time"
)

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Each sentence is read against a publication date; the expression found
// must be the words given and mean the period given.
func TestResolvesAgainstThePublicationDate(t *testing.T) {
	const thursday = "2025-03-13T10:00:00+01:00" // a Thursday
	const monday = "2025-03-17T08:00:00+01:00"
	const newYear = "2026-01-03T09:00:00+01:00" // a Saturday
	for _, c := range []struct {
		published string
		tense     Tense
		sentence  string
		words     string
		value     string
		precision Precision
	}{
		// Weekdays, on the side the tense says.
		{thursday, Past, "Les deux ministres se sont rencontrés jeudi à Genève.", "jeudi", "2025-03-13", Day},
		{thursday, Past, "Mercredi, l'armée a annoncé un retrait.", "Mercredi", "2025-03-12", Day},
		{thursday, Past, "Il a parlé vendredi devant le Parlement.", "vendredi", "2025-03-07", Day},
		{thursday, Future, "Ils se rencontreront vendredi à Rome.", "vendredi", "2025-03-14", Day},
		{thursday, Unknown, "Un appel a eu lieu dimanche.", "dimanche", "2025-03-09", Day},
		{thursday, Past, "Lundi dernier, le gouvernement a démissionné.", "Lundi dernier", "2025-03-10", Day},
		{thursday, Past, "jeudi dernier, elle était à Oslo.", "jeudi dernier", "2025-03-06", Day},
		{thursday, Future, "Le sommet s'ouvrira lundi prochain.", "lundi prochain", "2025-03-17", Day},
		{thursday, Future, "Il reviendra jeudi prochain.", "jeudi prochain", "2025-03-20", Day},
		{thursday, Past, "Ils ont dîné jeudi soir au Kremlin.", "jeudi soir", "2025-03-13", Day},
		{thursday, Past, "Mardi matin, la frappe a touché le port.", "Mardi matin", "2025-03-11", Day},
		{thursday, Past, "Samedi après-midi, la foule s'est dispersée.", "Samedi après-midi", "2025-03-08", Day},
		// Across a week boundary.
		{monday, Past, "Vendredi, le président a signé le décret.", "Vendredi", "2025-03-14", Day},
		{monday, Past, "La réunion de dimanche a duré trois heures.", "dimanche", "2025-03-16", Day},
		{monday, Future, "Le vote aura lieu samedi prochain.", "samedi prochain", "2025-03-22", Day},
		{monday, Past, "lundi dernier", "lundi dernier", "2025-03-10", Day},
		{monday, Past, "la semaine dernière", "la semaine dernière", "2025-03-10/2025-03-16", Week},
		// Days around the publication.
		{thursday, Past, "Hier, les négociations ont repris.", "Hier", "2025-03-12", Day},
		{thursday, Past, "Le texte a été adopté avant-hier.", "avant-hier", "2025-03-11", Day},
		{thursday, Past, "Aujourd'hui, le ministre s'est rendu à Kiev.", "Aujourd'hui", "2025-03-13", Day},
		{thursday, Future, "Le Conseil votera demain.", "demain", "2025-03-14", Day},
		{thursday, Past, "Hier soir, le Conseil a voté.", "Hier soir", "2025-03-12", Day},
		{thursday, Future, "Elle partira après-demain.", "après-demain", "2025-03-15", Day},
		{thursday, Past, "Ce matin, il a reçu l'ambassadeur.", "Ce matin", "2025-03-13", Day},
		{thursday, Past, "Cette nuit, des drones ont frappé Odessa.", "Cette nuit", "2025-03-13", Day},
		{thursday, Past, "Dans la nuit de mardi à mercredi, la ville a été bombardée.", "nuit de mardi à mercredi", "2025-03-11", Day},
		// Dates.
		{thursday, Past, "L'accord a été signé le 11 mars.", "le 11 mars", "2025-03-11", Day},
		{thursday, Past, "Depuis le 1er mars, les prix ont baissé.", "le 1er mars", "2025-03-01", Day},
		{thursday, Past, "Le traité du 11 mars 2024 est caduc.", "11 mars 2024", "2024-03-11", Day},
		{thursday, Past, "Mardi 11 mars, les troupes sont entrées.", "Mardi 11 mars", "2025-03-11", Day},
		{thursday, Past, "Le 2 mars dernier, il a démissionné.", "Le 2 mars dernier", "2025-03-02", Day},
		{thursday, Future, "Le scrutin aura lieu le 6 avril.", "le 6 avril", "2025-04-06", Day},
		{thursday, Past, "Du 3 au 5 mars, les délégations ont négocié.", "Du 3 au 5 mars", "2025-03-03/2025-03-05", Day},
		{thursday, Past, "Publié le 11/03/2025 à 18h.", "11/03/2025", "2025-03-11", Day},
		// Ranges of days, across a month's end and across New Year.
		{thursday, Past, "Du 28 février au 2 mars, les délégations ont négocié.", "Du 28 février au 2 mars", "2025-02-28/2025-03-02", Day},
		{thursday, Past, "Entre le 10 et le 12 mars, le front a bougé.", "Entre le 10 et le 12 mars", "2025-03-10/2025-03-12", Day},
		{thursday, Past, "Du 29 décembre au 2 janvier, la trêve a tenu.", "Du 29 décembre au 2 janvier", "2024-12-29/2025-01-02", Day},
		{thursday, Past, "Du 29 décembre au 2 janvier 2024, la trêve a tenu.", "Du 29 décembre au 2 janvier 2024", "2023-12-29/2024-01-02", Day},
		{newYear, Past, "Du 29 décembre au 2 janvier, la trêve a tenu.", "Du 29 décembre au 2 janvier", "2025-12-29/2026-01-02", Day},
		{newYear, Future, "Entre le 12 et le 14 janvier, il sera à Davos.", "Entre le 12 et le 14 janvier", "2026-01-12/2026-01-14", Day},
		{thursday, Past, "Du lundi au mercredi, les délégations ont négocié.", "Du lundi au mercredi", "2025-03-10/2025-03-12", Day},
		{thursday, Future, "Entre lundi et mercredi, il sera à Bruxelles.", "Entre lundi et mercredi", "2025-03-17/2025-03-19", Day},
		{"2025-03-11T09:00:00+01:00", Past, "Du lundi au mercredi, la ville a été bombardée.", "Du lundi au mercredi", "2025-03-03/2025-03-05", Day}, // a Tuesday: the whole range is last week's
		{newYear, Past, "Du vendredi au lundi, la trêve a tenu.", "Du vendredi au lundi", "2025-12-26/2025-12-29", Day},
		// Months and years, without a year around New Year.
		{thursday, Past, "En février, la Russie a lancé une offensive.", "En février", "2025-02", Month},
		{thursday, Past, "Février dernier a vu le retour des pourparlers.", "Février dernier", "2025-02", Month},
		{thursday, Past, "Avril dernier, la trêve a été rompue.", "Avril dernier", "2024-04", Month},
		{thursday, Future, "Début mars, il sera à Pékin.", "Début mars", "2025-03", Month},
		{thursday, Past, "Fin février, les combats ont repris.", "Fin février", "2025-02", Month},
		{thursday, Past, "À la mi-mars, le front était figé.", "mi-mars", "2025-03", Month},
		{thursday, Past, "Au début de janvier, il a rompu.", "début de janvier", "2025-01", Month},
		{thursday, Past, "En mai 2022, Marioupol est tombée.", "En mai 2022", "2022-05", Month},
		{thursday, Past, "En 2024, le pays a voté.", "En 2024", "2024", Year},
		{newYear, Past, "Le 28 décembre, ils se sont parlé.", "Le 28 décembre", "2025-12-28", Day},
		{newYear, Unknown, "la réunion du 28 décembre", "28 décembre", "2025-12-28", Day},
		{newYear, Past, "En décembre, le cessez-le-feu a été rompu.", "En décembre", "2025-12", Month},
		{newYear, Past, "En février, les deux pays avaient rompu.", "En février", "2025-02", Month},
		{newYear, Future, "En février, les deux pays se rencontreront.", "En février", "2026-02", Month},
		{newYear, Future, "Le 10 janvier, il se rendra à Rome.", "Le 10 janvier", "2026-01-10", Day},
		{newYear, Past, "Décembre dernier fut meurtrier.", "Décembre dernier", "2025-12", Month},
		// Weeks, months and years around the publication.
		{thursday, Future, "Ils se verront la semaine prochaine.", "la semaine prochaine", "2025-03-17/2025-03-23", Week},
		{thursday, Past, "Cette semaine, trois ministres ont démissionné.", "Cette semaine", "2025-03-10/2025-03-16", Week},
		{thursday, Past, "Le mois dernier, les exportations ont chuté.", "Le mois dernier", "2025-02", Month},
		{thursday, Future, "Le mois prochain, le traité entrera en vigueur.", "Le mois prochain", "2025-04", Month},
		{thursday, Past, "L'an dernier, la croissance a été nulle.", "L'an dernier", "2024", Year},
		{thursday, Future, "L'année prochaine, le pays votera.", "L'année prochaine", "2026", Year},
		{thursday, Past, "Cette année, la récolte est faible.", "Cette année", "2025", Year},
		// Counts back and forward.
		{thursday, Past, "Il y a deux jours, le convoi a été attaqué.", "Il y a deux jours", "2025-03-11", Day},
		{thursday, Past, "Il a été libéré il y a trois semaines.", "il y a trois semaines", "2025-02-20", Week},
		{thursday, Past, "Il y a un mois, l'accord semblait proche.", "Il y a un mois", "2025-02", Month},
		{thursday, Past, "Il y a 10 ans, la Crimée était annexée.", "Il y a 10 ans", "2015", Year},
		{thursday, Future, "Les élections auront lieu dans deux jours.", "dans deux jours", "2025-03-15", Day},
		{thursday, Future, "Dans trois mois, la mission prendra fin.", "Dans trois mois", "2025-06", Month},
	} {
		got := Find(c.sentence, mustDate(t, c.published), c.tense)
		if len(got) != 1 {
			t.Errorf("%q (published %s): %d expressions %+v, want 1", c.sentence, c.published, len(got), got)
			continue
		}
		e := got[0]
		if e.Text != c.words || e.Value() != c.value || e.Precision != c.precision {
			t.Errorf("%q (published %s, %v): %q = %s (%v), want %q = %s (%v)",
				c.sentence, c.published, c.tense, e.Text, e.Value(), e.Precision, c.words, c.value, c.precision)
		}
		if c.sentence[e.Start:e.End] != e.Text {
			t.Errorf("%q: offsets %d-%d do not give %q", c.sentence, e.Start, e.End, e.Text)
		}
	}
}

// "hier" in a text published at half past midnight is the day before that
// day, read in the time zone the date was written with, not in UTC.
func TestThePublicationDayIsReadInItsOwnZone(t *testing.T) {
	paris := mustDate(t, "2025-03-14T00:30:00+01:00") // 23:30 on the 13th in UTC
	got := Find("Hier, le ministre a démissionné.", paris, Past)
	if len(got) != 1 || got[0].Value() != "2025-03-13" {
		t.Fatalf("hier at 00:30 on the 14th: %+v, want 2025-03-13", got)
	}
	if got := Find("hier", paris.UTC(), Past); len(got) != 1 || got[0].Value() != "2025-03-12" {
		t.Fatalf("the same instant written in UTC is the 13th, hier the 12th: %+v", got)
	}
}

// Words that look like dates but are not: a bare month name, counts of
// things, a day that does not exist.
func TestFindsNoDateWhereThereIsNone(t *testing.T) {
	pub := mustDate(t, "2025-03-13")
	for _, s := range []string{
		"La sonde a atteint Mars.",
		"Il y a deux ministres dans la salle.",
		"Dans deux pays, la loi a changé.",
		"Le 31 avril n'existe pas.",
		"Le 11e régiment a quitté la ville.",
		"Le score était de 3 à 2.",
		"Le taux est passé du 3 au 5 %.",
		"Entre le 3 et le 5, il faut choisir.",
		"Il a payé 2025 euros.",
		"Ce ministre a démissionné.",
	} {
		if got := Find(s, pub, Past); len(got) != 0 {
			t.Errorf("%q: %+v, want no time expression", s, got)
		}
	}
}

// A sentence may hold several expressions; each is found once, in order.
func TestFindsEveryExpressionInOrder(t *testing.T) {
	got := Find("Hier soir, après la réunion du 11 mars, il a annoncé qu'il partirait lundi prochain.",
		mustDate(t, "2025-03-13"), Past)
	var values []string
	for _, e := range got {
		values = append(values, e.Text+"="+e.Value())
	}
	want := []string{"Hier soir=2025-03-12", "11 mars=2025-03-11", "lundi prochain=2025-03-17"}
	if len(values) != len(want) {
		t.Fatalf("%v, want %v", values, want)
	}
	for i := range want {
		if values[i] != want[i] {
			t.Errorf("%v, want %v", values, want)
		}
	}
}

func TestParseDateRefusesWhatIsNotADate(t *testing.T) {
	for _, s := range []string{"2025-03-13", "2025-03-13T10:00:00Z", "2025-03-13T10:00:00+01:00", "2025-03-13T10:00"} {
		if _, err := ParseDate(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	if _, err := ParseDate("13 mars"); err == nil {
		t.Error(`"13 mars" parsed as a publication date`)
	}
}

func TestReadsTheDatelineAtTheHeadOfAText(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"PARIS, 14 mars 2025 (AFP) - Le gouvernement a démissionné jeudi.", "2025-03-14"},
		{"Publié le 03/01/2026 à 18h05\nMis à jour le 4 janvier 2026\nLe ministre a parlé.", "2026-01-03"},
		{"Par Jeanne Martin\nMis à jour le 1er février 2024\n\nTexte.", "2024-02-01"},
		{"KIEV (Ukraine), 2 février 2024 (Reuters) — Texte.", "2024-02-02"},
		{"Titre\n3 janvier 2026\nTexte.", "2026-01-03"},
		{"Publié le lundi 3 mars 2025 à 18h05 | Mis à jour le 4 mars 2025", "2025-03-03"},
	} {
		got, words, ok := Dateline(c.text)
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("%q: %v %q %v, want %s", c.text, got, words, ok, c.want)
		}
	}
	for _, text := range []string{
		"Le 14 mars, le gouvernement a démissionné.", // no year: not a dateline
		"Un titre\nUn chapeau\nUn paragraphe\nUn autre paragraphe\nLe 14 mars 2025, rien.",
		// A story that opens on an event's date is not dated by it.
		"Le 14 mars 2025, le gouvernement a démissionné.",
		"Emmanuel Macron a rencontré Olaf Scholz le 11 mars 2025.",
		"Paris, 14 mars 2025. Le gouvernement a démissionné.",
	} {
		if got, words, ok := Dateline(text); ok {
			t.Errorf("%q: dateline %v (%q), want none", text, got, words)
		}
	}
}
