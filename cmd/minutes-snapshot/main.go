// Command minutes-snapshot proves that a change of extract, normalize or
// parse changes no record it did not mean to. Before the change, write
// the full record of every document there is; after it, compare:
//
//	go run ./cmd/minutes-snapshot write [-docs 2000] DIR
//	go run ./cmd/minutes-snapshot compare [-docs 2000] DIR
//
// The documents are the samples, the invented, held-out and other sets
// under testdata/, every file of the corpus (../shared/corpus), and an
// archive of -docs files generated from them as make bench generates one.
// write keeps one indented JSON record per document under DIR; compare
// runs the pipeline again and prints, for each document whose record
// differs, the differing fields, and exits 1 when any does.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/google/go-cmp/cmp"

	"minutes/internal/archive"
	"minutes/parse"
	"minutes/pipeline"
)

func main() {
	if len(os.Args) < 2 || (os.Args[1] != "write" && os.Args[1] != "compare") {
		fmt.Fprintln(os.Stderr, "usage: minutes-snapshot write|compare [-docs N] [-corpus DIR] DIR")
		os.Exit(2)
	}
	verb := os.Args[1]
	fl := flag.NewFlagSet(verb, flag.ExitOnError)
	docs := fl.Int("docs", 2000, "documents in the generated archive")
	corpus := fl.String("corpus", filepath.Join("..", "shared", "corpus"), "the corpus folder")
	fl.Parse(os.Args[2:])
	if fl.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: minutes-snapshot write|compare [-docs N] [-corpus DIR] DIR")
		os.Exit(2)
	}
	differ, err := run(verb, fl.Arg(0), *corpus, *docs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "minutes-snapshot:", err)
		os.Exit(1)
	}
	if differ > 0 {
		os.Exit(1)
	}
}

func run(verb, dir, corpus string, docs int) (differ int, err error) {
	files, err := documents(corpus)
	if err != nil {
		return 0, err
	}
	gen, err := os.MkdirTemp("", "minutes-snapshot-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(gen)
	sources, err := archive.Sources(corpus)
	if err != nil {
		return 0, err
	}
	genDir := filepath.Join(gen, "archive")
	if _, err := archive.Generate(genDir, sources, docs); err != nil {
		return 0, err
	}
	generated, err := walk(genDir)
	if err != nil {
		return 0, err
	}
	if verb == "write" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return 0, err
		}
	}

	type job struct{ path, shown, name string }
	jobs := make(chan job)
	var mu sync.Mutex
	var reports []string
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range jobs {
				got := recordJSON(j.path, j.shown)
				snap := filepath.Join(dir, j.name+".json")
				if verb == "write" {
					if err := os.WriteFile(snap, got, 0o644); err != nil {
						panic(err)
					}
					continue
				}
				want, err := os.ReadFile(snap)
				if err != nil {
					want = []byte("null")
				}
				if bytes.Equal(want, got) {
					continue
				}
				report := fmt.Sprintf("%s differs (-snapshot +now):\n%s", j.path, diff(want, got))
				mu.Lock()
				reports = append(reports, report)
				mu.Unlock()
			}
		})
	}
	for _, f := range files {
		jobs <- job{f, f, snapshotName(f)}
	}
	for _, f := range generated {
		rel, _ := filepath.Rel(gen, f)
		jobs <- job{f, rel, snapshotName(rel)}
	}
	close(jobs)
	wg.Wait()
	total := len(files) + len(generated)
	if verb == "write" {
		fmt.Printf("wrote the records of %d documents (%d generated) to %s\n", total, len(generated), dir)
		return 0, nil
	}
	sort.Strings(reports)
	for _, r := range reports {
		fmt.Println(r)
	}
	fmt.Printf("%d of %d documents differ from the snapshot in %s\n", len(reports), total, dir)
	return len(reports), nil
}

// documents lists the real and invented documents: every file under
// testdata/ that is not an expected record, notes, README or floors, and
// every document of the corpus.
func documents(corpus string) ([]string, error) {
	var files []string
	for _, root := range []string{"testdata", corpus} {
		found, err := walk(root)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			base := filepath.Base(f)
			switch ext := filepath.Ext(f); {
			case strings.HasSuffix(base, ".expected.json"), strings.HasSuffix(base, ".notes.md"),
				base == "README.md", base == "CONVENTIONS.md", base == "MANIFEST.tsv", ext == ".json":
				continue
			}
			files = append(files, f)
		}
	}
	return files, nil
}

func walk(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// snapshotName flattens a path into one file name.
func snapshotName(path string) string {
	path = filepath.ToSlash(filepath.Clean(path))
	path = strings.TrimPrefix(path, "../")
	return strings.NewReplacer("/", "__", " ", "_", "#", "_").Replace(path)
}

// recordJSON is the document's record as indented JSON, or the error
// that stopped it, so that a file failing differently also shows. The
// record names the file as shown, not by the temporary folder it is in.
func recordJSON(path, shown string) []byte {
	res, err := pipeline.ProcessFile(path, parse.Options{})
	var v any
	if err != nil {
		v = map[string]string{"error": strings.ReplaceAll(err.Error(), path, shown)}
	} else {
		res.Record.Source.File = shown
		v = res.Record
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// diff shows what changed between two records, field by field.
func diff(want, got []byte) string {
	var a, b any
	json.Unmarshal(want, &a)
	json.Unmarshal(got, &b)
	return cmp.Diff(a, b)
}
