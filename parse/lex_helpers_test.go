package parse

import "minutes/document"

// lexLines lexes lines a test built, as Parse lexes a document's.
func lexLines(lines []document.Line) []line { return lex(lines).lines }

// headerIn reads the header of a document as Parse does, with the order of
// its numeric dates given.
func headerIn(doc *document.Document, order numericOrder) header {
	lines := make([]line, 0, len(doc.Lines))
	for _, l := range doc.Lines {
		lines = append(lines, lexLine(l, order))
	}
	return readHeader(doc, lines, splitItems(lines), order)
}
