package server

import (
	"context"
	"sync"
	"time"

	"github.com/newskg/newskg/graph"
)

// The server keeps what it read from the store in memory: the entity index
// of its graph.Reader (every entity's names, type, roles, behind search,
// entity pages and exports) and the statement lists of the entities asked
// about. When the server writes (POST /api/v1/documents) it re-reads them.
// When another process writes (a build on PostgreSQL or MySQL, a standby
// replaying its primary), the first request after RefreshInterval asks the
// store for its revision (graph.Store.Revision, one small SQL query) and,
// if it changed, re-reads them before it answers. The re-reading builds a
// new Reader while the other requests go on with the old one, then swaps
// them; a request that comes while another checks does not wait for it.

// DefaultRefreshInterval is the default of Config.RefreshInterval.
const DefaultRefreshInterval = time.Second

// freshness is what the server knows of the store's revision.
type freshness struct {
	mu        sync.Mutex // held while checking and re-reading
	revisions bool       // the store has revisions (SQL backends)
	revision  string     // the store's revision when the index was read
	checked   time.Time
}

// refresh re-reads the entity index if another process wrote to the store
// since it was read, at most once per RefreshInterval. A failure to check
// is left to the request, which meets the store's error itself.
func (s *Server) refresh(ctx context.Context) {
	f := &s.fresh
	if !f.revisions || !f.mu.TryLock() {
		return
	}
	defer f.mu.Unlock()
	if time.Since(f.checked) < s.cfg.RefreshInterval {
		return
	}
	rev, _, err := s.store.Revision(ctx)
	if err != nil || rev == f.revision {
		f.checked = time.Now()
		return
	}
	if err := s.swapReader(ctx); err != nil {
		return
	}
	f.revision, f.checked = rev, time.Now()
}

// reloadAfterWrite re-reads the entity index after the server wrote.
func (s *Server) reloadAfterWrite(ctx context.Context) error {
	f := &s.fresh
	f.mu.Lock()
	defer f.mu.Unlock()
	rev, _, err := s.store.Revision(ctx)
	if err != nil {
		return err
	}
	if err := s.swapReader(ctx); err != nil {
		return err
	}
	f.revision, f.checked = rev, time.Now()
	return nil
}

// swapReader reads a new Reader, the requests going on with the old one
// meanwhile, and puts it in the old one's place.
func (s *Server) swapReader(ctx context.Context) error {
	r, err := graph.NewReader(ctx, s.store)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.reader = r
	s.mu.Unlock()
	return nil
}
