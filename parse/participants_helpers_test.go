package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"minutes/document"
)

// samplePath is a seed document of the repository.
func samplePath(name string) string {
	return filepath.Join("..", "testdata", "samples", name)
}

// corpusPath is a document of the shared corpus, read where it lies.
func corpusPath(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "shared", "corpus"}, parts...)...)
}

var simulatedPageLine = regexp.MustCompile(`^Page (\d+)/(\d+)$`)

// simulateNormalize does to a text file what the normalize passes will do
// to it, so the tests of this package do not depend on their progress:
// the running header (the lines before each "Page N/M" line that repeat
// before every such line) is dropped and its page number kept for the
// lines after it; every run of three or more one-character lines becomes
// one Glued line; empty lines are Blank.
func simulateNormalize(t testing.TB, path string) []document.Line {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	raw := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	header := runningHeader(raw)
	var lines []document.Line
	page := 0
	for i := 0; i < len(raw); i++ {
		if n := len(header); n > 0 && i+n < len(raw) && equalLines(raw[i:i+n], header) && simulatedPageLine.MatchString(raw[i+n]) {
			page++
			i += n
			continue
		}
		lines = append(lines, document.Line{Text: raw[i], Num: i + 1, Page: page})
	}
	return glueRuns(lines)
}

// runningHeader finds the lines that stand before every "Page N/M" line.
func runningHeader(raw []string) []string {
	var first []int
	for i, s := range raw {
		if simulatedPageLine.MatchString(s) {
			first = append(first, i)
		}
	}
	if len(first) < 2 {
		return nil
	}
	for n := 5; n >= 1; n-- {
		ok := true
		for _, i := range first {
			if i < n || !equalLines(raw[i-n:i], raw[first[0]-n:first[0]]) {
				ok = false
				break
			}
		}
		if ok && first[0] >= n {
			return raw[first[0]-n : first[0]]
		}
	}
	return nil
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// glueRuns joins runs of three or more one-character lines into one
// Glued line with the place of the first, and marks empty lines Blank.
func glueRuns(lines []document.Line) []document.Line {
	var out []document.Line
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && utf8.RuneCountInString(strings.TrimSpace(lines[j].Text)) == 1 {
			j++
		}
		if j-i >= 3 {
			var b strings.Builder
			for _, l := range lines[i:j] {
				b.WriteString(strings.TrimSpace(l.Text))
			}
			g := lines[i]
			g.Text, g.Kind = b.String(), document.Glued
			out = append(out, g)
			i = j
			continue
		}
		l := lines[i]
		if strings.TrimSpace(l.Text) == "" {
			l.Kind = document.Blank
		}
		out = append(out, l)
		i++
	}
	return out
}
