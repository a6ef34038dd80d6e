package text

import (
	"strings"
	"unicode/utf8"

	"minutes/document"
)

// This file marks the layout markdown gives the lines of a text file. Plain
// text goes through the same rules: its underlined titles, "- " bullets,
// "1. " items and "| a | b |" tables are markdown's too. What is marked:
//
//   - Heading: "# Title" (Level = number of #, up to 6, at most 3 spaces
//     of indent) and a one-line paragraph underlined with "===" (Level 1)
//     or "---" (Level 2, when the dashes reach half the title's length).
//     An underline under anything else (a heading, a paragraph of several
//     lines such as a list of names) is a Rule: minutes use dashes as
//     separators far more than as headings.
//   - ListItem: "- x", "* x", "+ x", "• x", "o  x" and "1. x", "12) x".
//     Level is the nesting depth found from indentation (1 outermost).
//     Letter markers ("a)", "A.") are not items: "A. Smith" is a name.
//   - TableRow: a line beginning with "|" and holding another, and every
//     line with a pipe that follows a delimiter row ("|---|:--:|"), as
//     GitHub tables need no outer pipes. Cells are trimmed; "\|" is a
//     literal pipe. Plain text's tables without outer pipes or delimiter
//     row count too: three lines or more in a row, each cut into the same
//     number of cells by pipes with spaces around them.
//   - Rule: a delimiter row, a thematic break ("---", "***", "___"), a line
//     of "=", "~", "+" or box-drawing characters, a heading underline and a
//     code fence. A delimiter row is a Rule so it never becomes a row of
//     names.
//   - Blank: a line of white space.
//   - Prose: everything else, and every line inside a fenced code block.
//
// Bold is set when the whole content of a line (after a heading or list
// marker) is wrapped in ** or __. Emphasis is not removed from Text.

// A markdown collects the lines of a text file and marks their kinds. It
// looks back at most one line (to underline a heading or to turn a
// table's header into a row), and forward only in finish, so it runs in
// time linear in the file.
type markdown struct {
	lines       []document.Line
	fence       string // the characters that opened the code block being read, "" outside one
	fenceAt     int    // index in lines of the fence that opened it
	noFences    bool   // set after an unclosed fence: no further fences open
	listIndents []int  // the indentation of each open list level, outermost first
	inTable     bool   // a delimiter row was seen and no line has ended the table

	readHTML HTMLReader // reads a raw HTML block; nil leaves its lines as text
	html     []string   // the source lines of the raw HTML block being read, nil outside one
	htmlAt   int        // the line number of its first line
	htmlEnd  string     // what closes it: "" for a blank line, else a closing tag ("</pre>") or "-->"
}

// add marks one source line and keeps it.
func (m *markdown) add(num int, text string) {
	if m.html != nil && !m.addHTML(text) {
		return
	}
	l := document.Line{Text: text, Num: num}
	if m.fence == "" && m.readHTML != nil && indentWidth(text) < 4 {
		if end, ok := htmlBlockStart(strings.TrimLeft(text, " \t")); ok {
			m.html, m.htmlAt, m.htmlEnd = []string{text}, num, end
			if end != "" && closesHTMLBlock(text[strings.Index(text, "<")+1:], end) {
				m.flushHTML()
			}
			return
		}
	}
	if m.fence != "" {
		if closesFence(text, m.fence) {
			l.Kind = document.Rule
			m.fence = ""
		}
		m.lines = append(m.lines, l)
		return
	}
	m.classify(&l)
	m.lines = append(m.lines, l)
}

// classify sets the kind of a line outside code blocks.
func (m *markdown) classify(l *document.Line) {
	text := l.Text
	content := strings.TrimLeft(text, " \t")
	indent := indentWidth(text)
	switch {
	case content == "":
		l.Kind = document.Blank
		m.inTable = false
	case indent < 4 && !m.noFences && opensFence(content) != "":
		l.Kind = document.Rule
		m.fence, m.fenceAt = opensFence(content), len(m.lines)
		m.endBlock()
	case indent < 4 && atxLevel(content) > 0:
		l.Kind, l.Level = document.Heading, atxLevel(content)
		l.Bold = isWhollyBold(strings.Trim(strings.TrimLeft(content, "#"), " #"))
		m.endBlock()
	case isDelimiterRow(content):
		l.Kind = document.Rule
		m.headerRow()
		m.inTable = true
		m.listIndents = nil
	case isPipeRow(content) || (m.inTable && hasPipe(content)):
		l.Kind, l.Cells = document.TableRow, splitCells(content)
		m.listIndents = nil
	case indent < 4 && underlineLevel(content) > 0 && m.underlinesHeading(content):
		prev := &m.lines[len(m.lines)-1]
		prev.Kind, prev.Level = document.Heading, underlineLevel(content)
		prev.Bold = isWhollyBold(strings.TrimSpace(prev.Text))
		l.Kind = document.Rule
		m.endBlock()
	case isRuleLine(content):
		l.Kind = document.Rule
		m.endBlock()
	case listMarkerWidth(content) > 0:
		l.Kind, l.Level = document.ListItem, m.listLevel(indent)
		l.Bold = isWhollyBold(strings.TrimSpace(content[listMarkerWidth(content):]))
		m.inTable = false
	default:
		l.Bold = isWhollyBold(content)
		if indent == 0 {
			m.listIndents = nil // a paragraph at the margin ends any list
		}
		m.inTable = false
	}
}

// addHTML adds a line to the raw HTML block being read, or, when the line
// is the blank line that ends it, reads the block and returns true: the
// blank line is then marked as any other.
func (m *markdown) addHTML(text string) (ended bool) {
	if m.htmlEnd == "" && strings.TrimSpace(text) == "" {
		m.flushHTML()
		return true
	}
	m.html = append(m.html, text)
	if m.htmlEnd != "" && closesHTMLBlock(text, m.htmlEnd) {
		m.flushHTML()
	}
	return false
}

// flushHTML reads the raw HTML block and keeps its lines, numbered as in
// the source. A block that shows no text (a lone "</div>") leaves none.
func (m *markdown) flushHTML() {
	lines := m.readHTML(strings.Join(m.html, "\n"))
	for i := range lines {
		lines[i].Num += m.htmlAt - 1
	}
	m.lines = append(m.lines, lines...)
	m.html = nil
	m.endBlock()
}

// htmlBlockStart reports whether a line (its indent removed) opens a
// block of raw HTML, and what closes the block, by CommonMark's rules
// (https://spec.commonmark.org/0.31.2/#html-blocks) for the kinds
// minutes hold:
//
//   - "<pre", "<script", "<style" or "<textarea" opens a block that runs
//     to the line holding its closing tag;
//   - "<!--" opens one that runs to the line holding "-->";
//   - "<" or "</" and the name of a block element (table, div, details,
//     p, ul, h1 … the list below), then a space, ">", "/>" or the end of
//     the line, opens one that runs to the next blank line.
//
// Inline tags ("<b>", "<img>", "<br>") and text such as "<name@host>"
// open nothing: the line stays markdown.
func htmlBlockStart(content string) (end string, ok bool) {
	if !strings.HasPrefix(content, "<") {
		return "", false
	}
	if strings.HasPrefix(content, "<!--") {
		return "-->", true
	}
	rest := content[1:]
	closing := strings.HasPrefix(rest, "/")
	rest = strings.TrimPrefix(rest, "/")
	n := 0
	for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= 'A' && rest[n] <= 'Z' || rest[n] >= '0' && rest[n] <= '9') {
		n++
	}
	name, after := strings.ToLower(rest[:n]), rest[n:]
	if n == 0 || !(after == "" || after[0] == ' ' || after[0] == '\t' || after[0] == '>' || strings.HasPrefix(after, "/>")) {
		return "", false
	}
	if !closing && rawHTMLElements[name] {
		return "</" + name + ">", true
	}
	return "", htmlBlockElements[name]
}

// closesHTMLBlock reports whether a line holds the end of a raw HTML
// block (a closing tag in any case, or "-->").
func closesHTMLBlock(line, end string) bool {
	return strings.Contains(strings.ToLower(line), end)
}

// rawHTMLElements are the elements whose block runs to their closing tag,
// blank lines and all (CommonMark's HTML block kind 1).
var rawHTMLElements = map[string]bool{"pre": true, "script": true, "style": true, "textarea": true}

// htmlBlockElements are the names that open a block running to the next
// blank line (CommonMark's HTML block kind 6).
var htmlBlockElements = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range strings.Fields(`address article aside base basefont blockquote body
		caption center col colgroup dd details dialog dir div dl dt fieldset figcaption
		figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe
		legend li link main menu menuitem nav noframes ol optgroup option p param search
		section summary table tbody td tfoot th thead title tr track ul`) {
		m[name] = true
	}
	return m
}()

// endBlock closes the lists and tables a heading or a rule ends.
func (m *markdown) endBlock() {
	m.listIndents = nil
	m.inTable = false
}

// addFrontMatter keeps what a person needs of one line of YAML front
// matter ("---" … "---" opening a file, as static-site generators write
// it): the title becomes a Heading holding the bare value (quotes
// removed), lines naming the date or place are kept as Prose as written,
// and the rest (layout, permalink, tags) and the delimiters are dropped.
func (m *markdown) addFrontMatter(num int, text string, delimiter bool) {
	if delimiter {
		return
	}
	key, value, ok := strings.Cut(text, ":")
	if !ok || strings.HasPrefix(text, " ") || strings.HasPrefix(text, "\t") {
		return
	}
	value = strings.TrimSpace(value)
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "title":
		if v := unquoteYAML(value); v != "" {
			m.lines = append(m.lines, document.Line{Text: v, Num: num, Kind: document.Heading, Level: 1})
		}
	case "subtitle", "date", "location", "venue", "place", "city":
		if value != "" {
			m.lines = append(m.lines, document.Line{Text: text, Num: num})
		}
	}
}

// MarkLines marks lines as the lines of a text file are marked, by the
// rules above: it sets each line's Kind, Level and Cells from its Text,
// and Bold when markdown makes the whole line bold (a line already bold
// stays bold). The HTML reader marks the lines of a <pre> block so.
func MarkLines(lines []document.Line) {
	var md markdown
	for _, l := range lines {
		md.add(l.Num, l.Text)
	}
	for i, m := range md.finish() {
		l := &lines[i]
		l.Kind, l.Level, l.Cells, l.Bold = m.Kind, m.Level, m.Cells, l.Bold || m.Bold
	}
}

// finish returns the marked lines. A code fence never closed was not one
// (plain text underlined with "~~~" or "```"): the lines after it are
// marked again, with fences off.
func (m *markdown) finish() []document.Line {
	if m.html != nil {
		m.flushHTML()
	}
	if m.fence != "" {
		rest := m.lines[m.fenceAt:]
		m.lines = m.lines[:m.fenceAt:m.fenceAt]
		m.fence, m.noFences, m.listIndents, m.inTable = "", true, nil, false
		for _, l := range rest {
			m.add(l.Num, l.Text)
		}
		if m.html != nil {
			m.flushHTML()
		}
	}
	markPipeTables(m.lines)
	return m.lines
}

// minPipeRows is how many lines in a row make a table without outer pipes
// or a delimiter row.
const minPipeRows = 3

// markPipeTables marks as table rows the runs of prose lines that split
// into the same number of cells at spaced pipes ("Action | Who | Status"
// over "15. Renew the insurance | Joseph Mbeki | Ongoing"): plain text
// writes tables so, without markdown's outer pipes or delimiter row. A
// pipe without spaces ("a|b") is no cell border.
func markPipeTables(lines []document.Line) {
	for i := 0; i < len(lines); {
		n := spacedPipeCells(lines[i])
		if n < 2 {
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && spacedPipeCells(lines[j]) == n {
			j++
		}
		if j-i >= minPipeRows {
			for k := i; k < j; k++ {
				lines[k].Kind, lines[k].Level = document.TableRow, 0
				lines[k].Cells, lines[k].Bold = splitCells(strings.TrimSpace(lines[k].Text)), false
			}
		}
		i = j
	}
}

// spacedPipeCells is the number of cells a prose line or a numbered list
// item ("15. Renew the insurance | Joseph Mbeki | Ongoing") splits into at
// pipes with a space on each side, or 0 when it has none.
func spacedPipeCells(l document.Line) int {
	if l.Kind != document.Prose && l.Kind != document.ListItem || !strings.Contains(l.Text, " | ") {
		return 0
	}
	if strings.Count(l.Text, "|") != strings.Count(l.Text, " | ") {
		return 0 // a pipe inside a word or a URL
	}
	return strings.Count(l.Text, " | ") + 1
}

// listLevel returns the nesting depth of a list item indented by indent:
// deeper than the item above it is one level more; level with an open item
// is that item's level.
func (m *markdown) listLevel(indent int) int {
	st := m.listIndents
	for len(st) > 0 && st[len(st)-1] > indent {
		st = st[:len(st)-1]
	}
	if len(st) == 0 || st[len(st)-1] < indent {
		st = append(st, indent)
	}
	m.listIndents = st
	return len(st)
}

// underlinesHeading reports whether the previous line can be a heading
// underlined by underline: a line of prose that is a paragraph by itself,
// following a blank line, a heading, a rule or nothing. A line of dashes
// must also reach half the length of the text: plain text draws a
// heading's underline to its length, while a short "---" under a line is
// far more often a separator.
func (m *markdown) underlinesHeading(underline string) bool {
	n := len(m.lines)
	if n == 0 {
		return false
	}
	prev := m.lines[n-1]
	if prev.Kind != document.Prose || indentWidth(prev.Text) >= 4 {
		return false
	}
	dashes := len(strings.TrimRight(underline, " \t"))
	if underlineLevel(underline) == 2 && 2*dashes < utf8.RuneCountInString(strings.TrimSpace(prev.Text)) {
		return false
	}
	if n == 1 {
		return true
	}
	switch m.lines[n-2].Kind {
	case document.Blank, document.Heading, document.Rule:
		return true
	}
	return false
}

// headerRow turns the line above a delimiter row into the table's header
// row, when it has a pipe and is not already a row.
func (m *markdown) headerRow() {
	n := len(m.lines)
	if n == 0 {
		return
	}
	prev := &m.lines[n-1]
	if prev.Kind == document.Prose && hasPipe(strings.TrimSpace(prev.Text)) {
		prev.Kind, prev.Cells, prev.Bold = document.TableRow, splitCells(strings.TrimSpace(prev.Text)), false
	}
}

// indentWidth is the width of the white space opening s, a tab reaching
// the next multiple of 4 as in markdown.
func indentWidth(s string) int {
	w := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return w
		}
	}
	return w
}

// atxLevel returns the level of a "# Heading" line (1 to 6), or 0.
func atxLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(s) && s[n] != ' ' && s[n] != '\t') {
		return 0
	}
	return n
}

// underlineLevel returns 1 for a line of "=" and 2 for a line of "-" (at
// least three, trailing spaces allowed), 0 otherwise.
func underlineLevel(s string) int {
	s = strings.TrimRight(s, " \t")
	if len(s) < 3 {
		return 0
	}
	switch {
	case strings.Trim(s, "=") == "":
		return 1
	case strings.Trim(s, "-") == "":
		return 2
	}
	return 0
}

// ruleRunes are what separator lines are drawn with.
const ruleRunes = "-=_*~+#:|"

// isRuleLine reports whether s is a separator: only rule characters, box
// drawing and spaces, with at least three dashes, equals, underscores,
// stars, tildes or box-drawing lines.
func isRuleLine(s string) bool {
	strokes := 0
	for _, r := range s {
		switch {
		case r == '-' || r == '=' || r == '_' || r == '*' || r == '~' || (r >= 0x2500 && r <= 0x257F):
			strokes++
		case r == ' ' || r == '\t' || strings.ContainsRune(ruleRunes, r):
		default:
			return false
		}
	}
	return strokes >= 3
}

// opensFence returns the run of backticks or tildes (three or more) that
// opens a fenced code block, or "".
func opensFence(s string) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(s) && s[n] == c {
			n++
		}
		if n >= 3 {
			if c == '`' && strings.IndexByte(s[n:], '`') >= 0 {
				return "" // "```x```" is inline code, not a fence
			}
			return s[:n]
		}
	}
	return ""
}

// closesFence reports whether line closes the block opened by fence: the
// same character, at least as many, nothing else.
func closesFence(line, fence string) bool {
	s := strings.TrimSpace(line)
	if indentWidth(line) >= 4 || len(s) < len(fence) {
		return false
	}
	return strings.Trim(s, fence[:1]) == ""
}

// listMarkerWidth returns the width of the list marker opening s and the
// white space after it, or 0 when s is not a list item. Bullets are -, *,
// +, •, ◦, ▪, ‣ followed by white space; "o" needs two spaces or a tab
// (the bullet of RFC-style text); numbers are 1 to 3 digits followed by
// "." or ")" and white space — four digits are a year ending a sentence
// that wrapped ("founded in\n1998. The"). A marker alone on its line is
// not an item.
func listMarkerWidth(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case strings.ContainsRune("-*+•◦▪‣", r):
	case r == 'o':
		if !strings.HasPrefix(s[n:], "  ") && !strings.HasPrefix(s[n:], "\t") {
			return 0
		}
	case r >= '0' && r <= '9':
		n = 0
		for n < len(s) && n < 4 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n > 3 || n == len(s) || (s[n] != '.' && s[n] != ')') {
			return 0
		}
		n++
	default:
		return 0
	}
	rest := s[n:]
	content := strings.TrimLeft(rest, " \t")
	if len(content) == len(rest) || content == "" {
		return 0
	}
	return len(s) - len(content)
}

// isWhollyBold reports whether s is wrapped in ** or __ with no other
// such mark inside.
func isWhollyBold(s string) bool {
	for _, m := range []string{"**", "__"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) &&
			!strings.Contains(s[len(m):len(s)-len(m)], m) {
			return true
		}
	}
	return false
}

// hasPipe reports whether s holds a pipe that is not escaped as "\|".
func hasPipe(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == '|' {
			return true
		}
	}
	return false
}

// isPipeRow reports whether s is a table row written with an opening pipe:
// "| a | b |", "|a|b", but not "|" alone.
func isPipeRow(s string) bool {
	return strings.HasPrefix(s, "|") && hasPipe(s[1:])
}

// isDelimiterRow reports whether s separates a table's header from its
// body: cells of dashes with optional alignment colons, and a pipe.
func isDelimiterRow(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "|") || !strings.Contains(s, "-") {
		return false
	}
	for _, cell := range splitCells(s) {
		cell = strings.TrimSuffix(strings.TrimPrefix(cell, ":"), ":")
		if cell == "" || strings.Trim(cell, "-") != "" {
			return false
		}
	}
	return true
}

// splitCells splits a table row at its unescaped pipes, dropping the empty
// cells outside an opening and a closing pipe, and trims each cell.
// Escaped pipes become literal ones.
func splitCells(s string) []string {
	s = strings.TrimSpace(s)
	var cells []string
	var cell strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '|':
			cell.WriteByte('|')
			i++
		case s[i] == '|':
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(s[i])
		}
	}
	cells = append(cells, strings.TrimSpace(cell.String()))
	if strings.HasPrefix(s, "|") {
		cells = cells[1:]
	}
	if len(cells) > 1 && strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// FrontMatter returns what a person needs of the YAML front matter opening
// s, the lines Read gives for it (addFrontMatter: the title as a heading,
// date and place lines as written), and the number of source lines it
// spans, 0 when s opens with none. Control characters are dropped. The
// HTML reader reads the front matter of a site generator's page so.
func FrontMatter(s string) ([]document.Line, int) {
	fm := findFrontMatter(s)
	if fm.lines == 0 {
		return nil, 0
	}
	var md markdown
	var controls controlCount
	eachLineUntil(s, fm.lines, func(num int, line string) bool {
		line = strings.TrimRight(controls.strip(line, num), " \t")
		md.addFrontMatter(num, line, num == 1 || num == fm.lines)
		return true
	})
	return md.lines, fm.lines
}

// A frontMatter is the YAML block opening a file: its last line's number,
// or 0 when there is none.
type frontMatter struct {
	lines int
}

// maxFrontMatterLines bounds the search for the closing delimiter: front
// matter is a short header, and a "---" far down is a rule.
const maxFrontMatterLines = 100

// findFrontMatter finds front matter: "---" on the first line, closed by
// "---" or "..." within maxFrontMatterLines lines, every line between
// looking like YAML (key: value, a "- " item, an indented continuation, a
// comment or a blank line).
func findFrontMatter(text string) frontMatter {
	end := 0
	eachLineUntil(text, maxFrontMatterLines, func(n int, line string) bool {
		line = strings.TrimRight(line, " \t")
		switch {
		case n == 1:
			return line == "---"
		case line == "---" || line == "...":
			end = n
			return false
		}
		return looksLikeYAML(line)
	})
	if end <= 2 {
		return frontMatter{}
	}
	return frontMatter{lines: end}
}

// eachLineUntil is eachLine for the first max lines, stopping when fn
// returns false.
func eachLineUntil(s string, max int, fn func(num int, line string) bool) {
	for num := 1; num <= max && len(s) > 0; num++ {
		end := strings.IndexAny(s, "\r\n")
		if end < 0 {
			fn(num, s)
			return
		}
		if !fn(num, s[:end]) {
			return
		}
		if s[end] == '\r' && end+1 < len(s) && s[end+1] == '\n' {
			end++
		}
		s = s[end+1:]
	}
}

// looksLikeYAML reports whether a line could be inside a YAML header.
func looksLikeYAML(line string) bool {
	t := strings.TrimSpace(line)
	switch {
	case t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- "):
		return true
	case line[0] == ' ' || line[0] == '\t':
		return true
	}
	key, _, ok := strings.Cut(t, ":")
	return ok && key != "" && strings.Count(key, " ") <= 2
}

// unquoteYAML removes the quotes around a YAML scalar.
func unquoteYAML(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	}
	return strings.TrimSpace(v)
}
