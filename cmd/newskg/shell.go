package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newskg/newskg/graph"
)

// shellOptions are the flags of shell.
type shellOptions struct {
	*rootOptions
	limit   int
	timeout time.Duration
}

func newShellCmd(root *rootOptions) *cobra.Command {
	o := &shellOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "shell",
		Short: "Query the store interactively with Gizmo",
		Long: `Shell reads Gizmo statements and prints their results as JSON, one per line.
A statement continues on the next line while brackets are open or the line ends
with "\" or "."; each statement runs in a fresh session. Up/down recall earlier
lines (kept in ~/.newskg_history). Type :help for commands.

When stdin is not a terminal, statements are read from it without prompts, so
scripts and tests can pipe them in.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := graph.Open(o.db, graph.Options{ReadOnly: true})
			if err != nil {
				return err
			}
			defer store.Close()
			sh := &shell{store: store, limit: o.limit, timeout: o.timeout}
			if f, ok := cmd.InOrStdin().(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				return sh.interactive(f, cmd.OutOrStdout())
			}
			return sh.batch(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().IntVarP(&o.limit, "limit", "n", 100, "print at most this many results per statement (0: no limit)")
	cmd.Flags().DurationVarP(&o.timeout, "timeout", "t", 30*time.Second, "stop a statement that runs longer (0: no timeout)")
	return cmd
}

const shellHelp = `Gizmo statements, for example:
  g.V("<Vladimir_Putin>").Out("<met>").Out("<name>").All()
  g.V().Has("<type>", "<Person>").Count()
  g.V("<Donald_Trump>").OutPredicates().All()
A statement continues while ( [ { are open or a line ends with \ or .
Each statement runs in a fresh session: a variable lives for one statement
(write "var c = g.V(...); g.V(...).Both(c).All()" as one).
Commands:
  :help           this help
  :limit N        print at most N results per statement (0: all)
  :timeout D      stop statements after D (e.g. 10s; 0: never)
  :quit           leave (also Ctrl-D)
`

type shell struct {
	store   *graph.Store
	limit   int
	timeout time.Duration
	quit    bool
}

// statement accumulates lines until they form a complete statement.
type statement struct{ lines []string }

// add appends a line and reports whether the statement is complete.
func (s *statement) add(line string) bool {
	trimmed := strings.TrimRight(line, " \t\r")
	cont := strings.HasSuffix(trimmed, `\`)
	if cont {
		trimmed = strings.TrimSuffix(trimmed, `\`)
	}
	s.lines = append(s.lines, trimmed)
	if cont || strings.HasSuffix(trimmed, ".") {
		return false
	}
	return balanced(strings.Join(s.lines, "\n"))
}

func (s *statement) text() string { return strings.TrimSpace(strings.Join(s.lines, "\n")) }
func (s *statement) reset()       { s.lines = s.lines[:0] }
func (s *statement) empty() bool  { return len(s.lines) == 0 }

// balanced reports whether every bracket opened in src, outside strings and
// comments, is closed.
func balanced(src string) bool {
	depth := 0
	var quote rune
	for i := 0; i < len(src); i++ {
		c := rune(src[i])
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		}
	}
	return depth <= 0 && quote == 0
}

// command runs a ":" command; it reports false for a line that is not one.
func (sh *shell) command(line string, out io.Writer) (bool, error) {
	f := strings.Fields(line)
	if len(f) == 0 || !strings.HasPrefix(f[0], ":") {
		return false, nil
	}
	switch f[0] {
	case ":help", ":h", ":?":
		fmt.Fprint(out, shellHelp)
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
		sh.limit = n
	case ":timeout":
		if len(f) != 2 {
			return true, errors.New(":timeout takes a duration such as 10s")
		}
		d, err := time.ParseDuration(f[1])
		if err != nil || d < 0 {
			return true, fmt.Errorf(":timeout %s: not a duration such as 10s", f[1])
		}
		sh.timeout = d
	default:
		return true, fmt.Errorf("unknown command %s; type :help", f[0])
	}
	return true, nil
}

// run executes one statement, interruptible with Ctrl-C.
func (sh *shell) run(script string, out io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return runQuery(ctx, sh.store, script, out, sh.limit, sh.timeout, false)
}

// batch reads statements from a pipe: no prompts, errors on stderr, and an
// error at the end if any statement failed. Since the whole input is there, a
// line starting with "." also continues the statement before it.
func (sh *shell) batch(in io.Reader, out, errw io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	var st statement
	ready := false // st is complete, unless the next line starts with "."
	failed := 0
	flush := func() {
		if !st.empty() {
			if err := sh.run(st.text(), out); err != nil {
				failed++
				fmt.Fprintf(errw, "newskg: %v\n", err)
			}
		}
		st.reset()
		ready = false
	}
	for !sh.quit && sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		if ready && !strings.HasPrefix(trimmed, ".") {
			flush()
		}
		if st.empty() {
			if ok, err := sh.command(line, out); ok {
				if err != nil {
					failed++
					fmt.Fprintf(errw, "newskg: %v\n", err)
				}
				continue
			}
		}
		ready = st.add(line)
	}
	if !sh.quit {
		flush()
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading statements: %v", err)
	}
	if failed > 0 {
		return fmt.Errorf("%d statement(s) failed", failed)
	}
	return nil
}

// interactive runs the shell on a terminal, with line editing and history.
func (sh *shell) interactive(tty *os.File, out io.Writer) error {
	fd := int(tty.Fd())
	state, err := term.MakeRaw(fd)
	if err != nil {
		return sh.batch(tty, out, os.Stderr)
	}
	defer term.Restore(fd, state)
	t := term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{tty, out}, "gizmo> ")
	if w, h, err := term.GetSize(fd); err == nil && w > 0 && h > 0 {
		t.SetSize(w, h)
	}
	hist := openHistory()
	defer hist.close()
	t.History = hist
	fmt.Fprintf(t, "newskg shell on %s; :help for help, :quit or Ctrl-D to leave\n", sh.store.Addr)

	var st statement
	for !sh.quit {
		line, err := t.ReadLine()
		if err == io.EOF {
			if !st.empty() { // Ctrl-C or Ctrl-D drops an unfinished statement
				st.reset()
				t.SetPrompt("gizmo> ")
				fmt.Fprintln(t)
				continue
			}
			return nil
		} else if err != nil && err != term.ErrPasteIndicator {
			return err
		}
		if st.empty() {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if ok, err := sh.command(line, t); ok {
				if err != nil {
					fmt.Fprintf(t, "error: %v\n", err)
				}
				continue
			}
		}
		if !st.add(line) {
			t.SetPrompt("  ...> ")
			continue
		}
		script := st.text()
		st.reset()
		t.SetPrompt("gizmo> ")
		// Cooked mode while the query runs, so Ctrl-C interrupts it.
		term.Restore(fd, state)
		start := time.Now()
		var buf strings.Builder
		err = sh.run(script, &buf)
		took := time.Since(start).Round(time.Millisecond)
		state, _ = term.MakeRaw(fd)
		fmt.Fprint(t, buf.String())
		if err != nil {
			fmt.Fprintf(t, "error: %v\n", err)
		} else {
			fmt.Fprintf(t, "(%d results, %s)\n", strings.Count(buf.String(), "\n"), took)
		}
	}
	return nil
}

// history keeps the shell's lines in memory for up/down recall and appends
// them to ~/.newskg_history.
type history struct {
	lines []string // oldest first
	file  *os.File
}

const historyMax = 1000

func openHistory() *history {
	h := &history{}
	home, err := os.UserHomeDir()
	if err != nil {
		return h
	}
	path := filepath.Join(home, ".newskg_history")
	if b, err := os.ReadFile(path); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" {
				h.lines = append(h.lines, l)
			}
		}
		if len(h.lines) > historyMax {
			h.lines = h.lines[len(h.lines)-historyMax:]
		}
	}
	h.file, _ = os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	return h
}

func (h *history) Add(line string) {
	if strings.TrimSpace(line) == "" || (len(h.lines) > 0 && h.lines[len(h.lines)-1] == line) {
		return
	}
	h.lines = append(h.lines, line)
	if h.file != nil {
		fmt.Fprintln(h.file, line)
	}
}

func (h *history) Len() int { return len(h.lines) }

func (h *history) At(i int) string { return h.lines[len(h.lines)-1-i] }

func (h *history) close() {
	if h.file != nil {
		h.file.Close()
	}
}
