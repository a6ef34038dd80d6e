package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadPDF feeds the reader generated fixtures, the committed
// encrypted ones and small broken files, mutated. It checks that Read
// never panics, returns either a document or an error, and that the
// document's text is valid UTF-8 of bounded size with every line on a
// real page.
func FuzzReadPDF(f *testing.F) {
	for _, seed := range fuzzSeeds() {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data)
		if err != nil {
			if doc != nil {
				t.Fatal("both a document and an error")
			}
			return
		}
		if doc == nil {
			t.Fatal("neither a document nor an error")
		}
		size := 0
		for _, l := range doc.Lines {
			if !utf8.ValidString(l.Text) {
				t.Fatalf("invalid UTF-8: %q", l.Text)
			}
			if l.Page < 1 || l.Page > doc.Pages {
				t.Fatalf("line %q on page %d of %d", l.Text, l.Page, doc.Pages)
			}
			size += len(l.Text) + 1
		}
		if size > maxDocumentText+maxGlyphsPerPage*4*maxMappedUnits {
			t.Fatalf("%d bytes of text from %d bytes of input", size, len(data))
		}
	})
}

// fuzzSeeds are the generated layout fixtures, the committed fixtures and
// a few broken files.
func fuzzSeeds() [][]byte {
	var c contentBuilder
	words := []string{"The", "participants", "agreed"}
	for i, method := range []lineMethod{drawWithTj, drawPerGlyph, drawWithKerning, drawJustified, drawWordsWithTd} {
		method(&c, words, 50, 700-20*float64(i), 11)
	}
	c.op("BT /F3 12 Tf 72 500 Td %s Tj ET", type0Hex("Kouřil"))
	c.op("BT /F1 14 Tf 72 400 Td (CHICAGO) Tj ET BT /F1 14 Tf 72.4 400 Td (CHICAGO) Tj ET")
	c.op("q 1 0 0 1 10 10 cm BT /F1 6 Tf 4 Ts (th) Tj ET Q BI /W 1 /H 1 ID x EI")
	seeds := [][]byte{
		buildTestPDF([]string{c.String()}, false),
		buildTestPDF([]string{c.String(), "BT /F1 9 Tf 1 0 0 1 0 0 Tm (Page 2) Tj ET"}, true),
		// Ruled tables: stroked cells, lines, banded shading (tables.go).
		buildTestPDF([]string{
			gridPage([][]string{{"Name", "Role"}, {"Cao, Feng", "Chair"}, {"Day", "Member"}}, []float64{72, 200}, strokedGrid),
			gridPage([][]string{{"1.", "*Apologies\nNone.", "NS"}, {"Date", "Owner", "Due"}}, []float64{72, 150, 420}, linedGrid),
			gridPage([][]string{{"a", "b"}, {"c", "d"}, {"e", "f"}}, []float64{72, 300}, shadedRows),
		}, false),
		plainFixture(),
		[]byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"),
		[]byte("%PDF-1.7\n%%EOF"),
		nil,
	}
	// Two small real files from the shared corpus (read there, not copied).
	for _, name := range []string{"chicago-human-relations-2019-meeting-schedule.pdf", "nmnwse-board-minutes-2003-02-08.pdf"} {
		if data, err := os.ReadFile(filepath.Join(corpusPDF, name)); err == nil {
			seeds = append(seeds, data)
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.pdf"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil && !strings.Contains(name, "plain") {
			seeds = append(seeds, data)
		}
	}
	return seeds
}
