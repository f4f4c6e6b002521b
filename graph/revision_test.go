package graph

import (
	"context"
	"testing"
	"time"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/graph/storetest"
)

// A PostgreSQL store's revision changes when quads are added and when
// they are removed; a bolt store has none (no other process writes it).
func TestRevision(t *testing.T) {
	ctx := context.Background()
	s, err := Open(t.TempDir()+"/newskg.db", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.Revision(ctx); ok || err != nil {
		t.Errorf("bolt has a revision: %v %v", ok, err)
	}
	s.Close()

	s, err = Open(storetest.NewPostgres(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q := quad.Quad{Subject: quad.IRI("Ada_Lovelace"), Predicate: quad.IRI("name"), Object: quad.String("Ada Lovelace")}
	rev := func() string {
		t.Helper()
		r, ok, err := s.Revision(ctx)
		if !ok || err != nil {
			t.Fatalf("PostgreSQL revision: %v %v", ok, err)
		}
		return r
	}
	empty := rev()
	if _, err := AddQuads(ctx, s, []quad.Quad{q}); err != nil {
		t.Fatal(err)
	}
	added := rev()
	if added == empty {
		t.Errorf("revision %q before and after adding a quad", added)
	}
	if again := rev(); again != added {
		t.Errorf("revision %q then %q with no write between", added, again)
	}
	if _, err := RemoveQuads(ctx, s, []quad.Quad{q}); err != nil {
		t.Fatal(err)
	}
	// PostgreSQL's statistics count the deletion when the writing
	// connection reports them, a second or more later (at most 10 s when
	// it is idle): wait for it, up to a minute on a loaded machine.
	for i := 0; rev() == added; i++ {
		if i == 600 {
			t.Fatalf("revision %q a minute after a quad was removed, as before", added)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// On MySQL and MariaDB the revision changes when quads are added.
func TestRevisionOnMySQL(t *testing.T) {
	ctx := context.Background()
	s, err := Open(storetest.NewMySQL(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before, ok, err := s.Revision(ctx)
	if !ok || err != nil {
		t.Fatalf("MySQL revision: %v %v", ok, err)
	}
	q := quad.Quad{Subject: quad.IRI("Ada_Lovelace"), Predicate: quad.IRI("name"), Object: quad.String("Ada Lovelace")}
	if _, err := AddQuads(ctx, s, []quad.Quad{q}); err != nil {
		t.Fatal(err)
	}
	if after, _, err := s.Revision(ctx); err != nil || after == before {
		t.Errorf("revision %q before adding a quad, %q after (%v)", before, after, err)
	}
}

// BenchmarkRevision measures the check a server makes at most once a
// second: one query on PostgreSQL.
func BenchmarkRevision(b *testing.B) {
	s, err := Open(storetest.NewPostgres(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	b.Run("revision", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := s.Revision(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The round trip alone, for comparison.
	sq := cayleyStore(s).(indexedSQL)
	b.Run("select-1", func(b *testing.B) {
		for b.Loop() {
			var one int
			if err := sq.QueryRow(ctx, sqlQuery{text: func(*csql.Builder) string { return "SELECT 1" }}).Scan(&one); err != nil {
				b.Fatal(err)
			}
		}
	})
}
