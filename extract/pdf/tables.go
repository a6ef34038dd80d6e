package pdf

// Ruled tables: the grids a page's rulings draw (rulings.go), found the
// way pdfplumber's lattice finds them, and the text in their cells.
//
//  1. mergeRulings: rulings a few points apart across are one line, and
//     pieces of one line that meet or nearly meet are joined.
//  2. crossings: where a horizontal and a vertical line meet.
//  3. gridCells: from each crossing, the smallest rectangle whose four
//     corners are crossings joined by lines is a cell.
//  4. groupTables: cells that share corners are one table; its columns
//     and rows are the distinct left and top edges of its cells.
//  5. takeRuledRows: each row's cells (an empty sliver narrower than
//     minCellWidth dropped; a row drawn as one cell across cut at the
//     columns of the nearest row of the same width, when no glyph
//     straddles them: banded tables shade every other row's cells) and
//     the glyphs in each cell, laid out as a small page of their own. A
//     row whose cells each hold a little text — at most maxCellLines
//     lines and maxCellText characters, no list, no bold heading over
//     prose — is a data row: one line of Kind TableRow whose Cells are
//     the cells drawn in that row, left to right (a cell spanning
//     columns is one cell, as a <td colspan> is; two grids drawn one
//     under the other, touching, keep their own columns), as the HTML
//     reader gives a <tr>.
//  6. The other rows, and every row of a grid most of whose rows are not
//     data (a grid drawn around an agenda's items and their prose), are
//     page layout: their glyphs stay on the page and are read like the
//     rest of it, a narrow last column's (sideColumn: an "Action" column
//     of owners' initials) moved to the end of the paragraph they stand
//     beside rather than into the middle of its sentence.

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Lattice tuning, in points.
const (
	snapTolerance = 3.0 // lines this close across are one
	joinTolerance = 3.0 // pieces of a line this close along it are one
	meetTolerance = 2.0 // a line may stop this short of another and still meet it
	minCellSide   = 3.0 // a lower cell is the gap of a double rule
	minCellWidth  = 6.5 // an empty cell narrower is that, or the gap between a shaded cell's fill and its border
)

// What a data row's cell may hold, as the HTML reader allows.
const (
	maxCellLines = 8
	maxCellText  = 500
)

// paragraphGapEm: lines of a cell further apart than this, in ems, are
// paragraphs.
const paragraphGapEm = 1.8

// The work done for one page's tables is bounded, so that a page
// drawing a mesh of millions of lines costs no more than a few
// milliseconds: maxCrossingChecks bounds the pairs of lines looked at and
// the corners tried for cells, maxGlyphChecks the glyphs placed in rows.
const (
	maxCrossingChecks = 1 << 18
	maxGlyphChecks    = 1 << 23
)

// A box is a rectangle on the page: x0 ≤ x1, y0 ≤ y1 (y down).
type box struct{ x0, y0, x1, y1 float64 }

// contains reports whether the point is inside b.
func (b box) contains(x, y float64) bool {
	return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1
}

// A ruledTable is a grid of cells drawn on the page.
type ruledTable struct {
	cells []box
	cols  []float64 // the left edges of its columns, in order
	rows  []float64 // the top edges of its rows, in order
}

// findRuledTables returns the tables the rulings draw, those of two
// columns or more.
func findRuledTables(rulings []ruling) []ruledTable {
	hs, vs := mergeRulings(rulings, true), mergeRulings(rulings, false)
	if len(hs) < 2 || len(vs) < 2 || len(hs)*len(vs) > maxCrossingChecks {
		return nil
	}
	cells := gridCells(crossings(hs, vs))
	var tables []ruledTable
	for _, t := range groupTables(cells) {
		if len(t.cols) >= 2 {
			tables = append(tables, t)
		}
	}
	return tables
}

// mergeRulings returns the horizontal (or vertical) rulings with those
// that lie on one line snapped to it and its touching pieces joined,
// ordered by position and then extent.
func mergeRulings(rulings []ruling, horizontal bool) []ruling {
	var rs []ruling
	for _, r := range rulings {
		if r.horizontal == horizontal {
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, func(a, b ruling) int { return cmp.Compare(a.pos, b.pos) })
	for start := 0; start < len(rs); {
		end, sum := start, 0.0
		for end < len(rs) && rs[end].pos-rs[start].pos <= snapTolerance {
			sum += rs[end].pos
			end++
		}
		for k := start; k < end; k++ {
			rs[k].pos = sum / float64(end-start)
		}
		start = end
	}
	slices.SortFunc(rs, func(a, b ruling) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.from, b.from))
	})
	var out []ruling
	for _, r := range rs {
		if n := len(out); n > 0 && out[n-1].pos == r.pos && r.from <= out[n-1].to+joinTolerance {
			out[n-1].to = max(out[n-1].to, r.to)
			continue
		}
		out = append(out, r)
	}
	return out
}

// A crossing is where horizontal line h and vertical line v meet.
type crossing struct {
	x, y float64
	h, v int // the lines' indexes
}

// crossings returns where the horizontal lines hs meet the vertical lines
// vs, ordered top to bottom and left to right.
func crossings(hs, vs []ruling) []crossing {
	var out []crossing
	for hi, h := range hs {
		for vi, v := range vs {
			if v.pos >= h.from-meetTolerance && v.pos <= h.to+meetTolerance &&
				h.pos >= v.from-meetTolerance && h.pos <= v.to+meetTolerance {
				out = append(out, crossing{x: v.pos, y: h.pos, h: hi, v: vi})
			}
		}
	}
	return out // hs are ordered by y and vs by x, so out is too
}

// gridCells returns the cells the crossings make: from each crossing,
// the nearest crossing below it on its vertical line and the nearest to
// its right on its horizontal line whose fourth corner is a crossing of
// the lines through them.
func gridCells(points []crossing) []box {
	at := make(map[[2]int]bool, len(points))
	for _, p := range points {
		at[[2]int{p.h, p.v}] = true
	}
	byH := map[int][]crossing{}
	byV := map[int][]crossing{}
	for _, p := range points {
		byH[p.h] = append(byH[p.h], p) // left to right
		byV[p.v] = append(byV[p.v], p) // top to bottom
	}
	var cells []box
	work := 0
	for _, p := range points {
	search:
		for _, below := range byV[p.v] {
			if below.y <= p.y {
				continue
			}
			for _, right := range byH[p.h] {
				if work++; work > maxCrossingChecks {
					return nil // a hostile page's mesh: no table read
				}
				if right.x <= p.x || !at[[2]int{below.h, right.v}] {
					continue
				}
				if right.x-p.x >= minCellSide && below.y-p.y >= minCellSide {
					cells = append(cells, box{p.x, p.y, right.x, below.y})
				}
				break search
			}
		}
	}
	return cells
}

// groupTables gathers cells that share a corner into tables, and works
// out each table's columns and rows.
func groupTables(cells []box) []ruledTable {
	parent := make([]int, len(cells))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := map[[2]float64]int{} // a corner → a cell that has it
	for i, c := range cells {
		for _, corner := range [][2]float64{{c.x0, c.y0}, {c.x1, c.y0}, {c.x0, c.y1}, {c.x1, c.y1}} {
			if j, ok := owner[corner]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[corner] = i
			}
		}
	}
	groups := map[int][]box{}
	var roots []int
	for i, c := range cells {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], c)
	}
	var tables []ruledTable
	for _, r := range roots {
		t := ruledTable{cells: groups[r]}
		for _, c := range t.cells {
			t.cols = appendEdge(t.cols, c.x0)
			t.rows = appendEdge(t.rows, c.y0)
		}
		slices.Sort(t.cols)
		slices.Sort(t.rows)
		tables = append(tables, t)
	}
	return tables
}

// appendEdge adds edge to edges unless one is within snapTolerance.
func appendEdge(edges []float64, edge float64) []float64 {
	for _, e := range edges {
		if math.Abs(e-edge) <= snapTolerance {
			return edges
		}
	}
	return append(edges, edge)
}

// edgeIndex returns the index of the edge nearest to x.
func edgeIndex(edges []float64, x float64) int {
	best := 0
	for i, e := range edges {
		if math.Abs(e-x) < math.Abs(edges[best]-x) {
			best = i
		}
	}
	return best
}

// takeRuledRows takes the glyphs of the data rows of the tables out of
// glyphs and returns the rest, and the rows as laid-out lines carrying
// their cells. Only upright glyphs are read into tables.
func takeRuledRows(glyphs []pdfGlyph, tables []ruledTable) ([]pdfGlyph, []pdfLine) {
	if len(tables) == 0 {
		return glyphs, nil
	}
	taken := make([]bool, len(glyphs))
	var rows []pdfLine
	work := 0
	for _, t := range tables {
		if work += (len(t.rows) + len(t.cells)) * len(glyphs); work > maxGlyphChecks {
			break // a hostile page: the tables left are read as text
		}
		rows = append(rows, t.dataRows(glyphs, taken)...)
	}
	rest := glyphs[:0]
	for i, g := range glyphs {
		if !taken[i] {
			rest = append(rest, g)
		}
	}
	return rest, rows
}

// dataRows lays out the table's rows and returns its data rows, marking
// their glyphs taken.
func (t ruledTable) dataRows(glyphs []pdfGlyph, taken []bool) []pdfLine {
	byRow := make([][]box, len(t.rows)) // the cells of each row
	for _, cell := range t.cells {
		r := edgeIndex(t.rows, cell.y0)
		byRow[r] = append(byRow[r], cell)
	}
	for r := range byRow {
		slices.SortFunc(byRow[r], func(a, b box) int { return cmp.Compare(a.x0, b.x0) })
		byRow[r] = slices.DeleteFunc(byRow[r], func(c box) bool { return c.x1-c.x0 < minCellWidth && !holdsText(c, glyphs) })
	}
	for r, cells := range byRow {
		if len(cells) == 1 {
			byRow[r] = splitLikeNeighbour(cells[0], byRow, r, glyphs)
		}
	}
	type row struct {
		cells  []box
		inCell [][]int
		line   pdfLine
		data   bool
	}
	rows := make([]row, 0, len(byRow))
	data, filled := 0, 0
	for _, cells := range byRow {
		r := row{cells: cells, inCell: glyphsInCells(cells, glyphs, taken)}
		r.line, r.data = dataRow(cells, r.inCell, glyphs)
		if r.data {
			data++
		}
		if slices.ContainsFunc(r.inCell, func(in []int) bool { return len(in) > 0 }) {
			filled++
		}
		rows = append(rows, r)
	}
	// A grid most of whose rows are page layout (an agenda's items, each
	// a row with its prose) is page layout throughout: a short paragraph
	// in one of its rows is no row of data.
	layout := data*2 < filled
	var out []pdfLine
	for _, r := range rows {
		if r.data && !layout {
			out = append(out, r.line)
			for _, in := range r.inCell {
				for _, i := range in {
					taken[i] = true
				}
			}
			continue
		}
		sideColumn(r.cells, r.inCell, glyphs)
	}
	return out
}

// sideColumn keeps the text of a layout row's narrow last column (an
// "Action" column of owners' initials beside an item's prose) out of the
// middle of the prose: each of its lines is moved, on the page, to the
// margin beside the last line of the paragraph it stands beside, where
// marginParagraphs (margin.go) reads it as the note that closes that
// paragraph ("… and this is ongoing work. | AW") instead of a word
// splitting the sentence it shares a baseline with ("… making them
// public AW and this is ongoing work"). A last column as wide as a
// quarter of the row, or with no prose beside it, is left where it is.
func sideColumn(cells []box, inCell [][]int, glyphs []pdfGlyph) {
	n := len(cells)
	if n < 2 || len(inCell[n-1]) == 0 {
		return
	}
	side, rowWidth := cells[n-1], cells[n-1].x1-cells[0].x0
	if side.x1-side.x0 > rowWidth/4 {
		return
	}
	widest := 0 // the cell of the prose
	for c := range cells[:n-1] {
		if cells[c].x1-cells[c].x0 > cells[widest].x1-cells[widest].x0 {
			widest = c
		}
	}
	prose := buildLines(pick(glyphs, inCell[widest]))
	if len(prose) == 0 {
		return
	}
	ends := map[int]float64{} // a prose line → where the next moved glyph goes
	for _, line := range baselineGroups(glyphs, inCell[n-1]) {
		k := paragraphEnd(prose, glyphs[line[0]].y)
		first := glyphs[line[0]]
		x := ends[k] + 0.3*first.size // after the note moved there before
		if _, ok := ends[k]; !ok {
			// In the margin, apart from the text, as a margin note
			// (margin.go) stands.
			last := prose[k].segs[len(prose[k].segs)-1]
			x = max(first.x, last.x1+noteGapEm*first.size)
		}
		shift := x - first.x
		at := x
		for _, i := range line {
			glyphs[i].x += shift
			glyphs[i].y = prose[k].y
			at = max(at, glyphs[i].x+glyphs[i].w)
		}
		ends[k] = at
	}
}

// baselineGroups splits the glyphs at the given indexes into lines: runs
// on one baseline, top to bottom, each left to right.
func baselineGroups(glyphs []pdfGlyph, indexes []int) [][]int {
	sorted := slices.Clone(indexes)
	slices.SortFunc(sorted, func(a, b int) int {
		return cmp.Or(cmp.Compare(glyphs[a].y, glyphs[b].y), cmp.Compare(glyphs[a].x, glyphs[b].x))
	})
	var lines [][]int
	for _, i := range sorted {
		if n := len(lines); n > 0 && glyphs[i].y-glyphs[lines[n-1][0]].y < glyphs[i].size/2 {
			lines[n-1] = append(lines[n-1], i)
			continue
		}
		lines = append(lines, []int{i})
	}
	for _, l := range lines {
		slices.SortFunc(l, func(a, b int) int { return cmp.Compare(glyphs[a].x, glyphs[b].x) })
	}
	return lines
}

// pick returns copies of the glyphs at the given indexes.
func pick(glyphs []pdfGlyph, indexes []int) []pdfGlyph {
	out := make([]pdfGlyph, len(indexes))
	for k, i := range indexes {
		out[k] = glyphs[i]
	}
	return out
}

// paragraphEnd returns the index of the last line of the paragraph of
// lines (top to bottom) that holds the line nearest to baseline y: a
// paragraph runs on until a gap of paragraphGapEm or a line that opens a
// list item.
func paragraphEnd(lines []pdfLine, y float64) int {
	k := 0
	for k+1 < len(lines) && math.Abs(lines[k+1].y-y) < math.Abs(lines[k].y-y) {
		k++
	}
	for k+1 < len(lines) {
		next := lines[k+1]
		first, _, _ := strings.Cut(next.segs[0].text, " ")
		if next.y-lines[k].y > paragraphGapEm*max(next.size, lines[k].size) || isBulletSign(first) {
			break
		}
		k++
	}
	return k
}

// holdsText reports whether a visible glyph's middle is in the cell.
func holdsText(cell box, glyphs []pdfGlyph) bool {
	for _, g := range glyphs {
		if !g.space && cell.contains(g.x+g.w/2, g.y-0.3*g.size) {
			return true
		}
	}
	return false
}

// glyphsInCells returns the indexes of the upright glyphs not yet taken
// whose middle is in each cell.
func glyphsInCells(cells []box, glyphs []pdfGlyph, taken []bool) [][]int {
	inCell := make([][]int, len(cells))
	for i, g := range glyphs {
		if taken[i] || g.angle != 0 {
			continue
		}
		x, y := g.x+g.w/2, g.y-0.3*g.size // the middle of the glyph
		for c, cell := range cells {
			if cell.contains(x, y) {
				inCell[c] = append(inCell[c], i)
				break
			}
		}
	}
	return inCell
}

// splitLikeNeighbour cuts a row drawn as one cell across the table (the
// unshaded row between shaded ones, whose cells the shading draws) at
// the column edges of the nearest row above or below that spans the
// same width in several cells, when no glyph of the row straddles one
// of those edges. Otherwise the row stays one cell.
func splitLikeNeighbour(cell box, byRow [][]box, r int, glyphs []pdfGlyph) []box {
	for d := 1; d < len(byRow); d++ {
		for _, n := range []int{r - d, r + d} {
			if n < 0 || n >= len(byRow) || len(byRow[n]) < 2 {
				continue
			}
			row := byRow[n]
			if math.Abs(row[0].x0-cell.x0) > snapTolerance || math.Abs(row[len(row)-1].x1-cell.x1) > snapTolerance {
				continue
			}
			for _, g := range glyphs {
				if g.space || g.angle != 0 || !cell.contains(g.x+g.w/2, g.y-0.3*g.size) {
					continue
				}
				for _, c := range row[1:] {
					if g.x < c.x0-meetTolerance && g.x+g.w > c.x0+meetTolerance {
						return []box{cell}
					}
				}
			}
			split := make([]box, len(row))
			for k, c := range row {
				split[k] = box{c.x0, cell.y0, c.x1, cell.y1}
			}
			split[0].x0, split[len(split)-1].x1 = cell.x0, cell.x1
			return split
		}
	}
	return []box{cell}
}

// dataRow lays out one row's cells, left to right, and returns it as a
// line with cells, or false when the row holds no text or is page
// layout.
func dataRow(cells []box, inCell [][]int, glyphs []pdfGlyph) (pdfLine, bool) {
	if len(cells) < 2 {
		return pdfLine{}, false // one cell across: a box, not a row
	}
	line := pdfLine{cells: make([]string, len(cells)), y: math.Inf(1)}
	bold, visible := 0, 0
	x0, x1 := math.Inf(1), math.Inf(-1)
	for c, cell := range cells {
		if len(inCell[c]) == 0 {
			continue
		}
		cellGlyphs := make([]pdfGlyph, len(inCell[c]))
		for k, i := range inCell[c] {
			cellGlyphs[k] = glyphs[i]
			if !glyphs[i].space && glyphs[i].text != "" {
				visible++
				if glyphs[i].bold {
					bold++
				}
			}
		}
		lines := buildLines(cellGlyphs)
		text, ok := cellText(lines)
		if !ok {
			return pdfLine{}, false
		}
		if len(lines) > 0 {
			line.y, line.size = min(line.y, lines[0].y), max(line.size, lineSize(cellGlyphs))
			x0, x1 = min(x0, lines[0].segs[0].x0), max(x1, cell.x1)
		}
		line.cells[c] = text
	}
	if visible == 0 {
		return pdfLine{}, false
	}
	line.bold = bold*2 > visible
	text := strings.Join(line.cells, " ")
	line.segs = []segment{{text: text, x0: x0, x1: x1, words: countWords(text)}}
	return line, true
}

// cellText joins a cell's lines with spaces (a line ending in a hyphen
// runs on without one: "value-" / "added"), or reports false when the
// cell holds page layout: more than maxCellLines lines or maxCellText
// characters, a list, or a heading over prose (a bold first line over
// lines that are not), as a grid drawn around an agenda's items holds
// them.
func cellText(lines []pdfLine) (string, bool) {
	if len(lines) > maxCellLines {
		return "", false
	}
	var b strings.Builder
	for k, l := range lines {
		if k > 0 && lines[0].bold && !l.bold {
			return "", false
		}
		texts := make([]string, len(l.segs))
		for k, s := range l.segs {
			texts[k] = s.text
		}
		text := strings.Join(texts, " ")
		if first, rest, _ := strings.Cut(text, " "); isBulletSign(first) && rest != "" {
			return "", false
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte(' ')
		}
		b.WriteString(text)
	}
	return b.String(), utf8.RuneCountInString(b.String()) <= maxCellText
}
