package normalize

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// softWraps joins the lines of a paragraph, keeping headings, list items, numbered items, table rows and paragraph breaks.
var softWraps = Pass{
	Name:  "soft-wraps",
	About: "Joins the lines of a paragraph, keeping headings, list items, numbered items, table rows and paragraph breaks.",
	Apply: applySoftWraps,
}

// Soft wraps are the line breaks a writer's editor or a PDF's layout put
// in a paragraph because the line was full. A break is soft when:
//
//   - the line before is full: the first word of the next line would not
//     have fitted on it (the usual width of the text is estimated from the
//     lengths of its lines), or it cannot end a sentence ("(see", "of the");
//   - the next line is prose that starts nothing of its own: no bullet,
//     item number, action, label ("Done.", "Present:"), speaker, heading,
//     table row, or name of a list of names;
//   - the indentation agrees: a continuation line is indented like the
//     line before it, or, after a paragraph's first line, differently
//     (hanging indents after a marker, indented first lines).
//
// Text that was never wrapped (a paragraph per line, as HTML and most
// markdown give) is left alone, except for a line that is only closing
// punctuation. In every text, a sentence split by a blank line (a page
// break: "The compulsory data retention" / "" / "period would be") is
// rejoined; that one is damage and is reported.

// applySoftWraps joins soft-wrapped lines and reports the damage it saw.
func applySoftWraps(doc *document.Document) []document.Warning {
	style := measureWrapStyle(doc)
	lines, blankJoins := joinSoftWraps(doc.Lines, style)
	doc.Lines = lines
	return softWrapWarnings(style, blankJoins)
}

// joinSoftWraps joins the lines of paragraphs. It returns the new lines and,
// for each sentence rejoined over a blank line, the line after the blank.
func joinSoftWraps(lines []document.Line, style wrapStyle) ([]document.Line, []document.Line) {
	out := lines[:0] // in place (see Pass): it reads only lines[i] and after
	var blankJoins []document.Line
	para := paragraph{}
	inFence := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		text := strings.TrimSpace(l.Text)
		if isCodeFence(text) {
			inFence = !inFence
			para = paragraph{}
			out = append(out, l)
			continue
		}
		if inFence {
			out = append(out, l)
			continue
		}
		if para.open() {
			last := &out[len(out)-1]
			if j := style.joins(&para, l, lines[i+1:]); j != noJoint {
				last.Text = joinWrapped(last.Text, text)
				keepLinks(last, l)
				para.add(l, j, style)
				continue
			}
			if skip, ok := style.sentenceOverBlanks(&para, *last, lines[i:]); ok {
				next := lines[i+skip]
				last.Text = joinWrapped(last.Text, strings.TrimSpace(next.Text))
				keepLinks(last, next)
				para.add(next, newLine, style)
				blankJoins = append(blankJoins, next)
				i += skip
				continue
			}
		}
		out = append(out, l)
		para = startParagraph(l, style)
	}
	return out, blankJoins
}

// softWrapWarnings reports the damage soft-wraps repaired: sentences split
// by blank lines, and paragraph breaks that were lost altogether.
func softWrapWarnings(style wrapStyle, blankJoins []document.Line) []document.Warning {
	var warnings []document.Warning
	if len(blankJoins) > 0 {
		first := blankJoins[0]
		warnings = append(warnings, document.Warning{
			Place:   document.Place{Page: first.Page, Line: first.Num},
			Message: fmt.Sprintf("rejoined %s split by a blank line (a page break)", countNoun(len(blankJoins), "sentence")),
		})
	}
	if style.width > 0 && style.blanks == 0 && style.proseLines >= 20 {
		warnings = append(warnings, document.Warning{
			Message: fmt.Sprintf("the text has no blank lines between paragraphs: paragraph ends were inferred from line width (about %d characters)", style.width),
		})
	}
	return warnings
}

// joinWrapped joins a continuation line to the text before it: with a
// space, or without one before closing punctuation (")" after a URL).
func joinWrapped(before, next string) string {
	before = strings.TrimRight(before, " \t")
	if startsWithClosing(next) {
		return before + next
	}
	return before + " " + next
}

// keepLinks gives line dst, which absorbed line src, the hyperlinks of src
// it does not have yet: joining lines must not lose where they pointed.
// The list is copied before it grows, as the input document may share it.
func keepLinks(dst *document.Line, src document.Line) {
	for _, link := range src.Links {
		if !slices.Contains(dst.Links, link) {
			dst.Links = append(slices.Clip(dst.Links), link)
		}
	}
}

// A paragraph is the line being built: where it started, and what the
// last line of the page it took in looks like, to judge whether it was full.
type paragraph struct {
	lines       int     // source lines joined so far; 0 when none is open
	firstIndent float64 // indentation of the first line
	lastIndent  float64 // indentation of the last source line
	lastText    string  // the last line of the page so far, trimmed
	plainStart  bool    // the first line starts with no marker (bullet, number, label)
	overflow    bool    // the pieces of the last line of the page are longer than a line
	length      int     // characters so far
}

// startParagraph opens a paragraph on line l, or none when l is not prose
// or a list item (headings, table rows, glued rows and blanks take no
// continuation).
func startParagraph(l document.Line, style wrapStyle) paragraph {
	if (l.Kind != document.Prose && l.Kind != document.ListItem) || l.IsBlank() {
		return paragraph{}
	}
	text := strings.TrimSpace(l.Text)
	indent := style.indent(l)
	return paragraph{
		lines:       1,
		firstIndent: indent,
		lastIndent:  indent,
		lastText:    text,
		plainStart:  l.Kind == document.Prose && !startsBlock(text),
		length:      utf8.RuneCountInString(text),
	}
}

// open reports whether a paragraph is being built.
func (p *paragraph) open() bool { return p.lines > 0 }

// add joins line l to the paragraph. On the same line of the page, the
// paragraph's last line grows; on a new line, l becomes its last line.
func (p *paragraph) add(l document.Line, j joint, style wrapStyle) {
	text := strings.TrimSpace(l.Text)
	p.lines++
	p.length += 1 + utf8.RuneCountInString(text)
	if j == sameLine {
		p.lastText = joinWrapped(p.lastText, text)
		// Pieces of one line of the page cannot be longer than a line;
		// when they are, the line was wrapped somewhere among them (a
		// URL rejoined by broken-urls hides where), and it was full.
		p.overflow = p.overflow || style.width > 0 && utf8.RuneCountInString(p.lastText) > style.width+style.width/8
		return
	}
	p.lastIndent = style.indent(l)
	p.lastText = text
	p.overflow = false
}

// A wrapStyle is what the whole text says about how it was wrapped.
type wrapStyle struct {
	width      int     // usual width of a full line, in characters; 0 when not wrapped
	maxWidth   int     // the longest wrapped line: what the wrap allowed; 0 when not wrapped
	slack      int     // how much shorter than width a full line may be
	hanging    bool    // continuation lines are indented deeper than a paragraph's first line
	margin     float64 // PDF: the usual left edge of text, in points
	pdf        bool    // indentation comes from X positions, not spaces
	blanks     int     // blank lines in the text
	proseLines int     // prose lines long enough to measure
}

// minMeasuredLines is how many long prose lines a text needs before its
// wrap width can be told: fewer, and lengths are noise.
const minMeasuredLines = 8

// measureWrapStyle estimates the width a text was wrapped at. In wrapped
// text many lines end close to the same width; in text with a paragraph
// per line the lengths are spread out. The width is the 90th percentile of
// the lengths of prose lines; the text counts as wrapped when at least 30%
// of its lines lie within 80% to 102% of it, and at most a tenth lie far
// beyond it.
func measureWrapStyle(doc *document.Document) wrapStyle {
	style := wrapStyle{pdf: doc.Format == document.PDF || doc.Format == document.Image} // a scan is laid out as a PDF is
	style.margin = usualLeftEdge(doc.Lines)
	var extents []int
	for _, l := range doc.Lines {
		if l.Kind == document.Blank || l.IsBlank() {
			style.blanks++
			continue
		}
		if (l.Kind == document.Prose || l.Kind == document.ListItem) && utf8.RuneCountInString(strings.TrimSpace(l.Text)) >= 20 {
			extents = append(extents, style.extent(l))
		}
	}
	style.proseLines = len(extents)
	if len(extents) < minMeasuredLines {
		return style
	}
	sort.Ints(extents)
	width := extents[len(extents)*9/10]
	inBand := 0
	for _, e := range extents {
		if float64(e) >= 0.8*float64(width) && float64(e) <= 1.02*float64(width) {
			inBand++
		}
	}
	if inBand*10 < len(extents)*3 {
		return style
	}
	// Text wrapped at a width has few lines far beyond it; many lines that
	// a wrap would have broken say the band is chance ("Présents : …" in a
	// short text whose lines all end where their sentences do).
	over := 0
	for _, e := range extents {
		if float64(e) > 1.25*float64(width) {
			over++
		}
	}
	if over*10 > len(extents) {
		return style
	}
	style.width = width
	style.slack = width / 8
	// The longest line the wrap allowed: the longest line not far beyond
	// the usual width (longer ones were never wrapped).
	for _, e := range extents {
		if e <= width+width/8 {
			style.maxWidth = e
		}
	}
	style.hanging = hangingIndents(doc.Lines, style)
	return style
}

// usualLeftEdge returns the most common X of PDF text lines, rounded to a
// point: the left margin indentation is measured from. It is 0 for text.
func usualLeftEdge(lines []document.Line) float64 {
	counts := map[int]int{}
	best, bestCount := 0, 0
	for _, l := range lines {
		if l.X <= 0 || l.IsBlank() {
			continue
		}
		x := int(math.Round(l.X))
		counts[x]++
		if counts[x] > bestCount || (counts[x] == bestCount && x < best) {
			best, bestCount = x, counts[x]
		}
	}
	return float64(best)
}

// indent returns how far a line is indented, in characters: its leading
// spaces (a tab to the next multiple of 8), or for PDF its distance from
// the usual left edge, counting a character as half the font size.
func (s wrapStyle) indent(l document.Line) float64 {
	if s.pdf && l.X > 0 {
		size := l.Size
		if size <= 0 {
			size = 10
		}
		return math.Round((l.X - s.margin) / (size * 0.5))
	}
	col := 0
	for _, r := range l.Text {
		switch r {
		case ' ':
			col++
		case '\t':
			col = col/8*8 + 8
		default:
			return float64(col)
		}
	}
	return float64(col)
}

// extent is where a line ends, in characters from the left margin.
func (s wrapStyle) extent(l document.Line) int {
	return int(s.indent(l)) + utf8.RuneCountInString(strings.TrimSpace(l.Text))
}

// sameIndent compares indentations; PDF positions wobble by a point or two.
func (s wrapStyle) sameIndent(a, b float64) bool {
	if s.pdf {
		return math.Abs(a-b) <= 1
	}
	return a == b
}

// hangingIndents reports whether the text indents the continuation lines
// of a plain paragraph deeper than its first line (as some plain-text notes
// do: "Mark observed that ..." / "  now a problem ..."). It counts the sure
// continuations (a long line not ending a sentence, then a lower-case
// start) whose first line has no marker, deeper against level.
func hangingIndents(lines []document.Line, style wrapStyle) bool {
	deeper, level := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		a, b := lines[i], lines[i+1]
		if a.Kind != document.Prose || b.Kind != document.Prose || a.IsBlank() || b.IsBlank() {
			continue
		}
		at, bt := strings.TrimSpace(a.Text), strings.TrimSpace(b.Text)
		if startsBlock(at) || !startsLower(bt) || endsSentence(at) || float64(style.extent(a)) < 0.6*float64(style.width) {
			continue
		}
		ai, bi := style.indent(a), style.indent(b)
		switch {
		case bi > ai && !style.sameIndent(ai, bi):
			deeper++
		case style.sameIndent(ai, bi):
			level++
		}
	}
	return deeper >= 3 && deeper*2 >= level
}

// A joint says how a line joins the paragraph before it.
type joint int

const (
	noJoint  joint = iota // it starts a line of its own
	newLine               // it continues the paragraph on a new line of the page: the one before was full
	sameLine              // it continues the same line of the page, which extraction broke ("(see" / "http://…" / ")." ; "a trusted forum" / "to meet")
)

// joins decides whether line next continues the paragraph p, and how.
// after holds the lines following next, to see lists.
func (s wrapStyle) joins(p *paragraph, next document.Line, after []document.Line) joint {
	if next.Kind != document.Prose || next.IsBlank() {
		return noJoint
	}
	nextText := strings.TrimSpace(next.Text)
	if isLoneCharacter(nextText) || isLoneCharacter(p.lastText) {
		return noJoint // char-per-line's to join
	}
	if startsWithClosing(nextText) && !isColumnar(next.Text) {
		return sameLine
	}
	if s.width == 0 {
		return noJoint
	}
	// After a word that cannot end a sentence ("on", "the"), what looks
	// like an item number or a label is part of the sentence ("in" /
	// "2010 on 13-18 June", "members of the" / "Apache Security
	// Committee:"); only a bullet or a markdown block starts anew.
	open := cannotEndSentence(p.lastText)
	if open && !startsWithBullet(nextText) && !startsWithTimestamp(nextText) && !startsMarkdownBlock(nextText) {
		if !s.indentContinues(p, next) || isRuleLine(nextText) || isColumnar(next.Text) {
			return noJoint
		}
		return s.lineOf(p, nextText)
	}
	if startsBlock(nextText) || isRuleLine(nextText) || isColumnar(next.Text) || isColumnar(p.lastText) {
		return noJoint
	}
	// A line in capitals is a heading of its own: a wrapped one goes on in
	// capitals ("PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL" / "Association
	// des Parents d'Élèves" are two lines).
	if p.lines == 1 && inCapitals(p.lastText) && !inCapitals(nextText) {
		return noJoint
	}
	if beginsNameList(next, after) || !s.indentContinues(p, next) {
		return noJoint
	}
	if strings.HasSuffix(p.lastText, ":") && !startsLower(nextText) {
		return noJoint
	}
	// A status after a finished sentence ("… mailing list." / "Done.") is
	// a line of its own; after an unfinished one ("privacy in" /
	// "Internet.") it ends the sentence.
	if isOneWordSentence(nextText) && endsSentence(p.lastText) {
		return noJoint
	}
	if s.full(p, nextText) {
		return newLine
	}
	// A line that is not full goes on only when the sentence visibly
	// does: it ends in a word that cannot end a sentence, or the next line
	// starts with one ("to meet and exchange").
	if open || (startsWithContinuationWord(nextText) && !endsSentence(p.lastText)) {
		return sameLine
	}
	return noJoint
}

// lineOf says whether nextText goes on a new line of the page (the
// paragraph's last line is full) or on the same one.
func (s wrapStyle) lineOf(p *paragraph, nextText string) joint {
	if s.full(p, nextText) {
		return newLine
	}
	return sameLine
}

// startsWithContinuationWord reports a line starting with a lower-case
// word that cannot end a sentence, so cannot start one either: "to", "and",
// "of the".
func startsWithContinuationWord(text string) bool {
	first, _, _ := strings.Cut(text, " ")
	return startsLower(first) && continuationWords[first]
}

// isLoneCharacter reports a line of one letter or digit: part of a run of
// one-character lines, not a word.
func isLoneCharacter(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	return size == len(text) && size > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// indentContinues checks the indentation of a continuation line against
// the paragraph: the same as the last line, or after a first line only,
// deeper (a hanging indent after a marker) or shallower (an indented first
// line). In text with hanging indents, a line as far left as a plain
// paragraph's first line starts a new paragraph.
func (s wrapStyle) indentContinues(p *paragraph, next document.Line) bool {
	ni := s.indent(next)
	if s.hanging && p.plainStart && (ni <= p.firstIndent || s.sameIndent(ni, p.firstIndent)) {
		return false
	}
	if s.sameIndent(ni, p.lastIndent) {
		return true
	}
	return p.lines == 1
}

// full reports whether the paragraph's last line was full: the first word
// of the next line would not have fitted on it. Proportional fonts and
// justified text make lengths in characters wobble, hence the slack.
func (s wrapStyle) full(p *paragraph, nextText string) bool {
	if p.overflow {
		return true
	}
	firstWord, _, _ := strings.Cut(nextText, " ")
	end := int(p.lastIndent) + wrappedTail(p.lastText, s.width-int(p.lastIndent))
	return end+1+utf8.RuneCountInString(firstWord) > s.width-s.slack
}

// wrappedTail returns the length of the last line text would have if it
// were wrapped at width. A line that is clearly longer than one line of
// the text (a paragraph joined before, or words rejoined from one a line)
// is judged by where a wrap would leave its end, so that running the pass
// again decides as the first run did; a line up to an eighth longer is
// just a long line.
func wrappedTail(text string, width int) int {
	n := utf8.RuneCountInString(text)
	if n <= width+width/8 || width < 10 {
		return n
	}
	line := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		switch {
		case line == 0:
			line = wl
		case line+1+wl <= width:
			line += 1 + wl
		default:
			line = wl
		}
	}
	return line
}

// sentenceOverBlanks finds a sentence split by one or two blank lines, as
// a page break leaves it ("The compulsory data retention" / "" / "period
// would be 6 months …"). Before the blanks, the paragraph is long (its last
// line reaches the width, when the text is wrapped) and ends in a word;
// after them, a prose line of a few words starts in lower case, starts
// nothing of its own and introduces nothing (no final colon). It returns
// how many lines from rest[0] the continuation is.
func (s wrapStyle) sentenceOverBlanks(p *paragraph, last document.Line, rest []document.Line) (int, bool) {
	if last.Kind != document.Prose || p.length < 60 {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(p.lastText)
	if !unicode.IsLetter(r) {
		return 0, false
	}
	k := 0
	for k < len(rest) && rest[k].IsBlank() {
		k++
	}
	if k == 0 || k > 2 || k == len(rest) {
		return 0, false
	}
	next := rest[k]
	nextText := strings.TrimSpace(next.Text)
	if first, _ := utf8.DecodeRuneInString(nextText); !unicode.IsLower(first) {
		return 0, false // not even markup or an ellipsis before it
	}
	if next.Kind != document.Prose || startsBlock(nextText) || isColumnar(next.Text) ||
		strings.HasSuffix(nextText, ":") || len(strings.Fields(nextText)) < 4 {
		return 0, false
	}
	if !s.longBeforeBreak(p) {
		return 0, false
	}
	if !s.sameIndent(s.indent(next), p.lastIndent) && !s.sameIndent(s.indent(next), p.firstIndent) {
		return 0, false
	}
	return k, true
}

// longBeforeBreak reports whether a paragraph is long enough for a page
// break to have cut it: in wrapped text, its last line reaches the width
// on its own; in text with a paragraph a line, it is a long paragraph.
// Short notes without final punctuation ("no agenda bashes") are common
// in minutes, and must stay apart.
func (s wrapStyle) longBeforeBreak(p *paragraph) bool {
	if s.width == 0 {
		return p.length >= minCutParagraph
	}
	end := int(p.lastIndent) + wrappedTail(p.lastText, s.width-int(p.lastIndent))
	return end >= s.width-s.slack
}

// minCutParagraph is the length from which a paragraph of text that is not
// wrapped may have been cut by a page break: two lines of a page at least.
const minCutParagraph = 160

// startsBlock reports whether a line (trimmed) starts something of its
// own rather than continuing a paragraph: a bullet, an item number, an
// action, a label or a speaker, a time stamp or a markdown block.
func startsBlock(text string) bool {
	if text == "" {
		return false
	}
	return startsWithBullet(text) || startsWithItemNumber(text) || startsWithAction(text) ||
		startsWithLabel(text) || startsWithTimestamp(text) || startsMarkdownBlock(text)
}

// startsWithBullet reports a list bullet: a symbol, a private-use glyph
// (Word's Symbol-font bullets) or a dash, then a space. An en or em dash
// counts only before a capital, as prose also wraps before a dash.
func startsWithBullet(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	rest := text[size:]
	if rest != "" && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\t") {
		return strings.HasPrefix(text, "[ ]") || strings.HasPrefix(text, "[x]") || strings.HasPrefix(text, "[X]")
	}
	switch {
	case strings.ContainsRune("-*+•·◦▪▫■□●○►▶➢➤✓✔✗✘", r):
		return true
	case r == '–' || r == '—':
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " \t"))
		return unicode.IsUpper(next) || unicode.IsDigit(next)
	case r == 'o':
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " \t"))
		return rest != "" && unicode.IsUpper(next)
	}
	return unicode.Is(unicode.Co, r) || unicode.Is(unicode.So, r)
}

// startsWithItemNumber reports an item number at the start of a line:
// "3. Title", "II. Roll call", "a) text", "4.2 Title", "16-01 Name". A
// number without closing punctuation needs a capital after it, so that a
// wrapped line starting with a figure ("2010 on 13-18 June") is not taken,
// and a month name after it makes it a date ("29-30 March").
func startsWithItemNumber(text string) bool {
	first, rest, _ := strings.Cut(text, " ")
	if !isItemNumber(first) {
		return false
	}
	if next, _, _ := strings.Cut(strings.TrimSpace(rest), " "); isMonthName(next) {
		return false // a date: "29-30 March 2006"
	}
	if _, closed := trimItemPunct(first); closed {
		return true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return rest == "" || unicode.IsUpper(r)
}

// actionWords name an action item in the languages of the corpus.
var actionWords = map[string]bool{
	"action": true, "actions": true, "ap": true, "ai": true, "todo": true,
	"aktion": true, "aufgabe": true, "acción": true, "accion": true, "azione": true,
	"actie": true, "ação": true, "acao": true, "tâche": true,
}

// startsWithAction reports an action line: "ACTION 17.01: …", "Action:",
// "ACTION:AHop", "Action item 3".
func startsWithAction(text string) bool {
	word := leadingLetters(text)
	if !actionWords[strings.ToLower(word)] {
		return false
	}
	rest := strings.TrimLeft(text[len(word):], " ")
	if rest == "" || rest[0] == ':' || (rest[0] >= '0' && rest[0] <= '9') {
		return true
	}
	next := leadingLetters(rest)
	return strings.EqualFold(next, "item") || strings.EqualFold(next, "items")
}

func leadingLetters(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// startsWithLabel reports a label line: up to four words, the first one
// capitalised, then a colon ("Present:", "Action items:", "Date: …"); a
// speaker's nick and a colon ("mnot: …", "__timbl:__ …" in markdown); or an
// upper-case word and a comma or colon ("RESOLVED, that …"). Times
// ("10:30") and URLs are not labels.
func startsWithLabel(text string) bool {
	text = strings.TrimLeft(text, "*_") // markdown emphasis: "**Present:**", "__timbl:__"
	head, rest, found := strings.Cut(text, ":")
	head = strings.TrimRight(head, "*_")
	if found && !strings.HasPrefix(rest, "//") && head != "" && !strings.ContainsAny(head, "()[]\"“”,;.") {
		words := strings.Fields(head)
		r, _ := utf8.DecodeRuneInString(head)
		switch {
		case len(words) == 1 && utf8.RuneCountInString(head) <= 24 && !allDigits(head):
			return unicode.IsLetter(r) || r == '@'
		case len(words) > 1 && len(words) <= 4 && unicode.IsUpper(r):
			return true
		}
	}
	word := leadingLetters(text)
	if utf8.RuneCountInString(word) >= 4 && word == strings.ToUpper(word) && len(text) > len(word) {
		return text[len(word)] == ',' || text[len(word)] == ':'
	}
	return false
}

// abbreviations end in a period without ending a sentence.
var abbreviations = map[string]bool{
	"inc": true, "ltd": true, "corp": true, "univ": true, "dept": true, "prof": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "st": true, "co": true, "no": true,
	"nr": true, "vol": true, "ca": true, "etc": true, "bzw": true, "usw": true, "cie": true,
	"mme": true, "mlle": true, "hr": true, "fr": true, "sr": true, "jr": true, "vs": true,
}

// isOneWordSentence reports a status or label word standing as a sentence
// of its own at the start of a line: "Done.", "Superseded. Gorazd asked",
// "Ongoing." Abbreviations ("Inc.", "Univ.") are not sentences.
func isOneWordSentence(text string) bool {
	word := leadingLetters(text)
	r, _ := utf8.DecodeRuneInString(word)
	if utf8.RuneCountInString(word) < 3 || !unicode.IsUpper(r) || abbreviations[strings.ToLower(word)] {
		return false
	}
	rest := text[len(word):]
	if rest == "" {
		return false
	}
	if rest[0] != '.' && rest[0] != '!' {
		return false
	}
	return len(rest) == 1 || rest[1] == ' '
}

// startsWithTimestamp reports a line of a chat log: "08:26:15 <nick> …",
// "[10:02] …", "<nick> …".
func startsWithTimestamp(text string) bool {
	t := strings.TrimPrefix(text, "[")
	if len(t) >= 4 && isDigit(t[0]) && (t[1] == ':' || (isDigit(t[1]) && t[2] == ':')) {
		return true
	}
	if strings.HasPrefix(text, "<") {
		end := strings.IndexByte(text, '>')
		return end > 1 && !strings.ContainsAny(text[1:end], " /")
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// startsMarkdownBlock reports markdown that is not a paragraph line: a
// heading, a quote, a table row, an HTML block.
func startsMarkdownBlock(text string) bool {
	switch {
	case strings.HasPrefix(text, "#"), strings.HasPrefix(text, ">"), strings.HasPrefix(text, "|"):
		return true
	case strings.HasPrefix(text, "<") && len(text) > 1 && (unicode.IsLetter(rune(text[1])) || text[1] == '/' || text[1] == '!'):
		return true
	}
	return false
}

// isCodeFence reports a markdown code fence, inside which nothing is joined.
func isCodeFence(text string) bool {
	return strings.HasPrefix(text, "```") || strings.HasPrefix(text, "~~~")
}

// isRuleLine reports a line drawn with one repeated character ("=====",
// "-----", "* * *"), a rule or a heading's underline.
func isRuleLine(text string) bool {
	text = strings.ReplaceAll(text, " ", "")
	if utf8.RuneCountInString(text) < 3 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text)
	if unicode.IsLetter(first) || unicode.IsDigit(first) {
		return false
	}
	return strings.Trim(text, string(first)) == ""
}

// isColumnar reports a line laid out in columns with runs of spaces or
// tabs ("Chuck:   5", "17-01\tWilfried Wöber\tAsk …"): a table in plain
// text, never joined.
func isColumnar(line string) bool {
	text := strings.TrimSpace(line)
	return strings.Contains(text, "\t") || strings.Contains(text, "   ")
}

// startsWithClosing reports text that begins with closing punctuation,
// which belongs to the end of the line before: ")." after a URL.
func startsWithClosing(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	if !strings.ContainsRune(")]}", r) {
		return r != utf8.RuneError && strings.ContainsRune(".,;", r) && (size == len(text) || text[size] == ' ')
	}
	return true
}

// startsLower reports text whose first letter-or-digit is a lower-case letter.
func startsLower(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// endsSentence reports text ending in sentence punctuation, maybe followed
// by a closing quote or bracket.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, "\"'”’») ")
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?:;", r)
}

// continuationWords cannot end a sentence: articles, prepositions and
// conjunctions of English, French, German, Spanish, Italian, Dutch and
// Portuguese, and "see" as in "(see". A line ending in one goes on.
var continuationWords = wordSet(
	"a an the of to in on at by for with from into onto and or nor but as than via per see",
	"le la les un une des du de à au aux et ou en dans par pour sur avec sans sous entre vers chez voir",
	"der die das den dem des ein eine einen einem einer und oder von zu zur zum mit für auf aus bei nach im am siehe",
	"el los las una y del al con por para",
	"il lo gli di della dello degli delle dalla da su",
	"het een en van voor met op aan bij naar",
	"os um uma em no na do da dos das ou",
)

// wordSet makes a set of the space-separated words of lists.
func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, list := range lists {
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
	}
	return m
}

// cannotEndSentence reports a line that must go on: it ends in a
// continuation word, a comma, an opening bracket, or leaves a bracket open
// ("(see", "the", "Luxembourg Early Warning and Information Sharing").
func cannotEndSentence(text string) bool {
	if strings.Count(text, "(") > strings.Count(text, ")") {
		return true
	}
	if strings.HasSuffix(text, ",") || strings.HasSuffix(text, "(") {
		return true
	}
	i := strings.LastIndexAny(text, " (")
	word := strings.ToLower(text[i+1:])
	return continuationWords[word]
}

// beginsNameList reports whether next starts a list of names, one a line
// (a roll call: "Brian Behlendorf" / "Ken Coar"): it and the line after it
// are both short and look like names.
func beginsNameList(next document.Line, after []document.Line) bool {
	if len(after) == 0 || !looksLikeName(next.Text) {
		return false
	}
	return looksLikeName(after[0].Text)
}

// nameParticles are the small words inside names of people.
var nameParticles = wordSet("van der den de la le du del della di da dos das von zu af av ten ter bin al el y")

// looksLikeName reports a short line that could be a person's name: two
// to five words, each capitalised, an initial or a particle, maybe with a
// parenthesis after it ("Dirk-Willem van Gulik  (10:09am)", "Ben Laurie
// (chair)") and a trailing comma.
func looksLikeName(line string) bool {
	text := strings.TrimSpace(line)
	if i := strings.IndexByte(text, '('); i > 0 {
		text = strings.TrimSpace(text[:i])
	}
	text = strings.TrimSuffix(text, ",")
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	capitals := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case nameParticles[strings.ToLower(w)]:
		case unicode.IsUpper(r) && !strings.ContainsAny(w, ".,;:!?") || isInitial(w):
			capitals++
		default:
			return false
		}
	}
	return capitals >= 2
}

// isInitial reports an initial: "J." or "J.-P.".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.HasSuffix(w, ".") && len(w) <= size+4
}

// inCapitals reports whether a line has two words or more and no small
// letter.
func inCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4 && strings.Contains(strings.TrimSpace(s), " ")
}
