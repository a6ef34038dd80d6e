package html

import (
	"strings"

	"golang.org/x/net/html/atom"

	"minutes/document"
	"minutes/extract/text"
)

// This file keeps the stack of open elements: what a start tag opens,
// what it closes implicitly as a browser would, and what an end tag closes.

// startTag opens an element, after closing those its start implies
// closed.
func (r *htmlReader) startTag(selfClosing bool) {
	r.preFresh = false
	nameBytes, hasAttr := r.z.TagName()
	a := atom.Lookup(nameBytes)
	name := string(nameBytes)
	attrs := readAttrs(r.z, hasAttr)
	attrs.index, r.tagCount = r.tagCount, r.tagCount+1
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
	if (a == atom.Em || a == atom.I) && r.cur.tabbedAt > 0 && r.cur.tabbedAt == len(r.cur.buf)+1 {
		r.cur.noteStart = r.cur.tabbedAt // a note tabbed to the margin (lineBuffer.marginNote)
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
		r.out.add(document.Line{Num: r.srcLine, Kind: document.Rule}, lineTag{})
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
	f.chrome = a == atom.Nav || attrs.nav || r.sel.dropped(attrs.index)
	f.hidden = info.hidden || style.hidden || attrs.hidden || f.chrome ||
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
		r.stack[len(r.stack)-1].preStart = r.out.len()
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
	case a == atom.Table:
		assembled := r.ctx.assembly < maxAssembly // deeper, its rows are plain blocks
		r.ctx.inTable, r.ctx.row, r.ctx.assembly = assembled, nil, r.ctx.assembly+1
		r.ctx.inDL, r.ctx.inTerm = false, false
	case a == atom.Tr && r.ctx.inTable:
		if r.hidden == 0 {
			r.flushBreak() // the Blank before a table goes before its first row
		}
		f.row = &rowState{start: r.out.len()}
		r.ctx.row = f.row
	case (a == atom.Td || a == atom.Th) && r.ctx.row != nil && !f.chrome: // a cell of chrome is no cell
		f.cell = true
		r.ctx.row.cells = append(r.ctx.row.cells, cellState{start: r.out.len(), header: a == atom.Th, span: attrs.colspan})
		r.brk = noBreak // cells stand side by side: no Blank between them
	case a == atom.Dl:
		f.dl, f.dlStart = r.ctx.assembly < maxAssembly, r.out.len() // deeper, plain blocks
		r.ctx.inDL, r.ctx.inTerm, r.ctx.assembly = f.dl, false, r.ctx.assembly+1
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
	add(f.chrome, &r.chrome)
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
	if (a == atom.Em || a == atom.I) && i >= 0 && r.cur.noteStart > 0 && r.cur.noteEnd == 0 {
		r.cur.noteEnd = len(r.cur.buf) + 1
	}
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
	case f.pre && r.pre == 1:
		text.MarkLines(r.out.lines[f.preStart:]) // as a text file's lines: kinds, levels, cells
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
		if r.ctx.inTable && r.ctx.row == nil {
			r.open(atom.Tr, "tr", tags[atom.Tr], attributes{index: -1}) // a cell needs a row
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
