package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/cayleygraph/cayley/clog"
	"github.com/spf13/cobra"

	"github.com/newskg/newskg/extract"
)

// rootOptions is what every command shares: the root's flags, and the
// extractor of build and extract.
type rootOptions struct {
	// db is the store every command opens: a bolt file path by default, or
	// "backend:address" / a postgres:// URL (see graph.ParseAddress).
	db string
	// newExtractor gives the extractor reading with the shipped gazetteer
	// and the user's file at gazetteer ("" for none): extract.Load, or a
	// fixed one in the tests.
	newExtractor func(gazetteer string) (extract.Extractor, error)
	profile      profileOptions
}

// newRootCmd builds the command line, with fresh flags each time: a test
// builds one per run.
func newRootCmd(o *rootOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:           "newskg",
		Short:         "Build a knowledge graph of French news in a Cayley store",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cmd.PersistentFlags().StringVar(&o.db, "db", "newskg.db",
		`store address: a bolt file path ("bolt:PATH?bloom=off" saves memory on small builds), "backend:address" (bolt, leveldb, memstore), or a postgres:// or mysql:// URL`)
	o.profile.addFlags(cmd) // execute stops them
	setVersion(cmd)
	cmd.AddCommand(
		newBenchCmd(),
		newBuildCmd(o),
		newDiffCmd(o),
		newEvalNERCmd(),
		newEvalParseCmd(),
		newExportCmd(o),
		newExtractCmd(o),
		newParseCmd(),
		newPruneCmd(o),
		newQueryCmd(o),
		newServeCmd(o),
		newShellCmd(o),
		newTimelineCmd(o),
		newTrainCmd(),
	)
	return cmd
}

// gazetteerUsage is the help of --gazetteer, on the commands that extract.
const gazetteerUsage = "a file of entities and aliases in the format of data/gazetteer.tsv, merged over the shipped gazetteer (see README)"

// partialError reports that a command did its work but skipped some inputs;
// it exits with status 2 so scripts can tell it from a total failure (1).
type partialError struct{ msg string }

func (e partialError) Error() string { return e.msg }

func exitCode(err error) int {
	var p partialError
	if errors.As(err, &p) {
		return 2
	}
	return 1
}

func init() {
	// Cayley logs its errors before returning them; newskg's own messages
	// say the same with the input named, so keep only warnings.
	clog.SetLogger(quietLog{})
}

type quietLog struct{}

func (quietLog) Infof(string, ...interface{})  {}
func (quietLog) Errorf(string, ...interface{}) {}
func (quietLog) Warningf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "newskg: cayley: "+format+"\n", args...)
}
func (quietLog) Fatalf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "newskg: cayley: "+format+"\n", args...)
	os.Exit(1)
}
func (quietLog) V(int) bool { return false }
func (quietLog) SetV(int)   {}
