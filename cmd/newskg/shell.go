package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/shell"
)

// shellOptions are the flags of shell.
type shellOptions struct {
	*rootOptions
	limit   int
	timeout time.Duration
}

func newShellCmd(root *rootOptions) *cobra.Command {
	o := &shellOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "shell",
		Short: "Query the store interactively with Gizmo",
		Long: `Shell reads Gizmo statements and prints their results as JSON, one per line;
each statement runs in a fresh session. History is kept in ~/.newskg_history.

When stdin is not a terminal, statements are read from it without prompts, so
scripts and tests can pipe them in.

` + shell.Help,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := graph.Open(o.db, graph.Options{ReadOnly: true})
			if err != nil {
				return err
			}
			defer store.Close()
			so := shell.Options{
				Query: func(ctx context.Context, script string, out io.Writer, limit int, timeout time.Duration) error {
					return runQuery(ctx, store, script, out, limit, timeout, false)
				},
				Limit: o.limit, Timeout: o.timeout,
			}
			f, ok := cmd.InOrStdin().(*os.File)
			if !ok || !term.IsTerminal(int(f.Fd())) || !term.IsTerminal(int(os.Stdout.Fd())) {
				return shell.New(so).Batch(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
			}
			if r, err := graph.NewReader(cmd.Context(), store); err == nil {
				so.Words = shell.Words(r)
			}
			so.History = shell.HistoryFile()
			so.Banner = fmt.Sprintf("newskg shell on %s; :help for help, :quit or Ctrl-D to leave", store.Addr)
			return shell.New(so).Interactive()
		},
	}
	cmd.Flags().IntVarP(&o.limit, "limit", "n", 100, "print at most this many results per statement (0: no limit)")
	cmd.Flags().DurationVarP(&o.timeout, "timeout", "t", 30*time.Second, "stop a statement that runs longer (0: no timeout)")
	return cmd
}
