// Package parse finds the structure of minutes in repaired text: the
// meeting's title, body, date and place, its agenda items with presenters,
// the actions, decisions, participants and next meetings.
//
// Parse is a driver over small recognisers, each in its own file and each
// tested with real lines from the corpus:
//
//	header.go        the lines before the first item, fields, running headers
//	meeting.go       title, body, number, date, status
//	places.go        venue, city, country; a gazetteer of cities
//	dates.go         dates in the forms minutes write them, in several languages
//	items.go         the lines that may head an item, in four styles
//	outline.go       which of them are the top-level items
//	presenters.go    "X gave a presentation about", "Presentation by X"
//	actions.go       action items with id, owner, text and status
//	decisions.go     "It was agreed", "RESOLVED", motions and votes
//	previous.go      approval of the last meeting's minutes
//	participants.go  attendance lists and tables, whatever their form
//	nextmeeting.go   announced future meetings
//	links.go         every URL
//	plain.go         plain text of lines, sentences, words
//
// Where a field cannot be found it stays null and, for the fields an
// analyst relies on (title, date), a warning says so; the parser does not
// guess.
package parse

import (
	"strconv"
	"strings"

	"minutes/document"
	"minutes/internal/rx"
)

// Options carry what the parser may know beyond the document itself.
type Options struct {
	// KnownOrganisations are organisation names seen in other meetings
	// (from the database), used as evidence when rebuilding table rows
	// whose spaces were lost.
	KnownOrganisations []string
}

// A section is the run of lines under one top-level agenda item. The
// preamble before the first item is a section with no item.
type section struct {
	item  *Item // nil for the preamble and back matter
	lines []line
	// heading is the title of the heading over the section, back matter's
	// included ("Board Meeting Action Items"): it says what the lines are
	// even where no item is.
	heading string
	// owner is who the heading names as leading the item: a row's cell,
	// the name after a leader ("Secretary’s Report -----Barbara Torres").
	owner string
}

// label is how actions and decisions name the item they were recorded
// under: its number, else its title; "" outside any item.
func (s section) label() String {
	switch {
	case s.item == nil:
		return ""
	case s.item.Number != "":
		return s.item.Number
	}
	return s.item.Title
}

// Parse reads the structure of a repaired document into a Record. Source
// fields are filled from the document; the caller adds nothing.
//
// The order matters: items are cut first, because the header is what
// comes before the first item; the meeting's date and body are known
// before next meetings are read, since only later meetings of the same
// body count.
func Parse(doc *document.Document, opts Options) *Record {
	rec := &Record{Schema: Schema, Source: sourceOf(doc)}
	lx := lex(withoutLineNumbers(doc.Lines))
	lines, order := lx.lines, lx.order
	var warnings []document.Warning

	sections := splitItems(lines)
	meeting, mw := findMeeting(readHeader(doc, lines, sections, order))
	rec.Meeting = meeting
	warnings = append(warnings, mw...)
	presenterColumn := hasPresenterColumn(lines)
	for _, s := range sections {
		if s.item == nil {
			continue
		}
		s.item.Presenters = findPresenters(s.lines)
		if presenterColumn {
			s.item.Presenters = mergeLinks(columnPresenters(s), s.item.Presenters)
		}
		s.item.Links = mergeLinks(s.item.Links, findLinks(s.lines))
		rec.Items = append(rec.Items, *s.item)
	}
	if len(rec.Items) == 0 {
		warnings = append(warnings, document.Warning{Stage: "items", Message: "no agenda items found"})
	}
	// Participants before actions: their names tell an owner from a word.
	participants, pw := findParticipants(lines, opts)
	rec.Participants = participants
	warnings = append(warnings, pw...)
	rec.Actions = findActions(sections, knownNamesOf(participants))
	rec.Decisions = findDecisions(sections)
	rec.PreviousMinutes = findPreviousMinutes(sections, rec.Meeting, order)
	rec.NextMeetings = findNextMeetings(sections, rec.Meeting, order)
	warnings = append(warnings, nextMeetingWarnings(rec.NextMeetings, rec.Meeting)...)
	rec.Links = findLinks(lines)

	rec.Warnings = append(append(Warnings{}, doc.Warnings...), warnings...)
	rec.fillEmptyLists()
	return rec
}

// lineNumber matches the number a transcript prints before each of its
// lines ("12 The above-entitled matter came on for oral"), or alone on an
// empty line ("11").
var lineNumber = rx.New(`^\s*([1-9][0-9]?)(?:\s+|$)`)

// withoutLineNumbers takes off the line numbers of a transcript, which
// numbers every line of its pages 1, 2, 3 … (a court transcript numbers 1
// to 25): they are layout, not items. The document is line-numbered when
// at least ten numbered lines in a row count up by one and some of them
// are empty but for their number, which no agenda has. Otherwise the
// lines come back as they were.
func withoutLineNumbers(lines []document.Line) []document.Line {
	if !isLineNumbered(lines) {
		return lines
	}
	out := make([]document.Line, 0, len(lines))
	for _, l := range lines {
		m := lineNumber.FindStringSubmatchIndex(l.Text)
		if m == nil {
			out = append(out, l)
			continue
		}
		if rest := strings.TrimSpace(l.Text[m[1]:]); rest != "" {
			l.Text = rest
			out = append(out, l)
		}
	}
	return out
}

// isLineNumbered reports whether lines are numbered one by one, as a
// transcript's are (see withoutLineNumbers).
func isLineNumbered(lines []document.Line) bool {
	run, bare, prev := 0, 0, 0
	for _, l := range lines {
		if l.IsBlank() {
			continue
		}
		m := lineNumber.FindStringSubmatch(l.Text)
		if m == nil {
			run, bare, prev = 0, 0, 0
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if n != prev+1 {
			run, bare = 0, 0
		}
		run++
		if strings.TrimSpace(l.Text) == m[1] {
			bare++
		}
		prev = n
		if run >= 10 && bare >= 2 {
			return true
		}
	}
	return false
}

func sourceOf(doc *document.Document) Source {
	return Source{
		File:     doc.Path,
		Format:   string(doc.Format),
		SHA256:   doc.SHA256,
		Pages:    NullInt(doc.Pages),
		Encoding: String(doc.Encoding),
	}
}

// fillEmptyLists makes every list a JSON [] rather than null: the contract
// has lists, possibly empty.
func (r *Record) fillEmptyLists() {
	if r.Items == nil {
		r.Items = []Item{}
	}
	for i := range r.Items {
		if r.Items[i].Presenters == nil {
			r.Items[i].Presenters = []string{}
		}
		if r.Items[i].Links == nil {
			r.Items[i].Links = []string{}
		}
	}
	if r.Actions == nil {
		r.Actions = []Action{}
	}
	if r.Participants == nil {
		r.Participants = []Participant{}
	}
	if r.Decisions == nil {
		r.Decisions = []Decision{}
	}
	if r.NextMeetings == nil {
		r.NextMeetings = []NextMeeting{}
	}
	if r.Links == nil {
		r.Links = []string{}
	}
	if r.Warnings == nil {
		r.Warnings = Warnings{}
	}
}
