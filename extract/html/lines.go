package html

import (
	"strings"
	"unicode/utf8"

	"minutes/document"
)

// A lineBuffer builds one line of an HTML page from its characters.
type lineBuffer struct {
	buf     []byte
	started bool
	pending bool // white space was seen: a space goes before the next character
	num     int
	kind    document.Kind
	level   int
	bold    bool // every character so far was bold
	links   []string
	tag     lineTag

	// A note the author pushed to the right margin with tabs before an
	// <em> that ends the line: "… still ongoing.<tabs><em>Clerk</em>".
	// tabbedAt is 1 + the length of buf where a run of source white
	// space holding a tab ended the text; noteStart and noteEnd, 1 + the
	// lengths where the <em> right after it opened and closed.
	tabbedAt, noteStart, noteEnd int
}

// begin starts a line at source line num.
func (b *lineBuffer) begin(num int) {
	*b = lineBuffer{buf: b.buf[:0], started: true, num: num, bold: true}
}

// empty reports whether no line has begun.
func (b *lineBuffer) empty() bool { return !b.started }

// blank reports whether the line holds no visible character.
func (b *lineBuffer) blank() bool {
	return strings.TrimSpace(string(b.buf)) == ""
}

// reset forgets the line.
func (b *lineBuffer) reset() { *b = lineBuffer{buf: b.buf[:0]} }

// space notes white space: one space goes before the next character, none
// at the start of a line or after a space or tab.
func (b *lineBuffer) space() {
	if b.started && len(b.buf) > 0 {
		b.pending = true
	}
}

// tabChar writes a tab, which swallows the white space around it. A tab
// opening a line is dropped, as indentation.
func (b *lineBuffer) tabChar() {
	for len(b.buf) > 0 && b.buf[len(b.buf)-1] == ' ' {
		b.buf = b.buf[:len(b.buf)-1]
	}
	if len(b.buf) > 0 && b.buf[len(b.buf)-1] != '\t' {
		b.buf = append(b.buf, '\t')
	}
	b.pending = false
}

// write adds a visible character, with the space due before it.
func (b *lineBuffer) write(c rune, bold bool, link string) {
	if b.pending {
		if last := b.buf[len(b.buf)-1]; last != ' ' && last != '\t' {
			b.buf = append(b.buf, ' ')
		}
		b.pending = false
	}
	b.buf = utf8.AppendRune(b.buf, c)
	b.bold = b.bold && bold
	if link != "" && (len(b.links) == 0 || b.links[len(b.links)-1] != link) {
		b.links = append(b.links, link)
	}
}

// writeRaw adds a character of preformatted text: spaces stay, control
// characters go, a no-break space is a space.
func (b *lineBuffer) writeRaw(c rune) {
	switch {
	case c == '\u00a0':
		b.buf = append(b.buf, ' ')
	case c == '\t':
		b.buf = append(b.buf, '\t')
	case isControlRune(c):
	default:
		b.buf = utf8.AppendRune(b.buf, c)
	}
	b.bold = false
}

// writeString adds text that opens the line, such as a list number.
func (b *lineBuffer) writeString(s string) {
	b.buf = append(b.buf, s...)
}

// finish returns the line read, without trailing white space, and forgets
// it; ok is false when there was no visible text.
func (b *lineBuffer) finish() (document.Line, lineTag, bool) {
	defer b.reset()
	text := strings.TrimRight(string(b.buf), " \t")
	if !b.started || strings.TrimSpace(text) == "" {
		return document.Line{}, lineTag{}, false
	}
	l := document.Line{Text: text, Num: b.num, Kind: b.kind, Level: b.level, Bold: b.bold, Links: b.links}
	if body, note, ok := b.marginNote(); ok {
		l.Kind, l.Level, l.Cells = document.TableRow, 0, []string{body, note}
		l.Text = body + " | " + note
	}
	return l, b.tag, true
}

// marginNote returns the line's text and the note tabbed to its right
// margin, when the line ends with one: a few words in an <em> right
// after a tab in the source, after a sentence or more of text. Minutes
// written by hand in HTML set an action's owner so, as a word processor
// sets it in a right-hand column; the reader gives the line as the PDF
// reader gives such a paragraph, a row of its text and the note.
func (b *lineBuffer) marginNote() (body, note string, ok bool) {
	if b.noteStart == 0 || b.noteEnd < b.noteStart || strings.TrimSpace(string(b.buf[b.noteEnd-1:])) != "" {
		return "", "", false
	}
	body = strings.TrimSpace(string(b.buf[:b.noteStart-1]))
	note = strings.TrimSpace(string(b.buf[b.noteStart-1 : b.noteEnd-1]))
	if len(strings.Fields(note)) == 0 || len(strings.Fields(note)) > 6 || len(strings.Fields(body)) < 4 {
		return "", "", false
	}
	return body, note, true
}

// A lineTag records, beside a line, what the rearranging of a definition
// list needs to know: whether the line came from a term (<dt>) or from the
// rest of the list.
type lineTag struct {
	term bool // from a <dt>
	def  bool // from the rest of a <dl>, to be joined to its term
	dl   bool // from a <dl>: structure, not the text of a data cell
	// placeholder marks a Blank line standing for a block that holds only
	// &nbsp;, which keeps its place when a definition list is merged.
	placeholder bool
}

// A lineList is the lines read so far, each with its tag.
type lineList struct {
	lines []document.Line
	tags  []lineTag
}

func (o *lineList) add(l document.Line, t lineTag) {
	o.lines = append(o.lines, l)
	o.tags = append(o.tags, t)
}

func (o *lineList) len() int             { return len(o.lines) }
func (o *lineList) last() *document.Line { return &o.lines[len(o.lines)-1] }

// truncate drops the lines from index n on.
func (o *lineList) truncate(n int) {
	clear(o.lines[n:])
	o.lines, o.tags = o.lines[:n], o.tags[:n]
}

// trimBlanks drops Blank lines at the start and the end.
func (o *lineList) trimBlanks() {
	for o.len() > 0 && o.last().Kind == document.Blank {
		o.truncate(o.len() - 1)
	}
	first := 0
	for first < o.len() && o.lines[first].Kind == document.Blank {
		first++
	}
	o.lines, o.tags = o.lines[first:], o.tags[first:]
}

// A rowState is an open table row: where its lines begin and its cells.
type rowState struct {
	start int
	cells []cellState
}

// A cellState is a cell of an open row: where its lines begin.
type cellState struct {
	start  int
	header bool // a <th>
	span   int  // colspan
}

// maxCellLines and maxCellText bound what a data cell holds; a cell with
// more is page layout, and its row gives its lines as they are.
const (
	maxCellLines = 4
	maxCellText  = 500
	maxColspan   = 20
)

// assembleRow rewrites the lines of a closed table row, which begin at
// row.start:
//
//   - cells holding parallel columns — the same number of short lines or
//     empty placeholders (a block holding only &nbsp;) in each, as
//     hand-made pages of the 1990s aligned items and owners — become one
//     TableRow per line across (zipColumns);
//   - otherwise a data row becomes one TableRow (dataRow);
//   - otherwise the row is layout: its lines stay as they are.
func (o *lineList) assembleRow(row *rowState) {
	if len(row.cells) < 2 || row.start >= o.len() {
		o.collapseBlanks(row.start)
		return
	}
	entries := o.cellEntries(row)
	if rows := o.zipColumns(entries); rows != nil {
		o.replace(row.start, rows)
		return
	}
	if line, ok := o.dataRow(row, entries); ok {
		o.replace(row.start, []document.Line{line})
		return
	}
	o.collapseBlanks(row.start)
}

// cellEntries returns, for each cell of a row, the indexes of its lines.
func (o *lineList) cellEntries(row *rowState) [][]int {
	entries := make([][]int, len(row.cells))
	for c, cell := range row.cells {
		end := o.len()
		if c+1 < len(row.cells) {
			end = row.cells[c+1].start
		}
		for i := cell.start; i < end; i++ {
			entries[c] = append(entries[c], i)
		}
	}
	return entries
}

// replace puts rows in place of the lines from start on; they keep the
// definition tag of the first line replaced (a table inside a <dd> is part
// of the definition).
func (o *lineList) replace(start int, rows []document.Line) {
	tag := lineTag{def: o.tags[start].def}
	o.truncate(start)
	for _, l := range rows {
		o.add(l, tag)
	}
}

// collapseBlanks removes the second of two Blank lines in a row from start
// on: placeholders of a layout row are paragraph breaks once the row is
// not assembled.
func (o *lineList) collapseBlanks(start int) {
	w := start
	for i := start; i < o.len(); i++ {
		if o.lines[i].Kind == document.Blank && w > 0 && o.lines[w-1].Kind == document.Blank {
			continue
		}
		o.lines[w], o.tags[w] = o.lines[i], o.tags[i]
		w++
	}
	o.truncate(w)
}

// zipColumns returns the rows of a row whose cells are parallel columns:
// at least two cells with the same number (two or more) of entries, every
// other cell empty, every entry a short prose line or a Blank placeholder.
// It returns nil for any other row.
func (o *lineList) zipColumns(entries [][]int) []document.Line {
	n, filled := 0, 0
	for _, e := range entries {
		if len(e) == 0 {
			continue
		}
		if n != 0 && len(e) != n {
			return nil
		}
		n, filled = len(e), filled+1
		for _, i := range e {
			l := o.lines[i]
			if (l.Kind != document.Prose && l.Kind != document.Blank) || utf8.RuneCountInString(l.Text) > maxShortDefinition {
				return nil
			}
		}
	}
	if n < 2 || filled < 2 {
		return nil
	}
	var rows []document.Line
	for k := range n {
		row := document.Line{Kind: document.TableRow, Bold: true}
		for _, e := range entries {
			text := ""
			if len(e) > 0 {
				l := o.lines[e[k]]
				text = l.Text
				if l.Kind != document.Blank {
					row.Num = cmpOr(row.Num, l.Num)
					row.Bold = row.Bold && l.Bold
					row.Links = appendNew(row.Links, l.Links...)
				}
			}
			row.Cells = append(row.Cells, text)
		}
		if row.Num == 0 {
			continue // a line of placeholders only
		}
		row.Text = strings.Join(row.Cells, " | ")
		rows = append(rows, row)
	}
	return rows
}

// cmpOr returns a, or b when a is zero.
func cmpOr(a, b int) int {
	if a != 0 {
		return a
	}
	return b
}

// dataRow makes one TableRow of a row whose cells each hold a little prose
// (cellText); ok is false when one cell is layout. A row of empty cells
// gives nothing.
func (o *lineList) dataRow(row *rowState, entries [][]int) (document.Line, bool) {
	line := document.Line{Kind: document.TableRow, Bold: true}
	header := true
	for c, cell := range row.cells {
		text, ok := o.cellText(entries[c], &line)
		if !ok {
			return document.Line{}, false
		}
		line.Cells = append(line.Cells, text)
		for range min(cell.span, maxColspan) - 1 {
			line.Cells = append(line.Cells, "")
		}
		header = header && cell.header
	}
	if line.Num == 0 {
		return document.Line{}, false
	}
	line.Text = strings.Join(line.Cells, " | ")
	line.Bold = line.Bold || header
	return line, true
}

// cellText joins the prose lines of one cell with spaces. It reports
// false when the cell is layout: a heading, list, row or rule in it, a
// definition list, or more than maxCellLines lines or maxCellText
// characters. It sets row.Num from the first line, adds the lines' links
// to row and clears row.Bold unless all are bold.
func (o *lineList) cellText(entries []int, row *document.Line) (string, bool) {
	var parts []string
	size := 0
	for _, i := range entries {
		l := o.lines[i]
		switch {
		case l.Kind == document.Blank:
			continue
		case l.Kind != document.Prose || o.tags[i].dl:
			return "", false
		}
		parts = append(parts, l.Text)
		size += utf8.RuneCountInString(l.Text)
		row.Num = cmpOr(row.Num, l.Num)
		row.Bold = row.Bold && l.Bold
		row.Links = appendNew(row.Links, l.Links...)
	}
	if len(parts) > maxCellLines || size > maxCellText {
		return "", false
	}
	return strings.Join(parts, " "), true
}

// appendNew appends the strings not already in list.
func appendNew(list []string, add ...string) []string {
	for _, s := range add {
		found := false
		for _, have := range list {
			if have == s {
				found = true
				break
			}
		}
		if !found {
			list = append(list, s)
		}
	}
	return list
}

// maxShortDefinition is the longest definition (in characters) joined to
// others on its term's line: "Present: Alice, Bob" from one <dd> each.
const maxShortDefinition = 60

// mergeDefinitions rewrites the lines of a closed definition list from
// index start: each term line is joined with its definitions, the lines
// after it up to the next term.
//
//   - One definition: "Term: definition" ("Term definition" when the term
//     already ends with a colon).
//   - Several, all short prose without a final period (names, one per
//     <dd>): "Term: a, b, c".
//   - Otherwise the first definition joins the term and the others stay
//     lines of their own.
//   - A definition that is not prose (a list, a table row) is not joined.
//
// A definition without a term (Word's <dd> used for indenting) stays as it
// is. The merged line takes the term's place and number. Blank lines
// inside the list go. When the list is itself inside a list being
// assembled (outer), its lines are definitions of the outer list.
func (o *lineList) mergeDefinitions(start int, outer bool) {
	// Merging only shortens: lines are rewritten in place, each written
	// at w no later than it was read at i.
	w := start
	put := func(l document.Line, t lineTag) {
		o.lines[w], o.tags[w] = l, t
		w++
	}
	for i := start; i < o.len(); {
		tag := o.tags[i]
		switch {
		case o.lines[i].Kind == document.Blank && !tag.placeholder:
			i++
		case !tag.term:
			put(o.lines[i], lineTag{def: outer, dl: true, placeholder: tag.placeholder})
			i++
		default:
			term := o.lines[i]
			var defs []document.Line
			for i++; i < o.len() && !o.tags[i].term && !o.tags[i].placeholder; i++ {
				if o.lines[i].Kind != document.Blank {
					defs = append(defs, o.lines[i])
				}
			}
			for _, l := range joinTerm(term, defs) {
				put(l, lineTag{def: outer, dl: true})
			}
		}
	}
	o.truncate(w)
}

// joinTerm joins a term line and its definitions (see mergeDefinitions).
func joinTerm(term document.Line, defs []document.Line) []document.Line {
	if len(defs) == 0 || defs[0].Kind != document.Prose {
		return append([]document.Line{term}, defs...)
	}
	sep := ": "
	if strings.HasSuffix(term.Text, ":") {
		sep = " "
	}
	n := 1
	if allShort(defs) {
		n = len(defs)
	}
	values := make([]string, n)
	links := term.Links
	for k, d := range defs[:n] {
		values[k] = d.Text
		if n > 1 {
			values[k] = strings.TrimRight(d.Text, ",; ")
		}
		links = appendNew(links, d.Links...)
	}
	merged := document.Line{Text: term.Text + sep + strings.Join(values, ", "), Num: term.Num, Kind: document.Prose, Links: links}
	return append([]document.Line{merged}, defs[n:]...)
}

// allShort reports whether the definitions are short prose lines that do
// not end a sentence: names or values, one per <dd>.
func allShort(defs []document.Line) bool {
	for _, d := range defs {
		if d.Kind != document.Prose || utf8.RuneCountInString(d.Text) > maxShortDefinition || strings.HasSuffix(d.Text, ".") {
			return false
		}
	}
	return true
}
