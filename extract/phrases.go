package extract

import (
	"strings"

	frcues "github.com/newskg/newskg/extract/fr"
	"github.com/newskg/newskg/schema"
)

// Readers of noun phrases that state a relation without a verb: a
// nationality beside a name, a place beside its country, the head of an
// organization. Each reads one construction over the sentence's mentions
// once they are all found; none changes a mention.

// nounPhrases runs the noun-phrase readers over a sentence.
func (d *docState) nounPhrases(s *sentence) {
	for i := range s.toks {
		if !s.toks[i].word || s.mentionAt[i] >= 0 {
			continue
		}
		d.nationalityBeforeName(s, i)
		d.nationalNoun(s, i)
		d.placeOfNationality(s, i)
		d.nationalityPhrase(s, i)
		d.ledFor(s, i)
		d.appointment(s, i)
		d.headOf(s, i)
		d.atRequestOf(s, i)
	}
	for idx := range s.mentions {
		d.placeInCountry(s, idx)
		d.peopleNamed(s, idx)
		d.proposalAuthor(s, idx)
	}
}

// person returns the named person whose mention starts at token k, or "".
func (d *docState) personAt(s *sentence, k int) string {
	if k < 0 || k >= len(s.toks) || s.mentionAt[k] < 0 {
		return ""
	}
	m := s.mentions[s.mentionAt[k]]
	if m.first != k || m.typ != schema.Person || m.nominal {
		return ""
	}
	return m.key
}

// nationalities returns the countries a nationality adjective names:
// "iranienne" is Iran, "franco-algérien" is France and Algeria.
func (d *docState) nationalities(word string) []string {
	if c := d.r.gaz.Demonym(word); c != nil {
		return []string{d.fromGazetteer(c, "")}
	}
	prefix, rest, ok := strings.Cut(strings.ToLower(word), "-")
	if !ok {
		return nil
	}
	first, known := frcues.NationalityPrefixes[prefix]
	a, b := d.r.gaz.Demonym(first), d.r.gaz.Demonym(rest)
	if !known || a == nil || b == nil {
		return nil
	}
	return []string{d.fromGazetteer(a, ""), d.fromGazetteer(b, "")}
}

// nationalityBeforeName reads "l'étudiante iranienne Mahdieh Esfandiari",
// "l'écrivain franco-algérien X": a common noun, a nationality, a name.
// Titles are the role phrases' business ("le président russe X" leads).
func (d *docState) nationalityBeforeName(s *sentence, i int) {
	if i == 0 || s.toks[i].capitalized() {
		return
	}
	person := d.personAt(s, i+1)
	if person == "" {
		return
	}
	if _, title := frcues.Titles[s.folded[i-1]]; title || s.word(i-1).UPOS != "NOUN" || s.mentionAt[i-1] >= 0 {
		return
	}
	for _, c := range d.nationalities(s.toks[i].text) {
		d.statePhrase(s, person, schema.CitizenOf, c, i-1, i+2)
	}
}

// nationalNoun reads "le Russe Alexander Vinnik", "un Américain, Marc
// Fogel": a nationality noun, then the person it names.
func (d *docState) nationalNoun(s *sentence, i int) {
	p := prevWord(s, i, false)
	if !s.toks[i].capitalized() || p < 0 || !frcues.Articles[s.folded[p]] || s.folded[p] == "les" {
		return
	}
	c := d.r.gaz.Demonym(s.toks[i].text)
	k := i + 1
	if k < len(s.toks) && s.toks[k].text == "," {
		k++
	}
	if person := d.personAt(s, k); c != nil && person != "" {
		d.statePhrase(s, person, schema.CitizenOf, d.fromGazetteer(c, ""), p, s.mentions[s.mentionAt[k]].last)
	}
}

// placeOfNationality reads "la région russe de Koursk", "la ville
// slovaque Košice": a place noun, a nationality, the place it is in.
func (d *docState) placeOfNationality(s *sentence, i int) {
	p := prevWord(s, i, false)
	if s.toks[i].capitalized() || p < 0 || !frcues.PlaceNouns[s.folded[p]] {
		return
	}
	c := d.r.gaz.Demonym(s.toks[i].text)
	k := i + 1
	if k < len(s.toks) && (s.folded[k] == "de" || s.folded[k] == "d") {
		k++
	}
	if c == nil || k >= len(s.toks) || s.mentionAt[k] < 0 {
		return
	}
	if m := s.mentions[s.mentionAt[k]]; m.typ == schema.Place && m.first == k && !m.nominal {
		d.statePhrase(s, m.key, schema.LocatedIn, d.fromGazetteer(c, ""), p, m.last)
	}
}

// ledFor reads "la délégation, dirigée par Ana Silva pour le Portugal":
// who leads a body for a country works for it.
func (d *docState) ledFor(s *sentence, i int) {
	if !frcues.BodyParticiples[s.folded[i]] || i+1 >= len(s.toks) || s.folded[i+1] != "par" {
		return
	}
	agents := d.agentsAfter(s, i+1)
	if len(agents) == 0 {
		return
	}
	k := agents[len(agents)-1].last
	if k >= len(s.toks) || s.folded[k] != "pour" {
		return
	}
	for k++; k < len(s.toks) && frcues.Articles[s.folded[k]]; k++ {
	}
	if k >= len(s.toks) || s.mentionAt[k] < 0 {
		return
	}
	country := s.mentions[s.mentionAt[k]]
	if country.typ != schema.Country {
		return
	}
	for _, a := range agents {
		if a.typ == schema.Person {
			d.statePhrase(s, a.key, schema.WorksFor, country.key, i, country.last)
		}
	}
}

// appointment reads "la nomination de X au poste de directeur général",
// "X a été nommé ministre de la Défense", "Nestlé a nommé X directeur
// général": X holds the title, of what the title names or else of the
// actor that appoints, the subject of the clause ("Nestlé a annoncé la
// nomination de X"). A past or planned appointment is the clause's
// business: only an asserted clause states the role.
func (d *docState) appointment(s *sentence, i int) {
	if !frcues.AppointmentWords[s.folded[i]] {
		return
	}
	n := len(s.toks)
	noun := s.word(i).UPOS == "NOUN"
	person, k := "", i+1
	switch {
	case noun && k+1 < n && frcues.Of[s.folded[k]] && d.personAt(s, k+1) != "": // "la nomination de X"
		person, k = d.personAt(s, k+1), s.mentions[s.mentionAt[k+1]].last
	case !noun && d.personAt(s, k) != "": // "a nommé X directeur"
		person, k = d.personAt(s, k), s.mentions[s.mentionAt[k]].last
	case !noun: // "X a été nommé directeur"
		for _, c := range s.dependents(i, "nsubj") {
			if ss := d.actorsAt(s, c, isActor); len(ss) == 1 && ss[0].typ == schema.Person {
				person = ss[0].key
			}
		}
	}
	for k < n && frcues.PostWords[s.folded[k]] {
		k++
	}
	rel, end := longestTitle(s, k)
	if person == "" || end < 0 {
		return
	}
	of := d.titleOf(s, end, k, rel.Predicate)
	h := i // the clause: the verb, or the verb whose object the noun is
	if noun {
		if h = s.head(i); h < 0 {
			return
		}
	}
	org := of.target
	if org == "" {
		for _, a := range d.treeSubjects(s, h) {
			if a.typ == schema.Organization || a.typ == schema.Country {
				org = a.key
			}
		}
	}
	if org == "" || org == person || !titleFits(of.predicate, d.typeOf(org)) {
		return
	}
	c := cautious(d.treeClause(s, h), d.readClause(s, h, true))
	if c.skip || c.polarity == schema.Negative || c.modality != schema.Asserted {
		return
	}
	d.statePhrase(s, person, of.predicate, org, i, max(of.end, end))
}

// nationalityPhrase reads "X, de nationalité suisse et autrichienne".
func (d *docState) nationalityPhrase(s *sentence, i int) {
	if s.folded[i] != "nationalite" || i < 3 || s.folded[i-1] != "de" || s.toks[i-2].text != "," {
		return
	}
	idx := s.mentionAt[i-3]
	if idx < 0 || s.mentions[idx].typ != schema.Person || s.mentions[idx].nominal {
		return
	}
	for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
		cs := d.nationalities(s.toks[k].text)
		if cs == nil && s.folded[k] != "et" {
			return
		}
		for _, c := range cs {
			d.statePhrase(s, s.mentions[idx].key, schema.CitizenOf, c, i-1, k+1)
		}
	}
}

// peopleNamed reads "les deux Français détenus en Iran, Cécile Kohler et
// Jacques Paris": people named by their nationality, then by name.
func (d *docState) peopleNamed(s *sentence, idx int) {
	m := s.mentions[idx]
	if !m.nominal || m.last-m.first != 1 || !s.toks[m.first].capitalized() || m.typ != schema.Country {
		return
	}
	for k := m.last; k < len(s.toks) && k <= m.last+10; k++ {
		if s.toks[k].text != "," {
			if u := s.word(k).UPOS; u == "AUX" || u == "VERB" && s.word(k).Feat("VerbForm") == "Fin" {
				return
			}
			if j := s.mentionAt[k]; j >= 0 {
				if s.mentions[j].typ == schema.Person {
					return
				}
				k = s.mentions[j].last - 1 // "détenus en Iran"
			}
			continue
		}
		j := k + 1
		for {
			p := d.personAt(s, j)
			if p == "" {
				return
			}
			j = s.mentions[s.mentionAt[j]].last
			d.statePhrase(s, p, schema.CitizenOf, m.key, m.first, j)
			if j >= len(s.toks) || s.folded[j] != "et" {
				return
			}
			j++
		}
	}
}

// placeInCountry reads a place and the country or region after it: "à
// Mombasa, au Kenya", "à Braga (Portugal)", "à Sokal, dans la région de
// Lviv", "Sokal, une ville du nord de l'Ukraine", "à Lausanne en Suisse".
func (d *docState) placeInCountry(s *sentence, idx int) {
	m := s.mentions[idx]
	if m.typ != schema.Place || m.nominal {
		return
	}
	n := len(s.toks)
	k := m.last
	if k+1 >= n {
		return
	}
	switch {
	case s.toks[k].text == "," || s.toks[k].text == "(":
		k++
	case m.first > 0 && s.folded[m.first-1] == "a" && frcues.CountryPrepositions[s.folded[k]]:
		// "à Lausanne en Suisse": the place where, then the country
		if j := s.mentionAt[k+1]; j >= 0 && s.mentions[j].first == k+1 && !s.mentions[j].nominal &&
			(s.mentions[j].typ == schema.Country || s.mentions[j].typ == schema.Place) {
			d.statePhrase(s, m.key, schema.LocatedIn, s.mentions[j].key, m.first, s.mentions[j].last)
		}
		return
	default:
		return
	}
	for k < n && k <= m.last+6 {
		if j := s.mentionAt[k]; j >= 0 {
			o := s.mentions[j]
			if (o.typ == schema.Country || o.typ == schema.Place) && !o.nominal {
				d.statePhrase(s, m.key, schema.LocatedIn, o.key, m.first, o.last)
			}
			return
		}
		w := s.folded[k]
		if !(frcues.Articles[w] || frcues.PlaceLinks[w] || frcues.PlaceNouns[w]) {
			return
		}
		k++
	}
}

// headOf reads "X, à la tête du Conseil de sécurité ukrainien": X leads
// what follows, an organization named or the country of a nationality.
func (d *docState) headOf(s *sentence, i int) {
	if s.folded[i] != "tete" || i < 4 || s.folded[i-1] != "la" || s.folded[i-2] != "a" || s.toks[i-3].text != "," {
		return
	}
	person := ""
	if idx := s.mentionAt[i-4]; idx >= 0 && s.mentions[idx].typ == schema.Person && !s.mentions[idx].nominal {
		person = s.mentions[idx].key
	}
	if person == "" || i+1 >= len(s.toks) {
		return
	}
	if !frcues.Of[s.folded[i+1]] {
		return
	}
	for k := i + 2; k < len(s.toks) && k <= i+8; k++ {
		if j := s.mentionAt[k]; j >= 0 {
			o := s.mentions[j]
			switch {
			case o.nominal && o.typ == schema.Country:
				// "à la tête de la délégation américaine" leads the delegation
				d.statePhrase(s, person, schema.WorksFor, o.key, i-2, o.last)
			case o.typ == schema.Organization || o.typ == schema.Country:
				d.statePhrase(s, person, schema.LeaderOf, o.key, i-2, o.last)
			}
			return
		}
		if cs := d.nationalities(s.toks[k].text); len(cs) == 1 && !s.toks[k].capitalized() {
			d.statePhrase(s, person, schema.WorksFor, cs[0], i-2, k+1)
			return
		}
		if !s.toks[k].word {
			return
		}
	}
}

// statePhrase states what a noun phrase over tokens [first, last) says.
func (d *docState) statePhrase(s *sentence, subj string, p schema.Predicate, obj string, first, last int) {
	d.state(schema.Statement{Subject: subj, Predicate: p, Object: obj, Sentence: s.index,
		EvidenceStart: s.toks[first].start, EvidenceEnd: s.toks[last-1].end})
}

// proposalAuthor reads who made a proposal named by a concept: "le plan de
// paix de Lula", "le plan des États-Unis", "le plan américain", "le plan
// présenté par X". Naming a proposal as someone's says they proposed it,
// whatever the clause around it does with it ("Kiev rejette le plan de X").
func (d *docState) proposalAuthor(s *sentence, idx int) {
	m := s.mentions[idx]
	if m.typ != schema.Concept || !d.namesProposal(s, m) {
		return
	}
	n := len(s.toks)
	for k := m.first; k < n && k <= m.last; k++ {
		if s.mentionAt[k] >= 0 && s.mentionAt[k] != idx || s.toks[k].capitalized() {
			break
		}
		if c := d.r.gaz.Demonym(s.toks[k].text); c != nil {
			d.statePhrase(s, d.fromGazetteer(c, ""), schema.Proposed, m.key, m.first, k+1)
			return
		}
	}
	k := m.last
	if k+1 < n && frcues.AuthorshipParticiples[s.folded[k]] && s.folded[k+1] == "par" {
		for _, a := range d.agentsAfter(s, k+1) {
			d.statePhrase(s, a.key, schema.Proposed, m.key, m.first, a.last)
		}
		return
	}
	if k >= n || !frcues.Of[s.folded[k]] {
		return
	}
	for k++; k < n && frcues.Articles[s.folded[k]]; k++ {
	}
	if k < n && s.mentionAt[k] >= 0 {
		if a := s.mentions[s.mentionAt[k]]; isActor(a.typ) && len(a.group) == 0 {
			d.statePhrase(s, a.key, schema.Proposed, m.key, m.first, a.last)
		}
	}
}

// namesProposal reports whether a concept mention is headed by a noun the
// lexicon reads as a proposal ("plan", "proposition").
func (d *docState) namesProposal(s *sentence, m mention) bool {
	for k := m.first; k < m.last; k++ {
		if frcues.Articles[s.folded[k]] {
			continue
		}
		ev, ok := frcues.EventNouns[s.folded[k]]
		return ok && ev.Predicate == schema.Proposed
	}
	return false
}

// atRequestOf reads "à la demande de X" on a clause: X urged whoever does
// what the clause says, the agent of a passive ("gracié par Y à la demande
// de X") or else the subject ("À la demande de X, Y a suspendu …").
func (d *docState) atRequestOf(s *sentence, i int) {
	if !frcues.RequestNouns[s.folded[i]] || i < 2 || !(s.folded[i-1] == "la" || s.folded[i-1] == "l") || s.folded[i-2] != "a" {
		return
	}
	requester := ""
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if idx := s.mentionAt[k]; idx >= 0 {
			if m := s.mentions[idx]; isActor(m.typ) {
				requester = m.key
			}
			break
		}
		// "à la demande du président allemand": an office named by its
		// country, whoever holds it
		if _, title := frcues.Titles[s.folded[k]]; title && k+1 < len(s.toks) && s.mentionAt[k+1] < 0 {
			if cs := d.nationalities(s.toks[k+1].text); len(cs) == 1 && !s.toks[k+1].capitalized() {
				requester = cs[0]
			}
			break
		}
		if w := s.folded[k]; !(frcues.Of[w] || frcues.Articles[w]) {
			return
		}
	}
	h := s.head(i)
	if requester == "" || h < 0 || !strings.HasPrefix(s.rel(i), "obl") {
		return
	}
	c := cautious(d.treeClause(s, h), d.readClause(s, h, true))
	if c.skip || c.polarity == schema.Negative {
		return
	}
	urged := d.treeAgents(s, h)
	if len(urged) == 0 {
		urged = d.treeSubjects(s, h)
	}
	for _, u := range urged {
		if u.key != requester {
			d.emit(s, i, requester, schema.Urged, u.key, c)
		}
	}
}
