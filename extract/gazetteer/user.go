package gazetteer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/newskg/newskg/schema"
)

// Load returns the gazetteer newskg reads with: the shipped one, with the
// user's file at path merged over it (see With); path "" gives Default.
func Load(path string) (*Gazetteer, error) {
	g, err := Default()
	if err != nil || path == "" {
		return g, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	return g.With(b, path)
}

// With returns a new gazetteer: g with the entries of a user file (same
// format as data/gazetteer.tsv) merged over it; g is left as it was. A line
// whose key g does not have adds an entity. A line whose key g has adds its
// aliases to that entry and overrides each other column it fills: type,
// name (the former name stays an alias), Wikidata id, and each attribute
// it gives (attributes it does not give are kept). Only such a line may
// leave the name empty. Attributes naming another entity must name a key
// of g or of the file.
func (g *Gazetteer) With(user []byte, source string) (*Gazetteer, error) {
	lines, err := parseEntries(user, source, true)
	if err != nil {
		return nil, err
	}
	entries := make([]*Entry, len(g.entryList))
	pos := map[string]int{}
	for i, e := range g.entryList {
		entries[i] = e
		pos[e.Key] = i
	}
	for _, u := range lines {
		i, ok := pos[u.Key]
		if !ok {
			if u.Name == "" {
				return nil, fmt.Errorf("%s:%d: %q is not in the gazetteer, so it needs a name (column 3)", source, u.line, u.Key)
			}
			pos[u.Key] = len(entries)
			entries = append(entries, u)
			continue
		}
		entries[i] = overlay(entries[i], u)
	}
	for _, u := range lines {
		for _, attr := range []string{"capital", "capitalOf", "seatOf", "citizenOf", "leaderOf", "worksFor", "locatedIn", "partOf"} {
			for _, v := range u.Values[attr] {
				if _, ok := pos[v.Text]; !ok {
					return nil, fmt.Errorf("%s:%d: %s: %s=%s names no entry of the gazetteer nor of the file", source, u.line, u.Key, attr, v.Text)
				}
			}
		}
	}
	return index(entries), nil
}

// overlay returns a copy of ours with a user line's columns over it.
func overlay(ours, user *Entry) *Entry {
	e := &Entry{Key: ours.Key, Type: user.Type, Name: ours.Name, Wikidata: ours.Wikidata,
		Aliases: slices.Clone(ours.Aliases), Values: map[string][]Value{}}
	if user.Name != "" {
		// the new name first: Aliases[0] is the canonical name
		e.Name = user.Name
		e.Aliases = append([]string{user.Name}, slices.DeleteFunc(e.Aliases, func(a string) bool { return a == user.Name })...)
	}
	if user.Wikidata != "" {
		e.Wikidata = user.Wikidata
	}
	for _, a := range user.Aliases {
		if !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
	for k, vs := range ours.Values {
		e.Values[k] = vs
	}
	for k, vs := range user.Values {
		e.Values[k] = vs
	}
	e.setAttrs()
	return e
}

// Fingerprint identifies the gazetteer's content: two gazetteers with the
// same entries have the same fingerprint whatever their comments, line
// order or spacing, and any change to a name, an id or an attribute gives
// another. The extractor's version names the shipped gazetteer by it; a
// user's additions are in each document's Signature instead.
func (g *Gazetteer) Fingerprint() string {
	lines := make([]string, 0, len(g.entryList))
	for _, e := range g.entryList {
		lines = append(lines, e.canonical())
	}
	return hashLines(lines)
}

// hashLines identifies a set of canonical entry lines, in any order.
func hashLines(lines []string) string {
	sort.Strings(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return "gaz-" + hex.EncodeToString(h.Sum(nil)[:8])
}

// canonical writes an entry as one line, its attributes in key order.
func (e *Entry) canonical() string {
	var attrs []string
	for k, vs := range e.Values {
		for _, v := range vs {
			a := k + "=" + v.Text
			if v.From != "" || v.To != "" {
				a += "@" + v.From + ".." + v.To
			}
			attrs = append(attrs, a)
		}
	}
	sort.Strings(attrs)
	return strings.Join([]string{e.Key, string(e.Type), e.Name, e.Wikidata,
		strings.Join(e.Aliases, "|"), strings.Join(attrs, ";")}, "\t")
}

// Signature identifies the part of g that bears on a document: the
// entries one of whose names or demonyms the text contains (every word of
// it, in any order: a cheap test that may take in an entry the reader
// would not, never the reverse), and those of keys, the entities read from
// it (a leader named by a title, an organisation a known person works
// for) with the capitals whose names their entities carry. A store keeps it in the document's content hash, so that after a
// change to the gazetteer a build re-reads the documents the change may
// affect and skips the others.
func (g *Gazetteer) Signature(text string, keys []string) string {
	words := map[string]bool{}
	for _, w := range strings.Fields(schema.Fold(text)) {
		words[w] = true
	}
	var lines []string
	seen := map[*Entry]bool{}
	add := func(e *Entry) {
		if e != nil && !seen[e] {
			seen[e] = true
			lines = append(lines, e.canonical())
		}
	}
	for _, n := range g.names {
		if !seen[n.entry] && containsAll(words, n.words) {
			add(n.entry)
		}
	}
	for _, k := range keys {
		add(g.byKey[k])
		for _, c := range g.capitals[k] { // the state's entity carries their names
			add(c)
		}
	}
	return hashLines(lines)
}

func containsAll(set map[string]bool, words []string) bool {
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return true
}

// Changed returns the keys of the entries that differ between old and g:
// added, removed, or with another name, id, alias or attribute. A store
// that kept old's fingerprint re-reads the documents that mention one of
// these entities or contain one of their names, in old or in g.
func (g *Gazetteer) Changed(old *Gazetteer) []string {
	var keys []string
	for _, e := range g.entryList {
		if o := old.byKey[e.Key]; o == nil || o.canonical() != e.canonical() {
			keys = append(keys, e.Key)
		}
	}
	for _, o := range old.entryList {
		if g.byKey[o.Key] == nil {
			keys = append(keys, o.Key)
		}
	}
	sort.Strings(keys)
	return keys
}
