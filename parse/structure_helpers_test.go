package parse

// Helpers of the structure recognisers' tests (items, meeting, presenters,
// previous minutes, next meetings, links).

import (
	"path/filepath"
	"strings"
	"testing"

	"minutes/document"
	"minutes/extract"
	"minutes/normalize"
)

// linesOf reads text as the text reader does a file called name (its
// extension says whether it is markdown), without repair: the lines the
// recognisers are given, for hand-written repaired snippets.
func linesOf(t testing.TB, name, text string) []document.Line {
	t.Helper()
	doc, err := extract.Read(name, []byte(text))
	if err != nil {
		t.Fatalf("reading %s: %v", name, err)
	}
	return doc.Lines
}

// corpusDocument reads a file of the shared corpus (../shared/corpus from
// the repository's root) and repairs it, as the pipeline does.
func corpusDocument(t testing.TB, rel string) *document.Document {
	t.Helper()
	return repairedFile(t, filepath.Join("..", "..", "shared", "corpus", rel))
}

// sampleDocument reads one of the repository's two sample documents.
func sampleDocument(t testing.TB, name string) *document.Document {
	t.Helper()
	return repairedFile(t, filepath.Join("..", "testdata", "samples", name))
}

func repairedFile(t testing.TB, path string) *document.Document {
	t.Helper()
	doc, err := extract.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	repaired, _ := normalize.Run(doc)
	return repaired
}

// itemTitles lists the numbers and titles of sections' items: "3 CZ.NIC
// and CZ.NIC-CSIRT Presentation", "- Participants" for back matter.
func itemTitles(sections []section) []string {
	var out []string
	for _, s := range sections[1:] {
		if s.item == nil {
			out = append(out, "-")
			continue
		}
		out = append(out, strings.TrimSpace(string(s.item.Number)+" "+string(s.item.Title)))
	}
	return out
}
