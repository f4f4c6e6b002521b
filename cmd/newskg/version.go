package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// The version is read from the build information that the Go toolchain
// writes into every binary, so that a binary built by `go install`,
// `go build` or scripts/release says what it was built from with no
// -ldflags to remember.
func setVersion(root *cobra.Command) {
	info, _ := debug.ReadBuildInfo()
	root.Version = buildVersion(info)
	root.SetVersionTemplate("newskg {{.Version}}\n")
}

// buildVersion says which source a binary was built from: the module
// version (a tag, a pseudo-version, or "(devel)"), the commit, whether the
// work tree had uncommitted changes, the Go version and the target.
func buildVersion(info *debug.BuildInfo) string {
	if info == nil {
		return fmt.Sprintf("(unknown: built without module information) %s %s/%s", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	parts := []string{info.Main.Version}
	if parts[0] == "" {
		parts[0] = "(devel)"
	}
	if rev := settings["vcs.revision"]; rev != "" {
		commit := "commit " + rev
		if t := settings["vcs.time"]; t != "" {
			commit += " of " + t
		}
		if settings["vcs.modified"] == "true" {
			commit += ", with uncommitted changes"
		}
		parts = append(parts, "("+commit+")")
	}
	goos, goarch := settings["GOOS"], settings["GOARCH"]
	if goos == "" {
		goos, goarch = runtime.GOOS, runtime.GOARCH
	}
	parts = append(parts, info.GoVersion, goos+"/"+goarch)
	return strings.Join(parts, " ")
}
