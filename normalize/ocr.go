package normalize

// The OCR repairs: damage Tesseract typically leaves in the words it reads
// from scanned pages. Each is a pass of its own (ocr_*.go); all touch only
// lines read by OCR (Line.OCR set), so text a file held as text is never
// changed by them. The words OCR was unsure of are marked (ocr-doubtful),
// not guessed: a repair that guesses a letter (ocr-digits) leaves them as
// read, while one that recognises a known shape of damage (a misread
// ordinal, a speck) repairs them too.

import (
	"slices"
	"strings"

	"minutes/document"
)

// A wordFix repairs one word of an OCR line, given the words around it
// (empty at the line's ends). It returns the word unchanged when it has
// nothing to repair.
type wordFix func(prev, word, next string) string

// repairOCRLines applies fix to every line read by OCR; fix edits the
// line and returns what it changed ("'2"?' -> '2nd'). A warning per line
// changed says so, after what the pass repairs ("superscript ordinal
// repaired: …").
func repairOCRLines(doc *document.Document, what string, fix func(l *document.Line) []string) []document.Warning {
	var warnings []document.Warning
	for i := range doc.Lines {
		l := &doc.Lines[i]
		if l.OCR == nil {
			continue
		}
		if changes := fix(l); len(changes) > 0 {
			warnings = append(warnings, document.Warning{
				Place:   document.Place{Page: l.Page, Line: l.Num},
				Message: what + ": " + strings.Join(changes, ", "),
			})
		}
	}
	return capWarnings(warnings, "line with "+what+"|lines with "+what)
}

// readByOCR reports whether OCR read the line, which the OCR repairs
// alone touch.
func readByOCR(l document.Line) bool { return l.OCR != nil }

// repairOCRWords applies fix to each word (a run of non-space characters)
// of every line read by OCR, and of its cells, except, when it guesses,
// the words OCR doubted. A word fixed to "" is dropped with the space
// before it.
func repairOCRWords(doc *document.Document, what string, guesses bool, fix wordFix) []document.Warning {
	return repairOCRLines(doc, what, func(l *document.Line) []string {
		text, changes := repairWords(l.Text, l.OCR, guesses, fix)
		l.Text = text
		for i, cell := range l.Cells {
			l.Cells[i], _ = repairWords(cell, l.OCR, guesses, fix)
		}
		return changes
	})
}

// repairWords applies fix to the words of one text, and says what it
// changed.
func repairWords(text string, o *document.OCRLine, guesses bool, fix wordFix) (string, []string) {
	fields := strings.Fields(text)
	var changes []string
	for j, word := range fields {
		if guesses && isDoubted(o, word) {
			continue
		}
		prev, next := "", ""
		if j > 0 {
			prev = fields[j-1]
		}
		if j+1 < len(fields) {
			next = fields[j+1]
		}
		fixed := fix(prev, word, next)
		switch {
		case fixed == word:
			continue
		case fixed == "":
			changes = append(changes, "'"+word+"'")
		default:
			changes = append(changes, "'"+word+"' -> '"+fixed+"'")
		}
		fields[j] = fixed
	}
	if len(changes) == 0 {
		return text, nil
	}
	return rejoinFields(text, fields), changes
}

// isDoubted reports whether OCR was unsure of a word of the line.
func isDoubted(o *document.OCRLine, word string) bool {
	for _, d := range o.Doubtful {
		if d.Word == word {
			return true
		}
	}
	return false
}

// rejoinFields puts repaired fields back in place of text's fields,
// keeping the white space between them; empty fields are left out with
// the white space before them (after them, at the start).
func rejoinFields(text string, fields []string) string {
	if slices.Contains(fields, "") {
		indent := text[:len(text)-len(strings.TrimLeft(text, " \t"))]
		return indent + strings.Join(strings.Fields(strings.Join(fields, " ")), " ")
	}
	var b strings.Builder
	rest := text
	for _, f := range fields {
		start := strings.IndexFunc(rest, func(r rune) bool { return r != ' ' && r != '\t' })
		b.WriteString(rest[:start])
		rest = rest[start:]
		end := strings.IndexAny(rest, " \t")
		if end < 0 {
			end = len(rest)
		}
		b.WriteString(f)
		rest = rest[end:]
	}
	b.WriteString(rest)
	return b.String()
}
