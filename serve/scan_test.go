package serve

import (
	"path/filepath"
	"strings"
	"testing"

	"minutes/document"
	"minutes/parse"
	"minutes/store"
)

// TestMeetingPageSaysHowScansWereRead: a meeting whose document was
// scanned says which pages OCR read, how well, and which it did not.
func TestMeetingPageSaysHowScansWereRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rec := &parse.Record{
		Source:  parse.Source{File: "scan.tif", Format: "image", SHA256: "sha-scan", Pages: 3},
		Meeting: parse.Meeting{Title: "Trustees meeting", Date: "2015-06-02"},
	}
	rep := &document.OCRReport{Engine: "tesseract 5.3.0", Languages: []string{"eng"},
		Pages: []document.OCRPage{{Page: 1, Words: 300, Conf: 95}, {Page: 2, Words: 100, Conf: 89}}, NotRead: []int{3}}
	if _, err := st.Import(store.Entry{Record: rec, Version: "test", OCR: rep}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, err := OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(db)
	if err != nil {
		t.Fatal(err)
	}
	code, body := get(t, s, "/meetings/1")
	want := "Scanned: pages 1, 2 read by OCR (tesseract 5.3.0, eng), mean word confidence 94%; page 3 not read (see the warnings)."
	if code != 200 || !strings.Contains(body, want) {
		t.Errorf("status %d; the page does not say %q", code, want)
	}
}
