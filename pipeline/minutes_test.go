package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"minutes/check"
	"minutes/parse"
)

// TestEveryMinutesIsMinutes runs the document of every expected record of
// every check set, and every file of the shared corpus, through the
// pipeline: each is real minutes, and none may be judged not minutes
// (parse/evidence.go), since an import would then skip it. Only the
// verdict is read, never a blind set's record.
func TestEveryMinutesIsMinutes(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every document of the check sets and the corpus")
	}
	var docs []string
	for _, set := range []string{"samples", "corpus", "corpus2", "invented", "heldout", "heldout2"} {
		cases, err := check.FindCases(filepath.Join("..", "testdata", set))
		if err != nil {
			t.Fatal(err)
		}
		if len(cases) == 0 {
			t.Fatalf("testdata/%s has no expected records", set)
		}
		for _, c := range cases {
			docs = append(docs, c.Document)
		}
	}
	corpus := filepath.Join("..", "..", "shared", "corpus")
	if manifest, err := os.ReadFile(filepath.Join(corpus, "MANIFEST.tsv")); err == nil {
		for _, row := range strings.Split(strings.TrimSpace(string(manifest)), "\n")[1:] {
			docs = append(docs, filepath.Join(corpus, strings.Split(row, "\t")[0]))
		}
	} else {
		t.Logf("no shared corpus: %v", err)
	}
	seen := map[string]bool{}
	for _, doc := range docs {
		if seen[doc] {
			continue
		}
		seen[doc] = true
		res, err := ProcessFile(doc, parse.Options{})
		if err != nil {
			t.Errorf("%s: %v", doc, err)
			continue
		}
		if e := res.Record.Evidence; !e.IsMinutes() {
			t.Errorf("%s: %s (%+v)", doc, e.NotMinutes, e)
		}
	}
	t.Logf("%d documents, every one minutes", len(seen))
}
