package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	frcues "github.com/newskg/newskg/extract/fr"
	"github.com/newskg/newskg/extract/gazetteer"
	"github.com/newskg/newskg/nlp"
	"github.com/newskg/newskg/nlp/lemma"
	"github.com/newskg/newskg/nlp/ner"
	"github.com/newskg/newskg/schema"
)

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
	for _, e := range s.tree.Entities {
		if m, ok := d.recognizedName(s, e); ok {
			add(m)
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
		if _, end := longestTitle(s, i); end > i+1 {
			i = end - 1 // "Premier ministre" is not read again as "ministre"
			continue
		}
		if m, ok := d.pairMention(s, i); ok {
			add(m)
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
	for j >= 0 && frcues.Articles[s.folded[j]] {
		j--
	}
	if j >= 0 && s.folded[j] == "et" && j > 0 {
		// "entre Trump et Zelensky": the second conjunct shares the preposition
		if idx := s.mentionAt[j-1]; idx >= 0 && s.mentions[idx].first < m.first {
			return d.inPP(s, s.mentions[idx])
		}
	}
	return j >= 0 && frcues.Prepositions[s.folded[j]]
}

// prevWord returns the index of the word before i, skipping frcues.Articles when
// skipArticles is set, or -1.
func prevWord(s *sentence, i int, skipArticles bool) int {
	j := i - 1
	for j >= 0 && (s.folded[j] == "" && s.toks[j].text != "," || skipArticles && frcues.Articles[s.folded[j]]) {
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
	if e.Type == schema.Person && nw < len(strings.Fields(schema.Fold(e.Name))) && d.firstNameBefore(s, i) {
		return mention{}, false // "Antoine Lescure" is not Roland Lescure: a name no list knows
	}
	surface := d.doc.Text[s.toks[i].start:s.toks[last-1].end]
	// A city stands for the power that sits there. The seat of a union
	// ("Bruxelles a proposé") is that union as an actor and the city as a
	// place ("à Bruxelles", "la banlieue de Bruxelles"). A state's capital
	// is its state, as an actor ("Moscou a répondu", "pressions sur Kiev")
	// and as a place ("à Moscou"), and stays among the state's names: a
	// careful reader's annotations count Moscou among Russia's names, so a
	// node of the city beside the state's would be a second node of one
	// entity (the scorer's duplicate_nodes), and a search for "Berlin"
	// finds Germany.
	if seat := d.r.gaz.Entry(e.Attr("seatOf")); seat != nil {
		if !placeContext(s, i) {
			key := d.fromGazetteer(seat, "")
			return mention{first: i, last: last, key: key, typ: seat.Type}, true
		}
	} else if state := d.r.gaz.Entry(e.Attr("capitalOf")); state != nil {
		key := d.fromGazetteer(state, surface)
		return mention{first: i, last: last, key: key, typ: state.Type}, true
	}
	key := d.fromGazetteer(e, surface)
	return mention{first: i, last: last, key: key, typ: e.Type, leader: len(e.Attrs["leaderOf"]) > 0}, true
}

// firstNameBefore reports whether the word before token i reads as the
// first name of a person whose surname starts at i: a word in capitals, no
// title ("M.", "Président") or nationality, no ordinary French word unless
// inside the sentence ("Pierre", not "Hier"), no name already found.
func (d *docState) firstNameBefore(s *sentence, i int) bool {
	p := i - 1
	if p < 0 || !s.toks[p].word || !s.toks[p].capitalized() || s.mentionAt[p] >= 0 {
		return false
	}
	w := strings.ToLower(s.toks[p].text)
	if f := s.folded[p]; frcues.FunctionWords[w] || frcues.FunctionWords[f] || frcues.Titles[f].Predicate != "" ||
		f == "mm" || f == "dr" || frcues.OrganizationWords[w] || d.r.gaz.Demonym(w) != nil {
		return false
	}
	return p > 0 || hasUnknownWord(s, []int{p})
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

// unknownName reads a run of capitalized words that the gazetteer does not
// know as a name, and guesses its type from the words around it.
func (d *docState) unknownName(s *sentence, i int) (mention, bool) {
	if frcues.Titles[s.folded[i]].Predicate != "" {
		return mention{}, false // "Le PDG de Brelvane" is a title, not a name
	}
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
		if len(words) > 0 && (t.text == "-" || t.word && frcues.NameParticles[t.text]) && j+1 < n && s.toks[j+1].word && isNameToken(s.toks[j+1]) {
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
	p := prevWord(s, i, true)
	prev := ""
	if p >= 0 {
		prev = s.folded[p]
	}
	// "le parti Renouveau civique": a head noun makes a name of ordinary words
	// (unless the name goes on in lower case: "l'association Santé pour tous")
	headed := p >= 0 && frcues.OrganizationHeads[s.toks[p].text] && !(j < n && s.toks[j].text != "a" && frcues.Prepositions[s.folded[j]])
	if !headed && !hasUnknownWord(s, words) {
		return mention{}, false
	}
	name := d.doc.Text[s.toks[i].start:s.toks[j-1].end]
	name = strings.ReplaceAll(name, "’", "'")
	typ := schema.Person
	switch {
	case placeContext(s, i):
		typ = schema.Place
	case hasOrgWord(s, words), headed, p >= 0 && frcues.OrganizationWords[strings.ToLower(s.toks[p].text)], employerContext(s, i):
		typ = schema.Organization
	case len(words) == 1:
		// a lone unknown word is a person only when a title or a known
		// full name says so.
		if m, ok := d.surnameMention(s, i, j, name); ok {
			return m, true
		}
		if key, ok := d.surnames[schema.Fold(name)]; ok && key == "" {
			return mention{}, false // "M. Martin" after Paul and Marie Martin: which one?
		}
		if d.placeByVerb(s, i) {
			typ = schema.Place // "a bombardé Novoselivka"
			break
		}
		if !(prev == "m" || prev == "mme" || frcues.Titles[prev].Predicate != "") {
			return mention{}, false
		}
	}
	return d.newName(s, i, j, name, typ, len(words)), true
}

// placeContext reports whether the words before token i make it a place:
// a preposition of place ("à Moscou", "depuis Bruxelles"; not "favorable
// à Moscou") or a place noun ("la région de Koursk", "la ville de Kiev").
func placeContext(s *sentence, i int) bool {
	p := prevWord(s, i, true)
	if p < 0 {
		return false
	}
	if frcues.PlacePrepositions[strings.ToLower(s.toks[p].text)] {
		q := prevWord(s, p, false)
		return q < 0 || s.tree.Words[q].UPOS != "ADJ"
	}
	if s.folded[p] != "de" && s.folded[p] != "d" {
		return false
	}
	q := prevWord(s, p, true)
	return q >= 0 && frcues.PlaceNouns[s.folded[q]]
}

// institutionHead returns the index of the head noun in lower case of "l'université de X"
// before token i, or -1.
func institutionHead(s *sentence, i int) int {
	p := prevWord(s, i, true)
	if p < 0 || s.folded[p] != "de" && s.folded[p] != "d" {
		return -1
	}
	if q := prevWord(s, p, true); q >= 0 && frcues.InstitutionHeads[s.folded[q]] && !s.toks[q].capitalized() && s.mentionAt[q] < 0 {
		return q
	}
	return -1
}

// titleComplement returns where the complement of a title opening tokens
// [i, j) starts ("PDG de Brelvane": Brelvane), or -1.
func titleComplement(s *sentence, i, j int) int {
	if frcues.Titles[s.folded[i]].Predicate == "" {
		return -1
	}
	for k := i + 1; k < j; k++ {
		if f := s.folded[k]; f != "de" && f != "d" && f != "du" && f != "des" && !frcues.Articles[f] {
			if k == i+1 || !s.toks[k].capitalized() {
				return -1
			}
			return k
		}
	}
	return -1
}

// employerContext reports whether the words before token i make it an
// organization: "le directeur général de Brelvane", "les salariés de
// Caissor".
func employerContext(s *sentence, i int) bool {
	p := prevWord(s, i, true)
	if p < 0 || s.folded[p] != "de" && s.folded[p] != "d" {
		return false
	}
	q := prevWord(s, p, true)
	return q >= 0 && frcues.EmployerNouns[s.folded[q]]
}

// newName makes the entity of a name no list knows, tokens [i, j) of s
// with nwords words; a person's surname then stands for them. A name the
// recognizer read as a place is an organization where the words before it
// say so ("le directeur de Brelvane").
func (d *docState) newName(s *sentence, i, j int, name string, typ schema.Type, nwords int) mention {
	if k := titleComplement(s, i, j); k > i {
		// "Le PDG de Brelvane": the recognizer took a title into the name
		i, name = k, strings.ReplaceAll(d.doc.Text[s.toks[k].start:s.toks[j-1].end], "’", "'")
		nwords = 0
		for t := k; t < j; t++ {
			if s.toks[t].word {
				nwords++
			}
		}
	}
	if q := institutionHead(s, i); q >= 0 {
		// "l'université de Quervelle" is the university, not the town
		head := s.toks[q].text
		r, size := utf8.DecodeRuneInString(head)
		name = string(unicode.ToUpper(r)) + head[size:] + strings.ReplaceAll(d.doc.Text[s.toks[q].end:s.toks[j-1].end], "’", "'")
		i, typ = q, schema.Organization
	} else if typ == schema.Place && employerContext(s, i) {
		typ = schema.Organization
	}
	key := schema.Key(name)
	d.entity(key, name, typ, "", nil, "")
	if typ == schema.Person && nwords > 1 {
		sur := schema.Fold(s.toks[j-1].text)
		if other, ok := d.surnames[sur]; !ok || other == key {
			d.surnames[sur] = key
		} else {
			d.surnames[sur] = "" // two people of one surname: "Martin" alone is neither
		}
		d.r.registry.addPerson(sur, key, name)
	}
	return mention{first: i, last: j, key: key, typ: typ}
}

// linkSurnames makes a person first named by their surname alone ("M.
// Dubreuil a démenti. Hervé Dubreuil, patron de…") the person the document
// names in full later, when it names one person of that surname only.
func (d *docState) linkSurnames() {
	for key, e := range d.entities {
		if e.Type != schema.Person || strings.Contains(e.Name, " ") || d.gazEntry(key) != nil {
			continue
		}
		if full := d.surnames[schema.Fold(e.Name)]; full != "" && full != key {
			d.rename(key, full)
		}
	}
}

// rename makes every reference of the document to the entity old one to
// the entity new, whose names take old's.
func (d *docState) rename(old, new string) {
	for _, a := range d.entities[old].Aliases {
		d.entity(new, d.entities[new].Name, d.entities[new].Type, "", nil, a.Text)
	}
	d.entity(new, d.entities[new].Name, d.entities[new].Type, "", nil, d.entities[old].Name)
	delete(d.entities, old)
	to := func(k *string) {
		if *k == old {
			*k = new
		}
	}
	for i := range d.mentions {
		to(&d.mentions[i].Entity)
	}
	for _, s := range d.sents {
		for i := range s.mentions {
			to(&s.mentions[i].key)
			for g := range s.mentions[i].group {
				to(&s.mentions[i].group[g])
			}
		}
		for i := range s.phrases {
			to(&s.phrases[i].subject)
			to(&s.phrases[i].object)
		}
	}
	for _, k := range []*string{&d.lastPerson, &d.lastLeader, &d.lastSpeaker, &d.topic} {
		to(k)
	}
	for _, l := range [][]string{d.lastLeaders, d.lastGroup} {
		for i := range l {
			to(&l[i])
		}
	}
	if v, ok := d.leaderOf[old]; ok {
		d.leaderOf[new] = v
		delete(d.leaderOf, old)
	}
	for k, v := range d.leaderOf {
		if v == old {
			d.leaderOf[k] = new
		}
	}
	if v, ok := d.worksForText[old]; ok {
		d.worksForText[new] = append(d.worksForText[new], v...)
		delete(d.worksForText, old)
	}
}

// surnameMention reads a lone word, tokens [i, j) of s, as the surname of
// a person named in full earlier in the document or in the documents read
// before.
func (d *docState) surnameMention(s *sentence, i, j int, name string) (mention, bool) {
	sur := schema.Fold(name)
	if key, ok := d.surnames[sur]; ok {
		if key == "" {
			return mention{}, false // two people of the document bear it
		}
		e := d.entities[key]
		d.entity(key, e.Name, e.Type, "", nil, name)
		return mention{first: i, last: j, key: key, typ: e.Type}, true
	}
	if key, full, ok := d.r.registry.person(sur); ok {
		d.entity(key, full, schema.Person, "", nil, name)
		return mention{first: i, last: j, key: key, typ: schema.Person}, true
	}
	return mention{}, false
}

// minNameScore is the recognizer's score under which a span it finds is
// not taken: about 0.5, where under a third of its spans are right
// (0.8 to 0.9: 81%, 0.9 and above: 96%, on held-out POPCORN texts).
const minNameScore = 0.5

// sureNameScore is the score from which a span of ordinary French words is
// taken ("Banque populaire", POPCORN's "Santé pour tous"): 96% of them are
// right. A lone ordinary word must also not open the sentence, where every
// word has a capital ("Parlement" there, but "l'association Oisillons"),
// and be the recognizer's whole span ("Santé" of "Santé pour" is not).
const sureNameScore = 0.9

// recognizedName reads a name the recognizer found and the gazetteer did
// not know: a person, organisation or place typed by the recognizer, or by
// the noun before it ("la société Finoptix", "la ville de Marioupol").
// Nationality words are left to demonymMention.
func (d *docState) recognizedName(s *sentence, e nlp.Entity) (mention, bool) {
	i, j := e.First-1, e.Last
	if e.Score < minNameScore || i < 0 || j > len(s.toks) {
		return mention{}, false
	}
	for k := i; k < j; k++ {
		if s.mentionAt[k] >= 0 {
			return mention{}, false
		}
	}
	// "la Fondation Kalinka": a head noun in capitals is part of the name
	if i > 0 && s.toks[i-1].capitalized() && frcues.OrganizationWords[strings.ToLower(s.toks[i-1].text)] &&
		s.mentionAt[i-1] < 0 {
		i--
	}
	// "Hortense de Beauharnais": the recognizer may stop at a particle
	for j+1 < len(s.toks) && frcues.NameParticles[s.toks[j].text] && isNameToken(s.toks[j+1]) &&
		s.mentionAt[j] < 0 && s.mentionAt[j+1] < 0 {
		j += 2
	}
	// A name begins with a word in capitals and does not end on an article
	// or a preposition: the recognizer's span may open on a head noun in
	// lower case ("place Alexanderplatz") or stop before the word after
	// "de" ("Mouvement pour la Nouvelle Gloire de"). Its last word may be
	// in lower case: organisations are named by phrases ("Jeunes marins",
	// "Stop aux violences").
	for i < j && !isNameToken(s.toks[i]) {
		i++
	}
	cut := false
	for j > i && (!s.toks[j-1].word || !isNameToken(s.toks[j-1]) && endsNoName[s.word(j-1).UPOS]) {
		j--
		cut = true
	}
	if i == j {
		return mention{}, false
	}
	if !isNameToken(s.toks[j-1]) {
		// a person's name ends on a word in capitals: one that does not
		// ("Ahmad al-Chareh") is another spelling of a name the gazetteer
		// knows, or not a name
		if e.Type == ner.Person {
			return mention{}, false
		}
		// a name that is a phrase takes the adjectives of its words: the
		// recognizer stops at "Agence nationale de sécurité" before "sanitaire"
		for j < len(s.toks) && s.toks[j].word && !isNameToken(s.toks[j]) && s.word(j).UPOS == "ADJ" &&
			s.head(j) >= i && s.head(j) < j && s.mentionAt[j] < 0 {
			j++
		}
	}
	// the recognizer sometimes takes a capitalized word opening a sentence
	// ("Lorsque", "Tout le monde") or a time ("10h45"); unless it is sure,
	// a name has a word that is not ordinary French.
	if r, _ := utf8.DecodeRuneInString(s.toks[i].text); !unicode.IsUpper(r) || isFunctionWord(s.toks[i].text) {
		return mention{}, false
	}
	var words []int
	for k := i; k < j; k++ {
		if s.toks[k].word {
			words = append(words, k)
		}
	}
	if (e.Score < sureNameScore || len(words) == 1 && (i == 0 || cut)) && !hasUnknownWord(s, words) {
		return mention{}, false
	}
	var typ schema.Type
	switch e.Type {
	case ner.Person:
		typ = schema.Person
	case ner.Organization:
		typ = schema.Organization
	case ner.Place:
		typ = schema.Place
	default:
		return mention{}, false
	}
	if p := prevWord(s, i, true); p >= 0 {
		switch {
		case frcues.OrganizationWords[strings.ToLower(s.toks[p].text)]:
			typ = schema.Organization
		case (s.folded[p] == "de" || s.folded[p] == "d") && p > 0 && prevWord(s, p, true) >= 0 &&
			frcues.PlaceNouns[s.folded[prevWord(s, p, true)]]:
			typ = schema.Place
		}
	}
	name := strings.ReplaceAll(d.doc.Text[s.toks[i].start:s.toks[j-1].end], "’", "'")
	if typ == schema.Person && len(words) == 1 {
		if m, ok := d.surnameMention(s, i, j, name); ok {
			return m, true
		}
	}
	return d.newName(s, i, j, name, typ, len(words)), true
}

// hasUnknownWord reports whether one of the words (token indexes) is not
// an ordinary French word, as a name has: "Etat", "Parlement" and "BON
// SENS" capitalized are not names.
func hasUnknownWord(s *sentence, words []int) bool {
	for _, w := range words {
		lw := strings.ToLower(s.toks[w].text)
		// capitals often drop their accent: "Etat" is "état"
		if accented, ok := strings.CutPrefix(lw, "e"); ok && lemma.Golem().Lemmas("é"+accented) != nil {
			continue
		}
		if lemma.Golem().Lemmas(lw) == nil && !frcues.FunctionWords[lw] {
			return true
		}
	}
	return false
}

// endsNoName are the parts of speech a name does not end on.
var endsNoName = map[string]bool{"ADP": true, "DET": true, "CCONJ": true, "PUNCT": true}

// isFunctionWord reports whether a word is one of frcues.FunctionWords,
// which no name starts with, also in capitals without their accent
// ("Etat" is "état").
func isFunctionWord(word string) bool {
	lw := strings.ToLower(word)
	if accented, ok := strings.CutPrefix(lw, "e"); ok && frcues.FunctionWords["é"+accented] {
		return true
	}
	return frcues.FunctionWords[lw]
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
	// "le Russe Alexander Vinnik", "la région russe de Koursk": the
	// readers nationalNoun and placeOfNationality
	if p >= 0 && (t.capitalized() && frcues.Articles[s.folded[p]] && s.folded[p] != "les" || !t.capitalized() && frcues.PlaceNouns[s.folded[p]]) {
		return mention{}, false
	}
	// "les Russes", "des Ukrainiens": the people acting as their state.
	if p >= 0 && frcues.Numerals[s.folded[p]] { // "les deux Belges"
		p = prevWord(s, p, false)
	}
	if t.capitalized() && strings.HasSuffix(s.folded[i], "s") && p >= 0 && (s.folded[p] == "les" || s.folded[p] == "des" || s.folded[p] == "aux") {
		key := d.fromGazetteer(c, t.text)
		return mention{first: i, last: i + 1, key: key, typ: c.Type, nominal: true}, true
	}
	// "les forces russes", "l'invasion russe": the noun before acts for the country.
	if !t.capitalized() && p >= 0 && frcues.ActorNouns[s.folded[p]] && s.mentionAt[p] < 0 {
		start := p
		if q := p - 1; q >= 0 && frcues.Articles[s.folded[q]] {
			start = q
		}
		key := d.fromGazetteer(c, "")
		// "les délégations péruvienne et chilienne": both countries
		// ("les dirigeants américains et russes" are two people, not two states)
		if i+2 < len(s.toks) && s.folded[i+1] == "et" && !s.toks[i+2].capitalized() && s.mentionAt[i+2] < 0 &&
			!frcues.PeopleNouns[s.folded[p]] {
			if c2 := d.r.gaz.Demonym(s.toks[i+2].text); c2 != nil && c2 != c {
				return mention{first: start, last: i + 3, key: key, typ: c.Type, nominal: true,
					group: []string{key, d.fromGazetteer(c2, "")}}, true
			}
		}
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
	rel, end := longestTitle(s, i)
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
		if frcues.Possessives[w] {
			possessive = true
			start = k
			break
		}
		if frcues.Articles[w] {
			start = k
			break
		}
		if w == "" && s.toks[k].text == "-" {
			continue
		}
		break
	}
	// what the title is of: a demonym, "de X", or the possessor.
	of := d.titleOf(s, end, start, rel.Predicate)
	target, targetType, j := of.target, of.typ, of.end
	rel.Predicate = of.predicate
	if target == "" && possessive {
		owner := d.possessor(s, start)
		if rel.Predicate == schema.RelativeOf {
			owner = d.kinOf(s, start)
		}
		if owner != "" {
			target, targetType = owner, d.typeOf(owner)
		}
	}
	if target == "" && of.office != "" {
		// "le porte-parole présidentiel": of the president named last
		if key := d.leaderTitled(of.office); key != "" {
			target, targetType = key, schema.Person
		}
	}
	// "son homologue": the counterpart holds the owner's office, so it
	// leads only when the owner does (a minister's counterpart is a minister)
	if frcues.CounterpartTitles[s.folded[i]] && rel.Predicate == schema.LeaderOf {
		owner := ""
		if possessive {
			owner = d.possessor(s, start)
		}
		if owner == "" || d.typeOf(owner) == schema.Person && !d.isLeader(owner) {
			rel.Predicate = schema.WorksFor
		}
	}
	// the holder: a person named right after, or right before with a comma.
	holder := ""
	k := j
	if k < n && s.toks[k].text == "," {
		k++
	}
	for k < n && k > j && frcues.Honorifics[s.folded[k]] && s.mentionAt[k] < 0 {
		k++ // "sa femme, Madame Olga Costa"
	}
	outer := d.titleComplement(s, start)
	nested := outer >= 0
	if nested {
		if owner := d.namedBefore(s, outer); owner != "" {
			// "Emma Wolf, la fille du chancelier, Paul Wolf": the outer
			// title has its holder, so the name after is the chancellor.
			nested = false
			if inner := d.personAt(s, k); inner != "" && inner != owner && k > j {
				outerRel := frcues.Titles[s.folded[outer]]
				d.holds(s, rolePhrase{subject: owner, predicate: outerRel.Predicate, object: inner, first: outer,
					last: s.mentions[s.mentionAt[k]].last})
			}
		} else {
			d.outerTitleHolder(s, outer, k, target, s.folded[i])
		}
	}
	if nested || k > j && d.startsClause(s, k, start) {
		// "le gendre du président, Jared Kushner": the name is the son-in-law;
		// "À la demande du président, Boualem Sansal a été transféré": the
		// name starts the clause, it is no apposition.
	} else if k < n && s.mentionAt[k] >= 0 && s.mentions[s.mentionAt[k]].typ == schema.Person && !s.mentions[s.mentionAt[k]].nominal {
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
	} else if !nested {
		holder = d.namedBefore(s, start)
	}
	if holder != "" {
		if e := d.entities[holder]; e != nil && !former {
			e.Roles = appendOnce(e.Roles, title)
		}
		if !former && target == "" {
			// "le président de la République Emmanuel Macron": what the
			// gazetteer says the holder of that title leads
			if target = d.officeOf(holder, title, rel.Predicate); target != "" {
				targetType = d.typeOf(target)
			}
		}
		if !former && target != "" && target != holder && titleFits(rel.Predicate, targetType) {
			d.holds(s, rolePhrase{subject: holder, predicate: rel.Predicate, object: target, first: start, last: max(j, end)})
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
			if d.describesNamedPerson(s, i) {
				return mention{}, false
			}
			if key := d.leaderFor(target, s.folded[i]); key != "" {
				// "le président américain a déclaré": the text calls him so.
				d.holds(s, rolePhrase{subject: key, predicate: schema.LeaderOf, object: target, first: first, last: max(j, end)})
				return mention{first: first, last: last, key: key, typ: schema.Person, nominal: true, leader: true}, true
			}
			return mention{}, false
		}
		// "les présidents russe et ukrainien": the two leaders
		if plural && target != "" && j+1 < n && s.folded[j] == "et" && !s.toks[j+1].capitalized() {
			if c := d.r.gaz.Demonym(s.toks[j+1].text); c != nil {
				one := strings.TrimSuffix(s.folded[i], "s")
				a, b := d.leaderFor(target, one), d.leaderFor(d.fromGazetteer(c, ""), one)
				if a != "" && b != "" && a != b {
					return mention{first: first, last: j + 2, key: b, typ: schema.Person, nominal: true, group: []string{a, b}}, true
				}
			}
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
		if target != "" && targetType != schema.Person && start < i && frcues.Indefinites[s.folded[start]] {
			return mention{first: first, last: last, key: target, typ: targetType, nominal: true}, true
		}
		// "l'émissaire américain", "la procureure": the person named before
		// who holds the title
		if start < i && (frcues.Articles[s.folded[start]] || frcues.Possessives[s.folded[start]]) {
			if key := d.titleHolder(s.folded[i], target); key != "" {
				return mention{first: first, last: last, key: key, typ: schema.Person, nominal: true}, true
			}
		}
	}
	return mention{}, false
}

// pairMention reads "les deux parties", "les deux pays": the two actors
// of the last plural subject, as "ils" would be.
func (d *docState) pairMention(s *sentence, i int) (mention, bool) {
	if !frcues.PairNouns[s.folded[i]] || i < 2 || s.folded[i-1] != "deux" || s.folded[i-2] != "les" || len(d.lastGroup) != 2 {
		return mention{}, false
	}
	g := slices.Clone(d.lastGroup)
	return mention{first: i - 2, last: i + 1, key: g[0], typ: d.typeOf(g[0]), nominal: true, group: g}, true
}

func titleFits(p schema.Predicate, target schema.Type) bool {
	switch p {
	case schema.LeaderOf:
		return target == schema.Country || target == schema.Organization
	case schema.RelativeOf:
		return target == schema.Person
	}
	return isActor(target)
}

// titleScope is what a title is of, as the words after it say.
type titleScope struct {
	target    string
	typ       schema.Type
	end       int              // the token after the title and its complements
	predicate schema.Predicate // the title's, or worksFor when a body stands between
	office    string           // the title a relational adjective names ("présidentiel": "president")
}

// titleOf reads what follows a title that ends at token end and whose
// phrase starts at token start: a nationality ("le président russe"), "de
// X" ("le secrétaire général de l'OTAN"), a department ("des Affaires
// étrangères"), adjectives ("spécial", "présidentiel"), and a body between
// the title and what the body belongs to ("le porte-parole des forces de
// l'Ukraine", "d'une unité de l'armée malgache", "le chef de sa
// diplomatie"): who speaks for or commands a country's body works for the
// country and does not lead it. A kinship title passes through no body, and
// a title in the complement ("la conseillère du Premier ministre") is read
// by titleComplement.
func (d *docState) titleOf(s *sentence, end, start int, p schema.Predicate) titleScope {
	n := len(s.toks)
	sc := titleScope{predicate: p}
	body := false
	j := end
	for skips := 0; j < n && skips < 4; {
		w := s.folded[j]
		if c := d.r.gaz.Demonym(s.toks[j].text); c != nil && !s.toks[j].capitalized() && sc.target == "" {
			sc.target, sc.typ = d.fromGazetteer(c, ""), c.Type
			j++
			continue
		}
		if (frcues.Of[w] || w == "a" && j+1 < n && frcues.Articles[s.folded[j+1]]) && j+1 < n {
			k := j + 1
			for k < n && frcues.Articles[s.folded[k]] {
				k++
			}
			if k < n && s.mentionAt[k] >= 0 && sc.target == "" {
				m := s.mentions[s.mentionAt[k]]
				if isActor(m.typ) {
					sc.target, sc.typ = m.key, m.typ
					// "de l'Ukraine orientale"
					for j = m.last; j < n && s.word(j).UPOS == "ADJ" && !s.toks[j].capitalized() && s.mentionAt[j] < 0 &&
						d.r.gaz.Demonym(s.toks[j].text) == nil && !frcues.TitleAdjectives[s.folded[j]]; j++ {
					}
					continue
				}
			}
			if _, t := longestTitle(s, k); t > 0 {
				break // "la conseillère du Premier ministre": titleComplement's
			}
			// "de l'association « Mer propre »": the body by its kind and name
			if org, after := d.namedBody(s, k); org != "" && sc.target == "" {
				sc.target, sc.typ = org, schema.Organization
				j = after
				continue
			}
			// a department: "de la Défense", "des Affaires étrangères", "de presse"
			if k < n && (s.toks[k].capitalized() && s.mentionAt[k] < 0 || frcues.DepartmentWords[s.folded[k]]) {
				k++
				for k < n && s.toks[k].word && s.mentionAt[k] < 0 && !frcues.Prepositions[s.folded[k]] && !frcues.Articles[s.folded[k]] && d.r.gaz.Demonym(s.toks[k].text) == nil {
					k++
				}
				j = k
				skips++
				continue
			}
			if k >= n || sc.target != "" || p == schema.RelativeOf || !frcues.Of[w] {
				break // a body is "de" a body: "à la suite du départ de X" is none
			}
			// "le chef de sa diplomatie": the possessor's body
			if frcues.Possessives[s.folded[k]] && k+1 < n && s.word(k+1).UPOS == "NOUN" && s.mentionAt[k+1] < 0 {
				if owner := d.possessor(s, start); owner != "" {
					sc.target, sc.typ = owner, d.typeOf(owner)
					body = true
					j = k + 2
					continue
				}
				break
			}
			// "des forces de l'Ukraine", "d'une unité d'élite de l'armée malgache"
			// "l'institut congolais Ebuteli": the body is the organization named
			if s.word(k).UPOS == "NOUN" && !s.toks[k].capitalized() && s.mentionAt[k] < 0 {
				k++
				nationality := -1
				for k < n && (s.word(k).UPOS == "ADJ" || s.rel(k) == "amod") && s.mentionAt[k] < 0 && !s.toks[k].capitalized() {
					if nationality < 0 && d.r.gaz.Demonym(s.toks[k].text) != nil {
						nationality = k
					}
					k++
				}
				if k < n && s.mentionAt[k] >= 0 && s.mentions[s.mentionAt[k]].first == k && s.mentions[s.mentionAt[k]].typ == schema.Organization {
					sc.target, sc.typ = s.mentions[s.mentionAt[k]].key, schema.Organization
					j = s.mentions[s.mentionAt[k]].last
					continue
				}
				if k < n && s.toks[k].capitalized() {
					break // a body with its own name no list knows: of no country
				}
				if nationality >= 0 {
					k = nationality
				}
				if k < n && (frcues.Of[s.folded[k]] || nationality >= 0) {
					body = true
					j = k
					skips++
					continue
				}
			}
			break
		}
		if !s.toks[j].word || s.toks[j].capitalized() || s.mentionAt[j] >= 0 {
			break
		}
		// adjectives of the title: "spécial", "diplomatique", "senior"
		if frcues.TitleAdjectives[w] {
			if frcues.DeputyAdjectives[w] && sc.predicate == schema.LeaderOf {
				sc.predicate = schema.WorksFor // "le chef adjoint" leads nothing
			}
			j++
			skips++
			continue
		}
		if office, ok := frcues.RelationalAdjectives[w]; ok {
			sc.office = office
			j++
			skips++
			continue
		}
		break
	}
	sc.end = j
	if body && sc.predicate == schema.LeaderOf {
		sc.predicate = schema.WorksFor
	}
	return sc
}

// namedBody reads a body noun at token k followed by the organization's
// name, in quotation marks or not: "l'association « Mer propre »", "l'ONG
// Ciel Bleu". It returns the organization and the token after its name.
func (d *docState) namedBody(s *sentence, k int) (string, int) {
	n := len(s.toks)
	if !frcues.BodyNouns[s.folded[k]] || s.mentionAt[k] >= 0 {
		return "", k
	}
	k++
	for k < n && s.mentionAt[k] < 0 && (s.word(k).UPOS == "ADJ" && !s.toks[k].capitalized() || isQuoteMark(s.toks[k].text)) {
		k++
	}
	if k >= n || s.mentionAt[k] < 0 {
		return "", k
	}
	m := s.mentions[s.mentionAt[k]]
	if m.first != k || m.typ != schema.Organization {
		return "", k
	}
	after := m.last
	if after < n && isQuoteMark(s.toks[after].text) {
		after++
	}
	return m.key, after
}

// isQuoteMark reports whether a token is a quotation mark, opening or closing.
func isQuoteMark(t string) bool {
	if _, ok := closers[t]; ok {
		return true
	}
	return t == "»" || t == "”" || t == "›"
}

// kinOf resolves "son" and "sa" before a kinship title: the person named
// right before ("Maria Costa et son mari", "Maria Costa, sa fille"), else
// the possessor. A person who is himself someone's ("son émissaire, Steve
// Witkoff, et son gendre") shares that possessor.
func (d *docState) kinOf(s *sentence, before int) string {
	k := before - 1
	for k >= 0 && (s.toks[k].text == "," || s.folded[k] == "et" || s.folded[k] == "avec") {
		k--
	}
	if k < 0 || k == before-1 || s.mentionAt[k] < 0 {
		return d.possessor(s, before)
	}
	m := s.mentions[s.mentionAt[k]]
	if m.typ != schema.Person || len(m.group) > 0 {
		return d.possessor(s, before)
	}
	for p := m.first - 1; p >= 0 && p >= m.first-4; p-- {
		if frcues.Possessives[s.folded[p]] {
			return d.possessor(s, before)
		}
	}
	return m.key
}

// leaderTitled returns the leader named last in the document whose title,
// as the text or the gazetteer gives it, is office (a folded title word).
func (d *docState) leaderTitled(office string) string {
	for i := len(d.lastLeaders) - 1; i >= 0; i-- {
		key := d.lastLeaders[i]
		roles := []string{}
		if e := d.entities[key]; e != nil {
			roles = append(roles, e.Roles...)
		}
		if g := d.gazEntry(key); g != nil {
			roles = append(roles, g.AttrAt("role", d.doc.Date)...)
		}
		for _, r := range roles {
			if titleIsRole(office, schema.Fold(r)) {
				return key
			}
		}
	}
	return ""
}

// officeOf returns what the gazetteer says a person leads or works for at
// the document's date, when the title the text gives is the person's role
// then: "le président de la République Emmanuel Macron" leads France, "le
// ministre des Affaires étrangères, Jean-Noël Barrot" works for it.
func (d *docState) officeOf(person, title string, p schema.Predicate) string {
	g := d.gazEntry(person)
	if g == nil || p != schema.LeaderOf && p != schema.WorksFor {
		return ""
	}
	fits := false
	for _, r := range g.AttrAt("role", d.doc.Date) {
		fits = fits || titleIsRole(schema.Fold(title), schema.Fold(r))
	}
	vs := g.AttrAt(string(p), d.doc.Date)
	if !fits || len(vs) != 1 {
		return ""
	}
	if e := d.r.gaz.Entry(vs[0]); e != nil {
		return d.fromGazetteer(e, "")
	}
	return ""
}

// titleIsRole reports whether a folded title names a folded role: the same
// words, or the role's first words ("ministre" of "ministre de
// l'Économie"), a feminine "e" aside.
func titleIsRole(title, role string) bool {
	t, r := strings.Fields(title), strings.Fields(role)
	if len(t) == 0 || len(t) > len(r) {
		return false
	}
	for i := range t {
		if t[i] != r[i] && t[i] != r[i]+"e" && r[i] != t[i]+"e" {
			return false
		}
	}
	return true
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

// leaderFor returns the person the text or the gazetteer gives as leader of
// key, holding the title whose folded head word is given: "le président
// allemand" is not the German chancellor. Generic titles ("le dirigeant
// chinois") fit any leader. Of the leaders the text gives, the one named
// last, as a reader takes it (and the same one on every run, which the
// order of a map would not give); of the gazetteer's, the one in office at
// the document's date.
// describesNamedPerson reports whether the generic leader title at token i
// ("dirigeant", "chef", "leader"; not "homologue", which names someone
// else) follows, in its sentence, a person named there who leads no state:
// "… la relation du dirigeant français avec …" after "Laurent Freixe"
// describes Freixe, the head of a company, not the French president.
func (d *docState) describesNamedPerson(s *sentence, i int) bool {
	if !frcues.GenericLeaderTitles[s.folded[i]] || frcues.CounterpartTitles[s.folded[i]] {
		return false
	}
	for _, m := range s.mentions {
		if m.first < i && m.typ == schema.Person && !m.nominal && !d.isLeader(m.key) {
			return true
		}
	}
	return false
}

func (d *docState) leaderFor(key, title string) string {
	for i := len(d.lastLeaders) - 1; i >= 0; i-- {
		if p := d.lastLeaders[i]; d.leaderOf[p] == key {
			return p
		}
	}
	if gk, ok := d.r.gazKeys()[key]; ok {
		if ls := d.r.gaz.LeadersAt(gk, d.doc.Date); len(ls) == 1 {
			role := schema.Fold(ls[0].Attr("role"))
			if role != "" && !frcues.GenericLeaderTitles[title] && !strings.HasPrefix(title, strings.TrimSuffix(role, "e")) &&
				!strings.HasPrefix(role, strings.TrimSuffix(title, "e")) {
				return ""
			}
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
// who works for target. With no target, the person named last whom the
// text or the gazetteer gives the title.
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
		if e == nil || e.Type != schema.Person || target != "" && !d.worksFor(key, target) {
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
		if target == "" {
			continue
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
	if slices.Contains(d.worksForText[person], target) {
		return true
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

// longestTitle returns the longest title starting at token i and the token
// after it, or -1.
func longestTitle(s *sentence, i int) (frcues.TitleRelation, int) {
	var rel frcues.TitleRelation
	end := -1
	var words []string
	for j := i; j < len(s.toks) && len(words) < 5; j++ {
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
	return rel, end
}

// titleComplement reports whether the title phrase starting at token start
// is the complement of another title: "le gendre du président", "la
// conseillère à la sécurité nationale du Premier ministre". A name after it
// is the outer title's holder.
func (d *docState) titleComplement(s *sentence, start int) int {
	p := start - 1
	if p < 0 || !frcues.Of[s.folded[p]] {
		return -1
	}
	for k := p - 1; k >= 0 && k >= p-6; k-- {
		if !s.toks[k].word || s.mentionAt[k] >= 0 {
			return -1
		}
		if _, ok := frcues.Titles[s.folded[k]]; ok {
			return k
		}
		if u := s.word(k).UPOS; u == "VERB" || u == "AUX" {
			return -1
		}
	}
	return -1
}

// outerTitleHolder reads "la conseillère ... du Premier ministre indien,
// Priya Rao": the name at token k holds the outer title (at token outer),
// and works for (or is a relative of) the holder of the inner one, the
// leader of target when the text or the gazetteer names one.
func (d *docState) outerTitleHolder(s *sentence, outer, k int, target, innerTitle string) {
	rel, ok := frcues.Titles[s.folded[outer]]
	holder := d.personAt(s, k)
	if holder == "" {
		holder = d.describedBefore(s, outer)
	}
	if !ok || holder == "" || target == "" || rel.Predicate == schema.LeaderOf || d.typeOf(target) == schema.Person {
		return
	}
	last := k // the title phrase, or up to the name after it
	if k < len(s.toks) && s.mentionAt[k] >= 0 {
		last = s.mentions[s.mentionAt[k]].last
	}
	if leader := d.leaderFor(target, innerTitle); leader != "" && leader != holder {
		d.holds(s, rolePhrase{subject: holder, predicate: rel.Predicate, object: leader, first: outer, last: last})
	}
}

// namedBefore returns the person named right before the title phrase whose
// title (or article) is at token t, with a comma between: "Emma Wolf, la
// fille de", "Laure Martin, procureure de".
func (d *docState) namedBefore(s *sentence, t int) string {
	k := t - 1
	for k >= 0 && (frcues.Articles[s.folded[k]] || frcues.Possessives[s.folded[k]]) {
		k--
	}
	if k < 1 || s.toks[k].text != "," || s.mentionAt[k-1] < 0 {
		return ""
	}
	if m := s.mentions[s.mentionAt[k-1]]; m.typ == schema.Person && !m.nominal {
		return m.key
	}
	return ""
}

// describedBefore returns whom a title phrase that opens a sentence
// without a name describes: the person named just before, in an earlier
// sentence, of whom the text and the gazetteer give no role yet ("… a
// déclaré Ion Popescu. Le conseiller du Premier ministre a ajouté …").
// The title becomes that person's role.
func (d *docState) describedBefore(s *sentence, outer int) string {
	for k := 0; k < outer; k++ {
		if !frcues.Articles[s.folded[k]] {
			return ""
		}
	}
	p := d.lastPerson
	e := d.entities[p]
	if e == nil || len(e.Roles) > 0 || d.isLeader(p) {
		return ""
	}
	if g := d.gazEntry(p); g != nil && g.Attr("role") != "" {
		return ""
	}
	for _, m := range s.mentions {
		if m.key == p {
			return ""
		}
	}
	e.Roles = appendOnce(e.Roles, s.toks[outer].text)
	return p
}

// startsClause reports whether the name at token k, after a title phrase
// inside a prepositional phrase that starts at token start, is the subject
// of the verb right after it rather than an apposition: "À la demande du
// président allemand, Boualem Sansal a été transféré"; but not when the
// phrase is a statement of the title's holder and the name reports it.
func (d *docState) startsClause(s *sentence, k, start int) bool {
	idx := s.mentionAt[k]
	if idx < 0 || start == 0 || !frcues.Prepositions[s.folded[start-1]] {
		return false
	}
	next := s.mentions[idx].last
	if next >= len(s.toks) {
		return false
	}
	w := s.word(next)
	if !((w.UPOS == "AUX" || w.UPOS == "VERB") && w.Feat("VerbForm") == "Fin") {
		return false
	}
	// "Dans une déclaration du porte-parole, Bayo Onanuga a déclaré": who
	// speaks of the title's statement is its author, the title's holder
	p := start - 1
	for p >= 0 && (frcues.Of[s.folded[p]] || frcues.Articles[s.folded[p]]) {
		p--
	}
	v := s.head(s.mentions[idx].first)
	return p < 0 || !frcues.DocumentNouns[s.folded[p]] || v < 0 || !frcues.ReportingLemmas[s.lemmaOf(v)]
}

// rolePhrase is what a title or nationality phrase says, as the mention
// finder reads it: "le président russe, Vladimir Poutine" (leaderOf), "le
// Français Jean Dupont" (citizenOf), "la région russe de Koursk" (locatedIn),
// over tokens [first, last). The mention finder keeps what coreference needs
// (who leads what, who works for whom); the statements are the business of
// the reader rolePhrases.
type rolePhrase struct {
	subject, object string
	predicate       schema.Predicate
	first, last     int
}

// holds records a title phrase with its holder and what the holder leads or
// works for, for later titles ("le président américain") to refer to.
func (d *docState) holds(s *sentence, p rolePhrase) {
	s.phrases = append(s.phrases, p)
	switch p.predicate {
	case schema.LeaderOf:
		if d.leaderOf == nil {
			d.leaderOf = map[string]string{}
		}
		d.leaderOf[p.subject] = p.object
		d.noteLeader(p.subject)
	case schema.WorksFor:
		if d.worksForText == nil {
			d.worksForText = map[string][]string{}
		}
		d.worksForText[p.subject] = append(d.worksForText[p.subject], p.object)
	}
}

// rolePhrases states what the title and nationality phrases of a sentence
// say: the reader of role phrases.
func (d *docState) rolePhrases(s *sentence) {
	for _, p := range s.phrases {
		d.state(schema.Statement{Subject: p.subject, Predicate: p.predicate, Object: p.object, Sentence: s.index,
			EvidenceStart: s.toks[p.first].start, EvidenceEnd: s.toks[p.last-1].end})
	}
}
