package pdf

// Margin notes: a few words minutes write in the right margin beside a
// paragraph, most often who is to act on it ("Clerk", "All", "Cllr. O.
// Williams", "DH/JM") and sometimes what became of it ("Noted"):
//
//	November and December minutes: Clerk to arrange payment.        Clerk
//	4.4.5vii) Work was progressing on the construction of the new …
//
// Read as the line runs, the note would end the sentence beside it
// ("… arrange payment. Clerk") and nothing would say it stands apart.
// marginParagraphs finds such notes from the glyphs' positions — a short
// piece of text, far across the text block, after a gap of several ems
// (or alone on the line under the paragraph) — and the paragraph each
// closes; emitLines gives that paragraph as one TableRow whose cells are
// the paragraph's text and the note, the form a table with an "Action"
// column gives, so the parser reads the note as it reads such a column.
// What the note means (an owner, or "Noted") is the parser's call.

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// Margin-note tuning.
const (
	noteGapEm    = 2.0  // the least gap, in ems, between a line's text and the note after it
	noteZone     = 0.6  // a note starts at least this share of the text block's width across it
	noteMaxWords = 4    // a note is a few words …
	noteMaxRunes = 30   // … and a few letters
	runOnShare   = 0.12 // a line ending within this share of the block's width from its right edge runs on
	bodyMinWords = 5    // a line of running text, whose end tells where the text block ends
	paraMinWords = 5    // a paragraph a note closes has this many words at least
)

// A marginPara is a paragraph of a block that a margin note closes:
// lines[start:end+1], the last of which may be the note on a line of its
// own.
type marginPara struct {
	start, end int
	note       string
}

// marginParagraphs finds the margin notes among a block's lines, cuts
// each from its line and returns the paragraphs they close, top to
// bottom. A block without running text has none.
func marginParagraphs(lines []pdfLine) []marginPara {
	left, right, ok := textBlock(lines)
	if !ok {
		return nil
	}
	zone := left + noteZone*(right-left)
	var paras []marginPara
	for k := range lines {
		note, alone := noteOf(lines, k, zone)
		if note == "" {
			continue
		}
		last := k // the paragraph's last line of text
		if alone {
			last = k - 1
		}
		start := last
		for start > 0 && runsOn(lines[start-1], lines[start], right, left) {
			start--
		}
		if n := len(paras); n > 0 && start <= paras[n-1].end {
			continue // one note to a paragraph; the next stays in its line
		}
		if !isRunningText(lines[start:last+1], right-runOnShare*(right-left)) {
			continue // a table's row of a topic and who presents it, a heading
		}
		if alone {
			lines[k].segs = nil
		} else {
			lines[k].segs = lines[k].segs[:1]
		}
		paras = append(paras, marginPara{start: start, end: k, note: note})
	}
	return paras
}

// textBlock returns where the block's running text starts and ends: the
// leftmost line start, and the right edge most lines of running text
// reach (the end of the line a tenth of the way down from the longest,
// so that a title or a note set wider does not count). ok is false when
// the block has too little running text to tell.
func textBlock(lines []pdfLine) (left, right float64, ok bool) {
	var ends []float64
	left = math.Inf(1)
	for _, l := range lines {
		left = min(left, l.segs[0].x0)
		if l.cells == nil && len(l.segs) == 1 && l.segs[0].words >= bodyMinWords {
			ends = append(ends, l.segs[0].x1)
		}
	}
	if len(ends) < 2 {
		return 0, 0, false
	}
	slices.Sort(ends)
	right = ends[len(ends)-1-len(ends)/10]
	return left, right, right > left
}

// noteOf returns the margin note of line k, if it has one: the segments
// after its first, all in the note zone and a gap of noteGapEm away from
// that first, which starts left of the zone; or (alone) the whole line,
// in the note zone, right under a line of text.
func noteOf(lines []pdfLine, k int, zone float64) (note string, alone bool) {
	l := lines[k]
	if l.cells != nil {
		return "", false
	}
	if l.segs[0].x0 >= zone { // the line's text is all in the zone: a note alone
		if note := joinSegments(l.segs); k > 0 && isNoteText(note) {
			above := lines[k-1]
			if above.cells == nil && len(above.segs) > 0 && above.segs[0].x0 < zone &&
				l.y-above.y <= paragraphEm*max(l.size, above.size) {
				return note, true
			}
		}
		return "", false
	}
	// Text, then the note: one segment or more ("IB", "AW" set apart),
	// all in the zone.
	if len(l.segs) < 2 || l.segs[1].x0 < zone || l.segs[1].x0-l.segs[0].x1 < noteGapEm*l.size {
		return "", false
	}
	if note := joinSegments(l.segs[1:]); isNoteText(note) {
		return note, false
	}
	return "", false
}

// joinSegments is the text of segments, joined with spaces.
func joinSegments(segs []segment) string {
	texts := make([]string, len(segs))
	for i, s := range segs {
		texts[i] = s.text
	}
	return strings.Join(texts, " ")
}

// isRunningText reports whether a paragraph's lines read as running
// text, not as a heading or a table's row: a few words at least, not in
// bold, and when they are one line, a sentence ("ix) SLCC, audit
// guidance and template letters.", not an agenda's "Certificates of
// Incorporation for all Board notebooks" beside who presents it) or a
// line filled to the edge, full, that runs on to the next page.
func isRunningText(lines []pdfLine, full float64) bool {
	words := 0
	for _, l := range lines {
		if l.bold {
			return false
		}
		words += l.segs[0].words
	}
	first := lines[0].segs[0]
	return words >= paraMinWords && (len(lines) > 1 || closesSentence(first.text) || first.x1 >= full)
}

// isNoteText reports whether s can be a margin note: a few words
// starting with a capital letter, without digits (a page number, an
// amount or a date in the margin is no note).
func isNoteText(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) || countWords(s) > noteMaxWords || utf8.RuneCountInString(s) > noteMaxRunes {
		return false
	}
	return !strings.ContainsFunc(s, unicode.IsDigit)
}

// runsOn reports whether line b continues the paragraph of line a: it
// follows closely, in the same type, a filled the line to near the
// block's right edge, and b opens no item of a list ("4.12v) …", "•").
func runsOn(a, b pdfLine, right, left float64) bool {
	if a.cells != nil || b.cells != nil || len(a.segs) != 1 || len(b.segs) == 0 {
		return false // a line of several segments is a table's row, not running text
	}
	if b.y-a.y > paragraphEm*max(a.size, b.size) || a.bold != b.bold || a.size != b.size {
		return false
	}
	// A line ending near the right edge runs on; so does one ending
	// further in without ending a sentence, as ragged lines of
	// long words do ("… completed at the meeting,").
	end, width := a.segs[len(a.segs)-1], right-left
	if end.x1 < right-runOnShare*width && (end.x1 < right-2*runOnShare*width || closesSentence(end.text)) {
		return false
	}
	first, _, _ := strings.Cut(b.segs[0].text, " ")
	return !isBulletSign(first) && !isListMarker(first) && !isItemReference(first)
}

// closesSentence reports whether text ends a sentence: with ".", "!",
// "?" or ":", or a closing quote or bracket after one.
func closesSentence(text string) bool {
	text = strings.TrimRight(text, `"'’”)»`)
	r, _ := utf8.DecodeLastRuneInString(text)
	return r == '.' || r == '!' || r == '?' || r == ':'
}

// isItemReference reports whether w numbers a paragraph as minutes refer
// to earlier ones: digits, dots and a lower-case (roman) letter run, in
// a closing bracket: "4.12v)", "10iii)", "4.4.4.4.12i)", "(b)".
func isItemReference(w string) bool {
	w = strings.TrimPrefix(w, "(")
	core, ok := strings.CutSuffix(w, ")")
	if !ok || core == "" || utf8.RuneCountInString(core) > 16 {
		return false
	}
	for _, r := range core {
		if !(r >= '0' && r <= '9' || r == '.' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}

// marginRow makes the Document line of a paragraph closed by a margin
// note: a TableRow of the paragraph's text and the note. The lines are
// joined with spaces, a line ending in a hyphen running on without one,
// as a table cell's are.
func marginRow(lines []pdfLine, note string, page int) document.Line {
	var b strings.Builder
	for _, l := range lines {
		for _, s := range l.segs {
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte(' ')
			}
			b.WriteString(s.text)
		}
	}
	l := baseLine(lines[0], lines[0].segs[0].x0, page)
	l.Kind, l.Cells = document.TableRow, []string{b.String(), note}
	l.Text = strings.Join(l.Cells, " | ")
	return l
}
