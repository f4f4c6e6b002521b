// Package modelio is the one file format of the language core's models
// (tokenizer, tagger, lemmatizer, parser, recognizer): a gzip'd stream of a
// header (magic, format version, the kind of model), the caller's tables as
// JSON, then any number of perceptron weight tables.
//
// The header is what lets a newskg refuse a model file written by an older
// newskg, or any other file, with an error that says what to do, instead of
// decoding garbage. It does not know what the tables mean: each stage checks
// that what it read is consistent with itself.
package modelio

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/newskg/newskg/nlp/internal/perceptron"
)

// Version is the format this newskg writes and the only one it reads. Bump
// it when the layout of the stream or of any stage's tables changes, so
// that old files are refused rather than misread.
const Version = 1

// magic starts every model file; files of newskg before this package began
// with gob data or "NKGP3" instead.
const magic = "NKGM"

// Retrain is the advice every format error ends with.
const Retrain = "run `newskg train` to write models for this newskg"

// Write writes a model file of this kind (a name such as "tagger") holding
// meta and models. meta is JSON-encoded (gob would number its types in the
// order a process first encodes them, so the same model written after
// others would differ in bytes): use slices rather than maps, so that equal
// inputs give equal bytes.
func Write(w io.Writer, kind string, meta any, models ...*perceptron.Model) error {
	blob, err := json.Marshal(meta)
	if err != nil {
		return fmt.Errorf("%s model: encoding its tables: %w", kind, err)
	}
	head := []byte(magic)
	head = binary.AppendUvarint(head, Version)
	head = binary.AppendUvarint(head, uint64(len(kind)))
	head = append(head, kind...)
	head = binary.AppendUvarint(head, uint64(len(blob)))
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.Write(head)
	bw.Write(blob)
	bw.Write(binary.AppendUvarint(nil, uint64(len(models))))
	for _, m := range models {
		m.Encode(bw)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read reads a model file written by Write for this kind into meta and
// returns its weight tables. A file of another format, version or kind is
// refused with an error that names the kind and says to retrain.
func Read(data []byte, kind string, meta any) ([]*perceptron.Model, error) {
	models, err := read(data, kind, meta)
	if err != nil {
		return nil, fmt.Errorf("%s model: %w", kind, err)
	}
	return models, nil
}

func read(data []byte, kind string, meta any) ([]*perceptron.Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a newskg model file (%v); %s", err, Retrain)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("not a model file of this newskg (a model from an older newskg, or another file); %s", Retrain)
	}
	version, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("truncated header; %s", Retrain)
	}
	if version != Version {
		return nil, fmt.Errorf("model format version %d, this newskg reads version %d; %s", version, Version, Retrain)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 64 {
		return nil, fmt.Errorf("corrupt header; %s", Retrain)
	}
	got := make([]byte, n)
	if _, err := io.ReadFull(br, got); err != nil {
		return nil, fmt.Errorf("truncated header; %s", Retrain)
	}
	if string(got) != kind {
		return nil, fmt.Errorf("the file holds a %s model (model files swapped?)", got)
	}
	n, err = binary.ReadUvarint(br)
	if err != nil || n > 1<<30 {
		return nil, errors.New("corrupt file: bad length of its tables")
	}
	blob := make([]byte, n)
	if _, err := io.ReadFull(br, blob); err != nil {
		return nil, fmt.Errorf("truncated file: %w", err)
	}
	if err := json.Unmarshal(blob, meta); err != nil {
		return nil, fmt.Errorf("its tables do not decode (%v); %s", err, Retrain)
	}
	count, err := binary.ReadUvarint(br)
	if err != nil || count > 64 {
		return nil, errors.New("corrupt file: bad count of weight tables")
	}
	var models []*perceptron.Model
	for i := range count {
		m, err := perceptron.Decode(br)
		if err != nil {
			return nil, fmt.Errorf("weight table %d: %w", i, err)
		}
		models = append(models, m)
	}
	return models, nil
}

// Sorted returns a map's keys in order and its values in the same order:
// tables written this way give the same model bytes on every run, which the
// order of a map would not.
func Sorted[K cmp.Ordered, V any](m map[K]V) ([]K, []V) {
	keys := slices.Sorted(maps.Keys(m))
	values := make([]V, len(keys))
	for i, k := range keys {
		values[i] = m[k]
	}
	return keys, values
}
