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
	return GoBuild(t, "github.com/cayleygraph/cayley/cmd/cayley", "cayley")
}

// GoBuild compiles the command pkg (an import path, or "." for the package
// under test) into a temporary directory as name and returns its path. It
// skips the test when the go command is not on PATH.
func GoBuild(t testing.TB, pkg, name string) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go is not on PATH, cannot build %s", name)
	}
	bin := filepath.Join(t.TempDir(), name)
	if out, err := exec.Command(gobin, "build", "-o", bin, pkg).CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", name, err, out)
	}
	return bin
}
