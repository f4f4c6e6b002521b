package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// profileOptions are the profiling flags, for any command: the figures of a
// slow build or query come from `go tool pprof` on these files.
type profileOptions struct {
	cpu, mem string
	stopCPU  func()
}

// addFlags adds the flags to root and starts the profiles before any
// command; stop ends them.
func (p *profileOptions) addFlags(root *cobra.Command) {
	root.PersistentFlags().StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile of the command to this file")
	root.PersistentFlags().StringVar(&p.mem, "memprofile", "", "write a heap profile (live objects at the end, and all allocations) to this file")
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return p.start() }
}

func (p *profileOptions) start() error {
	if p.cpu == "" {
		return nil
	}
	f, err := os.Create(p.cpu)
	if err != nil {
		return fmt.Errorf("--cpuprofile: %v", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--cpuprofile %s: %v", p.cpu, err)
	}
	p.stopCPU = func() {
		pprof.StopCPUProfile()
		f.Close()
	}
	return nil
}

// stop ends the CPU profile and writes the heap profile, if asked.
func (p *profileOptions) stop() error {
	if p.stopCPU != nil {
		p.stopCPU()
		p.stopCPU = nil
	}
	if p.mem == "" {
		return nil
	}
	f, err := os.Create(p.mem)
	if err != nil {
		return fmt.Errorf("--memprofile: %v", err)
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		return fmt.Errorf("--memprofile %s: %v", p.mem, err)
	}
	return nil
}
