package normalize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/extract"
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
// text), mostly letters, at least three different ones, and not a run of
// the alphabet ("A" / "B" / "C"). One or two such lines are common in
// clean text — a bullet, a bracket left alone by justification, a split
// diacritic ("Kou" / "ř" / "il") that the split-diacritics pass handles —
// three in a row spelling letters are not.
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
func applyCharPerLine(doc *extract.Document) []extract.Warning {
	lines := doc.Lines
	out := make([]extract.Line, 0, len(lines))
	var warnings []extract.Warning
	for i := 0; i < len(lines); {
		chars, end := charRunAt(lines, i)
		attached := len(chars) > 0 && (len(out) > 0 && continuesWordOf(out[len(out)-1], chars) ||
			end < len(lines) && isWordFragment(chars) && wordContinuesOn(chars, lines[end]))
		if !isCharRun(chars, attached) {
			// Not a run; nor is any part of it, which would start
			// after a one-character line.
			end = max(end, i+1)
			out = append(out, lines[i:end]...)
			i = end
			continue
		}
		joined, tookPrev, next, warning := rejoinCharRun(out, lines, i, chars, end)
		if tookPrev {
			out = out[:len(out)-1]
		}
		out = append(out, joined)
		warnings = append(warnings, warning)
		i = next
	}
	doc.Lines = out
	return capWarnings(warnings, "run of one-character lines rejoined|runs of one-character lines rejoined")
}

// rejoinCharRun makes one line of the run chars that spans lines[i:end],
// given the lines out made so far. It returns the line; whether it took in
// the last line of out (the run carries on its word); the index of the
// first line after it, past end when it took in the line after; and the
// warning.
func rejoinCharRun(out, lines []extract.Line, i int, chars []rune, end int) (extract.Line, bool, int, extract.Warning) {
	run := string(chars)
	joined := lines[i]
	joined.Text, joined.Cells = run, nil
	tookPrev := len(out) > 0 && continuesWordOf(out[len(out)-1], chars)
	if tookPrev {
		prev := out[len(out)-1]
		joined = prev
		joined.Text = strings.TrimRight(prev.Text, " ") + run
	}
	fragment := isWordFragment(chars)
	if fragment && end < len(lines) && wordContinuesOn(chars, lines[end]) {
		joined.Text += lines[end].Text
		end++
	}
	place := extract.Place{Page: joined.Page, Line: joined.Num}
	if fragment && joined.Text != run {
		if !tookPrev {
			joined.Kind = extract.Prose
		}
		word := wordAtByte(joined.Text, strings.LastIndex(joined.Text, run))
		return joined, tookPrev, end, extract.Warning{Place: place,
			Message: fmt.Sprintf("rejoined a word split over %d one-character lines: %s", len(chars), word)}
	}
	joined.Kind = extract.Glued
	return joined, tookPrev, end, extract.Warning{Place: place,
		Message: fmt.Sprintf("rejoined %d one-character lines into one line whose spaces were lost: %s", len(chars), preview(joined.Text, 50))}
}

// wordAtByte returns the word of text around the byte offset i.
func wordAtByte(text string, i int) string {
	return wordAround([]rune(text), utf8.RuneCountInString(text[:max(i, 0)]))
}

// soleRune returns the only character of a line that holds one visible
// character and is ordinary text (prose or a heading).
func soleRune(l extract.Line) (rune, bool) {
	if l.Kind != extract.Prose && l.Kind != extract.Heading {
		return 0, false
	}
	text := strings.TrimSpace(l.Text)
	r, size := utf8.DecodeRuneInString(text)
	if size == 0 || size != len(text) || r == utf8.RuneError {
		return 0, false
	}
	return r, true
}

// charRunAt returns the characters of the one-character lines from
// lines[i] on, and the index after the last of them. A single blank line
// between two one-character lines is part of the run.
func charRunAt(lines []extract.Line, i int) ([]rune, int) {
	var chars []rune
	end := i
	for j := i; j < len(lines); {
		r, ok := soleRune(lines[j])
		if !ok {
			break
		}
		chars = append(chars, r)
		j++
		end = j
		if j+1 < len(lines) && lines[j].Kind == extract.Blank {
			if _, next := soleRune(lines[j+1]); next {
				j++
			}
		}
	}
	return chars, end
}

// isCharRun reports whether the characters of consecutive one-character
// lines are the glyphs of text: enough of them, and half letters or more.
// A run that carries on a word of the line before or after it (attached)
// is text by that alone; one on its own must also hold three different
// characters and not be "A B C": a column of marks ("x" / "x" / "x") or
// of labels is not text.
func isCharRun(chars []rune, attached bool) bool {
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
	return attached || len(distinct) >= 3 && !isAlphabetRun(chars)
}

// continuesWordOf reports whether a run carries on the last word of the
// line before it: that line is ordinary text ending in a letter, and the
// run starts with a small letter.
func continuesWordOf(prev extract.Line, chars []rune) bool {
	if prev.Kind != extract.Prose && prev.Kind != extract.ListItem {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev.Text)
	return unicode.IsLetter(last) && unicode.IsLower(chars[0])
}

// wordContinuesOn reports whether the line after a run carries on its
// last word: the run ends with a small letter and the line starts right
// away (no space) with a small letter.
func wordContinuesOn(chars []rune, next extract.Line) bool {
	if next.Kind != extract.Prose && next.Kind != extract.ListItem {
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
