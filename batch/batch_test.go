package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"minutes/parse"
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
	want := "a.txt noext-pdf noext-text sub/b.PDF sub/c.html sub/d.md"
	if strings.Join(got, " ") != want {
		t.Errorf("files = %v, want %s", got, want)
	}
	if w.Skipped[".jpg"] != 1 || w.Skipped[".xls"] != 1 || w.Skipped["(none)"] != 1 {
		t.Errorf("skipped = %v, want one .jpg, one .xls, one binary without extension", w.Skipped)
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
	_, err := processWithin("slow.txt", big, parseOptions(), time.Nanosecond)
	if err == nil || reasonOf(err) != "took too long" {
		t.Errorf("err = %v (%q), want a time limit error", err, reasonOf(err))
	}
}

func parseOptions() parse.Options { return parse.Options{} }
