package parse

// Participants: everyone a document lists as present, remote, holding a
// proxy, sending apologies or absent, whatever the form of the list —
// tables (participants_table.go, glued rows rebuilt by glued.go), labelled
// lists and lists in prose (participants_list.go), or a bare line of
// "Name (ABBR)" entries. Mentions of one person are merged into one
// participant, in the order the document first names them.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
)

// Warning stages of this recogniser. ParticipantStats counts by them.
const (
	stageParticipantRebuilt   = "participants/rebuilt"
	stageParticipantUncertain = "participants/uncertain"
	stageParticipants         = "participants"
)

// findParticipants reads the document's attendance lists and tables.
func findParticipants(lines []line, opts Options) ([]Participant, []document.Warning) {
	return findParticipantsIn(lines, len(lines), opts)
}

// findParticipantsIn reads the document's attendance lists and tables;
// header is the number of lines before the first item, where the offices
// given in sentences are read (an office the text of an item mentions is
// no role: "Cllr. O. Williams took the Chair" for one point).
func findParticipantsIn(lines []line, header int, opts Options) ([]Participant, []document.Warning) {
	f := newParticipantFinder(validLines(lines), opts)
	f.header = min(header, len(f.lines))
	f.scan()
	return f.roster.participants(), f.warnings
}

// validLines returns lines whose text is valid UTF-8, copying only the
// lines that need repair: the record must hold valid UTF-8 whatever a
// reader let through.
func validLines(lines []line) []line {
	out := lines
	copied := false
	for i, l := range lines {
		valid := utf8.ValidString(l.Text)
		for _, c := range l.Cells {
			valid = valid && utf8.ValidString(c)
		}
		if valid {
			continue
		}
		if !copied {
			out = append([]line(nil), lines...)
			copied = true
		}
		out[i].Text = strings.ToValidUTF8(l.Text, "\uFFFD")
		out[i].Cells = nil
		for _, c := range l.Cells {
			out[i].Cells = append(out[i].Cells, strings.ToValidUTF8(c, "\uFFFD"))
		}
		out[i] = relex(out[i])
	}
	return out
}

// A participantFinder walks the lines once, reading each list it meets.
type participantFinder struct {
	lines    []line
	ev       *rosterEvidence
	tables   *tableSource
	ep       entryParser
	roster   roster
	warnings []document.Warning
	// pending is the context of a label that stood alone before a table
	// or a sub-list ("Remote attendees:", "Présences"), and until where
	// it holds.
	pending      *listContext
	pendingUntil int
	// header is the number of lines before the first item.
	header int
}

func newParticipantFinder(lines []line, opts Options) *participantFinder {
	f := &participantFinder{lines: lines, ev: newRosterEvidence()}
	for _, o := range opts.KnownOrganisations {
		f.ev.addOrg(o)
	}
	for _, l := range lines {
		if l.Kind != document.Glued {
			f.ev.addWords(l.Text)
			for _, c := range l.Cells {
				f.ev.addWords(c)
			}
		}
	}
	f.ep = entryParser{bodyWords: titleAcronyms(lines)}
	f.tables = &tableSource{lines: lines, furniture: runningHeaders(lines), ev: f.ev}
	return f
}

// titleAcronyms are the acronyms in the document's first lines: the body
// that met ("Node.js Foundation TSC Meeting"). "(TSC)" after a name then
// says the person is a member, not where they work.
func titleAcronyms(lines []line) map[string]bool {
	out := map[string]bool{}
	seen := 0
	for _, l := range lines {
		if l.IsBlank() {
			continue
		}
		if _, _, label := splitLabel(lineText(l)); label || l.Kind == document.TableRow || l.Kind == document.ListItem {
			break // the title is over where lists begin
		}
		for _, w := range strings.FieldsFunc(l.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if isAcronym(w) {
				out[foldWord(w)] = true
			}
		}
		if seen++; seen >= 2 {
			break
		}
	}
	return out
}

// scan reads the lines in order.
func (f *participantFinder) scan() {
	for i := 0; i < len(f.lines); {
		if f.pending != nil && i > f.pendingUntil {
			f.pending = nil
		}
		i = f.readAt(i)
	}
	// Offices named in sentences complete the lists (or stand for them).
	f.addMentions(proseOffices(f.lines[:f.header]))
	// Signatures give offices to the people the lists name.
	for _, m := range signatureOffices(f.lines) {
		if f.roster.find(m) >= 0 || len(f.roster.list) == 0 {
			f.roster.add(m)
		}
	}
}

// readAt reads whatever list starts at line i and returns the index of
// the next line to read.
func (f *participantFinder) readAt(i int) int {
	l := f.lines[i]
	if t, ok := findTableAt(f.tables, i); ok && len(t.rows) > 0 {
		f.addTable(t, f.context())
		f.pending = nil
		return t.end
	}
	text := lineText(l)
	if ctx, content, ok := splitLabel(text); ok {
		return f.readLabel(i, ctx, content)
	}
	if ctx, content, ok := labelAfterSentence(l); ok && i < f.header {
		return f.readLabel(i, ctx, content)
	}
	if ctx, ok := leadSentence(l); ok {
		if j := nextNonBlank(f.lines, i+1); j < len(f.lines) && f.lines[j].Kind == document.ListItem {
			return f.readLabel(i, ctx, "")
		}
	}
	if found, next := proseListsAt(f.lines, i); len(found) > 0 {
		for _, m := range found {
			f.addMentions(f.ep.parseInline(m.list, listContext{attendance: m.attendance, stated: true}, l))
		}
		return next
	}
	if l.Kind == document.Prose && isRosterLine(text) {
		f.addMentions(f.ep.parseInline(text, f.context(), l))
		return i + 1
	}
	return i + 1
}

// leadSentence reads a sentence that ends a prose line with a colon and
// says that the list below it is of those attending, in any language:
// "Presenti tutti gli attuali componenti del Comitato, così come di
// seguito indicato:", "The following members were present:", "Anwesend
// waren die folgenden Mitglieder des Vorstands:". The sentence must name
// an attendance (vocab.Attendance) and be short enough to be a lead-in.
func leadSentence(l line) (listContext, bool) {
	text := strings.TrimSpace(l.plain)
	if l.Kind != document.Prose || !(strings.HasSuffix(text, ":") || strings.HasSuffix(text, "：")) {
		return listContext{}, false
	}
	sentences := splitIntoSentences(text)
	last := sentences[len(sentences)-1]
	if len(strings.Fields(last)) > 25 {
		return listContext{}, false
	}
	// Exact words only: "presented" is one slip from "présente".
	if att, ok := exactKeyword(last, attendanceKeywords); ok {
		return listContext{attendance: att, stated: true}, true
	}
	return listContext{}, false
}

// labelAfterSentence reads an attendance label that opens a later
// sentence of a prose line of the header, with its list after it: "Notulen
// bestuursvergadering, 1 juni 2010 gehouden in Amsterdam. Aanwezig: Arjan
// Eising, Krijn Hoetmer en Tom Greuter." The label must say an attendance
// and end with a colon, and a person must follow.
func labelAfterSentence(l line) (listContext, string, bool) {
	if l.Kind != document.Prose {
		return listContext{}, "", false
	}
	sentences := splitIntoSentences(l.Text)
	for _, s := range sentences[min(1, len(sentences)):] {
		label, rest, sep := cutLabelSeparator(strings.TrimSpace(s))
		if sep != ":" && sep != "：" {
			continue
		}
		ctx, ok := labelContext(strings.TrimSpace(label), sep)
		rest = strings.TrimSpace(rest)
		if ok && ctx.stated && ctx.role == "" && startsWithPerson(rest) {
			i := strings.Index(l.Text, s)
			return ctx, strings.TrimSpace(l.Text[i+len(label)+len(sep):]), true
		}
	}
	return listContext{}, "", false
}

// context is what the last lone label said, or plain presence.
func (f *participantFinder) context() listContext {
	if f.pending != nil {
		return *f.pending
	}
	return listContext{attendance: attendPresent}
}

// A labelledRun is the part of a label's inline list that one label
// governs.
type labelledRun struct {
	ctx  listContext
	text string
}

// labelledRuns cuts a label's inline list where a sentence opens with
// another attendance label: "Ann Lee, Bo Chen, Cy Diaz. Absent: Di Eze."
// is two lists, present and absent; "Present: Ann Lee, Bo Chen" after
// "Roll call:" is the inner label's. A run's closing period goes
// ("Cy Diaz." is Cy Diaz). Without such a sentence the text is one run.
func labelledRuns(text string, ctx listContext) []labelledRun {
	if text == "" || !strings.Contains(text, ":") {
		return nil
	}
	var runs []labelledRun
	cur := labelledRun{ctx: ctx}
	for _, s := range splitIntoSentences(text) {
		if c, content, ok := splitLabel(s); ok && c.stated && strings.TrimSpace(content) != "" {
			if strings.TrimSpace(cur.text) != "" {
				runs = append(runs, cur)
			}
			cur = labelledRun{ctx: c, text: content}
			continue
		}
		cur.text = strings.TrimSpace(cur.text + " " + s)
	}
	runs = append(runs, cur)
	if len(runs) == 1 && runs[0].ctx == ctx {
		return nil
	}
	for i := range runs {
		runs[i].text = trimClosingPeriod(runs[i].text)
	}
	return runs
}

// trimClosingPeriod takes the full stop off the end of a list ("Cy
// Diaz."), not the point of an initial ("Smith, J.").
func trimClosingPeriod(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ".") {
		return s
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s, "."))
	if unicode.IsLower(r) {
		return strings.TrimSuffix(s, ".")
	}
	return s
}

// lineText is the text of a line as a label may start it: for a table row,
// its cells joined.
func lineText(l line) string {
	if l.Kind == document.TableRow && len(l.Cells) > 0 {
		return strings.Join(l.Cells, "  ")
	}
	if strings.Contains(l.Text, "](") {
		// A markdown link shows its text: "[Nala](https://…)" is Nala.
		return mdLink.ReplaceAllString(l.Text, "$1")
	}
	return l.Text
}

// readLabel reads the block an attendance label introduces.
func (f *participantFinder) readLabel(i int, ctx listContext, content string) int {
	if !ctx.stated {
		if f.pending == nil {
			// A label of group words only ("Officers") counts when its
			// entries say how each attended; see acceptBlock.
			ctx.attendance = attendPresent
		} else {
			ctx.attendance = f.pending.attendance
			ctx.stated = true
		}
	}
	if content == "" {
		// A label over a table ("Participants", "**Remote attendees:**")
		// gives its context to the table's rows.
		if j := nextNonBlank(f.lines, i+1); j < len(f.lines) {
			if _, ok := rosterHeaderAt(f.lines, j); ok {
				c := ctx
				f.pending, f.pendingUntil = &c, j
				return j
			}
		}
	}
	if content == "" {
		if ms, end, ok := nameGrid(f.lines, nextNonBlank(f.lines, i+1), ctx, f.ep); ok {
			f.addMentions(ms)
			return end
		}
	}
	b, inCell := cellBlock(f.lines, i, ctx)
	if !inCell {
		b = readBlock(f.lines, i, ctx, content)
	}
	if b.inline == "" && len(b.lines) == 0 {
		if ctx.stated {
			c := ctx
			f.pending, f.pendingUntil = &c, b.end+3
		}
		return b.end
	}
	mentions := f.blockMentions(b)
	if acceptBlock(b, mentions) {
		f.addMentions(mentions)
	}
	return b.end
}

// nameGrid reads the rows of a table without a header under a lone
// attendance label, each cell a person, as a PDF lays a list out in
// columns:
//
//	Roll Call – Members Present
//	Willie Gentry       | Cindy Swan
//	Lillian Morris      |
//	Members Not Present |
//	Jonathan Tustin     | Barbara Hollins
//
// A row whose one filled cell is an attendance label starts a section of
// its own ("Members Not Present", "APOLOGIES", "IN ATTENDANCE"), so a
// section left empty does not give its attendance to the next one. The
// grid ends at the first row with a cell that is no person; a grid of no
// person is none.
func nameGrid(lines []line, j int, ctx listContext, ep entryParser) ([]mention, int, bool) {
	var out []mention
	end := j
	for ; j < len(lines) && lines[j].Kind == document.TableRow; j++ {
		cells := nonEmptyCells(lines[j].Cells)
		if len(cells) == 0 {
			continue
		}
		if c, content, ok := splitLabel(cells[0]); ok && content == "" && len(cells) == 1 {
			if !c.stated {
				c.attendance = ctx.attendance
			}
			ctx = c
			end = j + 1
			continue
		}
		var row []mention
		for _, c := range cells {
			main, notes := splitNotes(strings.TrimSpace(c))
			if !looksLikePerson(main) || len(strings.Fields(main)) < 2 {
				return out, end, len(out) > 0
			}
			m := newMention(main, ctx, lines[j])
			ep.applyNotes(&m, notes, listShape{})
			row = append(row, m)
		}
		out = append(out, row...)
		end = j + 1
	}
	return out, end, len(out) > 0
}

// blockMentions reads the entries of a block.
func (f *participantFinder) blockMentions(b block) []mention {
	if runs := labelledRuns(b.inline, b.ctx); len(runs) > 1 || len(runs) == 1 && runs[0].text != b.inline {
		// "Present: A, B. Absent: C." and "Roll call: Present: A, B":
		// each label's own list, read as one.
		var out []mention
		for _, r := range runs {
			rb := b
			rb.inline, rb.ctx = r.text, r.ctx
			out = append(out, f.blockMentions(rb)...)
		}
		return out
	}
	if b.inline != "" {
		if att, list, ok := proseList(b.inline); ok {
			return f.ep.parseInline(list, listContext{attendance: att, role: b.ctx.role, stated: true}, b.label)
		}
		if looksLikeSentence(stripNotes(b.inline)) && !startsWithPerson(b.inline) {
			return nil // "Chair: There are a couple of questions…"
		}
		return deferProxies(f.ep.parseInline(b.inline, b.ctx, b.label))
	}
	var texts []string
	for _, l := range b.lines {
		texts = append(texts, trimBullet(l.Text))
	}
	oneEach := b.bullets || entriesOnePerLine(texts)
	shape := shapeOf(texts)
	if !oneEach {
		var segments []string
		for _, t := range texts {
			segments = append(segments, splitList(t)...)
		}
		shape = shapeOf(segments)
	}
	var out []mention
	for k, l := range b.lines {
		text := texts[k]
		if att, list, ok := proseList(text); ok {
			out = append(out, f.ep.parseInline(list, listContext{attendance: att, role: b.ctx.role, stated: true}, l)...)
			continue
		}
		if looksLikeSentence(stripNotes(text)) {
			continue
		}
		if oneEach {
			out = append(out, f.ep.parseEntry(text, b.ctx, l, shape)...)
		} else {
			out = append(out, f.ep.parseInlineShaped(text, b.ctx, l, shape)...)
		}
	}
	return deferProxies(organisationsOnly(out))
}

// deferProxies moves the people named in proxy notes after everyone the
// list names itself, so that their own entries come first.
func deferProxies(ms []mention) []mention {
	var own, proxies []mention
	for _, m := range ms {
		if m.proxyFor {
			proxies = append(proxies, m)
		} else {
			own = append(own, m)
		}
	}
	return append(own, proxies...)
}

// entriesOnePerLine reports whether the lines of a block hold one person
// each with their details after commas ("Jamison Day, LookingGlass"),
// rather than several names each: most lines have a first part that is a
// name and no other part that is.
func entriesOnePerLine(texts []string) bool {
	withDetails, several := 0, 0
	for _, t := range texts {
		main, _ := splitNotes(t)
		parts := splitFields(main)
		if len(parts) < 2 {
			continue
		}
		names := 0
		for _, p := range parts[1:] {
			if namesOnly(p) {
				names++
			}
		}
		if names == 0 {
			withDetails++
		} else {
			several++
		}
	}
	return withDetails > several
}

// namesOnly reports whether a part of a line is one name or names joined
// by "and" in some language ("Jill Davies and Dorian Jenkins.").
func namesOnly(part string) bool {
	for _, p := range splitAnd(strings.TrimRight(strings.TrimSpace(part), ".;!")) {
		if !looksLikePerson(p) {
			return false
		}
	}
	return true
}

// organisationsOnly turns a list that is mostly organisations ("Attendees
// coverage: ENISA, CERT-AT, …") into a list of organisations, so a body
// whose name reads like a person's ("Banco Santander") is not taken for
// one.
func organisationsOnly(ms []mention) []mention {
	orgs := 0
	for _, m := range ms {
		if m.p.Name == "" && m.p.Organisation != "" {
			orgs++
		}
	}
	if orgs*3 < len(ms)*2 {
		return ms
	}
	for i := range ms {
		if ms[i].p.Name != "" && ms[i].p.Organisation == "" {
			ms[i].p.Organisation, ms[i].p.Name, ms[i].p.Short = ms[i].p.Name, "", ""
		}
	}
	return ms
}

// acceptBlock decides whether a block is an attendance list. A label of
// group words only ("Officers") needs entries that each say how the person
// attended, else it is a list of office holders, not of attendance.
func acceptBlock(b block, ms []mention) bool {
	if len(ms) == 0 {
		return false
	}
	if b.ctx.stated {
		return true
	}
	stated := 0
	for _, m := range ms {
		if m.stated {
			stated++
		}
	}
	return stated*2 >= len(ms)
}

// isRosterLine reports whether a line with no label is a list of people
// with their initials: "István Sebestyén (IS), Valerie Young (VYG), …",
// four entries or more, nearly all a name with a short code.
func isRosterLine(text string) bool {
	if strings.Count(text, ",") < 3 {
		return false
	}
	entries := splitFields(text)
	good := 0
	for _, e := range entries {
		main, notes := splitNotes(e)
		if len(notes) == 1 && isShortForm(notes[0]) && looksLikePerson(main) {
			good++
		}
	}
	return len(entries) >= 4 && good*5 >= len(entries)*4
}

// addTable adds the rows of a table, with a warning for each row rebuilt
// from glued text and each row whose split stayed uncertain.
func (f *participantFinder) addTable(t rosterTable, ctx listContext) {
	for _, row := range t.rows {
		m, ok := f.rowMention(t.cols, row, ctx)
		if !ok {
			continue
		}
		if chars, line, rebuilt := row.rebuilt(); rebuilt {
			f.warn(stageParticipantRebuilt, line, fmt.Sprintf("participant row rebuilt from %d one-character lines: %s", chars, describe(m.p)))
			if row.uncertain != "" {
				f.warn(stageParticipantUncertain, line, fmt.Sprintf("participant row uncertain: %s; %s", describe(m.p), row.uncertain))
			}
		}
		f.roster.add(m)
	}
}

// rowMention reads a table row as a mention.
func (f *participantFinder) rowMention(cols []columnKind, row rosterRow, ctx listContext) (mention, bool) {
	var name, org, country, short, role, att string
	var line line
	for i, c := range cols {
		cell := row.cells[i]
		text := strings.TrimSpace(cell.text)
		if text != "" && line.Num == 0 {
			line = cell.line
		}
		if isDash(text) {
			text = ""
		}
		switch c {
		case colName:
			name = text
		case colOrg:
			org = text
		case colCountry:
			country = text
		case colShort:
			short = text
		case colRole:
			if r := roleOf(text); r != "" {
				role = r // a vote table's note ("議長のため採決には不参加") may stand in any column
			}
		case colAttendance:
			att = attendanceOf(text)
		}
	}
	main, notes := splitNotes(name)
	main = givenNameFirst(main)
	var m mention
	switch {
	case main != "" && looksLikePerson(main):
		m = newMention(main, ctx, line)
	case main == "" && org != "" && !hasColumn(cols, colName):
		m = newMention("", ctx, line)
	default:
		return mention{}, false
	}
	m.p.Organisation, m.p.Country = String(org), String(country)
	if short != "" {
		m.p.Short = String(short)
	}
	if role != "" {
		m.p.Role = String(role)
	}
	if att != "" {
		m.p.Attendance, m.stated = String(att), true
	}
	f.ep.applyNotes(&m, notes, listShape{})
	return m, true
}

// describe writes a participant for a warning: "Hillar Aareleid, CERT-EE,
// Estonia".
func describe(p Participant) string {
	var parts []string
	for _, s := range []String{p.Name, p.Organisation, p.Country} {
		if s != "" {
			parts = append(parts, string(s))
		}
	}
	return strings.Join(parts, ", ")
}

func (f *participantFinder) warn(stage string, l line, msg string) {
	f.warnings = append(f.warnings, document.Warning{Stage: stage, Place: document.Place{Page: l.Page, Line: l.Num}, Message: msg})
}

func (f *participantFinder) addMentions(ms []mention) {
	for _, m := range ms {
		f.roster.add(m)
	}
}

// A roster is the participants found so far, each once.
type roster struct {
	list      []Participant
	stated    []bool // whether each one's attendance was said for them
	fromProxy []bool // whether each one is known only from another's proxy note
}

// add merges a mention into the roster: into the participant it names if
// there is one, else as a new participant at the end.
func (r *roster) add(m mention) {
	m.p.Name = String(strings.Join(strings.Fields(string(m.p.Name)), " "))
	if m.p.Name == "" && m.p.Organisation == "" {
		return
	}
	i := r.find(m)
	if i < 0 {
		r.list = append(r.list, m.p)
		r.stated = append(r.stated, m.stated)
		r.fromProxy = append(r.fromProxy, m.proxyFor)
		return
	}
	r.merge(i, m)
}

// find returns the index of the participant a mention names, or -1: the
// same name; the same initials; a first name, surname or initials that
// only one participant has.
func (r *roster) find(m mention) int {
	if m.p.Name == "" {
		for i, p := range r.list {
			if p.Name == "" && gluedKey(string(p.Organisation)) == gluedKey(string(m.p.Organisation)) {
				return i
			}
		}
		return -1
	}
	key := foldWord(string(m.p.Name))
	for i, p := range r.list {
		if p.Name != "" && foldWord(string(p.Name)) == key {
			return i
		}
	}
	if i := r.findReordered(key); i >= 0 {
		return i
	}
	if m.p.Short != "" {
		for i, p := range r.list {
			if p.Short != "" && p.Short == m.p.Short && p.Short != p.Name {
				return i
			}
		}
	}
	if m.surname {
		return r.findSurname(string(m.p.Name))
	}
	return r.findPartial(string(m.p.Name))
}

// findReordered returns the participant whose name has the same words in
// another order, or -1: a sheet of attendance lists "Ziadé Tarek" and the
// text says "Tarek Ziadé préside l'assemblée".
func (r *roster) findReordered(key string) int {
	words := strings.Fields(key)
	if len(words) < 2 {
		return -1
	}
	sorted := strings.Join(sortedCopy(words), " ")
	for i, p := range r.list {
		if pw := strings.Fields(foldWord(string(p.Name))); len(pw) == len(words) && strings.Join(sortedCopy(pw), " ") == sorted {
			return i
		}
	}
	return -1
}

func sortedCopy(words []string) []string {
	out := append([]string(nil), words...)
	sort.Strings(out)
	return out
}

// findSurname returns the one participant whose last name is surname, or
// -1.
func (r *roster) findSurname(surname string) int {
	match := -1
	for i, p := range r.list {
		words := strings.Fields(foldWord(string(p.Name)))
		if len(words) < 2 || words[len(words)-1] != foldWord(surname) {
			continue
		}
		if match >= 0 {
			return -1
		}
		match = i
	}
	return match
}

// findPartial matches a partial name ("Dan", "Cllr Smith" read as
// "Smith", "M Hosking", "HP") or a fuller one ("Dan Appelquist" when
// "Dan" is listed) to the one participant it can be.
func (r *roster) findPartial(name string) int {
	words := strings.Fields(foldWord(name))
	match := -1
	for i, p := range r.list {
		if p.Name == "" {
			continue
		}
		pw := strings.Fields(foldWord(string(p.Name)))
		if !partialMatch(words, pw, string(p.Short), name, string(p.Name)) {
			continue
		}
		if match >= 0 {
			return -1 // two candidates: not sure which
		}
		match = i
	}
	return match
}

// partialMatch reports whether a name of words may be the person whose
// name has words pw: one is a single first name of the other, or the
// initials of the other, or an initial and the surname.
func partialMatch(words, pw []string, short, original, full string) bool {
	switch {
	case len(words) == 1 && len(pw) > 1:
		// "Dan" for "Dan Appelquist", "HP" for the person whose initials
		// are HP, the nickname "JeniT" for "Jeni Tennison".
		return words[0] == pw[0] || original == short ||
			isNick(original) && utf8.RuneCountInString(original) >= 3 && initialsOf(original, full)
	case len(pw) == 1 && len(words) > 1:
		return pw[0] == words[0]
	case len(words) == 2 && len(pw) >= 2 && len([]rune(words[0])) == 1:
		return words[1] == pw[len(pw)-1] && []rune(words[0])[0] == []rune(pw[0])[0]
	}
	return false
}

// merge adds what a new mention says to participant i: a fuller name,
// missing details, a role, and an attendance said for the person (which
// beats plain presence on a list; a proxy note never overrides the
// person's own entry).
func (r *roster) merge(i int, m mention) {
	p := &r.list[i]
	if r.fromProxy[i] && !m.proxyFor {
		// The person's own entry says more than another's proxy note.
		own := m.p
		fillFrom(&own, *p)
		*p, r.stated[i], r.fromProxy[i] = own, m.stated, false
		return
	}
	if len(strings.Fields(string(m.p.Name))) > len(strings.Fields(string(p.Name))) && !m.proxyFor {
		p.Name = m.p.Name
	}
	fill := func(dst *String, src String) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&p.Organisation, m.p.Organisation)
	fill(&p.Country, m.p.Country)
	fill(&p.Role, m.p.Role)
	if p.Short == "" || p.Short == p.Name && m.p.Short != m.p.Name {
		p.Short = m.p.Short
	}
	if m.proxyFor {
		return
	}
	if m.stated && (!r.stated[i] || p.Attendance == attendPresent) {
		p.Attendance = m.p.Attendance
		r.stated[i] = true
	}
}

// fillFrom fills the empty fields of p from q.
func fillFrom(p *Participant, q Participant) {
	for _, f := range []struct{ dst, src *String }{
		{&p.Organisation, &q.Organisation}, {&p.Country, &q.Country}, {&p.Role, &q.Role}, {&p.Short, &q.Short},
	} {
		if *f.dst == "" {
			*f.dst = *f.src
		}
	}
}

// participants returns the roster in document order.
func (r *roster) participants() []Participant {
	out := make([]Participant, 0, len(r.list))
	for _, p := range r.list {
		if p.Short == p.Name && !isNick(string(p.Name)) {
			p.Short = ""
		}
		out = append(out, p)
	}
	return out
}

// ParticipantStats counts what the participant recogniser did with one
// document, for the import command's summary. It is not part of the JSON
// contract.
type ParticipantStats struct {
	Found     int // participants in the record
	Rebuilt   int // table rows rebuilt from glued one-character lines
	Uncertain int // rebuilt rows whose split stayed uncertain
}

// ParticipantStats counts the record's participants and the rows the
// parser rebuilt or was unsure of, from its warnings.
func (r *Record) ParticipantStats() ParticipantStats {
	s := ParticipantStats{Found: len(r.Participants)}
	for _, w := range r.Warnings {
		switch {
		case w.Stage == stageParticipantRebuilt || w.Stage == "" && rebuiltMessage.MatchString(w.Message):
			s.Rebuilt++
		case w.Stage == stageParticipantUncertain || w.Stage == "" && uncertainMessage.MatchString(w.Message):
			s.Uncertain++
		}
	}
	return s
}

// The messages of the two warnings, for records read back from JSON
// (where warnings lose their stage).
var (
	rebuiltMessage   = rx.New(`(^|: )participant row rebuilt from `)
	uncertainMessage = rx.New(`(^|: )participant row uncertain: `)
)

// nextNonBlank returns the index of the first line at or after i that is
// not blank.
func nextNonBlank(lines []line, i int) int {
	for i < len(lines) && lines[i].IsBlank() {
		i++
	}
	return i
}

// givenNameFirst turns a name written surname first in a name cell ("Levy,
// Rhonda", as rosters sorted by surname print some rows) into the order
// the other rows use ("Rhonda Levy"). In a cell of its own a comma cannot
// part two people; a part that is not a name ("Smith, Jr.", "Bloggs,
// Chair") leaves the cell as it is.
func givenNameFirst(name string) string {
	surname, given, ok := strings.Cut(name, ",")
	surname, given = strings.TrimSpace(surname), strings.TrimSpace(given)
	if !ok || strings.Contains(given, ",") || surname == "" || given == "" {
		return name
	}
	if len(strings.Fields(surname)) > 3 || len(strings.Fields(given)) > 2 ||
		!looksLikePerson(given+" "+surname) || !looksLikePerson(given) || isRolePhrase(given) || generationSuffixes[foldWord(strings.Trim(given, "."))] {
		return name
	}
	return given + " " + surname
}

// generationSuffixes follow a name after a comma without inverting it.
var generationSuffixes = map[string]bool{"jr": true, "sr": true, "jun": true, "sen": true, "ii": true, "iii": true, "iv": true, "phd": true, "md": true, "esq": true}

// startsWithPerson reports whether a list's first entry is a person, so
// that a list ending in words ("Mrs J. Smith (Clerk) and two members of
// the public") is read for its names, not taken for a sentence.
func startsWithPerson(list string) bool {
	segments := splitTrailingWords(splitList(list))
	if len(segments) == 0 {
		return false
	}
	main, _ := splitNotes(segments[0])
	return looksLikePerson(strings.TrimSpace(main))
}
