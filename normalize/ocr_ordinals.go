package normalize

import (
	"strconv"
	"strings"

	"minutes/document"
	"minutes/internal/rx"
)

// ocrOrdinals restores day ordinals whose raised letters OCR misread.
var ocrOrdinals = Pass{
	Name:  "ocr-ordinals",
	About: "Restores a day's ordinal whose superscript letters OCR read as marks ('2\"? June' -> '2nd June', '5\" May' -> '5th May'): a day number and one to three quote, degree, star or question marks before an English month.",
	Apply: func(doc *document.Document) []document.Warning {
		return repairOCRWords(doc, "superscript ordinal repaired", false, fixOrdinal)
	},
}

// misreadOrdinalRE is a day number followed by the marks superscript
// letters become.
var misreadOrdinalRE = rx.New(`^([1-9]|[12][0-9]|3[01])["'“”‘’°º*?^~™®]{1,3}$`)

// fixOrdinal turns "2\"?" before a month into "2nd".
func fixOrdinal(_, word, next string) string {
	m := misreadOrdinalRE.FindStringSubmatch(word)
	if m == nil || !isEnglishMonth(next) {
		return word
	}
	day, _ := strconv.Atoi(m[1])
	return m[1] + englishOrdinalSuffix(day)
}

// englishMonths are the months' names and their usual abbreviations.
var englishMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// isEnglishMonth reports whether a word, without trailing punctuation, is
// an English month.
func isEnglishMonth(word string) bool {
	return englishMonths[strings.ToLower(strings.TrimRight(word, ".,;:"))]
}

// englishOrdinalSuffix is "st", "nd", "rd" or "th" for a day.
func englishOrdinalSuffix(day int) string {
	if day%100 >= 11 && day%100 <= 13 {
		return "th"
	}
	switch day % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
