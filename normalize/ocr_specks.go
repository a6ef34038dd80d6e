package normalize

import (
	"strings"

	"minutes/document"
)

// ocrSpecks drops marks OCR reads in specks of dirt and margins.
var ocrSpecks = Pass{
	Name:  "ocr-specks",
	About: "Drops the stray marks OCR reads in specks and rules ('2.1 ~~ Ali informed' -> '2.1 Ali informed'): a word made only of tildes, carets and dashes, with a tilde or caret.",
	Apply: func(doc *document.Document) []document.Warning {
		return repairOCRWords(doc, "stray marks dropped", false, func(_, word, _ string) string {
			if isSpeck(word) {
				return ""
			}
			return word
		})
	},
}

// isSpeck reports whether a word is only tildes, carets, logical-not signs
// and dashes, with at least one that is no dash: a dash alone is
// punctuation ("Smith – chair").
func isSpeck(word string) bool {
	return strings.Trim(word, "~^¬—–-") == "" && strings.ContainsAny(word, "~^¬")
}
