package parse

import (
	"strings"

	"minutes/document"
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

// voteOnlyMarks are the marks no attendance table uses.
var voteOnlyMarks = map[string]bool{"〇": true, "○": true, "◯": true, "×": true, "賛成": true, "反対": true, "赞成": true, "反对": true}

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

// voteMatrix reads one table: rows[0] is its header.
func (ds *decisionScanner) voteMatrix(rows [][]string, above string) {
	header, body := rows[0], rows[1:]
	width := len(header)
	nameCol := -1
	var voteCols []int
	onlyVotes := false
	for j := 0; j < width; j++ {
		marks, filled := 0, 0
		for _, r := range body {
			if j >= len(r) || strings.TrimSpace(r[j]) == "" {
				continue
			}
			filled++
			if voteMark(r[j]) != "" {
				marks++
				onlyVotes = onlyVotes || voteOnlyMarks[strings.TrimSpace(r[j])]
			}
		}
		switch {
		case filled >= minMatrixRows && marks == filled:
			voteCols = append(voteCols, j)
		case nameCol < 0 && filled >= minMatrixRows && marks == 0:
			nameCol = j
		}
	}
	if nameCol < 0 || len(voteCols) == 0 {
		return
	}
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
		text := strings.TrimSpace(header[j])
		if text == "" || a >= f {
			continue // a motion not carried is no decision
		}
		ds.emit(Decision{Text: String(text), Kind: kindMotion, Votes: &Votes{For: &f, Against: &a, Abstain: &ab}, RollCall: rc})
	}
}
