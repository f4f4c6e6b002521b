package schema

import (
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
	"strings"
)

// TextSignature is a MinHash of the five-word shingles of a text (words
// folded as Fold folds names): two texts whose signatures agree in most
// places share most of their wording, as copies of one wire story in
// several outlets do, whatever their headlines, bylines and furniture. It is
// stored on the document (textSignature) so that a query can count such
// copies once. A text of fewer than five words has none.
func TextSignature(text string) string {
	words := strings.Fields(Fold(text))
	if len(words) < shingleWords {
		return ""
	}
	var sig [signatureSize]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+shingleWords], " ")))
		x := h.Sum64()
		for k := range sig {
			// One hash per place: x mixed with the place's odd multiplier.
			v := (x ^ uint64(k)*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
			v ^= v >> 31
			if v < sig[k] {
				sig[k] = v
			}
		}
	}
	b := make([]byte, 0, signatureSize*4)
	for _, v := range sig {
		b = binary.BigEndian.AppendUint32(b, uint32(v>>32))
	}
	return hex.EncodeToString(b)
}

// SameText estimates the share of shingles two signatures' texts have in
// common (0 to 1); 0 when either is missing or they differ in form.
func SameText(a, b string) float64 {
	if a == "" || len(a) != len(b) || len(a)%8 != 0 {
		return 0
	}
	same := 0
	for i := 0; i < len(a); i += 8 {
		if a[i:i+8] == b[i:i+8] {
			same++
		}
	}
	return float64(same) / float64(len(a)/8)
}

// SameStory is the SameText above which two documents are copies of one
// story: a wire dispatch with each outlet's headline and furniture.
const SameStory = 0.5

const (
	shingleWords  = 5
	signatureSize = 64
)
