package main

import (
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/internal/bench"
)

func newBenchCmd() *cobra.Command {
	o := bench.Options{Samples: "data/corpus"}
	bolt := true
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure a large build against cayley load, and query latency, on bolt and PostgreSQL",
		Long: `Bench generates a corpus of --docs articles from the sample corpus (each
with a numbered dateline and its paragraphs shuffled), then for each store:

  1. builds it in this process as "newskg build" does (the models loaded
     first): words/s, quads/s, CPU time, peak resident memory (VmHWM, reset
     before the build, which counts the pages of bolt's memory-mapped file,
     and its anonymous part, sampled);
  2. dumps the store to N-Quads and loads them with the stock "cayley load"
     into an empty store of the same backend: quads/s, peak memory, and the
     ratio of newskg's quads/s (extraction included) to cayley load's;
  3. times --queries entity lookups by name (g.V().Has("<name>", …)) and
     two-hop neighbourhood queries (g.V(person).Both(relations).Unique()
     .Both(relations).Unique()) on newskg's store: p50 and p99.

  4. with --clients N (50 by default), starts "newskg serve" on the store
     and runs N concurrent HTTP clients for --warm-up (not counted: the
     server reads each entity's statement list once) and then --load-time,
     each sending in turn an entity search, an entity page, the statements
     of an entity, a Gizmo lookup by name and a Gizmo one-hop query
     (g.V(person).Both("<met>").Unique()): requests/s, p50 and p99 by kind,
     503s (requests the server shed) and errors.

Stores: bolt in --dir (its stores are removed at the start of each run;
--bolt=false skips it); PostgreSQL with --postgres URL (of a database on the server to
connect to), where bench creates, and drops at the start of each run, the
databases newskg_bench_build and newskg_bench_cayley.

--queries-only skips steps 1 and 2 and times the queries and the HTTP load
on the stores an earlier run left in --dir and on --postgres: an hour of
PostgreSQL ingest need not be repeated to measure a change to the server.

The cayley command is --cayley, or built with "go build" from newskg's module
(run bench from the repository).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			self, err := os.Executable()
			if err != nil {
				return err
			}
			o.Newskg = self
			o.SkipBolt = !bolt
			return bench.Run(cmd.Context(), o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.Docs, "docs", 20000, "documents to generate")
	f.StringVar(&o.Dir, "dir", "", "working directory for the corpus, the bolt stores and the dumps (default: a new temporary directory, removed at the end)")
	f.StringVar(&o.Postgres, "postgres", "", "a postgres:// URL: also measure on that server")
	f.BoolVar(&bolt, "bolt", true, "measure on bolt (--bolt=false with --postgres: PostgreSQL alone)")
	f.StringVar(&o.Cayley, "cayley", "", "the stock cayley command (default: go build it)")
	f.IntVar(&o.Queries, "queries", 500, "queries of each kind to time")
	f.IntVarP(&o.Jobs, "jobs", "j", 0, "--jobs for the build (default: build's default)")
	f.DurationVar(&o.QueryTimeout, "query-timeout", 30*time.Second, "stop a timed query after this long (it counts as taking that long)")
	f.IntVar(&o.Clients, "clients", 50, "concurrent HTTP clients of newskg serve (0: no HTTP load)")
	f.DurationVar(&o.LoadTime, "load-time", 30*time.Second, "how long the HTTP clients run, after the warm-up")
	f.DurationVar(&o.WarmUp, "warm-up", 15*time.Second, "how long the HTTP clients run before their requests count (the server reads each entity's statement list on its first page)")
	f.BoolVar(&o.QueriesOnly, "queries-only", false, "only time queries and the HTTP load, on the stores of an earlier run (needs --dir)")
	return cmd
}
