package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// This file holds the limits that the heavy requests (Gizmo scripts and
// exports) share: a few query slots, and a cap on the size of an answer, so
// that neither many of them at once nor one huge one can take the server's
// CPU or memory.

// querySlot waits for one of the MaxQueries slots shared by Gizmo scripts
// and exports, at most half the time limit (a request that gets one still
// has time to run); the caller calls release when its work is over.
func (s *Server) querySlot(ctx context.Context) (release func(), err error) {
	wait := time.NewTimer(s.cfg.Timeout / 2)
	defer wait.Stop()
	select {
	case s.queries <- struct{}{}:
		return func() { <-s.queries }, nil
	case <-wait.C:
		return nil, busyError{cap(s.queries)}
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// tooLarge is the error of an answer over MaxResponseBytes.
func (s *Server) tooLarge() error {
	return httpError{http.StatusBadRequest, fmt.Errorf("the answer would be larger than %d MiB, the server's limit (--max-response); narrow the request (a start node, a limit, a filter), or export with newskg export", s.cfg.MaxResponseBytes>>20)}
}

// limitedBuffer is a buffer that refuses to grow past max bytes.
type limitedBuffer struct {
	bytes.Buffer
	max     int
	tooMuch error
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > b.max {
		return 0, b.tooMuch
	}
	return b.Buffer.Write(p)
}

// jsonResults collects Gizmo results encoded as the answer spells them,
// failing once they pass the response limit.
type jsonResults struct {
	list      []json.RawMessage
	size, max int
	tooMuch   error
	scratch   bytes.Buffer
}

func (s *Server) newJSONResults() *jsonResults {
	return &jsonResults{max: s.cfg.MaxResponseBytes, tooMuch: s.tooLarge()}
}

func (j *jsonResults) add(v any) error {
	j.scratch.Reset()
	enc := json.NewEncoder(&j.scratch)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	if j.size += j.scratch.Len(); j.size > j.max {
		return j.tooMuch
	}
	j.list = append(j.list, bytes.Clone(bytes.TrimSuffix(j.scratch.Bytes(), []byte("\n"))))
	return nil
}

// readInBackground is read for a request whose work cannot always be
// interrupted (a JSON-LD export is computed in one call that ignores the
// time limit): the work runs on its own goroutine, in a query slot and with
// the store shared among readers, and the client gets its 504 at the time
// limit. Work that overruns keeps its slot until it ends, so that no more
// than MaxQueries of them run at once and the next ones get a 503.
func (s *Server) readInBackground(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := bufferBody(r); err != nil {
			writeError(w, status(err), err)
			return
		}
		s.run(w, r, func(ctx context.Context, r *http.Request) (any, error) {
			release, err := s.querySlot(ctx)
			if err != nil {
				return nil, err
			}
			type answer struct {
				v   any
				err error
			}
			done := make(chan answer, 1)
			go func() {
				defer release()
				s.refresh(ctx)
				s.mu.RLock()
				defer s.mu.RUnlock()
				v, err := h(ctx, r)
				done <- answer{v, err}
			}()
			select {
			case a := <-done:
				return a.v, a.err
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		})
	}
}

// lookupWait is how long a lookup waits for a slot before its 503. Lookups
// take milliseconds alone; a wait longer than this is a crowd that waiting
// would only make slower for everyone (200 clients on two cores, with no
// limit: p99 of 1.7-1.9 s on a 200-document store).
const lookupWait = 250 * time.Millisecond

// lookupSlot waits up to lookupWait for one of the MaxLookups slots; the
// caller calls release when its work is over.
func (s *Server) lookupSlot(ctx context.Context) (release func(), err error) {
	wait := time.NewTimer(lookupWait)
	defer wait.Stop()
	select {
	case s.lookups <- struct{}{}:
		return func() { <-s.lookups }, nil
	case <-wait.C:
		return nil, httpError{http.StatusServiceUnavailable, fmt.Errorf("the server is busy with %d lookups; retry in a second", cap(s.lookups))}
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
