package graph

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // registers "leveldb"
	"github.com/cayleygraph/cayley/graph/memstore"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/mysql"    // registers "mysql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"
	"github.com/go-sql-driver/mysql"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Backend names accepted in an address.
const (
	Bolt     = "bolt"
	LevelDB  = "leveldb"
	Memstore = "memstore"
	Postgres = "postgres"
	MySQL    = "mysql"
)

// boltFile is the file Cayley's bolt backend keeps inside the store
// directory, so that `cayley --db bolt --dbpath DIR` opens our stores too.
const boltFile = "indexes.bolt"

// lockTimeout is how long Open waits for another process's bolt lock before
// giving up with a message (Cayley itself waits forever).
var lockTimeout = 2 * time.Second

// Address says which backend holds a store and where.
type Address struct {
	Backend string // Bolt, LevelDB, Memstore, Postgres or MySQL
	Path    string // a directory for bolt and leveldb, a URL for postgres and mysql, empty for memstore
	// NoBloom opens a bolt store for writing without Cayley's Bloom
	// filters ("bolt:PATH?bloom=off"; see openBolt).
	NoBloom bool
}

// String gives the address as a user would type it, with any password hidden.
func (a Address) String() string {
	switch a.Backend {
	case Bolt:
		if a.NoBloom {
			return Bolt + ":" + a.Path + "?" + bloomOff
		}
		return a.Path
	case Memstore:
		return "memstore:"
	case Postgres, MySQL:
		if u, err := url.Parse(a.Path); err == nil {
			return u.Redacted()
		}
		return a.Backend + "://…"
	}
	return a.Backend + ":" + a.Path
}

// CayleyPath is the --dbpath that the stock cayley command takes for the
// store (with --db a.Backend): the MySQL driver's data source name for a
// mysql:// URL, the path or URL itself otherwise.
func (a Address) CayleyPath() string {
	if a.Backend == MySQL {
		return mysqlDSN(a.Path)
	}
	return a.Path
}

// ParseAddress reads a store address: a plain path (a bolt store directory),
// "bolt:PATH" (with "?bloom=off": Address.NoBloom), "leveldb:PATH",
// "memstore:", a postgres:// (postgresql://) URL, or a mysql:// URL (MySQL
// or MariaDB: mysql://user:pass@host:3306/db).
func ParseAddress(s string) (Address, error) {
	if strings.TrimSpace(s) == "" {
		return Address{}, errors.New(`empty store address; give a path (bolt), "leveldb:PATH", "memstore:", or a postgres:// or mysql:// URL`)
	}
	if strings.HasPrefix(s, "mysql://") {
		u, err := url.Parse(s)
		if err != nil {
			return Address{}, fmt.Errorf("store address %q: not a valid MySQL URL: %v", redactedPrefix(s), err)
		}
		if u.Host == "" || strings.Trim(u.Path, "/") == "" {
			return Address{}, fmt.Errorf("store address %s: a MySQL URL needs a host and a database (mysql://user:pass@host:3306/db)", u.Redacted())
		}
		return Address{Backend: MySQL, Path: s}, nil
	}
	if strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://") {
		u, err := url.Parse(s)
		if err != nil {
			return Address{}, fmt.Errorf("store address %q: not a valid PostgreSQL URL: %v", s, err)
		}
		if u.Host == "" {
			return Address{}, fmt.Errorf("store address %s: no host in the PostgreSQL URL (postgres://user@host:5432/db)", u.Redacted())
		}
		return Address{Backend: Postgres, Path: s}, nil
	}
	if s == Memstore || s == Memstore+":" {
		return Address{Backend: Memstore}, nil
	}
	if i := strings.IndexByte(s, ':'); i > 0 && isScheme(s[:i]) {
		name, path := s[:i], s[i+1:]
		switch name {
		case Bolt, LevelDB:
			a := Address{Backend: name, Path: path}
			if name == Bolt {
				if p, opt, ok := strings.Cut(path, "?bloom="); ok {
					switch opt {
					case "off":
						a.Path, a.NoBloom = p, true
					case "on":
						a.Path = p
					default:
						return Address{}, fmt.Errorf("store address %q: bloom=%q: give bloom=off or bloom=on", s, opt)
					}
				}
			}
			if a.Path == "" {
				return Address{}, fmt.Errorf("store address %q: no path after %q", s, name+":")
			}
			return a, nil
		case Memstore:
			return Address{}, fmt.Errorf("store address %q: memstore takes no path (use \"memstore:\")", s)
		case MySQL:
			return Address{}, fmt.Errorf("store address %q: a MySQL store is a URL, mysql://user:pass@host:3306/db", redactedPrefix(s))
		case "cockroach", "cockroachdb":
			return Address{}, fmt.Errorf("store address %q: CockroachDB is not supported: newskg's tests cannot run it on these machines, so its backend stays closed (see README, Past one machine); use a postgres:// or mysql:// URL", redactedPrefix(s))
		default:
			return Address{}, fmt.Errorf("store address %q: unknown backend %q (known: bolt, leveldb, memstore, postgres, mysql); write bolt:%s for a path with a colon", s, name, s)
		}
	}
	if strings.Contains(s, "?bloom=") {
		return Address{}, fmt.Errorf("store address %q: an option needs the backend named: bolt:%s", s, s)
	}
	return Address{Backend: Bolt, Path: s}, nil
}

// redactedPrefix is an address that did not parse, with what comes
// between its scheme and its last "@" (a user and password) left out, so
// that a password is not repeated in an error.
func redactedPrefix(s string) string {
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		return s[:strings.IndexByte(s, ':')+1] + "…" + s[i:]
	}
	return s
}

// isScheme reports whether s looks like a backend name (letters only, more
// than one so a Windows drive letter stays a path).
func isScheme(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// Options says how to open a store.
type Options struct {
	// ReadOnly opens an existing store for queries: it is never created, and
	// a bolt store is opened read-only with a shared lock, so several readers
	// can query at once. Other backends are opened as usual (leveldb allows
	// one process at a time, reader or not).
	ReadOnly bool
}

// Store is an open Cayley quad store and the address it was opened from.
// Close it as soon as it is no longer needed: a bolt store is locked while
// open, and the stock cayley tools wait for it.
type Store struct {
	cgraph.QuadStore
	Addr     Address
	ReadOnly bool
}

// cayleyStore is the store under qs that Cayley plans queries on: a *Store
// embeds it as an interface, which hides the store's query optimizer from
// Cayley.
func cayleyStore(qs cgraph.QuadStore) cgraph.QuadStore {
	if s, ok := qs.(*Store); ok {
		return s.QuadStore
	}
	return qs
}

// ErrNoStore is returned (wrapped) when a read-only open finds no store.
var ErrNoStore = errors.New("no store")

// ErrLocked is returned (wrapped) when a bolt store is held by another process.
var ErrLocked = errors.New("store in use")

// backend is how newskg opens one kind of store, as a registration in
// Cayley's own table (kv.Register) says how Cayley does. Open knows no
// backend by name: what differs between them is here.
type backend struct {
	// init creates the store at a if it does not exist (a store that
	// exists is not an error), before a writable open; nil when open does
	// it.
	init func(a Address) error
	// open opens the store at a. A store that is missing on a read-only
	// open is ErrNoStore, one held by another process ErrLocked.
	open func(a Address, opts Options) (cgraph.QuadStore, error)
	// wrap gives the store with newskg's query optimizer around Cayley's;
	// nil keeps Cayley's.
	wrap func(cgraph.QuadStore) cgraph.QuadStore
	// openError, with the address and the error, words the other errors of
	// init and open for a user; "" leaves them as they are.
	openError string
}

// backends are the backends an address can name.
var backends = map[string]backend{
	// bolt is opened through its own package rather than Cayley's table, for
	// the lock timeout and the shared read-only lock; openBolt initializes
	// it through the same file handle and words its own errors.
	Bolt: {open: openBolt, wrap: withIndexedKV},
	LevelDB: {
		init:      func(a Address) error { return leveldbLocked(a, initRegistered(LevelDB, a.Path)) },
		open:      openLevelDB,
		wrap:      withIndexedKV,
		openError: "cannot open store %s: %v",
	},
	Postgres: {
		init: func(a Address) error { return initRegistered(Postgres, withoutJIT(a.Path)) },
		open: func(a Address, _ Options) (cgraph.QuadStore, error) {
			return openRegistered(Postgres, withoutJIT(a.Path), a)
		},
		wrap:      withIndexedSQL,
		openError: "cannot open PostgreSQL store %s: %v; check that the server is running and reachable and the database exists",
	},
	// MySQL and MariaDB, through Cayley's mysql backend. Its unique index on
	// (subject, predicate, object) ignores the label
	// (docs/cayley.md#label-blind-triples), which loses nothing now that a
	// fact is one unlabeled edge and every other quad's subject is a node
	// of its own document. Cayley's optimizer plans the queries: newskg's
	// SQL (indexedSQL) is PostgreSQL's dialect.
	MySQL: {
		init: initMySQL,
		open: func(a Address, _ Options) (cgraph.QuadStore, error) {
			return openRegistered(MySQL, mysqlDSN(a.Path), a)
		},
		openError: "cannot open MySQL store %s: %v; check that the server is running and reachable and the database exists",
	},
	Memstore: {open: func(Address, Options) (cgraph.QuadStore, error) { return memstore.New(), nil }},
}

// initMySQL creates Cayley's tables in the database unless they exist.
// Cayley's mysql backend reports existing tables as the server's error 1050
// rather than as graph.ErrDatabaseExists.
func initMySQL(a Address) error {
	err := initRegistered(MySQL, mysqlDSN(a.Path))
	var e *mysql.MySQLError
	if errors.As(err, &e) && e.Number == 1050 { // ER_TABLE_EXISTS_ERROR
		return nil
	}
	return err
}

// mysqlDSN turns a mysql:// URL into the Go MySQL driver's data source name
// (user:pass@tcp(host:port)/db?params), which Cayley's mysql backend takes.
func mysqlDSN(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u // ParseAddress has reported it
	}
	var b strings.Builder
	if p.User != nil {
		b.WriteString(p.User.Username())
		if pass, ok := p.User.Password(); ok {
			b.WriteString(":" + pass)
		}
		b.WriteString("@")
	}
	host := p.Host
	if p.Port() == "" {
		host += ":3306"
	}
	b.WriteString("tcp(" + host + ")/" + strings.Trim(p.Path, "/"))
	if p.RawQuery != "" {
		b.WriteString("?" + p.RawQuery)
	}
	return b.String()
}

// withIndexedKV gives a Cayley key-value store (bolt, leveldb: Cayley opens
// them as *kv.QuadStore) hops that scan index prefixes.
func withIndexedKV(qs cgraph.QuadStore) cgraph.QuadStore { return indexedKV{qs.(*kv.QuadStore)} }

// withIndexedSQL gives Cayley's SQL store hops over lists of predicates in
// SQL.
func withIndexedSQL(qs cgraph.QuadStore) cgraph.QuadStore { return indexedSQL{qs.(*csql.QuadStore)} }

// Open opens the store at addr (see ParseAddress). For writing, a missing
// store is created and initialized; for reading (opts.ReadOnly), a missing
// store is an error that says to run newskg build first.
func Open(addr string, opts Options) (*Store, error) {
	a, err := ParseAddress(addr)
	if err != nil {
		return nil, err
	}
	b, ok := backends[a.Backend]
	if !ok {
		return nil, fmt.Errorf("store %s: unsupported backend %q", a, a.Backend)
	}
	qs, err := b.openStore(a, opts)
	if err != nil {
		if b.openError != "" && !errors.Is(err, ErrNoStore) && !errors.Is(err, ErrLocked) {
			err = fmt.Errorf(b.openError, a, err)
		}
		return nil, err
	}
	if b.wrap != nil {
		qs = b.wrap(qs)
	}
	return &Store{QuadStore: qs, Addr: a, ReadOnly: opts.ReadOnly}, nil
}

// openStore initializes the store for a writable open, then opens it.
func (b backend) openStore(a Address, opts Options) (cgraph.QuadStore, error) {
	if !opts.ReadOnly && b.init != nil {
		if err := b.init(a); err != nil {
			return nil, err
		}
	}
	return b.open(a, opts)
}

// bloomOff is the option of a bolt address that opens it without Cayley's
// Bloom filters.
const bloomOff = "bloom=off"

// lockedError says which store is locked; errors.Is(err, ErrLocked) holds.
type lockedError struct {
	addr Address
	lock string
}

func (e lockedError) Error() string {
	return fmt.Sprintf("store %s is in use by another process (%s); close it and retry", e.addr, e.lock)
}

func (e lockedError) Is(target error) bool { return target == ErrLocked }

func noStore(a Address) error {
	return fmt.Errorf("%w at %s; run newskg build first", ErrNoStore, a)
}

// openBolt opens bolt itself, rather than through Cayley's registry, for the
// lock timeout and the shared read-only lock.
func openBolt(a Address, opts Options) (cgraph.QuadStore, error) {
	file := filepath.Join(a.Path, boltFile)
	if fi, err := os.Stat(a.Path); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("store %s is a file, not a bolt store directory (Cayley keeps %s inside a directory); give a directory path", a, boltFile)
	}
	if opts.ReadOnly {
		if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
			return nil, noStore(a)
		}
	} else if err := os.MkdirAll(a.Path, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create store %s: %v", a, err)
	}
	db, err := bolt.Open(file, 0o644, &bolt.Options{Timeout: lockTimeout, ReadOnly: opts.ReadOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, lockedError{a, "bolt file lock"}
	} else if err != nil {
		return nil, fmt.Errorf("cannot open store %s: %v", a, err)
	}
	h := hbolt.New(db)
	if !opts.ReadOnly {
		if err := kv.Init(h, nil); err != nil && err != cgraph.ErrDatabaseExists {
			db.Close()
			return nil, fmt.Errorf("cannot initialize store %s: %v", a, err)
		}
	}
	var o cgraph.Options
	if opts.ReadOnly || a.NoBloom {
		// Cayley's Bloom filters only serve writes: an existence filter of
		// quads, which opening fills by reading the whole log, and on an
		// empty store one per index and one of nodes, which spare reads of
		// keys not yet written. Each is sized for 100 million entries,
		// whatever the store (README, One edge per fact).
		o = cgraph.Options{kv.OptNoBloom: true}
	}
	qs, err := kv.New(h, o)
	if err == cgraph.ErrNotInitialized {
		db.Close()
		return nil, noStore(a)
	} else if err != nil {
		db.Close()
		return nil, fmt.Errorf("cannot open store %s: %v", a, err)
	}
	return qs, nil
}

// openLevelDB opens a leveldb store through Cayley's table; a read-only
// open does not create its directory.
func openLevelDB(a Address, opts Options) (cgraph.QuadStore, error) {
	if opts.ReadOnly {
		if _, err := os.Stat(a.Path); errors.Is(err, os.ErrNotExist) {
			return nil, noStore(a)
		}
	}
	qs, err := openRegistered(LevelDB, a.Path, a)
	return qs, leveldbLocked(a, err)
}

// initRegistered initializes the store at path through Cayley's table of
// backends.
func initRegistered(name, path string) error {
	if err := cgraph.InitQuadStore(name, path, nil); err != cgraph.ErrDatabaseExists {
		return err
	}
	return nil
}

// openRegistered opens the store at path through Cayley's table of
// backends; a is the address as the user gave it, for errors.
func openRegistered(name, path string, a Address) (cgraph.QuadStore, error) {
	qs, err := cgraph.NewQuadStore(name, path, nil)
	if err == cgraph.ErrNotInitialized {
		return nil, noStore(a)
	}
	return qs, err
}

// leveldbLocked is err, or a lockedError if err says that leveldb's LOCK
// file is held by another process.
func leveldbLocked(a Address, err error) error {
	if errors.Is(err, syscall.EAGAIN) {
		return lockedError{a, "leveldb LOCK file"}
	}
	return err
}

// withoutJIT returns the PostgreSQL URL u with the setting jit=off, unless
// u sets jit itself. The server's JIT compiler starts on plans it estimates
// costly, as it did an earlier, recursive form of the hops over lists of
// predicates (indexedSQL), and compiling took 0.3-1 s where running the
// query took milliseconds. lib/pq passes the URL parameters it does not know to the
// server as settings of the connection.
func withoutJIT(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u // ParseAddress has reported it
	}
	q := p.Query()
	if q.Has("jit") {
		return u
	}
	q.Set("jit", "off")
	p.RawQuery = q.Encode()
	return p.String()
}
