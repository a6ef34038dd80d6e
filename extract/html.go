package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads an HTML page into the lines a person sees in a browser.
//
// The page is decoded (decodeHTML) and read as a stream of tokens with
// golang.org/x/net/html's tokenizer, not parsed into a tree: the stream
// gives each block's source line, and it costs time and memory linear in
// the page however deep its tags nest. A stack of open elements, bounded
// by maxDepth, stands in for the tree; it closes elements left open (<p>,
// <li>, <td>) where a browser would.
//
// What becomes of the page:
//
//   - Each block (paragraph, heading, list item, table cell, <div>) starts a
//     line; <br> ends one. Inline elements (<b>, <a>, <span>, Word's <o:p>)
//     never split a line. White space collapses as a browser collapses it;
//     a no-break space is a plain space; an explicit tab (&#9;, Word's
//     mso-tab-count span) is kept as a tab, a column separator.
//   - A Blank line goes where a browser leaves vertical space: between
//     paragraphs, headings, lists, tables; also for two <br> in a row.
//   - <h1>…<h6>: Kind Heading, Level 1 to 6.
//   - <li>, and Word's list paragraphs (style mso-list): the item's first
//     line is Kind ListItem, Level = nesting depth. An ordered list's item
//     begins with its number as the browser shows it ("2. ", "b. "),
//     following start, value and type; Word's own number is kept, its
//     symbol-font bullets dropped.
//   - <tr>: one Kind TableRow line, Cells holding each cell's text (a
//     cell's paragraphs joined by spaces; colspan repeats an empty cell)
//     and Text the cells joined by " | ". A row that is page layout rather
//     than data — a single cell, or cells holding headings, lists, tables
//     or more than maxCellLines lines — gives its cells' lines instead.
//   - <dl>: each term is joined to its definitions as "Term: definition"
//     (several short definitions as "Term: a, b, c"), so W3C minutes give
//     "Present: Dan, Peter, Mark". Text inside the list but outside a <dd>
//     (scribe.perl's malformed <dl> in place of <dd>) counts as a
//     definition. See mergeDefinitions.
//   - <pre>, <xmp>, <textarea>: every source line is a line, indentation
//     kept.
//   - <hr>: a Kind Rule line with no text.
//   - Dropped: <head> (and its <title>), scripts, styles, <nav> and
//     elements whose id or class names navigation, embedded objects,
//     forms' <select>, elements styled display:none or mso-hide:all,
//     links to HTML validators (their badges), comments (and with them
//     Word's conditional comments), images (alt text is not shown when an
//     image loads).
//   - Entities are decoded as a browser does, numeric references to C1
//     code points included (&#146; is ’, &#151; is —: x/net/html maps
//     them to Windows-1252).
//   - <details> and <summary> are inline: scribe.perl puts the first name
//     of a long list in a <summary>, and the list must stay one line.
//
// Line.Num is the source line of the first character of the line (after
// CRLF and CR are counted as line ends), Line.Bold is set when all of the
// line is inside <b>, <strong> or a bold style, and Line.Links holds the
// absolute URLs of the links on the line.
func readHTML(data []byte) (*Document, error) {
	dec := decodeHTML(data)
	if looksBinary(dec.text) {
		return nil, ErrBinary
	}
	r := newHTMLReader(normalizeNewlines(dec.text))
	r.run()
	doc := &Document{Encoding: dec.codec.name, Lines: r.out.lines, Warnings: dec.warnings}
	if len(doc.Lines) == 0 {
		doc.Warnings = append(doc.Warnings, Warning{Stage: "html", Message: "the page shows no text"})
	}
	if r.overflow > 0 {
		doc.Warnings = append(doc.Warnings, Warning{Stage: "html",
			Message: "elements nested too deep to follow; their layout may be lost"})
	}
	return doc, nil
}

// normalizeNewlines turns CRLF and lone CR into LF, so that one count of
// LF gives source line numbers as eachLine numbers them.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// maxDepth bounds the stack of open elements. Deeper elements (only
// hostile or broken pages nest so deep) are counted, not followed, so
// every search of the stack is bounded and a page of 100,000 nested tags
// reads in linear time.
const maxDepth = 256

// maxAssembly bounds the nesting of tables and definition lists whose
// lines are rearranged when they close (rows joined, terms merged); deeper
// ones are read as plain blocks, so rearranging stays linear.
const maxAssembly = 16

// An htmlReader turns the token stream into lines.
type htmlReader struct {
	z        *html.Tokenizer
	srcLine  int // source line where the current token begins
	stack    []frame
	overflow int // start tags past maxDepth, not on the stack

	// Counts of open elements with a property; inline elements can close
	// out of order, so these are counts, not saved values.
	hidden, pre, bold, marker, tab, heads int

	ctx  context    // what the open block elements make of new lines
	link string     // the href of the open <a>, when absolute
	out  lineList   // the lines read so far
	cur  lineBuffer // the line being read
	brk  breakKind  // the break due before the next line
	// brkLine is the source line of the paragraph break due, for its Blank.
	brkLine  int
	preFresh bool // a <pre> just opened: a newline right after it is dropped
	// nbsp is set when a no-break space came and no line has begun: a
	// block holding only &nbsp; is a visible empty line (placeholder).
	nbsp bool
}

// A frame is an open element on the stack.
type frame struct {
	tag      atom.Atom
	name     string // the tag's name, for elements atom does not know ("o:p")
	info     tagInfo
	brk      breakKind // the break it makes before and after it
	block    bool      // a block element: it saved ctx and restores it on closing
	saved    context
	bold     bool
	hidden   bool
	marker   bool
	tab      bool
	pre      bool
	head     bool
	prevLink string // the link before an <a> opened, restored when it closes
	isLink   bool
	row      *rowState // for <tr>
	table    *tableState
	dlStart  int  // for <dl>: index in out where its lines begin
	dl       bool // a <dl> whose terms are merged when it closes
	cell     bool // a <td> or <th>
}

// A context is what the open block elements make of a new line. Each block
// element saves it when it opens and restores it when it closes.
type context struct {
	list      *listState
	listDepth int
	item      *itemState
	heading   int
	table     *tableState
	row       *rowState
	assembly  int  // open tables and definition lists being assembled
	inDL      bool // inside a <dl> being assembled
	inTerm    bool // inside its <dt>
}

// A listState counts the items of an open list.
type listState struct {
	ordered bool
	next    int
	step    int
	style   string
}

// An itemState is an open list item: its line is marked when it starts.
type itemState struct {
	level   int
	marker  string
	started bool
}

func newHTMLReader(text string) *htmlReader {
	return &htmlReader{z: html.NewTokenizer(strings.NewReader(text)), srcLine: 1}
}

// run reads every token, then closes what is left open.
func (r *htmlReader) run() {
	for {
		tt := r.z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := r.z.Raw()
		newlines := bytes.Count(raw, []byte{'\n'})
		switch tt {
		case html.TextToken:
			r.text(raw)
		case html.StartTagToken, html.SelfClosingTagToken:
			r.startTag(tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := r.z.TagName()
			r.endTag(atom.Lookup(name), string(name))
		}
		r.srcLine += newlines
	}
	r.popTo(0)
	r.endLine(paraBreak)
	r.out.trimBlanks()
}

// startTag opens an element, after closing those its start implies
// closed.
func (r *htmlReader) startTag(selfClosing bool) {
	r.preFresh = false
	nameBytes, hasAttr := r.z.TagName()
	a := atom.Lookup(nameBytes)
	name := string(nameBytes)
	attrs := readAttrs(r.z, hasAttr)
	info := tags[a]
	if a == 0 && name == "xml" { // Word's embedded XML island
		info.hidden = true
	}
	if r.heads > 0 && !headContent[a] {
		r.closeHead()
	}
	r.closeImplied(a)
	if info.void {
		r.voidElement(a)
		return
	}
	if selfClosing && !rawText[a] {
		r.open(a, name, info, attrs)
		r.endTag(a, name)
		return
	}
	r.open(a, name, info, attrs)
}

// voidElement handles elements without content.
func (r *htmlReader) voidElement(a atom.Atom) {
	if r.hidden > 0 {
		return
	}
	switch a {
	case atom.Br:
		r.lineBreakTag()
	case atom.Hr:
		r.endLine(paraBreak)
		r.out.add(Line{Num: r.srcLine, Kind: Rule}, lineTag{})
		r.brk = noBreak
	}
}

// lineBreakTag ends the line at <br>; a <br> on an empty line (the second
// of two) makes a paragraph break.
func (r *htmlReader) lineBreakTag() {
	if r.cur.empty() {
		r.setBreak(paraBreak)
		return
	}
	r.endLine(lineBreak)
}

// open pushes an element and applies what it means.
func (r *htmlReader) open(a atom.Atom, name string, info tagInfo, attrs attributes) {
	if len(r.stack) >= maxDepth {
		r.overflow++
		return
	}
	style := parseStyle(attrs.style)
	f := frame{tag: a, name: name, info: info, saved: r.ctx}
	f.hidden = info.hidden || style.hidden || attrs.hidden || attrs.nav ||
		(a == atom.A && isValidatorLink(attrs.href))
	f.bold = info.bold || style.bold
	f.marker = style.marker
	f.tab = style.tab
	f.pre = info.pre
	f.head = a == atom.Head
	f.block = info.brk != noBreak || style.listLevel > 0
	f.brk = info.brk
	if isList(a) && r.ctx.listDepth > 0 {
		f.brk = lineBreak // a nested list continues its item: no vertical space
	}
	if a == atom.A {
		f.isLink, f.prevLink = true, r.link
		if isAbsoluteURL(attrs.href) {
			r.link = strings.TrimSpace(attrs.href)
		}
	}
	if f.block && r.hidden == 0 {
		r.endLine(f.brk)
	}
	r.count(&f, 1)
	r.openBlock(&f, a, attrs, style)
	r.stack = append(r.stack, f)
	if f.tab && r.hidden == 0 {
		r.cur.tabChar()
	}
	if f.pre {
		r.preFresh = true
	}
}

// openBlock sets the context a block element gives the lines inside it.
func (r *htmlReader) openBlock(f *frame, a atom.Atom, attrs attributes, style styleInfo) {
	switch {
	case isList(a):
		l := &listState{ordered: a == atom.Ol, next: 1, step: 1, style: attrs.listType}
		if style.listType != "" {
			l.style = style.listType
		}
		if attrs.hasStart {
			l.next = attrs.start
			if attrs.reversed {
				l.step = -1
			}
		}
		r.ctx.list, r.ctx.listDepth = l, r.ctx.listDepth+1
	case a == atom.Li:
		r.openItem(attrs, max(r.ctx.listDepth, 1))
	case style.listLevel > 0: // a Word list paragraph
		r.ctx.item = &itemState{level: style.listLevel}
	case headingLevel(a) > 0:
		r.ctx.heading = headingLevel(a)
	case a == atom.Table && r.ctx.assembly < maxAssembly:
		f.table = &tableState{}
		r.ctx.table, r.ctx.row, r.ctx.assembly = f.table, nil, r.ctx.assembly+1
		r.ctx.inDL, r.ctx.inTerm = false, false
	case a == atom.Tr && r.ctx.table != nil:
		if r.hidden == 0 {
			r.flushBreak() // the Blank before a table goes before its first row
		}
		f.row = &rowState{start: r.out.len()}
		r.ctx.row = f.row
	case (a == atom.Td || a == atom.Th) && r.ctx.row != nil:
		f.cell = true
		r.ctx.row.cells = append(r.ctx.row.cells, cellState{start: r.out.len(), header: a == atom.Th, span: attrs.colspan})
		r.brk = noBreak // cells stand side by side: no Blank between them
	case a == atom.Dl && r.ctx.assembly < maxAssembly:
		f.dl, f.dlStart = true, r.out.len()
		r.ctx.inDL, r.ctx.inTerm, r.ctx.assembly = true, false, r.ctx.assembly+1
	case a == atom.Dt && r.ctx.inDL:
		r.ctx.inTerm = true
	case a == atom.Dd && r.ctx.inDL:
		r.ctx.inTerm = false
	}
}

// openItem starts a list item, numbering it when its list is ordered.
func (r *htmlReader) openItem(attrs attributes, level int) {
	item := &itemState{level: level}
	if l := r.ctx.list; l != nil && l.ordered {
		if attrs.hasValue {
			l.next = attrs.value
		}
		style := l.style
		if attrs.listType != "" {
			style = attrs.listType
		}
		item.marker = listMarker(l.next, style)
		l.next += l.step
	}
	r.ctx.item = item
}

// count adds d to the counters of the properties f has.
func (r *htmlReader) count(f *frame, d int) {
	add := func(on bool, n *int) {
		if on {
			*n += d
		}
	}
	add(f.hidden, &r.hidden)
	add(f.bold, &r.bold)
	add(f.marker, &r.marker)
	add(f.tab, &r.tab)
	add(f.pre, &r.pre)
	add(f.head, &r.heads)
}

// endTag closes the element named. A block's end tag closes everything
// open inside it. An inline element's end tag closes only that element,
// even when a block opened inside it is still open (<b><p>x</b> y</p>
// keeps one paragraph), as a browser's adoption agency keeps the text
// flowing.
func (r *htmlReader) endTag(a atom.Atom, name string) {
	if r.overflow > 0 {
		r.overflow--
		return
	}
	match := func(f *frame) bool { return f.tag == a && (a != 0 || f.name == name) }
	i := r.find(match, endTagScope(a))
	switch {
	case i < 0 && a == atom.Br:
		if r.hidden == 0 {
			r.lineBreakTag()
		}
	case i < 0 && a == atom.P:
		if r.hidden == 0 {
			r.endLine(paraBreak) // a stray </p> makes an empty paragraph
		}
	case i < 0:
	case !r.stack[i].block && r.blockAbove(i):
		r.remove(i)
	default:
		r.popTo(i)
	}
}

// endTagScope returns where the search for the element an end tag of a
// closes gives up: a table's end tag searches the whole stack, a row's
// stops at its table, and any other stops at a table or cell boundary, so
// a stray </div> inside a cell cannot close the table around it.
func endTagScope(a atom.Atom) func(*frame) bool {
	switch a {
	case atom.Table:
		return func(*frame) bool { return false }
	case atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot, atom.Td, atom.Th, atom.Caption:
		return func(f *frame) bool { return f.tag == atom.Table }
	}
	return func(f *frame) bool {
		switch f.tag {
		case atom.Table, atom.Td, atom.Th, atom.Caption, atom.Template:
			return true
		}
		return false
	}
}

// blockAbove reports whether a block element is open above stack[i].
func (r *htmlReader) blockAbove(i int) bool {
	for j := i + 1; j < len(r.stack); j++ {
		if r.stack[j].block {
			return true
		}
	}
	return false
}

// find returns the index of the innermost open element that match
// accepts, searching outwards and giving up at one that stop accepts; -1
// when there is none.
func (r *htmlReader) find(match, stop func(*frame) bool) int {
	for i := len(r.stack) - 1; i >= 0; i-- {
		f := &r.stack[i]
		if match(f) {
			return i
		}
		if stop(f) {
			return -1
		}
	}
	return -1
}

// popTo closes the elements from the innermost down to stack[i].
func (r *htmlReader) popTo(i int) {
	for len(r.stack) > i {
		r.remove(len(r.stack) - 1)
	}
}

// remove closes stack[i]: an inline element may close out of order, a
// block only as the innermost.
func (r *htmlReader) remove(i int) {
	f := r.stack[i]
	r.stack = append(r.stack[:i], r.stack[i+1:]...)
	if f.isLink {
		if i == len(r.stack) {
			r.link = f.prevLink
		} else {
			r.link = ""
		}
	}
	if f.block {
		r.closeBlock(&f)
	}
	r.count(&f, -1)
}

// closeBlock ends the lines of a block element and assembles its rows and
// definitions, then restores the context it saved.
func (r *htmlReader) closeBlock(f *frame) {
	if r.hidden == 0 || f.hidden && r.hidden == 1 {
		r.endLine(f.brk)
	}
	switch {
	case f.cell:
		r.brk = lineBreak // a paragraph ending inside a cell ends no paragraph outside it
	case f.row != nil:
		r.out.assembleRow(f.row)
		r.brk = lineBreak
	case f.dl:
		r.out.mergeDefinitions(f.dlStart, f.saved.inDL)
	}
	r.ctx = f.saved
}

// closeImplied closes what a start tag of a closes in a browser: an open
// <p> before a block, the previous item, term, row or cell before the
// next, an open heading before another, an open link before another.
func (r *htmlReader) closeImplied(a atom.Atom) {
	defaultScope := func(f *frame) bool {
		switch f.tag {
		case atom.Table, atom.Td, atom.Th, atom.Caption, atom.Html, atom.Template, atom.Object, atom.Applet, atom.Marquee:
			return true
		}
		return false
	}
	is := func(tags ...atom.Atom) func(*frame) bool {
		return func(f *frame) bool {
			for _, t := range tags {
				if f.tag == t {
					return true
				}
			}
			return false
		}
	}
	or := func(x, y func(*frame) bool) func(*frame) bool {
		return func(f *frame) bool { return x(f) || y(f) }
	}
	closeTo := func(match, stop func(*frame) bool) {
		if i := r.find(match, stop); i >= 0 {
			r.popTo(i)
		}
	}
	if closesParagraph[a] {
		closeTo(is(atom.P), or(defaultScope, is(atom.Button)))
	}
	switch {
	case a == atom.Li:
		closeTo(is(atom.Li), or(defaultScope, is(atom.Ul, atom.Ol, atom.Dir, atom.Menu)))
	case a == atom.Dt || a == atom.Dd:
		closeTo(is(atom.Dt, atom.Dd), or(defaultScope, is(atom.Dl)))
	case a == atom.Tr || a == atom.Thead || a == atom.Tbody || a == atom.Tfoot:
		closeTo(is(atom.Tr), is(atom.Table))
	case a == atom.Td || a == atom.Th:
		closeTo(is(atom.Td, atom.Th), is(atom.Tr, atom.Table))
		if r.ctx.table != nil && r.ctx.row == nil {
			r.open(atom.Tr, "tr", tags[atom.Tr], attributes{}) // a cell needs a row
		}
	case headingLevel(a) > 0:
		if n := len(r.stack); n > 0 && headingLevel(r.stack[n-1].tag) > 0 {
			r.popTo(n - 1)
		}
	case a == atom.A:
		closeTo(is(atom.A), defaultScope)
	}
}

// closeHead closes a <head> left open when body content begins.
func (r *htmlReader) closeHead() {
	if i := r.find(func(f *frame) bool { return f.head }, func(*frame) bool { return false }); i >= 0 {
		r.popTo(i)
	}
}

// text adds the text of a token: white space collapsed, entities decoded.
func (r *htmlReader) text(raw []byte) {
	if r.heads > 0 && len(r.stack) > 0 && r.stack[len(r.stack)-1].head && len(bytes.TrimSpace(raw)) > 0 {
		r.closeHead() // text in <head> outside its elements begins the body
	}
	if r.hidden > 0 {
		return
	}
	if r.pre > 0 {
		r.preText(raw)
		return
	}
	line := r.srcLine
	for i := 0; i < len(raw); {
		j := i
		for j < len(raw) && isHTMLSpace(raw[j]) {
			if raw[j] == '\n' {
				line++
			}
			j++
		}
		if j > i {
			r.cur.space()
		}
		k := j
		for k < len(raw) && !isHTMLSpace(raw[k]) {
			k++
		}
		if k > j {
			r.word(unescape(raw[j:k]), line)
		}
		i = k
	}
}

// preText adds text inside <pre>: each newline ends a line, and spaces
// stay.
func (r *htmlReader) preText(raw []byte) {
	line := r.srcLine
	if r.preFresh && len(raw) > 0 && raw[0] == '\n' {
		raw, line = raw[1:], line+1
	}
	r.preFresh = false
	for {
		end := bytes.IndexByte(raw, '\n')
		if end < 0 {
			r.preWrite(unescape(raw), line)
			return
		}
		r.preWrite(unescape(raw[:end]), line)
		if r.cur.blank() {
			r.cur.reset()
			r.setBreak(paraBreak)
		} else {
			r.endLine(lineBreak)
		}
		raw, line = raw[end+1:], line+1
	}
}

// preWrite writes text of a <pre> line as it is.
func (r *htmlReader) preWrite(s string, line int) {
	if s == "" {
		return
	}
	r.startLine(line)
	for _, c := range s {
		r.cur.writeRaw(c)
	}
}

// word adds a run of text without HTML white space (it may hold no-break
// spaces and characters from entities).
func (r *htmlReader) word(s string, line int) {
	if r.tab > 0 {
		return // the spaces Word wrote for a tab
	}
	if r.marker > 0 && !isListMarkerText(strings.Trim(s, "\u00a0")) {
		return // a bullet drawn in a symbol font
	}
	for _, c := range s {
		switch {
		case c == '\u00a0':
			r.nbsp = r.nbsp || r.cur.empty()
			r.cur.space()
		case c == '\n' || c == '\r' || c == '\f' || c == '\v':
			r.cur.space()
		case c == '\t':
			r.cur.tabChar()
		case isControlRune(c):
		default:
			r.startLine(line)
			r.cur.write(c, r.bold > 0, r.link)
		}
	}
}

// startLine begins a line when none is being read: it emits the Blank due
// before it and marks the line by the context it starts in.
func (r *htmlReader) startLine(line int) {
	if !r.cur.empty() {
		return
	}
	r.flushBreak()
	r.brk, r.nbsp = noBreak, false
	r.cur.begin(line)
	r.cur.tag = lineTag{term: r.ctx.inDL && r.ctx.inTerm, def: r.ctx.inDL && !r.ctx.inTerm, dl: r.ctx.inDL}
	switch item := r.ctx.item; {
	case r.ctx.heading > 0:
		r.cur.kind, r.cur.level = Heading, r.ctx.heading
		if item != nil && !item.started {
			item.started = true
			r.cur.writeString(item.marker)
		}
	case item != nil && !item.started:
		item.started = true
		r.cur.kind, r.cur.level = ListItem, item.level
		r.cur.writeString(item.marker)
	}
}

// flushBreak emits the Blank line of a paragraph break that is due, unless
// the document begins or a Blank or Rule ends it already.
func (r *htmlReader) flushBreak() {
	if r.brk == paraBreak && r.out.len() > 0 {
		if last := r.out.last(); last.Kind != Blank && last.Kind != Rule {
			r.out.add(Line{Num: r.brkLine, Kind: Blank}, lineTag{def: r.ctx.inDL, dl: r.ctx.inDL})
		}
	}
	r.brk = noBreak
}

// endLine finishes the line being read, if any, and records the break due
// before the next.
func (r *htmlReader) endLine(brk breakKind) {
	if l, tag, ok := r.cur.finish(); ok {
		r.out.add(l, tag)
		r.brk = noBreak
	} else if r.nbsp && brk != noBreak {
		r.placeholder()
	}
	r.nbsp = false
	r.setBreak(brk)
}

// placeholder marks a block that holds only &nbsp;. Inside a row being
// assembled it is a Blank line of its own, keeping parallel columns
// aligned (zipColumns); elsewhere it is a paragraph break.
func (r *htmlReader) placeholder() {
	if r.ctx.row == nil {
		r.setBreak(paraBreak)
		return
	}
	r.out.add(Line{Num: r.srcLine, Kind: Blank}, lineTag{def: r.ctx.inDL, dl: r.ctx.inDL, placeholder: true})
	r.brk = noBreak
}

// setBreak records a break due before the next line; a paragraph break
// outweighs a line break.
func (r *htmlReader) setBreak(brk breakKind) {
	if brk == paraBreak && r.brk != paraBreak {
		r.brkLine = r.srcLine
	}
	r.brk = max(r.brk, brk)
}

// isHTMLSpace reports whether c is white space that HTML collapses.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// isControlRune reports whether r is a control character to drop from a
// line (tab is handled apart).
func isControlRune(r rune) bool {
	return r < 0x20 || r == 0x7F || r == '\uFEFF'
}

// unescape decodes the entities of raw text.
func unescape(raw []byte) string {
	if bytes.IndexByte(raw, '&') < 0 {
		return string(raw)
	}
	return html.UnescapeString(string(raw))
}

// attributes are the attributes of a start tag the reader uses.
type attributes struct {
	style, href, listType string
	hidden, nav, reversed bool
	start, value, colspan int
	hasStart, hasValue    bool
}

// readAttrs reads the attributes the reader uses.
func readAttrs(z *html.Tokenizer, more bool) attributes {
	var a attributes
	for more {
		var key, val []byte
		key, val, more = z.TagAttr()
		switch string(key) {
		case "style":
			a.style = string(val)
		case "href":
			a.href = string(val)
		case "type":
			a.listType = strings.TrimSpace(string(val))
		case "hidden":
			a.hidden = true
		case "role":
			a.nav = a.nav || strings.EqualFold(strings.TrimSpace(string(val)), "navigation")
		case "id", "class":
			a.nav = a.nav || isNavName(string(val))
		case "reversed":
			a.reversed = true
		case "start":
			a.start, a.hasStart = atoiPrefix(val)
		case "value":
			a.value, a.hasValue = atoiPrefix(val)
		case "colspan":
			a.colspan, _ = atoiPrefix(val)
		}
	}
	return a
}

// atoiPrefix reads the integer opening b ("3", " 12px"), as browsers read
// numeric attributes; it reports whether there was one. Values are
// clamped to ±1,000,000,000.
func atoiPrefix(b []byte) (int, bool) {
	s := strings.TrimSpace(string(b))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	n, digits := 0, 0
	for ; digits < len(s) && s[digits] >= '0' && s[digits] <= '9'; digits++ {
		if n < 1_000_000_000 {
			n = n*10 + int(s[digits]-'0')
		}
	}
	n = min(n, 1_000_000_000)
	if neg {
		n = -n
	}
	return n, digits > 0
}
