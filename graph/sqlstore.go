package graph

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// storedValues wraps Cayley's SQL quad store, whose ValueOf returns the hash
// of any value, stored or not: g.V("<nobody>") then yields a node without a
// name ({} in JSON, a count of 1). Here a value no quad uses has no Ref, as
// on the other backends.
//
// The wrapper hides Cayley's SQL optimizer, whose iterators only run on the
// unwrapped store, so Gizmo paths run on Cayley's generic iterators there:
// one SQL query per hop and node rather than one per path.
type storedValues struct{ cgraph.QuadStore }

// ValueOf returns the Ref of v if the store holds a node v, else nil. A
// node's name is cached by Cayley once read, so looking it up again costs
// no query.
func (s storedValues) ValueOf(v quad.Value) cgraph.Ref {
	ref := s.QuadStore.ValueOf(v)
	if ref == nil || s.QuadStore.NameOf(ref) == nil {
		return nil
	}
	return ref
}
