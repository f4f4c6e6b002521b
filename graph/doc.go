// Package graph is newskg's Cayley layer: it opens a store from an address
// (a bolt directory by default, leveldb, memstore or PostgreSQL), writes
// extractions into it idempotently, runs Gizmo queries, exports N-Quads,
// counts what a store holds, and answers the lookups that the HTTP server and
// the exports share (Reader: entities by any name, the statements about an
// entity with the sentences that state them, documents, subgraphs).
//
// It works around the behaviours of Cayley v0.7.7 described in
// docs/cayley.md: a document is replaced by removing its old quads in one
// transaction and adding the new ones in a later one (never both in one);
// no quad is added twice; a document's quads are found by walking
// from its node (document -> sentences -> statements), never by scanning a
// label; a bolt store held by another process fails fast with a message
// instead of hanging; every query gets a fresh Gizmo session.
//
// Backends are entries of one table (open.go: how each is initialized,
// opened, wrapped with newskg's query optimizer, and how its errors read),
// and what only some stores can do is a small interface that the store
// implements (statementRefsLister), not a switch on the store's type.
//
// It deliberately knows nothing about French or about extraction: it stores
// what package schema turns an Extraction into (schema also spells and
// parses every IRI), and nothing above it needs to know which backend holds
// the quads.
package graph
