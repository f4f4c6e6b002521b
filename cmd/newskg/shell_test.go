package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/newskg/newskg/graph/storetest"
)

// terminal is the newskg binary running in a pseudo-terminal, as a person
// types into it.
type terminal struct {
	t    *testing.T
	pty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	seen int // how much of out waitFor has consumed
}

func (tm *terminal) Write(p []byte) (int, error) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.out.Write(p)
}

func (tm *terminal) send(keys string) {
	tm.t.Helper()
	if _, err := tm.pty.WriteString(keys); err != nil {
		tm.t.Fatal(err)
	}
}

// waitFor waits until the screen output since the last wait holds want;
// the deadline only ends a test that would otherwise hang.
func (tm *terminal) waitFor(want string) string {
	tm.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		tm.mu.Lock()
		s := tm.out.String()[tm.seen:]
		if i := strings.Index(s, want); i >= 0 {
			tm.seen += i + len(want)
			tm.mu.Unlock()
			return s[:i+len(want)]
		}
		tm.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	tm.mu.Lock()
	defer tm.mu.Unlock()
	tm.t.Fatalf("the shell never printed %q; it printed:\n%s", want, tm.out.String()[tm.seen:])
	return ""
}

// The shell on a terminal: Tab completes an IRI, a statement pasted over
// several lines runs once, whole, and is one history entry; Ctrl-C clears
// the line and the shell stays; Ctrl-R finds the statement again; Ctrl-D
// leaves.
func TestShellOnATerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := builtCorpus(t)
	bin := storetest.GoBuild(t, ".", "newskg")
	home := t.TempDir()
	cmd := exec.Command(bin, "--db", filepath.Join(dir, "newskg.db"), "shell")
	cmd.Env = append(os.Environ(), "HOME="+home, "TERM=xterm")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 200})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tm := &terminal{t: t, pty: f}
	go func() { _, _ = copyAll(tm, f) }()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	}()

	tm.waitFor("gizmo> ")
	tm.send(`g.V("<Don` + "\t")
	tm.waitFor(`g.V("<Donald_Trump>`)
	// The rest of the statement, pasted as the README writes it: the
	// first line gives no results, so the shell waits for the next.
	tm.send(`").Both("<met>")` + "\r")
	tm.waitFor("...> ")
	tm.send(`  .Out("<name>").All()` + "\r")
	if got := tm.waitFor("results"); !strings.Contains(got, `{"id":"Vladimir Putin"}`) || strings.Count(got, `"id"`) != 1 {
		t.Errorf("the pasted statement printed:\n%s", got)
	}
	tm.waitFor("gizmo> ")

	// Ctrl-C clears a half-typed statement; the shell is still there.
	tm.send(`g.V("<Vladimir_Putin>")` + "\r")
	tm.waitFor("...> ")
	tm.send("\x03")
	tm.waitFor("gizmo> ")
	tm.send(`g.Emit(g.V().Has("<type>", "<Person>").Count())` + "\r")
	if got := tm.waitFor("results"); !strings.Contains(got, "\n3\r\n") {
		t.Errorf("after Ctrl-C, the count printed:\n%q", got)
	}
	tm.waitFor("gizmo> ")

	// Ctrl-R finds the pasted statement, whole.
	tm.send("\x12Both")
	tm.waitFor(`.Both("<met>") .Out("<name>").All()`)
	tm.send("\r")
	tm.waitFor("gizmo> ") // liner puts the found line back at the prompt
	tm.send("\r")
	if got := tm.waitFor("results"); !strings.Contains(got, `{"id":"Vladimir Putin"}`) {
		t.Errorf("the statement found with Ctrl-R printed:\n%s", got)
	}
	tm.waitFor("gizmo> ")

	// Ctrl-D leaves, and the history holds each statement once, whole.
	tm.send("\x04")
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("the shell exited with %v after Ctrl-D", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the shell did not leave on Ctrl-D")
	}
	hist, _ := os.ReadFile(filepath.Join(home, ".newskg_history"))
	want := `g.V("<Donald_Trump>").Both("<met>") .Out("<name>").All()` + "\n" +
		`g.Emit(g.V().Has("<type>", "<Person>").Count())` + "\n"
	if !strings.HasPrefix(string(hist), want) {
		t.Errorf("history:\n%s\nwant it to start with:\n%s", hist, want)
	}
}

func copyAll(w *terminal, f *os.File) (int64, error) {
	buf := make([]byte, 4096)
	var n int64
	for {
		k, err := f.Read(buf)
		if k > 0 {
			w.Write(buf[:k])
			n += int64(k)
		}
		if err != nil {
			return n, err
		}
	}
}
