package normalize

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"minutes/document"
)

// runningHeaders removes page headers and footers that repeat on every page, wherever they interrupt the text, and keeps their page numbers as page boundaries.
var runningHeaders = Pass{
	Name:  "running-headers",
	About: "Removes page headers and footers that repeat on every page, wherever they interrupt the text, and keeps their page numbers as page boundaries.",
	Apply: applyRunningHeaders,
}

// Running headers are found in two ways.
//
// In text without pages (a PDF saved as text), the page numbers anchor
// them: lines such as "Page 2/8", "- 3 -" or "Seite 4 von 9" whose numbers
// rise through the text. Around each, the lines that repeat at the same
// distance from it on most pages ("SUBJECT" / "Draft minutes of …" / "25
// January 2010, Hamburg, Germany") are the rest of the block. The page
// numbers then become the Page of the lines of each page.
//
// In text with pages (PDF, or text with form feeds), the first and last
// lines of each page are compared across pages: a line that comes back at
// the top or the bottom of most pages, maybe with another number in it, is
// a header or a footer.

// maxBlockLines bounds a running header block around its page number.
const maxBlockLines = 6

// applyRunningHeaders removes running headers and footers and reports one
// warning per page (or one in all for long documents).
func applyRunningHeaders(doc *document.Document) []document.Warning {
	splitFormFeeds(doc)
	if !hasPages(doc.Lines) {
		return headerWarnings(removeNumberedBlocks(doc))
	}
	return headerWarnings(removeRepeatedEdges(doc))
}

// A removedBlock records the lines removed at one page boundary.
type removedBlock struct {
	page   int  // the page the block belonged to
	line   int  // the source line number of its first line
	lines  int  // how many lines were removed
	header bool // some were at the top of the page
	footer bool // some were at the bottom of the page
}

// what names the block for a person: "running header", "running footer",
// "running header and footer".
func (r removedBlock) what() string {
	switch {
	case r.header && r.footer:
		return "running header and footer"
	case r.footer:
		return "running footer"
	}
	return "running header"
}

// headerWarnings says what was removed: one warning a page for short
// documents, one in all beyond ten pages.
func headerWarnings(removed []removedBlock) []document.Warning {
	if len(removed) == 0 {
		return nil
	}
	if len(removed) > 10 {
		total := 0
		for _, r := range removed {
			total += r.lines
		}
		return []document.Warning{{
			Place:   document.Place{Page: removed[0].page},
			Message: fmt.Sprintf("removed running headers and footers from %s (%s in all)", countNoun(len(removed), "page"), countNoun(total, "line")),
		}}
	}
	var warnings []document.Warning
	for _, r := range removed {
		place := document.Place{Page: r.page}
		if r.page == 0 {
			place.Line = r.line
		}
		warnings = append(warnings, document.Warning{
			Place:   place,
			Message: fmt.Sprintf("removed %s (%s)", r.what(), countNoun(r.lines, "line")),
		})
	}
	return warnings
}

// hasPages reports whether lines carry page numbers on at least two pages.
func hasPages(lines []document.Line) bool {
	first := 0
	for _, l := range lines {
		if l.Page > 0 {
			if first == 0 {
				first = l.Page
			} else if l.Page != first {
				return true
			}
		}
	}
	return false
}

// splitFormFeeds turns form feeds in text without pages into page numbers
// and removes them: a form feed is where a printer started a new page.
func splitFormFeeds(doc *document.Document) {
	if hasPages(doc.Lines) {
		return
	}
	feeds := 0
	for _, l := range doc.Lines {
		feeds += strings.Count(l.Text, "\f")
	}
	if feeds == 0 {
		return
	}
	page := 1
	for i := range doc.Lines {
		l := &doc.Lines[i]
		n := strings.Count(l.Text, "\f")
		if n > 0 && strings.TrimSpace(strings.ReplaceAll(l.Text, "\f", "")) != "" && !strings.HasPrefix(strings.TrimLeft(l.Text, " "), "\f") {
			// A feed after text ends the page after this line.
			l.Page = page
			page += n
			l.Text = strings.ReplaceAll(l.Text, "\f", "")
			continue
		}
		page += n
		l.Page = page
		if n > 0 {
			l.Text = strings.ReplaceAll(l.Text, "\f", "")
			if strings.TrimSpace(l.Text) == "" {
				l.Kind = document.Blank
			}
		}
	}
}

// A pageMark is a line that holds a page number.
type pageMark struct {
	index int // in doc.Lines
	page  int // the number it shows
	total int // the number of pages it shows ("2/8"), or 0
}

// removeNumberedBlocks finds page-number lines in text without pages,
// removes the blocks around them and numbers the pages.
func removeNumberedBlocks(doc *document.Document) []removedBlock {
	marks := risingPageMarks(doc.Lines)
	if len(marks) < 2 {
		return nil
	}
	offsets := blockOffsets(doc.Lines, marks)
	drop := make([]bool, len(doc.Lines))
	var removed []removedBlock
	for _, m := range marks {
		count := 0
		first := m.index
		for _, d := range offsets[m.index] {
			drop[m.index+d] = true
			count++
			first = min(first, m.index+d)
		}
		removed = append(removed, removedBlock{page: m.page, line: doc.Lines[first].Num, lines: count})
	}
	header := numberPages(doc.Lines, marks, drop)
	for i := range removed {
		removed[i].header, removed[i].footer = header, !header
	}
	keepRemovedHeaders(doc, drop)
	doc.Lines = dropLines(doc.Lines, drop)
	return removed
}

// risingPageMarks returns the page-number lines of the text whose numbers
// rise: the longest rising sequence, so that a stray "page 3" in a sentence
// cannot break it. A line that is only a page number counts; so does one
// that ends or starts with it ("Draft minutes, 25 January 2010   Page 2/8")
// when the rest of the line comes back with the other page numbers.
func risingPageMarks(lines []document.Line) []pageMark {
	var marks []pageMark
	embedded := map[string][]pageMark{}
	for i, l := range lines {
		if l.Kind == document.TableRow || l.Kind == document.Glued {
			continue
		}
		text := strings.TrimSpace(l.Text)
		if page, total, ok := parsePageNumber(text); ok {
			marks = append(marks, pageMark{index: i, page: page, total: total})
			continue
		}
		if page, total, ok := pageNumberAtEdge(text); ok {
			key := edgeKey(text)
			embedded[key] = append(embedded[key], pageMark{index: i, page: page, total: total})
		}
	}
	for _, group := range embedded {
		if len(group) >= 2 {
			marks = append(marks, group...)
		}
	}
	sort.Slice(marks, func(a, b int) bool { return marks[a].index < marks[b].index })
	return longestRising(marks)
}

// pageNumberAtEdge finds a page number in the last or first words of a
// longer line: "… 25 January 2010   Page 2/8", "- 3 - Minutes of the Board".
func pageNumberAtEdge(text string) (page, total int, ok bool) {
	fields := strings.Fields(text)
	for n := 1; n <= 4 && n < len(fields); n++ {
		if page, total, ok := parsePageNumber(strings.Join(fields[len(fields)-n:], " ")); ok {
			return page, total, true
		}
		if page, total, ok := parsePageNumber(strings.Join(fields[:n], " ")); ok {
			return page, total, true
		}
	}
	return 0, 0, false
}

// longestRising returns the longest subsequence of marks whose page numbers
// strictly rise, by patience sorting: tails[k] is the index of the mark
// ending the best rising run of length k+1 found so far.
func longestRising(marks []pageMark) []pageMark {
	var tails []int
	prev := make([]int, len(marks))
	for i, m := range marks {
		k := sort.Search(len(tails), func(k int) bool { return marks[tails[k]].page >= m.page })
		prev[i] = -1
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]pageMark, len(tails))
	for k, i := len(out)-1, tails[len(tails)-1]; i >= 0; k, i = k-1, prev[i] {
		out[k] = marks[i]
	}
	return out
}

// pageWords say "page" in the languages of the corpus, and ofWords say "of"
// between a page number and the number of pages.
var (
	pageWords = wordSet("page pages p. p pg. pg pag. pag pág. pág página pagina seite s. blatt side sida sivu strana strona str. blz. blz oldal")
	ofWords   = wordSet("of de du von di da van z ze af av / sur")
)

// parsePageNumber reads a line that is only a page number: "Page 2/8",
// "Page 2 of 8", "page 2", "- 2 -", "[Page 2]", "2/8", "Seite 2 von 8",
// "p. 2". It returns the page and the total (0 when not given). A bare
// number is not taken: it is as often a table cell or an item.
func parsePageNumber(text string) (page, total int, ok bool) {
	text = strings.Trim(text, "[]")
	if strings.HasPrefix(text, "-") && strings.HasSuffix(text, "-") || strings.HasPrefix(text, "–") && strings.HasSuffix(text, "–") {
		inner := strings.TrimSpace(strings.Trim(text, "-–"))
		if n, err := strconv.Atoi(inner); err == nil && n > 0 && n < 10000 {
			return n, 0, true
		}
		return 0, 0, false
	}
	fields := strings.Fields(strings.ReplaceAll(text, "/", " / "))
	hasWord := false
	if len(fields) > 0 && pageWords[strings.ToLower(fields[0])] {
		fields, hasWord = fields[1:], true
	}
	if len(fields) == 0 {
		return 0, 0, false
	}
	n, err := strconv.Atoi(fields[0])
	if err != nil || n <= 0 || n >= 10000 {
		return 0, 0, false
	}
	switch {
	case len(fields) == 1 && hasWord:
		return n, 0, true
	case len(fields) == 3 && ofWords[strings.ToLower(fields[1])] && (hasWord || fields[1] == "/"):
		m, err := strconv.Atoi(fields[2])
		if err == nil && m >= n && m < 10000 {
			return n, m, true
		}
	}
	return 0, 0, false
}

// blockOffsets returns, for each page mark, the offsets from it of the
// lines of its block: the mark itself, and the lines before and after it
// that repeat at the same offset around at least two thirds of the marks
// (a date or a number in them may vary).
func blockOffsets(lines []document.Line, marks []pageMark) map[int][]int {
	blocks := map[int][]int{}
	for _, m := range marks {
		blocks[m.index] = []int{0}
	}
	for _, dir := range []int{-1, 1} {
		for d := dir; d*dir <= maxBlockLines; d += dir {
			key, ok := commonKeyAt(lines, marks, d)
			if !ok {
				break
			}
			for _, m := range marks {
				i := m.index + d
				if i >= 0 && i < len(lines) && edgeKey(lines[i].Text) == key && !lines[i].IsBlank() {
					blocks[m.index] = append(blocks[m.index], d)
				}
			}
		}
	}
	return blocks
}

// commonKeyAt returns the key of the line at offset d from the marks, if
// the same non-blank line is there around two thirds of the marks.
func commonKeyAt(lines []document.Line, marks []pageMark, d int) (string, bool) {
	counts := map[string]int{}
	for _, m := range marks {
		i := m.index + d
		if i < 0 || i >= len(lines) || lines[i].IsBlank() || lines[i].Kind == document.Glued {
			continue
		}
		counts[edgeKey(lines[i].Text)]++
	}
	best, bestCount := "", 0
	for k, c := range counts {
		if c > bestCount || (c == bestCount && k < best) {
			best, bestCount = k, c
		}
	}
	return best, bestCount >= 2 && bestCount*3 >= len(marks)*2 && distinctive(best)
}

// distinctive reports whether a repeated line says enough to be part of a
// header: three letters at least, and not a common word that pages of
// text may happen to share at the same place ("the").
func distinctive(key string) bool {
	letters := 0
	for _, r := range key {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3 && !proseWords[strings.Trim(key, ".,;:")]
}

// edgeKey is what stays the same in a repeated header or footer line:
// lower case, digits folded to "#", spaces collapsed.
func edgeKey(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	inDigits, inSpace := false, false
	for _, r := range strings.TrimSpace(text) {
		switch {
		case unicode.IsDigit(r):
			if !inDigits {
				b.WriteByte('#')
			}
			inDigits, inSpace = true, false
		case unicode.IsSpace(r):
			if !inSpace {
				b.WriteByte(' ')
			}
			inDigits, inSpace = false, true
		default:
			b.WriteRune(unicode.ToLower(r))
			inDigits, inSpace = false, false
		}
	}
	return b.String()
}

// numberPages sets the Page of the lines of a text without pages from its
// page marks. A mark near the top of its page (a header) numbers the lines
// after it; one near the bottom (a footer) the lines before it. Which it
// is shows at the ends: a header leaves little text before the first mark.
// It reports whether the marks were headers.
func numberPages(lines []document.Line, marks []pageMark, drop []bool) bool {
	before, after := 0, 0
	for i := 0; i < marks[0].index; i++ {
		if !drop[i] && !lines[i].IsBlank() {
			before++
		}
	}
	for i := marks[len(marks)-1].index + 1; i < len(lines); i++ {
		if !drop[i] && !lines[i].IsBlank() {
			after++
		}
	}
	if before <= after {
		// Headers: a page runs from its mark to the next one.
		page := max(1, marks[0].page-1)
		next := 0
		for i := range lines {
			if next < len(marks) && i == marks[next].index {
				page = marks[next].page
				next++
			}
			lines[i].Page = page
		}
		return true
	}
	// Footers: a page runs from the mark before to its own mark.
	next := 0
	for i := range lines {
		for next < len(marks)-1 && i > marks[next].index {
			next++
		}
		page := marks[next].page
		if i > marks[len(marks)-1].index {
			page = marks[len(marks)-1].page + 1
		}
		lines[i].Page = page
	}
	return false
}

// dropLines returns lines without those marked, and without the blank
// lines around a dropped block: a page break leaves one blank line when
// the text had one there, and none when the block interrupted a sentence.
func dropLines(lines []document.Line, drop []bool) []document.Line {
	out := lines[:0] // in place (see Pass): it reads only lines[i] and after
	for i := 0; i < len(lines); i++ {
		if !drop[i] {
			out = append(out, lines[i])
			continue
		}
		blank := false
		for len(out) > 0 && out[len(out)-1].IsBlank() {
			out = out[:len(out)-1]
			blank = true
		}
		for i+1 < len(lines) && (drop[i+1] || lines[i+1].IsBlank()) {
			i++
			blank = blank || !drop[i]
		}
		if blank && len(out) > 0 && i+1 < len(lines) {
			keep := lines[i]
			if drop[i] {
				keep = document.Line{Page: lines[i+1].Page, Num: lines[i+1].Num, Kind: document.Blank}
			}
			out = append(out, keep)
		}
	}
	return out
}

// keepRemovedHeaders records in doc.RemovedHeaders one copy of each
// distinct line about to be dropped: the parser still reads the minutes'
// status, date and place there ("Draft minutes of the 29th TF-CSIRT
// meeting").
func keepRemovedHeaders(doc *document.Document, drop []bool) {
	seen := map[string]bool{}
	for _, l := range doc.RemovedHeaders {
		seen[l.Text] = true
	}
	for i, l := range doc.Lines {
		if drop[i] && !l.IsBlank() && !seen[l.Text] {
			seen[l.Text] = true
			doc.RemovedHeaders = append(slices.Clip(doc.RemovedHeaders), l)
		}
	}
}

// removeRepeatedEdges removes, in a text with pages, the lines that come
// back at the top or the bottom of most pages.
func removeRepeatedEdges(doc *document.Document) []removedBlock {
	pages := pageRanges(doc.Lines)
	if len(pages) < 2 {
		return nil
	}
	top := make([]bool, len(doc.Lines))
	bottom := make([]bool, len(doc.Lines))
	// Each round looks past the lines found before: a header block may be
	// taller than the lines a round looks at (a title, a date, a place).
	for round := 0; round < edgeLines; round++ {
		moreTop := markRepeatedEdges(doc.Lines, pages, true, top)
		moreBottom := markRepeatedEdges(doc.Lines, pages, false, bottom)
		if !moreTop && !moreBottom {
			break
		}
	}
	drop := make([]bool, len(doc.Lines))
	var removed []removedBlock
	for _, pr := range pages {
		block := removedBlock{}
		for i := pr.start; i < pr.end; i++ {
			drop[i] = top[i] || bottom[i]
			if !drop[i] {
				continue
			}
			if block.lines == 0 {
				block.page, block.line = doc.Lines[i].Page, doc.Lines[i].Num
			}
			block.lines++
			block.header = block.header || top[i]
			block.footer = block.footer || bottom[i] && !top[i]
		}
		if block.lines > 0 {
			removed = append(removed, block)
		}
	}
	keepRemovedHeaders(doc, drop)
	doc.Lines = dropLines(doc.Lines, drop)
	return removed
}

// A pageRange is the lines of one page, doc.Lines[start:end].
type pageRange struct{ start, end int }

func pageRanges(lines []document.Line) []pageRange {
	var pages []pageRange
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].Page == lines[i].Page {
			j++
		}
		pages = append(pages, pageRange{i, j})
		i = j
	}
	return pages
}

// edgeLines is how many lines at the top and at the bottom of a page may
// belong to a header or a footer.
const edgeLines = 4

// An edgeLine is a candidate header or footer line on one page.
type edgeLine struct {
	index int
	y     float64
	value int // the number in the line, for bare page numbers
}

// markRepeatedEdges marks in found more lines of the headers (top) or
// footers of the pages, and reports whether it found any. It looks at the
// first (last) edgeLines lines of each page not found before; a line is a
// header line when its key comes back on at least half of the pages (and
// two), at about the same height when heights are known, and it is at the
// edge of its page or next to header lines found. A line that is only a
// number must also rise from page to page: a page number, not a table
// cell.
func markRepeatedEdges(lines []document.Line, pages []pageRange, top bool, found []bool) bool {
	byKey := map[string][]edgeLine{}
	for _, pr := range pages {
		seen := map[string]bool{}
		for _, i := range edgeIndexes(lines, pr, top, found) {
			key := edgeKey(lines[i].Text)
			if seen[key] {
				continue
			}
			seen[key] = true
			value, _ := strconv.Atoi(strings.TrimSpace(lines[i].Text))
			byKey[key] = append(byKey[key], edgeLine{index: i, y: lines[i].Y, value: value})
		}
	}
	need := max(2, (len(pages)+1)/2)
	repeated := make([]bool, len(lines))
	for key, on := range byKey {
		on = sameHeight(on)
		if len(on) < need || (key == "#" && !valuesRise(on)) {
			continue
		}
		for _, e := range on {
			repeated[e.index] = true
		}
	}
	// A header or footer is a block at the edge of the page: a repeated
	// line counts only if every line between it and the edge does too, and
	// it is close to them, so a body line that happens to repeat ("Done.")
	// stays.
	more := false
	for _, pr := range pages {
		prev := -1
		for i := range fromEdge(lines, pr, top) {
			if found[i] {
				prev = i
				continue
			}
			if !repeated[i] || (prev >= 0 && farApart(lines[prev], lines[i])) {
				break
			}
			found[i], more = true, true
			prev = i
		}
	}
	return more
}

// farApart reports whether two lines of a page, whose heights are known,
// are further apart than the lines of one header block: more than three
// lines of their size.
func farApart(a, b document.Line) bool {
	if a.Y == 0 || b.Y == 0 {
		return false
	}
	size := max(a.Size, b.Size, 8)
	return math.Abs(a.Y-b.Y) > 3*size
}

// edgeIndexes returns the indexes of the first (top) or last edgeLines
// non-blank lines of a page that are not in skip.
func edgeIndexes(lines []document.Line, pr pageRange, top bool, skip []bool) []int {
	var idx []int
	for i := range fromEdge(lines, pr, top) {
		if len(idx) == edgeLines {
			break
		}
		if !skip[i] {
			idx = append(idx, i)
		}
	}
	return idx
}

// fromEdge yields the indexes of the non-blank lines of a page from its
// top or from its bottom. Callers stop after a few lines, so the lines
// are looked at only as far as they go.
func fromEdge(lines []document.Line, pr pageRange, top bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		start, end, step := pr.start, pr.end, 1
		if !top {
			start, end, step = pr.end-1, pr.start-1, -1
		}
		for i := start; i != end; i += step {
			if !lines[i].IsBlank() && !yield(i) {
				return
			}
		}
	}
}

// sameHeight keeps the lines within a few points of the most common height,
// when the reader gave heights: a header stays where it is.
func sameHeight(found []edgeLine) []edgeLine {
	if len(found) == 0 || found[0].y == 0 {
		return found
	}
	ys := make([]float64, len(found))
	for i, e := range found {
		ys[i] = e.y
	}
	sort.Float64s(ys)
	median := ys[len(ys)/2]
	var kept []edgeLine
	for _, e := range found {
		if math.Abs(e.y-median) <= 6 {
			kept = append(kept, e)
		}
	}
	return kept
}

// valuesRise reports whether the numbers of bare-number lines rise from
// page to page.
func valuesRise(found []edgeLine) bool {
	for i := 1; i < len(found); i++ {
		if found[i].value <= found[i-1].value {
			return false
		}
	}
	return true
}
