package graph

import (
	"context"
	"fmt"

	csql "github.com/cayleygraph/cayley/graph/sql"
)

// Revision returns a value that changes when the store's quads change, for
// a process that keeps what it read from the store in memory (the server's
// entity index) to know when another process has written. It is one small
// SQL query: no quad is read.
//
// ok is false on the backends that no other process writes while this one
// has the store open (bolt and leveldb are locked, memstore is in memory):
// there, what the process itself writes is all that changes.
//
// On PostgreSQL the value is the highest row number of Cayley's quads table
// (a BIGSERIAL: every added quad takes the next one) with the count of rows
// deleted from it in PostgreSQL's statistics, which a server reports about
// a second after the transaction; a standby counts no deletions, so there
// only additions show. On MySQL and MariaDB it is the highest row number
// (AUTO_INCREMENT): additions only.
func (s *Store) Revision(ctx context.Context) (rev string, ok bool, err error) {
	var text string
	switch s.Addr.Backend {
	case Postgres:
		text = `SELECT COALESCE(MAX(horizon), 0) || '/' || pg_stat_get_tuples_deleted('quads'::regclass) FROM quads`
	case MySQL:
		text = `SELECT CAST(COALESCE(MAX(horizon), 0) AS CHAR) FROM quads`
	default:
		return "", false, nil
	}
	var sq *csql.QuadStore
	switch qs := cayleyStore(s).(type) {
	case indexedSQL:
		sq = qs.QuadStore
	case *csql.QuadStore:
		sq = qs
	default:
		return "", false, fmt.Errorf("store %s: not a Cayley SQL store (%T)", s.Addr, qs)
	}
	err = sq.QueryRow(ctx, sqlQuery{text: func(*csql.Builder) string { return text }}).Scan(&rev)
	if err != nil {
		return "", true, fmt.Errorf("store %s: reading its revision: %v", s.Addr, err)
	}
	return rev, true, nil
}
