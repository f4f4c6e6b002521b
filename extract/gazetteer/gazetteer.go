// Package gazetteer loads newskg's list of known entities (data/gazetteer.tsv)
// and finds their names in a sequence of words.
//
// It knows names, not grammar: deciding whether "Moscou" is the Russian state
// or the city, or who "le président russe" is, belongs to the extractor.
package gazetteer

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/newskg/newskg/data"
	"github.com/newskg/newskg/schema"
)

// Entry is one known entity.
type Entry struct {
	Key      string // gazetteer key, e.g. "vladimir_putin"
	Type     schema.Type
	Name     string // canonical name, e.g. "Vladimir Putin"
	Wikidata string
	Aliases  []string
	// Attrs holds the sixth column: demonyms, capital, capitalOf, citizenOf,
	// leaderOf, worksFor, role, locatedIn, partOf, kind, gender, iso.
	Attrs map[string][]string
}

// Attr returns the first value of an attribute, or "".
func (e *Entry) Attr(name string) string {
	if v := e.Attrs[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// Gazetteer indexes entries by key, by folded alias and by demonym.
type Gazetteer struct {
	byKey     map[string]*Entry
	byAlias   map[string][]*Entry // folded alias -> entries
	byFirst   map[string][]alias  // first folded word -> aliases, longest first
	demonyms  map[string]*Entry   // folded demonym -> country
	leaders   map[string][]*Entry // key of a country or organization -> its leaders
	maxWords  int
	entryList []*Entry
}

type alias struct {
	words []string
	entry *Entry
	// acronym aliases (UN, US, ONU) match only words written in capitals,
	// so that "Un porte-parole" is not the United Nations.
	acronym bool
}

// Parse reads a gazetteer in the TSV format of data/gazetteer.tsv.
func Parse(b []byte, source string) (*Gazetteer, error) {
	g := &Gazetteer{
		byKey:    map[string]*Entry{},
		byAlias:  map[string][]*Entry{},
		byFirst:  map[string][]alias{},
		demonyms: map[string]*Entry{},
		leaders:  map[string][]*Entry{},
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 5 {
			return nil, fmt.Errorf("%s:%d: want 6 tab-separated columns, got %d", source, line, len(cols))
		}
		for len(cols) < 6 {
			cols = append(cols, "")
		}
		t, ok := schema.ParseType(cols[1])
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown type %q", source, line, cols[1])
		}
		e := &Entry{Key: cols[0], Type: t, Name: cols[2], Wikidata: cols[3], Attrs: map[string][]string{}}
		if _, dup := g.byKey[e.Key]; dup {
			return nil, fmt.Errorf("%s:%d: key %q defined twice", source, line, e.Key)
		}
		e.Aliases = append(e.Aliases, e.Name)
		for _, a := range strings.Split(cols[4], "|") {
			if a = strings.TrimSpace(a); a != "" && a != e.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
		for _, kv := range strings.Split(cols[5], ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if !ok {
				continue
			}
			for _, x := range strings.Split(v, "|") {
				if x = strings.TrimSpace(x); x != "" {
					e.Attrs[k] = append(e.Attrs[k], x)
				}
			}
		}
		g.byKey[e.Key] = e
		g.entryList = append(g.entryList, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", source, err)
	}
	for _, e := range g.entryList {
		for _, a := range e.Aliases {
			g.addAlias(a, e)
		}
		for _, d := range e.Attrs["demonyms"] {
			g.demonyms[schema.Fold(d)] = e
		}
		for _, l := range e.Attrs["leaderOf"] {
			g.leaders[l] = append(g.leaders[l], e)
		}
	}
	for k := range g.byFirst {
		as := g.byFirst[k]
		sort.SliceStable(as, func(i, j int) bool { return len(as[i].words) > len(as[j].words) })
	}
	return g, nil
}

func (g *Gazetteer) addAlias(a string, e *Entry) {
	words := strings.Fields(schema.Fold(a))
	if len(words) == 0 {
		return
	}
	key := strings.Join(words, " ")
	for _, x := range g.byAlias[key] {
		if x == e {
			for i, al := range g.byFirst[words[0]] {
				if al.entry == e && strings.Join(al.words, " ") == key && !isAcronym(a) {
					g.byFirst[words[0]][i].acronym = false // also written in lower case
				}
			}
			return
		}
	}
	g.byAlias[key] = append(g.byAlias[key], e)
	g.byFirst[words[0]] = append(g.byFirst[words[0]], alias{words: words, entry: e, acronym: isAcronym(a)})
	if len(words) > g.maxWords {
		g.maxWords = len(words)
	}
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer shipped in data/gazetteer.tsv, parsed once.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultG, defaultErr = Parse(data.Gazetteer, "data/gazetteer.tsv") })
	return defaultG, defaultErr
}

// Entry returns the entry with the given key.
func (g *Gazetteer) Entry(key string) *Entry { return g.byKey[key] }

// Entries returns every entry, in file order.
func (g *Gazetteer) Entries() []*Entry { return g.entryList }

// Lookup returns the entries one of whose aliases folds to the same words as name.
func (g *Gazetteer) Lookup(name string) []*Entry {
	return g.byAlias[strings.Join(strings.Fields(schema.Fold(name)), " ")]
}

// Demonym returns the country whose people the word names (russe, Américains).
func (g *Gazetteer) Demonym(word string) *Entry { return g.demonyms[schema.Fold(word)] }

// Leaders returns the persons the gazetteer knows as leaders of key.
func (g *Gazetteer) Leaders(key string) []*Entry { return g.leaders[key] }

// isAcronym reports whether an alias is a short word in capitals: UN, ONU, G7.
func isAcronym(a string) bool {
	if strings.ContainsAny(a, " -") || len(a) > 6 {
		return false
	}
	return a == strings.ToUpper(a) && a != strings.ToLower(a)
}

// Match finds the longest alias that starts at words[0]. words are folded
// (see schema.Fold); first is the first word as written, which must be in capitals
// for an acronym to match. It returns the number of words matched and the
// candidate entries, or 0 and nil.
func (g *Gazetteer) Match(words []string, first string) (int, []*Entry) {
	if len(words) == 0 {
		return 0, nil
	}
	for _, a := range g.byFirst[words[0]] {
		if len(a.words) > len(words) {
			continue
		}
		if a.acronym && first != strings.ToUpper(first) {
			continue
		}
		ok := true
		for i, w := range a.words {
			if words[i] != w {
				ok = false
				break
			}
		}
		if ok {
			return len(a.words), g.byAlias[strings.Join(a.words, " ")]
		}
	}
	return 0, nil
}
