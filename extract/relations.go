package extract

import (
	"slices"
	"strings"

	frcues "github.com/newskg/newskg/extract/fr"
	"github.com/newskg/newskg/nlp/lemma"
	"github.com/newskg/newskg/schema"
)

// clause is what the words before a verb or event noun say about it.
type clause struct {
	skip       bool // "avant d'accepter", "pour récupérer", a bare infinitive
	polarity   schema.Polarity
	modality   schema.Modality
	assertedBy string // the speaker of "X a déclaré que ..."
}

// isClauseBoundary reports whether token k ends the clause looking backwards.
func isClauseBoundary(s *sentence, k int) bool {
	t := s.toks[k].text
	w := s.folded[k]
	if (w == "alors" || w == "tandis") && k+1 < len(s.toks) {
		// "alors que", "tandis que"; not "jusqu'alors"
		return s.folded[k+1] == "que" || s.folded[k+1] == "qu"
	}
	return frcues.ClauseWords[w] || t == ";" || t == ":"
}

// readClause looks at the words before token i (a verb or event noun) for
// negation, modality, blocking words and a reporting verb.
func (d *docState) readClause(s *sentence, i int, verb bool) clause {
	c := clause{polarity: schema.Positive, modality: schema.Asserted}
	form := strings.ToLower(s.toks[i].text)
	lem := s.lemmaOf(i)
	if verb {
		switch {
		case isFuture(form, lem):
			c.modality = schema.Planned
		case isConditional(form, lem):
			c.modality = schema.Hypothetical
		}
	}
	sawAux := false
	sawNe, sawNegator := false, false
	boundary := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if isClauseBoundary(s, k) {
			boundary = k
			break
		}
		w := s.folded[k]
		if s.toks[k].text == "," && (k < i-2 || verb && isPresentParticiple(s, i)) {
			break
		}
		if w == "ne" || w == "n" {
			sawNe = true
		}
		if frcues.Negators[w] {
			sawNegator = true
			if k == i-1 && verb {
				c.polarity = schema.Negative // "ne pas rejeter"
			}
		}
		if frcues.Auxiliaries[w] {
			sawAux = true
		}
		if m, ok := frcues.FutureAuxiliaries[w]; ok {
			c.modality = m
			sawAux = true
		}
		if frcues.BlockingWords[w] && (verb && onlyClitics(s, k+1, i) || !verb && k >= i-4) {
			c.skip = true
		}
		if s.mentionAt[k] >= 0 {
			continue
		}
		l := s.lemmaOf(k)
		if m, ok := frcues.ModalLemmas[l]; ok && k < i && !frcues.Auxiliaries[w] && !frcues.Implicative[l] {
			if c.modality == schema.Asserted {
				c.modality = m
			}
			sawAux = true
		}
		if l == "préparer" {
			c.skip = true
		}
	}
	// negation around the verb: "n'a pas encore accepté", "n'accepte pas"
	for k := i + 1; k < len(s.toks) && k <= i+2; k++ {
		if frcues.Negators[s.folded[k]] {
			sawNegator = true
		}
	}
	if sawNe && sawNegator {
		c.polarity = schema.Negative
	}
	// a bare infinitive names an event that may not happen ("pour
	// rencontrer", "dans l'espoir de rencontrer"), unless an adjunct says it
	// happens as the clause does ("au moment de recevoir X")
	if verb && !sawAux && isInfinitive(s, i) && c.modality == schema.Asserted &&
		!coincidentInfinitive(s, i) {
		c.skip = true
	}
	// reported speech: "X a déclaré que ..."
	if boundary >= 0 && (s.folded[boundary] == "que" || s.folded[boundary] == "qu") {
		for k := boundary - 1; k >= 0 && k >= boundary-4; k-- {
			if s.toks[k].word && d.isReporting(s.toks[k].text) {
				c.modality = mergeReported(c.modality)
				if subj := d.subjectsBefore(s, k); len(subj) > 0 {
					c.assertedBy = subj[0]
				}
				break
			}
		}
	}
	return c
}

// onlyClitics reports whether tokens [from, to) are only the little words
// between a preposition and its infinitive: "avant de ne pas l'accepter".
func onlyClitics(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if !frcues.Clitics[s.folded[k]] {
			return false
		}
	}
	return true
}

func mergeReported(m schema.Modality) schema.Modality {
	if m == schema.Asserted {
		return schema.Reported
	}
	return m
}

// coincidentInfinitive reports whether the infinitive at token i follows a
// noun that makes its event happen with the main clause's: "au moment de
// recevoir X".
func coincidentInfinitive(s *sentence, i int) bool {
	return i >= 2 && s.folded[i-1] == "de" && frcues.CoincidentNouns[s.folded[i-2]]
}

// isInfinitive reports whether the verb at token i is an infinitive: the
// parse says so, or, where it says nothing of the verb form, the ending does
// ("rencontre" is a present the parse reads as finite, not an infinitive).
func isInfinitive(s *sentence, i int) bool {
	if f := s.word(i).Feat("VerbForm"); f != "" {
		return f == "Inf"
	}
	form := strings.ToLower(s.toks[i].text)
	return strings.HasSuffix(form, "er") || strings.HasSuffix(form, "ir") || strings.HasSuffix(form, "re")
}

// isPresentParticiple reports whether the verb at token i is a present
// participle or a gerund ("proposant", "en appelant"): the words before its
// comma are another clause ("Rome a refusé, proposant une trêve").
func isPresentParticiple(s *sentence, i int) bool {
	w := s.word(i)
	return w.Feat("VerbForm") == "Ger" || w.Feat("VerbForm") == "Part" && w.Feat("Tense") == "Pres"
}

func isFuture(form, lem string) bool {
	stem := strings.TrimSuffix(lem, "e")
	if !strings.HasPrefix(form, stem) || form == lem {
		return false
	}
	rest := form[len(stem):]
	switch rest {
	case "ai", "as", "a", "ons", "ez", "ont":
		return strings.HasSuffix(stem, "r")
	}
	return false
}

func isConditional(form, lem string) bool {
	stem := strings.TrimSuffix(lem, "e")
	if !strings.HasPrefix(form, stem) || !strings.HasSuffix(stem, "r") {
		return false
	}
	switch form[len(stem):] {
	case "ais", "ait", "ions", "iez", "aient":
		return true
	}
	return false
}

// subjectsBefore returns the actor(s) that are the subject of the verb at i:
// the nearest actor before it in its clause that is not the object of a
// preposition, with those coordinated to it ("Witkoff et Kushner").
func (d *docState) subjectsBefore(s *sentence, i int) []string {
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		if isClauseBoundary(s, k) {
			return nil
		}
		idx := s.mentionAt[k]
		if idx < 0 {
			continue
		}
		m := s.mentions[idx]
		k = m.first
		if !isActor(m.typ) || d.inPP(s, m) {
			continue
		}
		keys := d.coordinatedBefore(s, idx)
		if len(m.group) > 0 {
			keys = append(keys, m.group...)
		} else {
			keys = append(keys, m.key)
		}
		return keys
	}
	return nil
}

// coordinatedBefore returns actors joined by "et" before mention idx.
func (d *docState) coordinatedBefore(s *sentence, idx int) []string {
	var keys []string
	for idx > 0 {
		m, p := s.mentions[idx], s.mentions[idx-1]
		if !isActor(p.typ) || m.first-p.last > 6 {
			break
		}
		et := false
		ok := true
		for k := p.last; k < m.first; k++ {
			w := s.folded[k]
			switch {
			case w == "et":
				et = true
			case s.toks[k].text == "," || frcues.Articles[w] || frcues.Possessives[w] || !s.toks[k].word:
			case d.r.gaz.Demonym(s.toks[k].text) != nil || frcues.Titles[w].Predicate != "":
			default:
				ok = false
			}
		}
		if !et || !ok {
			break
		}
		keys = append(keys, p.key)
		idx--
	}
	return keys
}

// objectsAfter returns the mentions after token i in its clause that the
// verb takes as object: introduced by prep when it is set, else the first
// mention that is not the object of a preposition (concepts may be: "a
// accepté l'accord sur le cessez-le-feu").
func (d *docState) objectsAfter(s *sentence, i int, prep string, want func(schema.Type) bool) []mention {
	var out []mention
	for k := i + 1; k < len(s.toks) && k <= i+14; k++ {
		w := s.folded[k]
		if w == "que" || w == "qu" || w == "qui" || s.toks[k].text == ";" || s.toks[k].text == ":" ||
			s.opensClause(k) {
			break
		}
		idx := s.mentionAt[k]
		if idx < 0 {
			continue
		}
		m := s.mentions[idx]
		k = m.last - 1
		if !want(m.typ) {
			continue
		}
		p := prevWord(s, m.first, true)
		pw := ""
		if p >= 0 {
			pw = s.folded[p]
		}
		if prep != "" {
			if pw != prep && !(prep == "a" && (pw == "au" || pw == "aux")) && !(prep == "de" && frcues.DeForms[pw]) {
				continue
			}
		} else if frcues.Prepositions[pw] && m.typ != schema.Concept && m.typ != schema.Place {
			continue
		}
		out = append(out, m)
		// coordinated objects: "Poutine et les Russes"
		for idx+1 < len(s.mentions) {
			nx := s.mentions[idx+1]
			between := s.folded[m.last:nx.first]
			if len(between) == 0 || len(between) > 3 || between[0] != "et" || !want(nx.typ) {
				break
			}
			out = append(out, nx)
			m = nx
			idx++
		}
		break
	}
	return out
}

func actorOnly(t schema.Type) bool { return isActor(t) }

func objectTypes(p schema.Predicate) func(schema.Type) bool {
	switch p {
	case schema.Proposed, schema.Accepted:
		return func(t schema.Type) bool { return t == schema.Concept }
	case schema.Rejected, schema.Supports:
		return func(t schema.Type) bool { return t == schema.Concept || isActor(t) }
	case schema.Attacked, schema.Invaded, schema.Captured:
		return func(t schema.Type) bool { return t == schema.Place || t == schema.Country }
	case schema.Released:
		return func(t schema.Type) bool { return t == schema.Person }
	}
	return actorOnly
}

// findRelations reads the verbs and event nouns of sentence si.
func (d *docState) findRelations(si int) {
	s := d.sents[si]
	d.rolePhrases(s)
	d.nounPhrases(s)
	for i, t := range s.toks {
		if !t.word || s.mentionAt[i] >= 0 {
			continue
		}
		w := s.folded[i]
		if ev, ok := frcues.EventNouns[w]; ok && (s.word(i).UPOS == "NOUN" || d.nounByPrevious(s, i)) {
			d.eventNoun(s, i, ev)
			continue
		}
		if w == "allie" || w == "alliee" {
			d.appositionRelation(s, i, schema.AllyOf)
			continue
		}
		if i > 0 && (frcues.Articles[s.folded[i-1]] || frcues.Possessives[s.folded[i-1]]) {
			continue // a noun, not a verb
		}
		form := strings.ToLower(t.text)
		lem := s.lemmaOf(i)
		switch {
		case lem == "mentir" && (form == "ment" || form == "mentent" || form == "mentait"):
			d.liar(s, i)
			continue
		case lem == "tenir" && hasWordAfter(s, i, 8, "informe", "informee", "informes"):
			d.verb(s, i, frcues.VerbFrame{Predicate: schema.Informed})
			continue
		case frcues.ClaimLemmas[lem]:
			// handled by the event noun "prise"
			continue
		}
		frames, ok := frcues.Verbs[lem]
		for _, l := range participleLemmas(form) {
			if !ok {
				frames, ok = frcues.Verbs[l]
			}
		}
		if !ok {
			continue
		}
		for _, f := range frames {
			if d.verb(s, i, f) {
				break
			}
		}
	}
}

// nounByPrevious reports whether the word before token i makes it a noun
// whatever its tag: an article, a possessive, "de", "deux", a demonym, or a
// light verb ("fait pression"). The first word of a sentence has no word
// before it ("Rencontré à Moscou, …").
func (d *docState) nounByPrevious(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	prev := s.folded[i-1]
	switch prev {
	case "des", "d", "du", "de", "deux":
		return true
	}
	return d.isLightVerb(s, i-1) || frcues.Articles[prev] || frcues.Possessives[prev] || d.r.gaz.Demonym(s.toks[i-1].text) != nil
}

// isLightVerb reports whether token k is a verb that makes an event noun
// its predicate: "fait pression", "exerçant des pressions", "se rendre visite".
func (d *docState) isLightVerb(s *sentence, k int) bool {
	if !s.toks[k].word || s.mentionAt[k] >= 0 {
		return false
	}
	return frcues.SupportVerbs[s.lemmaOf(k)]
}

// isReporting reports whether a word is a form of a verb of saying: one of
// its dictionary lemmas is, or the infinitive of a participle.
func (d *docState) isReporting(word string) bool {
	form := strings.ToLower(word)
	for _, l := range lemma.Golem().Lemmas(form) {
		if frcues.ReportingLemmas[l] {
			return true
		}
	}
	for _, l := range participleLemmas(form) {
		if frcues.ReportingLemmas[l] {
			return true
		}
	}
	return false
}

// participleLemmas guesses the infinitives of a past participle that the
// lemma dictionary reads as a noun or adjective: "accusé" -> "accuser",
// "soutenue" -> "soutenir", "réunis" -> "réunir", "battu" -> "battre".
func participleLemmas(form string) []string {
	stem := strings.TrimSuffix(strings.TrimSuffix(form, "s"), "e")
	switch {
	case strings.HasSuffix(stem, "é"):
		return []string{strings.TrimSuffix(stem, "é") + "er"}
	case strings.HasSuffix(stem, "enu"):
		return []string{strings.TrimSuffix(stem, "u") + "ir"}
	case strings.HasSuffix(stem, "i"):
		return []string{stem + "r"}
	case strings.HasSuffix(stem, "u"):
		return []string{strings.TrimSuffix(stem, "u") + "re", strings.TrimSuffix(stem, "u") + "ir"}
	}
	return nil
}

func hasWordAfter(s *sentence, i, window int, words ...string) bool {
	for k := i + 1; k < len(s.toks) && k <= i+window; k++ {
		for _, w := range words {
			if s.folded[k] == w {
				return true
			}
		}
	}
	return false
}

// verb reads a relation cued by the verb at token i; it reports whether it
// found the relation's parties. The tree gives the parties and the clause;
// the word sequence stands in where the parse has no subject or object for
// the verb, and may only make the clause more cautious (a misparse must not
// turn "n'a pas accepté" into a fact).
func (d *docState) verb(s *sentence, i int, f frcues.VerbFrame) bool {
	c := cautious(d.treeClause(s, i), d.readClause(s, i, true))
	if c.skip {
		return false
	}
	reflexive := s.isReflexive(i) || d.reflexiveBefore(s, i)
	if f.Reflexive && !reflexive {
		return false
	}
	switch f.Complement {
	case "a-inf":
		if !d.infinitiveWithA(s, i) {
			return false
		}
	case "!a-inf":
		if d.infinitiveWithA(s, i) {
			return false
		}
	}
	pred := f.Predicate
	if pred == schema.Met && c.modality != schema.Asserted && c.modality != schema.Reported {
		pred = schema.PlansToMeet
		c.modality = schema.Asserted
		if c.polarity == schema.Negative {
			return false
		}
	}
	want := objectTypes(pred)
	// passive: "envahie par les troupes de Kiev"
	agents := d.treeAgents(s, i)
	if len(agents) == 0 && i+1 < len(s.toks) && s.folded[i+1] == "par" {
		agents = d.agentsAfter(s, i+1)
	}
	if len(agents) > 0 {
		patient := d.treePatient(s, i, want)
		if patient == "" {
			patient = d.patientBefore(s, i, want)
		}
		if patient == "" && i == 0 {
			// "Gracié par X à la demande de Z, Y est rentré": a participle
			// that opens the sentence is said of the subject after its comma
			for k := i + 1; k < len(s.toks); k++ {
				if s.toks[k].text == "," {
					if ss := d.subjectsAfter(s, k); len(ss) > 0 && want(d.typeOf(ss[0])) {
						patient = ss[0]
					}
					break
				}
			}
		}
		if patient == "" {
			return false
		}
		for _, a := range agents {
			d.emit(s, i, a.key, pred, patient, c)
		}
		return true
	}
	subjects := keysOf(d.treeSubjects(s, i))
	if len(subjects) == 0 {
		subjects = d.subjectsBefore(s, i)
	}
	if (f.Prep == "" || f.Reflexive) && len(subjects) >= 2 && reflexive {
		for a := 0; a < len(subjects); a++ {
			for b := a + 1; b < len(subjects); b++ {
				d.emit(s, i, subjects[a], pred, subjects[b], c)
			}
		}
		return true
	}
	if isContact(pred) {
		// "X, accompagné de Y, a rencontré Z": Y met Z too
		subjects = append(subjects, d.companions(s, i, subjects)...)
	}
	objects := d.treeObjects(s, i, f.Prep, want)
	if len(objects) == 0 && (f.Complement == "a-inf" || !d.hasClausalObject(s, i)) {
		// no object in the parse, and no clause as object ("a refusé de
		// rencontrer X" does not reject X): the words after the verb
		objects = d.objectsAfter(s, i, f.Prep, want)
	}
	// a companion is no object, whatever the parse coordinates it with
	objects = slices.DeleteFunc(objects, func(m mention) bool { return slices.Contains(subjects, m.key) })
	if f.AllParties {
		// "la rencontre a réuni X et Y": the objects meet, and the subject
		// with them when it is a party
		parties := append(subjects, keysOf(objects)...)
		if len(objects) < 2 {
			return false
		}
		for a := 0; a < len(parties); a++ {
			for b := a + 1; b < len(parties); b++ {
				d.emit(s, i, parties[a], pred, parties[b], c)
			}
		}
		return true
	}
	if len(subjects) == 0 || len(objects) == 0 {
		return false
	}
	for _, subj := range subjects {
		for _, o := range objects {
			d.emit(s, i, subj, pred, o.key, c)
		}
	}
	return true
}

// infinitiveWithA reports whether the verb at token i has an infinitive
// introduced by "à" after it: "appelle Rome à négocier".
func (d *docState) infinitiveWithA(s *sentence, i int) bool {
	for _, c := range s.dependents(i, "xcomp", "ccomp", "advcl", "obl") {
		if c > i && s.word(c).Feat("VerbForm") == "Inf" && s.folded[c-1] == "a" {
			return true
		}
	}
	// the words: "à" then an infinitive, before the clause ends
	for k := i + 1; k+1 < len(s.toks) && k <= i+10; k++ {
		if s.toks[k].text == "," || s.folded[k] == "que" || s.folded[k] == "qu" {
			break
		}
		if s.folded[k] == "a" && s.mentionAt[k+1] < 0 && s.word(k+1).Feat("VerbForm") == "Inf" {
			return true
		}
	}
	return false
}

// reflexiveBefore reports whether "se" stands before the verb at token i,
// alone or with an auxiliary: "se rencontrent", "se sont rencontrés".
func (d *docState) reflexiveBefore(s *sentence, i int) bool {
	return i > 0 && (s.folded[i-1] == "se" || s.folded[i-1] == "s") ||
		i > 1 && (s.folded[i-2] == "se" || s.folded[i-2] == "s") && frcues.Auxiliaries[s.folded[i-1]] ||
		i > 2 && (s.folded[i-3] == "se" || s.folded[i-3] == "s")
}

// cautious merges what the tree and the word sequence say of a clause,
// keeping the more careful reading of each: skipped, negative, and not
// asserted if either says so.
func cautious(tree, words clause) clause {
	c := tree
	c.skip = tree.skip || words.skip
	if words.polarity == schema.Negative {
		c.polarity = schema.Negative
	}
	if c.modality == schema.Asserted {
		c.modality = words.modality
	}
	if c.assertedBy == "" {
		c.assertedBy = words.assertedBy
	}
	return c
}

func keysOf(ms []mention) []string {
	keys := make([]string, 0, len(ms))
	for _, m := range ms {
		keys = append(keys, m.key)
	}
	return keys
}

// agentsAfter reads the agent of a passive after "par" at token p: "par
// l'Ukraine", "par les troupes de Kiev".
func (d *docState) agentsAfter(s *sentence, p int) []mention {
	for k := p + 1; k < len(s.toks) && k <= p+5; k++ {
		if idx := s.mentionAt[k]; idx >= 0 {
			if m := s.mentions[idx]; isActor(m.typ) {
				return []mention{m}
			}
			return nil
		}
		w := s.folded[k]
		if !(frcues.Articles[w] || frcues.ActorNouns[w] || frcues.DeForms[w]) {
			return nil
		}
	}
	return nil
}

// patientBefore finds what a passive participle is said of: the nearest
// mention before it, or the last place named when the text says "cette région".
func (d *docState) patientBefore(s *sentence, i int, want func(schema.Type) bool) string {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if idx := s.mentionAt[k]; idx >= 0 {
			m := s.mentions[idx]
			if want(m.typ) {
				return m.key
			}
			return ""
		}
		if frcues.PlaceNouns[s.folded[k]] {
			return d.placeBefore(s, k)
		}
	}
	return ""
}

// placeBefore returns the last place named before token k, in this
// sentence or the one before: what "cette région" refers to.
func (d *docState) placeBefore(s *sentence, k int) string {
	for si := s.index; si >= 0 && si >= s.index-1; si-- {
		ss := d.sents[si]
		for j := len(ss.mentions) - 1; j >= 0; j-- {
			m := ss.mentions[j]
			if (si < s.index || m.last <= k) && m.typ == schema.Place {
				return m.key
			}
		}
	}
	return ""
}

func (d *docState) emit(s *sentence, i int, subj string, pred schema.Predicate, obj string, c clause) {
	if c.polarity == "" {
		c.polarity = schema.Positive
	}
	start, end, at := d.evidence(s, i, subj, obj)
	d.state(schema.Statement{Subject: subj, Predicate: pred, Object: obj, Sentence: s.index,
		Polarity: c.polarity, Modality: c.modality, AssertedBy: c.assertedBy,
		EvidenceStart: start, EvidenceEnd: end,
		SubjectStart: at[0].start, SubjectEnd: at[0].end, ObjectStart: at[1].start, ObjectEnd: at[1].end})
}

// evidence returns the byte span of the words that state a relation: the
// trigger at token i and, for each party, the mention of it in the sentence
// nearest to the trigger (a party named in another sentence, through a
// pronoun the sentence does not hold, adds nothing). at holds the span of
// each party's mention, in the order of parties; empty for a party the
// sentence does not hold.
func (d *docState) evidence(s *sentence, i int, parties ...string) (start, end int, at []span) {
	first, last := i, i+1
	at = make([]span, len(parties))
	for p, key := range parties {
		best, dist := -1, len(s.toks)+1
		for idx, m := range s.mentions {
			if m.key != key && !slices.Contains(m.group, key) {
				continue
			}
			dd := m.first - i
			if m.first < i {
				dd = i - m.last + 1
			}
			if dd < dist {
				best, dist = idx, dd
			}
		}
		if best >= 0 {
			m := s.mentions[best]
			first, last = min(first, m.first), max(last, m.last)
			at[p] = span{s.toks[m.first].start, s.toks[m.last-1].end}
		}
	}
	return s.toks[first].start, s.toks[last-1].end, at
}

// liar reads "X ment" inside someone's words: the speaker accuses X.
func (d *docState) liar(s *sentence, i int) {
	subj := d.subjectsBefore(s, i)
	if len(subj) == 0 {
		// inside a quote the subject may be before the quotation mark
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if idx := s.mentionAt[k]; idx >= 0 && isActor(s.mentions[idx].typ) {
				subj = []string{s.mentions[idx].key}
				break
			}
		}
	}
	speaker := d.speakerIn(s, i)
	if len(subj) == 0 || speaker == "" || speaker == subj[0] {
		return
	}
	start, end, at := d.evidence(s, i, speaker, subj[0])
	d.state(schema.Statement{Subject: speaker, Predicate: schema.Accused, Object: subj[0], Sentence: s.index,
		EvidenceStart: start, EvidenceEnd: end,
		SubjectStart: at[0].start, SubjectEnd: at[0].end, ObjectStart: at[1].start, ObjectEnd: at[1].end})
}

// eventNoun reads a relation named by a noun: "les pourparlers entre X et Y",
// "un appel avec X", "l'invasion russe de X", "la pression des États-Unis".
func (d *docState) eventNoun(s *sentence, i int, ev frcues.EventNoun) {
	c := d.readClause(s, i, false)
	if c.skip || c.polarity == schema.Negative {
		return
	}
	if m := d.eventModality(s, i); c.modality == schema.Asserted {
		c.modality = m
	}
	// "sera la première depuis le début de l'invasion russe": an event the
	// sentence dates something from happened, whatever the tense of its verb
	if d.pastAnchored(s, i) {
		c.modality = schema.Asserted
	}
	// "X participera à la réunion", "X n'a pas eu d'entretien avec Y": the
	// light verb carries the event's tense and polarity
	if lv := d.lightVerbOf(s, i); lv >= 0 {
		g := d.verbGroupClause(s, lv)
		if g.polarity == schema.Negative {
			return
		}
		if c.modality == schema.Asserted {
			c.modality = g.modality
		}
	}
	pred := ev.Predicate
	planned := ev.Planned || c.modality == schema.Planned || c.modality == schema.Hypothetical ||
		d.hasWordAfterIn(s, i, 2, frcues.PlannedAdjectives)
	if pred == schema.Met && planned {
		pred = schema.PlansToMeet
	}
	if c.modality == schema.Hypothetical || c.modality == schema.Planned {
		c.modality = schema.Asserted
		if pred != schema.PlansToMeet {
			return
		}
	}
	want := objectTypes(pred)
	n := len(s.toks)
	// the agent named right after: "l'invasion russe", "la pression des États-Unis"
	agent := ""
	k := i + 1
	if k < n && s.toks[k].word && !s.toks[k].capitalized() && s.mentionAt[k] < 0 {
		if c := d.r.gaz.Demonym(s.toks[k].text); c != nil {
			agent = d.fromGazetteer(c, "")
			k++
		}
	}
	if agent == "" && i > 0 && frcues.Possessives[s.folded[i-1]] {
		if ss := d.subjectsBefore(s, i); len(ss) > 0 {
			agent = ss[0]
		}
	}
	if agent != "" {
		// set above
	} else if k < n && s.mentionAt[k] >= 0 && isActor(s.mentions[s.mentionAt[k]].typ) {
		agent = s.mentions[s.mentionAt[k]].key
		k = s.mentions[s.mentionAt[k]].last
	} else if k < n && frcues.DeForms[s.folded[k]] {
		j := k + 1
		for j < n && frcues.Articles[s.folded[j]] {
			j++
		}
		if j < n && s.mentionAt[j] >= 0 && isActor(s.mentions[s.mentionAt[j]].typ) && pred != schema.Captured && pred != schema.Invaded && pred != schema.Released {
			agent = s.mentions[s.mentionAt[j]].key
			k = s.mentions[s.mentionAt[j]].last
		}
	}
	switch pred {
	case schema.Met, schema.PlansToMeet, schema.SpokeWith, schema.NegotiatesWith:
		// A meeting named by a noun is a fact only when the text says it took
		// place; otherwise it is a plan ("une rencontre imminente") or a topic
		// ("interrogé sur une rencontre").
		heldSoon := hasWordAfter(s, i, 12, "lieu")
		took := d.tookPlace(s, i)
		if pred == schema.Met && !heldSoon && !took {
			return
		}
		if d.contactParties(s, i, pred, c) {
			return
		}
		// "se rendre visite": the subjects visit each other
		if s.folded[i] == "visite" && i > 0 && s.folded[i-1] == "rendre" {
			if subj := d.subjectsBefore(s, i); len(subj) >= 2 {
				c.modality = schema.Asserted
				d.emit(s, i, subj[0], schema.PlansToMeet, subj[1], c)
			}
			return
		}
		// "entre X et Y"
		for j := i + 1; j < n && j <= i+10; j++ {
			// "une réunion jugée franche jeudi à Lomé entre X et Y": a place
			// may stand between the noun and its parties
			if idx := s.mentionAt[j]; idx >= 0 && s.folded[j-1] != "avec" && s.folded[j-1] != "entre" &&
				!frcues.PlacePrepositions[strings.ToLower(s.toks[prevWord(s, j, true)].text)] {
				break
			}
			if s.folded[j] == "entre" {
				if parties := d.partiesAfter(s, j); len(parties) >= 2 {
					d.emitAmong(s, i, parties[:2], pred, c)
				}
				return
			}
			if s.folded[j] == "avec" {
				if pred == schema.Met && !heldSoon {
					return // the tree gave no party: the subject may only comment on it
				}
				objs := d.objectsAfter(s, j-1, "avec", actorOnly)
				if len(objs) == 0 {
					return
				}
				subj := agent
				if subj == "" {
					if ss := d.mainSubject(s, i); len(ss) > 0 {
						subj = ss[0]
					}
				}
				for _, o := range objs {
					if len(o.group) == 0 {
						d.emit(s, i, subj, pred, o.key, c)
					}
				}
				return
			}
		}
		// "X et Y ont décidé d'entamer des négociations"
		if subj := d.subjectsBefore(s, i); len(subj) >= 2 {
			d.emit(s, i, subj[0], pred, subj[1], c)
		}
	case schema.Urged:
		// "la pression des États-Unis, l'Ukraine a accepté"; "des pressions sur Kiev"
		if objs := d.objectsAfter(s, k-1, "sur", actorOnly); len(objs) > 0 {
			subj := agent
			if subj == "" {
				if ss := d.mainSubject(s, i); len(ss) > 0 {
					subj = ss[0]
				}
			}
			for _, o := range objs {
				d.emit(s, i, subj, pred, o.key, c)
			}
			return
		}
		if agent != "" {
			for j := k; j < n; j++ {
				if s.toks[j].text == "," {
					if ss := d.subjectsAfter(s, j); len(ss) > 0 {
						d.emit(s, i, agent, pred, ss[0], c)
					}
					return
				}
			}
		}
	case schema.Supports:
		// "X, un fidèle soutien de Y"; "Ottawa a montré son soutien à Kiev",
		// "le soutien de Paris à Kiev"
		// "les soutiens de Y" are Y's supporters: Y supports no one
		if d.appositionRelation(s, i, pred) || agent == "" || s.word(i).Feat("Number") == "Plur" {
			return
		}
		for _, o := range d.objectsAfter(s, k-1, "a", actorOnly) {
			d.emit(s, i, agent, pred, o.key, c)
		}
	case schema.Proposed:
		// "la proposition américaine de cessez-le-feu", "proposition de cessez-le-feu de Moscou"
		var concept string
		for j := i + 1; j < n && j <= i+10; j++ {
			if idx := s.mentionAt[j]; idx >= 0 {
				m := s.mentions[idx]
				if m.typ == schema.Concept && concept == "" {
					concept = m.key
				} else if isActor(m.typ) && agent == "" && (m.first == 0 || s.folded[prevWord(s, m.first, true)] == "de") {
					agent = m.key
				}
				j = m.last - 1
			}
		}
		if concept != "" && agent != "" {
			d.emit(s, i, agent, pred, concept, c)
		}
	case schema.Released:
		d.releaseNoun(s, i, c)
	case schema.Captured:
		// "ont revendiqué la prise de la ville de Pokrovsk"
		if i < 2 || !d.hasWordBeforeIn(s, i, 3, frcues.ClaimForms) {
			return
		}
		objs := d.objectsAfter(s, i, "", want)
		subj := d.subjectsBefore(s, i)
		if len(objs) > 0 && len(subj) > 0 {
			d.emit(s, i, subj[0], pred, objs[0].key, c)
		}
	case schema.Invaded, schema.Attacked:
		if agent == "" {
			return
		}
		for j := k; j < n && j <= k+10; j++ {
			if idx := s.mentionAt[j]; idx >= 0 {
				m := s.mentions[idx]
				p := prevWord(s, m.first, true)
				if want(m.typ) && p >= 0 && (s.folded[p] == "contre" || s.folded[p] == "de" || s.folded[p] == "d" || s.folded[p] == "sur" || s.folded[p] == "en" || s.folded[p] == "dans") {
					d.emit(s, i, agent, pred, m.key, c)
					return
				}
				j = m.last - 1
			}
		}
	}
}

// hasWordAfterIn reports whether one of the window words after token i is in words.
func (d *docState) hasWordAfterIn(s *sentence, i, window int, words map[string]bool) bool {
	for k := i + 1; k < len(s.toks) && k <= i+window; k++ {
		if words[s.folded[k]] {
			return true
		}
	}
	return false
}

// eventModality reads what the clause says of an event noun that is its
// subject: "un appel est possible", "la rencontre est prévue", "une réunion
// pourrait avoir lieu", "un sommet est envisagé".
func (d *docState) eventModality(s *sentence, i int) schema.Modality {
	h := s.head(i)
	if h < 0 || s.rel(i) != "nsubj" {
		return schema.Asserted
	}
	if frcues.PlannedAdjectives[s.folded[h]] {
		return schema.Hypothetical
	}
	if m, ok := frcues.ModalLemmas[s.lemmaOf(h)]; ok && !frcues.Implicative[s.lemmaOf(h)] {
		return m
	}
	return d.verbGroupClause(s, h).modality
}

// hasWordBeforeIn reports whether one of the window words before token i is in words.
func (d *docState) hasWordBeforeIn(s *sentence, i, window int, words map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		if words[s.folded[k]] {
			return true
		}
	}
	return false
}

// partiesAfter reads "entre X et Y" from the token after "entre".
func (d *docState) partiesAfter(s *sentence, j int) []string {
	var keys []string
	for k := j + 1; k < len(s.toks) && k <= j+12 && len(keys) < 2; k++ {
		if idx := s.mentionAt[k]; idx >= 0 {
			m := s.mentions[idx]
			if len(m.group) >= 2 {
				return m.group
			}
			if isActor(m.typ) {
				keys = append(keys, m.key)
			}
			k = m.last - 1
			continue
		}
		w := s.folded[k]
		if !(w == "et" || frcues.Articles[w] || !s.toks[k].word || frcues.Titles[w].Predicate != "" || d.r.gaz.Demonym(s.toks[k].text) != nil) {
			break
		}
	}
	return keys
}

// mainSubject returns the subject of the clause that holds token i, or the
// topic of the text when the clause has none of its own.
func (d *docState) mainSubject(s *sentence, i int) []string {
	return d.subjectsBefore(s, i)
}

// subjectsAfter returns the first actor after token j that is not the object
// of a preposition.
func (d *docState) subjectsAfter(s *sentence, j int) []string {
	for k := j + 1; k < len(s.toks) && k <= j+6; k++ {
		if idx := s.mentionAt[k]; idx >= 0 {
			m := s.mentions[idx]
			if isActor(m.typ) && !d.inPP(s, m) {
				return []string{m.key}
			}
			return nil
		}
	}
	return nil
}

// appositionRelation reads a noun in apposition that relates the actor
// before it to those after "de": "X, un allié de Y et de Z" (X allyOf Y and
// Z), "X, un fidèle soutien de Y", "X et W, soutiens de Y" (supports). An
// alliance is between states and bodies; anyone may be a supporter. It
// reports whether it read one.
func (d *docState) appositionRelation(s *sentence, i int, pred schema.Predicate) bool {
	a := i - 1
	if a >= 1 && s.toks[a].word && !frcues.Articles[s.folded[a]] && s.mentionAt[a] < 0 && s.folded[a-1] != "," {
		a-- // an adjective: "un fidèle soutien", "un proche allié"
	}
	if a >= 1 && (frcues.Articles[s.folded[a]] || s.folded[a] == "des") {
		a--
	}
	if a < 1 || s.toks[a].text != "," {
		return false
	}
	party := isActor
	if pred == schema.AllyOf {
		party = func(t schema.Type) bool { return isActor(t) && t != schema.Person }
	}
	idx := s.mentionAt[a-1]
	if idx < 0 || !party(s.mentions[idx].typ) {
		return false
	}
	xs := append(d.coordinatedBefore(s, idx), s.mentions[idx].key)
	found := false
	for k := i + 1; k < len(s.toks) && k <= i+12; k++ {
		w := s.folded[k]
		if m := s.mentionAt[k]; m >= 0 {
			if y := s.mentions[m]; party(y.typ) {
				for _, x := range xs {
					d.emit(s, i, x, pred, y.key, clause{modality: schema.Asserted})
				}
				found = true
			}
			k = s.mentions[m].last - 1
			continue
		}
		if !(frcues.DeForms[w] || w == "et" || frcues.Articles[w]) {
			break
		}
	}
	return found
}

// hasClausalObject reports whether the verb at token i takes a clause as
// its object: "a refusé de rencontrer X", "a soutenu que X …".
func (d *docState) hasClausalObject(s *sentence, i int) bool {
	for _, c := range s.dependents(i, "ccomp", "xcomp") {
		if u := s.word(c).UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// isContact reports whether p is a contact between parties, which whoever
// comes with a party takes part in.
func isContact(p schema.Predicate) bool {
	switch p {
	case schema.Met, schema.PlansToMeet, schema.SpokeWith, schema.NegotiatesWith:
		return true
	}
	return false
}

// companions returns the people named as coming with the subject of the
// verb at token i, other than the subjects: "X, accompagné du gendre du
// président, Y, a rencontré Z" (Y, not the president), "Accompagné de Y, X
// a rencontré Z", "X a rencontré Z aux côtés de Y". A companion phrase
// belongs to the clause: one before the verb ends where the clause does.
func (d *docState) companions(s *sentence, i int, subjects []string) []string {
	var out []string
	for k := 0; k < len(s.toks) && k <= i+12; k++ {
		if k < i && isClauseBoundary(s, k) {
			out = out[:0]
			continue
		}
		if k > i && isClauseBoundary(s, k) {
			break
		}
		n, ok := frcues.CompanionWords[s.folded[k]]
		if !ok || k == i || n == 2 && (k == 0 || !frcues.CompanionLeads[s.folded[k-1]]) {
			continue
		}
		if k > i && n == 1 {
			continue // "X a reçu Z, accompagné de Y": Y may be with Z
		}
		if k < i && d.finiteVerbBetween(s, k, i) {
			continue // "Accompagné de Y, X est parti, puis Z a rencontré W"
		}
		p := k + 1
		if p < len(s.toks) && (frcues.DeForms[s.folded[p]] || s.folded[p] == "par") {
			if c := d.companionAfter(s, p); c != "" && !slices.Contains(subjects, c) && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// companionAfter returns the person a companion phrase names from the
// preposition at token p: the first name before the phrase's comma, else a
// name in apposition right after it ("du gendre du président, Y"), else a
// title right after the preposition ("de son ministre").
func (d *docState) companionAfter(s *sentence, p int) string {
	nominal := ""
	for k := p + 1; k < len(s.toks) && k <= p+12; k++ {
		if s.toks[k].text == "," {
			if c := d.personAt(s, k+1); c != "" {
				return c
			}
			break
		}
		idx := s.mentionAt[k]
		if idx < 0 {
			continue
		}
		m := s.mentions[idx]
		if m.typ == schema.Person && !m.nominal {
			return m.key
		}
		if m.typ == schema.Person && nominal == "" && onlyDeterminers(s, p+1, m.first) {
			nominal = m.key
		}
		k = m.last - 1
	}
	return nominal
}

// onlyDeterminers reports whether tokens [from, to) are only articles and
// possessives: "de son ministre", not "du gendre du président".
func onlyDeterminers(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if !frcues.Articles[s.folded[k]] && !frcues.Possessives[s.folded[k]] {
			return false
		}
	}
	return true
}

// finiteVerbBetween reports whether a finite verb of another clause stands
// between tokens from and to (the verb at to and its auxiliaries aside).
func (d *docState) finiteVerbBetween(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		w := s.word(k)
		if (w.UPOS == "VERB" || w.UPOS == "AUX") && w.Feat("VerbForm") == "Fin" && s.head(k) != to {
			return true
		}
	}
	return false
}

// emitAmong states a contact named by the event noun at token i between
// two parties, and between each of them and whoever takes part through a
// light verb: "X participera à la réunion entre Y et Z" (X with Y and Z).
func (d *docState) emitAmong(s *sentence, i int, parties []string, pred schema.Predicate, c clause) {
	d.emit(s, i, parties[0], pred, parties[1], c)
	lv := d.lightVerbOf(s, i)
	if lv < 0 {
		return
	}
	for _, p := range keysOf(d.treeSubjects(s, lv)) {
		if slices.Contains(parties, p) {
			continue
		}
		for _, q := range parties {
			d.emit(s, i, p, pred, q, c)
		}
	}
}

// releaseNoun reads a release named by the noun at token i: "après la
// libération de Y par X", "a salué la libération accordée par X à Y". The
// release must have happened: the noun is the time of something else or
// the object of a verb that says it happened ("a salué"); "réclame la
// libération de Y par X" releases no one.
func (d *docState) releaseNoun(s *sentence, i int, c clause) {
	if !d.tookPlace(s, i) && !d.happenedObject(s, i) {
		return
	}
	var agent, patient string
	for j := i + 1; j < len(s.toks) && j <= i+14; j++ {
		w := s.folded[j]
		if s.toks[j].text == "," || isClauseBoundary(s, j) {
			break
		}
		switch {
		case w == "par" && agent == "":
			if ms := d.agentsAfter(s, j); len(ms) > 0 {
				agent = ms[0].key
			}
		case frcues.DeForms[w] && j == i+1 || w == "a" || w == "au":
			// "la libération de Y", "accordée à l'étudiante iranienne Y"
			if p := d.personWithin(s, j+1, 4); p != "" && patient == "" {
				patient = p
			}
		}
	}
	if agent != "" && patient != "" && agent != patient {
		d.emit(s, i, agent, schema.Released, patient, c)
	}
}

// happenedObject reports whether the event noun at token i is the object
// of an asserted verb that says it happened: "a salué la libération".
func (d *docState) happenedObject(s *sentence, i int) bool {
	h := s.head(i)
	return h >= 0 && s.rel(i) == "obj" && frcues.FactiveLemmas[s.lemmaOf(h)] &&
		d.verbGroupClause(s, h).modality == schema.Asserted && d.verbGroupClause(s, h).polarity != schema.Negative
}

// personWithin returns the person named within n words from token k,
// through articles, nouns and adjectives ("l'étudiante iranienne Y"), or "".
func (d *docState) personWithin(s *sentence, k, n int) string {
	for j := k; j < len(s.toks) && j < k+n; j++ {
		if idx := s.mentionAt[j]; idx >= 0 {
			if m := s.mentions[idx]; m.typ == schema.Person {
				return m.key
			}
			return ""
		}
		if !s.toks[j].word {
			return ""
		}
	}
	return ""
}
