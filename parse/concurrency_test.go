package parse_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"minutes/extract"
	"minutes/normalize"
	"minutes/parse"
)

// TestStagesAreSafeInParallel runs extract, normalize and parse on the
// samples and the corpus from several goroutines at once, as the batch
// importer does, and checks every goroutine gets the same record. Run with
// -race (make test does) to catch shared state in any stage.
func TestStagesAreSafeInParallel(t *testing.T) {
	// Small documents of every format, so the test stays quick under -race.
	var files []string
	for _, pattern := range []string{
		filepath.Join("..", "testdata", "samples", "*.txt"),
		filepath.Join("..", "..", "shared", "corpus", "*", "*.*"),
	} {
		m, _ := filepath.Glob(pattern)
		for _, f := range m {
			if info, err := os.Stat(f); err == nil && info.Size() < 40<<10 {
				files = append(files, f)
			}
		}
	}
	if len(files) < 10 {
		t.Fatalf("found only %d documents", len(files))
	}
	type result struct{ title, text string }
	want := map[string]result{}
	run := func(path string) (result, bool) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Error(err)
			return result{}, false
		}
		doc, err := extract.Read(path, data)
		if err != nil {
			return result{}, false // unreadable files are the readers' tests' business
		}
		repaired, _ := normalize.Run(doc)
		rec := parse.Parse(repaired, parse.Options{})
		return result{string(rec.Meeting.Title), repaired.Text()}, true
	}
	for _, f := range files {
		if r, ok := run(f); ok {
			want[f] = r
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range files {
				f := files[(i+g*7)%len(files)]
				if r, ok := run(f); ok && r != want[f] {
					t.Errorf("%s: a parallel run differs from the sequential one", f)
				}
			}
		}(g)
	}
	wg.Wait()
}
