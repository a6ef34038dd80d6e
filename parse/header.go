package parse

// The header of minutes: the lines before the first item (title block,
// letterhead, "Date:" fields, front matter), and the running headers that
// repeat on every page. The meeting recogniser (meeting.go) reads it.

import (
	"regexp"
	"strings"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// maxHeaderLines bounds the header: title blocks are short, and a document
// without items must not make its whole text a header.
const maxHeaderLines = 40

// A header is what the meeting recogniser reads.
type header struct {
	lines   []headerLine // the header zone, in order
	running []headerLine // lines that repeat through the document
	fields  []headerField
	path    string       // the document's file name, a last source of a date
	order   numericOrder // how the document writes numeric dates
	year    int          // the year the document's full dates give most often, or 0
	// committee is the coded committee the text names most often ("TC39"),
	// or "": the body of minutes whose title names none.
	committee string
}

// A headerLine is one non-blank line of the header, as plain text.
type headerLine struct {
	line     line
	text     string // plain text without markup or chat prefix
	pos      int    // position among the header's lines, from 0
	repeated bool   // a running header: the same text recurs in the document
	field    bool   // the line is a "Label: value" field
	chat     bool   // a message of an IRC log, which is no title
}

// A headerField is a "Label: value" line, a two-cell table row ("Date |
// 11th September 2012"), or a front-matter key.
type headerField struct {
	kind  fieldKind
	label string // as written, lower case
	value string
	line  headerLine
}

// fieldKind says what a field's label names.
type fieldKind uint8

const (
	fieldOther   fieldKind = iota // a label this package knows but does not read ("Chair", "Published")
	fieldTitle                    // "Title of Meeting": the meeting's title
	fieldMeeting                  // "Meeting", "Subject": a title, less surely
	fieldDate                     // "Date", "Datum"
	fieldPlace                    // "Location", "Place", "Venue", "Lieu"
	fieldStatus                   // "Status"
)

// fieldLabels maps field labels, lower case, to their kinds. Labels of
// kind fieldOther are known so that their dates ("Published: …", "Next
// meeting: …") are not taken for the meeting's.
var fieldLabels = map[string]fieldKind{
	"title": fieldTitle, "title of meeting": fieldTitle, "meeting title": fieldTitle,
	"name of meeting": fieldTitle, "meeting name": fieldTitle, "titre": fieldTitle, "titel": fieldTitle,
	"meeting": fieldMeeting, "subject": fieldMeeting, "objet": fieldMeeting, "betreff": fieldMeeting,
	"event": fieldMeeting, "réunion": fieldMeeting, "sitzung": fieldMeeting,
	"date": fieldDate, "dates": fieldDate, "meeting date": fieldDate, "date of meeting": fieldDate,
	"datum": fieldDate, "date de la réunion": fieldDate, "date de la séance": fieldDate,
	"fecha": fieldDate, "data": fieldDate, "when": fieldDate, "day": fieldDate,
	"会议名称": fieldTitle, "會議名稱": fieldTitle, "会議名": fieldTitle, "会议主题": fieldMeeting, "主题": fieldMeeting, "件名": fieldMeeting,
	"日期": fieldDate, "会议日期": fieldDate, "会议时间": fieldDate, "時間": fieldOther, "时间": fieldDate, "日時": fieldDate, "開催日時": fieldDate, "開催日": fieldDate,
	"status": fieldStatus, "statut": fieldStatus,
	"time": fieldOther, "heure": fieldOther, "zeit": fieldOther, "hour": fieldOther,
	"published": fieldOther, "posted": fieldOther, "updated": fieldOther, "last updated": fieldOther,
	"modified": fieldOther, "created": fieldOther, "printed": fieldOther, "publié le": fieldOther,
	"publié par": fieldOther, "mis à jour": fieldOther, "next meeting": fieldOther,
	"previous meeting": fieldOther, "deadline": fieldOther, "chair": fieldOther,
	"chairs": fieldOther, "acting chair": fieldOther, "scribe": fieldOther, "scribes": fieldOther,
	"present": fieldOther, "regrets": fieldOther, "attendees": fieldOther, "apologies": fieldOther,
	"author": fieldOther, "submitted by": fieldOther, "prepared by": fieldOther,
	"recorded by": fieldOther, "minutes": fieldOther, "agenda": fieldOther, "layout": fieldOther,
}

// fieldLabelPattern matches a known label followed by a colon at the start
// of a text. Some headers put several fields on one line ("Meeting:
// Reference taxonomy meeting Location: Tallinn Date: 23/01/2019"), so
// labelsIn tries it at every word.
var fieldLabelPattern *rx.Regexp

// labelPattern matches a line led by any short label and a colon ("Publié
// le : samedi 25 juin 2011"): a field even when this package does not know
// the label.
var labelPattern = rx.New(`^[\p{L}][\p{L}'’()\s]{0,30}?\s?:(?:\s|$)`)

func init() {
	// The labels of a place, in every language: vocab.PlaceLabels.
	for _, l := range vocab.PlaceLabels.Texts() {
		fieldLabels[l] = fieldPlace
	}
	var labels []string
	for l := range fieldLabels {
		labels = append(labels, regexp.QuoteMeta(l))
	}
	// Longer labels first, so "meeting date" wins over "date".
	sortByLengthDesc(labels)
	// The colon may be full-width, as Chinese and Japanese write it, with
	// no space after it: "地点：议事厅".
	fieldLabelPattern = rx.New(`(?i)^(` + strings.Join(labels, "|") + `)[*_]*\s?(?::[*_]*(?:\s|$)|：[*_]*)`)
}

// readHeader gathers the header of a document split into sections. lines
// are the document's lexed lines.
func readHeader(doc *document.Document, lines []line, sections []section, order numericOrder) header {
	h := header{path: doc.Path, order: order, year: commonYear(lines), committee: commonCommittee(lines)}
	zone := sections[0].lines
	if countNonBlank(zone) == 0 {
		zone = lines
	}
	repeated := repeatedTexts(lines)
	for _, l := range zone {
		if len(h.lines) >= maxHeaderLines {
			break
		}
		text := squeezeSpace(stripMarkup(chatText(l.plain)))
		if text == "" || isRule(text) {
			continue
		}
		hl := headerLine{line: l, text: text, pos: len(h.lines), repeated: repeated[text], chat: chatPrefix.MatchString(l.Text)}
		fields := fieldsOf(l, text)
		// A line led by an unknown label is a field too ("Publié le :
		// samedi 25 juin 2011"), unless it is a heading ("Publishing
		// Community Group: Plenary Session").
		hl.field = len(fields) > 0 || (l.Kind != document.Heading && labelPattern.MatchString(text))
		for i := range fields {
			fields[i].line = hl
		}
		h.fields = append(h.fields, fields...)
		h.lines = append(h.lines, hl)
	}
	h.fillEmptyFields()
	h.placeFieldsAfterZone(lines, len(zone))
	// Running headers: those normalize removed, and those still repeated
	// in the text.
	seen := map[string]bool{}
	addRunning := func(l line) {
		text := headerText(l)
		if text != "" && !seen[text] {
			seen[text] = true
			h.running = append(h.running, headerLine{line: l, text: text, repeated: true})
		}
	}
	for _, l := range doc.RemovedHeaders {
		addRunning(lexLine(l, order))
	}
	for _, l := range lines {
		if repeated[headerText(l)] {
			addRunning(l)
		}
	}
	return h
}

// placeFieldsAfterZone reads a place field the header zone does not
// hold, from the document's first lines after it: a heading made an item
// ("## Venue: Engineering Pavilion, 215.100" after "# Committee
// Meeting"), or a field after the attendance list ("Lokatie: La Vie
// Meeting Center in Utrecht" after "## Aanwezig:").
func (h *header) placeFieldsAfterZone(lines []line, zoneLen int) {
	if _, ok := h.field(fieldPlace); ok || zoneLen >= len(lines) {
		return
	}
	seen := 0
	for _, l := range lines {
		if l.IsBlank() {
			continue
		}
		if seen++; seen > maxHeaderLines {
			return
		}
		text := squeezeSpace(stripMarkup(chatText(l.plain)))
		for _, f := range fieldsOf(l, text) {
			if f.kind == fieldPlace && f.value != "" {
				f.line = headerLine{line: l, text: text, pos: -1, field: true}
				h.fields = append(h.fields, f)
				return
			}
		}
	}
}

// headerText is a line's plain text with the markup of its cells taken
// off too, as running headers are compared.
func headerText(l line) string { return squeezeSpace(stripMarkup(l.plain)) }

// commonYear is the year the full dates of a document give most often (the
// earliest among equals): the year of a meeting whose heading has none
// ("le 20 juin" in minutes that speak of "le 7 juin 2023").
func commonYear(lines []line) int {
	counts := map[int]int{}
	best := 0
	for _, l := range lines {
		for _, d := range l.dates {
			if d.form == formMonthYear {
				continue
			}
			y := dateYear(d.Start)
			counts[y]++
			if best == 0 || counts[y] > counts[best] || (counts[y] == counts[best] && y < best) {
				best = y
			}
		}
	}
	return best
}

func countNonBlank(lines []line) int {
	n := 0
	for _, l := range lines {
		if !l.IsBlank() {
			n++
		}
	}
	return n
}

// isRule reports whether a line is only a horizontal rule or decoration
// ("---", "*****").
func isRule(s string) bool {
	return strings.Trim(s, "-=*_~#. ") == ""
}

// repeatedTexts finds running headers and footers: short lines whose text
// recurs at least three times in the document.
func repeatedTexts(lines []line) map[string]bool {
	counts := map[string]int{}
	for _, l := range lines {
		text := headerText(l)
		if len(text) >= 5 && len(text) <= 120 {
			counts[text]++
		}
	}
	out := map[string]bool{}
	for text, n := range counts {
		if n >= 3 {
			out[text] = true
		}
	}
	return out
}

// fieldsOf reads the fields of one header line.
func fieldsOf(l line, text string) []headerField {
	if l.Kind == document.TableRow {
		cells := nonEmptyCells(l.Cells)
		if len(cells) < 1 {
			return nil
		}
		label := foldKey(strings.TrimRight(stripMarkup(cells[0]), ": "))
		kind, ok := fieldLabels[label]
		if !ok {
			return nil
		}
		return []headerField{{kind: kind, label: label, value: squeezeSpace(strings.Join(cells[1:], " "))}}
	}
	locs := labelsIn(text)
	if len(locs) == 0 || strings.TrimLeft(text[:locs[0][0]], " *_|") != "" {
		return nil
	}
	var fields []headerField
	for i, loc := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		label := foldKey(text[loc[0]:loc[1]])
		value := strings.Trim(squeezeSpace(text[loc[2]:end]), " *_|")
		fields = append(fields, headerField{kind: fieldLabels[label], label: label, value: value})
	}
	return fields
}

// labelsIn finds the known labels of a line: at its start, and after it at
// word starts with a capital ("… meeting Location: Tallinn" has the label
// "Location", not "meeting location"). Each is [label start, label end,
// value start].
func labelsIn(text string) [][3]int {
	var locs [][3]int
	for i := 0; i < len(text); i++ {
		if i > 0 && strings.IndexByte(" *_|\t", text[i-1]) < 0 {
			continue
		}
		if i > 0 && !isCapitalised(text[i:]) {
			continue
		}
		m := fieldLabelPattern.FindStringSubmatchIndex(text[i:])
		if m == nil {
			continue
		}
		locs = append(locs, [3]int{i + m[2], i + m[3], i + m[1]})
		i += m[1] - 1
	}
	return locs
}

// fillEmptyFields gives a label alone on its line ("Date:") the next
// line's text, when that is no field itself.
func (h *header) fillEmptyFields() {
	for i := range h.fields {
		f := &h.fields[i]
		if f.value != "" {
			continue
		}
		next := f.line.pos + 1
		if next < len(h.lines) && !h.lines[next].field {
			f.value = h.lines[next].text
		}
	}
}

// field returns the value of the first field of a kind, or "".
func (h *header) field(kind fieldKind) (headerField, bool) {
	for _, f := range h.fields {
		if f.kind == kind && f.value != "" {
			return f, true
		}
	}
	return headerField{}, false
}

// sortByLengthDesc sorts strings longest first (insertion sort: the lists
// are short).
func sortByLengthDesc(list []string) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j]) > len(list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// committeeCode matches the coded name of a standards committee or its
// groups: "TC39", "TC 53", "JTC1", "SC27", "WG 2".
var committeeCode = rx.New(`\b(?:TC|JTC|SC|WG|SG|TF)[ -]?\d{1,3}\b`)

// commonCommittee is the committee code the document's text names most
// often, at least three times, as it is most often written ("TC39" over
// "tc39"), without URLs (ecma-tc39-notes-2019-06-04-berlin.md names its
// committee only in its text: "relevance for TC39", "TC39 Chairs").
func commonCommittee(lines []line) string {
	counts := map[string]int{}
	for _, l := range lines {
		for _, c := range committeeCode.FindAllString(withoutURLs(l.Text), -1) {
			counts[c]++
		}
	}
	best := ""
	for c, n := range counts {
		if n >= 3 && (best == "" || n > counts[best] || n == counts[best] && c < best) {
			best = c
		}
	}
	return best
}
