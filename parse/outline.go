package parse

// Choosing the outline: which of the candidate item headings are the
// top-level items (the rules are at the top of items.go).

import (
	"regexp"
	"sort"
	"strings"

	"minutes/extract"
)

// chooseOutline picks the headings of the top-level items from every
// candidate heading, in document order, with the back-matter headings that
// end items.
func chooseOutline(lines []extract.Line, heads []itemHeading) []itemHeading {
	var outline []itemHeading
	topics := withStyle(heads, styleTopic)
	switch {
	case len(topics) >= 2:
		outline = dropRepeatedTopics(lines, topics)
	default:
		hs := headingOutline(lines, heads)
		ns := numberedOutline(heads)
		switch {
		case len(hs) >= 2 && !preferNumbered(lines, hs, ns):
			outline = hs
		case len(ns) >= 2:
			outline = ns
		case len(hs) >= 2:
			outline = hs
		default:
			outline = markerOutline(heads)
		}
	}
	return addBackMatter(outline, heads)
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
func dropRepeatedTopics(lines []extract.Line, topics []itemHeading) []itemHeading {
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
func hasContentBetween(lines []extract.Line, from, to int) bool {
	for i := from; i < to && i < len(lines); i++ {
		if !lines[i].IsBlank() && !isChatNoise(lines[i].Text) {
			return true
		}
	}
	return false
}

// chatCommand matches the commands scribes give the minuting bots.
var chatCommand = regexp.MustCompile(`(?i)^(?:scribe|scribenick|chair|chairs|present\+?|regrets\+?|agenda|meeting|date|rrsagent|zakim|trackbot)\b\s*[:,+-]`)

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
func headingOutline(lines []extract.Line, heads []itemHeading) []itemHeading {
	title := titleHeadingIndex(lines, heads)
	var hs []itemHeading
	for _, h := range heads {
		if h.style != styleHeading || h.index == title || h.depth > 1 || isDateOrStatus(h.title) {
			continue
		}
		hs = append(hs, h)
	}
	levels := levelCounts(hs)
	level := 0
	for _, lv := range levels {
		if countAt(hs, lv) >= 2 {
			level = lv
			break
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
	for i, h := range hs {
		if h.level > level {
			continue
		}
		if h.level < level && isSessionTitle(h.title) {
			h.back = true
		}
		if children := containedTopics(hs[i+1:], h); len(children) > 0 {
			h.back = true
			out = append(out, h)
			out = append(out, children...)
			continue
		}
		out = append(out, h)
	}
	return out
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

// titleHeadingIndex is the line index of the heading that is the
// document's title — its first heading, if no text comes before it within
// the first lines — or -1.
func titleHeadingIndex(lines []extract.Line, heads []itemHeading) int {
	for _, h := range heads {
		if h.style != styleHeading {
			continue
		}
		if h.number != "" || h.index > 15 || hasProseBefore(lines, h.index) {
			return -1
		}
		return h.index
	}
	return -1
}

// hasProseBefore reports whether a line of running text comes before line
// i. Front matter, fields ("Date: …") and rules do not count.
func hasProseBefore(lines []extract.Line, i int) bool {
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
// rising sequence.
func numberedOutline(heads []itemHeading) []itemHeading {
	var ns []itemHeading
	minIndent := -1
	for _, h := range heads {
		if h.style == styleTopic || h.style == styleMarker || h.depth != 1 || h.back {
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
	return longestSequence(outer)
}

// maxSkip is how far an item number may jump: minutes skip an item or two
// that was not discussed ("1., 2., 4.").
const maxSkip = 3

// longestSequence returns the longest subsequence whose numbers rise by at
// most maxSkip at each step; among equally long ones, the one that starts
// with the smaller number, then the later one (the minutes after an agenda
// that lists the same numbers).
func longestSequence(hs []itemHeading) []itemHeading {
	if len(hs) > 2000 {
		hs = hs[:2000] // quadratic below; no agenda is that long
	}
	length := make([]int, len(hs))
	prev := make([]int, len(hs))
	best := -1
	for i := range hs {
		length[i], prev[i] = 1, -1
		for j := i - 1; j >= 0; j-- {
			step := hs[i].value - hs[j].value
			if step >= 1 && step <= maxSkip && length[j]+1 > length[i] {
				length[i], prev[i] = length[j]+1, j
			}
		}
		if best < 0 || length[i] > length[best] ||
			(length[i] == length[best] && firstValue(hs, prev, i) <= firstValue(hs, prev, best)) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	var out []itemHeading
	for i := best; i >= 0; i = prev[i] {
		out = append(out, hs[i])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// firstValue is the number that starts the sequence ending at i.
func firstValue(hs []itemHeading, prev []int, i int) int {
	for prev[i] >= 0 {
		i = prev[i]
	}
	return hs[i].value
}

// preferNumbered decides between an outline of headings and one of
// numbered lines. In PDF, headings are only bold or large lines (an
// action owner's initials in the margin is one), so numbers win; elsewhere
// headings win when they include the numbered items, or are at least half
// as many.
func preferNumbered(lines []extract.Line, hs, ns []itemHeading) bool {
	if len(ns) < 2 {
		return false
	}
	if hasPageLayout(lines) {
		return true
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
func hasPageLayout(lines []extract.Line) bool {
	for _, l := range lines {
		if l.Y > 0 || l.Size > 0 {
			return true
		}
	}
	return false
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
// after the last (inside an item, "Present:" is part of a roll call).
func addBackMatter(outline, heads []itemHeading) []itemHeading {
	if len(outline) == 0 {
		return nil
	}
	inOutline := map[int]bool{}
	for _, h := range outline {
		inOutline[h.index] = true
	}
	first, last := outline[0].index, outline[len(outline)-1].index
	for _, h := range heads {
		if !h.back || inOutline[h.index] || h.index < first {
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
