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
//  5. takeRuledRows: the glyphs in each cell are laid out as a small page
//     of their own. A row whose cells each hold a little text — at most
//     maxCellLines lines and maxCellText characters, no list — is a data
//     row: one line of Kind TableRow whose Cells are the cells drawn in
//     that row, left to right (a cell spanning columns is one cell, as
//     a <td colspan> is; two grids drawn one under the other, touching,
//     keep their own columns), as the HTML reader gives a <tr>. Other rows are page layout (a grid around
//     running text, a box around a paragraph): their glyphs stay on the
//     page and are read like the rest of it.

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
	minCellSide   = 3.0 // a narrower cell is the gap of a double rule
)

// What a data row's cell may hold, as the HTML reader allows.
const (
	maxCellLines = 4
	maxCellText  = 500
)

// maxCrossingChecks bounds the pairs of lines looked at on one page.
const maxCrossingChecks = 1 << 20

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
	for _, p := range points {
	search:
		for _, below := range byV[p.v] {
			if below.y <= p.y {
				continue
			}
			for _, right := range byH[p.h] {
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
	for _, t := range tables {
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
	inCell := make([][]int, len(t.cells)) // glyph indexes, by cell
	for i, g := range glyphs {
		if taken[i] || g.angle != 0 {
			continue
		}
		x, y := g.x+g.w/2, g.y-0.3*g.size // the middle of the glyph
		for c, cell := range t.cells {
			if cell.contains(x, y) {
				inCell[c] = append(inCell[c], i)
				break
			}
		}
	}
	byRow := make([][]int, len(t.rows)) // cell indexes, by row
	for c, cell := range t.cells {
		r := edgeIndex(t.rows, cell.y0)
		byRow[r] = append(byRow[r], c)
	}
	var out []pdfLine
	for _, cells := range byRow {
		if line, ok := t.dataRow(cells, inCell, glyphs); ok {
			out = append(out, line)
			for _, c := range cells {
				for _, i := range inCell[c] {
					taken[i] = true
				}
			}
		}
	}
	return out
}

// dataRow lays out one row's cells and returns it as a line with cells,
// or false when the row holds no text or is page layout.
func (t ruledTable) dataRow(cells []int, inCell [][]int, glyphs []pdfGlyph) (pdfLine, bool) {
	if len(cells) < 2 {
		return pdfLine{}, false // one cell across: a box, not a row
	}
	slices.SortFunc(cells, func(a, b int) int { return cmp.Compare(t.cells[a].x0, t.cells[b].x0) })
	line := pdfLine{cells: make([]string, len(cells)), y: math.Inf(1)}
	bold, visible := 0, 0
	x0, x1 := math.Inf(1), math.Inf(-1)
	for k, c := range cells {
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
			x0, x1 = min(x0, lines[0].segs[0].x0), max(x1, t.cells[c].x1)
		}
		line.cells[k] = text
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
// characters, or a list.
func cellText(lines []pdfLine) (string, bool) {
	if len(lines) > maxCellLines {
		return "", false
	}
	var b strings.Builder
	for _, l := range lines {
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
