package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"mime"
	"net/http"
	"strings"
	"sync"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
	"github.com/newskg/newskg/input"
	"github.com/newskg/newskg/schema"
)

// POST /api/v1/documents adds articles to the store while the server runs,
// through the pipeline of newskg build (ingest.Run into the server's store,
// skipping unchanged documents and replacing changed ones), so that a bolt
// store, which one process holds, need not be stopped to add articles.
//
// The body is read as `newskg build -` reads its standard input: JSON Lines
// (one article a line, with build's fields) when it starts with "{", else
// the text of one article, whose id is ?id= (else a hash of the text). Or,
// with Content-Type DocumentsType, the documents `newskg build --server`
// read on its own machine, as they are (their sources and outlets
// included), so that the store is the one `newskg build FILE…` would
// write. Writes run one at a time; readers go on meanwhile, with the
// entity index re-read once the documents are written.

// DocumentsType is the media type of the documents newskg build --server
// sends: one schema.Document a line, in its JSON.
const DocumentsType = "application/vnd.newskg.documents+jsonl"

// maxDocumentsBody is the largest body of POST /api/v1/documents: what
// newskg build reads from standard input.
const maxDocumentsBody = input.MaxFileBytes

// Added is the answer to POST /api/v1/documents: what the write did, the
// inputs it skipped and why, and with ?count=true what the store holds.
type Added struct {
	New          int       `json:"new"`
	Changed      int       `json:"changed"`
	Unchanged    int       `json:"unchanged"`
	Skipped      []Skipped `json:"skipped"`
	QuadsAdded   int       `json:"quadsAdded"`
	QuadsRemoved int       `json:"quadsRemoved"`
	Transactions int       `json:"transactions"`
	Store        *Counts   `json:"store,omitempty"`
	// Error is set when the write stopped early (its time limit) or
	// nothing could be added: the documents counted above are stored.
	Error string `json:"error,omitempty"`
}

// Skipped is an input that was not added, and why.
type Skipped struct {
	Input  string `json:"input"` // a source (path, path:line, "-:2"), as newskg build names it
	Reason string `json:"reason"`
}

func (s Skipped) String() string { return s.Input + ": " + s.Reason }

// Counts is what the store holds, as newskg build's summary gives it.
type Counts struct {
	Address    string `json:"address"`
	Documents  int64  `json:"documents"`
	Sentences  int64  `json:"sentences"`
	Entities   int64  `json:"entities"`
	Statements int64  `json:"statements"`
	Quads      int64  `json:"quads"`
}

// ingestState is the extractor, loaded at the first document, and the
// failure of a write that leaves the store unfit for more (see addDocuments).
type ingestState struct {
	once      sync.Once
	extractor extract.Extractor
	err       error
	broken    error // guarded by Server.writing
}

// addDocuments answers POST /api/v1/documents.
func (s *Server) addDocuments(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.AllowWrites {
		writeError(w, http.StatusForbidden, errors.New("the server is read-only: start it with newskg serve --allow-writes to add documents"))
		return
	}
	if s.cfg.Extractor == nil {
		writeError(w, http.StatusNotImplemented, errors.New("this server has no extractor to read documents with; add them with newskg build"))
		return
	}
	if err := s.checkToken(r); err != nil {
		writeError(w, status(err), err)
		return
	}
	docs, err := requestDocuments(r)
	if err != nil {
		writeError(w, status(err), err)
		return
	}
	count := false
	switch v := r.URL.Query().Get("count"); v {
	case "", "false", "0":
	case "true", "1":
		count = true
	default:
		writeError(w, http.StatusBadRequest, fmt.Errorf("count=%q: give true or false", v))
		return
	}

	s.writing.Lock()
	defer s.writing.Unlock()
	if err := s.adding.broken; err != nil {
		writeError(w, http.StatusServiceUnavailable, fmt.Errorf("an earlier write failed (%v), and the store may not be written again by this process; restart newskg serve (the next build repairs what that write left)", err))
		return
	}
	s.adding.once.Do(func() { s.adding.extractor, s.adding.err = s.cfg.Extractor() })
	if s.adding.err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("cannot load the extractor: %v", s.adding.err))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	res, err := s.ingestDocuments(ctx, docs, s.adding.extractor)
	code := http.StatusOK
	switch {
	case err != nil && ctx.Err() != nil:
		code = http.StatusGatewayTimeout
		res.Error = fmt.Sprintf("stopped after %s, the server's time limit, with the documents counted here written; send the rest again (stored documents are skipped as unchanged), or fewer at a time", s.cfg.Timeout)
	case err != nil:
		// The Writer may have left Cayley's caches out of step with the
		// store (docs/cayley.md#duplicate-quads): no more writes here.
		s.adding.broken = err
		writeError(w, http.StatusInternalServerError, fmt.Errorf("writing the documents: %v", err))
		return
	case res.New+res.Changed+res.Unchanged == 0 && len(res.Skipped) > 0:
		code = http.StatusBadRequest
		res.Error = "no document added: " + res.Skipped[0].String()
		if n := len(res.Skipped); n > 1 {
			res.Error += fmt.Sprintf(" (and %d more inputs skipped)", n-1)
		}
	}
	// The index is re-read even after a timeout: what was written stays.
	fresh, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), s.cfg.Timeout)
	defer cancel()
	if res.New+res.Changed > 0 {
		if err := s.reloadAfterWrite(fresh); err != nil {
			writeError(w, http.StatusInternalServerError, fmt.Errorf("the documents are written, but re-reading the entity index failed: %v", err))
			return
		}
	}
	if count && code != http.StatusGatewayTimeout {
		c, err := graph.Count(fresh, s.store)
		if err != nil {
			writeError(w, http.StatusInternalServerError, fmt.Errorf("the documents are written, but counting the store failed: %v", err))
			return
		}
		res.Store = &Counts{Address: s.store.Addr.String(), Documents: c.Documents, Sentences: c.Sentences,
			Entities: c.Entities, Statements: c.Statements, Quads: c.Quads}
	}
	writeJSON(w, code, res)
}

// ingestDocuments runs docs through ex into the store, as newskg build does: an
// input that cannot be read or extracted, or whose id the store holds for
// another input, is skipped with its reason, and the others are written.
// An error is the store's (or ctx's, with the documents before it
// written).
func (s *Server) ingestDocuments(ctx context.Context, docs iter.Seq2[schema.Document, error], ex extract.Extractor) (*Added, error) {
	res := &Added{Skipped: []Skipped{}}
	wr, err := graph.NewWriter(s.store, graph.WriterOptions{ExtractorVersion: ex.Version()})
	if err != nil {
		return res, err
	}
	_, err = ingest.Run(ctx, docs, ex, ingest.IntoStoreGuarded(ctx, wr, s.store.QuadStore), ingest.Options{
		Skip: func(err error) { res.Skipped = append(res.Skipped, skipped(err)) },
	})
	st := wr.Stats()
	res.New, res.Changed, res.Unchanged = st.New, st.Changed, st.Unchanged
	res.QuadsAdded, res.QuadsRemoved, res.Transactions = st.QuadsAdded, st.QuadsRemoved, st.Transactions
	return res, err
}

// skipped words an input that ingest.Run skipped.
func skipped(err error) Skipped {
	var ie *input.Error
	var xe *ingest.ExtractError
	switch {
	case errors.As(err, &ie):
		return Skipped{Input: ie.Input, Reason: ie.Reason}
	case errors.As(err, &xe):
		return Skipped{Input: xe.Source, Reason: "extraction failed: " + xe.Err.Error()}
	}
	return Skipped{Reason: err.Error()}
}

// requestDocuments reads the body of POST /api/v1/documents into the
// documents it holds (see the comment at the top of this file).
func requestDocuments(r *http.Request) (iter.Seq2[schema.Document, error], error) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case DocumentsType, "application/x-ndjson", "application/jsonl", "application/json", "text/plain", "text/html":
	default:
		return nil, httpError{http.StatusUnsupportedMediaType, fmt.Errorf("documents are JSON Lines (Content-Type: application/x-ndjson) or the text of one article (text/plain, with ?id=), not %q", mt)}
	}
	body, err := readBodyUpTo(r, maxDocumentsBody)
	if err != nil {
		return nil, err
	}
	if mt == DocumentsType {
		return documentLines(body), nil
	}
	jsonLines := bytes.HasPrefix(bytes.TrimLeft(body, " \t\r\n"), []byte("{"))
	id := r.URL.Query().Get("id")
	if jsonLines && id != "" {
		return nil, badRequest(`id= names the document of a plain-text body; JSON Lines give each article its own "id"`)
	}
	docs := input.Documents([]string{"-"}, bytes.NewReader(body))
	if id == "" {
		return docs, nil
	}
	return func(yield func(schema.Document, error) bool) {
		for d, err := range docs {
			if err == nil {
				d.ID = id
			}
			if !yield(d, err) {
				return
			}
		}
	}, nil
}

// documentLines reads the lines of a DocumentsType body. A line that is not
// a document, or whose id an earlier line had, is an *input.Error named
// after the document's source (where the sender read it) or its line.
func documentLines(body []byte) iter.Seq2[schema.Document, error] {
	return func(yield func(schema.Document, error) bool) {
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(nil, maxDocumentsBody)
		firstWith := map[string]string{}
		for n := 1; sc.Scan(); n++ {
			line := sc.Bytes()
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			where := fmt.Sprintf("line %d", n)
			var d schema.Document
			err := json.Unmarshal(line, &d)
			if d.Source != "" {
				where = d.Source
			}
			reason := ""
			switch {
			case err != nil:
				reason = fmt.Sprintf("not a document (%v)", err)
			case d.ID == "":
				reason = `no "id"`
			case strings.TrimSpace(d.Text) == "":
				reason = `empty "text"`
			case len(d.Text) > input.MaxTextBytes:
				reason = fmt.Sprintf("text longer than %d MiB", input.MaxTextBytes>>20)
			case firstWith[d.ID] != "":
				reason = fmt.Sprintf("document id %q is already that of %s in this request", d.ID, firstWith[d.ID])
			}
			if reason != "" {
				if !yield(schema.Document{}, &input.Error{Input: where, Reason: reason}) {
					return
				}
				continue
			}
			firstWith[d.ID] = where
			if d.Lang == "" {
				d.Lang = input.DefaultLang
			}
			if !yield(d, nil) {
				return
			}
		}
	}
}
