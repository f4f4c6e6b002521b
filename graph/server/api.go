package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/export"
	"github.com/newskg/newskg/schema"
)

// gizmo answers POST /api/v1/query/gizmo as `cayley http` does: the script
// is the body, ?limit= caps the results (default 100, at most MaxResults),
// and the answer is {"result": [...]} (null when nothing matched) or
// {"error": "..."}. A script ending in a number (g.V().Count()) gives that
// number where Cayley gives null.
func (s *Server) gizmo(ctx context.Context, r *http.Request) (any, error) {
	if lang := r.PathValue("lang"); lang != "gizmo" {
		return nil, badRequest("unknown query language %q; newskg serves gizmo", lang)
	}
	body, err := readBody(r)
	if err != nil {
		return nil, err
	}
	script := string(body)
	if strings.TrimSpace(script) == "" {
		return nil, badRequest("empty query: POST a Gizmo script as the request body")
	}
	// As in cayley http: no limit or 0 is 100, a negative one is none (here:
	// the server's).
	limit, err := intParam(r.URL.Query().Get("limit"), "limit", 0)
	if err != nil {
		return nil, err
	}
	if limit == 0 {
		limit = 100
	}
	if limit < 0 || limit > s.cfg.MaxResults {
		limit = s.cfg.MaxResults
	}
	release, err := s.querySlot(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	out := s.newJSONResults()
	err = graph.QueryEach(ctx, s.store, script, limit, out.add)
	switch {
	case err == out.tooMuch:
		return nil, err
	case err != nil && ctx.Err() != nil:
		return nil, ctx.Err()
	case err != nil:
		return nil, badRequest("%v", err)
	}
	return map[string]any{"result": out.list}, nil
}

// vocabulary lists the relation classes and predicates, for clients that
// build filters.
func (s *Server) vocabulary(ctx context.Context, r *http.Request) (any, error) {
	type predicate struct {
		Name      string `json:"name"`
		Class     string `json:"class"`
		Symmetric bool   `json:"symmetric,omitempty"`
	}
	var ps []predicate
	for _, p := range schema.Predicates() {
		info, _ := p.Info()
		ps = append(ps, predicate{string(p), string(info.Class), info.Symmetric})
	}
	var types []string
	for _, t := range schema.EntityTypes {
		types = append(types, string(t))
	}
	return map[string]any{"classes": graph.Classes(), "predicates": ps, "types": types}, nil
}

// entityHit is a search result.
type entityHit struct {
	graph.EntityRef
	Matched  string `json:"matched"`
	Via      string `json:"via,omitempty"` // capital or demonym, when Matched is not a name
	Wikidata string `json:"wikidata,omitempty"`
}

// searchEntities answers GET /api/v1/entities?q=poutine&type=Person.
func (s *Server) searchEntities(ctx context.Context, r *http.Request) (any, error) {
	offset, limit, err := s.paging(r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	typ := q.Get("type")
	if typ != "" {
		if _, ok := schema.ParseType(typ); !ok {
			return nil, badRequest("unknown entity type %q (known: %s)", typ, typeList())
		}
	}
	found, err := s.reader.Search(ctx, q.Get("q"), typ)
	if err != nil {
		return nil, err
	}
	var hits []entityHit
	for _, h := range found {
		hits = append(hits, entityHit{EntityRef: h.EntityRef, Matched: h.Matched, Via: h.Via, Wikidata: h.Wikidata})
	}
	return struct {
		Query string `json:"query"`
		Page[entityHit]
	}{q.Get("q"), page(hits, offset, limit)}, nil
}

func typeList() string {
	var ts []string
	for _, t := range schema.EntityTypes {
		ts = append(ts, string(t))
	}
	return strings.Join(ts, ", ")
}

// statementFilter reads the statement filters of a request.
func statementFilter(r *http.Request) (graph.StatementFilter, error) {
	q := r.URL.Query()
	f := graph.StatementFilter{
		Class: q.Get("class"), Predicate: q.Get("predicate"), Document: q.Get("document"),
		Direction: q.Get("direction"), Other: q.Get("other"),
	}
	if f.Class != "" && !slices.Contains(graph.Classes(), f.Class) && f.Class != string(schema.Speech) {
		return f, badRequest("unknown relation class %q (known: %s, %s)", f.Class, strings.Join(graph.Classes(), ", "), schema.Speech)
	}
	if f.Predicate != "" {
		if _, ok := schema.ParsePredicate(f.Predicate); !ok {
			return f, badRequest("unknown predicate %q; GET /api/v1/vocabulary lists them", f.Predicate)
		}
	}
	switch f.Direction {
	case "", "out", "in", "both":
		if f.Direction == "both" {
			f.Direction = ""
		}
	default:
		return f, badRequest("direction=%q: give out, in or both", f.Direction)
	}
	if f.AsOf = q.Get("asOf"); f.AsOf != "" {
		if err := graph.ParseDay(f.AsOf); err != nil {
			return f, badRequest("asOf: %v", err)
		}
	}
	switch v := q.Get("facts"); v {
	case "", "false", "0":
	case "true", "1":
		f.FactsOnly = true
	default:
		return f, badRequest("facts=%q: give true or false", v)
	}
	return f, nil
}

// entityResponse is an entity with one page of its statements.
type entityResponse struct {
	*graph.Entity
	WikidataURL string                    `json:"wikidataUrl,omitempty"`
	Relations   Page[graph.Reported]      `json:"relations"`
	Counts      map[string]map[string]int `json:"counts"` // direction -> class -> statements
	Quotes      int                       `json:"quotes"`
}

// entity answers GET /api/v1/entities/{id}: the entity, its names, type and
// Wikidata id, and a page of the statements in which it is the subject or
// the object, each with its sentence and document.
func (s *Server) entity(ctx context.Context, r *http.Request) (any, error) {
	id := r.PathValue("id")
	e, ok := s.reader.Entity(id)
	if !ok {
		return nil, s.noEntity(id)
	}
	offset, limit, err := s.paging(r)
	if err != nil {
		return nil, err
	}
	f, err := statementFilter(r)
	if err != nil {
		return nil, err
	}
	refs, err := s.reader.StatementRefs(ctx, id)
	if err != nil {
		return nil, err
	}
	if f.AsOf != "" {
		if refs, err = s.reader.PublishedBy(ctx, refs, f.AsOf); err != nil {
			return nil, err
		}
	}
	resp := entityResponse{Entity: e, WikidataURL: e.WikidataURL(), Counts: map[string]map[string]int{"out": {}, "in": {}}}
	for _, ref := range refs {
		dir := "out"
		if !ref.Out {
			dir = "in"
		}
		resp.Counts[dir][ref.Class()]++
		if ref.IsQuote() {
			resp.Quotes++
		}
	}
	if resp.Relations, err = s.statementPage(ctx, id, refs, f, offset, limit); err != nil {
		return nil, err
	}
	return resp, nil
}

// statementPage is one page of the statements in refs (those about entity
// id) that f keeps, with their sentences and documents. When the references alone decide
// (no class, fact or other-entity filter), only the page's statements are
// read: the first page of a hub in thousands of statements then costs what
// a small entity's does, where reading them all took seconds under load.
func (s *Server) statementPage(ctx context.Context, id string, refs []graph.StatementRef, f graph.StatementFilter, offset, limit int) (Page[graph.Reported], error) {
	var kept []graph.StatementRef
	for _, ref := range refs {
		if f.KeepRef(ref) {
			kept = append(kept, ref)
		}
	}
	var p Page[*graph.Statement]
	var none Page[graph.Reported]
	if f.NeedsStatement() {
		// Read every candidate to filter it, then page.
		sts, err := s.reader.Statements(ctx, kept)
		if err != nil {
			return none, err
		}
		var keptStatements []*graph.Statement
		for _, st := range sts {
			if f.Keep(st, id) {
				keptStatements = append(keptStatements, st)
			}
		}
		p = page(keptStatements, offset, limit)
	} else {
		// Read only the page.
		refPage := page(kept, offset, limit)
		sts, err := s.reader.Statements(ctx, refPage.Items)
		if err != nil {
			return none, err
		}
		p = Page[*graph.Statement]{Total: refPage.Total, Offset: refPage.Offset, Limit: refPage.Limit, Items: sts}
	}
	return s.withSources(ctx, p)
}

func (s *Server) noEntity(id string) error {
	hint := ""
	// The hint is a courtesy: a search that fails leaves it out.
	if hits, _ := s.reader.Search(context.Background(), strings.ReplaceAll(id, "_", " "), ""); len(hits) > 0 {
		hint = fmt.Sprintf(" (did you mean %s?)", hits[0].ID)
	}
	return notFound("no entity %q%s; find entities with GET /api/v1/entities?q=NAME", id, hint)
}

// statements answers GET /api/v1/statements: the statements about an entity
// (?entity=, with ?other= for those linking it to another), of a document
// (?document=), or of the whole store, with their sentences and documents.
func (s *Server) statements(ctx context.Context, r *http.Request) (any, error) {
	offset, limit, err := s.paging(r)
	if err != nil {
		return nil, err
	}
	f, err := statementFilter(r)
	if err != nil {
		return nil, err
	}
	if entity := r.URL.Query().Get("entity"); entity != "" {
		if _, ok := s.reader.Entity(entity); !ok {
			return nil, s.noEntity(entity)
		}
		refs, err := s.reader.StatementRefs(ctx, entity)
		if err != nil {
			return nil, err
		}
		if f.AsOf != "" {
			if refs, err = s.reader.PublishedBy(ctx, refs, f.AsOf); err != nil {
				return nil, err
			}
		}
		return s.statementPage(ctx, entity, refs, f, offset, limit)
	}
	if f.Other != "" || f.Direction != "" {
		return nil, badRequest("other= and direction= need entity=")
	}
	if f.Document != "" {
		if _, ok, err := s.reader.Document(ctx, f.Document); err != nil {
			return nil, err
		} else if !ok {
			return nil, notFound("no document %q; GET /api/v1/documents lists them", f.Document)
		}
	}
	sts, err := s.reader.AllStatements(ctx, f)
	if err != nil {
		return nil, err
	}
	return s.withSources(ctx, page(sts, offset, limit))
}

// documents answers GET /api/v1/documents.
func (s *Server) documents(ctx context.Context, r *http.Request) (any, error) {
	offset, limit, err := s.paging(r)
	if err != nil {
		return nil, err
	}
	docs, err := s.reader.Documents(ctx)
	if err != nil {
		return nil, err
	}
	return page(docs, offset, limit), nil
}

// sentenceWithStatements is a sentence and what was extracted from it.
type sentenceWithStatements struct {
	*graph.Sentence
	Statements []*graph.Statement `json:"statements"`
}

// document answers GET /api/v1/documents/{id}: the document's metadata and
// a page of its sentences, each with the statements extracted from it.
func (s *Server) document(ctx context.Context, r *http.Request) (any, error) {
	id := r.PathValue("id")
	d, ok, err := s.reader.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, notFound("no document %q; GET /api/v1/documents lists them", id)
	}
	offset, limit, err := s.paging(r)
	if err != nil {
		return nil, err
	}
	sentences, err := s.reader.Sentences(ctx, id)
	if err != nil {
		return nil, err
	}
	sts, err := s.reader.AllStatements(ctx, graph.StatementFilter{Document: id})
	if err != nil {
		return nil, err
	}
	bySentence := map[string][]*graph.Statement{}
	for _, st := range sts {
		bySentence[st.SentenceID] = append(bySentence[st.SentenceID], st)
	}
	var items []sentenceWithStatements
	for _, sen := range sentences {
		items = append(items, sentenceWithStatements{Sentence: sen, Statements: []*graph.Statement{}})
	}
	p := page(items, offset, limit)
	for i := range p.Items {
		p.Items[i].Statements = append(p.Items[i].Statements, bySentence[p.Items[i].ID]...)
		if err := s.reader.WithSentences(ctx, p.Items[i].Statements); err != nil {
			return nil, err
		}
		// The sentence is the enclosing one; keep only the marks.
		for _, st := range p.Items[i].Statements {
			st.Sentence = nil
		}
	}
	return struct {
		*graph.Document
		Statements int                          `json:"statements"`
		Sentences  Page[sentenceWithStatements] `json:"sentences"`
	}{d, len(sts), p}, nil
}

// export answers GET /api/v1/export?format=…, with the filters of newskg
// export (entity, depth, class, document; table for csv; base for nquads
// and jsonld). A walk from an entity stops at MaxNodes nodes and says so in
// X-Newskg-Truncated.
func (s *Server) export(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	depth, err := intParam(q.Get("depth"), "depth", 1)
	if err != nil {
		return nil, err
	}
	o := export.Options{Format: q.Get("format"), Table: q.Get("table"), Base: q.Get("base"), Filter: graph.SubgraphFilter{
		Entity: q.Get("entity"), Depth: depth, Class: q.Get("class"), Document: q.Get("document"), MaxNodes: s.cfg.MaxNodes}}
	if o.Format == "" {
		return nil, badRequest("no format: add format= one of %s", strings.Join(export.Formats, ", "))
	}
	if err := export.Check(o); err != nil {
		return nil, badRequest("%v", err)
	}
	if o.Filter.Entity != "" {
		if _, ok := s.reader.Entity(o.Filter.Entity); !ok {
			return nil, s.noEntity(o.Filter.Entity)
		}
	}
	buf := limitedBuffer{max: s.cfg.MaxResponseBytes, tooMuch: s.tooLarge()}
	res, err := export.Export(ctx, &buf, s.store, s.reader, o)
	if errors.Is(err, export.ErrNoGraphviz) {
		return nil, httpError{http.StatusNotImplemented, err}
	}
	if err != nil {
		return nil, err
	}
	name := "newskg" + export.Extension(o.Format)
	if o.Format == export.CSV {
		name = o.Table + ".csv"
	}
	return rawResponse{contentType: export.ContentType(o.Format), filename: name, body: buf.Bytes(), truncated: res.Truncated}, nil
}

// writeQuads answers POST /api/v1/write as `cayley http` does: a JSON array
// of {"subject", "predicate", "object", "label"} in N-Quads spelling. Quads
// already stored are skipped.
func (s *Server) writeQuads(ctx context.Context, r *http.Request) (any, error) {
	quads, err := readQuads(r)
	if err != nil {
		return nil, err
	}
	n, err := graph.AddQuads(ctx, s.store, quads)
	if err != nil {
		return nil, err
	}
	return map[string]string{"result": fmt.Sprintf("Successfully wrote %d quads.", n)}, s.reader.Reload(ctx)
}

// deleteQuads answers POST /api/v1/delete: the same body as write.
func (s *Server) deleteQuads(ctx context.Context, r *http.Request) (any, error) {
	quads, err := readQuads(r)
	if err != nil {
		return nil, err
	}
	n, err := graph.RemoveQuads(ctx, s.store, quads)
	if err != nil {
		return nil, err
	}
	return map[string]string{"result": fmt.Sprintf("Successfully deleted %d quads.", n)}, s.reader.Reload(ctx)
}

func readQuads(r *http.Request) ([]quad.Quad, error) {
	body, err := readBody(r)
	if err != nil {
		return nil, err
	}
	var list []struct {
		Subject   string `json:"subject"`
		Predicate string `json:"predicate"`
		Object    string `json:"object"`
		Label     string `json:"label"`
	}
	if err := json.Unmarshal(body, &list); err != nil {
		return nil, badRequest("the body is not a JSON array of quads ({\"subject\": \"<a>\", \"predicate\": \"<b>\", \"object\": \"<c>\"}): %v", err)
	}
	out := make([]quad.Quad, 0, len(list))
	for i, jq := range list {
		q := quad.Quad{
			Subject:   quad.StringToValue(jq.Subject),
			Predicate: quad.StringToValue(jq.Predicate),
			Object:    quad.StringToValue(jq.Object),
			Label:     quad.StringToValue(jq.Label),
		}
		if !q.IsValid() {
			return nil, badRequest("quad %d is not valid: it needs a subject, a predicate and an object", i)
		}
		out = append(out, q)
	}
	return out, nil
}
