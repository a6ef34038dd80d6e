package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// ocrHyphens turns the marks OCR reads for a line-end hyphen back into a
// hyphen, for the hyphenation pass to rejoin the word.
var ocrHyphens = Pass{
	Name:  "ocr-hyphens",
	About: "Turns a line-end hyphen that OCR read as a dash, tilde, equals or not sign ('docu—' / 'ment') back into a hyphen when the next line read goes on in small letters, so the hyphenation pass rejoins the word.",
	Apply: applyOCRHyphens,
}

// misreadHyphens are the marks OCR reads for a hyphen at a line's end.
const misreadHyphens = "—–~=¬"

// applyOCRHyphens repairs the hyphen of every OCR line that ends in a
// small letter and a misread hyphen and is followed by an OCR line opening
// with a small letter.
func applyOCRHyphens(doc *document.Document) []document.Warning {
	var warnings []document.Warning
	for i := 0; i+1 < len(doc.Lines); i++ {
		l, next := &doc.Lines[i], doc.Lines[i+1]
		if l.OCR == nil || next.OCR == nil || !opensSmall(next.Text) {
			continue
		}
		mark, size := utf8.DecodeLastRuneInString(l.Text)
		if !strings.ContainsRune(misreadHyphens, mark) {
			continue
		}
		body := l.Text[:len(l.Text)-size]
		if before, _ := utf8.DecodeLastRuneInString(body); !unicode.IsLower(before) {
			continue
		}
		l.Text = body + "-"
		warnings = append(warnings, document.Warning{
			Place:   document.Place{Page: l.Page, Line: l.Num},
			Message: "line-end hyphen read as '" + string(mark) + "' restored",
		})
	}
	return capWarnings(warnings, "line-end hyphen restored|line-end hyphens restored")
}

// opensSmall reports whether text opens with a small letter.
func opensSmall(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	return unicode.IsLower(r)
}
