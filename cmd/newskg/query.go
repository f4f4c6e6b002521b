package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/graph"
)

// queryOptions are the flags of query.
type queryOptions struct {
	*rootOptions
	limit   int
	timeout time.Duration
	array   bool
}

func newQueryCmd(root *rootOptions) *cobra.Command {
	o := &queryOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "query SCRIPT|-",
		Short: "Run a Gizmo query on the store and print the results as JSON",
		Long: `Query runs a Gizmo script (or reads it from stdin with "-") on the store and
prints one JSON result per line, as "cayley query" does, or a JSON array with
--array. A script ending in a number (g.V().Count()) prints that number.

Example:
  newskg query 'g.V("<Vladimir_Putin>").Out("<met>").Out("<name>").All()'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			script := args[0]
			if script == "-" {
				b, err := io.ReadAll(cmd.InOrStdin())
				if err != nil {
					return fmt.Errorf("reading the script from stdin: %v", err)
				}
				script = string(b)
			}
			if strings.TrimSpace(script) == "" {
				return errors.New("empty query script")
			}
			store, err := graph.Open(o.db, graph.Options{ReadOnly: true})
			if err != nil {
				return err
			}
			defer store.Close()
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			return runQuery(ctx, store, script, cmd.OutOrStdout(), o.limit, o.timeout, o.array)
		},
	}
	cmd.Flags().IntVarP(&o.limit, "limit", "n", 100, "print at most this many results (0: no limit)")
	cmd.Flags().DurationVarP(&o.timeout, "timeout", "t", 30*time.Second, "stop a query that runs longer (0: no timeout)")
	cmd.Flags().BoolVar(&o.array, "array", false, "print one JSON array instead of one result per line")
	return cmd
}

// runQuery runs one script and prints its results; the shell uses it too.
func runQuery(ctx context.Context, store *graph.Store, script string, out io.Writer, limit int, timeout time.Duration, array bool) error {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var all []any
	err := graph.QueryEach(ctx, store, script, limit, func(v any) error {
		if array {
			all = append(all, v)
			return nil
		}
		return enc.Encode(v)
	})
	if array && err == nil {
		if all == nil {
			all = []any{}
		}
		enc.SetIndent("", "  ")
		err = enc.Encode(all)
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("query stopped after %s (--timeout)", timeout)
	case errors.Is(err, context.Canceled):
		return errors.New("query interrupted")
	case err != nil:
		return fmt.Errorf("query: %v", err)
	}
	return nil
}
