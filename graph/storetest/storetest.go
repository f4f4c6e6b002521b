// Package storetest gives tests a fresh store on each backend newskg writes
// to in earnest: bolt always, and PostgreSQL when NEWSKG_TEST_POSTGRES names
// a server. .ci/run starts one and sets the variable; locally,
//
//	export NEWSKG_TEST_POSTGRES=$(scripts/pg-scratch start /tmp/newskg-pg)
//
// Without it the PostgreSQL subtests are skipped with that hint.
package storetest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/lib/pq" // the driver of Cayley's postgres backend
)

// PostgresEnv names the PostgreSQL server the store tests also run on, as
// the URL of a database the tests may connect to and create databases from;
// each store is a database of its own on that server.
const PostgresEnv = "NEWSKG_TEST_POSTGRES"

// EachBackend runs test as a subtest per backend (bolt, postgres). newStore
// gives the address of a new, empty store on that backend, removed when the
// test ends.
func EachBackend(t *testing.T, test func(t *testing.T, newStore func() string)) {
	t.Run("bolt", func(t *testing.T) {
		test(t, func() string { return filepath.Join(t.TempDir(), "newskg.db") })
	})
	t.Run("postgres", func(t *testing.T) {
		test(t, func() string { return NewPostgres(t) })
	})
}

// NewPostgres creates an empty database on the server of NEWSKG_TEST_POSTGRES
// and returns its URL; the database is dropped when the test ends. It skips
// the test when the variable is not set.
func NewPostgres(t testing.TB) string {
	t.Helper()
	server := os.Getenv(PostgresEnv)
	if server == "" {
		t.Skip(PostgresEnv + " is not set; to run this test on PostgreSQL: export " + PostgresEnv + "=$(scripts/pg-scratch start /tmp/newskg-pg)")
	}
	db, err := sql.Open("postgres", server)
	if err != nil {
		t.Fatal(err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "newskg_test_" + hex.EncodeToString(b[:])
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		db.Close()
		t.Fatalf("%s=%s: cannot create a test database: %v", PostgresEnv, server, err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("dropping test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
