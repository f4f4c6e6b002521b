package main

import (
	"debug/buildinfo"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	info := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Path: "github.com/newskg/newskg", Version: "v0.0.0-20261206032700-af704d8abcde+dirty"},
		Settings: []debug.BuildSetting{
			{Key: "GOOS", Value: "linux"}, {Key: "GOARCH", Value: "arm64"},
			{Key: "vcs.revision", Value: "af704d8abcde"}, {Key: "vcs.time", Value: "2026-12-06T03:27:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	want := "v0.0.0-20261206032700-af704d8abcde+dirty (commit af704d8abcde of 2026-12-06T03:27:00Z, with uncommitted changes) go1.26.8 linux/arm64"
	if got := buildVersion(info); got != want {
		t.Errorf("buildVersion =\n %s\nwant\n %s", got, want)
	}
	info.Settings[4].Value = "false"
	if got := buildVersion(info); strings.Contains(got, "uncommitted") {
		t.Errorf("a clean tree is reported as modified: %s", got)
	}
}

// TestVersionFlag builds the real binary (a test binary carries no VCS
// stamp) and asks it: it must print what the toolchain recorded in it, and
// in a git clone, the commit checked out. (Go does not stamp a build from a
// git worktree, whose .git is a file, so there only the first check runs.)
// It builds with -buildvcs=auto, which storetest.GoBuild does not pass, to
// stamp even where GOFLAGS turns stamping off.
func TestVersionFlag(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "newskg")
	build := exec.Command("go", "build", "-buildvcs=auto", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if want := "newskg " + buildVersion(info) + "\n"; string(out) != want {
		t.Errorf("newskg --version printed %q, want %q", out, want)
	}
	if !regexp.MustCompile(`^newskg \S+ .*go1\.\d+\S* \w+/\w+\n$`).Match(out) {
		t.Errorf("newskg --version printed %q, want the module version, the Go version and the target", out)
	}
	top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		return // not a git checkout, or no git
	}
	if st, err := os.Stat(filepath.Join(strings.TrimSpace(string(top)), ".git")); err != nil || !st.IsDir() {
		return // a worktree
	}
	rev, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "(commit "+strings.TrimSpace(string(rev))+" ") {
		t.Errorf("newskg --version printed %q, want the commit %s", out, rev)
	}
}
