package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/cayleygraph/cayley/clog"
	"github.com/spf13/cobra"
)

// dbFlag is the store every command opens: a bolt file path by default, or
// "backend:address" / a postgres:// URL (see graph.ParseAddress).
var dbFlag string

var rootCmd = &cobra.Command{
	Use:           "newskg",
	Short:         "Build a knowledge graph of French news in a Cayley store",
	SilenceUsage:  true,
	SilenceErrors: true,
}

func init() {
	rootCmd.PersistentFlags().StringVar(&dbFlag, "db", "newskg.db",
		`store address: a bolt file path, "backend:address" (bolt, leveldb, memstore) or a postgres:// URL`)
}

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
