package parse

// Evidence: is a parsed document minutes at all?
//
// An archive of minutes holds other files too: a README, a licence, a
// changelog, a file of links, a to-do list. Parsed, they make records with
// no date, nobody present and no decision, which an import would store as
// meetings. The parser weighs, after it has read the document, what the
// record and the lexed lines show of a meeting against the signs of
// another kind of document, and says which it is.
//
// The evidence of a meeting:
//
//	participants   someone present, excused or absent
//	decisions      something decided, agreed, moved or elected
//	meeting named  a word for a meeting or its minutes, in any language, in
//	               the title, the body, an item's title, the file's name,
//	               or a heading or a line in capitals of the opening
//	               ("Protokoll der Vorstandssitzung", "Acta de la reunión",
//	               "理事会議事録", "SESSION 1 (TUESDAY)"): vocab.Minutes,
//	               MeetingNouns, Agenda, Gatherings
//	date           the meeting's date
//	actions        action items
//
// The signs of another document (readsAs), each saying what it reads as:
//
//	a title or file name of vocab.DocumentKinds ("README", "LICENSE",
//	"CHANGELOG", "TODO", "Liens utiles"), a licence's phrase ("Permission
//	is hereby granted"), two headings that are version numbers ("## [1.2.0]
//	- 2023-05-01"), two headings of a README ("## Installation", "##
//	Usage"), lines of code, lines that are mostly links, a list of check
//	boxes ("- [ ] fix the bug").
//
// The signs of shape (code, links, check boxes) are weaker than the
// others: minutes may be a dated list of links to what was discussed.
//
// The rule, conservative because a meeting lost is worse than a README
// kept:
//
//	minutes when it has participants or decisions;
//	or it names a meeting and has a date, or names one and shows no sign;
//	or it has a date and no sign but of shape;
//	or it shows no sign and has actions or at least two items.
//
// Everything else is not minutes: a README ("# fastjson … ## Installation
// … ## Usage") has no participants, no decision, no date and its
// headings; a file of links or a page of notes has no date and no
// structure. A short minutes with only a date and two items is minutes;
// so is one with a meeting in its title and nothing else. The file name
// is a sign only, never a verdict: the minutes of many projects live in
// README.md files, one folder per meeting, and their date or title carry
// them. A scan whose pages OCR did not read is not judged at all.

import (
	"path/filepath"
	"strings"
	"unicode"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// Evidence is what a parsed document shows of being minutes, and of being
// something else, and the verdict. Its zero value is the verdict of a
// record not judged: minutes.
type Evidence struct {
	Date         bool   // the meeting's date was found
	Participants int    // people listed present, excused or absent
	Items        int    // agenda items
	Decisions    int    // decisions
	Actions      int    // action items
	MeetingNamed bool   // the title, the body, an item, the file name or an opening heading names a meeting or its minutes
	ReadsAs      string // what else the document reads as ("a README", "a licence"); "" when nothing
	ByShape      bool   // ReadsAs comes from the shape of the lines alone (code, links, check boxes)
	// NotMinutes is the verdict for a person: why the document is not
	// minutes ("not minutes: no date, no attendance, no decisions, no
	// meeting named; it reads as a README"), "" when it is.
	NotMinutes string
}

// IsMinutes reports whether the evidence says the document is minutes.
func (e Evidence) IsMinutes() bool { return e.NotMinutes == "" }

// openingLines is how many non-blank lines from the top are read for a
// heading that names the meeting: a title block is no longer.
const openingLines = 12

// weighEvidence reads the record and the lexed lines for evidence of a
// meeting and signs of another document, and gives the verdict. A
// document with scanned pages is judged only when OCR read every page and
// found words on them: a page not read (no Tesseract, --no-ocr) or read
// blank may hold minutes the evidence cannot see.
func weighEvidence(rec *Record, lines []line, scans *document.OCRReport) Evidence {
	e := Evidence{
		Date:         rec.Meeting.Date != "",
		Participants: len(rec.Participants),
		Items:        len(rec.Items),
		Decisions:    len(rec.Decisions),
		Actions:      len(rec.Actions),
		MeetingNamed: namesMeeting(rec, lines),
	}
	e.ReadsAs, e.ByShape = readsAs(rec, lines)
	noSign := e.ReadsAs == ""
	minutes := e.Participants > 0 || e.Decisions > 0 ||
		e.MeetingNamed && (e.Date || noSign) ||
		e.Date && (noSign || e.ByShape) ||
		noSign && (e.Actions > 0 || e.Items >= 2)
	if !minutes && !unreadScans(scans) {
		e.NotMinutes = e.reason()
	}
	return e
}

// unreadScans reports whether a document has scanned pages not read, or
// read without a word.
func unreadScans(r *document.OCRReport) bool {
	if r == nil {
		return false
	}
	if len(r.NotRead) > 0 {
		return true
	}
	for _, p := range r.Pages {
		if p.Words == 0 {
			return true
		}
	}
	return false
}

// reason says what the document lacks and what it reads as.
func (e Evidence) reason() string {
	var missing []string
	for _, m := range []struct {
		lacks bool
		what  string
	}{
		{!e.Date, "no date"},
		{e.Participants == 0, "no attendance"},
		{e.Items == 0, "no items"},
		{e.Decisions == 0, "no decisions"},
		{e.Actions == 0, "no actions"},
		{!e.MeetingNamed, "no meeting named"},
	} {
		if m.lacks {
			missing = append(missing, m.what)
		}
	}
	s := "not minutes: " + strings.Join(missing, ", ")
	if e.ReadsAs != "" {
		s += "; it reads as " + e.ReadsAs
	}
	return s
}

// meetingNamed match a word for a meeting or its minutes: whole words in
// the languages that space them, the end of a compound in German and Dutch
// ("Mitgliederversammlung", "bestuursvergadering"), anywhere in Chinese
// and Japanese.
var meetingNamed = rx.New(`(?i)(?:^|[^\p{L}\d])(?:` + meetingTerms(false).Pattern() + `)(?:[^\p{L}]|$)` +
	`|(?:^|[^\p{L}\d])\p{L}*(?:` + meetingTerms(true).Only(vocab.German, vocab.Dutch).Pattern() + `)(?:[^\p{L}]|$)` +
	`|` + meetingTerms(true).Only(vocab.Chinese, vocab.Japanese).Pattern())

// meetingTerms are the words for a meeting and its minutes; without the
// German, Dutch and CJK ones unless all is set.
func meetingTerms(all bool) vocab.Table {
	var t vocab.Table
	for _, table := range []vocab.Table{vocab.Minutes, vocab.MeetingNouns, vocab.Agenda, vocab.Gatherings} {
		if !all {
			table = table.Except(vocab.German, vocab.Dutch, vocab.Chinese, vocab.Japanese)
		}
		t = append(t, table...)
	}
	return t
}

// namesMeeting reports whether the record or the opening lines name a
// meeting or its minutes: the title, the body, an item's title ("Agenda
// bash", "Approval of the minutes"), the file's name
// ("ietf-httpbis-77-minutes-2010.txt"), or among the opening lines the
// first, a heading, a bold line or a line in capitals ("SESSION 1
// (TUESDAY)"). Prose lines are not read: a README says "join our weekly
// meeting".
func namesMeeting(rec *Record, lines []line) bool {
	if meetingNamed.MatchString(string(rec.Meeting.Title)) || meetingNamed.MatchString(string(rec.Meeting.Body)) ||
		meetingNamed.MatchString(strings.ReplaceAll(fileKey(rec.Source.File), "-", " ")) {
		return true
	}
	for _, it := range rec.Items {
		if meetingNamed.MatchString(string(it.Title)) {
			return true
		}
	}
	seen := 0
	for _, l := range lines {
		if strings.TrimSpace(l.plain) == "" {
			continue
		}
		titleLike := seen == 0 || l.Kind == document.Heading || l.Bold || isCapitals(l.plain)
		if titleLike && meetingNamed.MatchString(l.plain) {
			return true
		}
		if seen++; seen == openingLines {
			break
		}
	}
	return false
}

// isCapitals reports whether s has letters and none of them in lower
// case: a title in plain text.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// documentKinds is vocab.DocumentKinds by text: what a title or a file
// name says the document is.
var documentKinds = func() map[string]string {
	m := map[string]string{}
	for _, t := range vocab.DocumentKinds {
		if _, ok := m[t.Text]; !ok {
			m[t.Text] = t.Sense
		}
	}
	return m
}()

// readmeHeadings is vocab.ReadmeHeadings as a set.
var readmeHeadings = vocab.ReadmeHeadings.Set()

var (
	// licencePhrases are vocab.LicencePhrases, looked for in a line's
	// plain text in lower case (single spaces, as the phrases are).
	licencePhrases = vocab.LicencePhrases.Texts()
	// versionHeading matches a heading that is a release's version:
	// "[1.2.0] - 2023-05-01", "v2.1", "Version 3.0.1", "1.4.2 (2021-03-02)".
	// Items numbered "2.0 Budget" have a title after the number.
	versionHeading = rx.New(`(?i)^(?:(?:version|release|v)\s*\[?v?\d+(?:\.\d+)+|\[v?\d+(?:\.\d+)+[^\]]*\]|v?\d+\.\d+\.\d+)\S*\s*(?:$|[-–—(:]\s*)`)
	// checkBox matches a line that is a check box: "- [ ] fix", "[x] done".
	checkBox = rx.New(`^\s*(?:[-*+]\s*)?\[[ xX]\]\s`)
)

// codeKeywords start a line of source code: a declaration or statement.
var codeKeywords = map[string]bool{
	"package": true, "import": true, "func": true, "def": true, "class": true, "public": true, "private": true,
	"static": true, "const": true, "let": true, "var": true, "return": true, "#include": true, "fn": true,
	"impl": true, "struct": true,
}

// isCode reports whether a trimmed line reads as source code: it starts
// with a keyword ("func main() {", "import os") or a shebang, it is a
// brace, it ends by opening a block or a call ("if err != nil {",
// "foo("), or it is a statement ended by ";" ("x = f(y);"). A sentence
// of minutes ending in ";" has no "=" or "(" before it, as a rule.
func isCode(text string) bool {
	if strings.HasPrefix(text, "#!/") {
		return true
	}
	if i := strings.IndexAny(text, " \t"); i > 0 && codeKeywords[text[:i]] {
		return true
	}
	switch text[len(text)-1] {
	case '{', '}', '(':
		return true
	case ';':
		return strings.ContainsAny(text, "=(")
	}
	return false
}

// hasLicencePhrase reports whether a line holds a phrase of a licence.
func hasLicencePhrase(plain string) bool {
	lower := strings.ToLower(plain)
	for _, p := range licencePhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// hasWebLink reports whether a line holds a URL, written or linked.
func hasWebLink(l line) bool {
	return len(l.Links) > 0 || strings.Contains(l.Text, "://") || strings.Contains(l.Text, "www.")
}

// readsAs says what other document the record and lines read as, or "",
// and whether it says so from the shape of the lines alone. The signs are
// tried from the surest: what the document calls itself, then its phrases
// and headings, then the shape of its lines.
func readsAs(rec *Record, lines []line) (kind string, byShape bool) {
	if kind := documentKind(kindKey(string(rec.Meeting.Title))); kind != "" {
		return kind, false
	}
	for _, l := range lines {
		if strings.TrimSpace(l.plain) != "" {
			if kind := documentKind(kindKey(l.plain)); kind != "" {
				return kind, false
			}
			break
		}
	}
	if kind := documentKind(fileKey(rec.Source.File)); kind != "" {
		return kind, false
	}
	var nonBlank, versions, readme, code, fences, links, boxes, listLines int
	for _, l := range lines {
		text := strings.TrimSpace(l.Text)
		if text == "" {
			continue
		}
		nonBlank++
		if hasLicencePhrase(l.plain) {
			return "a licence", false
		}
		if strings.HasPrefix(text, "```") || strings.HasPrefix(text, "~~~") {
			fences++
		}
		if l.Kind == document.Heading {
			if versionHeading.MatchString(l.plain) {
				versions++
			}
			if readmeHeadings[kindKey(l.plain)] {
				readme++
			}
		}
		if isCode(text) {
			code++
		}
		if hasWebLink(l) {
			links++
		}
		box := strings.Contains(text, "]") && checkBox.MatchString(text)
		if l.Kind == document.ListItem || box {
			listLines++
			if box {
				boxes++
			}
		}
	}
	switch {
	case versions >= 2:
		return "a changelog", false
	case readme >= 2:
		return "a README", false
	case nonBlank >= 5 && code*10 >= nonBlank*4:
		return "source code", true
	case fences >= 2 && readme >= 1:
		return "a README", false
	case nonBlank >= 3 && links*10 >= nonBlank*6:
		return "a list of links", true
	case boxes >= 2 && boxes*2 >= listLines:
		return "a to-do list", true
	}
	return "", false
}

// documentKind is what a title or file name says the document is.
func documentKind(key string) string { return documentKinds[key] }

// kindKey is a title or heading as vocab's tables spell their terms:
// lower case, without markup, numbering or the punctuation around it
// ("# CHANGELOG", "TODO:", "2. Installation").
func kindKey(s string) string {
	s = strings.ToLower(squeezeSpace(stripMarkup(s)))
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsDigit(r) || r == '.' || r == ')' || unicode.IsSpace(r) })
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// fileKey is a file's name as a key of vocab.DocumentKinds: without its
// folder and its extensions, lower case, "_" a space ("CODE_OF_CONDUCT.md"
// → "code of conduct", "README.fr.md" → "readme"). Its words are read
// for a meeting's name too, "-" a space there
// ("board-minutes-2020" → "board minutes 2020").
func fileKey(path string) string {
	name := filepath.Base(path)
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	return strings.ToLower(strings.ReplaceAll(name, "_", " "))
}
