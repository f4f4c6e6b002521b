package gazetteer

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold normalizes a name for matching: lower case, no accents, apostrophes
// and hyphens as spaces, runs of spaces collapsed. "Maison-Blanche" and
// "maison blanche" fold alike; so do "Zelensky" and "ZELENSKY".
func Fold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '.' || r == '&':
			// "D.C.", "U.S." keep their letters together: drop the dots.
			continue
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimRight(b.String(), " ")
}
