package parse

import (
	"strings"
	"unicode"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// Actions are found line by line, in each section, by the forms minutes
// write them in:
//
//	ACTION 17.01: Wilfried Wöber – to ask …      keyword, id, owner, task
//	[NEW] ACTION: dka to draft …                  keyword (W3C scribe)
//	ACTION HP: Check forms                        keyword, owner, task
//	… paragraph … / ACTION: AB                    keyword naming only the owner
//	16-01 Gorazd Božič – to inform …              id, owner, task
//	Sep ACT-OWIS-TC-2016-47: LM/NM/GT - Join …    tracker line
//	PR - Action-BM-2017-03 Draft Risk Register    owner, coded id, task
//	27.2 / Lionel Ferette to circulate … / Done.  id alone, then its text
//	ENISA to / - [x] Prepare minutes              owner line, then a task list
//	17-01 <tab> Wilfried Wöber <tab> Ask …        table rows, with or without header
//
// Lines without an id or keyword are actions only under a heading or label
// that announces actions ("Action items:", "## Next steps", a section
// titled "Actions from last meeting"), or in a checked task list.
//
// A status is read from the words after the task ("Done.", "Ongoing",
// "Superseded. Gorazd asked …" — what follows the status word is
// discussion, not task), from a line or paragraph after it, from a
// checkbox, a table column, or the heading above ("Actions closed by …").
//
// The same action listed twice — in its item and again in a closing table
// — is one action (see mergeActions).

// findActions returns the action items recorded in the sections, in
// document order, each once.
func findActions(sections []section, known knownNames) []Action {
	var all []Action
	for _, s := range sections {
		sc := newActionScanner(s)
		sc.known = known
		sc.scan()
		all = append(all, sc.out...)
	}
	return mergeActions(all)
}

// An actionContext is what the headings above a line say about it.
type actionContext struct {
	active bool   // a heading or label announces actions
	level  int    // the level of the heading that did; 0 for a label
	status String // the status that heading gives ("Completed actions")

	// older says the actions here were set at an earlier meeting ("Actions
	// from last meeting", "Status of actions"): one without a status word
	// has status null. Elsewhere an action is set at this meeting and,
	// without a status word, is open.
	older bool

	// owner is set by a line like "ENISA to" or "CIRCL to provide" over a
	// task list, for the items of that list; ownerVerb is its verb.
	owner     String
	ownerVerb string
}

// What may still come for the last action found.
type openState uint8

const (
	openNone   openState = iota
	openText             // its text has no final punctuation: a wrapped line may continue it
	openStatus           // its text is complete: a status line may follow
)

// An actionScanner reads the lines of one section.
type actionScanner struct {
	item  String
	lines []line
	base  actionContext // what the section's title says
	ctx   actionContext

	table *actionTable // the header of the action table being read

	open      int // index in out of the last action, or -1
	openState openState
	openRaw   string // the last line of the open action, as written
	cur       string // the line being read, tidied
	pendingID String // an identifier alone on its line, waiting for its text

	para      []string // the paragraph before the current line
	paraBreak bool     // a blank line or heading ended that paragraph

	leadLine int // the line naming who leads the item, or -1

	known knownNames // the names of the document's participants
	at    int        // the index in lines of the line being read

	out []Action
}

// newActionScanner prepares the reading of one section: its lines with
// run-together list items split, its title's context.
func newActionScanner(s section) *actionScanner {
	sc := &actionScanner{item: s.label(), lines: expandInlineBullets(s.lines), open: -1}
	title := s.heading // back matter has a heading but no item: "Board Meeting Action Items"
	if s.item != nil {
		title = string(s.item.Title)
	}
	if title != "" {
		sc.base = actionContext{
			active: actionHeading.MatchString(title),
			status: headingStatus(title),
			// "Approval of minutes of the previous meeting" is not about
			// actions: only an actions title says its actions are older.
			older: actionHeading.MatchString(title) && olderActions.MatchString(title),
		}
	}
	sc.ctx = sc.base
	// The cell naming who leads the item, given as the section's first
	// line, is no owner of the list under it: "7 | Finance Report | MW"
	// over "● Pending incomings" (uob-computer-science-society-committee-
	// minutes-2024-07-09.pdf).
	sc.leadLine = -1
	if len(sc.lines) > 0 && s.owner != "" && strings.TrimSpace(sc.lines[0].Text) == s.owner {
		sc.leadLine = 0
	}
	return sc
}

// olderActions matches the words of a heading over actions set at an
// earlier meeting.
var olderActions = rx.New(`(?i)\b(?:` + vocab.EarlierActions.Pattern() + `)\b`)

// actionHeading matches the words of a heading or label that announces
// actions, in several languages.
var actionHeading = rx.New(`(?i)(?:^|[^\p{L}])(?:` + vocab.ActionHeadings.Pattern() + `)(?:$|[^\p{L}])`)

// scan reads the section's lines in order; the actions go to sc.out.
func (sc *actionScanner) scan() {
	for i, l := range sc.lines {
		if l.IsBlank() {
			sc.blank()
			continue
		}
		raw := l.clean
		cells := rowCells(l, raw)
		switch {
		case l.Kind == document.Rule && sc.table != nil:
			continue // the |---| under a markdown table's header keeps the header
		case len(cells) >= 2:
			sc.row(cells)
			continue
		case len(cells) == 1 && sc.table != nil:
			continue // a header's second line ("Date / Opened"), a stray cell
		case len(cells) == 1:
			// A row with one filled cell is a line of text, which may
			// continue the action above it: "○ ACTION MG: Send the mailshot
			// to Kainos after it is" / "| released |" (uob-computer-science-
			// society-committee-minutes-2024-07-09.pdf).
			raw, l.Kind = cells[0], document.Prose
			l = relex(l)
		}
		sc.table = nil
		rest, box := stripListMarker(raw)
		isItem := l.Kind != document.Heading && (box != noBox || l.Kind == document.ListItem || rest != strings.TrimSpace(raw))
		rest = collapseSpace(rest)
		if rest == "" {
			continue
		}
		sc.cur, sc.at = rest, i
		sc.line(i, l, rest, box, isItem)
	}
}

// line tries the forms in turn on one non-blank line.
func (sc *actionScanner) line(i int, l line, rest string, box checkbox, isItem bool) {
	switch {
	case box == noBox && sc.statusLine(rest):
	case sc.fieldLine(rest):
	case sc.deadlineLine(l, rest):
	case sc.bracketMarker(rest):
	case sc.pendingID != "" && sc.idBody(rest, box):
	case sc.keywordAction(rest, box), sc.midLineKeyword(rest, box):
	case sc.ownerThenID(rest, box):
	case sc.idLed(rest, box):
	case sc.continuation(l, rest):
	case !isItem && i != sc.leadLine && sc.ownerHead(i, rest):
	case !isItem && sc.heading(l, rest):
	case sc.contextAction(rest, box, isItem):
	default:
		sc.other(rest, isItem)
	}
	if !isItem && !sc.isOwnerHeadLine(rest) {
		sc.ctx.owner, sc.ctx.ownerVerb = "", ""
	}
}

// blank ends the paragraph; an action whose text was still open is now
// complete, and a status may still follow in the next paragraph.
func (sc *actionScanner) blank() {
	sc.paraBreak = true
	if sc.openState == openText {
		sc.openState = openStatus
	}
}

// emit records an action found in this section and makes it the open one.
func (sc *actionScanner) emit(a Action) {
	a.Item = sc.item
	a.Owner = String(collapseSpace(string(a.Owner)))
	a.Text = String(trimTask(cutTrailingTag(string(a.Text), a.ID)))
	if a.Status == "" {
		a.Status = sc.ctx.status
	}
	if a.Status == "" && !sc.ctx.older && (a.Text != "" || a.Owner != "") {
		a.Status = statusOpen // set at this meeting, no word says otherwise
	}
	sc.out = append(sc.out, a)
	sc.open = len(sc.out) - 1
	// The line as written, not the tidied text, tells whether the task
	// goes on: "… liaison" / "member." does, "… list." does not.
	sc.openRaw = sc.cur
	sc.openState = openStatus
	if t := strings.TrimSpace(sc.cur); a.Text != "" && (!endsSentence(t) || endsOpen(t)) {
		sc.openState = openText
	}
	sc.pendingID = ""
	sc.para, sc.paraBreak = nil, true
}

// emitText splits text into task and trailing status and records the
// action.
func (sc *actionScanner) emitText(id String, owner String, text string, status String) {
	task, trailing := cutTrailingStatus(text)
	if status == "" {
		status = trailing
	}
	sc.emit(Action{ID: id, Owner: owner, Text: String(task), Status: status})
}

// statusLine reads "Done.", "Ongoing", "Superseded. Gorazd asked …" on
// the line or paragraph after an action as that action's status.
func (sc *actionScanner) statusLine(rest string) bool {
	if sc.open < 0 || sc.openState == openNone {
		return false
	}
	st, _, ok := leadingStatus(rest)
	if !ok {
		return false
	}
	sc.out[sc.open].Status = st
	sc.openState = openNone
	sc.para, sc.paraBreak = nil, true
	return true
}

// deadlineLine reads a line under an open action that is a date and at
// most two other words, as the action's deadline: "Até dia 11/10/2024",
// "By 12 March", "bis 11.10.2024". It is left, as a "Due:" line is (the
// record has no field for it), so it is not taken for an action. "Pay by
// 5 May", led by a verb, is an action.
func (sc *actionScanner) deadlineLine(l line, rest string) bool {
	if sc.open < 0 || sc.openState == openNone || len(l.dates) != 1 {
		return false
	}
	d := l.dates[0]
	off := strings.Index(l.Text, rest)
	if off < 0 {
		return false // the line was rewritten; its dates are not rest's
	}
	if d.At < off || d.Stop > off+len(rest) {
		return false
	}
	others := append(strings.Fields(rest[:d.At-off]), strings.Fields(rest[d.Stop-off:])...)
	return len(others) <= 2 && (len(others) == 0 || !isTaskVerb(strings.ToLower(others[0])))
}

// labelLine is a line that heads what follows without being a sentence:
// it ends with a colon, or is a number with a short title ("3.", "2.
// Actions from last meeting").
var labelLine = rx.New(`^(?:\d{1,2}\.?(?:\s+\S.{0,80})?|[^.!?]{1,80}:)$`)

// heading updates the context from a heading or label line. It reports
// whether the line was one.
func (sc *actionScanner) heading(l line, rest string) bool {
	words := len(strings.Fields(rest))
	isHeading := l.Kind == document.Heading ||
		(words <= 10 && (labelLine.MatchString(rest) || isAllCapsLine(rest))) ||
		(words <= 8 && actionHeading.MatchString(rest) && !strings.ContainsAny(rest[len(rest)-1:], ".!?"))
	if !isHeading {
		return false
	}
	sc.closeOpen()
	sc.paraBreak = true
	if actionHeading.MatchString(rest) && !strings.Contains(strings.ToLower(rest), "no open action") {
		sc.ctx = actionContext{
			active: true,
			level:  l.Level,
			status: headingStatus(rest),
			older:  olderActions.MatchString(rest) || sc.base.older,
		}
		return true
	}
	if l.Kind == document.Heading && sc.ctx.active && sc.ctx.level > 0 && l.Level > sc.ctx.level {
		return true // a sub-heading ("#### Technical Committee") keeps its parent's context
	}
	sc.ctx = sc.base
	return true
}

// isAllCapsLine reports whether a line is written in capitals ("RESULTING
// ACTION ITEMS"), as headings in typed minutes are.
func isAllCapsLine(s string) bool {
	letters := 0
	for _, w := range strings.Fields(s) {
		if !isAllCaps(w) && strings.IndexFunc(w, isLetterRune) >= 0 {
			return false
		}
		letters++
	}
	return letters >= 2
}

// ownerHeadForm is a line naming an owner for the task list below it:
// "ENISA", "ENISA and CERT.AT", "CIRCL to provide", "ALL WG to", "ENISA :".
var ownerHeadForm = rx.New(`(?i)^(.{1,80}?)(?:\s+((?:to|will|shall|should|must|has\s+to)(?:\s+[\p{L}-]+)?))?\s*:?$`)

// isOwnerHeadLine reports whether rest has the form of an owner line. A
// line led by an enumerator is a lettered sub-heading of an agenda, not
// an owner: "C. MANAGEMENT" over "6. Authorization to Finance …"
// (cuyahoga-cc-board-of-trustees-agenda-2019-09-26.pdf).
func (sc *actionScanner) isOwnerHeadLine(rest string) bool {
	if !atMostFields(rest, 10) || enumeratorLead.MatchString(rest) {
		return false // the cheap tests first: most lines are longer
	}
	m := ownerHeadForm.FindStringSubmatch(rest)
	return m != nil && looksLikeOwner(m[1])
}

// atMostFields reports whether s has at most n words as strings.Fields
// counts them, without making them.
func atMostFields(s string, n int) bool {
	words, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			if words++; words > n {
				return false
			}
		}
	}
	return true
}

// enumeratorLead is the letter or number that numbers a heading: "C. ",
// "IV) ", "3. ".
var enumeratorLead = rx.New(`^(?:[A-Za-z]|[IVXivx]{1,4}|\d{1,2})[.)]\s`)

// ownerHead reads an owner line when a list follows it.
func (sc *actionScanner) ownerHead(i int, rest string) bool {
	if !sc.isOwnerHeadLine(rest) || !sc.listFollows(i) {
		return false
	}
	m := ownerHeadForm.FindStringSubmatch(rest)
	// Without a verb, a name over a list is an owner only among actions or
	// in capitals: "Matters Arising" heads a list of topics.
	if m[2] == "" && !sc.ctx.active && !allInitials(m[1]) {
		return false
	}
	sc.closeOpen()
	sc.ctx.owner = String(collapseSpace(m[1]))
	sc.ctx.ownerVerb = collapseSpace(m[2])
	return true
}

// listFollows reports whether the next non-blank line after i is a list
// item.
func (sc *actionScanner) listFollows(i int) bool {
	for _, l := range sc.lines[i+1:] {
		if l.IsBlank() {
			continue
		}
		raw := l.clean
		rest, box := stripListMarker(raw)
		return l.Kind == document.ListItem || box != noBox || rest != raw
	}
	return false
}

// contextAction reads a line with neither id nor keyword that is an action
// because of where it is: an item of a task list, an item under an owner
// line, or an "Owner to do …" line under an actions heading.
func (sc *actionScanner) contextAction(rest string, box checkbox, isItem bool) bool {
	status := checkboxStatus(box)
	if isItem && sc.ctx.owner != "" {
		owner, task, ok := splitOwnerTask(rest, true)
		if !ok || !looksLikeTask(task) {
			owner, task = string(sc.ctx.owner), rest
			if v := sc.ctx.ownerVerb; v != "" && !looksLikeTask(task) {
				task = v + " " + task // "CIRCL to provide" / "the JSON and scheme"
			}
		}
		if box == noBox && !looksLikeTask(task) {
			return false
		}
		sc.emitText("", String(owner), task, status)
		return true
	}
	if !sc.ctx.active && box == noBox {
		return false
	}
	owner, task, ok := splitOwnerTask(rest, isItem)
	if !ok && isItem && sc.ctx.active {
		// In a list of actions, "Mike Gorski volunteered to update …" is one.
		if o, t, found := splitCommitment(rest); found {
			owner, task, ok = o, t, true
		}
	}
	switch {
	case ok && (looksLikeTask(task) || commitmentForm.MatchString(rest)):
	case isItem && sc.ctx.active && (box != noBox || !sc.ctx.older || looksLikeTask(rest)):
		// An item of a list of actions is one whatever its verb, in any
		// language: a checkbox ("[ ] @chiara: file issues for the two
		// blockers"), or any item under a heading of this meeting's actions
		// ("Confirmar transferência do caixa (Otávio)").
		if !ok {
			owner, task = "", rest
		}
	case !isItem && sc.ctx.active && !ok && sc.ownerFieldFollows():
		// Under "#### Action Item", a task whose owner the next line gives
		// ("Send out an email …" / "Assigned to: Greg Wilson").
		owner, task = "", rest
	default:
		return false
	}
	sc.emitText("", String(owner), task, status)
	return true
}

// ownerFieldFollows reports whether the next non-blank line of the
// section labels an owner ("Assigned to: …", "Verantwortlich: …").
func (sc *actionScanner) ownerFieldFollows() bool {
	j := nextNonBlank(sc.lines, sc.at+1)
	if j >= len(sc.lines) {
		return false
	}
	m := fieldLine.FindStringSubmatch(collapseSpace(sc.lines[j].clean))
	return m != nil && !dueLabels()[strings.ToLower(collapseSpace(m[1]))]
}

// continuation appends a wrapped line to the open action's text: the text
// had no final punctuation and the line starts in lower case.
func (sc *actionScanner) continuation(l line, rest string) bool {
	if sc.open < 0 || sc.openState != openText || l.Kind == document.ListItem || l.Kind == document.TableRow {
		return false
	}
	if !startsLower(rest) && !endsWithJoiner(string(sc.out[sc.open].Text)) && !endsOpen(sc.openRaw) {
		return false
	}
	if raw := strings.TrimSpace(l.Text); strings.HasPrefix(raw, "<") || speakerTurn.MatchString(raw) {
		return false // the next speaker of a chat log, not a wrapped line
	}
	a := &sc.out[sc.open]
	joined := string(a.Text)
	switch raw := strings.TrimSpace(sc.openRaw); {
	case endsWithDash(raw):
		joined += raw[strings.LastIndex(raw, " "):] // the " –" trimTask took
	case endsOpen(raw):
		joined += raw[len(raw)-1:] // the ":" or ","
	}
	task, status := cutTrailingStatus(joined + " " + rest)
	a.Text = String(trimTask(cutTrailingTag(task, a.ID)))
	sc.openRaw = rest
	switch {
	case status != "":
		a.Status = status
		sc.openState = openNone
	case endsOpen(rest):
	case endsSentence(rest):
		sc.openState = openStatus
	}
	return true
}

// endsSentence reports whether a line ends a sentence: with ".", "!", "?"
// or a closing bracket or quote after one.
func endsSentence(line string) bool {
	line = strings.TrimRight(strings.TrimSpace(line), `)"'”’»`)
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?")
}

// endsOpen reports whether the last line of an action ends with a colon or
// a comma: a list of its parts follows ("regarding, particularly:" /
// "Article 14.1 Architecture role of TC,").
func endsOpen(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasSuffix(line, ":") || strings.HasSuffix(line, ",") || endsWithDash(line)
}

// endsWithDash reports whether a line ends with a dash that leads on:
// "Action: owner Troy Fridley – requested from Omar –".
func endsWithDash(line string) bool {
	return strings.HasSuffix(line, " –") || strings.HasSuffix(line, " —") || strings.HasSuffix(line, " -")
}

// joinerWords end a line that cannot end a sentence: "… through Sandia
// and" / "Intel."
var joinerWords = wordSet("and or of the to for with in on at by a an from about regarding into via per than")

// endsWithJoiner reports whether text ends with a word that needs more.
func endsWithJoiner(text string) bool {
	words := strings.Fields(text)
	return len(words) > 0 && joinerWords[strings.ToLower(words[len(words)-1])]
}

// other is a line that is no action: it ends the open action and joins the
// paragraph an "ACTION: AB" line may refer to.
func (sc *actionScanner) other(rest string, isItem bool) {
	sc.closeOpen()
	if sc.paraBreak || isItem {
		sc.para = nil
	}
	sc.para = append(sc.para, rest)
	sc.paraBreak = isItem
}

// closeOpen ends the open action: nothing more attaches to it.
func (sc *actionScanner) closeOpen() {
	sc.open, sc.openState = -1, openNone
	sc.pendingID = ""
}
