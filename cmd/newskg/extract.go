package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

var extractFormat string

var extractCmd = &cobra.Command{
	Use:   "extract [--format nquads|jsonl] PATH…",
	Short: "Print what build would write, without a store",
	Long: `Extract reads articles like build and prints what they state, without
touching a store: as N-Quads (--format nquads, the default: each document's
quads, each entity's quads once, and the vocabulary), or as JSON Lines (--format
jsonl: one extraction per document).

Inputs that cannot be read are reported and skipped; the exit status is then 2.`,
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		return runExtract(args, extractFormat, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
	},
}

func init() {
	extractCmd.Flags().StringVarP(&extractFormat, "format", "f", "nquads", "output format: nquads or jsonl")
	rootCmd.AddCommand(extractCmd)
}

func runExtract(paths []string, format string, stdin io.Reader, stdout, stderr io.Writer) error {
	if format != "nquads" && format != "jsonl" {
		return fmt.Errorf("unknown --format %q; use nquads or jsonl", format)
	}
	ex, err := newExtractor()
	if err != nil {
		return fmt.Errorf("cannot load the extractor: %w", err)
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	seen := map[string]bool{} // entity quads already printed
	skipped := 0
	for doc, err := range input.Documents(paths, stdin) {
		if err != nil {
			skipped++
			fmt.Fprintf(stderr, "newskg: %v\n", err)
			continue
		}
		x, err := extractOne(ex, doc)
		if err != nil {
			skipped++
			fmt.Fprintf(stderr, "newskg: %s: extraction failed: %v\n", doc.Source, err)
			continue
		}
		if format == "jsonl" {
			if err := enc.Encode(x); err != nil {
				return err
			}
			continue
		}
		qs := x.DocumentQuads(doc.ContentHash(ex.Version()))
		for _, e := range x.Entities {
			for _, q := range schema.EntityQuads(e) {
				if k := q.NQuad(); !seen[k] {
					seen[k] = true
					qs = append(qs, q)
				}
			}
		}
		if err := graph.WriteNQuads(out, qs); err != nil {
			return err
		}
	}
	if format == "nquads" {
		if err := graph.WriteNQuads(out, schema.VocabularyQuads()); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if skipped > 0 {
		return partialError{fmt.Sprintf("%d input(s) skipped", skipped)}
	}
	return nil
}
