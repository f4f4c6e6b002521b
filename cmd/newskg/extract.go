package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/ingest"
	"github.com/newskg/newskg/input"
)

// extractOptions are the flags of extract.
type extractOptions struct {
	*rootOptions
	format string
	// gazetteer is the user's gazetteer file, "" for the shipped one only
	gazetteer string
}

func newExtractCmd(root *rootOptions) *cobra.Command {
	o := &extractOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "extract [--format nquads|jsonl] PATH…",
		Short: "Print what build would write, without a store",
		Long: `Extract reads articles like build and prints what they state, without
touching a store: as N-Quads (--format nquads, the default: each document's
quads, each entity's quads once, and the vocabulary), or as JSON Lines (--format
jsonl: one extraction per document).

Inputs that cannot be read are reported and skipped; the exit status is then 2.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return o.run(args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "f", "nquads", "output format: nquads or jsonl")
	cmd.Flags().StringVar(&o.gazetteer, "gazetteer", "", gazetteerUsage)
	return cmd
}

func (o *extractOptions) run(paths []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if o.format != "nquads" && o.format != "jsonl" {
		return fmt.Errorf("unknown --format %q; use nquads or jsonl", o.format)
	}
	ex, err := o.newExtractor(o.gazetteer)
	if err != nil {
		return fmt.Errorf("cannot load the extractor: %w", err)
	}
	docs := input.Documents(paths, stdin)
	opts := ingest.Options{Skip: func(err error) { fmt.Fprintf(stderr, "newskg: %v\n", err) }}
	var c ingest.Counts
	if o.format == "jsonl" {
		c, err = ingest.Run(context.Background(), docs, ex, ingest.JSONLines(stdout), opts)
	} else {
		c, err = ingest.Run(context.Background(), docs, ex, ingest.NQuads(stdout, ex.Version()), opts)
	}
	if err != nil {
		return err
	}
	if c.Skipped > 0 {
		return partialError{fmt.Sprintf("%d input(s) skipped", c.Skipped)}
	}
	return nil
}
