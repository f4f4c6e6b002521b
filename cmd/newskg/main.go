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
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "newskg:", err)
		os.Exit(exitCode(err))
	}
}
