// Package bench measures newskg at scale: a build of a generated corpus
// through ingest.Run (the loop of newskg build) against the stock
// "cayley load" of the same quads, then query latency and the HTTP
// server under concurrent clients, on bolt and PostgreSQL. The newskg bench
// command is its front end; the options and what each step measures are
// in that command's help.
//
// It measures and prints; it leaves the corpus, the extraction and the
// store to ingest, extract and graph, and asserts nothing (tests never
// assert on time).
package bench

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

// Options are what to measure, and where.
type Options struct {
	Docs     int    // documents to generate
	Dir      string // for the corpus, the bolt stores and the dumps; a temporary directory when ""
	Postgres string // a postgres:// URL: also measure on that server
	SkipBolt bool   // measure only on Postgres (an hour of its ingest need not wait for bolt's)
	Cayley   string // the stock cayley command; built with go build when ""
	Newskg   string // the newskg command, run as "newskg serve" for the HTTP load
	Samples  string // the directory of the sample articles the corpus is made from

	Queries      int           // queries of each kind to time
	Jobs         int           // ingest.Options.Jobs of the build
	QueryTimeout time.Duration // a timed query stops after this long, and counts as taking that long
	Clients      int           // concurrent HTTP clients of newskg serve (0: no HTTP load)
	LoadTime     time.Duration // how long the clients run, after the warm-up
	WarmUp       time.Duration // how long the clients run before their requests count
	// QueriesOnly skips the corpus, the builds and cayley load, and times
	// the queries and the HTTP load on the stores an earlier run left.
	QueriesOnly bool
}

// benchResult is what bench measured on one backend.
type benchResult struct {
	backend        string
	build, load    run
	quads          int
	lookup, twoHop []time.Duration
	timeouts       int // queries stopped at --query-timeout
	http           []*loadResult
	serveRSS       int64
	loadElapsed    time.Duration
}

// run is one build or load: how long it took and its peak memory.
type run struct {
	elapsed  time.Duration
	peakRSS  int64         // bytes, the last VmHWM seen while sampling
	peakAnon int64         // bytes, the largest RssAnon seen while sampling
	cpu      time.Duration // user and system time
}

// Run measures what o asks and prints the tables on stdout, its progress
// on stderr.
func Run(ctx context.Context, o Options, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.SkipBolt && o.Postgres == "" {
		return errors.New("--bolt=false leaves no store to measure: give --postgres")
	}
	dir := o.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "newskg-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, "bench: "+format+"\n", args...) }

	cayley := o.Cayley
	if cayley == "" && !o.QueriesOnly {
		cayley = filepath.Join(dir, "cayley")
		logf("building the stock cayley command")
		if out, err := exec.Command("go", "build", "-o", cayley, "github.com/cayleygraph/cayley/cmd/cayley").CombinedOutput(); err != nil {
			return fmt.Errorf("building cayley (run bench from newskg's repository, or give --cayley): %v\n%s", err, out)
		}
	}
	if o.QueriesOnly && o.Dir == "" {
		return errors.New("--queries-only needs the --dir of an earlier run")
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	words := 0
	if !o.QueriesOnly {
		logf("generating %d documents into %s", o.Docs, corpus)
		var err error
		if words, err = WriteCorpusFile(corpus, o.Samples, o.Docs); err != nil {
			return err
		}
	}

	type store struct{ name, build, load, backend string }
	var stores []store
	if !o.SkipBolt {
		stores = append(stores, store{"bolt", filepath.Join(dir, "newskg.db"), filepath.Join(dir, "cayley.db"), graph.Bolt})
	}
	if o.Postgres != "" {
		fresh := freshPostgres
		if o.QueriesOnly {
			fresh = postgresDatabase
		}
		build, err := fresh(o.Postgres, "newskg_bench_build")
		if err != nil {
			return err
		}
		load, err := fresh(o.Postgres, "newskg_bench_cayley")
		if err != nil {
			return err
		}
		stores = append(stores, store{"postgres", build, load, graph.Postgres})
	}

	var results []benchResult
	for _, st := range stores {
		r := benchResult{backend: st.name}
		var err error
		if !o.QueriesOnly {
			if r, err = benchBuild(ctx, logf, o, cayley, dir, corpus, words, st.name, st.backend, st.build, st.load); err != nil {
				return err
			}
		}
		logf("%s: %d lookups and %d two-hop queries", st.name, o.Queries, o.Queries)
		r.lookup, r.twoHop, r.timeouts, err = timeQueries(ctx, st.build, o.Queries, o.QueryTimeout)
		if err != nil {
			return fmt.Errorf("%s: queries: %v", st.name, err)
		}
		logf("%s: lookup p50 %s p99 %s; two-hop p50 %s p99 %s; %d timed out", st.name, percentile(r.lookup, 0.5), percentile(r.lookup, 0.99),
			percentile(r.twoHop, 0.5), percentile(r.twoHop, 0.99), r.timeouts)
		if o.Clients > 0 {
			logf("%s: newskg serve under %d clients for %s after %s of warm-up", st.name, o.Clients, o.LoadTime, o.WarmUp)
			r.http, r.serveRSS, r.loadElapsed, err = serveLoad(ctx, o.Newskg, st.build, o.Clients, o.WarmUp, o.LoadTime)
			if err != nil {
				return fmt.Errorf("%s: serve: %v", st.name, err)
			}
			for _, k := range r.http {
				logf("%s: serve %s: %d requests, p50 %s p99 %s, %d 503s, %d errors", st.name, k.kind, len(k.latencies),
					percentile(k.latencies, 0.5), percentile(k.latencies, 0.99), k.busy, k.errors)
			}
		}
		results = append(results, r)
	}
	printBench(stdout, o.Docs, o.Clients, words, results)
	return nil
}

// benchBuild runs steps 1 and 2 of bench on one store: a build of the
// corpus into build, then cayley load of its dump into load.
func benchBuild(ctx context.Context, logf func(string, ...any), o Options, cayley, dir, corpus string, words int, name, backend, build, load string) (benchResult, error) {
	r := benchResult{backend: name}
	if backend == graph.Bolt {
		// A store left by an earlier run would make this one a rebuild.
		os.RemoveAll(build)
		os.RemoveAll(load)
	}
	logf("%s: newskg build", name)
	var err error
	if r.build, r.quads, err = buildCorpus(ctx, corpus, build, o.Jobs); err != nil {
		return r, fmt.Errorf("%s: newskg build: %v", name, err)
	}
	logf("%s: newskg build: %d quads in %.1f s (%.0f s of CPU), %.0f quads/s, %.0f words/s, peak RSS %d MB (anonymous %d MB)", name, r.quads,
		r.build.elapsed.Seconds(), r.build.cpu.Seconds(), float64(r.quads)/r.build.elapsed.Seconds(), float64(words)/r.build.elapsed.Seconds(), r.build.peakRSS>>20, r.build.peakAnon>>20)

	dump := filepath.Join(dir, name+".nq")
	logf("%s: dumping %d quads to %s", name, r.quads, dump)
	if err := dumpStore(build, dump); err != nil {
		return r, err
	}
	logf("%s: cayley load", name)
	if r.load, err = measure(ctx, cayley, "load", "--init", "--db", backend, "--dbpath", load, "-i", dump); err != nil {
		return r, fmt.Errorf("%s: cayley load: %v", name, err)
	}
	os.Remove(dump)
	logf("%s: cayley load: %.1f s (%.0f s of CPU), %.0f quads/s, peak RSS %d MB (anonymous %d MB); ratio %.2f", name,
		r.load.elapsed.Seconds(), r.load.cpu.Seconds(), float64(r.quads)/r.load.elapsed.Seconds(), r.load.peakRSS>>20, r.load.peakAnon>>20, r.load.elapsed.Seconds()/r.build.elapsed.Seconds())
	return r, nil
}

// buildCorpus builds the corpus into a new store at addr in this process,
// as newskg build does (ingest.Run into a graph.Writer, under
// ingest.LimitHeap), and returns what it measured and the quads written.
// The extractor is fresh (its name registry empty, as in a new process)
// and its models are loaded before the clock starts. Memory is measured
// as measure measures a child: the high-water mark VmHWM, reset first
// (clear_refs), and the largest RssAnon sampled; CPU time is this
// process's, whose other goroutines wait meanwhile.
func buildCorpus(ctx context.Context, corpus, addr string, jobs int) (run, int, error) {
	ex, err := extract.NewRules()
	if err != nil {
		return run{}, 0, err
	}
	defer ingest.LimitHeap()()
	runtime.GC()
	debug.FreeOSMemory() // what an earlier step left is not this build's
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return run{}, 0, fmt.Errorf("resetting the peak resident memory: %v", err)
	}
	before := processCPU()
	peaks := sampleMemory("/proc/self/status")
	start := time.Now()

	store, err := graph.Open(addr, graph.Options{})
	if err != nil {
		peaks()
		return run{}, 0, err
	}
	w, err := graph.NewWriter(store, graph.WriterOptions{ExtractorVersion: ex.Version()})
	if err == nil {
		_, err = ingest.Run(ctx, input.Documents([]string{corpus}, nil), ex, ingest.IntoStore(w), ingest.Options{Jobs: jobs})
	}
	if cerr := store.Close(); err == nil {
		err = cerr
	}

	r := run{elapsed: time.Since(start)}
	r.peakRSS, r.peakAnon = peaks()
	r.cpu = processCPU() - before
	if err != nil {
		return r, 0, err
	}
	return r, w.Stats().QuadsAdded, nil
}

// measure runs a command to completion and reports its time, CPU and peak
// memory. The peaks are sampled every 50 ms from /proc: VmHWM (the kernel's
// high-water mark of the resident set, which counts the pages of a
// memory-mapped store file) and RssAnon (the heap, stacks: memory the
// process itself allocated). getrusage is not used: a child's ru_maxrss
// starts from the parent's high-water mark at fork, and the parent here
// has had large stores mapped.
func measure(ctx context.Context, name string, args ...string) (run, error) {
	var errb bytes.Buffer
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stderr = &errb
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return run{}, err
	}
	peaks := sampleMemory(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
	err := cmd.Wait()
	r := run{elapsed: time.Since(start)}
	r.peakRSS, r.peakAnon = peaks()
	r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if err != nil {
		return r, fmt.Errorf("%v\n%s", err, errb.String())
	}
	return r, nil
}

// sampleMemory samples a process's status file every 50 ms until the
// process ends or the returned function is called; that function returns
// the last VmHWM seen and the largest RssAnon, in bytes.
func sampleMemory(status string) (peaks func() (rss, anon int64)) {
	var peakRSS, peakAnon int64
	stop, sampled := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			hwm, ok := procStatusBytes(status, "VmHWM:")
			anon, _ := procStatusBytes(status, "RssAnon:")
			if !ok {
				return
			}
			peakRSS, peakAnon = max(peakRSS, hwm), max(peakAnon, anon)
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	return func() (int64, int64) {
		close(stop)
		<-sampled
		return peakRSS, peakAnon
	}
}

// procStatusBytes reads a "Name:  1234 kB" field of /proc/PID/status.
func procStatusBytes(path, field string) (int64, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			f := strings.Fields(rest)
			if len(f) == 0 {
				return 0, false
			}
			kb, err := strconv.ParseInt(f[0], 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}

// postgresDatabase returns the URL of the database named name on the server
// of serverURL, which must exist.
func postgresDatabase(serverURL, name string) (string, error) {
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}

// freshPostgres (re)creates an empty database named name on the server of
// serverURL and returns its URL.
func freshPostgres(serverURL, name string) (string, error) {
	db, err := sql.Open("postgres", serverURL)
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
		return "", fmt.Errorf("--postgres %s: %v", graph.Address{Backend: graph.Postgres, Path: serverURL}, err)
	}
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		return "", fmt.Errorf("--postgres %s: %v", graph.Address{Backend: graph.Postgres, Path: serverURL}, err)
	}
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}

func dumpStore(addr, path string) error {
	s, err := graph.Open(addr, graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if _, err := graph.Dump(context.Background(), s, w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// timeQueries times n lookups of an entity by name and n two-hop
// neighbourhood queries (the entities linked to it through any relation,
// and theirs), cycling through the people of the store. A query that runs
// longer than timeout is stopped and counted at the timeout.
func timeQueries(ctx context.Context, addr string, n int, timeout time.Duration) (lookup, twoHop []time.Duration, timeouts int, err error) {
	s, err := graph.Open(addr, graph.Options{ReadOnly: true})
	if err != nil {
		return nil, nil, 0, err
	}
	defer s.Close()
	people, err := peopleOf(ctx, s)
	if err != nil {
		return nil, nil, 0, err
	}
	relations := relationList()
	timeOne := func(script string) (time.Duration, error) {
		qctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		start := time.Now()
		_, err := graph.Query(qctx, s, script, 0)
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			timeouts++
			return timeout, nil
		}
		return time.Since(start), err
	}
	for i := range n {
		p := people[i%len(people)]
		d, err := timeOne(lookupScript(p))
		if err != nil {
			return nil, nil, 0, fmt.Errorf("lookup %s: %v", p.name, err)
		}
		lookup = append(lookup, d)
		d, err = timeOne(twoHopScript(p, relations))
		if err != nil {
			return nil, nil, 0, fmt.Errorf("two-hop query from %s: %v", p.key, err)
		}
		twoHop = append(twoHop, d)
	}
	return lookup, twoHop, timeouts, nil
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

func printBench(w io.Writer, docs, clients, words int, results []benchResult) {
	mb := func(b int64) string { return fmt.Sprintf("%d MB", b>>20) }
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }
	var tw *tabwriter.Writer
	if words > 0 { // not --queries-only
		fmt.Fprintf(w, "corpus: %d documents, %d words\n\n", docs, words)
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "backend\tquads\tnewskg build\tCPU\twords/s\tquads/s\tpeak RSS\tpeak anon\tcayley load\tCPU\tquads/s\tpeak RSS\tpeak anon\tratio\t")
		for _, r := range results {
			b, l := r.build.elapsed.Seconds(), r.load.elapsed.Seconds()
			fmt.Fprintf(tw, "%s\t%d\t%.1f s\t%.0f s\t%.0f\t%.0f\t%s\t%s\t%.1f s\t%.0f s\t%.0f\t%s\t%s\t%.2f\t\n",
				r.backend, r.quads, b, r.build.cpu.Seconds(), float64(words)/b, float64(r.quads)/b, mb(r.build.peakRSS), mb(r.build.peakAnon),
				l, r.load.cpu.Seconds(), float64(r.quads)/l, mb(r.load.peakRSS), mb(r.load.peakAnon), l/b)
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "backend\tqueries\tlookup p50\tp99\ttwo-hop p50\tp99\ttimed out\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%d+%d\t%s\t%s\t%s\t%s\t%d\t\n", r.backend, len(r.lookup), len(r.twoHop),
			ms(percentile(r.lookup, 0.5)), ms(percentile(r.lookup, 0.99)), ms(percentile(r.twoHop, 0.5)), ms(percentile(r.twoHop, 0.99)), r.timeouts)
	}
	tw.Flush()
	if clients <= 0 {
		return
	}
	fmt.Fprintf(w, "\nnewskg serve, %d concurrent clients (search, entity page, statements of an entity, Gizmo lookup by name, Gizmo who-met in turn; p50 and p99 of every answer, 503s included):\n", clients)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "backend\trequests\trequests/s\tp50\tp99\t503 busy\terrors\tserver peak RSS\t")
	for _, r := range results {
		var all []time.Duration
		errs, busy := 0, 0
		for _, k := range r.http {
			all = append(all, k.latencies...)
			errs += k.errors
			busy += k.busy
		}
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%s\t%s\t%d\t%d\t%s\t\n", r.backend, len(all), float64(len(all))/r.loadElapsed.Seconds(),
			ms(percentile(all, 0.5)), ms(percentile(all, 0.99)), busy, errs, mb(r.serveRSS))
		for _, k := range r.http {
			fmt.Fprintf(tw, "  %s\t%d\t%.0f\t%s\t%s\t%d\t%d\t\t\n", k.kind, len(k.latencies), float64(len(k.latencies))/r.loadElapsed.Seconds(),
				ms(percentile(k.latencies, 0.5)), ms(percentile(k.latencies, 0.99)), k.busy, k.errors)
		}
	}
	tw.Flush()
	for _, r := range results {
		for _, k := range r.http {
			if k.firstErr != "" {
				fmt.Fprintf(w, "%s %s: first error: %s\n", r.backend, k.kind, k.firstErr)
			}
		}
	}
}

// WriteCorpusFile writes n articles generated from the text files of
// sampleDir as JSON Lines and returns the number of words in them.
func WriteCorpusFile(path, sampleDir string, n int) (int, error) {
	samples, err := readSamples(sampleDir)
	if err != nil {
		return 0, err
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	words, err := writeCorpus(w, samples, n)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return words, err
}

func readSamples(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no sample articles (*.txt) in %s; run from newskg's repository", dir)
	}
	slices.Sort(paths)
	var samples []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		samples = append(samples, string(b))
	}
	return samples, nil
}

// writeCorpus writes n articles as JSON Lines: article i is sample i mod
// len(samples), with a dateline naming i and its lines after the first
// shuffled (seeded by i), so no two are byte-identical and the same n gives
// the same corpus. It returns the number of words written.
func writeCorpus(w io.Writer, samples []string, n int) (int, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	words := 0
	for i := range n {
		lines := strings.Split(strings.TrimSpace(samples[i%len(samples)]), "\n")
		rest := lines[1:]
		rng := rand.New(rand.NewPCG(uint64(i), 0x6e6577736b67))
		rng.Shuffle(len(rest), func(a, b int) { rest[a], rest[b] = rest[b], rest[a] })
		text := fmt.Sprintf("Dépêche n° %d.\n%s\n%s\n", i+1, lines[0], strings.Join(rest, "\n"))
		words += len(strings.Fields(text))
		a := map[string]string{
			"id":    fmt.Sprintf("bench-%06d", i+1),
			"title": fmt.Sprintf("Dépêche n° %d", i+1),
			"date":  time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format(time.DateOnly),
			"text":  text,
		}
		if err := enc.Encode(a); err != nil {
			return words, err
		}
	}
	return words, nil
}

// loadResult is what the HTTP load measured for one kind of request.
type loadResult struct {
	kind      string
	latencies []time.Duration
	busy      int // 503 answers: the server shed the request, as documented
	errors    int // any other failure
	firstErr  string
}

// serveLoad starts "newskg serve" on the store at addr and runs clients
// concurrent clients for warmUp and then d, each sending, in turn, an entity search, an
// entity page, the statements of an entity, a Gizmo lookup by name and a
// Gizmo one-hop query (who met the person), for the people of the store. (Two-hop queries are timed
// alone, by timeQueries: from the hubs of a large store each costs a
// second or more of CPU, and fifty clients sending them overload any
// small machine; the server then answers 503 rather than queue forever.) It returns the results by kind, the
// server's peak RSS and the time the load ran.
func serveLoad(ctx context.Context, newskg, addr string, clients int, warmUp, d time.Duration) ([]*loadResult, int64, time.Duration, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, 0, 0, err
	}
	hostport := ln.Addr().String()
	ln.Close()
	var errb bytes.Buffer
	cmd := exec.CommandContext(ctx, newskg, "--db", addr, "serve", "--addr", hostport)
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		return nil, 0, 0, err
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	base := "http://" + hostport
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 2 * time.Minute}
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		resp, err := client.Get(base + "/api/v1/vocabulary")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		// The server reads its entity index before it listens: seconds on
		// bolt, minutes on a large PostgreSQL store.
		if time.Since(start) > 10*time.Minute {
			return nil, 0, 0, fmt.Errorf("newskg serve did not answer within 10 minutes: %v\n%s", err, errb.String())
		}
	}
	people, err := storePeople(ctx, addr)
	if err != nil {
		return nil, 0, 0, err
	}
	kinds := []*loadResult{{kind: "search"}, {kind: "entity"}, {kind: "statements"}, {kind: "gizmo lookup"}, {kind: "gizmo who-met"}}
	request := func(kind int, p person) (*http.Request, error) {
		switch kind {
		case 0:
			return http.NewRequest("GET", base+"/api/v1/entities?q="+url.QueryEscape(p.name), nil)
		case 1:
			return http.NewRequest("GET", base+"/api/v1/entities/"+url.PathEscape(p.key)+"?limit=20", nil)
		case 2:
			return http.NewRequest("GET", base+"/api/v1/statements?entity="+url.QueryEscape(p.key)+"&limit=20", nil)
		case 3:
			return http.NewRequest("POST", base+"/api/v1/query/gizmo", strings.NewReader(lookupScript(p)))
		}
		return http.NewRequest("POST", base+"/api/v1/query/gizmo", strings.NewReader(whoMetScript(p)))
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now().Add(warmUp) // requests sent before start do not count
	deadline := start.Add(d)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; time.Now().Before(deadline) && ctx.Err() == nil; i++ {
				kind, p := i%len(kinds), people[(i/len(kinds))%len(people)]
				req, err := request(kind, p)
				if err != nil {
					panic(err)
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				status := 0
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					status = resp.StatusCode
				}
				took := time.Since(t0)
				if t0.Before(start) {
					continue
				}
				mu.Lock()
				r := kinds[kind]
				r.latencies = append(r.latencies, took)
				if status == http.StatusServiceUnavailable {
					r.busy++
				} else if err != nil || status != http.StatusOK {
					r.errors++
					if r.firstErr == "" {
						r.firstErr = fmt.Sprintf("%s: status %d, %v", req.URL.Path, status, err)
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	peak, _ := procStatusBytes(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid), "VmHWM:")
	return kinds, peak, elapsed, nil
}

// person is an entity of type Person in the store, by key and name.
type person struct{ key, name string }

// storePeople lists the people of the store at addr, sorted by key.
func storePeople(ctx context.Context, addr string) ([]person, error) {
	s, err := graph.Open(addr, graph.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return peopleOf(ctx, s)
}

func peopleOf(ctx context.Context, s *graph.Store) ([]person, error) {
	rows, err := graph.Query(ctx, s, `g.V("<Person>").In("<type>").Tag("key").Out("<name>").Tag("name").All()`, 0)
	if err != nil {
		return nil, err
	}
	var people []person
	for _, r := range rows {
		m := r.(map[string]any)
		key, _ := m["key"].(string)
		name, _ := m["name"].(string)
		people = append(people, person{strings.Trim(key, "<>"), name})
	}
	if len(people) == 0 {
		return nil, errors.New("no person in the store")
	}
	slices.SortFunc(people, func(a, b person) int { return strings.Compare(a.key, b.key) })
	return people, nil
}

// relationList is the JSON array of the relation predicates (every
// predicate but said, whose object is a quote).
func relationList() string {
	var relations []string
	for _, p := range schema.Predicates() {
		if p != schema.Said {
			relations = append(relations, quad.StringOf(p.IRI()))
		}
	}
	b, _ := json.Marshal(relations)
	return string(b)
}

// lookupScript finds an entity by its name.
func lookupScript(p person) string {
	name, _ := json.Marshal(p.name)
	return fmt.Sprintf(`g.V().Has("<name>", %s).All()`, name)
}

// whoMetScript lists the entities that met p.
func whoMetScript(p person) string {
	key, _ := json.Marshal("<" + p.key + ">")
	return fmt.Sprintf(`g.V(%s).Both("<met>").Unique().All()`, key)
}

// twoHopScript lists the entities within two relations of p.
func twoHopScript(p person, relations string) string {
	key, _ := json.Marshal("<" + p.key + ">")
	return fmt.Sprintf(`g.V(%s).Both(%s).Unique().Both(%s).Unique().All()`, key, relations, relations)
}
