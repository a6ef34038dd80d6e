package pdf

// Regions: runs of lines that share empty vertical strips ("gutters")
// between their segments. Such a run is one of three things, told apart
// by what its cells hold:
//
//   - a hanging list: the first column holds only markers ("1.", "IV.",
//     "•") or line numbers; each line is read marker, space, text;
//   - text columns: every column holds running text (several words a
//     line); the columns are read one after the other;
//   - a table: anything else; each line is a TableRow whose Cells are the
//     columns, and rows wrapped onto further lines are joined.

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// A gutter is an empty vertical strip between columns.
type gutter struct{ x0, x1 float64 }

// Bounds that keep region detection fast on hostile pages: a real page
// holds a few hundred lines at most.
const (
	maxRegionLines  = 400  // a region ends after this many lines
	maxGutterLookup = 60   // new gutters are sought only in regions shorter than this
	maxRegionPage   = 2000 // pages with more lines are not searched for regions
)

// findRegion looks for a region starting at line i: consecutive lines,
// at least two of them with text in several columns, whose segments all
// avoid one or more common gutters. The gutters come from the first
// line's gaps and from gaps of later lines that the lines above them
// also leave empty (a header whose cells sit at another height). It
// returns the end of the region (i when there is none) and the gutters.
func findRegion(lines []pdfLine, i int) (int, []gutter) {
	if len(lines[i].segs) < 2 || lines[i].cells != nil {
		return i, nil
	}
	gutters := gapsOf(lines[i])
	end, multi := i+1, 1
	for j := i + 1; j < len(lines) && j-i < maxRegionLines; j++ {
		prev, cur := lines[j-1], lines[j]
		if cur.angle != prev.angle || cur.y-prev.y > regionGapEm*max(cur.size, prev.size) || cur.cells != nil {
			break
		}
		next, split := addLine(gutters, lines[i:j], cur)
		if len(next) == 0 {
			break
		}
		gutters = next
		if filledColumns(split, gutters) >= 2 {
			multi++
			end = j + 1 // lines after the last row with several cells return to the flow
		}
	}
	if multi < 2 {
		return i, nil
	}
	// Recompute the gutters over the kept lines only.
	gutters = gapsOf(lines[i])
	for j := i + 1; j < end; j++ {
		gutters, _ = addLine(gutters, lines[i:j], lines[j])
	}
	gutters = dropMarginColumns(lines[i:end], gutters)
	if len(gutters) == 0 || rowsWithColumns(lines[i:end], gutters) < 2 {
		return i, nil
	}
	// The last row's cells may wrap onto lines of their own: keep the
	// lines that follow closely with nothing in the first column.
	for end < len(lines) && len(gutters) > 0 {
		cur, prev := lines[end], lines[end-1]
		narrowed := narrowGutters(gutters, splitAtGutters(cur, gutters))
		if cur.cells != nil || cur.angle != prev.angle || cur.y-prev.y > 1.5*max(cur.size, prev.size) ||
			cur.segs[0].x0 < gutters[0].x1-0.01 || len(narrowed) != len(gutters) || !alignedUnder(cur, prev) {
			break
		}
		gutters = narrowed
		end++
	}
	return end, gutters
}

// addLine takes line cur into a region whose lines so far are above: the
// gutters it crosses shrink or go, and its own gaps become new gutters
// where every line above leaves them empty too. It returns the gutters and
// cur cut at them.
func addLine(gutters []gutter, above []pdfLine, cur pdfLine) ([]gutter, pdfLine) {
	split := splitAtGutters(cur, gutters)
	next := narrowGutters(gutters, split)
	if len(next) == 0 {
		return nil, split
	}
	for _, g := range gapsOf(cur) {
		if overlapsAny(g, next) || len(above) > maxGutterLookup {
			continue
		}
		candidate := []gutter{g}
		for k := 0; k < len(above) && len(candidate) > 0; k++ {
			candidate = narrowGutters(candidate, above[k])
		}
		if len(candidate) > 0 {
			next = append(next, candidate[0])
		}
	}
	slices.SortFunc(next, func(a, b gutter) int { return cmp.Compare(a.x0, b.x0) })
	return next, splitAtGutters(cur, next)
}

// dropMarginColumns removes the gutters before columns that hold notes in
// the margin rather than cells: a few words beside running text (long
// lines), or text on few of the region's lines and mostly not where a row
// starts (lines with text in the first column) — the initials of an
// action's owner beside the minutes, a page number beside a footer. A
// sparse column whose text starts rows, like the owner of each item in a
// table of short cells, stays. The notes then read at the end of their
// lines.
func dropMarginColumns(lines []pdfLine, gutters []gutter) []gutter {
	if len(lines) < 4 {
		return gutters
	}
	rows := make([][]string, len(lines))
	for i, tl := range lines {
		rows[i] = cellsOf(splitAtGutters(tl, gutters), gutters)
	}
	var kept []gutter
	for c, g := range gutters {
		filled, atRowStart := 0, 0
		for _, r := range rows {
			if r[c+1] != "" {
				filled++
				if r[0] != "" {
					atRowStart++
				}
			}
		}
		sparse := filled*3 < len(rows)
		beside := averageWords(rows, c) >= 8 // running text to the left
		notes := beside && averageWords(rows, c+1) <= 3
		if !notes && (!sparse || atRowStart*3 >= filled*2 && !beside) {
			kept = append(kept, g)
		}
	}
	return kept
}

// averageWords is the mean number of words in the filled cells of column c.
func averageWords(rows [][]string, c int) float64 {
	words, filled := 0, 0
	for _, r := range rows {
		if r[c] != "" {
			words += countWords(r[c])
			filled++
		}
	}
	if filled == 0 {
		return 0
	}
	return float64(words) / float64(filled)
}

// rowsWithColumns counts the lines with text in two columns or more.
func rowsWithColumns(lines []pdfLine, gutters []gutter) int {
	n := 0
	for _, tl := range lines {
		if filledColumns(splitAtGutters(tl, gutters), gutters) >= 2 {
			n++
		}
	}
	return n
}

// filledColumns counts the columns in which a line has text, as
// cellsOf would fill them.
func filledColumns(tl pdfLine, gutters []gutter) int {
	n, last := 0, -1
	for _, s := range tl.segs {
		if col := columnOf(s, gutters); col != last && s.text != "" {
			n++
			last = col
		}
	}
	return n
}

// columnOf returns the column a segment falls in: the number of gutters
// it starts right of.
func columnOf(s segment, gutters []gutter) int {
	col := 0
	for col < len(gutters) && s.x0 >= gutters[col].x1-0.01 {
		col++
	}
	return col
}

// splitAtGutters cuts a line's segments at their wide word gaps that fall
// in one of the gutters: in a table, a cell filled to its edge leaves only
// a narrow gap before the next column. Other lines are returned as they are.
// Most lines have no such gap, and are returned without allocating: the
// region search asks this of every line many times.
func splitAtGutters(tl pdfLine, gutters []gutter) pdfLine {
	first := slices.IndexFunc(tl.segs, func(s segment) bool { return cutsAt(s, gutters) })
	if first < 0 {
		return tl
	}
	segs := slices.Clone(tl.segs[:first])
	for _, s := range tl.segs[first:] {
		segs = appendSplit(segs, s, gutters)
	}
	tl.segs = segs
	return tl
}

// cutsAt reports whether one of the segment's wide gaps overlaps a gutter.
func cutsAt(s segment, gutters []gutter) bool {
	for _, w := range s.wide {
		if overlapsAny(w.gutter, gutters) {
			return true
		}
	}
	return false
}

// appendSplit appends segment s to segs, cut at its wide gaps that
// overlap a gutter.
func appendSplit(segs []segment, s segment, gutters []gutter) []segment {
	start, x0, cut := 0, s.x0, false
	for _, w := range s.wide {
		if !overlapsAny(w.gutter, gutters) || w.at <= start || w.at > len(s.text) {
			continue
		}
		text := strings.TrimSpace(s.text[start:w.at])
		segs = append(segs, segment{text: text, x0: x0, x1: w.x0, words: countWords(text)})
		start, x0, cut = w.at, w.x1, true
	}
	if !cut {
		return append(segs, s)
	}
	text := strings.TrimSpace(s.text[start:])
	return append(segs, segment{text: text, x0: x0, x1: s.x1, words: countWords(text)})
}

// overlapsAny reports whether g overlaps one of the gutters.
func overlapsAny(g gutter, gutters []gutter) bool {
	for _, o := range gutters {
		if g.x0 < o.x1 && g.x1 > o.x0 {
			return true
		}
	}
	return false
}

// alignedUnder reports whether line cur starts where one of prev's
// segments starts: wrapped cell text stays on its column's left edge.
func alignedUnder(cur, prev pdfLine) bool {
	for _, s := range prev.segs {
		if math.Abs(s.x0-cur.segs[0].x0) <= 0.5*cur.size {
			return true
		}
	}
	return false
}

// gapsOf returns the wide gaps between a line's segments.
func gapsOf(tl pdfLine) []gutter {
	var gs []gutter
	for k := 1; k < len(tl.segs); k++ {
		gs = append(gs, gutter{tl.segs[k-1].x1, tl.segs[k].x0})
	}
	return gs
}

// narrowGutters keeps the parts of the gutters no segment of tl covers,
// dropping those narrower than gutterMinEm.
func narrowGutters(gs []gutter, tl pdfLine) []gutter {
	var out []gutter
	for _, g := range gs {
		x0, x1 := g.x0, g.x1
		for _, s := range tl.segs {
			if s.x1 <= x0 || s.x0 >= x1 {
				continue // the segment lies beside the gutter
			}
			switch {
			case s.x0 <= x0 && s.x1 >= x1:
				x1 = x0 // covered
			case s.x0 <= x0:
				x0 = s.x1
			case s.x1 >= x1:
				x1 = s.x0
			default:
				// The segment sits inside the gutter: keep the wider side.
				if s.x0-x0 >= x1-s.x1 {
					x1 = s.x0
				} else {
					x0 = s.x1
				}
			}
		}
		if x1-x0 >= gutterMinEm*tl.size {
			out = append(out, gutter{x0, x1})
		}
	}
	return out
}

// cellsOf distributes a line's segments into the columns the gutters make.
func cellsOf(tl pdfLine, gutters []gutter) []string {
	cells := make([]string, len(gutters)+1)
	for _, s := range tl.segs {
		col := columnOf(s, gutters)
		if cells[col] != "" {
			cells[col] += " "
		}
		cells[col] += s.text
	}
	return cells
}

// regionLines emits the lines of a region as a list, text columns or a
// table, whichever its cells look like.
func regionLines(lines []pdfLine, gutters []gutter, page int) []document.Line {
	rows := make([][]string, len(lines))
	for i, tl := range lines {
		lines[i] = splitAtGutters(tl, gutters)
		rows[i] = cellsOf(lines[i], gutters)
	}
	switch {
	case len(gutters) == 1 && isMarkerColumn(rows):
		return listLines(lines, rows, page)
	case isProseColumns(rows):
		return columnLines(lines, rows, gutters, page)
	}
	return tableLines(lines, rows, page)
}

// baseLine makes a Document line for a laid-out line.
func baseLine(tl pdfLine, x float64, page int) document.Line {
	return document.Line{Page: page, X: round2(x), Y: round2(tl.y), Size: round2(tl.size), Bold: tl.bold}
}

// isMarkerColumn reports whether the first column holds only list markers
// ("1.", "IV.", "a)", "•", "-") or line numbers: a hanging indent, not a
// table.
func isMarkerColumn(rows [][]string) bool {
	markers := 0
	for _, r := range rows {
		if r[0] == "" {
			continue
		}
		if !isListMarker(r[0]) {
			return false
		}
		markers++
	}
	return markers > 0
}

// isListMarker reports whether s looks like the number or bullet of a
// list item: a short run of digits, roman numerals or one letter, ending
// in ".", ")" or ":" (or bare digits), or a bullet sign.
func isListMarker(s string) bool {
	if utf8.RuneCountInString(s) == 1 {
		r, _ := utf8.DecodeRuneInString(s)
		return strings.ContainsRune("•·▪◦●○■□–—-*>»→✓✔", r) || unicode.IsDigit(r) || unicode.In(r, unicode.So)
	}
	if utf8.RuneCountInString(s) > 6 {
		return false
	}
	core := strings.TrimRight(s, ".):")
	if core == "" {
		return false
	}
	if core == s && !isDigits(strings.ReplaceAll(core, ".", "")) {
		return false // "Name", "Chair": a word, not a marker
	}
	core = strings.TrimLeft(core, "(")
	switch {
	case isDigits(strings.ReplaceAll(core, ".", "")):
		return true
	case isRoman(strings.ToUpper(core)):
		return true
	case utf8.RuneCountInString(core) == 1:
		r, _ := utf8.DecodeRuneInString(core)
		return unicode.IsLetter(r)
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func isRoman(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return s != ""
}

// listLines joins marker and text with a space, as the line reads.
func listLines(lines []pdfLine, rows [][]string, page int) []document.Line {
	out := make([]document.Line, 0, len(lines))
	for i, tl := range lines {
		l := baseLine(tl, tl.segs[0].x0, page)
		l.Text = strings.TrimSpace(rows[i][0] + " " + rows[i][1])
		out = append(out, l)
	}
	return out
}

// isProseColumns reports whether every column reads as running text:
// cells of several words on most lines. Tables have short cells in at
// least one column.
func isProseColumns(rows [][]string) bool {
	if len(rows) < 3 {
		return false
	}
	for col := range rows[0] {
		words, filled := 0, 0
		for _, r := range rows {
			if r[col] != "" {
				words += countWords(r[col])
				filled++
			}
		}
		if filled == 0 || float64(words)/float64(filled) < 4.5 {
			return false
		}
	}
	return true
}

// columnLines reads text columns one after the other, top to bottom.
func columnLines(lines []pdfLine, rows [][]string, gutters []gutter, page int) []document.Line {
	var out []document.Line
	for col := 0; col <= len(gutters); col++ {
		for i, tl := range lines {
			if rows[i][col] == "" {
				continue
			}
			x := tl.segs[0].x0
			if col > 0 {
				x = gutters[col-1].x1
			}
			l := baseLine(tl, x, page)
			l.Text = rows[i][col]
			out = append(out, l)
		}
	}
	return out
}

// tableLines emits a table's rows. A row whose first cell is empty and
// that follows closely is a wrapped continuation of the row before: its
// cells are appended to that row's, as a person reads them — unless it
// starts an item of a list inside the cell, which keeps its own line.
func tableLines(lines []pdfLine, rows [][]string, page int) []document.Line {
	out := make([]document.Line, 0, len(lines))
	for i, tl := range lines {
		if n := len(out); n > 0 && isContinuation(rows[i]) &&
			tl.y-lines[i-1].y <= 1.5*tl.size && out[n-1].Cells[0] != "" {
			prev := &out[n-1]
			for c, text := range rows[i] {
				if text != "" {
					prev.Cells[c] = strings.TrimSpace(prev.Cells[c] + " " + text)
				}
			}
			prev.Text = strings.Join(prev.Cells, " | ")
			continue
		}
		l := baseLine(tl, tl.segs[0].x0, page)
		l.Kind = document.TableRow
		l.Cells = rows[i]
		l.Text = strings.Join(rows[i], " | ")
		out = append(out, l)
	}
	return out
}

// isContinuation reports whether a row continues the one above: its first
// cell is empty and no cell starts a list item.
func isContinuation(row []string) bool {
	if row[0] != "" {
		return false
	}
	for _, cell := range row {
		if first, _, _ := strings.Cut(cell, " "); first != "" && isListMarker(first) {
			return false
		}
	}
	return true
}

// isLaterRow reports whether a line outside any region is a row of the
// table found above it in its block: it has text in every column of
// that table and no segment crossing its gutters. A table's last row,
// set apart from the rows above by the lists of the row before ("10 |
// AoB | All", its bullets, then "11 | Date of Next Meeting | HP" alone),
// forms no region of its own.
func isLaterRow(tl pdfLine, gutters []gutter) bool {
	if len(gutters) == 0 || len(tl.segs) < 2 || tl.cells != nil {
		return false
	}
	split := splitAtGutters(tl, gutters)
	for _, s := range split.segs {
		for _, g := range gutters {
			if sideOf(s, g) == sideAcross {
				return false
			}
		}
	}
	return filledColumns(split, gutters) == len(gutters)+1
}
