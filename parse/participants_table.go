package parse

// Tables of participants: a header row naming the columns (Name,
// Organisation, Country, Abbreviation, Role…) and one row per person. A
// table comes in one of three shapes:
//
//   - rows of cells (TableRow lines from markdown, HTML or PDF columns),
//     possibly broken by a page break and a running header;
//   - one cell per line, as PDF-to-text tools write tables, where some
//     runs of cells may be glued together with their spaces lost
//     (segmentCells rebuilds them);
//   - plain lines whose columns are set apart by tabs or runs of spaces.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
)

// rosterColumnWords name the columns of tables of participants, folded,
// in several languages.
var rosterColumnWords = map[string]columnKind{
	"name": colName, "names": colName, "nom": colName, "nome": colName, "nombre": colName,
	"naam": colName, "氏名": colName, "姓名": colName, "名前": colName, "议员": colName, "議員名": colName, "person": colName, "attendee": colName, "participant": colName,
	"member": colName, "delegate": colName, "full name": colName, "nom et prénom": colName,
	"representative": colName, "teilnehmer": colName, "nom prénom": colName,
	"organisation": colOrg, "organization": colOrg, "org": colOrg, "org.": colOrg,
	"affiliation": colOrg, "company": colOrg, "institution": colOrg, "team": colOrg,
	"employer": colOrg, "organisme": colOrg, "société": colOrg, "organización": colOrg,
	"organisatie": colOrg, "organizzazione": colOrg, "firma": colOrg, "unternehmen": colOrg,
	"party": colOrg, "parti": colOrg, "partei": colOrg, "partij": colOrg, "partido": colOrg,
	"partito": colOrg, "fraktion": colOrg, "fractie": colOrg, "groupe politique": colOrg,
	"political group": colOrg, "会派": colOrg, "政党": colOrg, "所属": colOrg, "单位": colOrg,
	"entity": colOrg, "represents": colOrg, "representing": colOrg, "agency": colOrg,
	"institution/organisation": colOrg, "organisation/team": colOrg, "employeur": colOrg,
	"country": colCountry, "nation": colCountry, "pays": colCountry, "land": colCountry,
	"país": colCountry, "paese": colCountry, "staat": colCountry, "country/region": colCountry,
	"abbreviation": colShort, "abbr": colShort, "abbr.": colShort, "initials": colShort,
	"short": colShort, "acronym": colShort, "handle": colShort, "nick": colShort,
	"nickname": colShort, "irc": colShort, "irc nick": colShort,
	"role": colRole, "function": colRole, "position": colRole, "title": colRole,
	"fonction": colRole, "rôle": colRole, "funktion": colRole, "función": colRole,
	"attendance": colAttendance, "status": colAttendance, "mode": colAttendance,
	"participation": colAttendance, "present": colAttendance,
	"email": colOther, "e-mail": colOther, "phone": colOther, "signature": colOther,
	"notes": colOther, "comments": colOther, "comment": colOther, "remarks": colOther,
}

// rosterColumnOf maps a header cell to its column.
func rosterColumnOf(s string) (columnKind, bool) {
	k, ok := rosterColumnWords[strings.Join(strings.Fields(foldWord(strings.Trim(s, " *_:|#"))), " ")]
	return k, ok
}

// headerColumns maps the cells of a header row to columns. It fails when
// the cells are not a header: fewer than two known column words, or no
// name and no organisation column.
func headerColumns(cells []string) ([]columnKind, bool) {
	if len(cells) < 2 {
		return nil, false
	}
	cols := make([]columnKind, len(cells))
	known, key := 0, false
	for i, c := range cells {
		k, ok := rosterColumnOf(c)
		if ok {
			known++
			key = key || k == colName || k == colOrg
		} else if strings.TrimSpace(c) != "" {
			k = colOther
		}
		cols[i] = k
	}
	return cols, known >= 2 && key && known*5 >= len(cells)*3
}

// A rosterTable is a table of participants found in the lines.
type rosterTable struct {
	cols []columnKind
	rows []rosterRow
	end  int // index of the first line after the table
}

// A tableSource is what table readers read from: the lines, the running
// headers and footers that may stand between rows, and the evidence for
// rebuilding glued rows.
type tableSource struct {
	lines     []line
	furniture map[int]bool // indices of running-header lines
	ev        *rosterEvidence
}

// findTableAt reads a table of participants whose header starts at line
// i, in any of its three shapes.
func findTableAt(src *tableSource, i int) (rosterTable, bool) {
	h, ok := rosterHeaderAt(src.lines, i)
	if !ok {
		return rosterTable{}, false
	}
	switch h.shape {
	case shapeCells:
		return readCellRows(src.lines, h.first, h.cols), true
	case shapeSpaced:
		return readSpacedRows(src.lines, h.first, h.cols, h.sep), true
	}
	return readOnePerLine(src, h.first, h.cols), true
}

// The shapes a table of participants comes in.
const (
	shapeCells      = iota // TableRow lines with cells
	shapeOnePerLine        // one cell per line, maybe glued
	shapeSpaced            // plain lines, columns apart by tabs or spaces
)

// A rosterHeader is a table's header: its columns, its shape and where
// its rows begin.
type rosterHeader struct {
	cols  []columnKind
	shape int
	first int        // index of the first line after the header
	sep   *rx.Regexp // for spaced tables: what sets the columns apart
}

// rosterHeaderAt recognises the header of a table of participants at line
// i, without reading the rows.
func rosterHeaderAt(lines []line, i int) (rosterHeader, bool) {
	l := lines[i]
	if l.Kind == document.TableRow {
		cols, ok := headerColumns(l.Cells)
		if vcols, vote := voteTableColumns(lines, i); vote {
			cols, ok = vcols, true
		}
		return rosterHeader{cols: cols, shape: shapeCells, first: i + 1}, ok
	}
	if cols, n := headerOnePerLine(lines, i); n > 0 {
		return rosterHeader{cols: cols, shape: shapeOnePerLine, first: i + n}, true
	}
	if cols, ok := headerInGlued(l); ok {
		return rosterHeader{cols: cols, shape: shapeOnePerLine, first: i}, true
	}
	if cols, sep, ok := headerSpaced(l.Text); ok {
		return rosterHeader{cols: cols, shape: shapeSpaced, first: i + 1, sep: sep}, true
	}
	return rosterHeader{}, false
}

// voteTableColumns reads the header at line i of a table of votes by name
// (decisions_matrix.go) as a table of participants: the members who vote
// are at the meeting, as a roll call lists them. Its header names the
// member column ("氏名", "Name", "Member") and maybe their group ("会派",
// "Party", "Fraktion"), and its other columns hold each member's votes:
//
//	| 氏名    | 会派     | 15号 | 16号 |
//	| 伊藤 央 | 一人会派 | 〇   | ×    |
//
// Such a header is read so even where headerColumns would read it ("Name",
// "Party", "Motion 1"): the vote columns are read for an office only: a chair's row may say
// "議長のため採決には不参加" (as chair, did not vote) where the others
// have marks. The rest are read as headerColumns reads them. It fails unless the header names the member column and the
// rows below give at least one column of vote marks.
func voteTableColumns(lines []line, i int) ([]columnKind, bool) {
	cols := make([]columnKind, len(lines[i].Cells))
	name := false
	for j, c := range lines[i].Cells {
		k, _ := rosterColumnOf(c)
		cols[j] = k
		name = name || k == colName
	}
	if !name {
		return nil, false
	}
	var body [][]string
	for _, l := range lines[i+1:] {
		if l.Kind == document.Rule && len(body) == 0 {
			continue // the |---| under a markdown header
		}
		if l.Kind != document.TableRow {
			break
		}
		body = append(body, l.Cells)
	}
	nameCol, voteCols, onlyVotes := voteColumns(body)
	if nameCol < 0 || cols[min(nameCol, len(cols)-1)] != colName || !onlyVotes {
		return nil, false
	}
	for _, j := range voteCols {
		if j < len(cols) {
			if cols[j] == colName {
				return nil, false
			}
			cols[j] = colRole
		}
	}
	return cols, true
}

// headerOnePerLine recognises a header written one column per line
// ("Name", "Organisation", "Country") and returns its columns and how
// many lines it takes.
func headerOnePerLine(lines []line, i int) ([]columnKind, int) {
	var cols []columnKind
	key := false
	n := 0
	for j := i; j < len(lines) && len(cols) < 8; j++ {
		l := lines[j]
		if l.Kind == document.Blank {
			break
		}
		k, ok := rosterColumnOf(l.Text)
		if !ok || l.Kind == document.Glued {
			break
		}
		cols = append(cols, k)
		key = key || k == colName
		n++
	}
	if len(cols) < 2 || !key {
		return nil, 0
	}
	return cols, n
}

// headerInGlued recognises a header whose lines were glued with the rows
// after it: "NameOrganisationCountryHillarAareleid…".
func headerInGlued(l line) ([]columnKind, bool) {
	if l.Kind != document.Glued {
		return nil, false
	}
	var cols []columnKind
	rest := l.Text
	for len(cols) < 8 {
		word, _ := leadingTitleWord(rest)
		if word == "" {
			break
		}
		k, ok := rosterColumnOf(word)
		if !ok {
			break
		}
		cols = append(cols, k)
		rest = rest[len(word):]
	}
	if len(cols) < 2 || cols[0] != colName {
		return nil, false
	}
	return cols, true
}

// spacedSeparators split a plain header or row into columns: a tab, two
// spaces or more, or a bar.
var spacedSeparators = []*rx.Regexp{
	rx.New(`\t+`),
	rx.New(`\s*\|\s*`),
	rx.New(` {2,}`),
}

// headerSpaced recognises a header on one line whose columns are set
// apart by tabs, runs of spaces or bars: "Name    Organisation   Country".
func headerSpaced(s string) ([]columnKind, *rx.Regexp, bool) {
	for _, sep := range spacedSeparators {
		cells := splitCells(s, sep)
		if len(cells) < 2 {
			continue
		}
		if cols, ok := headerColumns(cells); ok {
			return cols, sep, true
		}
	}
	return nil, nil, false
}

func splitCells(s string, sep *rx.Regexp) []string {
	s = strings.Trim(strings.TrimSpace(s), "|")
	var cells []string
	for _, c := range sep.Split(s, -1) {
		cells = append(cells, strings.TrimSpace(c))
	}
	return cells
}

// readCellRows reads TableRow lines after a header. A row whose name cell
// is empty continues the row before (a cell wrapped onto a second line);
// a few other lines between rows (a page break's running header) are
// passed over when the table goes on after them.
func readCellRows(lines []line, i int, cols []columnKind) rosterTable {
	t := rosterTable{cols: cols, end: i}
	for i < len(lines) {
		l := lines[i]
		switch {
		case l.Kind == document.Blank:
			i++
			continue
		case l.Kind != document.TableRow:
			next, ok := tableResumes(lines, i, len(cols))
			if !ok {
				return t
			}
			i = next
			continue
		}
		cells := l.Cells
		if isMarkdownRule(cells) || isRepeatedHeader(cells, cols) {
			i++
			t.end = i
			continue
		}
		row := rosterRow{cells: make([]rosterCell, len(cols))}
		for c := range cols {
			if c < len(cells) {
				row.cells[c] = rosterCell{text: strings.TrimSpace(cells[c]), line: l}
			}
		}
		if n := len(t.rows); n > 0 && continuesRow(row, cols) {
			appendCells(&t.rows[n-1], row)
		} else {
			t.rows = append(t.rows, row)
		}
		i++
		t.end = i
	}
	return t
}

// tableResumes looks past up to four short lines that are not rows (a
// running header at a page break) for the next row of a table with n
// columns.
func tableResumes(lines []line, i, n int) (int, bool) {
	for j := i; j < len(lines) && j < i+6; j++ {
		l := lines[j]
		switch {
		case l.Kind == document.TableRow && len(l.Cells) == n:
			return j, true
		case l.Kind == document.Heading || len(strings.Fields(l.Text)) > 12:
			return 0, false
		}
	}
	return 0, false
}

// isMarkdownRule reports whether cells are a markdown rule row: "---", ":--:".
func isMarkdownRule(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(strings.TrimSpace(c), "-:= ") != "" {
			return false
		}
	}
	return true
}

// isRepeatedHeader reports whether cells repeat the header (on a new page).
func isRepeatedHeader(cells []string, cols []columnKind) bool {
	got, ok := headerColumns(cells)
	if !ok || len(got) != len(cols) {
		return false
	}
	for i := range got {
		if got[i] != cols[i] {
			return false
		}
	}
	return true
}

// continuesRow reports whether row is the wrapped rest of the row before:
// its name cell is empty but another is not.
func continuesRow(row rosterRow, cols []columnKind) bool {
	hasName, other := false, false
	for i, c := range cols {
		text := row.cells[i].text
		if c == colName && text != "" {
			hasName = true
		}
		if c != colName && text != "" {
			other = true
		}
	}
	return !hasName && other && hasColumn(cols, colName)
}

func hasColumn(cols []columnKind, k columnKind) bool {
	for _, c := range cols {
		if c == k {
			return true
		}
	}
	return false
}

// appendCells appends the cells of a wrapped row to the row before.
func appendCells(row *rosterRow, more rosterRow) {
	for i := range row.cells {
		if t := more.cells[i].text; t != "" {
			row.cells[i].text = joinWrapped(row.cells[i].text, t)
		}
	}
}

// joinWrapped joins two parts of a cell wrapped across lines: "EMMAN/" +
// "Loughborough Univ." without a space after a slash or hyphen.
func joinWrapped(a, b string) string {
	if a == "" {
		return b
	}
	if strings.HasSuffix(a, "/") || strings.HasSuffix(a, "-") && !strings.HasSuffix(a, " -") {
		return a + b
	}
	return a + " " + b
}

// readSpacedRows reads plain lines whose columns are set apart like the
// header's, until a line that does not split into columns.
func readSpacedRows(lines []line, i int, cols []columnKind, sep *rx.Regexp) rosterTable {
	t := rosterTable{cols: cols, end: i}
	for ; i < len(lines); i++ {
		l := lines[i]
		if l.Kind == document.Blank {
			if i+1 < len(lines) && len(splitCells(lines[i+1].Text, sep)) >= 2 {
				continue
			}
			break
		}
		cells := splitCells(l.Text, sep)
		if len(cells) < 2 || len(cells) > len(cols) {
			break
		}
		row := rosterRow{cells: make([]rosterCell, len(cols))}
		for c := range cells {
			row.cells[c] = rosterCell{text: cells[c], line: l}
		}
		t.rows = append(t.rows, row)
		t.end = i + 1
	}
	return t
}

// readOnePerLine reads a table written one cell per line, some cells
// glued together, from line i to the end of the table.
func readOnePerLine(src *tableSource, i int, cols []columnKind) rosterTable {
	ev := src.ev
	pieces, end := collectPieces(src, i, cols)
	for _, p := range pieces {
		if !p.glued {
			switch cleanColumnGuess(p.text) {
			case colOrg:
				ev.addOrg(p.text)
			case colName:
				ev.addName(p.text)
			}
		}
	}
	t := rosterTable{cols: cols, end: end}
	t.rows = segmentCells(pieces, cols, ev)
	// The clean cells the first reading put in the organisation column
	// are better evidence than the guess above: read again with them.
	added := false
	for _, row := range t.rows {
		for c, k := range cols {
			if cell := row.cells[c]; k == colOrg && !cell.glued && cell.text != "" {
				if _, known := ev.orgs[gluedKey(cell.text)]; !known {
					ev.addOrg(cell.text)
					added = true
				}
			}
		}
	}
	if added {
		t.rows = segmentCells(pieces, cols, ev)
	}
	return t
}

// cleanColumnGuess tells, for evidence only, which clean lines of a table
// are organisations: those that are neither a country, nor a dash, nor
// shaped like a person's name.
func cleanColumnGuess(s string) columnKind {
	switch {
	case isCountry(s) || isDash(s):
		return colCountry
	case looksLikePerson(stripNotes(s)):
		return colName
	}
	return colOrg
}

// collectPieces gathers the lines of a one-cell-per-line table from line
// i until a line that cannot be a cell: a heading, a sentence, a new
// attendance label, or two blank lines. Page numbers and running headers
// between rows are passed over. A run of three or more one-character
// lines that normalize left is glued here; a glued run that starts in
// lower case continues the clean line before it ("Egils St" + "ūrmanis…"):
// the two become one piece.
func collectPieces(src *tableSource, i int, cols []columnKind) ([]tablePiece, int) {
	lines := src.lines
	var pieces []tablePiece
	blanks := 0
	if i >= len(lines) {
		return nil, i
	}
	if l := lines[i]; l.Kind == document.Glued {
		if hc, ok := headerInGlued(l); ok && len(hc) == len(cols) {
			rest := l.Text
			for range hc {
				w, _ := leadingTitleWord(rest)
				rest = rest[len(w):]
			}
			pieces = append(pieces, tablePiece{text: rest, glued: true, line: l})
			i++
		}
	}
	for i < len(lines) {
		l := lines[i]
		text := strings.TrimSpace(l.Text)
		switch {
		case l.Kind == document.Blank || text == "":
			blanks++
			if blanks >= 2 {
				return pieces, i
			}
			i++
			continue
		case src.furniture[i] || isPageFurniture(text):
			i++
			continue
		case l.Kind == document.Glued:
			pieces = appendGlued(pieces, l)
		case oneCharRun(lines, i) >= 3:
			n := oneCharRun(lines, i)
			g := l
			g.Text, g.Kind = joinChars(lines[i:i+n]), document.Glued
			g = relex(g)
			pieces = appendGlued(pieces, g)
			i += n
			blanks = 0
			continue
		case !canBeCell(l):
			return pieces, i
		default:
			pieces = append(pieces, tablePiece{text: text, line: l})
		}
		blanks = 0
		i++
	}
	return pieces, i
}

// oneCharRun counts the lines from i on that hold one character each.
func oneCharRun(lines []line, i int) int {
	n := 0
	for i+n < len(lines) && lines[i+n].Kind != document.Glued && utf8.RuneCountInString(strings.TrimSpace(lines[i+n].Text)) == 1 {
		n++
	}
	return n
}

// joinChars joins one-character lines into the text they were cut from.
func joinChars(lines []line) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strings.TrimSpace(l.Text))
	}
	return b.String()
}

// runningHeaders finds lines that repeat next to page numbers: the
// running header or footer of a document whose pages were joined. Lines
// within three lines of a page-number line count when the same text
// stands near another page-number line.
func runningHeaders(lines []line) map[int]bool {
	var pageLines []int
	for i, l := range lines {
		if isPageFurniture(l.Text) {
			pageLines = append(pageLines, i)
		}
	}
	near := map[string][]int{}
	for _, p := range pageLines {
		for i := max(0, p-3); i < min(len(lines), p+4); i++ {
			if t := strings.TrimSpace(lines[i].Text); t != "" && i != p && utf8.RuneCountInString(t) > 1 {
				near[t] = append(near[t], i)
			}
		}
	}
	out := map[int]bool{}
	for _, idx := range near {
		if len(idx) >= 2 {
			for _, i := range idx {
				out[i] = true
			}
		}
	}
	return out
}

// appendGlued adds a glued line as a piece, joining it to the clean line
// before when it starts in the middle of a word.
func appendGlued(pieces []tablePiece, l line) []tablePiece {
	text := strings.TrimSpace(l.Text)
	if n := len(pieces); n > 0 && !pieces[n-1].glued && beginsLowercase(text) {
		prev := pieces[n-1]
		return append(pieces[:n-1], tablePiece{text: prev.text + text, glued: true, junction: len(prev.text), line: prev.line})
	}
	return append(pieces, tablePiece{text: text, glued: true, line: l})
}

// beginsLowercase reports whether s starts with a lower-case letter or a
// combining mark.
func beginsLowercase(s string) bool {
	for _, r := range s {
		return isLowerRune(r)
	}
	return false
}

// canBeCell reports whether a line can be a cell of a table of
// participants: short, not a heading, not a sentence, not a new label.
func canBeCell(l line) bool {
	text := strings.TrimSpace(l.Text)
	words := strings.Fields(text)
	switch {
	case l.Kind == document.Heading, l.Kind == document.TableRow:
		return false
	case len(words) > 8 || len(text) > 80:
		return false
	case strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?"):
		return false
	case strings.HasSuffix(text, ".") && len(words) >= 4:
		return false
	}
	if _, _, ok := splitLabel(text); ok {
		return false
	}
	return true
}

// pageFurniture matches page numbers left between the rows of a table:
// "Page 6/8", "page 3 of 10", "- 4 -".
var pageFurniture = rx.New(`(?i)^(page|p\.|seite|página|pagina)\s*\d+\s*((/|of|de|von|sur)\s*\d+)?$|^[-–—]\s*\d+\s*[-–—]$`)

func isPageFurniture(s string) bool { return pageFurniture.MatchString(strings.TrimSpace(s)) }

// isLowerRune reports whether r is a lower-case letter or a combining
// mark (a diacritic that landed on its own).
func isLowerRune(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Mn, r) }
