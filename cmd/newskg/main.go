// Command newskg reads news articles and builds a knowledge graph of who did
// what to whom, stored in Cayley and queried with Gizmo.
//
// Each command lives in its own file and stays thin: a constructor builds it
// with its own options struct, and it parses flags, calls a package
// (ingest, graph, internal/bench) and prints.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/newskg/newskg/extract"
)

func main() {
	if err := execute(extract.Load, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "newskg:", err)
		os.Exit(exitCode(err))
	}
}

// execute builds the command line and runs it on args, with newExtractor
// as the extractor of build and extract. Profiles are written whatever the
// outcome: a failing or partly failing run (an input skipped) is often the
// one to look at, and cobra skips its post-run hooks after an error.
func execute(newExtractor func(gazetteer string) (extract.Extractor, error), args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	o := &rootOptions{newExtractor: newExtractor}
	root := newRootCmd(o)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if perr := o.profile.stop(); err == nil {
		err = perr
	}
	return err
}
