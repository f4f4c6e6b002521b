package extract

import (
	"slices"
	"strings"

	frcues "github.com/newskg/newskg/extract/fr"
	"github.com/newskg/newskg/nlp"
	"github.com/newskg/newskg/schema"
)

// Reading the dependency tree. Token i of a sentence is word i+1 of its
// parse, so the helpers below take and return token indexes; -1 is "none".

// word returns the parse of token i.
func (s *sentence) word(i int) *nlp.Word { return s.tree.Word(i + 1) }

// head returns the token index of i's head, or -1 for the root.
func (s *sentence) head(i int) int { return s.tree.Words[i].Head - 1 }

// rel returns i's dependency relation without its subtype ("obl:arg" -> "obl").
func (s *sentence) rel(i int) string {
	r, _, _ := strings.Cut(s.tree.Words[i].DepRel, ":")
	return r
}

// dependents returns the token indexes of i's dependents whose relation is
// one of rels or a subtype of one ("nsubj" matches "nsubj:pass").
func (s *sentence) dependents(i int, rels ...string) []int {
	var out []int
	for _, c := range s.tree.Children(i + 1) {
		r := s.tree.Words[c-1].DepRel
		for _, want := range rels {
			if r == want || strings.HasPrefix(r, want+":") {
				out = append(out, c-1)
				break
			}
		}
	}
	return out
}

// lemmaOf returns the parser's lemma of token i.
func (s *sentence) lemmaOf(i int) string { return s.tree.Words[i].Lemma }

// mentionFor returns the mention that word i stands for: the mention that
// covers it, else one named in apposition or as a flat name below it ("le
// négociateur, Iouri Ouchakov"; "M. Witkoff"), else -1. "L'assistant de
// Poutine" is not Poutine: other nominal modifiers are not followed.
func (d *docState) mentionFor(s *sentence, i int) int {
	if s.mentionAt[i] >= 0 {
		return s.mentionAt[i]
	}
	rels := []string{"appos", "flat"}
	if frcues.Honorifics[s.folded[i]] || frcues.ActorNouns[s.folded[i]] {
		rels = append(rels, "nmod") // "les troupes de Kiev" act for Ukraine
	}
	for _, c := range s.dependents(i, rels...) {
		if m := s.mentionAt[c]; m >= 0 {
			return m
		}
	}
	// "un porte-parole du Kremlin" speaks for the Kremlin; "l'assistant de
	// Poutine" is not Poutine
	if frcues.Titles[s.folded[i]].Predicate == schema.WorksFor {
		for _, c := range s.dependents(i, "nmod") {
			if m := s.mentionAt[c]; m >= 0 && (s.mentions[m].typ == schema.Organization || s.mentions[m].typ == schema.Country) {
				return m
			}
		}
	}
	return -1
}

// actorsAt returns the actors word i names, with those coordinated to it
// ("Witkoff et Kushner") and the members of a group ("les deux dirigeants").
func (d *docState) actorsAt(s *sentence, i int, want func(schema.Type) bool) []mention {
	var out []mention
	add := func(j int) {
		idx := d.mentionFor(s, j)
		if idx < 0 || !want(s.mentions[idx].typ) {
			return
		}
		m := s.mentions[idx]
		if len(m.group) > 0 {
			for _, g := range m.group {
				out = append(out, mention{key: g, typ: m.typ, first: m.first, last: m.last})
			}
			return
		}
		for _, o := range out {
			if o.key == m.key {
				return
			}
		}
		out = append(out, m)
	}
	add(i)
	for _, c := range s.dependents(i, "conj") {
		add(c)
	}
	return out
}

// treeSubjects returns the subjects of the verb at token i: its nsubj, the
// subject of the verb it completes ("veut rencontrer"), of the verb it is
// coordinated with ("a reçu X et a rencontré Y"), or the noun a relative
// clause hangs on ("Poutine, qui a reçu Witkoff").
func (d *docState) treeSubjects(s *sentence, i int) []mention {
	for depth := 0; i >= 0 && depth < 4; depth++ {
		for _, c := range s.dependents(i, "nsubj") {
			if s.tree.Words[c].DepRel == "nsubj:pass" {
				continue
			}
			if s.lemmaOf(c) == "qui" && s.rel(i) == "acl" && s.head(i) >= 0 {
				return d.actorsAt(s, s.head(i), isActor)
			}
			return d.actorsAt(s, c, isActor)
		}
		switch s.rel(i) {
		case "xcomp", "conj":
			i = s.head(i)
		case "ccomp", "advcl":
			// "a accepté de libérer", "en rencontrant": an infinitive or a
			// gerund shares its governor's subject
			if f := s.word(i).Feat("VerbForm"); f != "Inf" && f != "Part" && f != "Ger" {
				return nil
			}
			i = s.head(i)
		case "acl":
			// "au moment de recevoir X", "dans l'espoir de rencontrer X": an
			// infinitive under an adjunct noun shares the subject of the verb
			// the adjunct modifies; under an object ("la décision de Y de
			// rencontrer X") it does not
			n := s.head(i)
			if s.word(i).Feat("VerbForm") != "Inf" || n < 0 || !strings.HasPrefix(s.rel(n), "obl") {
				return nil
			}
			i = s.head(n)
		default:
			return nil
		}
	}
	return nil
}

// treeObjects returns what the verb at token i takes as its object: a direct
// object when prep is empty, else the obliques introduced by prep ("avec",
// "à", "de"). A concept may sit one noun below: "a accepté la proposition
// de cessez-le-feu".
func (d *docState) treeObjects(s *sentence, i int, prep string, want func(schema.Type) bool) []mention {
	var cands []int
	if prep == "" {
		cands = s.dependents(i, "obj")
	} else {
		for _, c := range s.dependents(i, "obl", "iobj", "nmod") {
			if d.caseOf(s, c) == prep {
				cands = append(cands, c)
			}
		}
	}
	var out []mention
	for _, c := range cands {
		out = append(out, d.actorsAt(s, c, want)...)
		if len(out) == 0 && want(schema.Concept) {
			for _, n := range s.dependents(c, "nmod") {
				out = append(out, d.actorsAt(s, n, want)...)
			}
		}
	}
	return out
}

// opensClause reports whether token k is a verb that heads a clause of its
// own beside another ("Rome a refusé, proposant une trêve"; "a reçu X et a
// signé Y"): what follows it is its object, not the previous verb's.
func (s *sentence) opensClause(k int) bool {
	if s.word(k).UPOS != "VERB" {
		return false
	}
	switch s.rel(k) {
	case "advcl", "conj", "parataxis":
		return true
	}
	return false
}

// caseOf returns the folded preposition of a nominal ("a" for "à", "de"),
// or "".
func (d *docState) caseOf(s *sentence, i int) string {
	for _, c := range s.dependents(i, "case") {
		return s.folded[c]
	}
	return ""
}

// treeAgents returns the agents of a passive verb: "envahie par l'Ukraine".
func (d *docState) treeAgents(s *sentence, i int) []mention {
	for _, c := range s.dependents(i, "obl:agent") {
		return d.actorsAt(s, c, isActor)
	}
	return nil
}

// treePatient returns what a passive verb is said of: its nsubj:pass, or the
// noun a participle hangs on ("la région de Koursk, envahie par ...").
func (d *docState) treePatient(s *sentence, i int, want func(schema.Type) bool) string {
	var cands []int
	for _, c := range s.dependents(i, "nsubj") {
		if s.tree.Words[c].DepRel == "nsubj:pass" {
			cands = append(cands, c)
		}
	}
	if len(cands) == 0 && s.rel(i) == "acl" && s.head(i) >= 0 {
		cands = append(cands, s.head(i))
	}
	// "X a retrouvé la liberté après avoir été gracié par Y": a passive
	// participle or infinitive without a subject of its own is said of its
	// governor's subject
	if f := s.word(i).Feat("VerbForm"); len(cands) == 0 && s.rel(i) == "advcl" && (f == "Part" || f == "Inf") && s.head(i) >= 0 {
		cands = append(cands, s.dependents(s.head(i), "nsubj")...)
	}
	for _, c := range cands {
		if ms := d.actorsAt(s, c, want); len(ms) > 0 {
			return ms[0].key
		}
		// "la région de Koursk": the place named below the noun
		for _, n := range s.dependents(c, "nmod") {
			if ms := d.actorsAt(s, n, want); len(ms) > 0 {
				return ms[0].key
			}
		}
		if frcues.PlaceNouns[s.folded[c]] {
			return d.placeBefore(s, c)
		}
	}
	return ""
}

// isReflexive reports whether the verb at token i has a reflexive clitic:
// "se sont rencontrés", "s'est entretenu".
func (s *sentence) isReflexive(i int) bool {
	for _, c := range s.tree.Children(i + 1) {
		w := s.tree.Words[c-1]
		if w.Feat("Reflex") == "Yes" || w.Lemma == "se" || w.Lemma == "soi" {
			return true
		}
	}
	return false
}

// verbGroupClause reads negation, tense and mood on the verb at token i and
// its frcues.Auxiliaries: "n'a pas accepté", "rencontrera", "aurait rencontré",
// "va rencontrer".
func (d *docState) verbGroupClause(s *sentence, i int) clause {
	c := clause{polarity: schema.Positive, modality: schema.Asserted}
	ne, negator := false, false
	group := append([]int{i}, s.dependents(i, "aux", "cop")...)
	for _, v := range group {
		w := s.word(v)
		switch {
		case w.Feat("Mood") == "Cnd":
			c.modality = schema.Hypothetical
		case w.Feat("Tense") == "Fut" && c.modality == schema.Asserted:
			c.modality = schema.Planned
		}
		if v != i && w.Lemma == "aller" && s.word(i).Feat("VerbForm") == "Inf" {
			c.modality = schema.Planned // "va rencontrer"
		}
	}
	for _, k := range s.dependents(i, "advmod", "nsubj", "obj", "det") {
		f := s.folded[k]
		switch {
		case f == "ne" || f == "n":
			ne = true
		case frcues.StrongNegators[f]:
			negator, ne = true, true
		case frcues.Negators[f]:
			negator = true
		}
		// "aucun accord"; "pas" hung under "encore" in "n'a pas encore accepté"
		for _, dk := range s.dependents(k, "det", "advmod") {
			if frcues.Negators[s.folded[dk]] {
				negator = true
			}
		}
	}
	if ne && negator {
		c.polarity = schema.Negative
	}
	return c
}

// treeClause reads what the tree says about the event of the verb at token
// i: its own negation, tense and mood; the verbs that govern it ("pourrait
// rencontrer", "a refusé de rencontrer", "se prépare à rejeter"); the
// subordinators that keep it out of the facts ("avant de", "sans", "pour",
// "si"); and reported speech ("X a déclaré que ...", "..., a dit X").
func (d *docState) treeClause(s *sentence, i int) clause {
	c := d.verbGroupClause(s, i)
	cur := i
	// "selon le Kremlin, l'Ukraine a attaqué …": the Kremlin's claim
	for _, o := range s.dependents(i, "obl") {
		if d.caseOf(s, o) == "selon" {
			c.modality = mergeReported(c.modality)
			if ms := d.actorsAt(s, o, isActor); len(ms) > 0 {
				c.assertedBy = ms[0].key
			}
		}
	}
	for depth := 0; depth < 5; depth++ {
		if d.blocked(s, cur) {
			c.skip = true
			return c
		}
		for _, p := range s.dependents(cur, "parataxis") {
			if d.isReporting(s.toks[p].text) || frcues.ReportingLemmas[s.lemmaOf(p)] {
				c.modality = mergeReported(c.modality)
				if subj := d.treeSubjects(s, p); len(subj) > 0 {
					c.assertedBy = subj[0].key
				}
			}
		}
		h := s.head(cur)
		if h < 0 {
			break
		}
		infinitive := s.word(cur).Feat("VerbForm") == "Inf"
		switch rel := s.rel(cur); {
		case rel == "xcomp" || (rel == "ccomp" || rel == "obj" || rel == "obl") && infinitive:
			g := d.verbGroupClause(s, h)
			lem := s.lemmaOf(h)
			if lem == "préparer" {
				c.skip = true
				return c
			}
			if g.polarity == schema.Negative || frcues.NegatingLemmas[lem] {
				c.polarity = schema.Negative
			}
			if m, ok := frcues.ModalLemmas[lem]; ok && !frcues.Implicative[lem] && c.modality == schema.Asserted {
				c.modality = m
			}
			if g.modality != schema.Asserted && c.modality == schema.Asserted {
				c.modality = g.modality
			}
			cur = h
			continue
		case rel == "ccomp" || rel == "advcl" && d.hasMark(s, cur, "que"):
			if d.isReporting(s.toks[h].text) || frcues.ReportingLemmas[s.lemmaOf(h)] {
				g := d.verbGroupClause(s, h)
				if g.polarity == schema.Negative {
					c.skip = true // "n'a pas dit que ..."
					return c
				}
				c.modality = mergeReported(c.modality)
				if subj := d.treeSubjects(s, h); len(subj) > 0 {
					c.assertedBy = subj[0].key
				}
			}
		case rel == "conj" && infinitive:
			cur = h
			continue
		}
		break
	}
	// a question asserts nothing: "La Russie a-t-elle accepté … ?"
	if s.head(cur) < 0 && s.toks[len(s.toks)-1].text == "?" && c.modality == schema.Asserted {
		c.modality = schema.Hypothetical
	}
	// a bare infinitive states no event ("Rencontrer Poutine ?")
	if s.word(cur).Feat("VerbForm") == "Inf" && c.modality == schema.Asserted && !coincidentInfinitive(s, cur) {
		c.skip = true
	}
	return c
}

// blocked reports whether the verb at token i sits under a subordinator
// that keeps its event out of the facts: "avant de rencontrer", "sans
// accepter", "pour libérer", "si la Russie accepte".
func (d *docState) blocked(s *sentence, i int) bool {
	for _, m := range s.dependents(i, "mark", "case") {
		if frcues.BlockingWords[s.folded[m]] {
			return true
		}
	}
	// the parser may hang the infinitive under the preposition: avant <- de rencontrer
	if h := s.head(i); h >= 0 && frcues.BlockingWords[s.folded[h]] {
		return true
	}
	return false
}

func (d *docState) hasMark(s *sentence, i int, folded string) bool {
	for _, m := range s.dependents(i, "mark") {
		if s.folded[m] == folded {
			return true
		}
	}
	return false
}

// tookPlace reports whether the tree says a meeting named by the noun at
// token i happened: it is held ("ont eu une rencontre"), it has taken place
// ("la réunion s'est tenue"), or it is the time of something else ("lors de
// leur rencontre").
func (d *docState) tookPlace(s *sentence, i int) bool {
	h := s.head(i)
	if h < 0 {
		return false
	}
	if lv := d.lightVerbOf(s, i); lv >= 0 {
		return d.verbGroupClause(s, lv).modality == schema.Asserted
	}
	switch s.rel(i) {
	case "nsubj":
		l := s.lemmaOf(h)
		return (l == "tenir" || l == "dérouler" || l == "avoir") && d.verbGroupClause(s, h).modality == schema.Asserted
	case "obl", "nmod":
		for _, c := range s.dependents(i, "case") {
			if frcues.PastEventMarkers[s.folded[c]] {
				return true
			}
		}
		// "à l'issue de la réunion", "au terme de l'entretien"
		return s.rel(i) == "nmod" && frcues.PastEventMarkers[s.folded[h]]
	}
	return false
}

// lightVerbOf returns the light verb that takes the event noun at token i
// as its object ("ont eu un échange", and "mène des consultations", which the
// parser may read as a partitive "de"), or -1.
func (d *docState) lightVerbOf(s *sentence, i int) int {
	h := s.head(i)
	if h < 0 {
		return -1
	}
	prep, ok := frcues.LightVerbs[s.lemmaOf(h)]
	switch {
	case !ok:
		return -1
	case prep == "" && (s.rel(i) == "obj" || s.rel(i) == "obl" && d.caseOf(s, i) == "de"):
		return h
	case prep != "" && s.rel(i) == "obl" && d.caseOf(s, i) == prep:
		return h // "participera à la réunion"
	}
	return -1
}

// contactParties reads the parties of a contact named by the noun at token
// i from the tree: "les pourparlers entre X et Y", "la rencontre de X avec
// Y", "X a eu un appel avec Y", "son entretien avec Y". It reports whether it
// found two parties.
func (d *docState) contactParties(s *sentence, i int, pred schema.Predicate, c clause) bool {
	var agents, partners []string
	nominals := s.dependents(i, "nmod")
	// "une rencontre tendue avec Y", "une réunion jugée franche entre X et
	// Y": the parties may hang on the participle or adjective of the noun
	var described []int
	for _, a := range s.dependents(i, "acl", "amod") {
		described = append(described, s.dependents(a, "obl", "nmod")...)
	}
	// "X a participé à une réunion avec Y", "a eu un entretien avec Y": the
	// parse may hang the partner on the light verb; "les pourparlers ont
	// repris avec Y": on the verb the noun is the subject of
	governor := d.lightVerbOf(s, i)
	if h := s.head(i); governor < 0 && s.rel(i) == "nsubj" {
		governor = h
	}
	if governor >= 0 {
		for _, o := range s.dependents(governor, "obl") {
			if d.caseOf(s, o) == "avec" {
				described = append(described, o)
			}
			// "ont repris lundi avec Y": the parse may hang Y on a bare
			// time noun
			if d.caseOf(s, o) == "" {
				for _, n := range s.dependents(o, "nmod") {
					if d.caseOf(s, n) == "avec" {
						described = append(described, n)
					}
				}
			}
		}
	}
	for _, n := range append(nominals, described...) {
		ms := d.actorsAt(s, n, isActor)
		switch d.caseOf(s, n) {
		case "entre":
			if len(ms) >= 2 {
				d.emitAmong(s, i, []string{ms[0].key, ms[1].key}, pred, c)
				return true
			}
		case "de":
			if slices.Contains(nominals, n) {
				agents = append(agents, keysOf(ms)...)
			}
		case "avec":
			partners = append(partners, keysOf(ms)...)
		}
	}
	if len(partners) == 0 {
		return false
	}
	if len(agents) == 0 {
		agents = d.conductedBy(s, i)
	}
	if len(agents) == 0 {
		for _, det := range s.dependents(i, "det") {
			if frcues.Possessives[s.folded[det]] {
				agents = d.subjectsBefore(s, i) // "son entretien avec Y": the clause's subject
			}
		}
	}
	if h := d.lightVerbOf(s, i); len(agents) == 0 && h >= 0 {
		agents = keysOf(d.treeSubjects(s, h))
	}
	// "a quitté Lisbonne après une rencontre avec Y": the main subject met Y
	// (not the speaker of "a déclaré X après la réunion avec Y": a speaker
	// may comment on a meeting of others)
	if h := s.head(i); len(agents) == 0 && h >= 0 && s.rel(i) == "obl" && d.tookPlace(s, i) &&
		!frcues.ReportingLemmas[s.lemmaOf(h)] {
		agents = keysOf(d.treeSubjects(s, h))
	}
	if len(agents) == 0 {
		return false
	}
	for _, a := range agents {
		for _, p := range partners {
			d.emit(s, i, a, pred, p, c)
		}
	}
	return true
}

// conductedBy returns who conducts the event named by the noun at token i,
// from the agent of a participle that describes it: "les pourparlers,
// menés côté péruvien par X, …" (the words from the participle to its
// comma, as the parse may hang "par X" anywhere in them).
func (d *docState) conductedBy(s *sentence, i int) []string {
	for _, a := range s.dependents(i, "acl") {
		if s.word(a).Feat("VerbForm") != "Part" || !frcues.ConductParticiples[s.lemmaOf(a)] {
			continue
		}
		for k := a + 1; k < len(s.toks) && k <= a+8 && s.toks[k].text != ","; k++ {
			if s.folded[k] == "par" {
				return keysOf(d.agentsAfter(s, k))
			}
		}
	}
	return nil
}

// pastAnchored reports whether the event noun at token i is, alone or as
// the complement of other nouns, introduced by a marker of a past event:
// "depuis l'invasion", "depuis le début de l'invasion", "après la fin de
// l'offensive".
func (d *docState) pastAnchored(s *sentence, i int) bool {
	for cur, depth := i, 0; cur >= 0 && depth < 3; depth++ {
		for _, c := range s.dependents(cur, "case") {
			if frcues.PastEventMarkers[s.folded[c]] {
				return true
			}
		}
		if s.rel(cur) != "nmod" {
			return false
		}
		cur = s.head(cur)
	}
	return false
}
