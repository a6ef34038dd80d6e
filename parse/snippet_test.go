package parse

import (
	"testing"

	"minutes/extract"
	"minutes/normalize"
)

// recordOf parses a snippet through the real reader and repairs, as the
// pipeline parses a document, and returns its record. name's extension
// chooses the reader ("x.md", "x.txt", "x.html").
func recordOf(t *testing.T, name, text string) *Record {
	t.Helper()
	doc, err := extract.Read(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	repaired, _ := normalize.Run(doc)
	return Parse(repaired, Options{})
}
