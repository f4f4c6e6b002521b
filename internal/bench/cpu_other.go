//go:build !unix

package bench

import "time"

// processCPU is 0 where getrusage does not exist (Windows): the benchmark
// reads /proc and runs on Linux; this keeps newskg compiling elsewhere.
func processCPU() time.Duration { return 0 }
