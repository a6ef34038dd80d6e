package parse

// Agenda items: which lines head the top-level items of the minutes, and
// which lines belong to each.
//
// # Rules for the recognisers that read sections (actions, decisions,
// participants, previous minutes, next meetings)
//
//   - splitItems returns at least one section. sections[0] is the preamble:
//     the lines before the first item (title block, attendance, agenda
//     list), with item nil.
//   - An item's section holds the lines under its heading, not the heading
//     line itself. When the heading is a table row whose other cells carry
//     the item's text ("2 | Adoption of Previous Minutes ● Unanimous … |
//     LA"), that text is given as one extra Prose line with the row's Page
//     and Num, first in the section.
//   - A section with item nil after the first item is back matter that
//     belongs to no item: an attendance list ("Participants"), an action
//     summary ("RESULTING ACTION ITEMS", "Open Actions"), a table of
//     contents. Its label() is "".
//   - Every document line is in exactly one section, except heading lines;
//     lines keep their order, Page and Num. Sub-items (2.1, A), nested
//     lists, lower headings) stay in their item's section.
//   - Item.Number is the number as written without its final dot ("3",
//     "III", "7"); Item.Title has no number and no markup; Item.Text is the
//     section's lines as plain text joined with single spaces.
//
// # How the top-level items are found
//
// Each line may head an item in one of six styles:
//
//	topic     W3C scribe minutes: "Topic: Packaging on the Web", in an IRC
//	          log "09:13:20 <JeniT> Topic: http/2 update"
//	heading   a markdown "#", an HTML <hN>, a setext or "==" heading, a bold
//	          PDF line, with or without a number ("## 7. Report from…")
//	numbered  "3. Title", "3 Title", "3)", "III. ROLL CALL", "Item 3:", a
//	          lone "3." whose title is on the next line, a table row "1 |
//	          Apologies"
//	capitals  a short line in capitals: "STANDING COMMITTEE REPORTS"
//	label     a short line ending with a colon: "Standing Committee reports:"
//	marker    a short bulleted line standing alone ("* First session") or a
//	          line led by "__"
//	row       a table row of an agenda: a topic, then who leads it ("Call
//	          to Order | dede Collins"), or a label row that opens a block
//	          of such rows ("Chapter Reports: |"), whose rows are sub-items
//	bullet    a bulleted line of a PDF set all in bold, of a few words:
//	          "• New Business" among plain bullets
//	owner     a short line standing alone that names who leads the topic
//	          after a dash, the way agendas list their items: "Pilot of
//	          Risk Supervision Program – Jason Garnett"
//
// The outline is the first of these that has at least two items (see
// chooseOutline in outline.go): topics; headings at the highest level that
// has two, unless numbered lines make a better outline (always in PDF,
// whose headings are only bold lines; elsewhere when the numbered lines
// are not themselves headings); numbered lines; then capitals, labels,
// markers or owner lines, whichever names the most topics.
// Headings leave out the document's title block and sub-numbered headings
// ("2.1 Participants"); under a container heading ("## Minutes") the
// sub-headings are the items. Numbered lines count only at the outermost
// indentation and with one-level numbers, and only those that form the
// agenda: runs of rising numbers chained so that a list inside an item
// ("4. Decisions" / "1. Anti-Bribery Policy" … / "5. Update") is skipped,
// and lists that start again under other headings ("CHAPTER REPORTS" /
// "1. Northern Chapter") leave the items to those headings. A heading of
// attendance, contents, agenda or action summary without a number
// ("Participants", "Open Actions") is back matter, not an item.

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// headingStyle is how an item heading is written.
type headingStyle uint8

const (
	styleTopic headingStyle = iota + 1
	styleHeading
	styleNumbered
	styleCaps
	styleLabel
	styleMarker
	styleOwner
	styleBullet
	styleRow
)

// An itemHeading is a line (or two) that may head a top-level item.
type itemHeading struct {
	index  int // the heading's first line in the document
	span   int // how many lines it takes: 2 for "3." alone then its title
	style  headingStyle
	level  int    // heading level for styleHeading (1 for "#")
	number string // as written, without the final dot; "" when unnumbered
	depth  int    // levels of the number: 1 for "3", 2 for "3.1"; 0 unnumbered
	value  int    // the number's first level as an integer, for sequences
	indent int    // leading white space of the line, in columns
	title  string
	marker string // for styleMarker: the marker that leads the line
	rest   string // text of a table-row heading after its title
	back   bool   // an unnumbered heading of back matter, not an item
	opens  bool   // a label ending with a colon: "Chapter Reports:"
	owner  string // who leads the item, as its heading names them: a row's cell, after a leader or dash
	entry  int    // for a heading that repeats an entry of the agenda list, that entry's line + 1; else 0
}

// splitItems cuts the document into sections, one per top-level item, after
// a preamble; see the rules at the top of this file.
func splitItems(lines []line) []section {
	heads := chooseOutline(lines, findHeadings(lines))
	return cutSections(lines, heads)
}

// cutSections makes the sections: the preamble, then one section per
// heading, whose lines run to the next heading.
func cutSections(lines []line, heads []itemHeading) []section {
	sections := []section{{}}
	next := 0 // the next heading to meet
	for i := 0; i < len(lines); i++ {
		if next < len(heads) && heads[next].index == i {
			h := heads[next]
			next++
			s := section{heading: h.title, owner: h.owner}
			if !h.back {
				s.item = &Item{Number: String(h.number), Title: String(h.title)}
			}
			if h.rest != "" {
				extra := lines[i]
				extra.Kind, extra.Cells, extra.Text = document.Prose, nil, h.rest
				s.lines = append(s.lines, relex(extra))
			}
			sections = append(sections, s)
			i += h.span - 1
			continue
		}
		last := &sections[len(sections)-1]
		last.lines = append(last.lines, lines[i])
	}
	for k, s := range sections[1:] {
		if s.item != nil {
			s.item.Text = String(sectionText(s.lines))
			h := heads[k]
			heading := lines[h.index : h.index+h.span]
			if h.entry > 0 {
				// The agenda's entry names the same item, and may link what the repetition does not.
				heading = append([]line{lines[h.entry-1]}, heading...)
			}
			s.item.Links = findLinks(heading)
		}
	}
	return sections
}

// sectionText is the plain text of a section's lines joined with single
// spaces, without the notices of an IRC log ("mnot has joined #tagmem").
func sectionText(lines []line) string {
	var parts []string
	for _, l := range lines {
		if t := l.plain; t != "" && !isChatNoise(l.Text) {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// findHeadings lists every line that may head an item, in any style.
func findHeadings(lines []line) []itemHeading {
	var heads []itemHeading
	for i := range lines {
		if h, ok := headingAt(lines, i); ok {
			heads = append(heads, h)
		}
	}
	renumberLazyLists(lines, heads)
	return heads
}

// renumberLazyLists numbers the items of a markdown list written "1." on
// every line, as markdown lets an author write an ordered list and shows
// it numbered 1, 2, 3 ("1. 会期の決定" / "1. 会議録署名議員の指名" / "1.
// [諸報告](./syohokoku.md)", kodaira-city-council-rinjikai-votes-2020-05-19.md):
// each is given the number it is shown with. The list is three items or
// more at one indentation, with only blank or further indented lines
// between them.
func renumberLazyLists(lines []line, heads []itemHeading) {
	for k := 0; k < len(heads); {
		end := k
		for end < len(heads) && isLazyOne(lines, heads[end]) && (end == k || lazyNeighbours(lines, heads[end-1], heads[end])) {
			end++
		}
		if end-k >= 3 {
			for j := k; j < end; j++ {
				heads[j].value = j - k + 1
				heads[j].number = strconv.Itoa(j - k + 1)
			}
		}
		k = max(end, k+1)
	}
}

// isLazyOne reports whether a heading is a markdown list item numbered "1".
func isLazyOne(lines []line, h itemHeading) bool {
	return h.style == styleNumbered && h.number == "1" && lines[h.index].Kind == document.ListItem
}

// lazyNeighbours reports whether two list items are neighbours in one
// list: at the same indentation, with only blank lines or lines indented
// further between them.
func lazyNeighbours(lines []line, a, b itemHeading) bool {
	if a.indent != b.indent {
		return false
	}
	for i := a.index + a.span; i < b.index; i++ {
		if !lines[i].IsBlank() && lineIndent(lines[i]) <= a.indent {
			return false
		}
	}
	return true
}

// headingAt reads line i as an item heading (readHeading). A title of
// no letter or digit heads nothing (an image's "![](img.jpg)" leaves
// "!"); an unnumbered heading that is a field of the record ("## Venue:
// Engineering Pavilion", "## Next meeting: 2020-12-01") or opens the
// signatures ("Firmas de los Presentes") is back matter, not an item.
func headingAt(lines []line, i int) (itemHeading, bool) {
	h, ok := readHeading(lines, i)
	if !ok || !hasLetterOrDigit(h.title) {
		return itemHeading{}, false
	}
	if h.number == "" && h.style != styleTopic && (isFieldHeading(h.title) || isSignatureTitle(h.title)) {
		h.back = true
	}
	return h, true
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isFieldHeading reports whether a heading is a field of the record and
// its value: a known label ("Venue: Engineering Pavilion", "Next meeting:
// Wednesday 2014-10-01, 1:00 p.m.", "Lugar: Sala 3"), or any short label
// whose value is only a time or a date ("Start: 7:06 p.m.", "Ende: 20:15
// Uhr", "Clôture : 22h").
func isFieldHeading(title string) bool {
	label, value, ok := strings.Cut(title, ":")
	if !ok || strings.TrimSpace(value) == "" || len(strings.Fields(label)) > 3 {
		return false
	}
	if _, known := fieldLabels[foldKey(strings.TrimSpace(label))]; known {
		return true
	}
	value = strings.TrimSpace(htmlTag.ReplaceAllString(value, ""))
	if d, ok := findDate(value); ok && d.At == 0 && len(strings.Fields(value[d.Stop:])) <= 3 {
		return true
	}
	rest := strings.Trim(timeOfDayPattern.ReplaceAllString(value, ""), " .,-–—")
	return rest != value && rest == ""
}

// htmlTag matches an HTML tag left in a line of markdown: "<time
// datetime="2014-09-17T11:06Z">".
var htmlTag = rx.New(`<[a-zA-Z/][^<>]*>`)

// isSignatureTitle reports whether a heading opens the signatures at the
// end of the minutes (vocab.Signatures): "Firmas de los Presentes",
// "Signatures", "Unterschriften".
func isSignatureTitle(title string) bool {
	words := strings.Fields(foldKey(title))
	return len(words) > 0 && len(words) <= 5 && signatureWords()[strings.Trim(words[0], ":")]
}

var signatureWords = sync.OnceValue(func() map[string]bool { return vocabSet(vocab.Signatures) })

// readHeading reads line i as an item heading, trying the styles in turn.
func readHeading(lines []line, i int) (itemHeading, bool) {
	l := lines[i]
	if l.IsBlank() || l.Kind == document.Glued {
		return itemHeading{}, false
	}
	base := itemHeading{index: i, span: 1, indent: lineIndent(l)}
	if title, ok := topicTitle(l.Text); ok {
		base.style, base.title = styleTopic, title
		if m := numberedTopic.FindStringSubmatch(title); m != nil {
			base.number, base.title = m[1], cleanTitle(m[2]) // "Topic 2 - Schema versioning"
		}
		return base, true
	}
	if l.Kind == document.TableRow {
		if underActionHeader(lines, i) {
			return itemHeading{}, false // "15. Renew the insurance | Joseph Mbeki | Ongoing"
		}
		if h, ok := rowHeading(l, base); ok {
			return h, true
		}
		return agendaRow(l, base)
	}
	if title, ok := boldBullet(l); ok {
		base.style, base.title = styleBullet, title
		return base, true
	}
	if title, owner, ok := outlineBullet(lines, i); ok {
		base.style, base.title, base.owner = styleBullet, title, owner
		return base, true
	}
	if level, span := headingLevel(lines, i); level > 0 && !continuesListItem(lines, i) {
		base.style, base.level, base.span = styleHeading, level, span
		text := headingText(l.Text)
		if n, ok := parseNumbered(text); ok {
			base.number, base.depth, base.value, base.title, base.rest = n.number, n.depth, n.value, n.title, n.rest
		} else {
			if base.title, base.rest = cutAtDiscussion(cleanTitle(text)); base.rest != "" {
				base.rest = cleanTitle(text)
			}
			_, base.owner = splitOwner(text)
		}
		if base.title == "" {
			return itemHeading{}, false
		}
		base.back = base.number == "" && isBackMatter(base.title)
		base.opens = strings.HasSuffix(text, ":")
		return base, true
	}
	text := stripMarkup(chatText(l.Text))
	if n := l.num; n != nil && !(l.Kind == document.ListItem && n.number == "") {
		base.style, base.number, base.depth, base.value, base.title, base.rest = styleNumbered, n.number, n.depth, n.value, n.title, n.rest
		if titleWrapsOnto(lines, i) {
			base.span, base.title = 2, base.title+" "+cleanTitle(lines[i+1].Text)
		}
		return base, true
	}
	if n, ok := letterNumbered(text); ok && l.Kind != document.ListItem {
		base.style, base.number, base.depth, base.value, base.title = styleNumbered, n.number, n.depth, n.value, n.title
		return base, true
	}
	if n, ok := loneNumber(lines, i); ok {
		base.style, base.span = styleNumbered, n.span
		base.number, base.depth, base.value, base.title = n.number, n.depth, n.value, n.title
		return base, true
	}
	if marker, title, ok := markerLine(lines, i); ok {
		base.style, base.marker, base.title = styleMarker, marker, title
		return base, true
	}
	if title, ok := capsHeading(lines, i, text); ok {
		base.style, base.title = styleCaps, title
		base.back = isBackMatter(title)
		return base, true
	}
	if title, ok := labelHeading(text); ok {
		base.style, base.title, base.opens = styleLabel, title, true
		base.back = isBackMatter(title)
		return base, true
	}
	if title, ok := ownerLine(lines, i, text); ok {
		base.style, base.title = styleOwner, title
		return base, true
	}
	if isBackMatter(text) && len(strings.Fields(text)) <= 5 && !strings.HasSuffix(text, ".") {
		base.style, base.title, base.back = styleNumbered, cleanTitle(text), true
		return base, true
	}
	return itemHeading{}, false
}

// rowHeading reads a table row whose first cell is an item number ("1 |
// Apologies received from ● … | HP") or a numbered title ("1. Welcome |").
func rowHeading(l line, base itemHeading) (itemHeading, bool) {
	cells := nonEmptyCells(l.Cells)
	if len(cells) == 0 {
		return itemHeading{}, false
	}
	if n, ok := parseNumbered(stripMarkup(cells[0])); ok {
		base.style, base.number, base.depth, base.value, base.title = styleNumbered, n.number, n.depth, n.value, n.title
		base.rest = strings.Join(cells[1:], " ")
		return base, true
	}
	num, ok := numberValue(strings.TrimRight(cells[0], ".)"))
	if !ok || len(cells) < 2 {
		return itemHeading{}, false
	}
	title, rest := cutAtBullet(cells[1])
	if title = cleanTitle(title); title == "" {
		return itemHeading{}, false
	}
	base.style, base.title, base.value = styleNumbered, title, num.value
	base.number, base.depth = num.number, num.depth
	base.rest = squeezeSpace(strings.Join(append([]string{rest}, cells[2:]...), " "))
	if last := cells[len(cells)-1]; len(cells) >= 3 && len(strings.Fields(last)) <= 4 && !strings.ContainsAny(last, "●•○■▪") {
		base.owner = last // "7 | Finance Report (standing item) | MW"
	}
	return base, true
}

// agendaRow reads a table row of an agenda without numbers: its first
// cell a topic, its second who leads it or nothing ("Call to Order | dede
// Collins", "Career Booklet on CD — |"), or a label row ("Old Business:
// |") — nmnwse-board-agenda-2003-08-16.pdf. A topic is a few words and no
// sentence, date or field label: header tables ("Date | 11th September
// 2012") are no agendas; rowOutline tells attendance tables ("Jane Doe |
// CERT-EE") from them.
func agendaRow(l line, base itemHeading) (itemHeading, bool) {
	if len(l.Cells) < 2 {
		return itemHeading{}, false
	}
	first := strings.TrimSpace(stripMarkup(l.Cells[0]))
	others := nonEmptyCells(l.Cells[1:])
	if first == "" || len(others) > 1 {
		return itemHeading{}, false
	}
	title := strings.TrimSpace(strings.TrimRight(first, " :—–-"))
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 12 || !isCapitalised(words[0]) || endsSentence(title) {
		return itemHeading{}, false
	}
	if _, isField := fieldLabels[foldKey(title)]; isField {
		return itemHeading{}, false
	}
	if _, hasDate := findDate(title); hasDate {
		return itemHeading{}, false
	}
	base.style, base.title = styleRow, title
	base.opens = strings.HasSuffix(first, ":") && len(others) == 0
	if len(others) == 1 {
		base.rest, base.owner = others[0], others[0]
	}
	return base, true
}

func nonEmptyCells(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// cutAtBullet splits a cell at its first bullet: the title before it, the
// list after.
func cutAtBullet(s string) (string, string) {
	if i := strings.IndexAny(s, "●•○■▪\uf0b7"); i > 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
	}
	return s, ""
}

// topicPattern matches a W3C scribe's topic: "Topic: X", "###Topic X",
// after an IRC time stamp and nick. French, German, Dutch, Spanish and
// Italian scribes write "Sujet", "Thema", "Onderwerp", "Tema".
var topicPattern = rx.New(`^#*\s*(?:[Tt]opic|TOPIC|[Ss]ujet|[Tt]h[eè]me|[Tt]hema|[Oo]nderwerp|[Tt]ema)\s*(?::|\s-|\s–)?\s+(\S.*)$`)

// numberedTopic is a topic's title that starts with its number: "2 -
// Schema versioning", "3: Next call".
var numberedTopic = rx.New(`^(\d{1,2})\s*[-–—.:)]\s+(\S.*)$`)

// topicTitle reads a topic line.
func topicTitle(s string) (string, bool) {
	m := topicPattern.FindStringSubmatch(strings.TrimSpace(chatText(s)))
	if m == nil {
		return "", false
	}
	title := cleanTitle(m[1])
	return title, title != ""
}

// headingLevel reports whether line i is a heading and of what level: a
// line of kind Heading, a line underlined with "===" (1) or "---" (2)
// (then the heading takes two lines), or a wiki heading "== X ==".
func headingLevel(lines []line, i int) (level, span int) {
	l := lines[i]
	if l.Kind == document.Heading {
		if l.Level > 0 {
			return l.Level, 1
		}
		return 1, 1
	}
	text := strings.TrimSpace(l.Text)
	if strings.HasPrefix(text, "==") && !strings.HasPrefix(strings.TrimLeft(text, "="), " =") {
		n := len(text) - len(strings.TrimLeft(text, "="))
		if rest := strings.Trim(text, "= "); rest != "" && n <= 6 {
			return n, 1
		}
	}
	if i+1 < len(lines) && l.Kind == document.Prose && len(text) < 120 {
		under := strings.TrimSpace(lines[i+1].Text)
		if len(under) >= 3 && strings.Trim(under, "=") == "" {
			return 1, 2
		}
		if len(under) >= 3 && strings.Trim(under, "-") == "" && !strings.HasSuffix(text, ".") {
			return 2, 2
		}
	}
	return 0, 0
}

// continuesListItem reports whether line i is the rest of the bulleted
// line before it, which a PDF reader may take for a heading when it starts
// in bold: the bullet's text does not end its sentence, and the line is
// indented under that text ("▪ New funding for … storefront ads," /
// "“Adopt-A-Meter” art program", chicago-ssa21-commission-minutes-2018-01-29.pdf).
func continuesListItem(lines []line, i int) bool {
	if i == 0 {
		return false
	}
	prev, l := lines[i-1], lines[i]
	if prev.Kind != document.ListItem || prev.X == 0 || l.X <= prev.X {
		return false
	}
	text := strings.TrimSpace(prev.Text)
	return !endsSentence(text) && !strings.HasSuffix(text, ":")
}

// bulletMark matches the bullet that leads a line of a PDF list.
var bulletMark = rx.New(`^[•◦▪■●○◆‣∙·\x{f0b7}\x{f0a7}]\s+`)

// boldBullet reads a bulleted line set all in bold as a heading: "•
// Perfunctory Business", "• New Business" above plain bullets
// (chicago-ssa21-commission-minutes-2018-01-29.pdf). A heading has a few
// words and no sentence; a bold line holding a time is a line of the
// record ("• Meeting adjourned at 11:25am").
func boldBullet(l line) (string, bool) {
	if l.Kind != document.ListItem || !l.Bold {
		return "", false
	}
	loc := bulletMark.FindStringIndex(strings.TrimSpace(l.Text))
	if loc == nil {
		return "", false
	}
	title := cleanTitle(strings.TrimSpace(l.Text)[loc[1]:])
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 8 || !isCapitalised(words[0]) || endsSentence(title) || timeOfDayPattern.MatchString(title) {
		return "", false
	}
	return title, true
}

// outlineBullet reads a top-level bullet with bullets nested under it as
// a heading, as notes kept in a shared document write an agenda ("*
// **[Xing]** 1.27 release planning" over "  * KEP freeze is Feb 9"): a
// short title, no sentence, not in a list of attendees ("Acme" over "  -
// Jane Doe"). A tag in brackets before the title names who leads the
// item.
func outlineBullet(lines []line, i int) (title, owner string, ok bool) {
	l := lines[i]
	if l.Kind != document.ListItem || l.Level != 1 || !startsBullet(l.Text) {
		return "", "", false // numbered items are read as numbered
	}
	j := nextNonBlank(lines, i+1)
	if j >= len(lines) || lines[j].Kind != document.ListItem || lines[j].Level != 2 || underAttendanceLabel(lines, i) {
		return "", "", false
	}
	text := l.bare
	if m := leadTag.FindStringSubmatch(text); m != nil {
		owner, text = m[1], m[2]
	}
	title = cleanTitle(text)
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 10 || endsSentence(title) || !(isCapitalised(words[0]) || startsWithDigit(words[0])) {
		return "", "", false
	}
	return title, owner, true
}

// leadTag is a tag in brackets before a bullet's title: "[Xing] 1.27
// release planning".
var leadTag = rx.New(`^\[([^\[\]]{1,40})\]\s*(\S.*)$`)

// underAttendanceLabel reports whether the list holding line i follows an
// attendance label or heading ("## Attendees", "Present:").
func underAttendanceLabel(lines []line, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch lines[k].Kind {
		case document.ListItem, document.Blank:
			continue
		}
		_, _, isLabel := splitLabel(strings.TrimSpace(strings.TrimLeft(lines[k].Text, "#")))
		return isLabel
	}
	return false
}

// titleWrapsOnto reports whether the bold numbered title on line i of a
// PDF goes on to the next line: bold too, right under the title's words,
// not numbered, short, and the title not ended ("1. Chair’s welcome and
// apologies for absence and Minutes of AGM, 11th" / "September 2014",
// suffolk-libraries-formal-notice-agenda-agm.pdf).
func titleWrapsOnto(lines []line, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	l, next := lines[i], lines[i+1]
	if l.X == 0 || !(l.Bold || l.Kind == document.Heading) || !(next.Bold || next.Kind == document.Heading) || next.Page != l.Page {
		return false
	}
	text, rest := strings.TrimSpace(l.Text), strings.TrimSpace(next.Text)
	if next.X < l.X+5 || len(strings.Fields(rest)) > 8 || strings.HasSuffix(text, ".") || strings.HasSuffix(text, ":") {
		return false
	}
	_, numbered := parseNumbered(rest)
	return !numbered
}

// headingText is a heading's text without its marks: "## **2. Roll
// call**", "== Agenda bash ==", and without the empty anchors a converter
// leaves for a table of contents to point at ("## <a href="#un"></a> 1\.
// Vote du précédent compte-rendu", maison-poesie-rennes-ca-cr-2021-12-15.md).
func headingText(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "==") {
		s = strings.Trim(s, "= ")
	}
	if strings.Contains(s, "<a") {
		s = emptyAnchor.ReplaceAllString(s, "")
	}
	return stripMarkup(s)
}

// emptyAnchor matches an HTML anchor with no text: "<a href="#un"></a>",
// "<a name="item3"/>", "<a id="x"></a>".
var emptyAnchor = rx.New(`<a\s[^<>]*(?:/>|>\s*</a>)\s*`)

// A numbering is an item number read from the start of a line.
type numbering struct {
	number string // as written, without the final dot
	depth  int
	value  int // the first level, as an integer
	title  string
	span   int
	rest   string // the discussion after the title on its line, cut off it (cutAtDiscussion)
}

var (
	// itemWordNumber matches a word for an agenda item before its number
	// (vocab.ItemWords): "Item 3:", "Agenda item 3 –", "TOP 3"
	// (Tagesordnungspunkt), "Punto 1):", "Ponto 2 -", "Agendapunt 5",
	// "议题一：预算", "議題2 予算".
	itemWordNumber = rx.New(`^(?i:` + vocab.ItemWords.Pattern() + `)\s*(\d{1,2}(?:\.\d{1,2})*|[` + cjkDigits + `]{1,3})\s*(?:[:.)\-–—：、．]{1,2}\s*|\s+)(\S.*)$`)
	// cjkNumber matches an item numbered the Chinese and Japanese way:
	// "一、预算", "1、报告", "第一项：预算", "第3号 議案", "（一）预算".
	cjkNumber = rx.New(`^(?:第\s*([` + cjkDigits + `]{1,3}|\d{1,2})\s*[项項号號条條点點]?\s*[、：:．.]?|([` + cjkDigits + `]{1,3}|\d{1,2})\s*[、．]|([（(][` + cjkDigits + `]{1,3}[）)]|（\d{1,2}）))\s*(\S.*)$`)
	// arabicNumber matches "3. Title", "3) Title", "3 Title", "2.1 Title",
	// "8.ii Title", "10: Title", and "6 ) Title" with a space before the
	// bracket (milton-keynes-chess-club-agm-minutes-2023-09-07.pdf).
	arabicNumber = rx.New(`^(\d{1,2}(?:\.(?:\d{1,2}|[ivx]{1,4}|[a-z]))*)(\.|\)| \)|:)?\s+(\S.*)$`)
	// minuteReference matches a minute numbered within its year, as
	// councils number them: "22/031 APOLOGIES FOR ABSENCE", "2019/14.
	// Finance"; group 2 is the number in the year.
	minuteReference = rx.New(`^(\d{2,4}/(\d{1,4}))\.?\s+(\S.*)$`)
	// romanNumber matches "III. ROLL CALL" and "IV) Title": capitals only,
	// with a dot or a bracket.
	romanNumber = rx.New(`^([IVX]{1,7})[.)]\s+(\S.*)$`)
)

// parseNumbered reads "3. Title" and its kin (see the patterns above). A
// number without a dot or bracket must be followed by a capitalised title
// of at most twelve words that is no sentence, so that "5 members were
// present" is no item; a title must start with a letter or a quote.
func parseNumbered(s string) (numbering, bool) {
	s = strings.TrimSpace(unescapeMarkdown(s))
	n, ok := parseNumberedForm(s)
	if ok && startsWithDate(s) {
		return numbering{}, false // "25 January, 2021 Meeting Notes"
	}
	return n, ok
}

// parseNumberedForm reads the numbered forms, without the date check: the
// patterns are anchored and fail fast, so they run before the costlier
// search for dates.
func parseNumberedForm(s string) (numbering, bool) {
	if m := itemWordNumber.FindStringSubmatch(s); m != nil {
		return numberedTitle(m[1], m[2], true)
	}
	if m := romanNumber.FindStringSubmatch(s); m != nil {
		return numberedTitle(m[1], m[2], true)
	}
	if m := cjkNumber.FindStringSubmatch(s); m != nil {
		number := m[1] + m[2] + m[3]
		if m[1] != "" && strings.ContainsAny(string([]rune(m[4])[0]), "次届回期年月日") {
			return numbering{}, false // "第一次会议": the first meeting, no item
		}
		return numberedTitle(number, m[4], true)
	}
	if m := minuteReference.FindStringSubmatch(s); m != nil && !isYearSpan(m[1]) {
		if n, ok := numberedTitle(m[2], m[3], true); ok && looksLikeBareTitle(n.title) {
			n.number, n.value, n.depth = m[1], atoi(m[2]), 1
			return n, true
		}
	}
	if m := arabicNumber.FindStringSubmatch(s); m != nil {
		n, ok := numberedTitle(m[1], m[3], m[2] != "" || strings.Contains(m[1], "."))
		if ok && m[2] == "" && !strings.Contains(m[1], ".") && !looksLikeBareTitle(n.title) {
			return numbering{}, false
		}
		return n, ok
	}
	return numbering{}, false
}

// startsWithDate reports whether s begins with a date.
func startsWithDate(s string) bool {
	d, ok := findDate(s)
	return ok && d.At == 0
}

// numberedTitle checks and builds a numbering from its number and title.
func numberedTitle(number, title string, punctuated bool) (numbering, bool) {
	n, ok := numberValue(number)
	if !ok {
		return numbering{}, false
	}
	if n.title, n.rest = cutAtDiscussion(cleanTitle(title)); n.rest != "" {
		n.rest = cleanTitle(title) // the whole line: the verdict with what it is about
	}
	if n.title == "" || len(n.title) > 250 {
		return numbering{}, false
	}
	r, _ := utf8.DecodeRuneInString(n.title)
	if !unicode.IsLetter(r) && !strings.ContainsRune(`"“‘'«(`, r) {
		return numbering{}, false
	}
	if strings.HasSuffix(n.title, ",") {
		return numbering{}, false
	}
	return n, true
}

// cutAtDiscussion cuts a title at the colon after which the minutes of
// the item follow on its line: "APPROVAL OF DECEMBER MINUTES: First Motion
// – Pam Wellman; 2nd – Steve Musselman, All approved."
// (heatherstone-hoa-board-minutes-2024-01-17.pdf), "Budget : la trésorière
// présente les comptes.", "预算：财务报告通过。". What follows the colon is
// discussion when it ends a sentence, holds one (a "; " or a full stop
// inside it) or runs past twelve words; a subtitle ("CSAF 2.0: next
// steps") stays.
func cutAtDiscussion(title string) (string, string) {
	at, width := strings.Index(title, ": "), 1
	if k := strings.Index(title, " : "); k > 0 && (at < 0 || k < at) {
		at, width = k, 2 // French spacing: "Budget : …"
	}
	if k := strings.Index(title, "："); k > 0 && (at < 0 || k < at) {
		at, width = k, len("：")
	}
	if at <= 0 || isFieldHeading(title) {
		return title, "" // "Start: 7:06 p.m." is a field, its value no discussion
	}
	head, rest := strings.TrimSpace(title[:at]), strings.TrimSpace(title[at+width:])
	if n := len(strings.Fields(head)); n == 0 || n > 8 || !hasLetterOrDigit(head) || rest == "" {
		return title, ""
	}
	discussion := len(strings.Fields(rest)) > 12 || strings.Contains(rest, "; ") ||
		strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "。") || strings.Contains(rest, "。") || sentenceInside.MatchString(rest)
	if !discussion {
		return title, ""
	}
	return head, rest
}

// sentenceInside matches the end of a sentence inside a text: a full stop
// after a word of two letters or more, then a capital ("approved. Motion
// carried").
var sentenceInside = rx.New(`\p{L}{2}\.\s+\p{Lu}`)

// looksLikeBareTitle reports whether the text after a number without a dot
// reads as a title: capitalised, short, not a sentence ("38 NRENs
// responded." is one).
func looksLikeBareTitle(title string) bool {
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 12 || !isCapitalised(words[0]) {
		return false
	}
	return !strings.HasSuffix(title, ".")
}

// letterNumber matches an item lettered "A. CALL TO ORDER", "B) Roll call".
var letterNumber = rx.New(`^([A-Z])[.)]\s+(\S.*)$`)

// letterNumbered reads a lettered item heading. Its title is a short
// capitalised phrase, not a sentence and not a name ("J. Smith reported"
// is an initial): only a run of letters from A makes an outline of them
// (see numberedOutline).
func letterNumbered(s string) (numbering, bool) {
	m := letterNumber.FindStringSubmatch(s)
	if m == nil || romanValue(m[1]) > 0 {
		return numbering{}, false // "I.", "V.", "X." are read as Roman numbers
	}
	title := cleanTitle(m[2])
	if !looksLikeBareTitle(title) || looksLikePerson(title) {
		return numbering{}, false
	}
	return numbering{number: m[1], title: title, depth: 1, span: 1, value: letterValue(m[1])}, true
}

// letterValue is a capital letter's place in the alphabet: A is 1.
func letterValue(letter string) int { return int(letter[0]-'A') + 1 }

// numberValue reads an item number: "3", "2.1", "8.ii", "III".
func numberValue(number string) (numbering, bool) {
	if number == "" {
		return numbering{}, false
	}
	n := numbering{number: number, span: 1}
	first := number
	if i := strings.IndexByte(number, '.'); i >= 0 {
		first = number[:i]
		// Trailing zeros number the section itself: "2.0 Old Business"
		// heads "2.1 Diversity", as "2." would.
		n.depth = 1 + strings.Count(trimZeroParts(strings.TrimSuffix(number, ".")), ".")
	} else {
		n.depth = 1
	}
	if v, err := strconv.Atoi(first); err == nil {
		n.value = v
		return n, true
	}
	if v := romanValue(first); v > 0 {
		n.value = v
		return n, true
	}
	if v := cjkValue(strings.Trim(first, "（）()")); v > 0 {
		n.value = v
		return n, true
	}
	return numbering{}, false
}

// cjkDigits are the Chinese numerals that number items: 一 to 十.
const cjkDigits = "一二三四五六七八九十"

// cjkValue reads a number written in Chinese numerals up to 99 ("三" 3,
// "十二" 12, "二十一" 21) or in digits ("（3）"), or returns 0.
func cjkValue(s string) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	total, digit := 0, 0
	for _, r := range s {
		k := strings.IndexRune(cjkDigits, r)
		if k < 0 {
			return 0
		}
		if r == '十' {
			total += max(digit, 1) * 10
			digit = 0
			continue
		}
		digit = k/len("一") + 1
	}
	return total + digit
}

// trimZeroParts drops the trailing ".0" parts of a section number: "2.0"
// → "2", "3.1.0" → "3.1"; "10" and "2.10" stay.
func trimZeroParts(number string) string {
	for {
		head, ok := strings.CutSuffix(number, ".0")
		if !ok || head == "" {
			return number
		}
		number = head
	}
}

// romanValue reads a capital Roman numeral, or returns 0.
func romanValue(s string) int {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// Agendas stop well before XL; "C." and "L." are letters of a list.
	if total <= 0 || total >= 40 || toRoman(total) != s {
		return 0
	}
	return total
}

// toRoman writes n (1 to 39) as a Roman numeral, to check that a numeral
// was well formed ("IIII" is not).
func toRoman(n int) string {
	var b strings.Builder
	for _, step := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= step.v {
			b.WriteString(step.s)
			n -= step.v
		}
	}
	return b.String()
}

// loneNumberPattern matches a number alone on its line: "3.", "III.", "3)".
var loneNumberPattern = rx.New(`^(\d{1,2}|[IVX]{1,7})[.)]$`)

// loneNumber reads a number alone on line i whose title is the next
// non-blank line, the way PDF extraction leaves "1." / "Approval of
// Minutes".
func loneNumber(lines []line, i int) (numbering, bool) {
	m := loneNumberPattern.FindStringSubmatch(strings.TrimSpace(lines[i].bare))
	if m == nil {
		return numbering{}, false
	}
	j := i + 1
	for j < len(lines) && lines[j].IsBlank() && j-i < 3 {
		j++
	}
	if j >= len(lines) || lines[j].IsBlank() {
		return numbering{}, false
	}
	n, ok := numberedTitle(m[1], lines[j].bare, true)
	if !ok || len(strings.Fields(n.title)) > 15 {
		return numbering{}, false
	}
	n.span = j - i + 1
	return n, true
}

// markerLine reads a short line led by a marker and standing alone between
// blank lines: "* First session", "__Julian on -19 revision of httpbis".
func markerLine(lines []line, i int) (marker, title string, ok bool) {
	text := strings.TrimSpace(chatText(lines[i].Text))
	switch {
	case strings.HasPrefix(text, "__") && !strings.HasSuffix(text, "__"):
		marker = "__"
	case lines[i].Kind == document.ListItem && (strings.HasPrefix(text, "* ") || strings.HasPrefix(text, "- ")):
		if !isStandalone(lines, i) {
			return "", "", false
		}
		marker = text[:1]
	default:
		return "", "", false
	}
	title = cleanTitle(strings.TrimLeft(text, "_*- "))
	if title == "" || len(strings.Fields(title)) > 10 || strings.HasSuffix(title, ".") {
		return "", "", false
	}
	return marker, title, true
}

// capsHeading reads a short line in capitals as a heading: "STANDING
// COMMITTEE REPORTS", "TREASURER’S REPORT — J. Tinka Gammel" (the owner
// after the dash may be in any case). The first lines of a document are
// its title block, not items.
func capsHeading(lines []line, i int, text string) (string, bool) {
	l := lines[i]
	if len(text) > 120 || (l.Kind != document.Prose && l.Kind != document.Heading) || nonBlankBefore(lines, i) < 3 {
		return "", false
	}
	title := cleanTitle(text)
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 8 || strings.HasSuffix(title, ".") || hasLower(title) || !hasLongWord(words) {
		return "", false
	}
	// A comma leaves the line unfinished: "MICHAEL A. KNOWLES," is a name
	// going on to the next line, not a heading.
	if strings.HasSuffix(title, ",") {
		return "", false
	}
	if _, ok := findDate(title); ok {
		return "", false
	}
	if dm, ok := findDayMonth(title); ok && dm.At == 0 {
		return "", false // "JANUARY 10": a date of a schedule
	}
	return title, true
}

// labelHeading reads a short line that ends with a colon and has nothing
// after it as the label of a section: "Standing Committee reports:",
// "Old Business:". Field labels ("Present:", "Date:") are not sections.
func labelHeading(text string) (string, bool) {
	if !strings.HasSuffix(text, ":") || len(text) > 80 {
		return "", false
	}
	title := cleanTitle(text)
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 6 || !isCapitalised(words[0]) || !hasLongWord(words) || strings.ContainsAny(title, ":;.") || strings.HasSuffix(title, ",") {
		return "", false
	}
	if _, isField := fieldLabels[foldKey(title)]; isField {
		return "", false
	}
	return title, true
}

// ownerDash matches the dash that leads from an agenda line's topic to
// who leads it, spaced on at least one side: "Program – Jason Garnett",
// "Illinois Prisons- Alyssa Williams", "Document –Nikki Robinson".
var ownerDash = rx.New(`\s[-–—]\s*|[-–—]\s`)

// ownerLine reads a line of an agenda that names its topic, then after a
// dash who leads it: "Welcome, Introductions and Roll Call – Phil
// Whittington", "IDOC Reports - Director Jeffreys" (illinois-doc-advisory-
// board-agenda-2019-11-04.pdf). The line stands alone between blank lines
// and is no sentence; the owner after the last dash is capitalised words
// (a person, a role, "Board Members"). The title is the topic, without
// the owner.
func ownerLine(lines []line, i int, text string) (string, bool) {
	l := lines[i]
	if l.Kind != document.Prose || !isParagraph(lines, i) || len(text) > 200 || strings.HasSuffix(text, ".") {
		return "", false
	}
	dashes := ownerDash.FindAllStringIndex(text, -1)
	if len(dashes) == 0 {
		return "", false
	}
	last := dashes[len(dashes)-1]
	// The owner is cut here, once: cleanTitle would cut a second dash.
	title, owner := squeezeSpace(strings.TrimRight(text[:last[0]], " :")), strings.TrimSpace(text[last[1]:])
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 20 || !isCapitalised(words[0]) || !isOwnerName(owner) {
		return "", false
	}
	return title, true
}

// ownerNameJoiners are the marks between the names of who leads an item,
// made spaces; the Replacer is built once.
var ownerNameJoiners = strings.NewReplacer("/", " ", "&", " ", "-", " ")

// isOwnerName reports whether s reads as who leads an agenda item: one to
// eight capitalised words, joined by "/", "&", "and" or hyphens ("Alyssa
// Williams-James Pagano-Rich Stempinski"), without digits.
func isOwnerName(s string) bool {
	words := strings.Fields(ownerNameJoiners.Replace(s))
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(s, "0123456789.:;") {
		return false
	}
	for _, w := range words {
		if w != "and" && !isCapitalised(w) {
			return false
		}
	}
	return true
}

// isParagraph reports whether line i is a paragraph of its own: blank
// lines (or the document's ends) on both sides.
func isParagraph(lines []line, i int) bool {
	before := i == 0 || lines[i-1].IsBlank()
	after := i+1 >= len(lines) || lines[i+1].IsBlank()
	return before && after
}

// hasLongWord reports whether one of words has three letters or more.
func hasLongWord(words []string) bool {
	for _, w := range words {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 3 {
			return true
		}
	}
	return false
}

// nonBlankBefore counts the non-blank lines before line i, up to 3.
func nonBlankBefore(lines []line, i int) int {
	n := 0
	for j := 0; j < i && n < 3; j++ {
		if !lines[j].IsBlank() {
			n++
		}
	}
	return n
}

// isStandalone reports whether line i has blank lines (or the document's
// ends) on both sides, the way a heading stands in plain text.
func isStandalone(lines []line, i int) bool {
	before := i == 0 || lines[i-1].IsBlank() || lines[i-1].Kind == document.Heading
	after := i+1 >= len(lines) || lines[i+1].IsBlank()
	return before && after && len(strings.Fields(lines[i].Text)) <= 8
}

// cleanTitle tidies a title: markup, trailing links, code ticks, a
// trailing colon, and the owner a heading names after a dash or a leader
// (not the dash after the time an agenda gives the item)
// ("TREASURER’S REPORT — J. Tinka Gammel", "Secretary’s Report
// -----Barbara Torres") off.
func cleanTitle(s string) string {
	if strings.Contains(s, "**") {
		// Emphasis off first, pair by pair, so that "(*Eric Huss*
		// **Time**: 10 minutes)" does not pair the wrong stars.
		s = starEmphasis.ReplaceAllString(s, "$1")
	}
	s = stripMarkup(unescapeMarkdown(s))
	for {
		loc := trailingLink.FindStringIndex(s)
		if loc == nil || loc[0] == 0 {
			break
		}
		s = s[:loc[0]]
	}
	s = markdownLink.ReplaceAllString(s, "$1")
	if loc := trailingURL.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]] // its URL is among the item's links
	}
	s = strings.ReplaceAll(s, "`", "")
	if loc := timeSlot.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = s[:loc[1]] + cutOwner(s[loc[1]:]) // "5 min - Accurate ECN" is no item of "Accurate ECN"
	} else {
		s = cutOwner(s)
	}
	s = strings.TrimRight(s, " :")
	s = strings.TrimSpace(strings.Trim(s, "*_"))
	return squeezeSpace(s)
}

var (
	// starEmphasis matches a markdown emphasis between stars: "**Time**",
	// "*Eric Huss*".
	starEmphasis = rx.New(`\*{1,2}([^*\s](?:[^*]*[^*\s])?)\*{1,2}`)
	// trailingLink matches a markdown link that ends a title: "Add working
	// group state per Project Lifecycle. [#1880](https://…)".
	trailingLink = rx.New(`\s*\[[^\[\]]*\]\([^()\s]*\)\s*$`)
	// trailingURL matches a bare URL that ends a title, perhaps in "(see
	// …)": "Security properties http://tools.ietf.org/html/draft-…",
	// "RFC2231 in HTTP (see http://svn.tools.ietf.org/…)"
	// (ietf-httpbis-77-minutes-2010.txt).
	trailingURL = rx.New(`(?i)\s*(?:\(\s*(?:see\s+)?)?(?:https?|ftp)://\S+?\)?\s*$`)
	// timeSlot matches the time an agenda gives an item, opening its
	// title before a dash or a colon, or in brackets: "5 min - QUIC on
	// Streams (Kazuho Oku)" (ietf-quic-wg-minutes-2024-03-19.md), "(10
	// mins) Budget", "1 h: Strategy". It stays in the title, as written,
	// but the words after its dash are no owner.
	timeSlot = rx.New(`(?i)^(?:\(\s*\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|h)\.?\s*\)\s*[-–—:]?|\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|h)\.?\s*[-–—:])\s+`)
	// markdownLink matches a markdown link, whose text stays.
	markdownLink = rx.New(`\[([^\[\]]*)\]\([^()\s]*\)`)
	// leader matches a run of dashes, dots or underscores that leads the
	// eye from a title to a name, as in a table of contents.
	leader = rx.New(`\s*(?:-{4,}|\.{4,}|_{4,}|…{2,})\s*`)
)

// cutOwner takes off a title the person or vacancy named after its last
// spaced dash or a leader.
func cutOwner(s string) string {
	title, _ := splitOwner(s)
	return title
}

// splitOwner splits a title from the person or vacancy it names after its
// last spaced dash or a leader: "Secretary’s Report -----Barbara Torres" →
// "Secretary’s Report", "Barbara Torres". The owner is "" when there is
// none; after a leader it may name no one ("Northern Chapter-------").
func splitOwner(s string) (title, owner string) {
	if loc := leader.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return s[:loc[0]], strings.TrimSpace(s[loc[1]:])
	}
	for _, sep := range []string{" — ", " – ", " - "} {
		i := strings.LastIndex(s, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(s[i+len(sep):])
		if len(personList(tail)) > 0 || (strings.HasPrefix(tail, "(") && strings.HasSuffix(tail, ")")) {
			return s[:i], tail
		}
	}
	return s, ""
}

// pointsPerColumn is about the width of a character of body text in a
// PDF, in points: it turns a line's X into columns of indentation.
const pointsPerColumn = 6

// lineIndent measures how far a line is indented, in columns: from its
// position on the page in a PDF, whose lines carry no leading spaces
// ("1. Revised Committee …" at 121pt under "5. Decisions" at 73pt is a
// list inside item 5), else from its leading white space.
func lineIndent(l line) int {
	if l.X > 0 {
		return int(l.X / pointsPerColumn)
	}
	return indentOf(l.Text)
}

// indentOf measures a line's leading white space, a tab counting four.
func indentOf(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// backMatterTitles are headings of what is not an agenda item, lower case,
// beyond the terms of the vocabularies (vocabBackMatter): longer
// attendance headings, contents, lists of actions and notes after the
// meeting.
var backMatterTitles = map[string]bool{
	"list of participants": true, "participant list": true,
	"members present": true, "guests": true, "attendees coverage": true,
	"in attendance": true, "liste des participants": true, "contents": true,
	"table of contents": true, "sommaire": true, "inhalt": true, "links": true,
	"open actions": true, "resulting action items": true,
	"summary of action items": true, "new action items": true,
	"list of actions": true, "action list": true, "summary of actions": true,
	"outstanding actions": true, "actions arising": true, "new actions": true,
	"liste des actions": true, "aktionspunkte": true,
	"note after the meeting": true, "notes after the meeting": true,
	"update after the meeting": true,
}

// isBackMatter reports whether a title heads back matter.
func isBackMatter(title string) bool {
	if len(title) > 60 {
		return false // the longest back-matter title is short; spare long lines the cleaning
	}
	key := foldKey(strings.TrimRight(cleanTitle(title), ".:;"))
	return backMatterTitles[key] || vocabBackMatter()[key] || isActionSummary(key)
}

// vocabBackMatter are the words of the vocabularies that alone title back
// matter in any language: attendance ("Anwesend", "参会人员"), the agenda
// ("Orden del día"), lists of actions ("Action Item", "Encaminhamentos").
// Under an item's heading, such a heading is the item's own
// (addBackMatter).
var vocabBackMatter = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range []vocab.Table{vocab.Attendance, vocab.Agenda, vocab.ActionHeadings} {
		for _, text := range t.Texts() {
			m[text] = true
		}
	}
	return m
})

// isActionSummary reports whether a title, lower case, heads the list of
// the actions this meeting made, named by the meeting or its body:
// "Board Meeting Action Items" (nmnwse-board-minutes-2016-02-13.pdf),
// "Actions from this TF-CSIRT Virtual meeting" (enisa-rsit-wg-2021-01-26-
// online.md). "Old Business/Action Items" is an item: old business.
func isActionSummary(key string) bool {
	for _, lead := range []string{"actions from this ", "action items from this ", "actions of this ", "action items of this "} {
		if strings.HasPrefix(key, lead) {
			return true
		}
	}
	before, ok := strings.CutSuffix(key, "action items")
	if !ok {
		before, ok = strings.CutSuffix(key, "actions")
	}
	words := strings.Fields(before)
	if !ok || len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !hasAnyWord(w, meetingWords) && !hasBodyNoun(w) {
			return false
		}
	}
	return true
}

// sessionWords name parts of a meeting that hold items, not items
// themselves: "Session One - Tuesday", "Day 2", "Morning session".
var sessionWords = []string{"session", "day", "séance", "sitzung", "tag", "journée", "morning", "afternoon"}

// isSessionTitle reports whether a heading names a session of the meeting.
func isSessionTitle(title string) bool {
	words := strings.Fields(foldKey(title))
	if len(words) > 5 {
		return false
	}
	for _, w := range sessionWords {
		if containsWord(title, w) {
			return true
		}
	}
	return false
}

// atoi is the value of a string of digits, 0 if it is none.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// isYearSpan reports whether "a/b" is a span of two years ("2017/18",
// "17/18"), not a minute reference.
func isYearSpan(ref string) bool {
	a, b, _ := strings.Cut(ref, "/")
	return len(b) == 2 && (atoi(a)+1)%100 == atoi(b)
}

// underActionHeader reports whether a table row belongs to a table headed
// as a list of actions ("Action | Who | Status"): its numbered rows are
// actions, not agenda items.
func underActionHeader(lines []line, i int) bool {
	first := i
	for first > 0 && lines[first-1].Kind == document.TableRow {
		first--
	}
	return first < i && tableHeader(lines[first].Cells) != nil
}
