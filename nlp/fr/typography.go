// Package fr holds the French typography that the language core (tag, lemma,
// depparse) folds away before it looks a word up. It knows nothing of news
// or of newskg's vocabulary: the rules' French cues are in extract/fr.
package fr

import "strings"

// typography maps typographic variants that the treebanks never use to the
// plain forms they do, so that "l’" is known as "l'" and “ as ".
var typography = strings.NewReplacer(
	"’", "'", "ʼ", "'", "‘", "'", "‛", "'", "`", "'",
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`,
	"–", "-", "—", "-", "‒", "-", "―", "-", "‐", "-", "‑", "-",
	"…", "...", "\u00a0", " ", "\u202f", " ", "\u2009", " ",
)

// FoldForm is the key under which a form is looked up in lexicons and hashed
// into features: lower case, with typographic apostrophes, quotes, dashes
// and spaces replaced by their plain forms.
func FoldForm(form string) string {
	low := strings.ToLower(form)
	if isPlain(low) {
		return low
	}
	return typography.Replace(low)
}

func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return !strings.ContainsAny(s, "’ʼ‘‛“”„‟–—‒―‐‑…\u00a0\u202f\u2009")
		}
		if s[i] == '`' {
			return false
		}
	}
	return true
}
