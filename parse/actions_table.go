package parse

import (
	"strings"
	"unicode"

	"minutes/document"
	"minutes/internal/rx"
)

// Actions in tables: a header names the columns ("No. | Action | Owner |
// Status", "Date Opened | Action Item | Person Responsible | Due Date |
// Status"), or, without one, the cells are told apart by their form: an
// identifier, a name, a status word, and the longest cell is the task
// ("17-01 <tab> Wilfried Wöber <tab> Ask Yuri Ito about …").

// A column's role in an action table.
type actionColumn uint8

const (
	actColOther actionColumn = iota
	actColID
	actColText
	actColOwner
	actColStatus
)

// actionColumnWords recognise header cells, in several languages. A cell is
// matched whole, lower case, without final punctuation.
var actionColumnWords = []struct {
	role actionColumn
	re   *rx.Regexp
}{
	{actColID, rx.New(`^(?:#|no|nr|n°|num|number|id|ref|reference|item no|item #|action no|action #|action id|action ref|action number)$`)},
	{actColOwner, rx.New(`^(?:owners?|who|by whom|lead|actionee|assignee|assigned to|action by|responsable|responsables|qui|wer|wie|quién|quien|chi|quem|encargado|encargada|responsabile|incaricato|responsável|responsavel|eigenaar|trekker|verantwoordelijke|.*responsib.*|.*verantwortlich.*|person.*)$`)},
	{actColText, rx.New(`^(?:actions?|action items?|action points?|tasks?|description|what|items?|tâches?|actions? à mener|aufgaben?|ma(?:ß|ss)nahmen?|acciones?|tareas?|azioni?|compiti|compito|ações|ação|tarefas?|actie|acties|actiepunt|actiepunten|taak|taken|to do|todo)$`)},
	{actColStatus, rx.New(`^(?:status|state|progress|done|état|statut|stand|estado|stato)$`)},
}

// genericTaskColumn is a task column's header that an agenda table uses
// too ("Item | Owner" lists the agenda's items and who leads each): such
// a table holds actions only under a heading that announces them.
var genericTaskColumn = rx.New(`^(?:description|what|items?)$`)

// An actionTable is the column roles of an action table's header.
type actionTable struct {
	roles []actionColumn
}

// rowCells returns the filled cells of a table row: those the reader
// found, or a line's tab-separated fields (three or more). nil if the line
// is no row. A row with one filled cell is returned with that cell only:
// it is a line of text.
func rowCells(l line, raw string) []string {
	cells := tableCells(l, raw)
	var filled []string
	for _, c := range cells {
		if c != "" {
			filled = append(filled, c)
		}
	}
	if len(filled) <= 1 {
		return filled
	}
	return cells
}

// tableCells returns all cells of a table row, empty ones included.
func tableCells(l line, raw string) []string {
	var cells []string
	switch {
	case l.Kind == document.TableRow && len(l.Cells) >= 2:
		for _, c := range l.Cells {
			cells = append(cells, collapseSpace(cleanMarkup(c)))
		}
	case strings.Count(strings.TrimSpace(raw), "\t") >= 2:
		for _, c := range strings.Split(strings.TrimSpace(raw), "\t") {
			cells = append(cells, collapseSpace(c))
		}
	default:
		return nil
	}
	return cells
}

// row reads one table row: a header, an action, or neither.
func (sc *actionScanner) row(cells []string) {
	sc.closeOpen()
	if isRuleRow(cells) {
		return
	}
	if t := tableHeader(cells); t != nil {
		if !agendaLike(cells, t) || sc.ctx.active {
			sc.table = t
		}
		return
	}
	var a Action
	var ok bool
	switch {
	case sc.table != nil:
		a, ok = sc.table.action(cells)
	default:
		a, ok = headerlessAction(cells, sc.ctx.active)
		if !ok {
			a, ok = marginAction(cells, sc.known)
			if ok && a.Status == "" && earlierAgreement.MatchString(string(a.Text)) {
				// An action set at an earlier meeting, reported: its
				// state is not said (emit would make it open).
				sc.emit(a)
				sc.out[len(sc.out)-1].Status = ""
				sc.openState = openNone
				return
			}
		}
	}
	if ok {
		sc.emit(a)
		sc.openState = openNone
	}
}

// earlierAgreement is a paragraph reporting what was done as an earlier
// meeting agreed: "a response had been sent to C.C.C. as agreed at the
// last meeting", "fel y cytunwyd yn y cyfarfod diwethaf" (Welsh), "comme
// convenu lors de la dernière réunion", "wie in der letzten Sitzung
// beschlossen".
var earlierAgreement = rx.New(`(?i)\b(?:as\s+agreed\s+at\s+the\s+(?:last|previous)\s+meeting|fel\s+y\s+cytunwyd\s+yn\s+y\s+cyfarfod\s+diwethaf|comme\s+convenu\s+lors\s+de\s+la\s+(?:derni[èe]re|pr[ée]c[ée]dente)\s+r[ée]union|wie\s+in\s+der\s+(?:letzten|vorherigen)\s+Sitzung\s+beschlossen)\b`)

// isRuleRow reports whether a row is a markdown rule ("|---|:--:|").
func isRuleRow(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, "-:= ") != "" {
			return false
		}
	}
	return true
}

// tableHeader returns the roles of a header row, or nil if the row is not
// the header of an action table: it must name the task or the owner, and
// at least two columns.
func tableHeader(cells []string) *actionTable {
	t := &actionTable{roles: make([]actionColumn, len(cells))}
	named, hasText, hasOwner := 0, false, false
	for i, c := range cells {
		key := strings.ToLower(strings.TrimRight(collapseSpace(c), ".:?"))
		if len(strings.Fields(key)) > 4 {
			return nil
		}
		for _, cw := range actionColumnWords {
			if cw.re.MatchString(key) {
				t.roles[i] = cw.role
				named++
				hasText = hasText || cw.role == actColText
				hasOwner = hasOwner || cw.role == actColOwner
				break
			}
		}
	}
	if named < 2 || !(hasText || hasOwner) || !(hasText || strings.Contains(strings.ToLower(strings.Join(cells, " ")), "action")) {
		return nil
	}
	return t
}

// agendaLike reports whether an action table's header is also an agenda
// table's: its task column is headed only by a generic word ("Item",
// "Description").
func agendaLike(cells []string, t *actionTable) bool {
	for i, r := range t.roles {
		if r == actColText && !genericTaskColumn.MatchString(strings.ToLower(strings.TrimRight(collapseSpace(cells[i]), ".:?"))) {
			return false
		}
	}
	return true
}

// numberedTask is a task cell led by the action's number: "14. Update
// the website with the new opening hours".
var numberedTask = rx.New(`^(\d{1,4})[.)]\s+(\S.*)$`)

// action reads a row under a known header.
func (t *actionTable) action(cells []string) (Action, bool) {
	var a Action
	for i, c := range cells {
		if i >= len(t.roles) || c == "" {
			continue
		}
		switch t.roles[i] {
		case actColID:
			a.ID = cleanID(c)
		case actColText:
			a.Text = String(c)
		case actColOwner:
			a.Owner = String(c)
		case actColStatus:
			if st, _, ok := leadingStatus(c); ok {
				a.Status = st
			}
		}
	}
	if a.Text == "" {
		return a, false
	}
	if m := numberedTask.FindStringSubmatch(string(a.Text)); m != nil && a.ID == "" {
		a.ID, a.Text = String(m[1]), String(m[2]) // "14. Update the website …" in the task column
	}
	task, st := cutTrailingStatus(string(a.Text))
	a.Text = String(task)
	if a.Status == "" {
		a.Status = st
	}
	if a.Owner == "" {
		// No owner column, or its cell empty: the task may name the owner
		// as an action line does ("Ann Lee to send the logo", "Send the
		// logo (AL)").
		if owner, task, ok := splitOwnerTask(string(a.Text), true); ok {
			a.Owner, a.Text = String(owner), String(task)
		}
	}
	return a, true
}

// headerlessAction reads a row without a header from the form of its
// cells. It needs a task and an owner, and an identifier unless the row is
// under an actions heading.
func headerlessAction(cells []string, inActions bool) (Action, bool) {
	var a Action
	used := make([]bool, len(cells))
	for i, c := range cells {
		if _, ok := classifyID(c); ok && a.ID == "" && (numericID.MatchString(c) || codedID.MatchString(c)) {
			a.ID, used[i] = cleanID(c), true
		}
	}
	for i, c := range cells {
		if used[i] {
			continue
		}
		if st, rest, ok := leadingStatus(c); ok && rest == "" && a.Status == "" {
			a.Status, used[i] = st, true
		}
	}
	for i, c := range cells {
		if !used[i] && a.Owner == "" && len(strings.Fields(c)) <= 5 && looksLikeOwner(c) {
			a.Owner, used[i] = String(c), true
		}
	}
	longest := -1
	for i, c := range cells {
		if !used[i] && len(strings.Fields(c)) >= 2 && (longest < 0 || len(c) > len(cells[longest])) {
			longest = i
		}
	}
	if longest < 0 || a.Owner == "" || (a.ID == "" && !inActions) {
		return a, false
	}
	if !startsWithLetterOrDigit(cells[longest]) {
		return a, false
	}
	a.Text = String(cells[longest])
	return a, true
}

// startsWithLetterOrDigit reports whether s begins with a letter or digit.
func startsWithLetterOrDigit(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// isLetterRune reports whether r is a letter.
func isLetterRune(r rune) bool { return unicode.IsLetter(r) }

// marginAction reads a row of a paragraph and, in a second cell, who is
// to act on it: the PDF reader's form for a note in the right margin
// beside the paragraph it closes ("… November and December minutes:
// Clerk to arrange payment. | Clerk"), and a table of minutes with an
// owners' column and no header. The paragraph is running text (a
// sentence, or a long run of words: an agenda's topic beside its
// presenter is neither) and the note an owner as marginOwner tells one;
// "Noted" or "Feb" in the margin makes no action. The text is the
// paragraph without the reference that numbers it ("4.12v)", "i) 7.").
func marginAction(cells []string, known knownNames) (Action, bool) {
	if len(cells) != 2 || cells[0] == "" || cells[1] == "" {
		return Action{}, false
	}
	text, note := cells[0], strings.TrimRight(cells[1], ".")
	words := len(strings.Fields(text))
	if words < 4 || !endsSentence(text) && words < 15 || !marginOwner(note, known) {
		return Action{}, false
	}
	text = itemReference.ReplaceAllString(text, "")
	text, _ = stripListMarker(text)
	a := Action{Owner: String(note), Text: String(text)}
	if m := progressReport.FindStringSubmatch(text); m != nil {
		a.Status = statusVocabulary[strings.ToLower(m[1])] // "… and this is ongoing work."
	}
	return a, true
}

// progressReport is a paragraph's last clause saying how far the work it
// describes has come: "… before making them public and this is ongoing
// work.", "The identification of Common Land in Salem was still
// ongoing."
var progressReport = rx.New(`(?i)\b(?:(?:this|it|which)\s+(?:is|remains)\s+(?:still\s+)?|(?:is|was|remains)\s+still\s+)(ongoing|in progress|pending|completed?|done)\b[^.;]*\.?$`)

// itemReference is the number of a paragraph that refers to an earlier
// minute, before its text: "4.4.4.4.12i) ", "10iii) ", "12ii) ".
var itemReference = rx.New(`^\(?\d{1,3}(?:\.\d{1,3})*[a-z]{0,6}\)\s+`)
