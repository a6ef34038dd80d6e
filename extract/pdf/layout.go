package pdf

// Layout: from the glyphs of a page to the lines a person reads. The
// steps, each a function (in this file unless named):
//
//  1. groupByAngle: upright text first, then text turned by other angles,
//     each laid out in its own turned frame.
//  2. buildLines: glyphs whose baselines agree form a line. Within it, a
//     glyph drawn again over itself is one glyph (dropDuplicates: "fake
//     bold" draws text twice, slightly shifted); gaps wider than a word
//     space (relative to the font size, as pdfminer and poppler do)
//     become spaces, and gaps wider than a few ems cut the line into
//     segments.
//  3. splitColumns (columns.go): a page set in columns of prose is
//     read column by column, even where the columns' baselines differ.
//  4. findRegion (regions.go): runs of lines whose segments leave the
//     same vertical strips empty ("gutters") are tables, text columns or
//     lists with hanging markers, and are emitted as such.
//
// Positions are page coordinates in points, y down from the top.

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// Layout tuning, in multiples of the font size.
const (
	wordGapEm     = 0.13 // a gap wider than this between glyphs is a space
	segmentGapEm  = 1.8  // a gap wider than this cuts a line into segments
	wideGapEm     = 0.6  // a gap wider than this may end a cell in a known table column
	baselineTolEm = 0.4  // glyphs whose baselines differ by less share a line (a cell set a little lower, text raised by Ts)
	gutterMinEm   = 0.6  // the narrowest empty strip that separates columns
	paragraphEm   = 1.75 // a baseline step larger than this leaves a blank line
	regionGapEm   = 3.2  // a baseline step larger than this ends a table or column region
)

// A segment is a run of a line's glyphs without a wide gap: a cell, a
// column's share of a line, or the whole line.
type segment struct {
	text   string
	x0, x1 float64
	words  int
	wide   []wideGap // word gaps wider than usual, where a tight table cell may end
}

// A wideGap is a gap inside a segment wider than wideGapEm: too narrow to
// cut the line on its own, but a cell boundary where it falls in a table's
// gutter (findRegion, splitAtGutters).
type wideGap struct {
	gutter
	at int // the byte offset in the segment's text where the gap is
}

// A pdfLine is one line of glyphs on a common baseline, or a row of a
// ruled table (tables.go), which carries its cells.
type pdfLine struct {
	segs  []segment
	y     float64 // the baseline (of a row: of its top line)
	size  float64 // the largest font size on the line
	bold  bool    // most glyphs are bold
	angle int16
	cells []string // a ruled table's row: its cells, in column order
}

// layoutPage turns a page's glyphs and rulings into Lines (numbered
// later), appended to dst.
func layoutPage(dst []document.Line, glyphs []pdfGlyph, rulings []ruling, page int) []document.Line {
	body := bodySize(glyphs)
	glyphs, rows := takeRuledRows(glyphs, findRuledTables(rulings))
	groups := groupByAngle(glyphs)
	if len(rows) > 0 && len(groups[0]) > 0 && groups[0][0].angle != 0 {
		groups = slices.Insert(groups, 0, nil) // the rows are upright text
	}
	for k, group := range groups {
		lines := buildLines(group)
		if k == 0 {
			lines = mergeByBaseline(lines, rows)
		}
		for _, block := range splitColumns(lines) {
			dst = emitLines(dst, block, body, page)
		}
	}
	return dst
}

// mergeByBaseline puts the rows of ruled tables among the lines, top to
// bottom.
func mergeByBaseline(lines, rows []pdfLine) []pdfLine {
	if len(rows) == 0 {
		return lines
	}
	lines = append(lines, rows...)
	slices.SortStableFunc(lines, func(a, b pdfLine) int { return cmp.Compare(a.y, b.y) })
	return lines
}

// dropDuplicates removes, from one line's glyphs sorted left to right,
// glyphs drawn again over an earlier glyph with the same text: less than
// a fifth of an em away and under half the glyph's own width. That is how
// fake bold and text shadows are drawn; genuine repeated letters ("ll")
// stand a whole glyph apart. The glyph kept becomes bold. Sorted by x, a
// duplicate is among the few glyphs just before it, so each glyph is
// compared with those only.
func dropDuplicates(glyphs []pdfGlyph) []pdfGlyph {
	out := glyphs[:0]
	for _, g := range glyphs {
		dup := -1
		if g.text != "" && !g.space {
			tol := 0.2 * max(g.size, 1)
			for k := len(out) - 1; k >= 0 && g.x-out[k].x < tol; k-- {
				if out[k].text == g.text && isDuplicateGlyph(out[k], g) {
					dup = k
					break
				}
			}
		}
		if dup >= 0 {
			out[dup].bold = true
			continue
		}
		out = append(out, g)
	}
	return out
}

// isDuplicateGlyph reports whether b redraws a.
func isDuplicateGlyph(a, b pdfGlyph) bool {
	tol := 0.2 * max(a.size, b.size)
	if w := min(a.w, b.w); w > 0 {
		tol = min(tol, 0.5*w)
	}
	return a.angle == b.angle && math.Abs(a.x-b.x) < tol && math.Abs(a.y-b.y) < tol && math.Abs(a.size-b.size) < 0.1*a.size
}

// bodySize is the most common font size on the page, rounded to half a
// point: the size of its running text.
func bodySize(glyphs []pdfGlyph) float64 {
	// A page has few sizes: a short list beats a map.
	type tally struct {
		size float64
		n    int
	}
	var counts []tally
	best, bestN := 0.0, 0
	for _, g := range glyphs {
		if g.space || g.text == "" {
			continue
		}
		s := math.Round(g.size*2) / 2
		i := slices.IndexFunc(counts, func(t tally) bool { return t.size == s })
		if i < 0 {
			if len(counts) >= 64 {
				continue // a page of countless sizes: the first ones decide
			}
			counts = append(counts, tally{size: s})
			i = len(counts) - 1
		}
		counts[i].n++
		if n := counts[i].n; n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}

// maxSkew is how far, in degrees, a baseline may lean from a right angle
// and still be read with the text at that angle: scanned pages with an
// OCR text layer are often a degree or two askew.
const maxSkew = 10

// groupByAngle splits glyphs by baseline angle, upright first, and turns
// each group so that its baselines run left to right. Angles within
// maxSkew of a right angle join that angle's group, which is turned by its
// glyphs' median angle, so slightly skewed lines come out straight.
func groupByAngle(glyphs []pdfGlyph) [][]pdfGlyph {
	if allUpright(glyphs) {
		return [][]pdfGlyph{glyphs}
	}
	byBucket := map[int16][]pdfGlyph{}
	var buckets []int16
	for _, g := range glyphs {
		b := angleBucket(g.angle)
		if _, ok := byBucket[b]; !ok {
			buckets = append(buckets, b)
		}
		byBucket[b] = append(byBucket[b], g)
	}
	slices.Sort(buckets) // 0 first
	groups := make([][]pdfGlyph, 0, len(buckets))
	for _, b := range buckets {
		group := byBucket[b]
		if a := medianAngle(group, b); a != 0 {
			turn(group, a)
		}
		for i := range group {
			group[i].angle = b // one frame for the whole group from here on
		}
		groups = append(groups, group)
	}
	return groups
}

// angleBucket returns the right angle within maxSkew of a (0 to 359), or
// a itself.
func angleBucket(a int16) int16 {
	right := (a + 45) / 90 * 90 % 360
	if angleDelta(a, right) <= maxSkew && angleDelta(a, right) >= -maxSkew {
		return right
	}
	return a
}

// angleDelta is a - b folded into -180..179 degrees.
func angleDelta(a, b int16) int16 {
	return (a-b+540)%360 - 180
}

// medianAngle is the median angle of the glyphs, given near bucket.
func medianAngle(glyphs []pdfGlyph, bucket int16) int16 {
	deltas := make([]int16, len(glyphs))
	for i, g := range glyphs {
		deltas[i] = angleDelta(g.angle, bucket)
	}
	slices.Sort(deltas)
	return (bucket + deltas[len(deltas)/2] + 360) % 360
}

// allUpright reports whether every glyph is upright, the common case.
func allUpright(glyphs []pdfGlyph) bool {
	for _, g := range glyphs {
		if g.angle != 0 {
			return false
		}
	}
	return true
}

// turn rotates glyph positions by angle degrees (counter-clockwise as seen)
// about the origin, so text at that angle becomes upright.
func turn(glyphs []pdfGlyph, angle int16) {
	rad := float64(angle) * math.Pi / 180
	sin, cos := math.Sin(rad), math.Cos(rad)
	for i := range glyphs {
		x, y := glyphs[i].x, glyphs[i].y
		// Page y points down, so a counter-clockwise turn as seen is a
		// clockwise one in these coordinates, undone here.
		glyphs[i].x = x*cos - y*sin
		glyphs[i].y = x*sin + y*cos
	}
}

// buildLines groups glyphs into lines by baseline, attaches superscripts
// and subscripts to their lines, and cuts each line into segments. It
// reorders glyphs in place.
func buildLines(glyphs []pdfGlyph) []pdfLine {
	if len(glyphs) == 0 {
		return nil
	}
	sortByBaseline(glyphs)
	var clusters [][]pdfGlyph
	for start := 0; start < len(glyphs); {
		end, y, size := start+1, glyphs[start].y, max(1, glyphs[start].size)
		for end < len(glyphs) && glyphs[end].y-y <= baselineTolEm*min(glyphs[end].size, size) {
			size = max(size, glyphs[end].size)
			end++
		}
		clusters = append(clusters, glyphs[start:end:end])
		start = end
	}
	clusters = attachSatellites(clusters)
	lines := make([]pdfLine, 0, len(clusters))
	for _, c := range clusters {
		if line, ok := makeLine(c); ok {
			lines = append(lines, line)
		}
	}
	return lines
}

// sortByBaseline orders the glyphs top to bottom, in place. The sort is
// stable, so glyphs on one baseline keep the order they were drawn in.
// Most pages draw their text top to bottom and need no sorting; the
// others sort small indices rather than whole glyphs.
func sortByBaseline(glyphs []pdfGlyph) {
	byY := func(a, b pdfGlyph) int { return cmp.Compare(a.y, b.y) }
	if slices.IsSortedFunc(glyphs, byY) {
		return
	}
	order := make([]int32, len(glyphs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return byY(glyphs[a], glyphs[b]) })
	sorted := make([]pdfGlyph, len(glyphs))
	for i, o := range order {
		sorted[i] = glyphs[o]
	}
	copy(glyphs, sorted)
}

// attachSatellites merges each cluster of small glyphs raised or lowered
// against a neighbouring line — the "th" of "10th", a footnote mark, a
// chemical subscript — into that line, so it reads in place instead of
// on a line of its own.
func attachSatellites(clusters [][]pdfGlyph) [][]pdfGlyph {
	out := clusters[:0]
	for i := 0; i < len(clusters); i++ {
		c := clusters[i]
		switch {
		case i+1 < len(clusters) && isSatellite(c, clusters[i+1], true):
			clusters[i+1] = append(clusters[i+1], c...) // a superscript joins the line below it
		case len(out) > 0 && isSatellite(c, out[len(out)-1], false):
			out[len(out)-1] = append(out[len(out)-1], c...) // a subscript joins the line above
		default:
			out = append(out, c)
		}
	}
	return out
}

// isSatellite reports whether small is a superscript (above is true) or
// subscript of line: smaller type, a baseline within the line's height,
// and every glyph next to one of the line's.
func isSatellite(small, line []pdfGlyph, above bool) bool {
	if len(small) > 12 {
		return false
	}
	size := lineSize(line)
	if lineSize(small) > 0.85*size {
		return false
	}
	if leftmost(small) < leftmost(line)+size/2 {
		return false // a mark follows what it marks; a line starting further left is a line
	}
	dy := line[0].y - small[0].y // positive when small sits higher
	if above && (dy <= 0 || dy > 0.75*size) || !above && (dy >= 0 || dy < -0.5*size) {
		return false
	}
	for _, s := range small {
		if !nextToAny(s, line, size) {
			return false
		}
	}
	return true
}

// leftmost is the smallest x of the glyphs.
func leftmost(glyphs []pdfGlyph) float64 {
	x := math.Inf(1)
	for _, g := range glyphs {
		x = min(x, g.x)
	}
	return x
}

// nextToAny reports whether glyph g touches one of the glyphs horizontally,
// within a third of an em.
func nextToAny(g pdfGlyph, glyphs []pdfGlyph, size float64) bool {
	for _, o := range glyphs {
		if g.x <= o.x+o.w+size/3 && g.x+g.w >= o.x-size/3 {
			return true
		}
	}
	return false
}

// lineSize is the largest font size among glyphs, at least one point.
func lineSize(glyphs []pdfGlyph) float64 {
	size := 1.0
	for _, g := range glyphs {
		size = max(size, g.size)
	}
	return size
}

// makeLine orders one line's glyphs left to right and builds its
// segments, words and spaces. ok is false for a line with no visible text.
func makeLine(glyphs []pdfGlyph) (pdfLine, bool) {
	byX := func(a, b pdfGlyph) int {
		switch {
		case a.x < b.x:
			return -1
		case a.x > b.x:
			return 1
		}
		return 0
	}
	if !slices.IsSortedFunc(glyphs, byX) { // text is mostly drawn left to right
		slices.SortStableFunc(glyphs, byX)
	}
	glyphs = dropDuplicates(glyphs)
	line := pdfLine{y: glyphs[0].y, size: lineSize(glyphs), angle: glyphs[0].angle}
	letterGap := typicalLetterGap(glyphs)
	// The line's text is built in one buffer (most glyphs are one or
	// two bytes) and each segment's text is a part of it.
	var b strings.Builder
	b.Grow(2 * len(glyphs))
	// The segments are gathered on the stack (a line has one, a table's
	// row a few) and the line keeps a copy of just their number.
	var segBuf [8]segment
	segs := segBuf[:0]
	var seg segment
	segStart := 0
	started, pendingSpace := false, false
	right := 0.0
	bold, visible := 0, 0
	for _, g := range glyphs {
		if g.space || isBlankText(g.text) {
			pendingSpace = pendingSpace || started
			continue
		}
		gap := g.x - right
		size := max(g.size, 1)
		if started && gap > segmentGapEm*size {
			seg.text = strings.TrimSpace(b.String()[segStart:])
			segs = append(segs, seg)
			segStart = b.Len()
			started, pendingSpace = false, false
		}
		if !started {
			seg = segment{x0: g.x}
			started = true
		} else if pendingSpace || gap > letterGap+wordGapEm*size {
			if gap > wideGapEm*size {
				seg.wide = append(seg.wide, wideGap{gutter{right, g.x}, b.Len() - segStart})
			}
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteString(g.text)
		right = max(right, g.x+g.w)
		seg.x1 = max(seg.x1, g.x+g.w)
		visible++
		if g.bold {
			bold++
		}
	}
	if started {
		seg.text = strings.TrimSpace(b.String()[segStart:])
		segs = append(segs, seg)
	}
	line.segs = slices.Clone(segs)
	return finishLine(line, bold, visible)
}

// finishLine counts the words of a line's segments and decides its
// boldness.
func finishLine(line pdfLine, bold, visible int) (pdfLine, bool) {
	for i := range line.segs {
		line.segs[i].words = countWords(line.segs[i].text)
	}
	line.bold = visible > 0 && bold*2 > visible
	return line, len(line.segs) > 0
}

// isBlankText reports whether a glyph's text is only white space. Most
// glyphs are one printable ASCII byte, told at once without trimming.
func isBlankText(s string) bool {
	if len(s) > 0 && s[0] > ' ' && s[0] < 0x7f {
		return false
	}
	return strings.TrimSpace(s) == ""
}

// typicalLetterGap is the gap most glyphs of a line leave before the next
// one, when that is wider than tight setting: letter-spaced text
// ("M I N U T E S" set with Tc) or glyph widths that the font gets wrong.
// A word space must then be wider than that gap. For ordinary text it is 0.
func typicalLetterGap(glyphs []pdfGlyph) float64 {
	var buf [128]float64 // most lines fit: no allocation
	gaps := buf[:0]
	var prev *pdfGlyph
	for i := range glyphs {
		g := &glyphs[i]
		if g.space || isBlankText(g.text) {
			prev = nil // a gap across a space is a word gap, not a letter gap
			continue
		}
		if prev != nil {
			if gap := g.x - (prev.x + prev.w); gap < segmentGapEm*g.size {
				gaps = append(gaps, gap)
			}
		}
		prev = g
	}
	if len(gaps) < 6 {
		return 0 // too few letters to tell letter spacing from word spacing
	}
	return max(0, nthSmallest(gaps, len(gaps)*2/5)) // most gaps in a line are within words
}

// nthSmallest returns the k-th smallest of xs (from 0), which it
// reorders: the value a sort would put at k, found in linear time
// (Hoare's selection).
func nthSmallest(xs []float64, k int) float64 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		pivot := xs[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for xs[i] < pivot {
				i++
			}
			for xs[j] > pivot {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}

// emitLines turns laid-out lines into Document lines, appended to out:
// regions become table rows, column text or list items; the rest are
// prose or headings.
func emitLines(out []document.Line, lines []pdfLine, body float64, page int) []document.Line {
	prevY, prevSize := math.NaN(), 0.0
	// add appends a line, after a blank line when the step from the line
	// before is larger than a line's leading: a paragraph break. Rows of
	// a table never get one.
	add := func(l document.Line, breakable bool) {
		if breakable && !math.IsNaN(prevY) && l.Y-prevY > paragraphEm*max(l.Size, prevSize) {
			out = append(out, document.Line{Page: page, Kind: document.Blank})
		}
		prevY, prevSize = l.Y, l.Size
		out = append(out, l)
	}
	margin := leftMargin(lines)
	regions := len(lines) <= maxRegionPage
	paras := marginParagraphs(lines) // (margin.go)
	var table []gutter               // the columns of the last table of the block
	for i := 0; i < len(lines); {
		if len(paras) > 0 && paras[0].start == i {
			add(marginRow(lines[i:paras[0].end+1], paras[0].note, page), true)
			i, paras = paras[0].end+1, paras[1:]
			prevY = round2(lines[i-1].y) // the next line's step is from the paragraph's last
			continue
		}
		if lines[i].cells != nil {
			add(ruledRow(lines[i], page), i == 0 || lines[i-1].cells == nil)
			i++
			continue
		}
		end, gutters := i, []gutter(nil)
		if regions {
			upTo := len(lines) // a region stops at the next paragraph with a margin note
			if len(paras) > 0 {
				upTo = paras[0].start
			}
			end, gutters = findRegion(lines[:upTo], i)
		}
		if end > i {
			emitted := regionLines(lines[i:end], gutters, page)
			for k, l := range emitted {
				add(markBullet(l, margin), k == 0 || l.Kind != document.TableRow)
			}
			if slices.ContainsFunc(emitted, func(l document.Line) bool { return l.Kind == document.TableRow }) {
				table = gutters
			}
			i = end
			continue
		}
		if isLaterRow(lines[i], table) { // (regions.go)
			add(tableLines(lines[i:i+1], [][]string{cellsOf(splitAtGutters(lines[i], table), table)}, page)[0], true)
			i++
			continue
		}
		add(markBullet(plainLine(lines[i], body, page), margin), true)
		i++
	}
	return out
}

// ruledRow makes a Document line of a ruled table's row.
func ruledRow(tl pdfLine, page int) document.Line {
	l := baseLine(tl, tl.segs[0].x0, page)
	l.Kind, l.Cells, l.Text = document.TableRow, tl.cells, strings.Join(tl.cells, " | ")
	return l
}

// leftMargin is where the leftmost line of the page starts.
func leftMargin(lines []pdfLine) float64 {
	m := math.Inf(1)
	for _, l := range lines {
		m = min(m, l.segs[0].x0)
	}
	return m
}

// markBullet makes a prose line that starts with a bullet sign ("• ",
// "○ ", "- ") a list item, nested by its indent (one level per 18 points),
// as the text reader does for its bullets. Numbered lines stay prose, as
// they do there: whether "1." opens an agenda item is the parser's call.
func markBullet(l document.Line, margin float64) document.Line {
	if l.Kind != document.Prose {
		return l
	}
	first, rest, ok := strings.Cut(l.Text, " ")
	if !ok || strings.TrimSpace(rest) == "" || !isBulletSign(first) {
		return l
	}
	l.Kind = document.ListItem
	l.Level = 1 + min(5, max(0, int(math.Round((l.X-margin)/18))))
	return l
}

// isBulletSign reports whether s is a single bullet-like sign.
func isBulletSign(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && (strings.ContainsRune("•·▪◦●○■□▫◆◇►▸‣⁃–-*»→✓✔", r) || unicode.In(r, unicode.So))
}

// plainLine makes a Document line of a line outside any region.
func plainLine(tl pdfLine, body float64, page int) document.Line {
	texts := make([]string, len(tl.segs))
	words := 0
	for i, s := range tl.segs {
		texts[i] = s.text
		words += s.words
	}
	l := document.Line{
		Text: strings.Join(texts, " "), Page: page, X: round2(tl.segs[0].x0), Y: round2(tl.y),
		Size: round2(tl.size), Bold: tl.bold,
	}
	first, _, _ := strings.Cut(l.Text, " ")
	switch {
	case isBulletSign(first):
		// a list item, whatever its type (markBullet marks it)
	case body > 0 && tl.size >= 1.6*body && words <= 15:
		l.Kind, l.Level = document.Heading, 1
	case body > 0 && tl.size >= 1.2*body && words <= 15:
		l.Kind, l.Level = document.Heading, 2
	case tl.bold && words <= 10 && body > 0 && tl.size >= body*0.95 && !endsSentence(l.Text) && !isLabelled(l.Text):
		l.Kind, l.Level = document.Heading, 3
	}
	return l
}

// isLabelled reports whether text is a "Label: value" line ("Chair: Omar
// Santos", "ACTION MW: reply"): bold for its label, not a heading.
func isLabelled(text string) bool {
	_, value, ok := strings.Cut(text, ":")
	return ok && strings.TrimSpace(value) != ""
}

// endsSentence reports whether text ends like running prose does.
func endsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return r == '.' || r == ',' || r == ';'
}

// countWords counts the words of s as strings.Fields cuts them, without
// allocating.
func countWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
