package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/schema"
)

// StoreFormat is the shape of what the Writer stores, part of every
// document's content hash with the extractor's version: a store written in
// an older shape (edges-0: one direct edge per sentence, labeled with it;
// edges-1: statements without the offsets of their evidence and parties)
// has every document rewritten by the next build.
const StoreFormat = "edges-2"

// DefaultBatchSize is the number of queued quads at which a Writer flushes:
// bolt writes about twice as fast in batches of 10k as with one transaction
// per document (docs/cayley.md#batching).
const DefaultBatchSize = 10000

// Outcome says what Write did with a document.
type Outcome int

// Outcomes of Write.
const (
	Unchanged Outcome = iota // same content hash: nothing written
	New                      // no quads of this document were stored
	Changed                  // the old quads were replaced by the new ones
)

func (o Outcome) String() string {
	switch o {
	case New:
		return "new"
	case Changed:
		return "changed"
	}
	return "unchanged"
}

// WriterOptions configures a Writer.
type WriterOptions struct {
	// ExtractorVersion goes into each document's content hash, so a new
	// extractor rewrites documents whose text has not changed.
	ExtractorVersion string
	// BatchSize is the number of queued quads (removals and additions of
	// whole documents) at which Write flushes (DefaultBatchSize when 0).
	BatchSize int
}

// WriteStats counts what a Writer did.
type WriteStats struct {
	New, Changed, Unchanged int // documents
	QuadsAdded              int
	QuadsRemoved            int
	Transactions            int
}

// Writer writes extractions into a store, one document at a time,
// idempotently: an unchanged document is skipped, a changed one has exactly
// its old quads replaced, and no quad is ever added twice.
//
// A fact is one unlabeled edge (<A> <met> <B>) shared by every document
// that states it; its provenance is in the statement nodes. The edge is
// added with the first statement that supports it and removed only when no
// statement supports it any more: none stored that this batch does not
// remove, and none in the batch's additions (see Flush).
//
// Removals and additions are queued and applied in batches of several
// documents, removals first, each in its own transaction (see Flush). Call
// Flush before closing the store.
//
// A Writer is not safe for concurrent use.
type Writer struct {
	qs      cgraph.QuadStore
	version string
	batch   int
	ctx     context.Context

	removals    []cgraph.Delta // applied first at Flush
	pending     []cgraph.Delta // additions, applied after the removals
	pendingDocs map[quad.Value]bool
	// unlabeled holds the unlabeled quads (entity attributes, vocabulary,
	// facts' edges) known to be in the store or queued, by N-Quads
	// spelling; loaded holds the subjects whose unlabeled quads were read
	// from the store.
	unlabeled map[string]bool
	loaded    map[quad.Value]bool
	// Facts of this batch: the edges that a document stopped stating
	// (removed at Flush unless something still supports them), those that
	// a document of the batch states, and the statement nodes the batch
	// removes, by N-Quads spelling.
	dropped      map[string]quad.Quad
	stated       map[string]bool
	removedNodes map[string]bool

	stats WriteStats
	err   error // a failed Flush: the Writer must not be used again

	// betweenRemoveAndAdd lets tests stop a Flush where a crash would.
	betweenRemoveAndAdd func() error
}

// NewWriter returns a Writer on qs and queues the vocabulary quads that the
// store lacks.
func NewWriter(qs cgraph.QuadStore, opts WriterOptions) (*Writer, error) {
	w := &Writer{
		qs:           qs,
		version:      opts.ExtractorVersion,
		batch:        opts.BatchSize,
		ctx:          context.Background(),
		pendingDocs:  map[quad.Value]bool{},
		unlabeled:    map[string]bool{},
		loaded:       map[quad.Value]bool{},
		dropped:      map[string]quad.Quad{},
		stated:       map[string]bool{},
		removedNodes: map[string]bool{},
	}
	if w.batch <= 0 {
		w.batch = DefaultBatchSize
	}
	if err := w.addUnlabeled(schema.VocabularyQuads()); err != nil {
		return nil, err
	}
	return w, nil
}

// Stats returns what the Writer has done so far.
func (w *Writer) Stats() WriteStats { return w.stats }

// Write stores one extraction: nothing if its content hash is the stored one,
// otherwise it queues the removal of its old quads that the new extraction
// lacks and the addition of its new quads that are not stored, and flushes
// when the batch is full. It is WritePrepared(w.Prepare(x)).
func (w *Writer) Write(x *schema.Extraction) (Outcome, error) {
	return w.WritePrepared(w.Prepare(x))
}

// Prepared is an extraction with what the Writer computes from it alone:
// its content hash, its quads and its entities' quads.
type Prepared struct {
	x           *schema.Extraction
	hash        string
	quads       []quad.Quad // the document's quads, labeled
	entityQuads []quad.Quad // its entities' attributes, unlabeled
}

// Extraction returns the extraction p was prepared from.
func (p *Prepared) Extraction() *schema.Extraction { return p.x }

// Quads is the number of quads of the document and of its entities.
func (p *Prepared) Quads() int { return len(p.quads) + len(p.entityQuads) }

// Prepare computes what WritePrepared needs from x alone, without the
// store. Unlike the rest of the Writer it is safe for concurrent use, so
// that several goroutines prepare documents while one writes them.
func (w *Writer) Prepare(x *schema.Extraction) *Prepared {
	p := &Prepared{x: x, hash: x.ContentHash(w.version + " " + StoreFormat)}
	p.quads = x.DocumentQuads(p.hash)
	for _, e := range x.Entities {
		p.entityQuads = append(p.entityQuads, schema.EntityQuads(e)...)
	}
	p.entityQuads = append(p.entityQuads, schema.OutletQuads(x.Document.Outlet)...)
	return p
}

// WritePrepared is Write for a prepared extraction.
func (w *Writer) WritePrepared(p *Prepared) (Outcome, error) {
	x := p.x
	if w.err != nil {
		return Unchanged, w.err
	}
	if x.Document.ID == "" {
		return Unchanged, fmt.Errorf("document from %q has no id", x.Document.Source)
	}
	doc := schema.DocumentIRI(x.Document.ID)
	if w.pendingDocs[doc] {
		// The same document twice in a run: its first version must be in
		// the store before it is compared with the second.
		if err := w.Flush(); err != nil {
			return Unchanged, err
		}
	}
	docQuads, err := quadsWith(w.ctx, w.qs, quad.Subject, doc)
	if err != nil {
		return Unchanged, w.errorf(x, err)
	}
	for _, q := range docQuads {
		if q.Predicate == schema.ContentHash && q.Label == doc && quad.StringOf(q.Object) == quad.StringOf(quad.String(p.hash)) {
			w.stats.Unchanged++
			return Unchanged, nil
		}
	}
	newQuads := p.quads
	old, oldFacts, err := w.documentQuads(doc, docQuads, newQuads)
	if err != nil {
		return Unchanged, w.errorf(x, err)
	}
	outcome := New
	if len(old) > 0 {
		outcome = Changed
	}
	keep := make(map[string]bool, len(newQuads))
	var facts []quad.Quad
	for _, q := range newQuads {
		k := key(q)
		keep[k] = true
		if q.Label == nil {
			facts = append(facts, q)
			w.stated[k] = true
			continue
		}
		if _, ok := old[k]; !ok {
			w.pending = append(w.pending, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	w.remove(old, oldFacts, keep)
	w.pendingDocs[doc] = true
	if err := w.addUnlabeled(facts); err != nil {
		return Unchanged, w.errorf(x, err)
	}
	if err := w.addUnlabeled(p.entityQuads); err != nil {
		return Unchanged, w.errorf(x, err)
	}
	if outcome == New {
		w.stats.New++
	} else {
		w.stats.Changed++
	}
	if len(w.pending)+len(w.removals) >= w.batch {
		return outcome, w.Flush()
	}
	return outcome, nil
}

// remove queues the removal of the old quads of a document that keep lacks,
// and notes the facts it no longer states and the statement nodes it loses.
func (w *Writer) remove(old, oldFacts map[string]quad.Quad, keep map[string]bool) {
	for k, q := range old {
		if keep[k] {
			continue
		}
		w.removals = append(w.removals, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		if q.Predicate == schema.TypeOf && q.Object == schema.StatementType.IRI() {
			w.removedNodes[quad.StringOf(q.Subject)] = true
		}
	}
	for k, f := range oldFacts {
		if !keep[k] {
			w.dropped[k] = f
		}
	}
}

func (w *Writer) errorf(x *schema.Extraction, err error) error {
	src := x.Document.Source
	if src == "" {
		src = x.Document.ID
	}
	return fmt.Errorf("%s: %v", src, err)
}

// addUnlabeled queues the quads of qs that are neither in the store nor
// queued. They are unlabeled quads shared by all documents, so they are looked
// up once per subject and per run.
func (w *Writer) addUnlabeled(qs []quad.Quad) error {
	for _, q := range qs {
		if !w.loaded[q.Subject] {
			stored, err := quadsWith(w.ctx, w.qs, quad.Subject, q.Subject)
			if err != nil {
				return err
			}
			for _, s := range stored {
				if s.Label == nil {
					w.unlabeled[key(s)] = true
				}
			}
			w.loaded[q.Subject] = true
		}
		if k := key(q); !w.unlabeled[k] {
			w.unlabeled[k] = true
			w.pending = append(w.pending, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	return nil
}

// Flush applies the queued removals in one transaction, then the queued
// additions in another. The removals include the edges of the facts that a
// document of the batch stopped stating and that no other statement
// supports: none stored outside the nodes this batch removes, none stated by
// a document of the batch. A fact some document of the batch states is never
// removed, so a run stopped between the two transactions loses no edge whose
// support survives; what it loses comes back with the documents it repairs.
//
// Removals and additions go in separate transactions: removals and additions in one transaction corrupt the
// added quads on bolt (cayley #885, docs/cayley.md#remove-and-add). The documents of a batch are distinct
// (Write flushes before a document comes back), so each one's removals are
// applied before its additions. A run that stops between the two leaves
// those documents without a content hash, and the next run repairs them.
//
// The store is asked to refuse a quad that exists (adding it would inflate
// Cayley's reference counts: docs/cayley.md#duplicate-quads); Write never queues one, so a
// refusal is a bug. The transaction is then rolled back, but Cayley's node
// cache may keep IDs from it, so the Writer and the store must not be used
// again; the next run recomputes the documents of the lost batch.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	for k, f := range w.dropped {
		if w.stated[k] {
			continue
		}
		ok, err := w.supported(f)
		if err != nil {
			w.err = fmt.Errorf("checking what supports %s: %v", key(f), err)
			return w.err
		}
		if !ok {
			w.removals = append(w.removals, cgraph.Delta{Quad: f, Action: cgraph.Delete})
			delete(w.unlabeled, k)
		}
	}
	clear(w.dropped)
	clear(w.stated)
	clear(w.removedNodes)
	if len(w.removals) > 0 {
		if err := w.qs.ApplyDeltas(w.removals, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
			w.err = fmt.Errorf("removing %d old quads: %v", len(w.removals), err)
			return w.err
		}
		w.stats.QuadsRemoved += len(w.removals)
		w.stats.Transactions++
		w.removals = w.removals[:0]
	}
	if w.betweenRemoveAndAdd != nil {
		if err := w.betweenRemoveAndAdd(); err != nil {
			w.err = err
			return err
		}
	}
	if len(w.pending) > 0 {
		if err := w.qs.ApplyDeltas(w.pending, cgraph.IgnoreOpts{}); err != nil {
			if cgraph.IsQuadExist(err) {
				w.err = fmt.Errorf("the store already holds a quad newskg was about to add (%v); nothing of this batch was added and the store is consistent, but this is a bug in newskg: please report it", err)
			} else {
				w.err = fmt.Errorf("writing %d quads: %v", len(w.pending), err)
			}
			return w.err
		}
		w.stats.QuadsAdded += len(w.pending)
		w.stats.Transactions++
		w.pending = w.pending[:0]
	}
	clear(w.pendingDocs)
	return nil
}

// Pending is the number of quads (removals and additions) queued for the
// next Flush.
func (w *Writer) Pending() int { return len(w.removals) + len(w.pending) }

// documentQuads finds the stored quads of a document by walking from its
// node, since Cayley has no label index: the document node's quads, its
// sentences (subjects of <document> -> doc) and theirs, the statement nodes
// of each sentence (subjects of <sentence> -> sentence) and theirs, and the
// facts those statements state (oldFacts: unlabeled edges, which other
// documents may share), and the edges labeled with a sentence that a store of
// the previous format (edges-0) holds for them, when they exist.
//
// The sentences that the new quads name are walked too, linked to the
// document or not: a mention or statement pointing at a sentence index the
// extraction did not list would otherwise be unreachable, and be added a
// second time.
func (w *Writer) documentQuads(doc quad.IRI, docQuads, newQuads []quad.Quad) (out, facts map[string]quad.Quad, err error) {
	out, facts = map[string]quad.Quad{}, map[string]quad.Quad{}
	for _, q := range docQuads {
		if q.Label == doc {
			out[key(q)] = q
		}
	}
	toDoc, err := quadsWith(w.ctx, w.qs, quad.Object, doc)
	if err != nil {
		return nil, nil, err
	}
	var sentences []quad.Value
	seen := map[quad.Value]bool{}
	for _, sq := range toDoc {
		if sq.Predicate == schema.InDocument && sq.Label == doc && !seen[sq.Subject] {
			seen[sq.Subject] = true
			sentences = append(sentences, sq.Subject)
		}
	}
	for _, q := range newQuads {
		if q.Label != nil && q.Label != doc && !seen[q.Label] {
			seen[q.Label] = true
			sentences = append(sentences, q.Label)
		}
	}
	for _, sent := range sentences {
		own, err := quadsWith(w.ctx, w.qs, quad.Subject, sent)
		if err != nil {
			return nil, nil, err
		}
		for _, q := range own {
			if q.Label == doc || q.Label == sent {
				out[key(q)] = q
			}
		}
		toSent, err := quadsWith(w.ctx, w.qs, quad.Object, sent)
		if err != nil {
			return nil, nil, err
		}
		edges := map[string]quad.Quad{}
		for _, nq := range toSent {
			if nq.Predicate != schema.InSentence || nq.Label != sent {
				continue
			}
			node, err := quadsWith(w.ctx, w.qs, quad.Subject, nq.Subject)
			if err != nil {
				return nil, nil, err
			}
			stated := node[:0]
			for _, q := range node {
				if q.Label == sent {
					out[key(q)] = q
					stated = append(stated, q)
				}
			}
			if fact, ok := statementFact(stated); ok {
				facts[key(fact)] = fact
				fact.Label = sent
				edges[key(fact)] = fact
			}
		}
		if err := w.keepExisting(edges, out); err != nil {
			return nil, nil, err
		}
	}
	return out, facts, nil
}

// supported reports whether a stored statement node that this batch does
// not remove states the fact f: a positive, asserted statement with f's
// subject, predicate and object. The statement nodes are found from the
// rarer of f's two entities (a statement names its subject and its object:
// <subject> and <object> quads), so a fact about Putin costs what its other
// end costs.
func (w *Writer) supported(f quad.Quad) (bool, error) {
	side, quads, err := shorterSide(w.ctx, w.qs, quad.Object, f.Subject, quad.Object, f.Object)
	if err != nil {
		return false, err
	}
	role := schema.Subject
	if side == 1 {
		role = schema.Object
	}
	for _, q := range quads {
		if q.Predicate != role || w.removedNodes[quad.StringOf(q.Subject)] {
			continue
		}
		props, err := quadsWith(w.ctx, w.qs, quad.Subject, q.Subject)
		if err != nil {
			return false, err
		}
		if fact, ok := statementFact(props); ok && key(fact) == key(f) {
			return true, nil
		}
	}
	return false, nil
}

// statementFact is the edge that a statement node's quads imply, if the
// statement is a fact.
func statementFact(node []quad.Quad) (quad.Quad, bool) {
	var edge quad.Quad
	var st schema.Statement
	typed := false
	for _, q := range node {
		switch q.Predicate {
		case schema.Subject:
			edge.Subject = q.Object
		case schema.PredicateOf:
			edge.Predicate = q.Object
		case schema.Object:
			edge.Object = q.Object
		case schema.HasPolarity:
			st.Polarity = schema.Polarity(literal(q.Object))
		case schema.HasModality:
			st.Modality = schema.Modality(literal(q.Object))
		case schema.TypeOf:
			typed = typed || q.Object == schema.StatementType.IRI()
		}
	}
	return edge, typed && st.IsFact() && edge.Subject != nil && edge.Predicate != nil && edge.Object != nil
}

// keepExisting copies to out the candidates that are stored.
func (w *Writer) keepExisting(candidates, out map[string]quad.Quad) error {
	for k, c := range candidates {
		ok, err := stored(w.ctx, w.qs, c)
		if err != nil {
			return err
		}
		if ok {
			out[k] = c
		}
	}
	return nil
}

// stored reports whether the store holds q, looking among the quads of the
// rarer of its subject and object (shorterSide).
func stored(ctx context.Context, qs cgraph.QuadStore, q quad.Quad) (bool, error) {
	_, quads, err := shorterSide(ctx, qs, quad.Subject, q.Subject, quad.Object, q.Object)
	if err != nil {
		return false, err
	}
	k := key(q)
	for _, s := range quads {
		if key(s) == k {
			return true, nil
		}
	}
	return false, nil
}

// shorterSide lists the quads that have a in direction da or those that
// have b in direction db, whichever are fewer, and says which (0 for a, 1
// for b). It walks both in step and
// stops with the side that ends first, so an entity in thousands of facts
// (Putin) costs no more than the rarer end. (Cayley cannot size a subject
// prefix on the kv backends, so its And iterator may pick the larger
// side.) quads is nil when the store lacks a or b.
func shorterSide(ctx context.Context, qs cgraph.QuadStore, da quad.Direction, a quad.Value, db quad.Direction, b quad.Value) (side int, quads []quad.Quad, err error) {
	ra, rb := qs.ValueOf(a), qs.ValueOf(b)
	if ra == nil || rb == nil {
		return 0, nil, nil
	}
	its := [2]cgraph.Iterator{qs.QuadIterator(da, ra), qs.QuadIterator(db, rb)}
	defer its[0].Close()
	defer its[1].Close()
	var refs [2][]cgraph.Ref
	for {
		for i, it := range its {
			if it.Next(ctx) {
				refs[i] = append(refs[i], it.Result())
				continue
			}
			if err := it.Err(); err != nil {
				return 0, nil, err
			}
			quads = make([]quad.Quad, len(refs[i]))
			for j, r := range refs[i] {
				quads[j] = qs.Quad(r)
			}
			return i, quads, nil
		}
	}
}

// quadsWith lists the stored quads that have v in direction d.
func quadsWith(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref := qs.ValueOf(v)
	if ref == nil {
		return nil, nil
	}
	it := qs.QuadIterator(d, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()))
	}
	return out, it.Err()
}

// key identifies a quad by its N-Quads spelling, which is the same for a
// value built in Go and the one read back from a store.
func key(q quad.Quad) string { return q.NQuad() }
