package extract

import "sync"

// registry canonicalizes names the gazetteer does not know across the
// documents read by one extractor: once "Marc Fogel" has been read, "Fogel"
// in another article is the same person, unless two known people share the
// surname.
type registry struct {
	mu       sync.Mutex
	surnames map[string]map[string]bool // folded surname -> full-name keys
	names    map[string]string          // key -> full name
}

func newRegistry() *registry {
	return &registry{surnames: map[string]map[string]bool{}, names: map[string]string{}}
}

// addPerson records an unknown person's full name under its surname.
func (r *registry) addPerson(surname, key, name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := r.surnames[surname]
	if m == nil {
		m = map[string]bool{}
		r.surnames[surname] = m
	}
	m[key] = true
	r.names[key] = name
}

// person returns the one full name known for a surname.
func (r *registry) person(surname string) (key, name string, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := r.surnames[surname]
	if len(m) != 1 {
		return "", "", false
	}
	for k := range m {
		return k, r.names[k], true
	}
	return "", "", false
}
