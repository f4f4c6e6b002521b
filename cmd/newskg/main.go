// Command newskg reads news articles and builds a knowledge graph of who did
// what to whom, stored in Cayley and queried with Gizmo.
//
// Each command lives in its own file and stays thin: it parses flags, calls a
// package (extract, graph) and prints.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := execute(); err != nil {
		fmt.Fprintln(os.Stderr, "newskg:", err)
		os.Exit(exitCode(err))
	}
}

// execute runs the command line. Profiles are written whatever the
// outcome: a failing or partly failing run (an input skipped) is often the
// one to look at, and cobra skips its post-run hooks after an error.
func execute() error {
	err := rootCmd.Execute()
	if perr := stopProfiles(); err == nil {
		err = perr
	}
	return err
}
