package input

import (
	"bufio"
	"fmt"
	"iter"
	"net/url"
	"os"
	"strings"

	"github.com/newskg/newskg/schema"
)

// withHost completes a document's outlet with the host of its URL, which
// names the outlet when nothing else does.
func withHost(d *schema.Document) {
	if u, err := url.Parse(d.URL); err == nil && u.Host != "" {
		d.Outlet.Host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if d.Outlet.Name == "" {
		d.Outlet.Name = d.Outlet.Host
	}
}

// Sources is the user's description of outlets (newskg build --sources):
// each one's name, country and tier, by host.
type Sources struct {
	byHost map[string]schema.Outlet
	byName map[string]schema.Outlet // by folded name, for documents without a URL
}

// ReadSources reads a sources file: one outlet a line, tab-separated host,
// name, country and tier (the last two may be empty or missing); blank
// lines and lines starting with "#" are skipped.
func ReadSources(path string) (*Sources, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, unwrapPathError(err))
	}
	defer f.Close()
	s := &Sources{byHost: map[string]schema.Outlet{}, byName: map[string]schema.Outlet{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if len(fields) < 2 || len(fields) > 4 || fields[0] == "" || fields[1] == "" {
			return nil, fmt.Errorf("%s:%d: want host, name, country and tier separated by tabs (country and tier may be empty), got %q", path, n, line)
		}
		fields = append(fields, "", "")
		o := schema.Outlet{Host: strings.TrimPrefix(strings.ToLower(fields[0]), "www."), Name: fields[1], Country: fields[2], Tier: fields[3]}
		s.byHost[o.Host] = o
		s.byName[schema.Fold(o.Name)] = o
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return s, nil
}

// Describe gives each document the outlet the sources describe: the one of
// its host or of a parent domain ("edition.lemonde.fr" is "lemonde.fr"),
// else the one of its outlet's name. A document of an outlet the sources do
// not describe keeps the outlet its input gave.
func (s *Sources) Describe(docs iter.Seq2[schema.Document, error]) iter.Seq2[schema.Document, error] {
	return func(yield func(schema.Document, error) bool) {
		for d, err := range docs {
			if err == nil {
				d.Outlet = s.outlet(d.Outlet)
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

func (s *Sources) outlet(o schema.Outlet) schema.Outlet {
	for h := o.Host; h != ""; {
		if known, ok := s.byHost[h]; ok {
			return known
		}
		_, parent, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(parent, ".") {
			break
		}
		h = parent
	}
	if known, ok := s.byName[schema.Fold(o.Name)]; ok && o.Name != "" {
		if o.Host != "" {
			known.Host = o.Host
		}
		return known
	}
	return o
}
