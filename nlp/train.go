package nlp

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newskg/newskg/nlp/conllu"
	"github.com/newskg/newskg/nlp/depparse"
	"github.com/newskg/newskg/nlp/lemma"
	"github.com/newskg/newskg/nlp/ner"
	"github.com/newskg/newskg/nlp/tag"
	"github.com/newskg/newskg/nlp/tokenize"
)

// Treebank files, relative to the UD directory (see ../shared/ud/README.md).
var (
	TrainFiles = []string{"fr_sequoia-ud-train.conllu", "fr_gsd-ud-dev.conllu"}
	DevFile    = "fr_sequoia-ud-dev.conllu"
	TestFiles  = []string{"fr_gsd-ud-test.conllu", "fr_sequoia-ud-test.conllu", "fr_pud-ud-test.conllu"}
)

// TrainConfig says what to train from and how.
type TrainConfig struct {
	UDDir          string // directory with the treebanks
	OutDir         string // where the five model files go
	Seed           uint64
	TaggerEpochs   int
	ParserEpochs   int
	Jackknife      int // folds for predicted tags in parser training; < 2 trains on gold tags
	TaggerEnsemble int // taggers trained with successive seeds and averaged
	ParserEnsemble int // parsers trained with successive seeds and averaged
	RepeatGSD      int // times the GSD sentences are repeated in the training data (GSD is the smaller treebank)
	Log            io.Writer
	ReportDevEach  bool // print parser LAS on the dev file after every epoch

	// The recognizer: trained on POPCORN's train.json less its held-out
	// texts (see popcornCorpus), with the tokenizer and tagger trained
	// here.
	POPCORN        string      // path of POPCORN's train.json
	NEREpochs      int         // recognizer training epochs
	NERLexicon     ner.Lexicon // known names, a feature and the source of nationality labels; may be nil
	LexiconDropout float64     // share of sentences trained without the lexicon (ner.Options)
	NERHeldOut     string      // if set, the held-out POPCORN texts are written here, in POPCORN's format
	OnlyNER        bool        // train the recognizer alone, on the tokenizer and tagger already in OutDir
}

func (cfg TrainConfig) logf(format string, args ...any) {
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, format+"\n", args...)
	}
}

// Train trains all five models from the training files and writes them to
// cfg.OutDir; with cfg.OnlyNER, the recognizer only. Given the same files
// and seed it writes the same bytes.
func Train(cfg TrainConfig) error {
	if cfg.OnlyNER {
		return trainNEROnly(cfg)
	}
	logf := cfg.logf
	var train []conllu.Sentence
	for i, f := range TrainFiles {
		s, err := conllu.ReadFile(filepath.Join(cfg.UDDir, f))
		if err != nil {
			return fmt.Errorf("%w (set --ud to the directory holding the UD French treebanks)", err)
		}
		repeat := 1
		if i == 1 && cfg.RepeatGSD > 1 {
			repeat = cfg.RepeatGSD
		}
		for range repeat {
			train = append(train, s...)
		}
	}
	dev, err := conllu.ReadFile(filepath.Join(cfg.UDDir, DevFile))
	if err != nil {
		return err
	}
	logf("training on %d sentences from %v", len(train), TrainFiles)
	dict := lemma.Golem()

	tok := tokenize.Learn(learnTokens(train))
	lem := lemma.Train(lemmaExamples(train), dict)
	tagOpts := tag.Options{Epochs: cfg.TaggerEpochs, Seed: cfg.Seed, Ensemble: cfg.TaggerEnsemble, Log: cfg.Log}
	tagger := tag.Train(tagExamples(train), dict, tagOpts)
	logf("tagger on %s: %s", DevFile, tagAccuracy(tagger, lem, dev))

	// The parser learns from the tags it will see: predicted ones, by
	// jackknifing the tagger, rather than gold ones.
	parseTrain := make([]depparse.Example, len(train))
	for i, s := range train {
		parseTrain[i] = parseExample(s)
	}
	if cfg.Jackknife >= 2 {
		for fold := 0; fold < cfg.Jackknife; fold++ {
			var in []conllu.Sentence
			for i, s := range train {
				if i%cfg.Jackknife != fold {
					in = append(in, s)
				}
			}
			foldOpts := tagOpts
			foldOpts.Log = nil
			ft := tag.Train(tagExamples(in), dict, foldOpts)
			fl := lemma.Train(lemmaExamples(in), dict)
			for i := fold; i < len(train); i += cfg.Jackknife {
				retag(parseTrain[i].Words, ft, fl)
			}
			logf("jackknife fold %d/%d tagged", fold+1, cfg.Jackknife)
		}
	}
	devParse := make([]depparse.Example, len(dev))
	for i, s := range dev {
		devParse[i] = parseExample(s)
		retag(devParse[i].Words, tagger, lem)
	}
	popts := depparse.Options{Epochs: cfg.ParserEpochs, Seed: cfg.Seed, Explore: 0.9, Log: cfg.Log, MinWeight: 1.0, Ensemble: cfg.ParserEnsemble}
	if cfg.ReportDevEach {
		popts.CheckEpochs = func(p *depparse.Parser, epoch int) {
			uas, las := attachment(p, devParse)
			logf("  dev (predicted tags) after epoch %d: UAS %.2f LAS %.2f", epoch, uas, las)
		}
	}
	parser := depparse.Train(parseTrain, popts)
	uas, las := attachment(parser, devParse)
	logf("parser on %s (predicted tags): UAS %.2f LAS %.2f", DevFile, uas, las)

	err = writeModels(cfg, []modelFile{
		{TokenizerFile, tok.Save},
		{TaggerFile, tagger.Save},
		{LemmaFile, lem.Save},
		{ParserFile, parser.Save},
	})
	if err != nil {
		return err
	}
	return trainNEROnly(cfg)
}

type modelFile struct {
	name string
	save func(io.Writer) error
}

func writeModels(cfg TrainConfig, files []modelFile) error {
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		var buf bytes.Buffer
		if err := f.save(&buf); err != nil {
			return fmt.Errorf("writing %s: %w", f.name, err)
		}
		path := filepath.Join(cfg.OutDir, f.name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return err
		}
		cfg.logf("wrote %s (%d bytes)", path, buf.Len())
	}
	return nil
}

// trainNEROnly trains the recognizer on the tokenizer and tagger in
// cfg.OutDir, the ones it will run after: read back from their files, whose
// weights are rounded, so that "train" and "train --only-ner" give the same
// ner.bin.
func trainNEROnly(cfg TrainConfig) error {
	p, err := loadTagging(os.DirFS(cfg.OutDir), lemma.Golem())
	if err != nil {
		return fmt.Errorf("%w (train the recognizer alone only where the other models are)", err)
	}
	names, err := trainNER(cfg, p)
	if err != nil {
		return err
	}
	return writeModels(cfg, []modelFile{{NERFile, names.Save}})
}

// trainNER trains the recognizer on POPCORN's training texts, tokenized
// and tagged by p, and writes the held-out texts if asked.
func trainNER(cfg TrainConfig, p *Pipeline) (*ner.Recognizer, error) {
	c, err := readPOPCORN(cfg.POPCORN)
	if err != nil {
		return nil, err
	}
	if cfg.NERHeldOut != "" {
		if err := c.writeHeldOut(cfg.NERHeldOut); err != nil {
			return nil, err
		}
		cfg.logf("wrote the %d held-out POPCORN texts to %s", len(c.heldOut), cfg.NERHeldOut)
	}
	docs, err := c.docs(false)
	if err != nil {
		return nil, err
	}
	exs, st := p.nerExamples(docs, cfg.NERLexicon)
	cfg.logf("recognizer: %d POPCORN texts, %d sentences; %d named mentions, %d labelled, %d not on word boundaries, %d nested",
		len(docs), len(exs), st.Mentions, st.Labelled, st.Unaligned, st.Nested)
	return ner.Train(exs, cfg.NERLexicon, ner.Options{Epochs: cfg.NEREpochs, Seed: cfg.Seed, LexiconDropout: cfg.LexiconDropout, Log: cfg.Log}), nil
}

func learnTokens(sents []conllu.Sentence) [][]tokenize.LearnToken {
	var out [][]tokenize.LearnToken
	for _, s := range sents {
		var toks []tokenize.LearnToken
		for id := 1; id <= len(s.Words); id++ {
			if t, ok := s.TokenOf(id); ok {
				toks = append(toks, tokenize.LearnToken{Form: t.Form, Multiword: true})
				id = t.Last
				continue
			}
			toks = append(toks, tokenize.LearnToken{Form: s.Words[id-1].Form})
		}
		out = append(out, toks)
	}
	return out
}

func lemmaExamples(sents []conllu.Sentence) []lemma.Example {
	var out []lemma.Example
	for _, s := range sents {
		for _, w := range s.Words {
			out = append(out, lemma.Example{Form: w.Form, UPOS: w.UPOS, Lemma: w.Lemma})
		}
	}
	return out
}

func tagExamples(sents []conllu.Sentence) []tag.Example {
	out := make([]tag.Example, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			out[i].Forms = append(out[i].Forms, w.Form)
			out[i].Tags = append(out[i].Tags, tag.Tag{UPOS: w.UPOS, Feats: w.Feats})
		}
	}
	return out
}

func parseExample(s conllu.Sentence) depparse.Example {
	var ex depparse.Example
	for _, w := range s.Words {
		ex.Words = append(ex.Words, depparse.Word{Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, Feats: w.Feats})
		ex.Heads = append(ex.Heads, w.Head)
		ex.DepRel = append(ex.DepRel, w.DepRel)
	}
	return ex
}

// retag replaces gold tags and lemmas with predicted ones.
func retag(words []depparse.Word, t *tag.Tagger, l *lemma.Lemmatizer) {
	forms := make([]string, len(words))
	for i, w := range words {
		forms[i] = w.Form
	}
	for i, tg := range t.Tag(forms) {
		words[i].UPOS, words[i].Feats = tg.UPOS, tg.Feats
		words[i].Lemma = l.Lemma(words[i].Form, tg.UPOS)
	}
}

func tagAccuracy(t *tag.Tagger, l *lemma.Lemmatizer, sents []conllu.Sentence) string {
	var n, upos, feats, lemmas int
	for _, s := range sents {
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = w.Form
		}
		for i, tg := range t.Tag(forms) {
			w := s.Words[i]
			n++
			if tg.UPOS == w.UPOS {
				upos++
			}
			if tg.Feats == w.Feats {
				feats++
			}
			if l.Lemma(w.Form, tg.UPOS) == w.Lemma {
				lemmas++
			}
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	return fmt.Sprintf("UPOS %.2f, FEATS %.2f, lemma %.2f", pct(upos), pct(feats), pct(lemmas))
}

// attachment scores a parser on examples (with whatever tags they carry).
// LAS compares full relations, subtypes included.
func attachment(p *depparse.Parser, exs []depparse.Example) (uas, las float64) {
	var n, u, l int
	for _, ex := range exs {
		for i, a := range p.Parse(ex.Words) {
			n++
			if a.Head == ex.Heads[i] {
				u++
				if a.DepRel == ex.DepRel[i] {
					l++
				}
			}
		}
	}
	return 100 * float64(u) / float64(max(n, 1)), 100 * float64(l) / float64(max(n, 1))
}
