package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/input"
)

// pruneOptions are the flags of prune.
type pruneOptions struct {
	*rootOptions
	dryRun bool
}

func newPruneCmd(root *rootOptions) *cobra.Command {
	o := &pruneOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "prune",
		Short: "Remove the documents whose input files are gone, with the entities only they mentioned",
		Long: `Prune removes from the store (--db) every document whose input file no longer
exists (a deleted or renamed article, a JSON Lines file removed), with its
sentences, statements and facts, and the entities that no other document
mentions. Entities that other documents mention keep their names.

A document's input is the path build was given, so run prune from the
directory where you ran build. If none of the inputs exist from here, prune
removes nothing and says so. Documents read from standard input are never
pruned, nor the articles of a JSON Lines file that still exists.

Examples:
  mv data/corpus/001_f0bd08391c88b522.txt old/ && newskg prune
  newskg prune --dry-run`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			store, err := graph.Open(o.db, graph.Options{ReadOnly: o.dryRun})
			if err != nil {
				return err
			}
			defer store.Close()
			r, err := graph.NewReader(ctx, store)
			if err != nil {
				return err
			}
			docs, err := r.Documents(ctx)
			if err != nil {
				return err
			}
			var gone []string
			files := 0 // documents read from a file, the ones prune can check
			for _, d := range docs {
				if d.Source == "" || d.Source == "-" {
					continue
				}
				files++
				if input.Gone(d.Source) {
					gone = append(gone, d.ID)
					fmt.Fprintf(cmd.OutOrStdout(), "%s: %s is gone\n", d.ID, d.Source)
				}
			}
			if len(gone) > 0 && len(gone) == files {
				return fmt.Errorf("none of the %d inputs of %s exists from this directory; run prune where you ran build (to empty the store, delete it); nothing removed", files, store.Addr)
			}
			if o.dryRun {
				fmt.Fprintf(cmd.OutOrStdout(), "would remove %d of %d documents (--dry-run)\n", len(gone), len(docs))
				return nil
			}
			st, err := graph.Prune(ctx, store, gone)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "removed %d documents and %d entities only they mentioned (%d quads); %d documents left\n",
				st.Documents, st.Entities, st.Quads, len(docs)-st.Documents)
			return nil
		},
	}
	cmd.Flags().BoolVarP(&o.dryRun, "dry-run", "n", false, "list the documents whose inputs are gone, remove nothing")
	return cmd
}
