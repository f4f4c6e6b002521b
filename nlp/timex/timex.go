// Package timex finds the time expressions of French text ("jeudi soir",
// "hier", "le 11 mars", "en février", "la semaine prochaine", "il y a deux
// jours", "dans la nuit de mardi à mercredi") and resolves them against the
// date a text was published, into the period they mean and how precisely
// (a day, a week, a month, a year).
//
// It reads words, not trees: an expression is a short run of words that
// means a date wherever it stands. It does not decide which event an
// expression dates (that is the extractor's choice), and it leaves out what
// only a story can resolve: "la veille", "le lendemain", "ce jour-là" refer
// to another event, not to the publication.
package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Precision is how much of a date an expression gives.
type Precision int

// Precisions, finest first.
const (
	Day Precision = iota + 1
	Week
	Month
	Year
)

func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return fmt.Sprintf("Precision(%d)", int(p))
}

// Tense says which way a bare expression points when it could point both
// ways: "jeudi" in "ils se sont rencontrés jeudi" is the Thursday before
// publication, in "ils se rencontreront jeudi" the one after.
type Tense int

// Tenses. Unknown resolves as Past, the tense of news.
const (
	Unknown Tense = iota
	Past
	Future
)

// Expression is a time expression found in a text and the period it means.
type Expression struct {
	Start, End int    // byte offsets in the text
	Text       string // the words, as written
	// From is the first day of the period, To the day after its last, both
	// at midnight in the publication's time zone.
	From, To  time.Time
	Precision Precision
}

// Value is the period in ISO 8601: "2025-03-11", "2025-03", "2025", a week
// or a range of days as "2025-03-10/2025-03-16" (both days included).
func (e Expression) Value() string {
	last := e.To.AddDate(0, 0, -1)
	switch {
	case e.Precision == Year:
		return e.From.Format("2006")
	case e.Precision == Month:
		return e.From.Format("2006-01")
	case last.Equal(e.From):
		return e.From.Format("2006-01-02")
	}
	return e.From.Format("2006-01-02") + "/" + last.Format("2006-01-02")
}

// Find returns the time expressions of text, in order, resolved against the
// publication time published (its date is read in its own time zone: an
// article stamped 00:30 in Paris was published on that Paris day). tense
// orients bare weekdays, dates without a year and months.
func Find(text string, published time.Time, tense Tense) []Expression {
	r := resolver{text: text, pub: dayOf(published), tense: tense}
	ws := words(text)
	var out []Expression
	for i := 0; i < len(ws); {
		n, from, to, prec := r.match(ws[i:])
		if n == 0 {
			i++
			continue
		}
		start, end := ws[i].start, ws[i+n-1].end
		out = append(out, Expression{Start: start, End: end, Text: text[start:end], From: from, To: to, Precision: prec})
		i += n
	}
	return out
}

// ParseDate reads a publication date as JSON Lines, HTML metadata and
// feeds write it: RFC 3339 with or without seconds or zone, or a bare
// "2006-01-02".
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want 2006-01-02 or RFC 3339)", s)
}

// word is a word of the text, lower-cased and without accents, with its
// byte span.
type word struct {
	key        string
	start, end int
}

// words splits text into words at everything but letters and digits, so
// that "l'an", "avant-hier" and "mi-mars" are two words each, as the
// patterns spell them.
func words(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, word{key: fold(text[start:i]), start: start, end: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{key: fold(text[start:]), start: start, end: len(text)})
	}
	return out
}

var accents = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "î", "i", "ï", "i",
	"ô", "o", "û", "u", "ù", "u", "ü", "u", "ç", "c")

func fold(s string) string {
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return accents.Replace(s)
		}
	}
	return s
}

var weekdays = map[string]time.Weekday{"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
	"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday}

var months = map[string]time.Month{"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}

// Parts of the day that may follow a weekday or "ce": "jeudi soir", "ce matin".
var dayParts = map[string]bool{"matin": true, "soir": true, "midi": true, "apres": true, "soiree": true, "matinee": true, "nuit": true}

var numberWords = map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
	"sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30}

// units are the lengths "il y a" and "dans" count in.
var units = map[string]Precision{"jour": Day, "jours": Day, "semaine": Week, "semaines": Week,
	"mois": Month, "an": Year, "ans": Year, "annee": Year, "annees": Year}

var (
	lastWords = map[string]bool{"dernier": true, "derniere": true, "passe": true, "passee": true}
	nextWords = map[string]bool{"prochain": true, "prochaine": true, "suivant": true}
)

type resolver struct {
	text  string
	pub   time.Time // midnight of the publication day, in its zone
	tense Tense
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func date(y int, m time.Month, d int, loc *time.Location) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// match tries the patterns at the start of ws, the longest first, and
// returns how many words matched and the period they mean.
func (r resolver) match(ws []word) (n int, from, to time.Time, prec Precision) {
	at := func(i int) string {
		if i < len(ws) {
			return ws[i].key
		}
		return ""
	}
	oneDay := func(d time.Time) (time.Time, time.Time, Precision) { return d, d.AddDate(0, 0, 1), Day }

	switch w := at(0); {
	// "dans la nuit de mardi à mercredi": the night begins on the first day.
	case w == "nuit" && at(1) == "de" && isWeekday(at(2)) && at(3) == "a" && isWeekday(at(4)):
		from, to, prec = oneDay(r.weekday(weekdays[at(2)], ""))
		return 5, from, to, prec

	// "il y a deux jours", "il y a un mois".
	case w == "il" && at(1) == "y" && at(2) == "a":
		if k, ok := count(at(3)); ok {
			if u, ok := units[at(4)]; ok {
				from, to, prec = r.shift(-k, u)
				return 5, from, to, prec
			}
		}

	// "dans trois jours", "dans deux semaines".
	case w == "dans":
		if k, ok := count(at(1)); ok {
			if u, ok := units[at(2)]; ok {
				from, to, prec = r.shift(k, u)
				return 3, from, to, prec
			}
		}

	case w == "hier":
		from, to, prec = oneDay(r.pub.AddDate(0, 0, -1))
		return 1 + partOfDay(at(1), at(2)), from, to, prec
	case w == "avant" && at(1) == "hier":
		from, to, prec = oneDay(r.pub.AddDate(0, 0, -2))
		return 2, from, to, prec
	case w == "aujourd" && at(1) == "hui":
		from, to, prec = oneDay(r.pub)
		return 2, from, to, prec
	case w == "demain":
		from, to, prec = oneDay(r.pub.AddDate(0, 0, 1))
		return 1 + partOfDay(at(1), at(2)), from, to, prec
	case w == "apres" && at(1) == "demain":
		from, to, prec = oneDay(r.pub.AddDate(0, 0, 2))
		return 2, from, to, prec

	// "ce matin", "ce soir", "cette nuit", "cet après-midi".
	case (w == "ce" || w == "cet" || w == "cette") && dayParts[at(1)]:
		n = 2
		if at(1) == "apres" && at(2) == "midi" {
			n = 3
		}
		from, to, prec = oneDay(r.pub)
		return n, from, to, prec

	// "cette semaine", "ce mois-ci", "cette année".
	case (w == "ce" || w == "cette") && (at(1) == "semaine" || at(1) == "mois" || at(1) == "annee"):
		n = 2
		if at(2) == "ci" {
			n = 3
		}
		from, to, prec = r.period(at(1), 0)
		return n, from, to, prec

	// "la semaine dernière", "le mois prochain", "l'an dernier", "l'année passée".
	case (w == "la" || w == "le" || w == "l") && (at(1) == "semaine" || at(1) == "mois" || at(1) == "an" || at(1) == "annee") && (lastWords[at(2)] || nextWords[at(2)]):
		step := 1
		if lastWords[at(2)] {
			step = -1
		}
		from, to, prec = r.period(at(1), step)
		return 3, from, to, prec

	// A range of days: "du 3 au 5 mars (2025)", "du 28 février au 2 mars",
	// "entre le 10 et le 12 mars".
	case w == "du" || w == "entre":
		if n, from, to, ok := r.dayRange(ws); ok {
			return n, from, to, Day
		}

	// "en février (2025)", "début mars", "fin mars", "mi-mars", "courant avril".
	case (w == "en" || w == "debut" || w == "fin" || w == "mi" || w == "courant") && isMonth(at(1)):
		from, to, prec, n = r.month(ws, 1)
		return n, from, to, prec

	// "au début de mars", "à la fin du mois de février".
	case (w == "debut" || w == "fin") && at(1) == "de" && isMonth(at(2)):
		from, to, prec, n = r.month(ws, 2)
		return n, from, to, prec

	// "en 2024".
	case w == "en" && isYear(at(1)):
		y, _ := strconv.Atoi(at(1))
		from := date(y, 1, 1, r.pub.Location())
		return 2, from, from.AddDate(1, 0, 0), Year
	}

	w := at(0)
	// A weekday, its part of the day, "dernier"/"prochain", and a date after it:
	// "jeudi", "jeudi soir", "lundi dernier", "mardi 11 mars".
	if isWeekday(w) {
		if isDay(at(1)) && isMonth(at(2)) {
			if from, to, prec, k := r.dayMonth(ws, 1); k > 0 {
				return 1 + k, from, to, prec
			}
		}
		i := 1 + partOfDay(at(1), at(2))
		dir := ""
		if lastWords[at(i)] || nextWords[at(i)] {
			dir = at(i)
			i++
		}
		from, to, prec = oneDay(r.weekday(weekdays[w], dir))
		return i, from, to, prec
	}
	// "le 11 mars (2025)", "11 mars", "1er avril".
	start := 0
	if w == "le" {
		start = 1
	}
	if isDay(at(start)) && isMonth(at(start+1)) {
		if from, to, prec, k := r.dayMonth(ws, start); k > 0 {
			return start + k, from, to, prec
		}
	}
	// "février dernier", "mars prochain", "mars 2025".
	if isMonth(w) && (lastWords[at(1)] || nextWords[at(1)] || isYear(at(1))) {
		from, to, prec, n = r.month(ws, 0)
		return n, from, to, prec
	}
	// "11/03/2025", "11.03.2025".
	if d, m, y, ok := r.numeric(ws); ok {
		if from, to, ok := validRange(y, time.Month(m), d, d, r.pub.Location()); ok {
			return 3, from, to, Day
		}
	}
	return 0, time.Time{}, time.Time{}, 0
}

// dayMonth reads "11 mars (2025)" at ws[i:], returning how many words it
// took from i.
func (r resolver) dayMonth(ws []word, i int) (from, to time.Time, prec Precision, n int) {
	d, _ := dayNumber(ws[i].key)
	m := months[ws[i+1].key]
	n = 2
	next := ""
	if i+2 < len(ws) {
		next = ws[i+2].key
	}
	var y int
	switch {
	case isYear(next):
		y, _ = strconv.Atoi(next)
		n = 3
	case lastWords[next]: // "le 2 mars dernier"
		y = resolver{pub: r.pub, tense: Past}.yearFor(m, d)
		n = 3
	case nextWords[next]:
		y = resolver{pub: r.pub, tense: Future}.yearFor(m, d)
		n = 3
	default:
		y = r.yearFor(m, d)
	}
	from, to, ok := validRange(y, m, d, d, r.pub.Location())
	if !ok {
		return time.Time{}, time.Time{}, 0, 0
	}
	return from, to, Day, n
}

// dayRange reads a range of days at the start of ws, "du D1 [M1] au D2 M2
// [YEAR]", "entre le D1 [M1] et le D2 M2 [YEAR]" or between two weekdays
// ("du lundi au mercredi", "entre lundi et mercredi"), and returns how
// many words it took. A year, written or resolved, is the first day's, except
// that a written year after a range across New Year ("du 29 décembre au 2
// janvier 2026") is the last day's.
func (r resolver) dayRange(ws []word) (n int, from, to time.Time, ok bool) {
	at := func(i int) string {
		if i < len(ws) {
			return ws[i].key
		}
		return ""
	}
	i, link, article := 1, "au", false
	if at(0) == "entre" {
		link = "et"
	}
	// "du lundi au mercredi", "entre lundi et mercredi".
	if isWeekday(at(1)) && at(2) == link && isWeekday(at(3)) {
		from, to = r.weekdays(weekdays[at(1)], weekdays[at(3)])
		return 4, from, to, true
	}
	if at(0) == "entre" {
		if at(1) != "le" {
			return 0, from, to, false
		}
		i, article = 2, true
	}
	d1, ok := dayNumber(at(i))
	if !ok {
		return 0, from, to, false
	}
	i++
	var m1 time.Month
	if isMonth(at(i)) {
		m1 = months[at(i)]
		i++
	}
	if at(i) != link {
		return 0, from, to, false
	}
	i++
	if article {
		if at(i) != "le" {
			return 0, from, to, false
		}
		i++
	}
	d2, ok := dayNumber(at(i))
	if !ok || !isMonth(at(i+1)) {
		return 0, from, to, false
	}
	m2 := months[at(i+1)]
	i += 2
	if m1 == 0 {
		m1 = m2
	}
	y1, written := r.yearOf(at(i))
	switch {
	case written:
		i++
		if m1 > m2 {
			y1--
		}
	default:
		y1 = r.yearFor(m1, d1)
	}
	y2 := y1
	if m2 < m1 {
		y2++
	}
	loc := r.pub.Location()
	from, last := date(y1, m1, d1, loc), date(y2, m2, d2, loc)
	if from.Day() != d1 || last.Day() != d2 || last.Before(from) { // 31 avril rolls over: not a date
		return 0, from, to, false
	}
	return i, from, last.AddDate(0, 0, 1), true
}

// month reads a month at ws[i], with the word before it (en, début, fin,
// mi, courant) when i is 1, and a year or "dernier"/"prochain" after it.
func (r resolver) month(ws []word, i int) (from, to time.Time, prec Precision, n int) {
	m := months[ws[i].key]
	n = i + 1
	var y int
	switch next := ""; {
	case i+1 < len(ws) && isYear(ws[i+1].key):
		y, _ = strconv.Atoi(ws[i+1].key)
		n++
	default:
		if i+1 < len(ws) {
			next = ws[i+1].key
		}
		switch {
		case lastWords[next]: // "mars dernier": the latest March begun by then
			y = resolver{pub: r.pub, tense: Past}.yearFor(m, 0)
			n++
		case nextWords[next]:
			y = r.pub.Year()
			if m <= r.pub.Month() {
				y++
			}
			n++
		default:
			y = r.yearFor(m, 0)
		}
	}
	from = date(y, m, 1, r.pub.Location())
	return from, from.AddDate(0, 1, 0), Month, n
}

// yearFor is the year of day d of month m (or of month m, when d is 0):
// with Past, the latest such date on or before the publication; with
// Future, the earliest on or after it; with Unknown, the nearest. So "le 28
// décembre" in a text of 3 January is last year's, and "en février" there is
// next month with Future and last February with Past.
func (r resolver) yearFor(m time.Month, d int) int {
	key := func(y int) int { return y*10000 + int(m)*100 + d }
	pub := r.pub.Year()*10000 + int(r.pub.Month())*100 + r.pub.Day()
	if d == 0 {
		pub = r.pub.Year()*10000 + int(r.pub.Month())*100
	}
	years := []int{r.pub.Year() - 1, r.pub.Year(), r.pub.Year() + 1}
	switch r.tense {
	case Past:
		for i := len(years) - 1; i >= 0; i-- {
			if key(years[i]) <= pub {
				return years[i]
			}
		}
	case Future:
		for _, y := range years {
			if key(y) >= pub {
				return y
			}
		}
	}
	best, bestDist := r.pub.Year(), time.Duration(1<<62)
	for _, y := range years {
		dist := date(y, m, max(d, 15), r.pub.Location()).Sub(r.pub)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// weekday resolves a weekday: "lundi dernier" is the Monday before the
// publication day, "lundi prochain" the one after, and a bare "lundi" the
// nearest Monday on the tense's side, the publication day included.
func (r resolver) weekday(wd time.Weekday, dir string) time.Time {
	diff := int(wd - r.pub.Weekday()) // -6..6
	switch {
	case lastWords[dir]:
		back := (7 - diff) % 7
		if back == 0 {
			back = 7
		}
		return r.pub.AddDate(0, 0, -back)
	case nextWords[dir]:
		fwd := (diff + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return r.pub.AddDate(0, 0, fwd)
	case r.tense == Future:
		return r.pub.AddDate(0, 0, (diff+7)%7)
	}
	return r.pub.AddDate(0, 0, -((7 - diff) % 7))
}

// weekdays resolves a range of weekdays, "du lundi au mercredi": with
// Future, from the first such day on or after the publication; else up to
// the last such end on or before it, so that the whole range is past.
func (r resolver) weekdays(first, last time.Weekday) (from, to time.Time) {
	span := (int(last-first) + 7) % 7
	if r.tense == Future {
		from = r.weekday(first, "")
	} else {
		from = r.weekday(last, "").AddDate(0, 0, -span)
	}
	return from, from.AddDate(0, 0, span+1)
}

// period is the week (Monday to Sunday), month or year of the publication,
// moved by step of them.
func (r resolver) period(unit string, step int) (from, to time.Time, prec Precision) {
	switch unit {
	case "semaine":
		monday := r.pub.AddDate(0, 0, -((int(r.pub.Weekday()) + 6) % 7))
		from = monday.AddDate(0, 0, 7*step)
		return from, from.AddDate(0, 0, 7), Week
	case "mois":
		from = date(r.pub.Year(), r.pub.Month(), 1, r.pub.Location()).AddDate(0, step, 0)
		return from, from.AddDate(0, 1, 0), Month
	}
	from = date(r.pub.Year()+step, 1, 1, r.pub.Location())
	return from, from.AddDate(1, 0, 0), Year
}

// shift is the day, week, month or year k units from the publication.
func (r resolver) shift(k int, u Precision) (from, to time.Time, prec Precision) {
	switch u {
	case Day:
		from = r.pub.AddDate(0, 0, k)
		return from, from.AddDate(0, 0, 1), Day
	case Week:
		// "il y a deux semaines" names a day roughly, not a calendar week.
		from = r.pub.AddDate(0, 0, 7*k)
		return from, from.AddDate(0, 0, 1), Week
	case Month:
		from = date(r.pub.Year(), r.pub.Month(), 1, r.pub.Location()).AddDate(0, k, 0)
		return from, from.AddDate(0, 1, 0), Month
	}
	from = date(r.pub.Year()+k, 1, 1, r.pub.Location())
	return from, from.AddDate(1, 0, 0), Year
}

func (r resolver) yearOf(w string) (int, bool) {
	if isYear(w) {
		y, _ := strconv.Atoi(w)
		return y, true
	}
	return 0, false
}

func validRange(y int, m time.Month, d1, d2 int, loc *time.Location) (from, to time.Time, ok bool) {
	if m < 1 || m > 12 || d1 < 1 || d2 < d1 {
		return time.Time{}, time.Time{}, false
	}
	from = date(y, m, d1, loc)
	last := date(y, m, d2, loc)
	if from.Day() != d1 || last.Day() != d2 { // 31 avril rolls over: not a date
		return time.Time{}, time.Time{}, false
	}
	return from, last.AddDate(0, 0, 1), true
}

// partOfDay is how many words of "soir", "matin", "après-midi" follow a day.
func partOfDay(w, next string) int {
	switch {
	case w == "apres" && next == "midi":
		return 2
	case dayParts[w] && w != "apres":
		return 1
	}
	return 0
}

func isWeekday(w string) bool { _, ok := weekdays[w]; return ok }
func isMonth(w string) bool   { _, ok := months[w]; return ok }
func isDay(w string) bool     { _, ok := dayNumber(w); return ok }

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1900 && y <= 2100
}

// dayNumber reads a day of the month: "11", "1er".
func dayNumber(w string) (int, bool) {
	w = strings.TrimSuffix(w, "er")
	d, err := strconv.Atoi(w)
	return d, err == nil && d >= 1 && d <= 31 && len(w) <= 2
}

// count reads a small count, in digits or in words.
func count(w string) (int, bool) {
	if k, ok := numberWords[w]; ok {
		return k, true
	}
	k, err := strconv.Atoi(w)
	return k, err == nil && k > 0 && k < 1000
}

// numeric reads "11/03/2025" or "11.03.2025" (three words between which
// stands one slash, or one dot).
func (r resolver) numeric(ws []word) (d, m, y int, ok bool) {
	if len(ws) < 3 || !isYear(ws[2].key) {
		return 0, 0, 0, false
	}
	sep1, sep2 := r.text[ws[0].end:ws[1].start], r.text[ws[1].end:ws[2].start]
	if sep1 != sep2 || (sep1 != "/" && sep1 != ".") {
		return 0, 0, 0, false
	}
	d, err1 := strconv.Atoi(ws[0].key)
	m, err2 := strconv.Atoi(ws[1].key)
	y, _ = strconv.Atoi(ws[2].key)
	return d, m, y, err1 == nil && err2 == nil && len(ws[0].key) <= 2 && len(ws[1].key) <= 2
}

// Dateline finds the publication date that a news text states at its head:
// "PARIS, 14 mars 2025 (AFP) -", "Publié le 14/03/2025 à 18h05", "Mis à
// jour le 3 janvier 2026". Only a full date with its year counts, in the
// first lines of the text, standing as a dateline stands (see isDateline):
// "Le 11 mars 2025, les dirigeants se sont réunis" opens a story with the
// date of an event. The words that gave it are returned with it.
func Dateline(text string) (time.Time, string, bool) {
	head := text
	lines := 0
	for i := 0; i < len(head); i++ {
		if head[i] == '\n' {
			if lines++; lines == 4 {
				head = head[:i]
				break
			}
		}
	}
	if len(head) > 400 {
		head = head[:400]
	}
	for _, e := range Find(head, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), Unknown) {
		if e.Precision == Day && e.To.Sub(e.From) == 24*time.Hour && hasYear(e.Text) && isDateline(head, e.Start, e.End) {
			return e.From, e.Text, true
		}
	}
	return time.Time{}, "", false
}

// isDateline reports whether the date at text[start:end] stands as a
// dateline: alone at the head of its line, after a place in capitals and a
// comma ("PARIS,"), or after "publié le", "mis à jour le" and their kin;
// and followed by nothing, a time ("à 18h05"), an agency in brackets or a
// dash.
func isDateline(text string, start, end int) bool {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lineEnd := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		lineEnd = end + i
	}
	before := strings.TrimSpace(text[lineStart:start])
	after := strings.TrimSpace(text[end:lineEnd])
	lead := strings.TrimRight(fold(before), " :")
	led := before == "" || isPlaceInCapitals(before)
	for _, w := range datelineLeads {
		led = led || strings.HasSuffix(lead, w)
	}
	if !led {
		return false
	}
	if after == "" || strings.HasPrefix(after, "à ") || strings.HasPrefix(after, "a ") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("(-–—|•/", r)
}

// datelineLeads end the words that may stand before a publication date,
// folded.
var datelineLeads = []string{"publie le", "publie", "mis a jour le", "mis a jour", "mise a jour le", "mise a jour",
	"modifie le", "actualise le", "publie dans", "date"}

// isPlaceInCapitals reports whether s is a place as datelines write it,
// in capitals and followed by a comma: "PARIS,", "LE CAIRE,", "KIEV
// (Ukraine),".
func isPlaceInCapitals(s string) bool {
	place, ok := strings.CutSuffix(s, ",")
	if !ok || place == "" {
		return false
	}
	if i := strings.IndexByte(place, '('); i > 0 {
		place = strings.TrimSpace(place[:i])
	}
	letters := 0
	for _, r := range place {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			return false
		}
	}
	return letters >= 2
}

func hasYear(s string) bool {
	for _, w := range words(s) {
		if isYear(w.key) {
			return true
		}
	}
	return false
}
