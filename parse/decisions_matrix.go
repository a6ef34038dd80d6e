package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// A table of votes by name: one row per member, one column per motion,
// each cell the member's vote as a mark (vocab.VoteMarks), as councils
// publish them:
//
//	## 賛否                                 | Member | Group | Bill 15 | Bill 16 |
//	| 氏名   | 会派   | 15号 | 16号 |         |--------|-------|---------|---------|
//	| 伊藤 央 | 一人会派 | 〇   | ×    |         | Alvarez | Green | Y      | N       |
//
// Each motion column is a decision: its header is the text, the members'
// names (the first column that holds no marks) its roll call, and the
// counts of each side its votes. A table of marks is also how attendance
// is written ("Present: Y"), so the table is read as votes only where the
// section's heading or the line above the table speaks of a vote
// (vocab.VoteWords, vocab.RollCall), or its marks are those only votes
// use (〇, ×). A motion with as many against as for was not carried and
// is not recorded.

// minMatrixRows is the fewest members a table of votes by name lists.
const minMatrixRows = 2

// voteMark is the side a cell's mark gives, or "" when the cell is no mark.
func voteMark(cell string) string {
	c := strings.ToLower(strings.Trim(strings.TrimSpace(cell), ".*_"))
	if c == "" {
		return ""
	}
	for _, t := range vocab.VoteMarks {
		if c == t.Text {
			return t.Sense
		}
	}
	return ""
}

// voteOnlyMarks are the marks no attendance table uses: the Japanese and
// Chinese signs and words, and the words of a side that say nothing else
// ("aye", "contre"; not "yes" or "ja", which a Present column writes too).
var voteOnlyMarks = map[string]bool{"〇": true, "○": true, "◯": true, "×": true, "賛成": true, "反対": true, "赞成": true, "反对": true,
	"aye": true, "nay": true, "yea": true, "pour": true, "contre": true, "dafür": true, "dagegen": true,
	"tegen": true, "a favor": true, "en contra": true, "contra": true, "favorevole": true, "contrario": true}

// voteMatrices reads the tables of votes by name among a section's lines.
func (ds *decisionScanner) voteMatrices(lines []line) {
	var rows [][]string
	above := "" // the last line of text above the table
	flush := func() {
		if len(rows) > minMatrixRows {
			ds.voteMatrix(rows, above)
		}
		rows = nil
	}
	for _, l := range lines {
		cells := tableCells(l, l.clean)
		if len(cells) >= 2 {
			rows = append(rows, cells)
			continue
		}
		if l.Kind == document.Rule && len(rows) > 0 {
			continue // the |---| under a markdown table's header
		}
		flush()
		if t := strings.TrimSpace(l.plain); t != "" {
			above = t
		}
	}
	flush()
}

// voteColumns finds the columns of a table of votes by name from its body
// rows: the members' names (the first column filled in most rows that
// holds no mark, -1 if none) and the motions (columns whose filled cells
// are at least two-thirds marks: a member's row may say "did not vote as
// chair" where the others have marks). onlyVotes is set when some mark is
// one no attendance table uses (〇, ×).
func voteColumns(body [][]string) (nameCol int, voteCols []int, onlyVotes bool) {
	width := 0
	for _, r := range body {
		width = max(width, len(r))
	}
	nameCol = -1
	for j := 0; j < width; j++ {
		marks, filled := 0, 0
		only := false
		for _, r := range body {
			if j >= len(r) || strings.TrimSpace(r[j]) == "" {
				continue
			}
			filled++
			if voteMark(r[j]) != "" || restMark(r[j]) != "" {
				marks++
				only = only || voteOnlyMarks[strings.ToLower(strings.TrimSpace(r[j]))]
			}
		}
		switch {
		case marks >= minMatrixRows && marks*3 >= filled*2:
			voteCols = append(voteCols, j)
			onlyVotes = onlyVotes || only
		case nameCol < 0 && filled >= minMatrixRows && marks == 0:
			nameCol = j
		}
	}
	return nameCol, voteCols, onlyVotes
}

// voteMatrix reads one table: rows[0] is its header.
func (ds *decisionScanner) voteMatrix(rows [][]string, above string) {
	header, body := rows[0], rows[1:]
	nameCol, voteCols, onlyVotes := voteColumns(body)
	if nameCol < 0 || len(voteCols) == 0 {
		return
	}
	body = withRestMarks(body, voteCols)
	if !onlyVotes && !aboutVote(ds.lastHeading) && !aboutVote(above) && !rollCallLead.MatchString(above) {
		return // "Present: Y" is attendance, unless a vote is spoken of
	}
	for _, j := range voteCols {
		rc := &RollCall{For: []string{}, Against: []string{}, Abstain: []string{}, Absent: []string{}}
		for _, r := range body {
			if j >= len(r) || nameCol >= len(r) {
				continue
			}
			name := strings.TrimSpace(r[nameCol])
			if name == "" {
				continue
			}
			switch voteMark(r[j]) {
			case "for":
				rc.For = append(rc.For, name)
			case "against":
				rc.Against = append(rc.Against, name)
			case "abstain":
				rc.Abstain = append(rc.Abstain, name)
			case "absent":
				rc.Absent = append(rc.Absent, name)
			}
		}
		f, a, ab := len(rc.For), len(rc.Against), len(rc.Abstain)
		text := ""
		if j < len(header) {
			text = strings.TrimSpace(header[j])
		}
		if text == "" || a >= f {
			continue // a motion not carried is no decision
		}
		d := Decision{Text: String(text), Kind: kindMotion, Votes: &Votes{For: &f, Against: &a, Abstain: &ab}, RollCall: rc}
		it := itemNumbered(ds.items, text)
		if it != nil {
			d.ID, d.Text = referenceOf(string(it.Title), text)
			d.Text = String(withoutHandlingNote(string(d.Text)))
		}
		if i := ds.emit(d); i >= 0 && it != nil {
			ds.out[i].Item = it.Number // the item the column names, not the section of the table
			if it.Number == "" {
				ds.out[i].Item = it.Title
			}
		}
	}
}

// itemNumbered returns the one agenda item a vote column's header names
// by number: the header is a short reference ("15号", "Bill 15", "#3")
// whose number stands alone in exactly one item's title ("議案第 15 号
// 専決処分の承認…", "Bill 15: Budget amendment"). nil when none or several do.
func itemNumbered(items []*Item, header string) *Item {
	num := headerNumber.FindString(header)
	if num == "" || utf8.RuneCountInString(header) > 16 {
		return nil
	}
	var found *Item
	for _, it := range items {
		if !containsNumber(string(it.Title), num) {
			continue
		}
		if found != nil {
			return nil
		}
		found = it
	}
	return found
}

// headerNumber is the number in a vote column's header.
var headerNumber = rx.New(`[0-9]+`)

// containsNumber reports whether a number stands alone in s: not part of a
// longer number ("15" is in "議案第 15 号", not in "2015" or "1.5").
func containsNumber(s, num string) bool {
	for i := strings.Index(s, num); i >= 0; {
		before, after := i == 0 || !isDigitOrPoint(s[i-1]), i+len(num) == len(s) || !isDigitOrPoint(s[i+len(num)])
		if before && after {
			return true
		}
		next := strings.Index(s[i+1:], num)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isDigitOrPoint(b byte) bool { return b >= '0' && b <= '9' || b == '.' }

// referenceOf splits an item's title into the reference that numbers a
// motion and the motion's text: "議案第 15 号 専決処分の承認…" gives
// "議案第 15 号" and "専決処分の承認…", "Bill 15: Budget" gives "Bill 15" and
// "Budget". A title that does not open with its number gives no id and
// the whole title.
func referenceOf(title, header string) (id, text String) {
	m := titleReference.FindStringSubmatchIndex(title)
	if m == nil || !containsNumber(title[:m[1]], headerNumber.FindString(header)) {
		return "", String(title)
	}
	rest := strings.TrimSpace(strings.TrimLeft(title[m[1]:], ":：.-–— "))
	if rest == "" {
		return "", String(title)
	}
	return String(strings.TrimSpace(title[m[2]:m[3]])), String(rest)
}

// titleReference is a reference opening a title: a word or two and a
// number, maybe with a counter after it ("議案第 15 号", "Bill No. 15",
// "Motion 3", "Resolución 12").
var titleReference = rx.New(`^((?:\p{L}+\.?\s*){1,2}[0-9]+(?:\s*[号號番])?)`)

// withRestMarks spreads a note that gives every member below the same
// vote ("以下全員、全議案に〇": all below, 〇 on every bill; "all others:
// aye") over the rows after it whose vote cells are empty, in every vote
// column. A council lists its members in full but marks only those who
// voted otherwise. The rows are copied; body itself is not changed.
func withRestMarks(body [][]string, voteCols []int) [][]string {
	for i, r := range body {
		for _, j := range voteCols {
			if j >= len(r) || voteMark(r[j]) != "" {
				continue
			}
			mark := restMark(r[j])
			if mark == "" {
				continue
			}
			out := append([][]string(nil), body[:i+1]...)
			for _, row := range body[i+1:] {
				row = append([]string(nil), row...)
				for _, k := range voteCols {
					for len(row) <= k {
						row = append(row, "")
					}
					if strings.TrimSpace(row[k]) == "" {
						row[k] = mark
					}
				}
				out = append(out, row)
			}
			// The note's own row votes so too.
			row := append([]string(nil), body[i]...)
			for _, k := range voteCols {
				if k < len(row) && (k == j || strings.TrimSpace(row[k]) == "") {
					row[k] = mark
				}
			}
			out[i] = row
			return out
		}
	}
	return body
}

// restMark returns the mark a note gives every member below it, or "":
// the note holds a phrase of vocab.AllBelow and a vote mark, as a sign
// ("〇") or as a word of its own ("aye").
func restMark(cell string) string {
	lower := strings.ToLower(cell)
	below := false
	for _, t := range vocab.AllBelow {
		below = below || strings.Contains(lower, t.Text)
	}
	if !below {
		return ""
	}
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, t := range vocab.VoteMarks {
		if voteOnlyMarks[t.Text] && strings.Contains(lower, t.Text) || len(t.Text) > 1 && slices.Contains(words, t.Text) {
			return t.Text
		}
	}
	return ""
}

// withoutHandlingNote takes off the bracket that ends an agenda title to
// say how the item is handled, not what is decided: "（即決）" (decided
// at once), "（総務委員会付託）" (referred to committee), "(for decision)".
// A bracket holding a number stays: "補正予算（第 1 号）" is the budget's
// name.
func withoutHandlingNote(title string) string {
	t := strings.TrimSpace(title)
	var open string
	switch {
	case strings.HasSuffix(t, "）"):
		open = "（"
	case strings.HasSuffix(t, ")"):
		open = "("
	default:
		return title
	}
	i := strings.LastIndex(t, open)
	if i <= 0 || strings.ContainsAny(t[i:], "0123456789０１２３４５６７８９") || strings.Count(t[i:], open) > 1 {
		return title
	}
	return strings.TrimSpace(t[:i])
}
