package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// Profiling flags, for any command: the figures of a slow build or query
// come from `go tool pprof` on these files.
var profileFlags struct {
	cpu, mem string
	stopCPU  func()
}

func init() {
	rootCmd.PersistentFlags().StringVar(&profileFlags.cpu, "cpuprofile", "", "write a CPU profile of the command to this file")
	rootCmd.PersistentFlags().StringVar(&profileFlags.mem, "memprofile", "", "write a heap profile (live objects at the end, and all allocations) to this file")
	rootCmd.PersistentPreRunE = startProfiles // main stops them
}

func startProfiles(*cobra.Command, []string) error {
	if profileFlags.cpu == "" {
		return nil
	}
	f, err := os.Create(profileFlags.cpu)
	if err != nil {
		return fmt.Errorf("--cpuprofile: %v", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--cpuprofile %s: %v", profileFlags.cpu, err)
	}
	profileFlags.stopCPU = func() {
		pprof.StopCPUProfile()
		f.Close()
	}
	return nil
}

// stopProfiles ends the CPU profile and writes the heap profile, if asked.
func stopProfiles() error {
	if profileFlags.stopCPU != nil {
		profileFlags.stopCPU()
		profileFlags.stopCPU = nil
	}
	if profileFlags.mem == "" {
		return nil
	}
	f, err := os.Create(profileFlags.mem)
	if err != nil {
		return fmt.Errorf("--memprofile: %v", err)
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		return fmt.Errorf("--memprofile %s: %v", profileFlags.mem, err)
	}
	return nil
}
