package normalize

import (
	"minutes/document"
	"minutes/internal/rx"
)

// ocrLabels restores the colon after a label that OCR read as a
// semicolon.
var ocrLabels = Pass{
	Name:  "ocr-labels",
	About: "Restores the colon OCR read as a semicolon after a label opening a line ('Present; A, B' -> 'Present: A, B'): one to three words, the first capitalised, then ';'.",
	Apply: func(doc *document.Document) []document.Warning {
		return repairOCRLines(doc, "label colon restored", fixLabelColon)
	},
}

// labelSemicolonRE is a line opening with a label (after an item number)
// and a semicolon.
var labelSemicolonRE = rx.New(`^(\s*(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,2});(\s|$)`)

// fixLabelColon puts a colon for the semicolon after a line's label.
func fixLabelColon(l *document.Line) []string {
	m := labelSemicolonRE.FindStringSubmatchIndex(l.Text)
	if m == nil {
		return nil
	}
	label := l.Text[m[2]:m[3]]
	l.Text = label + ":" + l.Text[m[3]+1:]
	return []string{"'" + label + ";' -> '" + label + ":'"}
}
