package readertest

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"

	"minutes/document"
)

// CheckDocument checks what every reader promises of any input: valid
// UTF-8 in every string, at most one line per input byte (and one more),
// and text no larger than a bounded multiple of the input.
func CheckDocument(t *testing.T, doc *document.Document, data []byte) {
	t.Helper()
	if len(doc.Lines) > len(data)+1 {
		t.Fatalf("%d lines from %d bytes", len(doc.Lines), len(data))
	}
	size := 0
	for _, l := range doc.Lines {
		strs := append(append([]string{l.Text}, l.Cells...), l.Links...)
		for _, s := range strs {
			if !utf8.ValidString(s) {
				t.Fatalf("line %d is not valid UTF-8: %q", l.Num, s)
			}
			size += len(s)
		}
	}
	for _, w := range doc.Warnings {
		if !utf8.ValidString(w.Message) {
			t.Fatalf("warning is not valid UTF-8: %q", w.Message)
		}
	}
	if limit := 16*len(data) + 64; size > limit {
		t.Fatalf("%d bytes of text from %d bytes of input", size, len(data))
	}
	if !utf8.ValidString(doc.Encoding) || doc.Encoding == "" {
		t.Fatalf("encoding %q", doc.Encoding)
	}
	_ = fmt.Sprint(doc.Warnings)
}

// CheckRead is the body of a reader's fuzz target: read reads data, and
// the document, when the reader accepts data, must pass CheckDocument.
func CheckRead(t *testing.T, read func([]byte) (*document.Document, error), data []byte) {
	t.Helper()
	doc, err := read(data)
	if err != nil {
		return
	}
	CheckDocument(t, doc, data)
}

// CountWhere counts the lines of doc for which f holds.
func CountWhere(doc *document.Document, f func(document.Line) bool) int {
	n := 0
	for _, l := range doc.Lines {
		if f(l) {
			n++
		}
	}
	return n
}

// WantLine fails unless the line whose text is text has the kind and
// level given.
func WantLine(t *testing.T, doc *document.Document, text string, kind document.Kind, level int) {
	t.Helper()
	for _, l := range doc.Lines {
		if l.Text == text {
			if l.Kind != kind || l.Level != level {
				t.Errorf("%q is %s level %d, want %s level %d", text, l.Kind, l.Level, kind, level)
			}
			return
		}
	}
	t.Errorf("no line %q", text)
}

// WantCells fails unless the table row whose first cell is first has the
// cells given.
func WantCells(t *testing.T, doc *document.Document, first string, cells []string) {
	t.Helper()
	for _, l := range doc.Lines {
		if l.Kind == document.TableRow && len(l.Cells) > 0 && l.Cells[0] == first {
			if !cmp.Equal(l.Cells, cells) {
				t.Errorf("row %q has cells %q, want %q", first, l.Cells, cells)
			}
			return
		}
	}
	t.Errorf("no row beginning %q", first)
}

// LeastTime returns the least processor time of three runs of f.
func LeastTime(f func()) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := cpuTime()
		f()
		best = min(best, cpuTime()-start)
	}
	return best
}

// UTF16LEWithBOM encodes s in UTF-16LE behind a byte-order mark.
func UTF16LEWithBOM(s string) []byte {
	b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	return b
}

// UTF16BENoBOM encodes s in UTF-16BE without a byte-order mark.
func UTF16BENoBOM(s string) []byte {
	b, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	return b
}

// RandomBytes returns n bytes from a fixed seed: binary junk.
func RandomBytes(n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	return b
}
