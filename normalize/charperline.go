package normalize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// charPerLine rejoins runs of one-character lines (table rows whose spaces were lost) into one line of kind Glued.
var charPerLine = Pass{
	Name:  "char-per-line",
	About: "Rejoins runs of one-character lines (table rows whose spaces were lost) into one line of kind Glued.",
	Apply: applyCharPerLine,
}

// Some extractors put every glyph of a table row on a line of its own and
// lose the spaces: "H" / "i" / "l" / "l" / "a" / "r" / "A" / "a" … spells
// "HillarAareleidCERT-EEEstonia", and the rows after it run on. This pass
// makes one line of kind Glued from each such run; telling the name from
// the organisation is the parser's work, as it needs the other rows.
//
// A run is at least minCharRun consecutive lines of one character each (a
// single blank line between two of them is allowed, for double-spaced
// text), half of them letters or more. One or two such lines are common in
// clean text — a bullet, a bracket left alone by justification, a split
// diacritic ("Kou" / "ř" / "il") that the split-diacritics pass handles —
// three in a row spelling letters are not. A run that carries on no word
// of its neighbours must also hold three different characters and not be
// the alphabet: "x" / "x" / "x" and "A" / "B" / "C" are columns of marks
// and labels.
//
// The run may continue a word of the line before ("Egils St" / "ū" / "r" /
// "m" …: the line before ends in a letter and the run starts with a small
// one): that line is then the start of the run. A run that is only part
// of a word ("Gorazd " / "B" / "o" / "ž" / "i" / "č welcomed"): letters
// without a capital after a small letter, joined to the line before or
// after it, is put back into its word as ordinary text, not Glued.

// minCharRun is the fewest one-character lines that make a run.
const minCharRun = 3

// maxFragmentRunes is the longest run that can be part of one word.
const maxFragmentRunes = 20

// applyCharPerLine finds the runs and rejoins each.
func applyCharPerLine(doc *document.Document) []document.Warning {
	lines := doc.Lines
	out := lines[:0] // in place (see Pass): it reads the line before from out, never from lines
	var warnings []document.Warning
	for i := 0; i < len(lines); {
		run := charRunAt(out, lines, i)
		if !run.isText() {
			// Not a run; nor is any part of it, which would start
			// after a one-character line.
			end := max(run.end, i+1)
			out = append(out, lines[i:end]...)
			i = end
			continue
		}
		var prev *document.Line
		if run.takesPrev {
			prev = &out[len(out)-1]
			out = out[:len(out)-1]
		}
		joined, warning := run.rejoin(prev, lines)
		out = append(out, joined)
		warnings = append(warnings, warning)
		i = run.end
		if run.takesNext {
			i++
		}
	}
	doc.Lines = out
	return capWarnings(warnings, "run of one-character lines rejoined|runs of one-character lines rejoined")
}

// A charRun is a run of one-character lines, lines[start:end], and how it
// meets the lines around it.
type charRun struct {
	chars      []rune
	start, end int
	takesPrev  bool // it carries on the last word of the line before
	takesNext  bool // the line after carries on its last word
}

// charRunAt returns the run of one-character lines that starts at
// lines[i], out being the lines made so far (the last is the line before).
// A single blank line between two one-character lines is part of the run.
func charRunAt(out, lines []document.Line, i int) charRun {
	run := charRun{start: i, end: i}
	for j := i; j < len(lines); {
		r, ok := soleRune(lines[j])
		if !ok {
			break
		}
		run.chars = append(run.chars, r)
		j++
		run.end = j
		if j+1 < len(lines) && lines[j].Kind == document.Blank {
			if _, next := soleRune(lines[j+1]); next {
				j++
			}
		}
	}
	if len(run.chars) == 0 {
		return run
	}
	run.takesPrev = len(out) > 0 && continuesWordOf(out[len(out)-1], run.chars)
	run.takesNext = isWordFragment(run.chars) && run.end < len(lines) && wordContinuesOn(run.chars, lines[run.end])
	return run
}

// rejoin makes one line of the run: after prev when the run carries on
// its word (nil otherwise), and before the line after when that carries
// on the run's word. It gives the line the place of the first line it
// takes in, and says what it did.
func (run charRun) rejoin(prev *document.Line, lines []document.Line) (document.Line, document.Warning) {
	text := string(run.chars)
	joined := lines[run.start]
	joined.Cells = nil
	if prev != nil {
		joined = *prev
		text = strings.TrimRight(prev.Text, " ") + text
	}
	if run.takesNext {
		text += lines[run.end].Text
	}
	joined.Text = text
	place := document.Place{Page: joined.Page, Line: joined.Num}
	if isWordFragment(run.chars) && (prev != nil || run.takesNext) {
		if prev == nil {
			joined.Kind = document.Prose
		}
		word := wordAtByte(text, strings.LastIndex(text, string(run.chars)))
		return joined, document.Warning{Place: place,
			Message: fmt.Sprintf("rejoined a word split over %d one-character lines: %s", len(run.chars), word)}
	}
	joined.Kind = document.Glued
	return joined, document.Warning{Place: place,
		Message: fmt.Sprintf("rejoined %d one-character lines into one line whose spaces were lost: %s", len(run.chars), preview(text, 50))}
}

// wordAtByte returns the word of text around the byte offset i.
func wordAtByte(text string, i int) string {
	return wordAround([]rune(text), utf8.RuneCountInString(text[:max(i, 0)]))
}

// soleRune returns the only character of a line that holds one visible
// character and is ordinary text (prose or a heading).
func soleRune(l document.Line) (rune, bool) {
	if l.Kind != document.Prose && l.Kind != document.Heading {
		return 0, false
	}
	text := strings.TrimSpace(l.Text)
	r, size := utf8.DecodeRuneInString(text)
	if size == 0 || size != len(text) || r == utf8.RuneError {
		return 0, false
	}
	return r, true
}

// isText reports whether the characters of the run are the glyphs of
// text: enough of them, and half letters or more. A run that carries on a
// word of the line before or after it is text by that alone; one on its
// own must also hold three different characters and not be "A B C": a
// column of marks ("x" / "x" / "x") or of labels is not text.
func (run charRun) isText() bool {
	chars := run.chars
	if len(chars) < minCharRun {
		return false
	}
	letters := 0
	distinct := map[rune]bool{}
	for _, r := range chars {
		if unicode.IsLetter(r) {
			letters++
		}
		distinct[r] = true
	}
	if letters*2 < len(chars) {
		return false
	}
	return run.takesPrev || run.takesNext || len(distinct) >= 3 && !isAlphabetRun(chars)
}

// continuesWordOf reports whether a run carries on the last word of the
// line before it: that line is ordinary text ending in a letter, and the
// run starts with a small letter.
func continuesWordOf(prev document.Line, chars []rune) bool {
	if prev.Kind != document.Prose && prev.Kind != document.ListItem {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev.Text)
	return unicode.IsLetter(last) && unicode.IsLower(chars[0])
}

// wordContinuesOn reports whether the line after a run carries on its
// last word: the run ends with a small letter and the line starts right
// away (no space) with a small letter.
func wordContinuesOn(chars []rune, next document.Line) bool {
	if next.Kind != document.Prose && next.Kind != document.ListItem {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next.Text)
	return unicode.IsLower(chars[len(chars)-1]) && unicode.IsLower(first)
}

// isWordFragment reports whether a run can be a piece of one word:
// letters only, short, with no capital after a small letter (in a glued
// table row, "HillarAareleid", each new cell brings one).
func isWordFragment(chars []rune) bool {
	if len(chars) > maxFragmentRunes {
		return false
	}
	for i, r := range chars {
		if !unicode.IsLetter(r) {
			return false
		}
		if i > 0 && unicode.IsLower(chars[i-1]) && unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
