package parse

// The lexer: one pass over the document's lines that reads, once, what the
// recognisers want to know of each line, so that none of them derives it
// again.
//
// A line is the document.Line the reader and the repair passes made, with
// its features:
//
//	plain   the text as a person reads it: a table row's cells joined,
//	        markdown heading marks, quote marks, bullets and emphasis
//	        taken off, single spaces (plainLine)
//	bare    the text with markdown taken off but its spacing kept
//	        (stripMarkup), as item headings are read
//	clean   the text without markdown, links' targets, IRC time stamps
//	        and nicks, tabs kept between cells (cleanMarkup), as actions
//	        and decisions read it
//	dates   every date of the text, ambiguous numeric dates read in the
//	        document's order (findDates)
//	num     the item number that leads the text without an IRC prefix and
//	        markup ("3. Title", "III. ROLL CALL", "Item 3:"; parseNumbered),
//	        nil when none
//	plainNum  the same read from plain, nil when none
//
// At the level of the document the lexer finds the order of its numeric
// dates (dateOrder), from the same scan of dates.
//
// Features are computed for every line when the document is lexed; a
// recogniser that changes a line's text makes a new line with relex.

import "minutes/document"

// A line is a document line and its features, computed once by the lexer.
type line struct {
	document.Line
	plain    string
	bare     string
	clean    string
	dates    []dateSpan
	num      *numbering
	plainNum *numbering
	order    numericOrder // the order dates were read in, for relex
}

// A lexed document is the document's lines with their features, and what
// the lexer learned of the whole: the order of its numeric dates.
type lexed struct {
	lines []line
	order numericOrder
}

// lex reads every line's features, in one pass for the dates read day
// first (which also tell the document's order) and a second, only for a
// document that writes its dates month first, over the lines that hold
// a date.
func lex(src []document.Line) lexed {
	lines := make([]line, len(src))
	var dm, md, wordDM, wordMD int
	for i, l := range src {
		lines[i] = lexLine(l, dayFirst)
		for _, d := range lines[i].dates {
			switch d.form {
			case formNumericDM:
				dm++
			case formNumericMD:
				md++
			case formDayMonth:
				wordDM++
			case formMonthDay:
				wordMD++
			}
		}
	}
	order := dateOrder(dm, md, wordDM, wordMD)
	if order != dayFirst {
		for i := range lines {
			if len(lines[i].dates) > 0 {
				lines[i].dates = findDates(lines[i].Text, order)
			}
		}
	}
	return lexed{lines: lines, order: order}
}

// lexLine computes one line's features.
func lexLine(l document.Line, order numericOrder) line {
	lx := line{
		Line:  l,
		plain: plainLine(l),
		bare:  stripMarkup(l.Text),
		clean: cleanMarkup(l.Text),
		dates: findDates(l.Text, order),
		order: order,
	}
	numbered := stripMarkup(chatText(l.Text))
	lx.num = numberOf(numbered)
	lx.plainNum = lx.num
	if lx.plain != numbered {
		lx.plainNum = numberOf(lx.plain)
	}
	return lx
}

// numberOf is the numbering parseNumbered reads at the start of s, or nil.
func numberOf(s string) *numbering {
	if n, ok := parseNumbered(s); ok {
		return &n
	}
	return nil
}

// relex computes again the features of a line whose text, kind or cells a
// recogniser changed.
func relex(l line) line { return lexLine(l.Line, l.order) }

// documentLines are the document lines under lexed lines, for the few
// readers that want them as the reader gave them.
func documentLines(lines []line) []document.Line {
	out := make([]document.Line, len(lines))
	for i, l := range lines {
		out[i] = l.Line
	}
	return out
}
