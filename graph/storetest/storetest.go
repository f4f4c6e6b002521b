// Package storetest gives tests a fresh store on each backend newskg writes
// to in earnest: bolt always, PostgreSQL when NEWSKG_TEST_POSTGRES names a
// server, and MySQL or MariaDB when NEWSKG_TEST_MYSQL does. .ci/run starts
// both and sets the variables; locally,
//
//	export NEWSKG_TEST_POSTGRES=$(scripts/pg-scratch start /tmp/newskg-pg)
//	export NEWSKG_TEST_MYSQL=$(scripts/mariadb-scratch start /tmp/newskg-mysql)
//
// Without them those subtests are skipped with that hint.
package storetest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/go-sql-driver/mysql" // the driver of Cayley's mysql backend
	_ "github.com/lib/pq"              // the driver of Cayley's postgres backend
)

// PostgresEnv names the PostgreSQL server the store tests also run on, as
// the URL of a database the tests may connect to and create databases from;
// each store is a database of its own on that server.
const PostgresEnv = "NEWSKG_TEST_POSTGRES"

// MySQLEnv names the MySQL or MariaDB server the store tests also run on,
// as a mysql:// URL of a user who may create databases; each store is a
// database of its own on that server.
const MySQLEnv = "NEWSKG_TEST_MYSQL"

// EachBackend runs test as a subtest per backend (bolt, postgres, mysql). newStore
// gives the address of a new, empty store on that backend, removed when the
// test ends.
func EachBackend(t *testing.T, test func(t *testing.T, newStore func() string)) {
	t.Run("bolt", func(t *testing.T) {
		test(t, func() string { return filepath.Join(t.TempDir(), "newskg.db") })
	})
	t.Run("postgres", func(t *testing.T) {
		test(t, func() string { return NewPostgres(t) })
	})
	t.Run("mysql", func(t *testing.T) {
		test(t, func() string { return NewMySQL(t) })
	})
}

// NewMySQL creates an empty database on the server of NEWSKG_TEST_MYSQL and
// returns its mysql:// URL; the database is dropped when the test ends. It
// skips the test when the variable is not set.
func NewMySQL(t testing.TB) string {
	t.Helper()
	server := os.Getenv(MySQLEnv)
	if server == "" {
		t.Skip(MySQLEnv + " is not set; to run this test on MariaDB: export " + MySQLEnv + "=$(scripts/mariadb-scratch start /tmp/newskg-mysql)")
	}
	u, err := url.Parse(server)
	if err != nil || u.User == nil {
		t.Fatalf("%s: not a mysql://user:pass@host:port/db URL", MySQLEnv)
	}
	pass, _ := u.User.Password()
	db, err := sql.Open("mysql", u.User.Username()+":"+pass+"@tcp("+u.Host+")/")
	if err != nil {
		t.Fatal(err)
	}
	name := newName()
	if _, err := db.Exec("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"); err != nil {
		db.Close()
		t.Fatalf("%s=%s: cannot create a test database: %v", MySQLEnv, u.Redacted(), err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE " + name); err != nil {
			t.Errorf("dropping test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// newName is a fresh name for a test database.
func newName() string {
	var b [6]byte
	rand.Read(b[:])
	return "newskg_test_" + hex.EncodeToString(b[:])
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
	name := newName()
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
