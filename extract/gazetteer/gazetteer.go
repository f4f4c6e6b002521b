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
	"slices"
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
	// Attrs holds the sixth column as it stands at the gazetteer's date:
	// the values without a period and those whose period is still open
	// (demonyms, capital, capitalOf, citizenOf, leaderOf, worksFor, role,
	// locatedIn, partOf, kind, gender, iso). Values holds every value with
	// its period; AttrAt reads it at a document's date.
	Attrs  map[string][]string
	Values map[string][]Value
	line   int // in the file it was read from, for errors
}

// A Value is one value of an attribute and the period it holds in:
// "usa@2017-01-20..2021-01-20" is usa from 2017-01-20 to 2021-01-20.
// From and To are dates as written (YYYY, YYYY-MM or YYYY-MM-DD), "" when
// the period is open on that side; a value without "@" holds at any date.
type Value struct {
	Text     string
	From, To string
}

// current reports whether the value holds at the gazetteer's date: it has
// no period, or its period has no end.
func (v Value) current() bool { return v.To == "" }

// holds reports whether the value holds on day (YYYY-MM-DD). A period that
// ends on the day its successor starts holds on that day too; LeadersAt
// prefers the later start.
func (v Value) holds(day string) bool {
	return (v.From == "" || dayFrom(v.From) <= day) && (v.To == "" || day <= dayTo(v.To))
}

// Attr returns the first value of an attribute, or "".
func (e *Entry) Attr(name string) string {
	if v := e.Attrs[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// AttrAt returns the values of an attribute that hold at date, a document's
// date as given ("2019-03-14", "2019-03-14T08:00:00Z", "2019"); when date
// is empty or not a date, the values of today's gazetteer (Attrs).
func (e *Entry) AttrAt(name, date string) []string {
	day, ok := documentDay(date)
	if !ok {
		return e.Attrs[name]
	}
	var out []string
	for _, v := range e.Values[name] {
		if v.holds(day) && !slices.Contains(out, v.Text) {
			out = append(out, v.Text)
		}
	}
	return out
}

// Gazetteer indexes entries by key, by folded alias and by demonym.
type Gazetteer struct {
	byKey     map[string]*Entry
	byAlias   map[string][]*Entry // folded alias -> entries
	byFirst   map[string][]alias  // first folded word -> aliases, longest first
	demonyms  map[string]*Entry   // folded demonym -> country
	capitals  map[string][]*Entry // key of a state -> the places whose capitalOf it is
	leaders   map[string][]*Entry // key of a country or organization -> its leaders, past and present
	maxWords  int
	entryList []*Entry
	names     []name // every alias and demonym, for Signature
}

// name is the folded words of an alias or a demonym of an entry.
type name struct {
	words []string
	entry *Entry
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
	entries, err := parseEntries(b, source, false)
	if err != nil {
		return nil, err
	}
	return index(entries), nil
}

// parseEntries reads the lines of a gazetteer file. A user file (partial)
// may leave the name empty: the entry then only adds to the one it names.
func parseEntries(b []byte, source string, partial bool) ([]*Entry, error) {
	var entries []*Entry
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
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
		e := &Entry{Key: strings.TrimSpace(cols[0]), Type: t, Name: strings.TrimSpace(cols[2]),
			Wikidata: strings.TrimSpace(cols[3]), Attrs: map[string][]string{}, Values: map[string][]Value{}, line: line}
		if e.Key == "" {
			return nil, fmt.Errorf("%s:%d: the key (column 1) is empty", source, line)
		}
		if seen[e.Key] {
			return nil, fmt.Errorf("%s:%d: key %q defined twice", source, line, e.Key)
		}
		seen[e.Key] = true
		if e.Name == "" && !partial {
			return nil, fmt.Errorf("%s:%d: the name (column 3) of %q is empty", source, line, e.Key)
		}
		if e.Name != "" {
			e.Aliases = append(e.Aliases, e.Name)
		}
		for _, a := range strings.Split(cols[4], "|") {
			if a = strings.TrimSpace(a); a != "" && !slices.Contains(e.Aliases, a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		for _, kv := range strings.Split(cols[5], ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if !ok {
				continue
			}
			for _, x := range strings.Split(v, "|") {
				if x = strings.TrimSpace(x); x == "" {
					continue
				}
				val, err := parseValue(x)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %s=%s: %v", source, line, k, x, err)
				}
				e.Values[k] = append(e.Values[k], val)
			}
		}
		e.setAttrs()
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", source, err)
	}
	return entries, nil
}

// setAttrs fills Attrs with the values of Values that hold today.
func (e *Entry) setAttrs() {
	e.Attrs = map[string][]string{}
	for k, vs := range e.Values {
		for _, v := range vs {
			if v.current() && !slices.Contains(e.Attrs[k], v.Text) {
				e.Attrs[k] = append(e.Attrs[k], v.Text)
			}
		}
	}
}

// parseValue reads "text" or "text@FROM..TO" (either date may be empty).
func parseValue(s string) (Value, error) {
	text, period, timed := strings.Cut(s, "@")
	v := Value{Text: strings.TrimSpace(text)}
	if !timed {
		return v, nil
	}
	from, to, ok := strings.Cut(strings.TrimSpace(period), "..")
	if !ok {
		return v, fmt.Errorf("the period %q is not FROM..TO", period)
	}
	v.From, v.To = strings.TrimSpace(from), strings.TrimSpace(to)
	for _, d := range []string{v.From, v.To} {
		if d != "" && !isDate(d) {
			return v, fmt.Errorf("%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", d)
		}
	}
	if v.From != "" && v.To != "" && dayFrom(v.From) > dayTo(v.To) {
		return v, fmt.Errorf("the period ends (%s) before it starts (%s)", v.To, v.From)
	}
	return v, nil
}

// index builds the lookup tables over entries.
func index(entries []*Entry) *Gazetteer {
	g := &Gazetteer{
		byKey:     map[string]*Entry{},
		byAlias:   map[string][]*Entry{},
		byFirst:   map[string][]alias{},
		demonyms:  map[string]*Entry{},
		capitals:  map[string][]*Entry{},
		leaders:   map[string][]*Entry{},
		entryList: entries,
	}
	for _, e := range entries {
		g.byKey[e.Key] = e
	}
	for _, e := range entries {
		for _, a := range e.Aliases {
			g.addAlias(a, e)
		}
		for _, d := range e.Attrs["demonyms"] {
			g.demonyms[schema.Fold(d)] = e
			if words := strings.Fields(schema.Fold(d)); len(words) > 0 {
				g.names = append(g.names, name{words, e})
			}
		}
		if c := e.Attr("capitalOf"); c != "" {
			g.capitals[c] = append(g.capitals[c], e)
		}
		for _, l := range e.Values["leaderOf"] {
			if !slices.Contains(g.leaders[l.Text], e) {
				g.leaders[l.Text] = append(g.leaders[l.Text], e)
			}
		}
	}
	for k := range g.byFirst {
		as := g.byFirst[k]
		sort.SliceStable(as, func(i, j int) bool { return len(as[i].words) > len(as[j].words) })
	}
	return g
}

func (g *Gazetteer) addAlias(a string, e *Entry) {
	words := strings.Fields(schema.Fold(a))
	if len(words) == 0 {
		return
	}
	g.names = append(g.names, name{words, e})
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

// CapitalNames returns every name of the places whose capitalOf is e: the
// extractor reads them as the state ("Moscou a répondu", "pressions sur
// Kiev"), so a search must find the state by them.
func (g *Gazetteer) CapitalNames(e *Entry) []string {
	var names []string
	for _, c := range g.capitals[e.Key] {
		for _, a := range c.Aliases {
			if !slices.Contains(names, a) {
				names = append(names, a)
			}
		}
	}
	return names
}

// Leaders returns the persons the gazetteer knows as leaders of key today.
func (g *Gazetteer) Leaders(key string) []*Entry { return g.LeadersAt(key, "") }

// LeadersAt returns the persons who led key at date, a document's date (see
// AttrAt); with no date, those whose period is still open. Where periods
// meet (a handover day, a period given by its year) the later start wins,
// so that "le président américain" of a text dated 2021-01-20 is Biden.
func (g *Gazetteer) LeadersAt(key, date string) []*Entry {
	day, dated := documentDay(date)
	var out []*Entry
	latest := ""
	for _, e := range g.leaders[key] {
		for _, v := range e.Values["leaderOf"] {
			if v.Text != key || dated && !v.holds(day) || !dated && !v.current() {
				continue
			}
			switch start := dayFrom(v.From); {
			case start > latest:
				out, latest = []*Entry{e}, start
			case start == latest && !slices.Contains(out, e):
				out = append(out, e)
			}
		}
	}
	return out
}

// LeaderTitledAt returns the person who led key at date (see LeadersAt)
// under the title the text gives, or nil: "le président américain" of a
// text of 2019 is Donald Trump, "le chancelier allemand" of 2019 Angela
// Merkel, while "le président allemand" is not Friedrich Merz (a
// chancellor) and "la reine de France" is not Emmanuel Macron. The title
// must be the leader's whole role at that date, masculine or feminine
// ("Première ministre" for "Premier ministre"), so that a wrong holder is
// never given: the "présidente du Conseil" is not "la présidente
// italienne". Of an organisation, a role naming it after the title answers
// too: "président du Rassemblement national" for "le président du RN".
// Generic words ("dirigeant", "homologue") are no title here: which leader
// they mean is for the extractor to read from the text.
func (g *Gazetteer) LeaderTitledAt(key, title, date string) *Entry {
	want := strings.Fields(schema.Fold(title))
	org := g.byKey[key] != nil && g.byKey[key].Type != schema.Country
	var found *Entry
	for _, e := range g.LeadersAt(key, date) {
		for _, r := range e.AttrAt("role", date) {
			role := strings.Fields(schema.Fold(r))
			if !sameTitle(role, want) && !(org && len(role) > len(want) && sameTitle(role[:len(want)], want) && complements[role[len(want)]]) {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// complements are the words that open a title's complement: "président du
// Rassemblement national", "secrétaire général de l'OTAN".
var complements = map[string]bool{"de": true, "du": true, "des": true, "d": true}

// sameTitle compares folded titles word by word, a feminine "e" aside.
func sameTitle(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		if a[i] != b[i] && a[i] != b[i]+"e" && b[i] != a[i]+"e" {
			return false
		}
	}
	return true
}

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
