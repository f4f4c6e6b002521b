package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/metrics"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// QueryEach runs a Gizmo script on qs and calls fn with each result, as a
// JSON-encodable value of the shape `cayley query` prints: an object of tags
// for path results (.All(), .Tag()), the emitted value for g.Emit. A script
// whose last expression is a number, string or boolean (a bare .Count())
// also yields that value, where `cayley query` prints null.
//
// Every call gets a new Gizmo session: a session cannot be reused once an
// iterator is closed (docs/cayley.md#gizmo-sessions). limit <= 0 means no limit. The
// script stops when ctx is done; the error is then ctx.Err(). It also stops
// when the live heap grows by more than MaxQueryMemory while it runs (a
// script can build arrays in JavaScript without bound); the error then
// wraps ErrQueryMemory.
func QueryEach(ctx context.Context, qs cgraph.QuadStore, script string, limit int, fn func(v any) error) (err error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	defer watchMemory(ctx, cancel)()
	defer func() {
		if cause := context.Cause(ctx); errors.Is(cause, ErrQueryMemory) {
			err = cause
		}
	}()
	// The backend itself, so that Cayley finds its query optimizer: on
	// PostgreSQL it turns a path into one SQL query instead of one per hop
	// and node, 20 times faster; on bolt it scans index prefixes.
	qs = cayleyStore(qs)
	s := gizmo.NewSession(qs)
	it, err := s.Execute(ctx, script, query.Options{Collation: query.Raw, Limit: limit})
	if err != nil {
		return err
	}
	defer it.Close()
	n := 0
	for (limit <= 0 || n < limit) && it.Next(ctx) {
		r, ok := it.Result().(*gizmo.Result)
		if !ok || r == nil {
			continue
		}
		v, ok := jsonValue(qs, r)
		if !ok {
			continue
		}
		if err := fn(v); err != nil {
			return err
		}
		n++
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	return nil
}

// MaxQueryMemory is how far a Gizmo script may grow the live Go heap before
// QueryEach stops it. The heap is the process's: scripts running at once
// share it, and one that crosses the line may stop the others.
var MaxQueryMemory uint64 = 512 << 20

// ErrQueryMemory is wrapped by the error of a script stopped for its memory.
var ErrQueryMemory = errors.New("query stopped: it was using too much memory")

// watchMemory cancels ctx with ErrQueryMemory when the live heap (as of the
// last garbage collection) exceeds its level at the start by MaxQueryMemory.
// It returns a function that stops watching.
func watchMemory(ctx context.Context, cancel context.CancelCauseFunc) (stop func()) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	live := func() uint64 {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return sample[0].Value.Uint64()
	}
	limit := live() + MaxQueryMemory
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
				if live() > limit {
					cancel(fmt.Errorf("%w (its heap grew by over %d MiB); narrow it: a start node, a limit", ErrQueryMemory, MaxQueryMemory>>20))
					return
				}
			}
		}
	}()
	return func() { close(done) }
}

// Query runs a Gizmo script and returns its results (see QueryEach).
func Query(ctx context.Context, qs cgraph.QuadStore, script string, limit int) ([]any, error) {
	out := []any{}
	err := QueryEach(ctx, qs, script, limit, func(v any) error {
		out = append(out, v)
		return nil
	})
	return out, err
}

// jsonValue converts a Gizmo result the way gizmo's JSON collation does,
// keeping primitive script values that it drops.
func jsonValue(qs cgraph.QuadStore, r *gizmo.Result) (any, bool) {
	if r.Meta {
		switch r.Val.(type) {
		case string, bool, int, int64, float64:
			return r.Val, true
		}
		return nil, false
	}
	if r.Val != nil {
		return r.Val, true
	}
	obj := make(map[string]any, len(r.Tags))
	for k, ref := range r.Tags {
		v := qs.NameOf(ref)
		if v == nil {
			// A node the store does not hold: Cayley's SQL backend
			// answers g.V("<x>") with x whether or not a quad names it.
			return nil, false
		}
		obj[k] = nativeValue(v)
	}
	return obj, true
}

// nativeValue is gizmo's quadValueToNative for JSON: Go values for literals,
// the N-Quads spelling (<iri>, "text"@fr) for the rest.
func nativeValue(v quad.Value) any {
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && nv == v {
		return quad.StringOf(v)
	}
	return out
}
