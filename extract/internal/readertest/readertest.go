// Package readertest holds what the tests of extract and of its readers
// share: where the shared corpus is, and helpers that check documents.
// Only tests import it.
package readertest

import (
	"os"
	"path/filepath"
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
