package normalize

import (
	"slices"
	"strings"
	"unicode"

	"minutes/document"
	"minutes/internal/rx"
)

// ocrDigits repairs letters read for digits and digits read for letters.
var ocrDigits = Pass{
	Name: "ocr-digits",
	About: "Repairs the letters l, I and O that OCR read inside numbers ('2O15' -> '2015', '1O.3O' -> '10.30') and the digits 1 and 0 it read inside words ('Counci1' -> 'Council', 'C0mmittee' -> 'Committee'), " +
		"by context: a number must keep at least two real digits, and a word is repaired only into a word the document or the English word list knows.",
	Apply: func(doc *document.Document) []document.Warning {
		// The vocabulary is counted over the whole document, but only
		// for one with lines read by OCR: counting the words of a text
		// PDF's 500 pages would take a quarter of all the repairs' time
		// for nothing.
		if !slices.ContainsFunc(doc.Lines, readByOCR) {
			return nil
		}
		vocab := documentVocabulary(doc.Lines)
		return repairOCRWords(doc, "digits and letters told apart", true, func(_, word, _ string) string {
			return fixDigitsAndLetters(word, vocab)
		})
	},
}

// numberWithLettersRE is a number (with its currency and separators)
// whose digits may be misread as l, I, | or O.
var numberWithLettersRE = rx.New(`^[£$€]?[0-9OoIl|]+(?:[.,:/-][0-9OoIl|]+)*$`)

// fixDigitsAndLetters repairs one word: as a number when it reads as one
// with at least two real digits and no more misread letters than digits,
// else as a word of at least two letters besides the digit when a digit
// stands among its letters and the repaired word is known (the damaged
// word, used in the document, is no witness for itself).
func fixDigitsAndLetters(word string, vocab vocabulary) string {
	core := strings.TrimRight(word, ".,;:!?)")
	trail := word[len(core):]
	lead := core[:len(core)-len(strings.TrimLeft(core, "("))]
	core = core[len(lead):]
	if core == "" {
		return word
	}
	if numberWithLettersRE.MatchString(core) {
		digits := countIf(core, unicode.IsDigit)
		misread := countIf(core, func(r rune) bool { return strings.ContainsRune("OoIl|", r) })
		if digits >= 2 && misread > 0 && misread <= digits {
			return lead + strings.NewReplacer("O", "0", "o", "0", "I", "1", "l", "1", "|", "1").Replace(core) + trail
		}
		return word
	}
	if countIf(core, unicode.IsLetter) < 2 {
		return word // "l0": a number or a word, nothing tells
	}
	if fixed := lettersForDigits(core); fixed != core && vocab.knows(fixed) && !isEnglishWord(core) {
		return lead + fixed + trail
	}
	return word
}

// lettersForDigits reads a 0 or 1 standing after a letter, and before a
// small letter or at the word's end, as o or l.
func lettersForDigits(word string) string {
	runes := []rune(word)
	for i, r := range runes {
		if (r != '0' && r != '1') || i == 0 || !unicode.IsLetter(runes[i-1]) {
			continue
		}
		if i+1 < len(runes) && !unicode.IsLower(runes[i+1]) {
			continue
		}
		if r == '0' {
			runes[i] = 'o'
		} else {
			runes[i] = 'l'
		}
	}
	return string(runes)
}

// countIf counts the runes of s for which f holds.
func countIf(s string, f func(rune) bool) int {
	n := 0
	for _, r := range s {
		if f(r) {
			n++
		}
	}
	return n
}
