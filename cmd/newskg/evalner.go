package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/newskg/newskg/extract/gazetteer"
	"github.com/newskg/newskg/nlp"
	"github.com/newskg/newskg/nlp/ner"
	"github.com/spf13/cobra"
)

// evalNEROptions are the flags of evalner.
type evalNEROptions struct {
	popcorn string
	models  string // see pipeline
}

func newEvalNERCmd() *cobra.Command {
	o := &evalNEROptions{}
	cmd := &cobra.Command{
		Use:   "evalner",
		Short: "Score the name recognizer on the POPCORN texts kept out of its training",
		Long: `Evalner runs the name recognizer on the 80 texts of POPCORN's train.json that
newskg train holds out (every fifth in id order) and prints span-level precision,
recall and F1 per type: a span counts when its words and its type are the gold ones;
the overlap columns count a span that shares a word with a gold span of its type.
It scores twice: with the gazetteer as the recognizer's list of known names, as
newskg extract runs it, and without. POPCORN marks no nationality words: their gold
spans are the gazetteer's demonyms.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := pipeline(o.models)
			if err != nil {
				return err
			}
			gaz, err := gazetteer.Default()
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(w, "lexicon\ttype\tgold\tpredicted\tprecision\trecall\tF1\toverlap P\toverlap R\t")
			for _, run := range []struct {
				name string
				lex  ner.Lexicon
			}{{"gazetteer", gaz}, {"none", nil}} {
				sc, err := p.EvaluateNER(o.popcorn, gaz, run.lex)
				if err != nil {
					return err
				}
				row := func(name string, c nlp.SpanCounts) {
					fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", run.name, name, c.Gold, c.Predicted,
						c.Precision(), c.Recall(), c.F1(), c.OverlapPrecision(), c.OverlapRecall())
				}
				for _, t := range ner.Types {
					row(string(t), sc.ByType[t])
				}
				row("names", sc.Names)
				if run.lex == nil {
					fmt.Fprintf(w, "\n%d texts, %d words; %d named mentions: %d spans, %d not on word boundaries, %d nested\t\n",
						sc.Docs, sc.Words, sc.Align.Mentions, sc.Align.Labelled, sc.Align.Unaligned, sc.Align.Nested)
				}
			}
			return w.Flush()
		},
	}

	cmd.Flags().StringVar(&o.popcorn, "popcorn", "../shared/corpora/popcorn/train.json", "POPCORN's train.json (only its held-out texts are read)")
	cmd.Flags().StringVar(&o.models, "models", "", "load models from this directory instead of the embedded ones")
	return cmd
}
