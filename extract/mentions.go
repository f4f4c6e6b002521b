package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	frcues "github.com/newskg/newskg/extract/fr"
	"github.com/newskg/newskg/extract/gazetteer"
	"github.com/newskg/newskg/schema"
)

// prepositions whose object is not the subject of a clause.
var prepositions = map[string]bool{"de": true, "d": true, "du": true, "des": true, "a": true, "au": true,
	"aux": true, "avec": true, "contre": true, "sur": true, "pour": true, "par": true, "en": true,
	"dans": true, "entre": true, "via": true, "chez": true, "vers": true, "selon": true, "sans": true,
	"apres": true, "avant": true, "depuis": true, "pendant": true, "lors": true, "envers": true,
	"concernant": true, "quant": true, "malgre": true, "durant": true, "parmi": true, "outre": true,
	"hormis": true, "sauf": true, "face": true, "aupres": true}

var articles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "un": true, "une": true}

var possessives = map[string]bool{"son": true, "sa": true, "ses": true, "leur": true, "leurs": true}

// actorNouns name a country's or organization's people acting for it: "les
// forces russes", "la direction russe", "l'administration américaine".
var actorNouns = map[string]bool{"forces": true, "troupes": true, "armee": true, "soldats": true,
	"militaires": true, "unites": true, "direction": true, "administration": true, "gouvernement": true,
	"diplomatie": true, "regime": true, "autorites": true, "responsables": true, "dirigeants": true,
	"negociateurs": true, "services": true}

// findMentions finds the entity mentions of sentence si: gazetteer names,
// unknown capitalized names, demonyms, titles and pronouns.
func (d *docState) findMentions(si int) {
	s := d.sents[si]
	n := len(s.toks)
	s.mentionAt = make([]int, n)
	for i := range s.mentionAt {
		s.mentionAt[i] = -1
	}
	add := func(m mention) {
		for k := m.first; k < m.last; k++ {
			if s.mentionAt[k] >= 0 {
				return
			}
		}
		s.mentions = append(s.mentions, m)
		sort.Slice(s.mentions, func(a, b int) bool { return s.mentions[a].first < s.mentions[b].first })
		for idx := range s.mentions {
			for k := s.mentions[idx].first; k < s.mentions[idx].last; k++ {
				s.mentionAt[k] = idx
			}
		}
		if !m.nominal {
			d.record(s, m)
		}
	}

	// 1. names: gazetteer first, then unknown capitalized names.
	for i := 0; i < n; i++ {
		if !s.toks[i].word || s.mentionAt[i] >= 0 {
			continue
		}
		if m, ok := d.gazetteerMention(s, i); ok {
			add(m)
			i = m.last - 1
			continue
		}
	}
	for i := 0; i < n; i++ {
		if !s.toks[i].word || s.mentionAt[i] >= 0 || !s.toks[i].capitalized() {
			continue
		}
		if m, ok := d.unknownName(s, i); ok {
			add(m)
			i = m.last - 1
		}
	}
	// 2. demonyms and actor noun phrases.
	for i := 0; i < n; i++ {
		if !s.toks[i].word || s.mentionAt[i] >= 0 {
			continue
		}
		if m, ok := d.demonymMention(s, i); ok {
			add(m)
		}
	}
	// 3. titles (with their appositions) and pronouns.
	for i := 0; i < n; i++ {
		if !s.toks[i].word || s.mentionAt[i] >= 0 {
			continue
		}
		if m, ok := d.titleMention(s, i); ok {
			add(m)
			i = m.last - 1
			continue
		}
		if m, ok := d.pronounMention(s, i); ok {
			add(m)
		}
	}
	// the sentence's topic drives pronouns in the sentences that follow; a
	// sentence that opens with a quotation speaks in someone else's voice.
	if _, quoted := closers[s.toks[0].text]; quoted {
		return
	}
	for _, m := range s.mentions {
		if isActor(m.typ) && !d.inPP(s, m) {
			if m.typ == schema.Person {
				d.lastPerson = m.key
			}
			d.topic = m.key
			break
		}
	}
	// a plural subject is what "ils" refers to next
	for i := range s.toks {
		if s.rel(i) == "nsubj" {
			if ms := d.actorsAt(s, i, isActor); len(ms) >= 2 {
				d.lastGroup = keysOf(ms)
			}
			break
		}
	}
}

// record stores a named mention and updates coreference state.
func (d *docState) record(s *sentence, m mention) {
	first, last := s.toks[m.first], s.toks[m.last-1]
	d.mentions = append(d.mentions, schema.Mention{Entity: m.key, Sentence: s.index, Start: first.start,
		End: last.end, Text: d.doc.Text[first.start:last.end]})
	if m.typ == schema.Person {
		d.lastPerson = m.key
		if d.isLeader(m.key) {
			d.noteLeader(m.key)
		}
	}
}

func (d *docState) noteLeader(key string) {
	d.lastLeader = key
	for i, k := range d.lastLeaders {
		if k == key {
			d.lastLeaders = append(d.lastLeaders[:i], d.lastLeaders[i+1:]...)
			break
		}
	}
	d.lastLeaders = append(d.lastLeaders, key)
}

func (d *docState) isLeader(key string) bool {
	if _, ok := d.leaderOf[key]; ok {
		return true
	}
	if e := d.gazEntry(key); e != nil && len(e.Attrs["leaderOf"]) > 0 {
		return true
	}
	return false
}

// gazEntry returns the gazetteer entry of an entity key, if any.
func (d *docState) gazEntry(key string) *gazetteer.Entry {
	if gk, ok := d.r.gazKeys()[key]; ok {
		return d.r.gaz.Entry(gk)
	}
	return nil
}

func isActor(t schema.Type) bool {
	return t == schema.Person || t == schema.Country || t == schema.Organization
}

// inPP reports whether a mention is the object of a preposition.
func (d *docState) inPP(s *sentence, m mention) bool {
	j := m.first - 1
	for j >= 0 && articles[s.folded[j]] {
		j--
	}
	if j >= 0 && s.folded[j] == "et" && j > 0 {
		// "entre Trump et Zelensky": the second conjunct shares the preposition
		if idx := s.mentionAt[j-1]; idx >= 0 && s.mentions[idx].first < m.first {
			return d.inPP(s, s.mentions[idx])
		}
	}
	return j >= 0 && prepositions[s.folded[j]]
}

// prevWord returns the index of the word before i, skipping articles when
// skipArticles is set, or -1.
func prevWord(s *sentence, i int, skipArticles bool) int {
	j := i - 1
	for j >= 0 && (s.folded[j] == "" && s.toks[j].text != "," || skipArticles && articles[s.folded[j]]) {
		j--
	}
	return j
}

// gazetteerMention matches a known name starting at token i.
func (d *docState) gazetteerMention(s *sentence, i int) (mention, bool) {
	// the folded words from i, with the token index after each.
	var words []string
	var ends []int
	for j := i; j < len(s.toks) && len(words) < 8; j++ {
		t := s.toks[j]
		if !t.word {
			if t.text == "-" || t.text == "'" || t.text == "." && len(words) > 0 {
				continue
			}
			break
		}
		// a token may hold several words ("États-Unis", "cessez-le-feu")
		for _, w := range strings.Fields(s.folded[j]) {
			words = append(words, w)
			ends = append(ends, j+1)
		}
	}
	nw, entries := d.r.gaz.Match(words, s.toks[i].text)
	if nw == 0 || nw > len(ends) {
		return mention{}, false
	}
	last := ends[nw-1]
	e := d.pickEntry(entries)
	if e.Type != schema.Concept && !isNameToken(s.toks[i]) {
		return mention{}, false
	}
	surface := d.doc.Text[s.toks[i].start:s.toks[last-1].end]
	// A capital names its state: "Moscou a lancé", "pressions sur Kiev".
	// As a location ("à Moscou") it resolves to the state as well, so that
	// one real actor is one node; the city stays among its names.
	if c := e.Attr("capitalOf"); c != "" {
		if country := d.r.gaz.Entry(c); country != nil {
			key := d.fromGazetteer(country, "")
			return mention{first: i, last: last, key: key, typ: country.Type}, true
		}
	}
	key := d.fromGazetteer(e, surface)
	return mention{first: i, last: last, key: key, typ: e.Type, leader: len(e.Attrs["leaderOf"]) > 0}, true
}

// pickEntry chooses among entries that share an alias: a person or country
// before a place or organization of the same name.
func (d *docState) pickEntry(es []*gazetteer.Entry) *gazetteer.Entry {
	best := es[0]
	for _, e := range es[1:] {
		if typeRank[e.Type] < typeRank[best.Type] {
			best = e
		}
	}
	return best
}

// typeRank orders the types that may share a name, most specific first.
var typeRank = map[schema.Type]int{schema.Person: 0, schema.Country: 1, schema.Organization: 2, schema.Place: 3, schema.Concept: 4}

// isNameToken reports whether a token can be part of a name: capitalized or
// an acronym or a number (G7).
func isNameToken(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// nameParticles may sit inside a name: "Ursula von der Leyen".
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true,
	"bin": true, "ben": true, "al": true, "el": true, "da": true, "di": true, "del": true, "la": true}

// unknownName reads a run of capitalized words that the gazetteer does not
// know as a name, and guesses its type from the words around it.
func (d *docState) unknownName(s *sentence, i int) (mention, bool) {
	n := len(s.toks)
	j := i
	var words []int
	for j < n {
		t := s.toks[j]
		if t.word && isNameToken(t) && s.mentionAt[j] < 0 && !frcues.FunctionWords[strings.ToLower(t.text)] &&
			d.r.gaz.Demonym(t.text) == nil {
			words = append(words, j)
			j++
			continue
		}
		if len(words) > 0 && (t.text == "-" || t.word && nameParticles[t.text]) && j+1 < n && s.toks[j+1].word && isNameToken(s.toks[j+1]) {
			j++
			continue
		}
		break
	}
	for len(words) > 0 && !s.toks[j-1].word {
		j--
	}
	if len(words) == 0 {
		return mention{}, false
	}
	// a name has at least one word that is not an ordinary French word.
	unknown := 0
	for _, w := range words {
		lw := strings.ToLower(s.toks[w].text)
		if !d.r.lemmas.InDict(lw) && !frcues.FunctionWords[lw] {
			unknown++
		}
	}
	if unknown == 0 {
		return mention{}, false
	}
	name := d.doc.Text[s.toks[i].start:s.toks[j-1].end]
	name = strings.ReplaceAll(name, "’", "'")
	p := prevWord(s, i, true)
	prev := ""
	if p >= 0 {
		prev = s.folded[p]
	}
	typ := schema.Person
	switch {
	case p >= 0 && frcues.PlacePrepositions[strings.ToLower(s.toks[p].text)],
		(prev == "de" || prev == "d") && p > 0 && frcues.PlaceNouns[s.folded[prevWord(s, p, true)]]:
		typ = schema.Place
	case hasOrgWord(s, words):
		typ = schema.Organization
	case len(words) == 1:
		// a lone unknown word is a person only when a title or a known
		// full name says so.
		sur := schema.Fold(name)
		if key, ok := d.surnames[sur]; ok {
			e := d.entities[key]
			d.entity(key, e.Name, e.Type, "", nil, name)
			return mention{first: i, last: j, key: key, typ: e.Type}, true
		}
		if key, full, ok := d.r.registry.person(sur); ok {
			d.entity(key, full, schema.Person, "", nil, name)
			return mention{first: i, last: j, key: key, typ: schema.Person}, true
		}
		if d.placeByVerb(s, i) {
			typ = schema.Place // "a bombardé Novoselivka"
			break
		}
		if !(prev == "m" || prev == "mme" || frcues.Titles[prev].Predicate != "") {
			return mention{}, false
		}
	}
	key := schema.Key(name)
	d.entity(key, name, typ, "", nil, "")
	if typ == schema.Person && len(words) > 1 {
		sur := schema.Fold(s.toks[words[len(words)-1]].text)
		d.surnames[sur] = key
		d.r.registry.addPerson(sur, key, name)
	}
	return mention{first: i, last: j, key: key, typ: typ}, true
}

func hasOrgWord(s *sentence, words []int) bool {
	for _, w := range words {
		if frcues.OrganizationWords[strings.ToLower(s.toks[w].text)] {
			return true
		}
	}
	return false
}

// demonymMention reads "les Russes" and "les forces russes" as the country.
func (d *docState) demonymMention(s *sentence, i int) (mention, bool) {
	t := s.toks[i]
	c := d.r.gaz.Demonym(t.text)
	if c == nil {
		return mention{}, false
	}
	p := prevWord(s, i, false)
	// "le Russe Alexander Vinnik", "un Américain, Marc Fogel"
	if t.capitalized() && p >= 0 && (articles[s.folded[p]] && s.folded[p] != "les") {
		k := i + 1
		if k < len(s.toks) && s.toks[k].text == "," {
			k++
		}
		if k < len(s.toks) && s.mentionAt[k] >= 0 && s.mentions[s.mentionAt[k]].typ == schema.Person {
			country := d.fromGazetteer(c, "")
			d.state(schema.Statement{Subject: s.mentions[s.mentionAt[k]].key, Predicate: schema.CitizenOf,
				Object: country, Sentence: s.index, EvidenceStart: s.toks[p].start, EvidenceEnd: s.toks[s.mentions[s.mentionAt[k]].last-1].end})
			return mention{}, false
		}
	}
	// "la région russe de Koursk": the place is in the country
	if !t.capitalized() && p >= 0 && frcues.PlaceNouns[s.folded[p]] && i+2 < len(s.toks) &&
		(s.folded[i+1] == "de" || s.folded[i+1] == "d") && s.mentionAt[i+2] >= 0 && s.mentions[s.mentionAt[i+2]].typ == schema.Place {
		m := s.mentions[s.mentionAt[i+2]]
		d.state(schema.Statement{Subject: m.key, Predicate: schema.LocatedIn, Object: d.fromGazetteer(c, ""),
			Sentence: s.index, EvidenceStart: s.toks[p].start, EvidenceEnd: s.toks[m.last-1].end})
		return mention{}, false
	}
	// "les Russes", "des Ukrainiens": the people acting as their state.
	if t.capitalized() && strings.HasSuffix(s.folded[i], "s") && p >= 0 && (s.folded[p] == "les" || s.folded[p] == "des" || s.folded[p] == "aux") {
		key := d.fromGazetteer(c, t.text)
		return mention{first: i, last: i + 1, key: key, typ: c.Type, nominal: true}, true
	}
	// "les forces russes", "l'invasion russe": the noun before acts for the country.
	if !t.capitalized() && p >= 0 && actorNouns[s.folded[p]] && s.mentionAt[p] < 0 {
		start := p
		if q := p - 1; q >= 0 && articles[s.folded[q]] {
			start = q
		}
		key := d.fromGazetteer(c, "")
		return mention{first: start, last: i + 1, key: key, typ: c.Type, nominal: true}, true
	}
	return mention{}, false
}

// pronounMention resolves a subject pronoun to the topic of the text so far.
func (d *docState) pronounMention(s *sentence, i int) (mention, bool) {
	w := s.folded[i]
	// the tokenizer keeps an inverted pronoun with its hyphens: "a-t-il" is
	// "a" and "-t-il"
	inverted := strings.HasPrefix(s.toks[i].text, "-")
	if inverted {
		w = strings.TrimPrefix(w, "t ")
	}
	if (w == "ils" || w == "elles") && len(d.lastGroup) >= 2 {
		g := d.lastGroup
		return mention{first: i, last: i + 1, key: g[0], typ: d.typeOf(g[0]), nominal: true, group: g}, true
	}
	if w != "il" && w != "elle" {
		return mention{}, false
	}
	// impersonal "il y a", "il faut", "il s'agit"
	if i+1 < len(s.toks) {
		next := s.folded[i+1]
		if next == "y" || next == "faut" || next == "s" || next == "semble" || next == "est" || next == "fallait" {
			return mention{}, false
		}
	}
	// inverted "a-t-il", "dit-elle": the speaker, resolved by the quote rules
	if inverted {
		key := d.topic
		if d.lastSpeaker != "" {
			key = d.lastSpeaker
		}
		if key == "" {
			return mention{}, false
		}
		return mention{first: i, last: i + 1, key: key, typ: d.typeOf(key), nominal: true}, true
	}
	for _, m := range s.mentions {
		if m.first < i && isActor(m.typ) && !d.inPP(s, m) {
			return mention{first: i, last: i + 1, key: m.key, typ: m.typ, nominal: true}, true
		}
	}
	if d.topic == "" {
		return mention{}, false
	}
	return mention{first: i, last: i + 1, key: d.topic, typ: d.typeOf(d.topic), nominal: true}, true
}

func (d *docState) typeOf(key string) schema.Type {
	if e, ok := d.entities[key]; ok {
		return e.Type
	}
	return schema.Person
}

// titleMention reads a title phrase: "le président russe", "son émissaire",
// "le secrétaire général de l'OTAN", "l'assistant de Poutine". With a name
// beside it (before or after, with or without a comma) it states what the
// title implies (leaderOf, worksFor, relativeOf) and the name is the mention;
// alone, it refers to the person who holds the title.
func (d *docState) titleMention(s *sentence, i int) (mention, bool) {
	n := len(s.toks)
	// longest title starting at i
	var rel frcues.TitleRelation
	end := -1
	var words []string
	for j := i; j < n && len(words) < 5; j++ {
		if !s.toks[j].word {
			if s.toks[j].text == "-" || s.toks[j].text == "'" {
				continue
			}
			break
		}
		words = append(words, s.folded[j])
		title := strings.Join(words, " ")
		r, ok := frcues.Titles[title]
		if !ok { // "les deux dirigeants"
			r, ok = frcues.Titles[strings.TrimSuffix(title, "s")]
		}
		if ok {
			rel, end = r, j+1
		}
	}
	if end < 0 {
		return mention{}, false
	}
	title := d.doc.Text[s.toks[i].start:s.toks[end-1].end]
	start := i
	former := false
	possessive := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.folded[k]
		if frcues.FormerWords[w] {
			former = true
			start = k
			continue
		}
		if possessives[w] {
			possessive = true
			start = k
			break
		}
		if articles[w] {
			start = k
			break
		}
		if w == "" && s.toks[k].text == "-" {
			continue
		}
		break
	}
	// what the title is of: a demonym, "de X", or the possessor.
	target, targetType := "", schema.Type("")
	j := end
	skips := 0
	for j < n && skips < 4 {
		w := s.folded[j]
		if c := d.r.gaz.Demonym(s.toks[j].text); c != nil && !s.toks[j].capitalized() && target == "" {
			target, targetType = d.fromGazetteer(c, ""), c.Type
			j++
			continue
		}
		if (w == "de" || w == "d" || w == "du" || w == "des" || w == "a" && j+1 < n && articles[s.folded[j+1]]) && j+1 < n {
			k := j + 1
			for k < n && articles[s.folded[k]] {
				k++
			}
			if k < n && s.mentionAt[k] >= 0 && target == "" {
				m := s.mentions[s.mentionAt[k]]
				if isActor(m.typ) {
					target, targetType = m.key, m.typ
					j = m.last
					continue
				}
			}
			// a department: "de la Défense", "des Affaires étrangères", "de presse"
			if k < n && (s.toks[k].capitalized() && s.mentionAt[k] < 0 || s.folded[k] == "presse" || s.folded[k] == "etat") {
				k++
				for k < n && s.toks[k].word && s.mentionAt[k] < 0 && !prepositions[s.folded[k]] && !articles[s.folded[k]] && d.r.gaz.Demonym(s.toks[k].text) == nil {
					k++
				}
				j = k
				skips++
				continue
			}
			break
		}
		// adjectives of the title: "spécial", "diplomatique", "senior"
		if s.toks[j].word && !s.toks[j].capitalized() && s.mentionAt[j] < 0 && titleAdjectives[w] {
			j++
			skips++
			continue
		}
		break
	}
	if target == "" && possessive {
		if owner := d.possessor(s, start); owner != "" {
			target, targetType = owner, d.typeOf(owner)
		}
	}
	// the holder: a person named right after, or right before with a comma.
	holder := ""
	k := j
	if k < n && s.toks[k].text == "," {
		k++
	}
	if k < n && s.mentionAt[k] >= 0 && s.mentions[s.mentionAt[k]].typ == schema.Person && !s.mentions[s.mentionAt[k]].nominal {
		idx := s.mentionAt[k]
		holder = s.mentions[idx].key
		// "le président ukrainien Volodymyr Zelensky" is one mention, so that
		// "avec le président ukrainien Volodymyr Zelensky" reads as "avec Zelensky".
		if k == j {
			s.mentions[idx].first = start
			for t := start; t < k; t++ {
				s.mentionAt[t] = idx
			}
		}
	} else if start > 0 && s.toks[start-1].text == "," && start > 1 && s.mentionAt[start-2] >= 0 &&
		s.mentions[s.mentionAt[start-2]].typ == schema.Person && !s.mentions[s.mentionAt[start-2]].nominal {
		holder = s.mentions[s.mentionAt[start-2]].key
	}
	if holder != "" {
		if e := d.entities[holder]; e != nil && !former {
			e.Roles = appendOnce(e.Roles, title)
		}
		if !former && target != "" && target != holder && titleFits(rel.Predicate, targetType) {
			d.state(schema.Statement{Subject: holder, Predicate: rel.Predicate, Object: target, Sentence: s.index,
				EvidenceStart: s.toks[start].start, EvidenceEnd: s.toks[max(j, end)-1].end})
			if rel.Predicate == schema.LeaderOf {
				if d.leaderOf == nil {
					d.leaderOf = map[string]string{}
				}
				d.leaderOf[holder] = target
				d.noteLeader(holder)
			}
		}
		return mention{}, false
	}
	if former {
		return mention{}, false
	}
	// no name: the title refers to its holder.
	first, last := start, max(j, end)
	switch rel.Predicate {
	case schema.LeaderOf:
		plural := strings.HasSuffix(s.folded[end-1], "s")
		if target != "" && targetType != schema.Person && !plural {
			if key := d.leaderFor(target); key != "" {
				// "le président américain a déclaré": the text calls him so.
				d.state(schema.Statement{Subject: key, Predicate: schema.LeaderOf, Object: target, Sentence: s.index,
					EvidenceStart: s.toks[first].start, EvidenceEnd: s.toks[max(j, end)-1].end})
				return mention{first: first, last: last, key: key, typ: schema.Person, nominal: true, leader: true}, true
			}
			return mention{}, false
		}
		// "les deux dirigeants", "les deux présidents"
		if l := d.leadersBefore(s, i); i > 0 && s.folded[i-1] == "deux" && len(l) >= 2 {
			return mention{first: i - 1, last: last, key: l[len(l)-1], typ: schema.Person, nominal: true,
				group: []string{l[len(l)-2], l[len(l)-1]}}, true
		}
		if target == "" && d.lastLeader != "" && !strings.HasSuffix(s.folded[i], "s") {
			return mention{first: first, last: last, key: d.lastLeader, typ: schema.Person, nominal: true, leader: true}, true
		}
	case schema.WorksFor:
		// "un porte-parole du Kremlin" speaks and acts for the Kremlin.
		if target != "" && targetType != schema.Person && start < i && (s.folded[start] == "un" || s.folded[start] == "une") {
			return mention{first: first, last: last, key: target, typ: targetType, nominal: true}, true
		}
		// "l'émissaire américain": the person named before who holds the title
		if target != "" && start < i && (articles[s.folded[start]] || possessives[s.folded[start]]) {
			if key := d.titleHolder(s.folded[i], target); key != "" {
				return mention{first: first, last: last, key: key, typ: schema.Person, nominal: true}, true
			}
		}
	}
	return mention{}, false
}

var titleAdjectives = map[string]bool{"special": true, "speciale": true, "diplomatique": true, "senior": true,
	"adjoint": true, "adjointe": true, "principal": true, "principale": true, "general": true, "generale": true,
	"personnel": true, "personnelle": true, "en": true, "chef": true}

func titleFits(p schema.Predicate, target schema.Type) bool {
	switch p {
	case schema.LeaderOf:
		return target == schema.Country || target == schema.Organization
	case schema.RelativeOf:
		return target == schema.Person
	}
	return isActor(target)
}

// possessor resolves "son" and "sa" before a title: the first actor of the
// sentence that is not the object of a preposition, else the topic.
func (d *docState) possessor(s *sentence, before int) string {
	for _, m := range s.mentions {
		if m.first >= before {
			break
		}
		if isActor(m.typ) && !d.inPP(s, m) {
			return m.key
		}
	}
	return d.topic
}

// leaderFor returns the person the text or the gazetteer gives as leader of key.
func (d *docState) leaderFor(key string) string {
	for p, t := range d.leaderOf {
		if t == key {
			return p
		}
	}
	if gk, ok := d.r.gazKeys()[key]; ok {
		if ls := d.r.gaz.Leaders(gk); len(ls) == 1 {
			return d.fromGazetteer(ls[0], "")
		}
	}
	return ""
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// titleHolder returns the person most recently named in the document who
// works for target and holds the title (folded head word, "emissaire"),
// as the text or the gazetteer gives the role; or the only person named
// who works for target.
func (d *docState) titleHolder(title, target string) string {
	var only string
	seen := map[string]bool{}
	for k := len(d.mentions) - 1; k >= 0; k-- {
		key := d.mentions[k].Entity
		if seen[key] {
			continue
		}
		seen[key] = true
		e := d.entities[key]
		if e == nil || e.Type != schema.Person || !d.worksFor(key, target) {
			continue
		}
		roles := slices.Clone(e.Roles)
		if g := d.gazEntry(key); g != nil {
			roles = append(roles, g.Attr("role"))
		}
		for _, r := range roles {
			if strings.Contains(schema.Fold(r), title) {
				return key
			}
		}
		if only != "" {
			only = "-" // more than one
		} else {
			only = key
		}
	}
	if only == "-" {
		return ""
	}
	return only
}

// worksFor reports whether the text or the gazetteer says person works for target.
func (d *docState) worksFor(person, target string) bool {
	for _, st := range d.statements {
		if st.Subject == person && st.Predicate == schema.WorksFor && st.Object == target {
			return true
		}
	}
	g := d.gazEntry(person)
	return g != nil && d.gazEntry(target) != nil && g.Attr("worksFor") == d.gazEntry(target).Key
}

// placeByVerb reports whether the word at token i is what a verb of attack,
// capture or invasion takes as its object: then it names a place.
func (d *docState) placeByVerb(s *sentence, i int) bool {
	h := s.head(i)
	if h < 0 || s.rel(i) != "obj" {
		return false
	}
	for _, f := range frcues.Verbs[s.lemmaOf(h)] {
		switch f.Predicate {
		case schema.Attacked, schema.Captured, schema.Invaded:
			return true
		}
	}
	return false
}

// leadersBefore returns the leaders named so far, leaving out those this
// sentence names after token i (names are read before titles).
func (d *docState) leadersBefore(s *sentence, i int) []string {
	var out []string
	for _, k := range d.lastLeaders {
		later := false
		for _, m := range s.mentions {
			if m.key == k && m.first > i && !m.nominal {
				later = true
			}
		}
		if !later {
			out = append(out, k)
		}
	}
	return out
}
