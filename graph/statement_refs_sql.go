package graph

import (
	"context"
	"fmt"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// listStatementRefs is statementRefs on Cayley's SQL store, in one query.
// Through Cayley's iterators a statement costs a round trip to the server
// for its name and one for its predicate: minutes for an entity in 100,000
// statements. The query joins Cayley's tables (quads, nodes: its schema
// since v0.7) on their (object, predicate, subject) and (subject,
// predicate, object) indexes.
func (sq indexedSQL) listStatementRefs(ctx context.Context, entity string) ([]StatementRef, error) {
	hash := func(v quad.Value) csql.Value { return csql.HashOf(v) }
	q := sqlQuery{
		text: func(b *csql.Builder) string {
			// Placeholders in the order of args; the subject's is used
			// twice, which PostgreSQL's numbered placeholders ($2) allow.
			entity, subject, object, predicateOf := b.Placeholder(), b.Placeholder(), b.Placeholder(), b.Placeholder()
			return `SELECT st.value_string, q.predicate_hash = ` + subject + `, sentence.value_string, p.value_string
FROM quads q
JOIN nodes st ON st.hash = q.subject_hash
LEFT JOIN nodes sentence ON sentence.hash = q.label_hash
LEFT JOIN quads pq ON pq.subject_hash = q.subject_hash AND pq.predicate_hash = ` + predicateOf + `
LEFT JOIN nodes p ON p.hash = pq.object_hash
WHERE q.object_hash = ` + entity + ` AND q.predicate_hash IN (` + subject + `, ` + object + `)`
		},
		args: []csql.Value{hash(quad.IRI(entity)), hash(schema.Subject), hash(schema.Object), hash(schema.PredicateOf)},
		cols: []string{"statement", "out", "sentence", "predicate"},
	}
	rows, err := sq.Query(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var refs []StatementRef
	index := map[string]int{}
	for rows.Next() {
		var id, sentence, predicate *string
		var out bool
		if err := rows.Scan(&id, &out, &sentence, &predicate); err != nil {
			return nil, fmt.Errorf("reading the statements of %s: %v", entity, err)
		}
		if id == nil {
			continue
		}
		if i, ok := index[*id]; ok {
			refs[i].Out = refs[i].Out || out
			continue
		}
		index[*id] = len(refs)
		refs = append(refs, StatementRef{ID: *id, SentenceID: deref(sentence), Predicate: deref(predicate), Out: out})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return refs, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// sqlQuery is a query of our own for csql.QuadStore.Query, which takes
// Cayley's SQL shapes: the text in the server's dialect (placeholders from
// the builder) and its arguments.
type sqlQuery struct {
	text func(*csql.Builder) string
	args []csql.Value
	cols []string
}

func (q sqlQuery) SQL(b *csql.Builder) string { return q.text(b) }
func (q sqlQuery) Args() []csql.Value         { return q.args }
func (q sqlQuery) Columns() []string          { return q.cols }
