package shell

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Batch reads statements from a pipe: no prompts, errors on errw, and an
// error at the end if any statement failed. Since the whole input is there,
// a statement also ends where the next line does not continue it (a line
// starting with "." continues), whatever its last call.
func (sh *Shell) Batch(in io.Reader, out, errw io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	var st Statement
	ready := false // st can run, unless the next line starts with "."
	failed := 0
	flush := func() {
		if !st.Empty() {
			if err := sh.run(st.Text(), out); err != nil {
				failed++
				fmt.Fprintf(errw, "newskg: %v\n", err)
			}
		}
		st.Reset()
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
		if st.Empty() {
			if ok, err := sh.command(line, out); ok {
				if err != nil {
					failed++
					fmt.Fprintf(errw, "newskg: %v\n", err)
				}
				continue
			}
		}
		cont := strings.HasSuffix(trimmed, `\`)
		st.Add(line)
		ready = !cont && closed(st.Text()) && !strings.HasSuffix(st.Text(), ".")
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
