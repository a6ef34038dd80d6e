package batch

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"path/filepath"
	"strings"
	"testing"

	"minutes/extract/ocr"
	"minutes/internal/scantest"
	"minutes/store"
)

// scanArchive writes a folder of scans: a two-page image-only PDF, a
// three-page TIFF and a text file beside them.
func scanArchive(t *testing.T) string {
	dir := t.TempDir()
	blank := func() *image.Gray {
		img := image.NewGray(image.Rect(0, 0, 850, 1100))
		for i := range img.Pix {
			img.Pix[i] = 0xff
		}
		return img
	}
	write(t, filepath.Join(dir, "scan.pdf"), scantest.ImagePDF(t, []*image.Gray{blank(), blank()}, 100, scantest.Flate))
	write(t, filepath.Join(dir, "scan.tif"), scantest.TIFF([]*image.Gray{blank(), blank(), blank()}, 100))
	write(t, filepath.Join(dir, "minutes.txt"), sample(t, "tf-csirt-17-2006-amsterdam.txt"))
	return dir
}

func importScans(t *testing.T, s *store.Store, dir string, opts ocr.Options) (*Summary, string) {
	t.Helper()
	im := &Importer{Store: s, Options: Options{Jobs: 2, OCR: opts}}
	sum, err := im.Run(context.Background(), WalkPaths([]string{dir}))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sum.Write(&out)
	return sum, out.String()
}

// TestScansWithoutTesseract imports scans on a machine without
// Tesseract: every file is imported, each scanned page has its warning
// saying how to install it, and the summary counts the pages not read.
func TestScansWithoutTesseract(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	s, err := store.Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sum, out := importScans(t, s, scanArchive(t), ocr.Options{})
	if sum.Outcomes[store.Imported] != 3 || sum.Failed() {
		t.Fatalf("outcomes %v, failures %v", sum.Outcomes, sum.Failures)
	}
	if sum.Scanned.NotRead != 5 || sum.Scanned.Read != 0 {
		t.Errorf("scanned pages %+v, want 5 not read", sum.Scanned)
	}
	if !strings.Contains(out, "scanned pages: 0 read by OCR (mean word confidence 0%), 5 not read") {
		t.Errorf("the summary does not count the pages not read:\n%s", out)
	}
	var hints int
	s.DB().QueryRow(`SELECT count(*) FROM warnings WHERE message LIKE '%apt-get install tesseract-ocr%'`).Scan(&hints)
	if hints != 5 {
		t.Errorf("%d warnings say how to install tesseract, want one per scanned page (5)", hints)
	}
}

// TestScansAreReadOnce imports scans with a (fake) Tesseract: every page
// is read, and importing the unchanged files again reads none. --no-ocr
// and --ocr-max-pages bound what is read.
func TestScansAreReadOnce(t *testing.T) {
	runs := scantest.FakeTesseract(t)
	dir := scanArchive(t)
	s, err := store.Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sum, out := importScans(t, s, dir, ocr.Options{})
	if sum.Scanned.Read != 5 || sum.Scanned.NotRead != 0 || runs() != 5 {
		t.Errorf("first import: scanned %+v, tesseract ran %d times; want 5 pages read once each", sum.Scanned, runs())
	}
	if !strings.Contains(out, "5 read by OCR (mean word confidence 91%)") {
		t.Errorf("summary:\n%s", out)
	}
	sum, _ = importScans(t, s, dir, ocr.Options{})
	if sum.Outcomes[store.Unchanged] != 3 || runs() != 5 {
		t.Errorf("second import: %v, tesseract ran %d times in all; want 3 unchanged and no new run", sum.Outcomes, runs())
	}

	tests := []struct {
		name          string
		opts          ocr.Options
		read, notRead int
	}{
		{"--no-ocr", ocr.Options{Off: true}, 0, 5},
		{"--ocr-max-pages 1", ocr.Options{MaxPages: 1}, 2, 3},
	}
	for _, tt := range tests {
		fresh, err := store.Open(filepath.Join(t.TempDir(), "m.db"))
		if err != nil {
			t.Fatal(err)
		}
		before := runs()
		sum, _ := importScans(t, fresh, dir, tt.opts)
		fresh.Close()
		if sum.Scanned.Read != tt.read || sum.Scanned.NotRead != tt.notRead || runs()-before != tt.read {
			t.Errorf("%s: scanned %+v, %d runs; want %d read, %d not", tt.name, sum.Scanned, runs()-before, tt.read, tt.notRead)
		}
	}
}

// TestScanProvenanceIsStored: the database says, per document, which
// pages were read by OCR and how well, and which were not.
func TestScanProvenanceIsStored(t *testing.T) {
	scantest.FakeTesseract(t)
	s, err := store.Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	importScans(t, s, scanArchive(t), ocr.Options{MaxPages: 2})
	rows, err := s.DB().Query(`SELECT d.path, o.page, o.read, coalesce(o.words, 0), coalesce(o.confidence, 0), coalesce(o.engine, '')
		FROM ocr_pages o JOIN documents d ON d.id = o.document_id ORDER BY d.path, o.page`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var path, engine string
		var page, read, words int
		var conf float64
		if err := rows.Scan(&path, &page, &read, &words, &conf, &engine); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s %d %d %d %.0f %s", filepath.Base(path), page, read, words, conf, engine))
	}
	want := []string{
		"scan.pdf 1 1 13 91 tesseract 9.9.9", "scan.pdf 2 1 13 91 tesseract 9.9.9",
		"scan.tif 1 1 13 91 tesseract 9.9.9", "scan.tif 2 1 13 91 tesseract 9.9.9", "scan.tif 3 0 0 0 ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ocr_pages:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
