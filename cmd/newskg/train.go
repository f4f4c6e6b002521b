package main

import (
	"fmt"
	"os"

	"github.com/newskg/newskg/extract/gazetteer"
	"github.com/newskg/newskg/nlp"
	"github.com/spf13/cobra"
)

func newTrainCmd() *cobra.Command {
	config := nlp.TrainConfig{Log: os.Stderr}
	var lexicon string
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the French tokenizer, tagger, lemmatizer, parser and name recognizer",
		Long: `Train reads fr_sequoia-ud-train and fr_gsd-ud-dev from --ud, tunes nothing on the
test files, and writes tokenizer.bin, tagger.bin, lemma.bin and parser.bin to --out.
It then trains the name recognizer (ner.bin) on the texts of POPCORN's train.json
(--popcorn) less the held-out fifth (every fifth text in id order, which evalner
scores), with the gazetteer (or --lexicon FILE) as its list of known names. The
same files and --seed give byte-identical models. Rebuild newskg afterwards to
embed them.

The embedded ner.bin was trained with the gazetteer of commit e9c96af, before
later additions to data/gazetteer.tsv; to reproduce it byte for byte:

  git show e9c96af:data/gazetteer.tsv > /tmp/gazetteer-ner.tsv
  cp nlp/models/*.bin /tmp/models
  newskg train --only-ner --lexicon /tmp/gazetteer-ner.tsv --out /tmp/models`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			gaz, err := trainingLexicon(lexicon)
			if err != nil {
				return err
			}
			config.NERLexicon = gaz
			return nlp.Train(config)
		},
	}
	f := cmd.Flags()
	f.StringVar(&lexicon, "lexicon", "", "train the name recognizer with this gazetteer file (data/gazetteer.tsv's format) as its known names, in place of the embedded gazetteer")
	f.StringVar(&config.UDDir, "ud", "../shared/ud", "directory holding the UD French treebanks")
	f.StringVar(&config.OutDir, "out", "nlp/models", "directory to write the models to")
	f.Uint64Var(&config.Seed, "seed", 1, "random seed for shuffling and exploration")
	f.IntVar(&config.TaggerEpochs, "tagger-epochs", 12, "tagger training epochs")
	f.IntVar(&config.ParserEpochs, "parser-epochs", 15, "parser training epochs")
	f.IntVar(&config.Jackknife, "jackknife", 4, "train the parser on tags predicted by this many jackknifed taggers (0: gold tags)")
	f.IntVar(&config.TaggerEnsemble, "tagger-ensemble", 1, "average this many taggers trained with successive seeds")
	f.IntVar(&config.ParserEnsemble, "parser-ensemble", 1, "average this many parsers trained with successive seeds")
	f.IntVar(&config.RepeatGSD, "repeat-gsd", 1, "repeat the GSD training sentences this many times")
	f.BoolVar(&config.ReportDevEach, "dev-each-epoch", false, "print parser scores on the dev file after every epoch")
	f.StringVar(&config.POPCORN, "popcorn", "../shared/corpora/popcorn/train.json", "POPCORN's train.json, for the name recognizer")
	f.IntVar(&config.NEREpochs, "ner-epochs", 10, "name recognizer training epochs")
	f.Float64Var(&config.LexiconDropout, "lexicon-dropout", 0.5, "share of sentences the recognizer sees without the gazetteer's features")
	f.StringVar(&config.NERHeldOut, "ner-heldout", "", "write the held-out POPCORN texts to this file, for ../shared/eval/popcorn.py")
	f.BoolVar(&config.OnlyNER, "only-ner", false, "train the name recognizer alone, on the tokenizer and tagger already in --out")
	return cmd
}

// trainingLexicon is the recognizer's list of known names: the embedded
// gazetteer, or the whole of the file at path in its place.
func trainingLexicon(path string) (*gazetteer.Gazetteer, error) {
	if path == "" {
		return gazetteer.Default()
	}
	b, err := os.ReadFile(path)
	if err == nil {
		var gaz *gazetteer.Gazetteer
		if gaz, err = gazetteer.Parse(b, path); err == nil {
			return gaz, nil
		}
	}
	return nil, fmt.Errorf("--lexicon: %w", err)
}
