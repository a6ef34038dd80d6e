package pdf

// Text columns across a page. When the lines of two columns share
// baselines, findRegion sees each pair as one line with two segments; when
// they do not (different leading, a heading in one column), the lines of
// the two columns interleave by height instead. This step finds a
// vertical gutter from the page as a whole — a strip of x that almost no
// line crosses, with prose on both sides — and hands the layout each
// column as a block of its own, in reading order: full-width lines (a
// title, a footer) stay where they are and separate the column blocks.
//
// Tables also leave empty strips, but their cells are short; requiring
// running text (several words per line) on both sides keeps them whole.

import (
	"math"
)

// Column detection tuning.
const (
	columnBin       = 2.0  // histogram bin width, in points
	columnMinGutter = 8.0  // the narrowest gutter between text columns, in points
	columnMinLines  = 4    // lines each column needs
	columnMinWords  = 4.5  // average words per line of each column: prose, not table cells
	gutterCrossing  = 0.08 // the share of lines that may cross a gutter (titles, footers)
)

// splitColumns returns the page's lines as blocks in reading order: one
// block when the page has no columns of prose.
func splitColumns(lines []pdfLine) [][]pdfLine {
	g, ok := findPageGutter(lines)
	if !ok {
		return [][]pdfLine{lines}
	}
	var blocks [][]pdfLine
	var left, right []pdfLine
	flush := func() {
		if len(left) > 0 {
			blocks = append(blocks, left)
		}
		if len(right) > 0 {
			blocks = append(blocks, right)
		}
		left, right = nil, nil
	}
	for _, l := range lines {
		l, r, crosses := splitAtGutter(l, g)
		if crosses || farBelow(left, l) && below(right, l) || farBelow(right, r) && below(left, r) {
			// A full-width line, or one far below its column and below
			// the other column too (a footer under short columns), ends
			// the columns above it.
			flush()
		}
		if crosses {
			blocks = append(blocks, []pdfLine{l})
			continue
		}
		if len(l.segs) > 0 {
			left = append(left, l)
		}
		if len(r.segs) > 0 {
			right = append(right, r)
		}
	}
	flush()
	return blocks
}

// farBelow reports whether line l (if it has text) lies more than a few
// lines' height below the last line of column.
func farBelow(column []pdfLine, l pdfLine) bool {
	if len(column) == 0 || len(l.segs) == 0 {
		return false
	}
	last := column[len(column)-1]
	return l.y-last.y > regionGapEm*max(l.size, last.size)
}

// below reports whether line l lies below every line of column.
func below(column []pdfLine, l pdfLine) bool {
	return len(column) == 0 || l.y > column[len(column)-1].y
}

// splitAtGutter divides a line's segments at the gutter. crosses is true
// when a segment spans it: the line is full width and l is the line whole.
func splitAtGutter(line pdfLine, g gutter) (l, r pdfLine, crosses bool) {
	l, r = line, line
	l.segs, r.segs = nil, nil
	for _, s := range line.segs {
		switch sideOf(s, g) {
		case sideLeft:
			l.segs = append(l.segs, s)
		case sideRight:
			r.segs = append(r.segs, s)
		default:
			return line, pdfLine{}, true
		}
	}
	return l, r, false
}

// A side is where a segment lies against a gutter.
type side int8

const (
	sideAcross side = iota // it spans the gutter
	sideLeft
	sideRight
)

// sideOf tells where segment s lies against gutter g.
func sideOf(s segment, g gutter) side {
	switch {
	case s.x1 <= g.x0+0.01:
		return sideLeft
	case s.x0 >= g.x1-0.01:
		return sideRight
	}
	return sideAcross
}

// findPageGutter looks for the widest strip that few lines cross, with
// enough prose on both sides to be columns.
func findPageGutter(lines []pdfLine) (gutter, bool) {
	if len(lines) < 2*columnMinLines {
		return gutter{}, false
	}
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		x0, x1 = min(x0, l.segs[0].x0), max(x1, l.segs[len(l.segs)-1].x1)
	}
	if x1-x0 > 20000 || x1 <= x0 {
		return gutter{}, false // no real page is that wide
	}
	cover := make([]int, int((x1-x0)/columnBin)+1)
	for _, l := range lines {
		for _, s := range l.segs {
			for b := int((s.x0 - x0) / columnBin); b <= int((s.x1-x0)/columnBin) && b < len(cover); b++ {
				cover[b]++
			}
		}
	}
	limit := int(gutterCrossing * float64(len(lines)))
	best, found := gutter{}, false
	for b := 0; b < len(cover); {
		if cover[b] > limit {
			b++
			continue
		}
		end := b
		for end < len(cover) && cover[end] <= limit {
			end++
		}
		g := gutter{x0 + float64(b)*columnBin, x0 + float64(end)*columnBin}
		if g.x1-g.x0 >= columnMinGutter && b > 0 && end < len(cover) && (!found || g.x1-g.x0 > best.x1-best.x0) && proseOnBothSides(lines, g) {
			best, found = g, true
		}
		b = end
	}
	return best, found
}

// proseOnBothSides reports whether enough lines lie on each side of the
// gutter and read as running text.
func proseOnBothSides(lines []pdfLine, g gutter) bool {
	var leftLines, rightLines, leftWords, rightWords int
	for _, line := range lines {
		var words [3]int // by side
		var filled [3]bool
		for _, s := range line.segs {
			words[sideOf(s, g)] += s.words
			filled[sideOf(s, g)] = true
		}
		if filled[sideAcross] {
			continue
		}
		if filled[sideLeft] {
			leftLines++
			leftWords += words[sideLeft]
		}
		if filled[sideRight] {
			rightLines++
			rightWords += words[sideRight]
		}
	}
	return leftLines >= columnMinLines && rightLines >= columnMinLines &&
		float64(leftWords)/float64(leftLines) >= columnMinWords &&
		float64(rightWords)/float64(rightLines) >= columnMinWords
}
