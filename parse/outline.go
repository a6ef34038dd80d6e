package parse

// Choosing the outline: which of the candidate item headings are the
// top-level items (the rules are at the top of items.go).

import (
	"sort"
	"strings"

	"minutes/document"
	"minutes/internal/rx"
)

// chooseOutline picks the headings of the top-level items from every
// candidate heading, in document order, with the back-matter headings that
// end items. The styles are tried in order of how surely they mark the
// agenda; an outline whose items all name sessions ("SESSION 1
// (TUESDAY)") gives way to the next one that has items.
func chooseOutline(lines []line, heads []itemHeading) []itemHeading {
	pdf := hasPageLayout(lines)
	hs := headingOutline(lines, heads)
	ns := numberedOutline(lines, heads)
	caps := withStyle(heads, styleCaps)
	restarting := len(ns) > 0 && listsUnderHeadings(heads, numeralKind(ns[0].number)) && len(caps) >= 2
	candidates := []struct {
		outline []itemHeading
		ok      bool
	}{
		{dropRepeatedTopics(lines, withStyle(heads, styleTopic)), true},
		{hs, !pdf && !preferNumbered(hs, ns)},
		{ns, !restarting},
		{weakestOutline(caps, withStyle(heads, styleLabel), markerOutline(heads), ownerOutline(heads), rowOutline(lines, heads)), true},
		{hs, true},
		{ns, true},
		{withStyle(heads, styleBullet), true},
		{hs, !pdf}, // a single heading under the title
	}
	var fallback []itemHeading
	for k, c := range candidates {
		last := k == len(candidates)-1
		if !c.ok || countItems(c.outline) < 2 && !(last && countItems(c.outline) == 1) {
			continue
		}
		if allSessionTitles(c.outline) {
			if fallback == nil {
				fallback = c.outline
			}
			continue
		}
		return addBackMatter(c.outline, heads)
	}
	return addBackMatter(fallback, heads)
}

// weakestOutline chooses among the outlines of the styles that mark
// headings least surely — capitals, labels, markers — the one with the
// most items that are not sessions ("SESSION 2 (THURSDAY)" and "SUMMARY"
// lose to seven "__Mark on WGLC status" topics), then with the most items;
// capitals first among equals.
func weakestOutline(outlines ...[]itemHeading) []itemHeading {
	var best []itemHeading
	bestTopics, bestItems := 0, 0
	for _, o := range outlines {
		topics, items := 0, 0
		for _, h := range o {
			if !h.back {
				items++
				if !isSessionTitle(h.title) {
					topics++
				}
			}
		}
		if topics > bestTopics || (topics == bestTopics && items > bestItems) {
			best, bestTopics, bestItems = o, topics, items
		}
	}
	return best
}

// countItems counts the headings of an outline that head items.
func countItems(hs []itemHeading) int {
	n := 0
	for _, h := range hs {
		if !h.back {
			n++
		}
	}
	return n
}

// allSessionTitles reports whether every item of an outline names a
// session of the meeting.
func allSessionTitles(hs []itemHeading) bool {
	for _, h := range hs {
		if !h.back && !isSessionTitle(h.title) {
			return false
		}
	}
	return true
}

func withStyle(heads []itemHeading, style headingStyle) []itemHeading {
	var out []itemHeading
	for _, h := range heads {
		if h.style == style {
			out = append(out, h)
		}
	}
	return out
}

// dropRepeatedTopics drops a topic that repeats the one before with nothing
// between them: two scribes typing "Topic: Packaging on the Web" and
// "Topic: packaging".
func dropRepeatedTopics(lines []line, topics []itemHeading) []itemHeading {
	if len(topics) == 0 {
		return nil
	}
	out := topics[:1:1]
	for _, t := range topics[1:] {
		prev := out[len(out)-1]
		if !hasContentBetween(lines, prev.index+prev.span, t.index) && similarTitles(prev.title, t.title) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// hasContentBetween reports whether lines[from:to] hold a line of content:
// not blank, not an IRC command or notice ("ScribeNick: Domenic", "mnot
// has joined #tagmem").
func hasContentBetween(lines []line, from, to int) bool {
	for i := from; i < to && i < len(lines); i++ {
		if !lines[i].IsBlank() && !isChatNoise(lines[i].Text) {
			return true
		}
	}
	return false
}

// chatCommand matches the commands scribes give the minuting bots.
var chatCommand = rx.New(`(?i)^(?:scribe|scribenick|chair|chairs|present\+?|regrets\+?|agenda|meeting|date|rrsagent|zakim|trackbot)\b\s*[:,+-]`)

// isChatNoise reports whether a line of an IRC log is a bot command or a
// join, part or topic notice rather than something said.
func isChatNoise(s string) bool {
	if !chatPrefix.MatchString(s) {
		return false
	}
	text := strings.TrimSpace(chatText(s))
	if chatCommand.MatchString(text) {
		return true
	}
	for _, notice := range []string{" has joined #", " has left #", " has quit", " has changed the topic to"} {
		if strings.Contains(text, notice) {
			return true
		}
	}
	return false
}

// similarTitles reports whether one title contains the other, ignoring case.
func similarTitles(a, b string) bool {
	a, b = foldKey(a), foldKey(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// headingOutline returns the headings at the highest level that has at
// least two, and the rarer headings above it. Left out: the document's
// title (its first heading, before any text), headings that hold only a
// date or a status ("September 29", "- DRAFT -"), and sub-numbered
// headings ("2.1 Participants"). When the chosen level only names
// sessions ("Session One - Tuesday") and a lower level has items, the
// lower level is taken and the sessions become back matter.
func headingOutline(lines []line, heads []itemHeading) []itemHeading {
	titleBlock := titleBlockHeadings(lines, heads)
	var hs []itemHeading
	for _, h := range heads {
		if h.style != styleHeading || titleBlock[h.index] || h.depth > 1 || isDateOrStatus(h.title) {
			continue
		}
		hs = append(hs, h)
	}
	if out, ok := containerOutline(hs); ok {
		return out
	}
	levels := levelCounts(hs)
	level := 0
	for _, lv := range levels {
		if countAt(hs, lv) >= 2 {
			level = lv
			break
		}
	}
	for _, lv := range levels {
		if level == 0 && countAt(hs, lv) == 1 {
			level = lv // one topic under a title: W3C minutes of a short call
		}
	}
	if level == 0 {
		return nil
	}
	if allSessions(hs, level) {
		for _, lv := range levels {
			if lv > level && countAt(hs, lv) >= 2 {
				level = lv
				break
			}
		}
	}
	var out []itemHeading
	for _, h := range hs {
		if h.level > level {
			continue
		}
		if h.level < level && isSessionTitle(h.title) {
			h.back = true
		}
		out = append(out, h)
	}
	return out
}

// containerOutline reads an outline made by container headings: under
// "## Minutes" the "###" headings are the agenda topics, and the other
// "##" sections (Links, Present, Quick stand-up) are the frame of the
// minutes, not items. It reports false when no container heading has
// sub-headings.
func containerOutline(hs []itemHeading) ([]itemHeading, bool) {
	level := 0
	for i, h := range hs {
		if len(containedTopics(hs[i+1:], h)) > 0 {
			level = h.level
			break
		}
	}
	if level == 0 {
		return nil, false
	}
	var out []itemHeading
	inContainer := false
	for _, h := range hs {
		switch {
		case h.level <= level:
			inContainer = h.level == level && containerTitles[foldKey(h.title)]
			h.back = true
			out = append(out, h)
		case h.level == level+1 && inContainer:
			out = append(out, h)
		}
	}
	return out, true
}

// containerTitles head a part of the minutes whose sub-headings are the
// topics: "## Minutes" above "### Add working group state…".
var containerTitles = map[string]bool{
	"minutes": true, "discussion": true, "notes": true, "proceedings": true,
	"meeting notes": true, "meeting minutes": true, "topics": true, "items": true,
	"agenda items": true, "discussion items": true, "compte rendu": true, "protokoll": true,
}

// containedTopics returns the headings one level below a container heading
// h, up to the next heading at h's level or above.
func containedTopics(after []itemHeading, h itemHeading) []itemHeading {
	if !containerTitles[foldKey(h.title)] {
		return nil
	}
	var children []itemHeading
	for _, c := range after {
		if c.level <= h.level {
			break
		}
		if c.level == h.level+1 {
			children = append(children, c)
		}
	}
	return children
}

// titleBlockHeadings are the headings of the document's title block among
// its first lines: its first heading when no text comes before it ("#
// Reference Taxonomy Working Group Minutes"), with the line it wraps onto
// (the next line, a heading of the same level: "New Mexico Network for" /
// "Women in Science and Engineering"), and after a letterhead the heading
// that names the meeting ("BOARD MEETING MINUTES", "NMNWSE Board
// Meeting").
func titleBlockHeadings(lines []line, heads []itemHeading) map[int]bool {
	block := map[int]bool{}
	var last itemHeading
	for _, h := range heads {
		if h.style != styleHeading {
			continue
		}
		if h.number != "" || h.index > 15 {
			break
		}
		switch {
		case len(block) == 0 && !hasProseBefore(lines, h.index):
			block[h.index] = true
		case block[last.index] && h.index == last.index+last.span && h.level == last.level:
			block[h.index] = true
		case hasAnyWord(h.title, meetingWords) && !isSessionTitle(h.title) && !isBackMatter(h.title) && !containerTitles[foldKey(h.title)]:
			block[h.index] = true
		}
		last = h
	}
	return block
}

// hasProseBefore reports whether a line of running text comes before line
// i. Front matter, fields ("Date: …") and rules do not count.
func hasProseBefore(lines []line, i int) bool {
	for _, l := range lines[:i] {
		text := strings.TrimSpace(l.Text)
		if l.IsBlank() || strings.Trim(text, "-=*_") == "" || strings.Contains(text, ":") {
			continue
		}
		return true
	}
	return false
}

// isDateOrStatus reports whether a heading holds only a date or a status
// word, like the "### September 29" and "### - DRAFT -" of W3C minutes.
func isDateOrStatus(title string) bool {
	rest := title
	if d, ok := findDate(title); ok {
		rest = title[:d.At] + title[d.Stop:]
	} else if dm, ok := findDayMonth(title); ok {
		rest = title[:dm.At] + title[dm.Stop:]
	}
	rest = strings.Trim(foldKey(rest), " -–—,.:()[]")
	switch rest {
	case "", "draft", "approved", "final", "projet", "entwurf":
		return true
	}
	return false
}

// levelCounts lists the heading levels present, highest (smallest number)
// first.
func levelCounts(hs []itemHeading) []int {
	seen := map[int]bool{}
	var levels []int
	for _, h := range hs {
		if !seen[h.level] {
			seen[h.level] = true
			levels = append(levels, h.level)
		}
	}
	sort.Ints(levels)
	return levels
}

func countAt(hs []itemHeading, level int) int {
	n := 0
	for _, h := range hs {
		if h.level == level && !h.back {
			n++
		}
	}
	return n
}

// allSessions reports whether every item heading at a level names a
// session.
func allSessions(hs []itemHeading, level int) bool {
	for _, h := range hs {
		if h.level == level && !h.back && !isSessionTitle(h.title) {
			return false
		}
	}
	return true
}

// numberedOutline returns the numbered headings that make the agenda: one
// level of number, at the outermost indentation, forming the longest
// rising sequence. Arabic and Roman numbers are separate series
// ("III. APPROVAL OF THE MINUTES" above "1. Approval of Educational
// Grants"); a series whose lists restart under headings of another style
// is sub-lists (see listsUnderHeadings) and gives way to another series.
func numberedOutline(lines []line, heads []itemHeading) []itemHeading {
	hasText := headingsWithText(lines, heads)
	var best []itemHeading
	bestUnder := true
	for _, kind := range []byte{'a', 'r', 'l'} {
		series := outerNumbered(heads, kind)
		chain := longestSequence(series, hasText)
		under := listsUnderHeadings(heads, kind)
		if len(chain) < 2 || kind == 'l' && chain[0].value != 1 {
			continue // letters make an outline only from A on
		}
		if best == nil || (bestUnder && !under) || (under == bestUnder && len(chain) > len(best)) {
			best, bestUnder = chain, under
		}
	}
	return best
}

// outerNumbered returns the one-level numbered headings of a numeral kind
// at the outermost indentation.
func outerNumbered(heads []itemHeading, kind byte) []itemHeading {
	var ns []itemHeading
	minIndent := -1
	for _, h := range heads {
		if kind == 'l' && isLetter(h.number) && isNumberedItem(h) {
			h.value = letterValue(h.number) // "I." after "H." is the ninth letter
		} else if !isNumberedItem(h) || numeralKind(h.number) != kind {
			continue
		}
		ns = append(ns, h)
		if minIndent < 0 || h.indent < minIndent {
			minIndent = h.indent
		}
	}
	var outer []itemHeading
	for _, h := range ns {
		if h.indent <= minIndent+2 {
			outer = append(outer, h)
		}
	}
	return outer
}

// isNumberedItem reports whether a heading carries a one-level number.
func isNumberedItem(h itemHeading) bool {
	return h.style != styleTopic && h.style != styleMarker && h.depth == 1 && !h.back
}

// numeralKind is 'r' for a Roman number, 'l' for a letter, 'a' for an
// Arabic number. "I", "V" and "X" are Roman here; a series of letters
// takes them as letters (outerNumbered).
func numeralKind(number string) byte {
	switch {
	case romanValue(strings.TrimRight(number, ".")) > 0:
		return 'r'
	case isLetter(number):
		return 'l'
	}
	return 'a'
}

// isLetter reports whether an item number is one capital letter.
func isLetter(number string) bool {
	return len(number) == 1 && number[0] >= 'A' && number[0] <= 'Z'
}

// listsUnderHeadings reports whether the numbered lines of a kind start
// again from 1 under headings of another style at least twice: lists
// under "STANDING COMMITTEE REPORTS", "CHAPTER REPORTS" or lettered
// sub-headings ("C. MANAGEMENT"), not the agenda.
func listsUnderHeadings(heads []itemHeading, kind byte) bool {
	under := 0
	for i, h := range heads {
		if !isNumberedItem(h) || numeralKind(h.number) != kind || h.value != 1 || i == 0 {
			continue
		}
		prev := heads[i-1]
		if prev.number == "" && (prev.style == styleCaps || prev.style == styleHeading) || kind != 'l' && isLetter(prev.number) && romanValue(prev.number) == 0 {
			under++
		}
	}
	return under >= 2
}

// maxSkip is how far an item number may jump: minutes skip an item or two
// that was not discussed ("1., 2., 4.").
const maxSkip = 3

// longestSequence returns the agenda among numbered headings. They are
// cut into runs whose numbers rise by 1 to maxSkip ("1. 2. 3. 4."); the
// agenda is the chain of runs, each starting above where the one before
// ended, that holds the most headings ("1. 2. 3. 4. Decisions" then the
// list "1. … 7." inside item 4, then "5. Update from Committees": the
// chain skips the list). Between equally long chains, one whose first run
// has text under its headings wins over a bare list (an agenda printed
// before the minutes), then the one that starts first.
func longestSequence(hs []itemHeading, hasText map[int]bool) []itemHeading {
	runs := risingRuns(hs)
	total := make([]int, len(runs)) // headings in the best chain ending with run i
	prev := make([]int, len(runs))
	first := make([]int, len(runs)) // the run that starts that chain
	best := -1
	for i, r := range runs {
		total[i], prev[i], first[i] = len(r), -1, i
		for j := 0; j < i; j++ {
			last := runs[j][len(runs[j])-1]
			if r[0].value > last.value && total[j]+len(r) > total[i] {
				total[i], prev[i], first[i] = total[j]+len(r), j, first[j]
			}
		}
		if best < 0 || total[i] > total[best] ||
			(total[i] == total[best] && runHasText(runs[first[i]], hasText) && !runHasText(runs[first[best]], hasText)) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	var chain [][]itemHeading
	for i := best; i >= 0; i = prev[i] {
		chain = append([][]itemHeading{runs[i]}, chain...)
	}
	var out []itemHeading
	for _, r := range chain {
		out = append(out, r...)
	}
	return out
}

// runHasText reports whether a heading of a run has text under it.
func runHasText(run []itemHeading, hasText map[int]bool) bool {
	for _, h := range run {
		if hasText[h.index] {
			return true
		}
	}
	return false
}

// headingsWithText marks the candidate headings followed by a line of
// text before the next candidate.
func headingsWithText(lines []line, heads []itemHeading) map[int]bool {
	out := map[int]bool{}
	for k, h := range heads {
		end := len(lines)
		if k+1 < len(heads) {
			end = heads[k+1].index
		}
		if hasContentBetween(lines, h.index+h.span, end) {
			out[h.index] = true
		}
	}
	return out
}

// risingRuns cuts headings into runs of numbers that rise by 1 to maxSkip.
func risingRuns(hs []itemHeading) [][]itemHeading {
	var runs [][]itemHeading
	for _, h := range hs {
		if n := len(runs); n > 0 {
			last := runs[n-1][len(runs[n-1])-1]
			if step := h.value - last.value; step >= 1 && step <= maxSkip {
				runs[n-1] = append(runs[n-1], h)
				continue
			}
		}
		runs = append(runs, []itemHeading{h})
	}
	return runs
}

// preferNumbered decides between an outline of headings and one of
// numbered lines outside PDF (in PDF, headings are only bold or large
// lines — an action owner's initials in the margin is one — so numbers
// always win): headings win when they include the numbered items, or are
// at least half as many.
func preferNumbered(hs, ns []itemHeading) bool {
	if len(ns) < 2 {
		return false
	}
	isHeading := map[int]bool{}
	for _, h := range hs {
		isHeading[h.index] = true
	}
	covered := 0
	for _, n := range ns {
		if isHeading[n.index] {
			covered++
		}
	}
	return covered*5 < len(ns)*4 && len(hs)*2 < len(ns)
}

// hasPageLayout reports whether the lines come from a page layout (PDF):
// they have positions.
func hasPageLayout(lines []line) bool {
	for _, l := range lines {
		if l.Y > 0 || l.Size > 0 {
			return true
		}
	}
	return false
}

// rowOutline returns the items of an agenda laid out as topics and who
// leads them: table rows ("Call to Order | dede Collins"), or bold lines
// whose cells were lost ("Treasurer’s Report Tinka Gammel", "Secretary’s
// Report -----Barbara Torres"). At least three must name a person, and
// fewer than half of the topics may read as names (an attendance table
// "Jane Doe | CERT-EE" is no agenda, though "Fund Raising" reads as a
// name). The items are the rows up to the first label that opens a block
// ("Reports from Standing Committee Chairs:", or a short paragraph of its
// own, "Standing Committee Reports"), then the labels, whose rows are
// sub-items, and the headings that name no one ("Schedule of Meetings").
// Labels and headings count at the rows' indentation, not further in.
func rowOutline(lines []line, heads []itemHeading) []itemHeading {
	var rows []itemHeading
	persons, named := 0, 0
	for _, h := range heads {
		if h.depth > 0 || h.opens || !isAgendaRow(h) {
			continue
		}
		if h.style == styleHeading && h.owner == "" {
			h.title, h.owner = withoutTrailingPerson(h.title)
		}
		rows = append(rows, h)
		if len(namesIn(h.owner)) > 0 {
			persons++
		}
		if _, ok := personName(h.title); ok {
			named++
		}
	}
	if persons < 3 || named*2 >= len(rows) || capsAfter(heads, rows[len(rows)-1].index) >= 2 {
		return nil
	}
	isRow := map[int]itemHeading{}
	indent := rows[0].indent
	for _, h := range rows {
		isRow[h.index] = h
		indent = min(indent, h.indent)
	}
	var out []itemHeading
	inBlocks := false
	for _, h := range withBlockLabels(lines, heads, rows[0].index) {
		if h.index < rows[0].index || h.depth > 0 {
			continue
		}
		row, isAgenda := isRow[h.index]
		switch {
		case isAgenda && !inBlocks:
			out = append(out, row)
		case isAgenda || h.indent > indent+2:
		case h.opens && (h.style == styleRow || h.style == styleLabel || h.style == styleHeading):
			inBlocks = true
			out = append(out, h)
		case h.style == styleHeading && h.owner == "":
			out = append(out, h)
		}
	}
	return out
}

// capsAfter counts the headings in capitals after line i: minutes that
// print their agenda as a table, then head their items in capitals, are
// outlined by the capitals.
func capsAfter(heads []itemHeading, i int) int {
	n := 0
	for _, h := range heads {
		if h.index > i && h.style == styleCaps && !h.back {
			n++
		}
	}
	return n
}

// isAgendaRow reports whether a heading reads as a row of a topic and who
// leads it: a table row, or a bold line naming someone after its topic.
func isAgendaRow(h itemHeading) bool {
	switch h.style {
	case styleRow:
		return true
	case styleHeading:
		if h.owner != "" {
			return true
		}
		_, person := withoutTrailingPerson(h.title)
		return person != ""
	}
	return false
}

// withBlockLabels adds to heads the short paragraphs after line from that
// open a block of an agenda without a colon (an underline the reader
// lost): "Standing Committee Reports", "Local Chapters".
func withBlockLabels(lines []line, heads []itemHeading, from int) []itemHeading {
	isHead := map[int]bool{}
	for _, h := range heads {
		isHead[h.index] = true
	}
	out := append([]itemHeading{}, heads...)
	for i := from; i < len(lines); i++ {
		if isHead[i] || !isBlockLabel(lines, i) || headsBefore(lines, isHead, i) {
			continue
		}
		title := strings.TrimSpace(lines[i].Text)
		out = append(out, itemHeading{index: i, span: 1, style: styleLabel, title: title, opens: true, indent: lineIndent(lines[i])})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].index < out[b].index })
	return out
}

// headsBefore reports whether the line before line i, blank lines
// skipped, is a heading: "No Report" under "Archives-----Mary Campbell"
// is the text of that row, not a label.
func headsBefore(lines []line, isHead map[int]bool, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if !lines[j].IsBlank() {
			return isHead[j]
		}
	}
	return false
}

// isBlockLabel reports whether line i is a paragraph of a few capitalised
// words, no sentence, field, date or number: the label of a block.
func isBlockLabel(lines []line, i int) bool {
	l := lines[i]
	text := strings.TrimSpace(l.Text)
	words := strings.Fields(text)
	if l.Kind != document.Prose || !isParagraph(lines, i) || len(words) == 0 || len(words) > 6 {
		return false
	}
	if !isCapitalised(words[0]) || strings.ContainsAny(text, ".:;,!?0123456789()") {
		return false
	}
	for _, w := range words {
		if !isCapitalised(w) && !isParticleWord(w) && w != "and" && w != "of" && w != "for" {
			return false
		}
	}
	return true
}

// withoutTrailingPerson splits a person's name (two or three words) off
// the end of a title: "Treasurer’s Report Tinka Gammel" → "Treasurer’s
// Report", "Tinka Gammel". The person is "" when the title ends with
// none.
func withoutTrailingPerson(title string) (string, string) {
	words := strings.Fields(title)
	for k := 2; k <= 3 && k < len(words); k++ {
		if name, ok := personName(strings.Join(words[len(words)-k:], " ")); ok {
			return strings.Join(words[:len(words)-k], " "), name
		}
	}
	return title, ""
}

// ownerOutline returns the agenda lines that name their owners, if at
// least three: two such lines can be chance, three make an agenda.
func ownerOutline(heads []itemHeading) []itemHeading {
	owners := withStyle(heads, styleOwner)
	if len(owners) < 3 {
		return nil
	}
	return owners
}

// markerOutline returns the lines led by the commonest marker, if at least
// two.
func markerOutline(heads []itemHeading) []itemHeading {
	byMarker := map[string][]itemHeading{}
	best := ""
	for _, h := range heads {
		if h.style != styleMarker {
			continue
		}
		byMarker[h.marker] = append(byMarker[h.marker], h)
		if best == "" || len(byMarker[h.marker]) > len(byMarker[best]) {
			best = h.marker
		}
	}
	if len(byMarker[best]) < 2 {
		return nil
	}
	return byMarker[best]
}

// addBackMatter merges into an outline the back-matter headings that end
// items: a heading line anywhere after the first item, a plain line only
// after the last (inside an item, "Present:" is part of a roll call). A
// heading of a lower level than the item's own ("#### Action Item" under
// "### 2.0 Old Business") belongs to the item.
func addBackMatter(outline, heads []itemHeading) []itemHeading {
	if len(outline) == 0 {
		return nil
	}
	inOutline := map[int]bool{}
	for _, h := range outline {
		inOutline[h.index] = true
	}
	first, last := outline[0].index, outline[len(outline)-1].index
	k := 0 // the outline's last item before h
	items := len(outline)
	for _, h := range heads {
		for k+1 < items && outline[k+1].index < h.index {
			k++
		}
		if !h.back || inOutline[h.index] || h.index < first {
			continue
		}
		if it := outline[k]; h.style == styleHeading && it.style == styleHeading && it.level > 0 && h.level > it.level {
			continue
		}
		if h.style == styleHeading || h.index > last {
			outline = append(outline, h)
		}
	}
	sort.Slice(outline, func(i, j int) bool { return outline[i].index < outline[j].index })
	return removeOverlaps(outline)
}

// removeOverlaps drops a heading that starts inside the lines of the one
// before (a lone "3." takes its title's line).
func removeOverlaps(hs []itemHeading) []itemHeading {
	out := hs[:0:0]
	end := -1
	for _, h := range hs {
		if h.index < end {
			continue
		}
		out = append(out, h)
		end = h.index + h.span
	}
	return out
}
