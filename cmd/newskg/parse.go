package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/newskg/newskg/nlp"
	"github.com/newskg/newskg/nlp/conllu"
	"github.com/spf13/cobra"
)

// parseOptions are the flags of parse.
type parseOptions struct {
	conllu string
	models string // see pipeline
}

func newParseCmd() *cobra.Command {
	o := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse [FILE|-]",
		Short: "Tokenize, tag, lemmatise and parse French text, printing CoNLL-U",
		Long: `Parse reads raw French text from FILE (or standard input) and prints one CoNLL-U
sentence per sentence found, with multiword tokens ("du" = "de le").

With --conllu FILE it reads CoNLL-U instead and re-annotates its words, keeping the
given tokens, sentences and multiword-token lines and replacing UPOS, FEATS, LEMMA,
HEAD and DEPREL, so that any CoNLL-U evaluator can score the output against FILE.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := pipeline(o.models)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			if o.conllu != "" {
				if len(args) > 0 {
					return fmt.Errorf("parse: give either --conllu FILE or a text FILE, not both")
				}
				sents, err := conllu.ReadFile(o.conllu)
				if err != nil {
					return err
				}
				for i := range sents {
					p.Reannotate(&sents[i])
				}
				return conllu.Write(out, sents)
			}
			text, err := readInput(cmd, args)
			if err != nil {
				return err
			}
			return conllu.Write(out, nlp.ToCoNLLU(p.Parse(text), 1))
		},
	}
	cmd.Flags().StringVar(&o.conllu, "conllu", "", "re-annotate the words of this CoNLL-U file instead of parsing raw text")
	cmd.PersistentFlags().StringVar(&o.models, "models", "", "load models from this directory instead of the embedded ones")
	return cmd
}

// pipeline is the embedded pipeline, or the models in modelsDir (--models).
func pipeline(modelsDir string) (*nlp.Pipeline, error) {
	if modelsDir == "" {
		return nlp.Default(), nil
	}
	p, err := nlp.Load(os.DirFS(modelsDir))
	if err != nil {
		return nil, fmt.Errorf("--models %s: %w (run `newskg train --out %s` first)", modelsDir, err, modelsDir)
	}
	return p, nil
}

func readInput(cmd *cobra.Command, args []string) (string, error) {
	var b []byte
	var err error
	if len(args) == 0 || args[0] == "-" {
		b, err = io.ReadAll(cmd.InOrStdin())
	} else {
		b, err = os.ReadFile(args[0])
	}
	return string(b), err
}
