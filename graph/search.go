package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/newskg/newskg/schema"
)

// Search over the names of the Reader's entity index: every name an entity
// is known by in the store, its own and the words that stand for it (a
// state's capital and demonyms), folded so that case and accents do not
// matter. There is no fuzzy matching: "zelenski" does not find Zelensky.

// SearchHit is an entity found by Search, with the name that matched.
type SearchHit struct {
	*Entity
	Matched string `json:"matched"`
	// Via says how a name that is not the entity's own stands for it:
	// "capital" (Moscou for Russia) or "demonym" (russe); "" for a name.
	Via  string `json:"via,omitempty"`
	rank matchRank
}

// matchRank orders hits: the lower, the closer the match.
type matchRank int

const (
	exactName    matchRank = iota // the canonical name: Russia
	exactAlias                    // another name: Russie, Poutine
	exactStandIn                  // a capital or a demonym: Moscou, russe
	prefix                        // the start of a name or of one of its words
	contains                      // anywhere in a name
)

// searchName is one of an entity's names as Search compares it.
type searchName struct {
	folded string
	text   string // as stored
	via    string // "" for a name, else "capital" or "demonym"
}

// indexNames folds e's names for Search: its name, its alternate names,
// its capital's names and its demonyms, in that order, each fold once. A
// capital written in a text is also among its state's alternate names ("à
// Moscou" is Russia's node): it is still reported as the capital.
func (e *Entity) indexNames() {
	capitals := map[string]bool{}
	for _, c := range e.CapitalNames {
		capitals[schema.Fold(c)] = true
	}
	seen := map[string]bool{}
	add := func(text, via string) {
		if f := schema.Fold(text); f != "" && !seen[f] {
			if via == "" && capitals[f] {
				via = "capital"
			}
			seen[f] = true
			e.search = append(e.search, searchName{folded: f, text: text, via: via})
		}
	}
	add(e.Name, "")
	for _, n := range e.Names {
		add(n.Text, "")
	}
	for _, c := range e.CapitalNames {
		add(c, "capital")
	}
	for _, d := range e.Demonyms {
		add(d, "demonym")
	}
}

// Search finds entities by any of their names, ignoring case and accents:
// "poutine" finds Vladimir Putin through its name Poutine@fr, "Kiev" and
// "Kyiv" find Ukraine through its capital, "ukrainien" through its demonym.
// An entity whose own name is the query comes first, then one with another
// name that is the query, then one for which the query stands (a capital, a
// demonym), then names that start with the query (or have a word that
// does), then names that contain it. Among exact matches, the entity in
// more statements comes first ("Macron" is Emmanuel before Brigitte); the
// looser matches, which may be most of the store, stay in name order, since
// counting statements costs a read per statement. An empty query lists
// every entity by name. typ, if not empty, keeps one entity type.
func (r *Reader) Search(ctx context.Context, q, typ string) ([]SearchHit, error) {
	fq := schema.Fold(q)
	var hits []SearchHit
	for _, e := range r.entities {
		if typ != "" && e.Type != typ {
			continue
		}
		if fq == "" {
			hits = append(hits, SearchHit{Entity: e, Matched: e.Name})
		} else if h, ok := e.match(fq); ok {
			hits = append(hits, h)
		}
	}
	if fq == "" {
		return hits, nil
	}
	perRank := map[matchRank]int{}
	for _, h := range hits {
		perRank[h.rank]++
	}
	// Support decides only between exact matches of one rank.
	support := map[string]int{}
	for _, h := range hits {
		if h.rank > exactStandIn || perRank[h.rank] < 2 {
			continue
		}
		refs, err := r.StatementRefs(ctx, h.ID)
		if err != nil {
			return nil, err
		}
		support[h.ID] = len(refs)
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].rank != hits[j].rank {
			return hits[i].rank < hits[j].rank
		}
		return support[hits[i].ID] > support[hits[j].ID]
	})
	return hits, nil
}

// match compares the folded query with e's names and returns the closest
// match.
func (e *Entity) match(fq string) (SearchHit, bool) {
	best := SearchHit{Entity: e, rank: -1}
	for i, n := range e.search {
		rank := matchRank(-1)
		switch {
		case n.folded == fq && i == 0:
			rank = exactName
		case n.folded == fq && n.via == "":
			rank = exactAlias
		case n.folded == fq:
			rank = exactStandIn
		case strings.HasPrefix(n.folded, fq) || strings.Contains(n.folded, " "+fq):
			rank = prefix
		case strings.Contains(n.folded, fq):
			rank = contains
		}
		if rank >= 0 && (best.rank < 0 || rank < best.rank) {
			best.rank, best.Matched, best.Via = rank, n.text, n.via
		}
	}
	return best, best.rank >= 0
}
