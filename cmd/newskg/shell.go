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

var shellFlags struct {
	limit   int
	timeout time.Duration
}

var shellCmd = &cobra.Command{
	Use:   "shell",
	Short: "Query the store interactively with Gizmo",
	Long: `Shell reads Gizmo statements and prints their results as JSON, one per line;
each statement runs in a fresh session. History is kept in ~/.newskg_history.

When stdin is not a terminal, statements are read from it without prompts, so
scripts and tests can pipe them in.

` + shell.Help,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		store, err := graph.Open(dbFlag, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer store.Close()
		o := shell.Options{
			Query: func(ctx context.Context, script string, out io.Writer, limit int, timeout time.Duration) error {
				return runQuery(ctx, store, script, out, limit, timeout, false)
			},
			Limit: shellFlags.limit, Timeout: shellFlags.timeout,
		}
		f, ok := cmd.InOrStdin().(*os.File)
		if !ok || !term.IsTerminal(int(f.Fd())) || !term.IsTerminal(int(os.Stdout.Fd())) {
			return shell.New(o).Batch(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		}
		if r, err := graph.NewReader(cmd.Context(), store); err == nil {
			o.Words = shell.Words(r)
		}
		o.History = shell.HistoryFile()
		o.Banner = fmt.Sprintf("newskg shell on %s; :help for help, :quit or Ctrl-D to leave", store.Addr)
		return shell.New(o).Interactive()
	},
}

func init() {
	shellCmd.Flags().IntVarP(&shellFlags.limit, "limit", "n", 100, "print at most this many results per statement (0: no limit)")
	shellCmd.Flags().DurationVarP(&shellFlags.timeout, "timeout", "t", 30*time.Second, "stop a statement that runs longer (0: no timeout)")
	rootCmd.AddCommand(shellCmd)
}
