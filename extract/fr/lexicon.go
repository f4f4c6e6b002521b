package fr

import (
	"fmt"
	"strings"

	"github.com/newskg/newskg/data"
	"github.com/newskg/newskg/schema"
)

// VerbFrame says how a verb's arguments map to a relation: one line of
// data/lexicon/verbs.tsv, whose header explains the columns.
type VerbFrame struct {
	Predicate schema.Predicate
	// Prep is the folded preposition that introduces the other party ("avec"
	// for s'entretenir avec, "a" for parler à); empty for a direct object.
	Prep string
	// Reflexive verbs hold only with their clitic ("se réunir avec"); a
	// plural subject then holds both parties ("se sont réunis").
	Reflexive bool
	// Complement is "a-inf" when the frame needs "à" + infinitive after the
	// object ("appelle Rome à négocier"), "!a-inf" when it excludes one.
	Complement string
	// AllParties: every party named takes part with the others ("la
	// rencontre a réuni X et Y").
	AllParties bool
}

// EventNoun is a noun that names an event between parties: "les pourparlers
// entre X et Y", "un appel avec X", "l'invasion russe de X".
type EventNoun struct {
	Predicate schema.Predicate
	// Planned nouns announce an event that has not happened (sommet prévu).
	Planned bool
}

// LightVerbs maps the lemmas of the verbs that take an event noun without
// adding to it ("ont eu un échange", "participera à la réunion") to how they
// take it: "" as a direct object, else the folded preposition ("a"). Their
// subject is a party to the event. From data/lexicon/lightverbs.tsv.
var LightVerbs = map[string]string{}

// SupportVerbs (lemmas) make the word after them an event noun whatever its
// tag: "fait pression", "se rendre visite". From data/lexicon/lightverbs.tsv.
var SupportVerbs = map[string]bool{}

// Verbs maps verb lemmas to the relations they state, in the order of the
// lexicon: the rules take the first frame whose parties they find.
var Verbs = map[string][]VerbFrame{}

// EventNouns maps folded nouns (singular and plural) to the relation they name.
var EventNouns = map[string]EventNoun{}

func init() {
	err := readTable("data/lexicon/verbs.tsv", data.Verbs, 7, func(f []string) error {
		p, err := predicate(f[1])
		if err != nil {
			return err
		}
		v := VerbFrame{Predicate: p, Reflexive: f[3] == "se", AllParties: f[5] == "all"}
		if f[2] != "obj" {
			v.Prep = f[2]
		}
		switch f[4] {
		case "-", "a-inf", "!a-inf":
			v.Complement = strings.TrimPrefix(f[4], "-")
		default:
			return fmt.Errorf("complement %q is not -, a-inf or !a-inf", f[4])
		}
		Verbs[f[0]] = append(Verbs[f[0]], v)
		return nil
	})
	if err == nil {
		err = readTable("data/lexicon/nouns.tsv", data.EventNouns, 3, func(f []string) error {
			p, err := predicate(f[1])
			if err != nil {
				return err
			}
			EventNouns[f[0]] = EventNoun{Predicate: p, Planned: f[2] == "planned"}
			return nil
		})
	}
	if err == nil {
		err = readTable("data/lexicon/lightverbs.tsv", data.LightVerbs, 3, func(f []string) error {
			switch f[2] {
			case "light":
				LightVerbs[f[0]] = strings.TrimPrefix(f[1], "obj")
			case "support":
				SupportVerbs[f[0]] = true
			default:
				return fmt.Errorf("kind %q is not light or support", f[2])
			}
			return nil
		})
	}
	if err != nil {
		// the lexicons are embedded: a bad line is a bug of the build, and
		// the package tests read them
		panic(err)
	}
}

// readTable calls line for each line of a tab-separated table that is not a
// comment, checking that it has n columns.
func readTable(name string, b []byte, n int, line func([]string) error) error {
	for i, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: %d columns, want %d", name, i+1, len(f), n)
		}
		if err := line(f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
	}
	return nil
}

// predicate checks a predicate name against the vocabulary.
func predicate(name string) (schema.Predicate, error) {
	p := schema.Predicate(name)
	if _, ok := p.Info(); !ok {
		return "", fmt.Errorf("%q is not a predicate of the vocabulary", name)
	}
	return p, nil
}
