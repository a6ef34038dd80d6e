package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
)

// This file holds the text helpers the action and decision recognisers
// share: removing markup that carries no meaning for them, list markers and
// checkboxes, splitting prose into sentences.

// A checkbox is the state a task list gives an item: "- [x] done",
// "- [ ] still open".
type checkbox uint8

const (
	noBox   checkbox = iota // the line has no checkbox
	boxOpen                 // [ ], ☐
	boxDone                 // [x], [X], ☑, ☒, ✓
)

var (
	// mdLink is a markdown link [text](target); the text is what a reader sees.
	mdLink = rx.New(`\[([^\[\]]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)`)
	// mdRefLink is a reference-style link [text][ref].
	mdRefLink = rx.New(`\[([^\[\]]+)\]\[[^\[\]]*\]`)
	// ircPrefix is what a chat log puts before a message: a time stamp and
	// the speaker's nick in angle brackets ("11:22:19 <dka> ").
	ircPrefix = rx.New(`^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<[^<>\s]{1,40}>\s+`)
	// mdEscape is a markdown backslash escape: "csaf\_2.0" is "csaf_2.0".
	mdEscape = rx.New("\\\\([\\\\`*_{}\\[\\]()#+.!|-])")
	// mdHeading is the "## " of a markdown heading a reader left in.
	mdHeading = rx.New(`^#{1,6}\s+`)
	// listMarker is a bullet or an enumerator at the start of a line:
	// "- ", "• ", "1. ", "2) ", "(a) ", "iv. ". A single letter followed by a
	// dot is left alone: it is more often an initial ("J. Smith").
	listMarker = rx.New(`^(?:[-*+•◦▪▫■□●○◆◇§·‣⁃∙\x{f0a7}\x{f0b7}\x{f076}\x{f0d8}\x{f0fc}\x{f06e}]|\(?\d{1,3}[.)]|\(?[a-z][)]|\([a-zA-Z]\)|[ivxIVX]{1,4}[.)])\s+`)
	// checkboxMark is a task-list checkbox, after any list marker.
	checkboxMark = rx.New(`^(?:\[([ xX✓✔✗-]?)\]|([☐☑☒✅]))\s*`)
)

// cleanMarkup removes what markdown and chat logs add around the words of a
// line: heading marks, emphasis markers, link targets, block quotes, time
// stamps and nick prefixes. Tabs are kept: they may separate table cells.
func cleanMarkup(s string) string {
	s = strings.TrimLeft(s, " ")
	for strings.HasPrefix(s, ">") {
		s = strings.TrimLeft(s[1:], " ")
	}
	s = mdHeading.ReplaceAllString(s, "")
	s = ircPrefix.ReplaceAllString(s, "")
	s = mdEscape.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "**", "")
	s = strings.ReplaceAll(s, "__", "")
	s = strings.TrimSpace(s)
	// A line set in italics as a whole: "_Discussed … and agreed to …_".
	for _, mark := range []string{"_", "*"} {
		if len(s) > 2 && strings.HasPrefix(s, mark) && strings.HasSuffix(s, mark) {
			s = strings.TrimSpace(s[1 : len(s)-1])
		}
	}
	return s
}

// stripListMarker removes the bullets, enumerators and checkbox that start
// a list item, and reports the checkbox's state. Nested markers ("1. - ")
// are all removed.
func stripListMarker(s string) (string, checkbox) {
	s = strings.TrimSpace(s)
	for range 3 {
		loc := listMarker.FindStringIndex(s)
		if loc == nil {
			s = stripLetterOBullet(s)
			break
		}
		s = s[loc[1]:]
	}
	box := noBox
	if m := checkboxMark.FindStringSubmatch(s); m != nil {
		switch mark := m[1] + m[2]; mark {
		case "", " ", "☐", "-":
			box = boxOpen
		default:
			box = boxDone
		}
		s = s[len(m[0]):]
	}
	return strings.TrimSpace(s), box
}

// stripLetterOBullet removes the "o " that word processors use as a
// second-level bullet, when a capital letter follows (so the word "o" in
// running text stays).
func stripLetterOBullet(s string) string {
	if len(s) > 2 && s[0] == 'o' && s[1] == ' ' {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[2:], " "))
		if unicode.IsUpper(r) {
			return strings.TrimLeft(s[2:], " ")
		}
	}
	return s
}

// collapseSpace replaces every run of white space (tabs included) by one
// space and trims the ends. Bytes that are not UTF-8 become U+FFFD: the
// record is UTF-8 whatever reached the parser.
func collapseSpace(s string) string {
	if isSqueezed(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// trimTask tidies the text of an action or decision: single spaces, no
// separator or final period left at either end. An abbreviation's period
// ("etc.") is kept.
func trimTask(s string) string {
	s = collapseSpace(s)
	s = strings.TrimLeft(s, "-–—:;,. ")
	s = strings.TrimRight(s, " ;,:-–—")
	// A bracket the text closes without opening belongs to the sentence
	// around it: "(… The meeting finally agreed this structure)".
	if strings.HasSuffix(s, ")") && strings.Count(s, "(") < strings.Count(s, ")") {
		s = strings.TrimRight(s[:len(s)-1], " ")
	}
	if strings.HasPrefix(s, "(") && strings.Count(s, "(") > strings.Count(s, ")") {
		s = strings.TrimLeft(s[1:], " ")
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") && !endsWithKnownAbbreviation(s[:len(s)-1]) {
		s = s[:len(s)-1]
	}
	return strings.TrimSpace(s)
}

// abbreviations end with a period that does not end a sentence. Keys are
// lower case, without the period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"e.g": true, "i.e": true, "etc": true, "vs": true, "no": true, "nr": true,
	"approx": true, "cf": true, "inc": true, "ltd": true, "co": true,
	"jr": true, "sr": true, "dept": true, "fig": true, "ca": true, "resp": true,
	"mme": true, "mlle": true, "m": true, "bzw": true, "z.b": true, "usw": true,
	"nos": true, "art": true, "para": true, "vol": true, "p": true, "pp": true,
}

// endsWithKnownAbbreviation reports whether s ends with a word of the
// abbreviations list ("etc"). At the end of a text a single capital is a
// letter ("Part B."), not an initial.
func endsWithKnownAbbreviation(s string) bool {
	i := strings.LastIndexAny(s, " \t(\"'“‘")
	return abbreviations[strings.ToLower(s[i+1:])]
}

// endsWithAbbreviation reports whether s ends with a word whose period
// would not end a sentence: a known abbreviation or a single capital
// letter (an initial, "J.").
func endsWithAbbreviation(s string) bool {
	i := strings.LastIndexAny(s, " \t(\"'“‘")
	word := s[i+1:]
	if word == "" {
		return false
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

// sentencesOf splits prose into sentences: after '.', '!' or '?' (and any
// closing quote or bracket) followed by white space and a capital letter,
// a digit or an opening quote, unless the period ends an abbreviation or an
// initial. Each sentence keeps its final punctuation.
func sentencesOf(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		for end < len(s) && strings.IndexByte(`"')]”’»`, s[end]) >= 0 {
			end++
		}
		// multi-byte closing quotes
		for _, q := range []string{"”", "’", "»"} {
			if strings.HasPrefix(s[end:], q) {
				end += len(q)
			}
		}
		if end >= len(s) || (s[end] != ' ' && s[end] != '\t' && s[end] != '\n') {
			continue
		}
		next := strings.TrimLeft(s[end:], " \t\n")
		if next == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(next)
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘«([`, r) || startsWithLabel(next)) {
			continue
		}
		numberWord := c == '.' && numberWordBefore(s, i)
		if c == '.' && (endsWithAbbreviation(s[start:i]) && !numberWord || ordinalDay(s, i, end)) || numberWord && unicode.IsDigit(r) {
			continue // "No. 5" abbreviates; "6 yes, 1 no. Motion passed." ends
		}
		out = append(out, strings.TrimSpace(s[start:end]))
		start = end
		i = end - 1
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// labelStart is a lower-case label that starts a sentence of its own:
// "Approved. note: The Money Market statement …".
var labelStart = rx.New(`^\p{Ll}{2,12}:`)

// startsWithLabel reports whether s starts with such a label.
func startsWithLabel(s string) bool { return labelStart.MatchString(s) }

// startsLower reports whether s begins with a lower-case letter: a line
// that does so continues the sentence of the line before.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsLower(r)
}

// isQuestion reports whether s is a question: a task is not asked.
func isQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " )\"”"), "?")
}

// inlineBullets are the glyphs word processors put before list items;
// when a reader has run several items into one line or table cell, each
// glyph starts an item again.
const inlineBullets = "●○■•▪◦"

// expandInlineBullets splits lines (and table rows) that hold several list
// items run together ("Handover ○ ACTION cmt-elect: Make profile ■ Action
// Complete") into one line per item, each keeping the place of its source
// line. Other lines are returned as they are.
func expandInlineBullets(lines []line) []line {
	var out []line
	for _, l := range lines {
		if bulletCount(l.Text) < 2 {
			out = append(out, l)
			continue
		}
		parts := []string{l.Text}
		if l.Kind == document.TableRow && len(l.Cells) > 0 {
			parts = l.Cells
		}
		for _, p := range parts {
			for _, item := range splitAtBullets(p) {
				v := l
				v.Text, v.Cells, v.Kind = item, nil, document.Prose
				if strings.ContainsAny(item[:min(len(item), 4)], inlineBullets) {
					v.Kind = document.ListItem
				}
				out = append(out, relex(v))
			}
		}
	}
	return out
}

// bulletCount counts the bullet glyphs in s.
func bulletCount(s string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune(inlineBullets, r) {
			n++
		}
	}
	return n
}

// splitAtBullets cuts s before each bullet glyph, dropping empty pieces.
func splitAtBullets(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if strings.ContainsRune(inlineBullets, r) && i > start {
			if piece := strings.TrimSpace(s[start:i]); piece != "" {
				out = append(out, piece)
			}
			start = i
		}
	}
	if piece := strings.TrimSpace(s[start:]); piece != "" {
		out = append(out, piece)
	}
	return out
}
