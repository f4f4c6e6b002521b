package schema

// How newskg spells names and nodes, and reads them back: entity keys, the
// folded form under which names are matched, the content hash of a document,
// and the IRIs of documents, sentences, statements, classes and Wikidata
// items. Every package that builds or takes apart one of these goes through
// here, so that a change of spelling is made once.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// Key returns the entity key (and IRI) for a canonical name: the name with
// spaces as underscores and IRI-unsafe characters dropped, "Vladimir Putin"
// -> "Vladimir_Putin". A name that would collide with a vocabulary IRI gets a
// suffix.
func Key(name string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(name) {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' || r == '_':
			space = true
			continue
		case r < 0x20 || strings.ContainsRune("<>\"{}|^`\\#?/%", r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte('_')
		}
		space = false
		b.WriteRune(r)
	}
	k := b.String()
	if k == "" {
		k = "_"
	}
	if _, ok := reserved[k]; ok {
		k += "_(entity)"
	}
	return k
}

// KeyName is the name a key reads as, for an entity the store gives no name:
// the key with spaces for underscores.
func KeyName(key string) string { return strings.ReplaceAll(key, "_", " ") }

// reserved holds the IRIs the vocabulary uses, which an entity may not take.
var reserved = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, t := range append(EntityTypes, DocumentType, SentenceType, StatementType) {
		m[string(t)] = struct{}{}
	}
	for p := range predicates {
		m[string(p)] = struct{}{}
	}
	for _, v := range []quad.IRI{Name, AlternateName, TypeOf, Role, SameAs, Title, URL, Date, Lang,
		Source, ContentHash, InDocument, Text, Index, Start, End, Mentions, InSentence, Subject,
		PredicateOf, Object, HasPolarity, HasModality, AssertedBy, Evidence, ClassOf, SymmetricIRI,
		EvidenceStart, EvidenceEnd, SubjectStart, SubjectEnd, ObjectStart, ObjectEnd,
		EventTime, EventPrecision, EventText, PublishedBy, Signature, OutletHost, OutletCountry, OutletTier} {
		m[string(v)] = struct{}{}
	}
	return m
}()

// Fold normalizes a name for matching: lower case, no accents, apostrophes
// and hyphens as spaces, runs of spaces collapsed. "Maison-Blanche" and
// "maison blanche" fold alike; so do "Zelensky" and "ZELENSKY". The
// gazetteer matches mentions under it and the store's search matches
// queries under it, so that what one finds the other finds.
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

// ContentHash identifies everything a document's quads are computed from: its
// text and attributes and the version of the extractor that read it. When the
// stored hash equals the new one, a build skips the document.
func (d Document) ContentHash(extractorVersion string) string {
	h := sha256.New()
	for _, s := range []string{extractorVersion, d.Title, d.URL, d.Date, d.Lang, d.Source, d.Text,
		d.Outlet.Name, d.Outlet.Host, d.Outlet.Country, d.Outlet.Tier} {
		fmt.Fprintf(h, "%d:%s", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Prefixes and separators of the provenance nodes' IRIs.
const (
	documentPrefix  = "doc/"
	sentenceMark    = "#s"
	statementPrefix = "stmt/"
)

// EntityIRI is the node of the entity with the given key.
func EntityIRI(key string) quad.IRI { return quad.IRI(key) }

// DocumentIRI is the node of the document with the given id.
func DocumentIRI(id string) quad.IRI { return DocumentKeyIRI(escapeID(id)) }

// A document key is a document id as its IRI spells it (escaped), the IRI
// without doc/: 000_e9cc, d%201. The HTTP API and the exports name documents
// by their key, which the store can give back where it cannot give the id.

// DocumentKeyIRI is the node of the document with the given key.
func DocumentKeyIRI(key string) quad.IRI { return quad.IRI(documentPrefix + key) }

// ParseDocumentIRI returns the key of a document IRI; ok is false for
// another IRI.
func ParseDocumentIRI(iri string) (key string, ok bool) {
	if key, ok = strings.CutPrefix(iri, documentPrefix); !ok {
		return "", false
	}
	return key, true
}

// SentenceIRI is the node of a document's sentence.
func SentenceIRI(docID string, index int) quad.IRI {
	return quad.IRI(string(DocumentIRI(docID)) + sentenceMark + strconv.Itoa(index))
}

// ParseSentenceIRI returns the document key and the index of a sentence
// IRI (doc/KEY#sN); ok is false for another IRI.
func ParseSentenceIRI(iri string) (docKey string, index int, ok bool) {
	i := strings.LastIndex(iri, sentenceMark)
	if i < 0 {
		return "", 0, false
	}
	docKey, ok = ParseDocumentIRI(iri[:i])
	index, err := strconv.Atoi(iri[i+len(sentenceMark):])
	if !ok || err != nil {
		return "", 0, false
	}
	return docKey, index, true
}

// escapeID keeps a document id readable in an IRI while removing the
// characters N-Quads forbids inside <>.
func escapeID(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\#%", r):
			fmt.Fprintf(&b, "%%%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// StatementIRI is the node of a statement: a hash of the document and of what
// the statement says, so that re-extracting the same text gives the same node.
func StatementIRI(docID string, s Statement) quad.IRI {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s",
		docID, s.Sentence, s.Subject, s.Predicate, s.Object, s.Literal, s.Polarity, s.Modality, s.AssertedBy)
	return quad.IRI(statementPrefix + hex.EncodeToString(h.Sum(nil))[:20])
}

// WikidataIRI is the Wikidata item with the given Q-id.
func WikidataIRI(qid string) quad.IRI { return quad.IRI(WikidataEntity + qid) }

// ParseWikidataIRI returns the Q-id of a Wikidata item's IRI; ok is false
// for another IRI.
func ParseWikidataIRI(iri string) (qid string, ok bool) {
	if qid, ok = strings.CutPrefix(iri, WikidataEntity); !ok {
		return "", false
	}
	return qid, true
}
