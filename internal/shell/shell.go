// Package shell is newskg's interactive Gizmo shell: it reads statements,
// runs each in a fresh session and prints the results as JSON, one per line.
//
// On a terminal it edits lines with github.com/peterh/liner: Ctrl-C clears
// the line (or the unfinished statement), Ctrl-D on an empty line leaves,
// Ctrl-R searches the history, Tab completes predicates and entity IRIs,
// and a statement typed or pasted over several lines is one history entry.
// From a pipe it reads statements without prompts, for scripts and tests.
//
// It does not run queries itself (Options.Query does, the same function as
// `newskg query`) nor open the store.
package shell

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Options configures a shell.
type Options struct {
	// Query runs one script and prints its results, at most limit (0:
	// all), stopped after timeout (0: never) or when ctx ends.
	Query   func(ctx context.Context, script string, out io.Writer, limit int, timeout time.Duration) error
	Limit   int
	Timeout time.Duration
	// Words are what Tab completes: IRIs such as <met> and <Vladimir_Putin>.
	Words []string
	// Banner is printed when an interactive session starts.
	Banner string
	// History is the history file ("" for none).
	History string
}

// Help is the text of :help and of `newskg shell --help`.
const Help = `Gizmo statements, for example:
  g.V("<Vladimir_Putin>").Both("<met>").Out("<name>").All()
  g.Emit(g.V().Has("<type>", "<Person>").Count())
  g.V("<Donald_Trump>").OutPredicates().All()
A statement runs when its brackets and strings are closed and it ends with a
call that gives results (All(), Count(), ToArray(), ToValue(), TagArray(),
TagValue(), GetLimit(n), ForEach(…), Map(…), g.Emit(…)); a statement pasted
over several lines (a line starting with .Out(…)) is one statement. An empty
line runs what was typed so far. Each statement runs in a fresh session: a
variable lives for one statement ("var c = …; g.V(…).Both(c).All()").
Keys: Tab completes predicates and entity IRIs (type <Vla then Tab), Ctrl-R
searches the history, Ctrl-C clears the line, Ctrl-D leaves.
Commands:
  :help           this help
  :limit N        print at most N results per statement (0: all)
  :timeout D      stop statements after D (e.g. 10s; 0: never)
  :quit           leave (also Ctrl-D)
`

// Shell reads and runs statements.
type Shell struct {
	o    Options
	quit bool
}

// New returns a shell.
func New(o Options) *Shell { return &Shell{o: o} }

// Statement accumulates lines until they form a statement that can run.
type Statement struct{ lines []string }

// Add appends a line and reports whether the statement is complete: its
// brackets, strings and comments closed, and its last call one that gives
// results. A line ending with "\" always continues.
func (s *Statement) Add(line string) bool {
	trimmed := strings.TrimRight(line, " \t\r")
	cont := strings.HasSuffix(trimmed, `\`)
	if cont {
		trimmed = strings.TrimSuffix(trimmed, `\`)
	}
	s.lines = append(s.lines, trimmed)
	return !cont && s.Complete()
}

// Complete reports whether the statement can run as it is.
func (s *Statement) Complete() bool {
	code, ok := scan(s.Text())
	return ok && endsWithResults.MatchString(code)
}

// endsWithResults matches a statement whose last call gives results: Gizmo
// prints only what these calls emit, so a statement without one is not
// finished (a pasted ".Out(…)" line is coming).
var endsWithResults = regexp.MustCompile(`(?s)(\.(All|Count|ToArray|ToValue|TagArray|TagValue|GetLimit|ForEach|Map)\s*\(.*\)|\bg\.Emit\s*\(.*\))\s*;?\s*$`)

// Text is the statement, its lines joined.
func (s *Statement) Text() string { return strings.TrimSpace(strings.Join(s.lines, "\n")) }

// Reset empties the statement.
func (s *Statement) Reset() { s.lines = s.lines[:0] }

// Empty reports whether no line was added.
func (s *Statement) Empty() bool { return len(s.lines) == 0 }

// closed reports whether every bracket opened in src, outside strings and
// comments, is closed, and no string or block comment is left open.
func closed(src string) bool {
	_, ok := scan(src)
	return ok
}

// scan returns src without its comments, and whether its brackets,
// strings and comments are all closed.
func scan(src string) (code string, closed bool) {
	var b strings.Builder
	depth := 0
	var quote byte
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case quote != 0:
			if c == '\\' && i+1 < len(src) {
				b.WriteByte(c)
				i++
				c = src[i]
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return b.String(), false
			}
			i += 2 + end + 1
			continue
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		}
		b.WriteByte(c)
	}
	return b.String(), depth <= 0 && quote == 0
}

// command runs a ":" command; it reports false for a line that is not one.
func (sh *Shell) command(line string, out io.Writer) (bool, error) {
	f := strings.Fields(line)
	if len(f) == 0 || !strings.HasPrefix(f[0], ":") {
		return false, nil
	}
	switch f[0] {
	case ":help", ":h", ":?":
		fmt.Fprint(out, Help)
	case ":quit", ":q", ":exit":
		sh.quit = true
	case ":limit":
		if len(f) != 2 {
			return true, errors.New(":limit takes a number")
		}
		n, err := strconv.Atoi(f[1])
		if err != nil || n < 0 {
			return true, fmt.Errorf(":limit %s: not a number >= 0", f[1])
		}
		sh.o.Limit = n
	case ":timeout":
		if len(f) != 2 {
			return true, errors.New(":timeout takes a duration such as 10s")
		}
		d, err := time.ParseDuration(f[1])
		if err != nil || d < 0 {
			return true, fmt.Errorf(":timeout %s: not a duration such as 10s", f[1])
		}
		sh.o.Timeout = d
	default:
		return true, fmt.Errorf("unknown command %s; type :help", f[0])
	}
	return true, nil
}

// run executes one statement, interruptible with Ctrl-C.
func (sh *Shell) run(script string, out io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return sh.o.Query(ctx, script, out, sh.o.Limit, sh.o.Timeout)
}

// HistoryFile is where the shell keeps its history: ~/.newskg_history.
func HistoryFile() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".newskg_history")
}
