// Package readertest holds what the tests of extract and of its readers
// share: where the shared corpus is, and helpers that check documents.
// Only tests import it.
package readertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CorpusPath names a file of the shared corpus, which lives beside the
// repository (../shared/corpus from its root) and is read where it is,
// never copied. The root is found from the test's folder, so the path is
// right from any package.
func CorpusPath(parts ...string) string {
	return filepath.Join(append([]string{repoRoot(), "..", "shared", "corpus"}, parts...)...)
}

// ReadCorpus reads a corpus file or fails the test.
func ReadCorpus(t testing.TB, parts ...string) []byte {
	t.Helper()
	data, err := os.ReadFile(CorpusPath(parts...))
	if err != nil {
		t.Fatalf("corpus file: %v", err)
	}
	return data
}

// repoRoot returns the relative path from the working folder (a test's
// package folder) up to the folder holding go.mod, "." when there is none.
func repoRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	up := "."
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return up
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "."
		}
		dir, up = parent, filepath.Join(up, "..")
	}
}

// A CorpusFile is one row of the corpus manifest (MANIFEST.tsv).
type CorpusFile struct {
	Path   string // relative to the corpus folder: "pdf/x.pdf"
	Format string // as the manifest says: pdf, html, txt or md
}

// Manifest returns the files the corpus manifest lists, or fails the test.
func Manifest(t testing.TB) []CorpusFile {
	t.Helper()
	data := ReadCorpus(t, "MANIFEST.tsv")
	var files []CorpusFile
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		fields := strings.Split(line, "\t")
		if i == 0 {
			if len(fields) < 2 || fields[0] != "file" || fields[1] != "format" {
				t.Fatalf("MANIFEST.tsv: header %q, want file and format first", line)
			}
			continue
		}
		if len(fields) < 2 || fields[0] == "" {
			t.Fatalf("MANIFEST.tsv:%d: %q", i+1, line)
		}
		files = append(files, CorpusFile{Path: fields[0], Format: fields[1]})
	}
	if len(files) == 0 {
		t.Fatal("MANIFEST.tsv lists no files")
	}
	return files
}
