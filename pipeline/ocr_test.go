package pipeline

import (
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"minutes/extract/ocr"
	"minutes/internal/scantest"
	"minutes/parse"
)

// corpusPDF is the path of a corpus PDF.
func corpusPDF(name string) string {
	return filepath.Join("..", "..", "shared", "corpus", "pdf", name)
}

// needTesseract skips the test when Tesseract or its English is not
// installed, and fails it under .ci/run (MINUTES_REQUIRE_OCR).
func needTesseract(t *testing.T) {
	t.Helper()
	e, err := ocr.FindEngine()
	if err != nil || !slices.Contains(e.Languages(), "eng") {
		scantest.Missing(t, "tesseract with English (apt-get install tesseract-ocr tesseract-ocr-eng)")
	}
}

// words lists the words of a text, lower-cased, without punctuation.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// recovered is the share of the words of want found in got, each word of
// got counting once.
func recovered(want, got string) float64 {
	have := map[string]int{}
	for _, w := range words(got) {
		have[w]++
	}
	found, all := 0, 0
	for _, w := range words(want) {
		all++
		if have[w] > 0 {
			have[w]--
			found++
		}
	}
	if all == 0 {
		return 1
	}
	return float64(found) / float64(all)
}

// people lists a record's participants as "name (attendance)".
func people(rec *parse.Record) []string {
	var out []string
	for _, p := range rec.Participants {
		out = append(out, fmt.Sprintf("%s (%s)", p.Name, p.Attendance))
	}
	return out
}

// itemNumbers lists a record's item numbers.
func itemNumbers(rec *parse.Record) []string {
	var out []string
	for _, it := range rec.Items {
		out = append(out, string(it.Number))
	}
	return out
}

func process(t *testing.T, name string, data []byte) *Result {
	t.Helper()
	res, err := ProcessContext(context.Background(), name, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// original runs a corpus PDF through the pipeline as it is.
func original(t *testing.T, name string) *Result {
	t.Helper()
	data, err := os.ReadFile(corpusPDF(name))
	if err != nil {
		t.Fatal(err)
	}
	return process(t, name, data)
}

// sameRecord checks that a scan's record has the original's date,
// participants and item numbers.
func sameRecord(t *testing.T, what string, want, got *parse.Record) {
	t.Helper()
	if got.Meeting.Date != want.Meeting.Date {
		t.Errorf("%s: date %q, the original %q", what, got.Meeting.Date, want.Meeting.Date)
	}
	if g, w := people(got), people(want); !slices.Equal(g, w) {
		t.Errorf("%s: participants\n%v\nthe original\n%v", what, g, w)
	}
	if g, w := itemNumbers(got), itemNumbers(want); !slices.Equal(g, w) {
		t.Errorf("%s: items %q, the original %q", what, g, w)
	}
}

// minRecovered is the share of the text layer's words OCR must recover.
const minRecovered = 0.95

// TestScannedCorpusPDFs renders corpus PDFs at 300 dpi, wraps the images
// as an image-only PDF and reads it: OCR recovers at least 95% of the
// words of the text layer, and the record has the original's date,
// participants and items (the Halesworth minutes: seven present, three
// apologies). The pages are OCR'd, noted in the warnings and the report.
func TestScannedCorpusPDFs(t *testing.T) {
	needTesseract(t)
	tests := []struct {
		name   string
		record bool // the record must match the original's
	}{
		{"friends-halesworth-library-trustees-minutes-2015-06-02.pdf", true},
		{"nmnwse-board-minutes-2003-02-08.pdf", false},          // a heading the original sets apart reads as text: one item fewer
		{"suffolk-libraries-agm-minutes-2014-09-11.pdf", false}, // three numbered headings read as text: items 7–9 are lost
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			want := original(t, tt.name)
			pages := scantest.Render(t, corpusPDF(tt.name), 300)
			got := process(t, "scan.pdf", scantest.ImagePDF(t, pages, 300, scantest.JPEG))
			if r := recovered(want.Raw.Text(), got.Raw.Text()); r < minRecovered {
				t.Errorf("OCR recovered %.1f%% of the words, want %.0f%%", 100*r, 100*minRecovered)
			} else {
				t.Logf("OCR recovered %.1f%% of the words", 100*r)
			}
			if tt.record {
				sameRecord(t, tt.name, want.Record, got.Record)
			}
			rep := got.Raw.OCR
			if rep == nil || len(rep.Pages) != len(pages) || len(rep.NotRead) != 0 || rep.MeanConf() < 80 {
				t.Errorf("OCR report %+v, want all %d pages read", rep, len(pages))
			}
			for _, w := range got.Record.Warnings {
				if strings.Contains(w.Message, "no text on this page") {
					t.Errorf("warning %q on a page read by OCR", w)
				}
			}
		})
	}
	t.Run("halesworth attendance", func(t *testing.T) {
		t.Parallel()
		name := "friends-halesworth-library-trustees-minutes-2015-06-02.pdf"
		got := process(t, "scan.pdf", scantest.ImagePDF(t, scantest.Render(t, corpusPDF(name), 300), 300, scantest.JPEG))
		count := map[string]int{}
		for _, p := range got.Record.Participants {
			count[string(p.Attendance)]++
		}
		if count["present"] != 7 || count["apologies"] != 3 {
			t.Errorf("attendance %v, want 7 present and 3 apologies", count)
		}
	})
}

// TestScansOfOtherKinds reads the Halesworth minutes scanned other ways: a
// two-page TIFF, a page fed askew, and a black-and-white page at 150 dpi.
func TestScansOfOtherKinds(t *testing.T) {
	needTesseract(t)
	name := "friends-halesworth-library-trustees-minutes-2015-06-02.pdf"
	want := original(t, name)
	firstPage := func(text string) string { return strings.Join(words(text)[:300], " ") }
	tests := []struct {
		name    string
		file    func(t *testing.T) []byte
		format  string
		pages   int
		warning string
	}{
		{"two-page TIFF", func(t *testing.T) []byte {
			return scantest.TIFF(scantest.Render(t, corpusPDF(name), 300), 300)
		}, "image", 2, "read by OCR"},
		{"skewed 2.5°", func(t *testing.T) []byte {
			pages := scantest.Render(t, corpusPDF(name), 300)
			return scantest.ImagePDF(t, []*image.Gray{scantest.Skew(pages[0], 2.5), pages[1]}, 300, scantest.JPEG)
		}, "pdf", 2, "a skew of"},
		{"150 dpi, black and white", func(t *testing.T) []byte {
			return scantest.ImagePDF(t, scantest.Render(t, corpusPDF(name), 150), 150, scantest.Bilevel)
		}, "pdf", 2, "read by OCR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := process(t, "scan", tt.file(t))
			if got.Record.Source.Format != tt.format || int(got.Record.Source.Pages) != tt.pages {
				t.Errorf("format %s with %d pages, want %s with %d", got.Record.Source.Format, got.Record.Source.Pages, tt.format, tt.pages)
			}
			if r := recovered(want.Raw.Text(), got.Raw.Text()); r < minRecovered {
				t.Errorf("OCR recovered %.1f%% of the words, want %.0f%%", 100*r, 100*minRecovered)
			} else {
				t.Logf("OCR recovered %.1f%% of the words", 100*r)
			}
			if r := recovered(firstPage(want.Raw.Text()), got.Raw.Text()); r < minRecovered {
				t.Errorf("OCR recovered %.1f%% of the first page's words", 100*r)
			}
			sameRecord(t, tt.name, want.Record, got.Record)
			found := false
			for _, w := range got.Record.Warnings {
				found = found || w.Place.Page == 1 && strings.Contains(w.Message, tt.warning)
			}
			if !found {
				t.Errorf("no warning on page 1 says %q: %v", tt.warning, got.Record.Warnings)
			}
		})
	}
}
