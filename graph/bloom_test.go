package graph

import (
	"path/filepath"
	"runtime"
	"testing"
)

// Opened for writing, a bolt store allocates Cayley's Bloom filters (about
// 80 MB each, sized for 100 million entries whatever the store) unless its
// address says bloom=off.
func TestBloomFiltersAreAllocatedUnlessOff(t *testing.T) {
	heapAfterOpen := func(addr string) uint64 {
		t.Helper()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		s, err := Open(addr, Options{})
		if err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		s.Close()
		return after.TotalAlloc - before.TotalAlloc
	}
	dir := t.TempDir()
	with := heapAfterOpen(filepath.Join(dir, "with.db"))
	without := heapAfterOpen("bolt:" + filepath.Join(dir, "without.db") + "?bloom=off")
	if with < 100<<20 || without > 10<<20 {
		t.Errorf("opening an empty bolt store allocated %d MB with the filters and %d MB with bloom=off", with>>20, without>>20)
	}
}
