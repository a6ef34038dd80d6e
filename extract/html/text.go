package html

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"

	"minutes/document"
)

// This file turns the text between tags into lines: white space
// collapsed, entities decoded, each line marked by the context it starts
// in, and the breaks between lines.

// text adds the text of a token: white space collapsed, entities decoded.
func (r *htmlReader) text(raw []byte) {
	if r.heads > 0 && len(r.stack) > 0 && r.stack[len(r.stack)-1].head && len(bytes.TrimSpace(raw)) > 0 {
		r.closeHead() // text in <head> outside its elements begins the body
	}
	if r.hidden > 0 {
		r.chromeText = r.chromeText || r.chrome > 0 && len(bytes.TrimSpace(raw)) > 0
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
			if j == len(raw) && r.ctx.row == nil && bytes.IndexByte(raw[i:j], '\t') >= 0 && !r.cur.empty() {
				r.cur.tabbedAt = len(r.cur.buf) + 1 // a note may follow (lineBuffer.marginNote)
			}
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
			r.setBreakAt(paraBreak, line)
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
		case isControlRune(c) || c == '\u00ad' || c == '\u200b':
			// Controls, and the soft hyphen and zero-width space, which a
			// browser shows only as a place to break a line.
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
		r.cur.kind, r.cur.level = document.Heading, r.ctx.heading
		if item != nil && !item.started {
			item.started = true
			r.cur.writeString(item.marker)
		}
	case item != nil && !item.started:
		item.started = true
		r.cur.kind, r.cur.level = document.ListItem, item.level
		r.cur.writeString(item.marker)
	}
}

// flushBreak emits the Blank line of a paragraph break that is due, unless
// the document begins or a Blank or Rule ends it already.
func (r *htmlReader) flushBreak() {
	if r.brk == paraBreak && r.out.len() > 0 {
		if last := r.out.last(); last.Kind != document.Blank && last.Kind != document.Rule {
			r.out.add(document.Line{Num: r.brkLine, Kind: document.Blank}, lineTag{def: r.ctx.inDL, dl: r.ctx.inDL})
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
	r.out.add(document.Line{Num: r.srcLine, Kind: document.Blank}, lineTag{def: r.ctx.inDL, dl: r.ctx.inDL, placeholder: true})
	r.brk = noBreak
}

// setBreak records a break due before the next line; a paragraph break
// outweighs a line break.
func (r *htmlReader) setBreak(brk breakKind) {
	r.setBreakAt(brk, r.srcLine)
}

// setBreakAt is setBreak for a break on a known source line.
func (r *htmlReader) setBreakAt(brk breakKind, line int) {
	if brk == paraBreak && r.brk != paraBreak {
		r.brkLine = line
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
