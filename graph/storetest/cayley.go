package storetest

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// StockCayley builds the stock cayley command (the version in go.mod) into
// a temporary directory and returns its path. It skips the test in -short
// mode or when the go command is not on PATH.
func StockCayley(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the stock cayley command")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH, cannot build the stock cayley command")
	}
	cayley := filepath.Join(t.TempDir(), "cayley")
	if out, err := exec.Command(gobin, "build", "-o", cayley, "github.com/cayleygraph/cayley/cmd/cayley").CombinedOutput(); err != nil {
		t.Fatalf("building cayley: %v\n%s", err, out)
	}
	return cayley
}
