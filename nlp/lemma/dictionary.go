package lemma

import (
	"slices"
	"strings"
	"sync"

	"github.com/aaaton/golem/v4/dicts/fr"
)

// Dictionary is golem's French form -> lemma dictionary (about 224,000 forms
// of 36,000 lemmas), read once from the golem module. A form may have several
// lemmas ("est": être, est); they are kept sorted.
type Dictionary struct {
	forms     map[string][]string
	paradigms map[string]int // lemma -> number of forms
}

var (
	golemOnce sync.Once
	golemDict *Dictionary
)

// Golem returns the shared golem dictionary, loading it on first use. If the
// golem resource cannot be read it returns an empty dictionary: lemmatisation
// then falls back on the trained lexicon and rules.
func Golem() *Dictionary {
	golemOnce.Do(func() {
		golemDict = &Dictionary{forms: map[string][]string{}}
		b, err := fr.New().GetResource()
		if err != nil {
			return
		}
		golemDict = parseGolem(string(b))
	})
	return golemDict
}

// parseGolem reads golem's format: one lemma per line, then its forms, tab
// separated. (golem's own Lemmas method mixes forms into the lemma lists of
// forms shared by several lemmas, so the resource is read here instead.)
func parseGolem(text string) *Dictionary {
	d := &Dictionary{forms: make(map[string][]string, 230000), paradigms: make(map[string]int, 40000)}
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		base := fields[0]
		d.paradigms[base] += len(fields)
		for _, form := range fields {
			cur := d.forms[form]
			if !slices.Contains(cur, base) {
				d.forms[form] = append(cur, base)
			}
		}
	}
	for _, v := range d.forms {
		slices.Sort(v)
	}
	return d
}

// Lemmas returns the lemmas of a lower-case form, or nil if it is unknown.
// The slice is shared: do not modify it.
func (d *Dictionary) Lemmas(lowerForm string) []string {
	return d.forms[lowerForm]
}

// Hint describes a lower-case form for the tagger, as a stand-in for the
// part of speech that golem does not record: the ending of its first lemma,
// whether the form is that lemma, and the size class of each lemma's
// paradigm (verbs have dozens of forms, adjectives four, nouns two), e.g.
// "er:N2V9" for "porte" (la porte, porter). It returns "" for unknown forms.
func (d *Dictionary) Hint(lowerForm string) string {
	l := d.forms[lowerForm]
	if len(l) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(lastTwo(l[0]))
	if l[0] == lowerForm {
		b.WriteByte('=')
	}
	b.WriteByte(':')
	for _, lem := range l {
		switch n := d.paradigms[lem]; {
		case n <= 1:
			b.WriteString("1")
		case n == 2:
			b.WriteString("N2")
		case n <= 4:
			b.WriteString("A4")
		case n <= 8:
			b.WriteString("M8")
		default:
			b.WriteString("V9")
		}
	}
	return b.String()
}

func lastTwo(s string) string {
	r := []rune(s)
	if len(r) <= 2 {
		return s
	}
	return string(r[len(r)-2:])
}
