package main

import (
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/newskg/newskg/nlp"
	"github.com/newskg/newskg/nlp/conllu"
	"github.com/spf13/cobra"
)

// evalParseOptions are the flags of evalparse.
type evalParseOptions struct {
	ud     string
	models string // see pipeline
}

func newEvalParseCmd() *cobra.Command {
	o := &evalParseOptions{}
	cmd := &cobra.Command{
		Use:   "evalparse [CONLLU...]",
		Short: "Score the language core on the UD French test files (UPOS, lemma, UAS, LAS, tokens/s)",
		Long: `Evalparse tags and parses each test file twice: on its gold tokens (accuracy)
and from its raw text (F1 over words aligned by character offsets, as the CoNLL 2018
shared task script does), and prints one table. LAS ignores relation subtypes as
CoNLL 2018 does; LAS+sub counts them. Without arguments it scores fr_gsd-ud-test,
fr_sequoia-ud-test and fr_pud-ud-test in --ud.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := pipeline(o.models)
			if err != nil {
				return err
			}
			files := args
			if len(files) == 0 {
				for _, f := range nlp.TestFiles {
					files = append(files, filepath.Join(o.ud, f))
				}
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(w, "test set\tinput\twords\ttokens\tsentences\tUPOS\tFEATS\tlemma\tUAS\tLAS\tLAS+sub\ttokens/s\t")
			for _, f := range files {
				gold, err := conllu.ReadFile(f)
				if err != nil {
					return err
				}
				name := filepath.Base(f)
				g := p.EvaluateGold(gold)
				fmt.Fprintf(w, "%s\tgold tokens\t%d\t\t\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.0f\t\n",
					name, g.Words, g.UPOS, g.Feats, g.Lemma, g.UAS, g.LAS, g.LASFull, g.TokensPerSecond)
				r := p.EvaluateRaw(gold)
				fmt.Fprintf(w, "%s\traw text\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.0f\t\n",
					name, r.WordsF1, r.Tokens, r.Sentences, r.UPOS, r.Feats, r.Lemma, r.UAS, r.LAS, r.LASFull, r.TokensPerSecond)
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&o.ud, "ud", "../shared/ud", "directory holding the UD French test files")
	cmd.Flags().StringVar(&o.models, "models", "", "load models from this directory instead of the embedded ones")
	return cmd
}
