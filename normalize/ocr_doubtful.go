package normalize

import (
	"fmt"
	"strings"

	"minutes/document"
)

// ocrDoubtful marks the words OCR was unsure of.
var ocrDoubtful = Pass{
	Name:  "ocr-doubtful",
	About: "Marks the words OCR read with low confidence (below 50%) in a warning on their line and leaves them as read: no OCR repair guesses them.",
	Apply: applyOCRDoubtful,
}

// applyOCRDoubtful warns once per OCR line holding doubtful words, with
// each word as read and its confidence. The text is not changed.
func applyOCRDoubtful(doc *document.Document) []document.Warning {
	var warnings []document.Warning
	for _, l := range doc.Lines {
		if l.OCR == nil || len(l.OCR.Doubtful) == 0 {
			continue
		}
		words := make([]string, len(l.OCR.Doubtful))
		for i, d := range l.OCR.Doubtful {
			words[i] = fmt.Sprintf("'%s' (%.0f%%)", d.Word, d.Conf)
		}
		warnings = append(warnings, document.Warning{
			Place:   document.Place{Page: l.Page, Line: l.Num},
			Message: "words OCR read with low confidence, left as read: " + strings.Join(words, ", "),
		})
	}
	return capWarnings(warnings, "line with doubtful words|lines with doubtful words")
}
