package extract

import (
	"regexp"
	"strings"
)

// Page furniture is the text around an article that states nothing: menus,
// breadcrumbs, bylines, section headings, tag lists, share and comment
// prompts, copyright lines and photo captions. It gives no sentences and so
// no facts.

var furniturePatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^(laisser|laissez|ajouter|écrire) un commentaire`),
	regexp.MustCompile(`(?i)^leave a (comment|reply)`),
	regexp.MustCompile(`(?i)^you may also like`),
	regexp.MustCompile(`(?i)^(à lire aussi|lire aussi|voir aussi|sur le même sujet|articles? similaires?|partager|partagez|share|suivez-nous|abonnez-vous|publicité|related)\b`),
	regexp.MustCompile(`(?i)(droits d.auteur|tous droits réservés|all rights reserved|©|copyright)`),
	regexp.MustCompile(`(?i)^(home|accueil)\b`),
	regexp.MustCompile(`(?i)^(by|par)\s+\p{Lu}[\p{L}.-]*(\s+\p{Lu}[\p{L}.-]*)?\s*$`),
	regexp.MustCompile(`(?i)^(photo|crédit|credit|image|source)\s*:`),
	regexp.MustCompile(`(?i)(/ ?(afp|reuters|ap|getty images|epa)\s*$)`),
}

// isFurniture reports whether a paragraph is page furniture rather than text.
func isFurniture(p string) bool {
	for _, re := range furniturePatterns {
		if re.MatchString(p) {
			return true
		}
	}
	// tag lists: "Trump | Poutine | Ukraine"
	if strings.Count(p, "|") >= 2 {
		return true
	}
	// headings, menus and bylines: short lines that do not end a sentence
	last := p[len(p)-1]
	ends := strings.ContainsRune(".!?»”\"…:", rune(last)) || strings.HasSuffix(p, "»") || strings.HasSuffix(p, "”")
	if !ends && len(strings.Fields(p)) <= 16 {
		return true
	}
	return false
}

// dateline matches the place, date and agency a wire story opens with:
// "PARIS, 14 mars 2025 (AFP) - ", "KIEV (AFP) – ", "Washington (Reuters) - ".
// They say where and when the text was filed, not who acts: read as part of
// the first sentence, the city would become its subject.
var dateline = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}\p{M}'’ -]{1,40}?|\p{Lu}[\p{L}'’ -]{1,40}?\s*\([^()]{1,30}\))(?:,[^()\n—–]{1,40}?)?(?:\s*\([^()]{1,30}\))?\s*[-—–]\s+`)

// datelineEnd is the length in bytes of the dateline that opens paragraph
// p, or 0. A run of capitals alone counts only before a dash and with
// something after it, so that "ONU" opening a sentence is left alone.
func datelineEnd(p string) int {
	loc := dateline.FindStringIndex(p)
	if loc == nil || loc[1] >= len(p) {
		return 0
	}
	return loc[1]
}

// captionDate matches the date that ends a photo caption: ", le 10 mai 2025."
var captionDate = regexp.MustCompile(`(?i),\s+(le\s+)?\d{1,2}(er)?\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}\.?$`)

// isCaption reports whether a one-sentence paragraph reads as a photo caption:
// it ends with a date after a comma and has no verb a sentence would need.
func isCaption(p string) bool {
	return captionDate.MatchString(p) && !strings.Contains(p, " a ") && !strings.Contains(p, " ont ")
}
