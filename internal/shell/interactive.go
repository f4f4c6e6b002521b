package shell

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/peterh/liner"
)

const (
	prompt     = "gizmo> "
	contPrompt = "  ...> "
)

// Interactive runs the shell on the terminal of stdin and stdout (liner
// reads and writes them directly).
func (sh *Shell) Interactive() error {
	ln := liner.NewLiner()
	defer ln.Close()
	ln.SetCtrlCAborts(true) // Prompt returns ErrPromptAborted: the line is cleared, the shell stays
	ln.SetTabCompletionStyle(liner.TabPrints)
	words := append([]string(nil), sh.o.Words...)
	sort.Strings(words)
	ln.SetWordCompleter(func(line string, pos int) (string, []string, string) {
		return complete(words, line, pos)
	})
	if sh.o.History != "" {
		if f, err := os.Open(sh.o.History); err == nil {
			ln.ReadHistory(f)
			f.Close()
		}
	}
	defer sh.saveHistory(ln)
	if sh.o.Banner != "" {
		fmt.Println(sh.o.Banner)
	}

	var st Statement
	for !sh.quit {
		p := prompt
		if !st.Empty() {
			p = contPrompt
		}
		line, err := ln.Prompt(p)
		switch {
		case err == liner.ErrPromptAborted: // Ctrl-C: drop the line and the unfinished statement
			st.Reset()
			continue
		case err == io.EOF: // Ctrl-D on an empty line
			if !st.Empty() {
				st.Reset()
				fmt.Println()
				continue
			}
			fmt.Println()
			return nil
		case err != nil:
			return err
		}
		if st.Empty() {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if ok, err := sh.command(line, os.Stdout); ok {
				ln.AppendHistory(strings.TrimSpace(line))
				if err != nil {
					fmt.Printf("error: %v\n", err)
				}
				continue
			}
		}
		// An empty line runs what was typed so far.
		if strings.TrimSpace(line) != "" && !st.Add(line) {
			continue
		}
		script := st.Text()
		st.Reset()
		// One history entry per statement, on one line, so that Up
		// recalls all of it and the history file keeps one a line.
		ln.AppendHistory(oneLine(script))
		start := time.Now()
		var buf strings.Builder
		err = sh.run(script, &buf)
		took := time.Since(start).Round(time.Millisecond)
		fmt.Print(buf.String())
		if err != nil {
			fmt.Printf("error: %v\n", err)
		} else {
			fmt.Printf("(%d results, %s)\n", strings.Count(buf.String(), "\n"), took)
		}
	}
	return nil
}

// oneLine joins a statement's lines with spaces, which Gizmo reads the
// same, except after a // comment, whose line is then dropped.
func oneLine(script string) string {
	var parts []string
	for _, l := range strings.Split(script, "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "//") {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

func (sh *Shell) saveHistory(ln *liner.State) {
	if sh.o.History == "" {
		return
	}
	f, err := os.OpenFile(sh.o.History, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return
	}
	ln.WriteHistory(f)
	f.Close()
}

// complete completes the IRI under the cursor: the text from the last "<"
// (typed inside a string or not) to the cursor, against words.
func complete(words []string, line string, pos int) (head string, completions []string, tail string) {
	before, after := line[:pos], line[pos:]
	i := strings.LastIndexByte(before, '<')
	if i < 0 || strings.ContainsAny(before[i:], `>"' `) {
		return before, nil, after
	}
	prefix := before[i:]
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			completions = append(completions, w)
		}
	}
	return before[:i], completions, after
}
