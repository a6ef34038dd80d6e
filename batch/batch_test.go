package batch

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"minutes/pipeline"
	"minutes/store"
)

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func sample(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "samples", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestWalkPicksMinutesFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("minutes\n"))
	write(t, filepath.Join(dir, "sub", "b.PDF"), []byte("%PDF-1.4\n"))
	write(t, filepath.Join(dir, "sub", "c.html"), []byte("<html></html>"))
	write(t, filepath.Join(dir, "sub", "d.md"), []byte("# Minutes\n"))
	write(t, filepath.Join(dir, "noext-pdf"), []byte("%PDF-1.3\n..."))
	write(t, filepath.Join(dir, "noext-text"), []byte("Minutes of the board\n"))
	write(t, filepath.Join(dir, "noext-png"), []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	write(t, filepath.Join(dir, "noext-zip"), []byte("PK\x03\x04\x00\x00"))
	write(t, filepath.Join(dir, "photo.jpg"), []byte("\xff\xd8\xff"))
	write(t, filepath.Join(dir, "sheet.xls"), []byte("x"))
	write(t, filepath.Join(dir, ".git", "config"), []byte("[core]"))
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	w := WalkPaths([]string{dir})
	var got []string
	for _, f := range w.Files {
		rel, _ := filepath.Rel(dir, f.Path)
		got = append(got, rel)
	}
	want := "a.txt noext-pdf noext-png noext-text photo.jpg sub/b.PDF sub/c.html sub/d.md"
	if strings.Join(got, " ") != want {
		t.Errorf("files = %v, want %s", got, want)
	}
	if w.Skipped[".xls"] != 1 || w.Skipped["(none)"] != 1 || len(w.Skipped) != 2 {
		t.Errorf("skipped = %v, want one .xls and one binary without extension (images are scans, imported)", w.Skipped)
	}
	if len(w.Errors) != 0 {
		t.Errorf("walk errors: %v", w.Errors)
	}
}

// TestHostileFilesDoNotStopTheBatch mixes good minutes with broken and
// hostile files: every good one is imported, every bad one reported with
// its reason, and the database holds no trace of the bad ones.
func TestHostileFilesDoNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good", "2006.txt"), sample(t, "tf-csirt-17-2006-amsterdam.txt"))
	write(t, filepath.Join(dir, "good", "2010.txt"), sample(t, "tf-csirt-29-2010-hamburg.txt"))
	write(t, filepath.Join(dir, "good", "latin1.txt"), []byte("Minutes of the board\nPr\xe9sent: Ren\xe9 M\xfcller\n")) // not UTF-8: read as a legacy encoding
	nested := strings.Repeat("<div>", 100000) + "deep" + strings.Repeat("</div>", 100000)
	write(t, filepath.Join(dir, "good", "nested.html"), []byte("<html><body>"+nested+"</body></html>"))

	bad := map[string]struct {
		data   []byte
		reason string
	}{
		"empty.txt":     {nil, "empty file"},
		"blank.md":      {[]byte("\n \n\t\n"), "empty file"},
		"junk.txt":      {bytes.Repeat([]byte{0, 1, 2, 0xff, 0xfe, 7}, 500), "binary data, not text"},
		"fake.pdf":      {[]byte("this is not a pdf at all\n"), "unreadable"},
		"truncated.pdf": {[]byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"), "unreadable"},
		"huge.txt":      {bytes.Repeat([]byte("minutes "), 400000), "too large"},
	}
	for name, b := range bad {
		write(t, filepath.Join(dir, "bad", name), b.data)
	}

	s, err := store.Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	im := &Importer{Store: s, Options: Options{Jobs: 2, MaxSize: 2 << 20, Timeout: time.Minute}}
	sum, err := im.Run(context.Background(), WalkPaths([]string{dir}))
	if err != nil {
		t.Fatal(err)
	}
	if got := sum.Outcomes[store.Imported]; got != 4 {
		t.Errorf("%d imported, want the 4 good files; failures: %v", got, sum.Failures)
	}
	failed := map[string]string{}
	for reason, results := range sum.Failures {
		for _, r := range results {
			failed[filepath.Base(r.Path)] = reason
			if !strings.Contains(r.Err.Error(), r.Path) {
				t.Errorf("the error for %s does not name the file: %v", r.Path, r.Err)
			}
		}
	}
	for name, b := range bad {
		if failed[name] != b.reason {
			t.Errorf("%s: reason %q, want %q", name, failed[name], b.reason)
		}
	}
	var docs int
	s.DB().QueryRow(`SELECT count(*) FROM documents`).Scan(&docs)
	if docs != 4 {
		t.Errorf("%d documents stored, want 4", docs)
	}
	if !sum.Failed() {
		t.Error("the summary does not say the batch had failures")
	}

	// Run again: the good files are unchanged and not extracted again.
	sum, err = im.Run(context.Background(), WalkPaths([]string{filepath.Join(dir, "good")}))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Outcomes[store.Unchanged] != 4 {
		t.Errorf("second run: %v, want 4 unchanged", sum.Outcomes)
	}
}

func TestTimeoutGivesUpOnAFile(t *testing.T) {
	big := bytes.Repeat([]byte("Participants\nA\nB\nC\nword word word word word\n"), 20000)
	_, err := processWithin("slow.txt", big, pipeline.Options{}, time.Nanosecond)
	if err == nil || reasonOf(err) != "took too long" {
		t.Errorf("err = %v (%q), want a time limit error", err, reasonOf(err))
	}
}

// onePagePDF builds a PDF of one page whose content stream is content,
// compressed with Flate, using the standard Helvetica font.
func onePagePDF(content []byte) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(content)
	w.Close()
	var b bytes.Buffer
	offsets := []int{}
	obj := func(s string) {
		offsets = append(offsets, b.Len())
		b.WriteString(s)
	}
	b.WriteString("%PDF-1.4\n")
	obj("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")
	obj("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n")
	obj("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n")
	obj(fmt.Sprintf("4 0 obj << /Length %d /Filter /FlateDecode >> stream\n", z.Len()))
	b.Write(z.Bytes())
	b.WriteString("\nendstream endobj\n")
	obj("5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// TestHostilePDFsCostOnlyTheirLimits imports a decompression bomb and a
// page of a million tiny text objects beside a good file: each finishes
// within the batch's limits, imported or refused with its reason, and the
// good file is imported.
func TestHostilePDFsCostOnlyTheirLimits(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), sample(t, "tf-csirt-17-2006-amsterdam.txt"))
	bomb := append([]byte("BT /F1 12 Tf 72 700 Td (Minutes) Tj ET\n"), make([]byte, 300<<20)...) // 300 MB of zeros
	write(t, filepath.Join(dir, "bomb.pdf"), onePagePDF(bomb))
	var many bytes.Buffer
	for i := 0; i < 1_000_000; i++ {
		fmt.Fprintf(&many, "BT /F1 1 Tf %d %d Td (x) Tj ET\n", i%600, i%780)
	}
	write(t, filepath.Join(dir, "million.pdf"), onePagePDF(many.Bytes()))

	s, err := store.Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var results []Result
	im := &Importer{Store: s, Options: Options{Jobs: 2, Timeout: time.Minute},
		OnResult: func(r Result) { results = append(results, r) }}
	sum, err := im.Run(context.Background(), WalkPaths([]string{dir}))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		t.Logf("%s: %s in %v (%v)", filepath.Base(r.Path), r.Outcome, r.Duration.Round(time.Millisecond), r.Err)
		if reasonOf(r.Err) == "took too long" {
			t.Errorf("%s ran out of time instead of being bounded by the reader's limits", r.Path)
		}
		if r.Duration <= 0 {
			t.Errorf("%s: no duration reported", r.Path)
		}
		if r.Outcome == Failed && !strings.Contains(r.Err.Error(), r.Path) {
			t.Errorf("the error for %s does not name it: %v", r.Path, r.Err)
		}
	}
	if sum.Outcomes[store.Imported] < 1 || len(results) != 3 {
		t.Errorf("outcomes %v, want the good file imported and all three reported", sum.Outcomes)
	}
}

// TestMissingFileCountsAsFailed names a file that does not exist beside a
// good one: it is a file that failed, counted in the summary with its
// error, and the good one is imported.
func TestMissingFileCountsAsFailed(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "2006.txt")
	write(t, good, sample(t, "tf-csirt-17-2006-amsterdam.txt"))
	missing := filepath.Join(dir, "no-such-minutes.txt")
	s, err := store.Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var seen []Result
	im := &Importer{Store: s, Options: Options{Jobs: 1}, OnResult: func(r Result) { seen = append(seen, r) }}
	sum, err := im.Run(context.Background(), WalkPaths([]string{missing, good}))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 2 || sum.Outcomes[Failed] != 1 || sum.Outcomes[store.Imported] != 1 || !sum.Failed() {
		t.Errorf("summary: %d files, %v; want 2 files, 1 failed, 1 imported", sum.Files, sum.Outcomes)
	}
	if len(seen) != 2 || seen[0].Path != missing || seen[0].Outcome != Failed || seen[0].Reason() != "not found" {
		t.Errorf("the missing file's result: %+v", seen)
	}
	var out strings.Builder
	sum.Write(&out)
	if !strings.Contains(out.String(), "1 failed") || !strings.Contains(out.String(), "not found (1)") || !strings.Contains(out.String(), missing) {
		t.Errorf("summary:\n%s", out.String())
	}
}
