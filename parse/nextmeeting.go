package parse

// Next meetings: the future meetings of the same body the minutes announce.
//
//	an item about them   "12. Date of the next meetings", "## Next
//	                     Meetings", "Schedule of Meetings": each sentence of
//	                     it with a date or a place is a meeting
//	a sentence           "The next meeting will be held on 20-21 May 2010 in
//	                     Heraklion, Greece (hosted by FORTH CERT)", "The
//	                     subsequent TF-CSIRT meeting will be hosted by FUNET
//	                     CERT and CERT-FI in Espoo, Finland on 21-22
//	                     September 2006", "La prochaine réunion aura lieu le
//	                     5 juillet 2023", "Die nächste Sitzung findet am 3.
//	                     März 2010 statt"
//
// Only meetings count, not workshops, courses or conferences ("the next
// e-coat workshop", "FIRST 2010 in Miami"), and only the body's own: the
// words between "next" and "meeting" must be the body's or the meeting's
// own ("the next TF-CSIRT meeting", "our next regular meeting"), so "our
// next annual meeting" is another body's in the minutes of a board.
//
// From each sentence: the first date (a range sets end_date; a date
// without a year takes the first year that puts it after this meeting),
// the city and country after "in" or "at" ("in Espoo, Finland"), and the
// host after "hosted by". A next meeting dated before this one is kept as
// written, with a warning.

import (
	"fmt"
	"strconv"
	"strings"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

var (
	// nextMeetingPhrase matches "next meeting", "subsequent TF-CSIRT
	// meeting", "following session", "prochaine réunion", "nächste
	// Sitzung", "próxima reunião", and a compound of German or Dutch
	// ("nächste Vorstandssitzung", "volgende bestuursvergadering"); group
	// 1 holds the words between.
	nextMeetingPhrase = rx.New(`(?i)\b(?:` + spacedNextWords.Pattern() + `)\s+((?:[\p{L}\d][\p{L}\d'’-]*\s+){0,3}?)(?:` + meetingNounPattern + `)(?:[^\p{L}\p{N}]|$)`)
	// nextMeetingAfterNoun matches the languages that put the word after
	// the noun: "la reunión siguiente", "la réunion suivante", "y cyfarfod
	// nesaf"; its group 1 is empty, as nothing stands between.
	nextMeetingAfterNoun = rx.New(`(?i)()\b(?:` + meetingNounPattern + `)\s+(?:` + vocab.NextWordsAfter.Pattern() + `)(?:[^\p{L}\p{N}]|$)`)
	// cjkNextMeeting matches the next meeting in Chinese and Japanese,
	// written without spaces: "下次会议：", "下一次例会", "次回会議", "次回：".
	cjkNextMeeting = rx.New(`()(?:` + vocab.NextWords.Only(vocab.Chinese, vocab.Japanese).Pattern() + `)(?:` + vocab.MeetingNouns.Only(vocab.Chinese, vocab.Japanese).Pattern() + `)?`)
	// meetingsTitle matches the title of an item about next meetings.
	meetingsTitle = rx.New(`(?i)\b(?:next|future|following|upcoming|forthcoming)\s+(?:\p{L}+\s+){0,2}?(?:meetings?|sessions?|calls?)\b|\bschedule\s+of\s+meetings\b|\bmeeting\s+(?:schedule|calendar|dates)\b|\bdates?\s+(?:and\s+(?:place|venue)\s+)?of\s+(?:the\s+)?next\b|\bprochaine?s?\s+réunions?\b|\bnächste\s+sitzung`)
	// hostedBy matches who hosts a meeting: "hosted by FORTH CERT",
	// "accueillie par X", "Gastgeber: X".
	hostedBy = rx.New(`(?i)\b(?:hosted\s+by|host(?:ed)?\s+(?:is|will\s+be)|at\s+the\s+invitation\s+of|accueillie?s?\s+par|organisée?\s+par|gastgeber(?:in)?\s*:?)\s+`)
)

// spacedNextWords are the words for "next" that stand apart from the noun
// after them, as in all but the CJK languages.
var spacedNextWords = vocab.NextWords.Except(vocab.Chinese, vocab.Japanese)

// meetingNounPattern matches a word for a meeting (vocab.MeetingNouns),
// alone or ending a German or Dutch compound: "Vorstandssitzung",
// "bestuursvergadering".
var meetingNounPattern = `\p{L}+(?:` + vocab.MeetingNouns.Senses("compound").Pattern() + `)|` + vocab.MeetingNouns.Except(vocab.Chinese, vocab.Japanese).Pattern()

// genericBetween are words that may stand between "next" and "meeting"
// whatever the body: "our next regular meeting".
var genericBetween = map[string]bool{
	"regular": true, "monthly": true, "weekly": true, "quarterly": true, "scheduled": true,
	"ordinary": true, "full": true, "formal": true, "plenary": true, "in-person": true,
	"face-to-face": true, "f2f": true, "virtual": true, "online": true, "physical": true,
	"the": true, "our": true, "two": true, "few": true, "ordentliche": true,
}

// findNextMeetings finds the future meetings of the same body.
func findNextMeetings(sections []section, m Meeting, order numericOrder) []NextMeeting {
	var found []NextMeeting
	for _, s := range sections {
		title := s.heading // back matter's too: "## Next meeting: …" is no item
		if s.item != nil {
			title = string(s.item.Title)
		}
		for _, nm := range scheduleMeetings(title, s.lines, m, order) {
			found = addNextMeeting(found, nm)
		}
		inItem := s.item != nil && meetingsTitle.MatchString(title)
		sentences := sectionSentences(s.lines)
		if title != "" {
			// The date may be in the item's own title: "## Next meeting:
			// Wednesday 2014-10-01, 1:00 p.m.", "10. NEXT MEETING:
			// February 21, 2024".
			sentences = append([]string{title}, sentences...)
		}
		for i, sentence := range sentences {
			if !inItem || (title != "" && i == 0) {
				// Outside an item about next meetings, and in a title,
				// what counts is what follows "next meeting": "… ends in
				// September 2006, so in the next meeting the group should
				// review …" gives no date.
				at := nextMeetingAt(sentence, m)
				if at < 0 {
					continue
				}
				sentence = sentence[at:]
			}
			nm, ok := nextMeetingIn(sentence, m, order)
			if ok && inItem && nm.City == "" && nm.Country == "" {
				p := venueAfterDate(sentence, order)
				nm.City, nm.Country = p.city, p.country
			}
			if ok {
				found = addNextMeeting(found, nm)
			}
		}
	}
	return found
}

// monthMeetingPhrase matches a coming meeting named by its month: "The
// April Board meeting is scheduled for 1 PM on April 2, 2016"
// (nmnwse-board-minutes-2016-02-13.pdf); group 1 holds the words between
// the month and "meeting".
var monthMeetingPhrase = rx.New(`(?i)\bthe\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:[\p{L}\d][\p{L}\d'’-]*\s+){0,3}?)(?:meeting|session|call)\s+(?:is|will\s+be)\s+(?:scheduled|held|planned|set)\b`)

// nextMeetingAt is where a sentence speaks of the next meeting of this
// body, or -1.
func nextMeetingAt(sentence string, m Meeting) int {
	for _, phrase := range []*rx.Regexp{nextMeetingPhrase, nextMeetingAfterNoun, cjkNextMeeting, monthMeetingPhrase} {
		for _, loc := range phrase.FindAllStringSubmatchIndex(sentence, -1) {
			if ownWords(sentence[loc[2]:loc[3]], m) {
				return loc[0]
			}
		}
	}
	return -1
}

// ownWords reports whether every word between "next" and "meeting" is
// generic or the meeting's own (in its title or body).
func ownWords(between string, m Meeting) bool {
	own := foldKey(string(m.Title) + " " + string(m.Body))
	for _, w := range strings.Fields(between) {
		lw := strings.ToLower(w)
		if !genericBetween[lw] && !containsWord(own, lw) {
			return false
		}
	}
	return true
}

// nextMeetingIn reads one announced meeting from a sentence: it needs a
// date or a place.
func nextMeetingIn(sentence string, m Meeting, order numericOrder) (NextMeeting, bool) {
	sentence = withoutURLs(sentence)
	var nm NextMeeting
	if d, ok := nextDate(sentence, m, order); ok {
		nm.Date, nm.EndDate = d.Start, d.End
	}
	p := nextPlace(sentence)
	nm.City, nm.Country = p.city, p.country
	nm.Host = String(hostIn(sentence))
	if nm.Date == "" && nm.City == "" && nm.Country == "" {
		return NextMeeting{}, false
	}
	return nm, true
}

// nextDate is the first date of a sentence; else a date without a year,
// completed with the first year that puts it after the meeting (the
// meeting's own day is this meeting, not the next); else "next year in
// April", as a year and month.
func nextDate(sentence string, m Meeting, order numericOrder) (dateSpan, bool) {
	if dates := findDates(sentence, order); len(dates) > 0 {
		return dates[0], true
	}
	year := dateYear(m.Date)
	if year == 0 {
		return dateSpan{}, false
	}
	if dm, ok := findDayMonth(sentence); ok {
		d := dm.withYear(year)
		if d == m.Date {
			return dateSpan{}, false
		}
		if d != "" && d < m.Date {
			d = dm.withYear(year + 1)
		}
		return dateSpan{Start: d}, d != ""
	}
	if month := monthAfterIn(sentence); month > 0 {
		// "De volgende bestuursvergadering zal ergens in september
		// plaatsvinden": the first such month after this meeting.
		y := year
		if m.Date != "" && fmt.Sprintf("%04d-%02d", year, month) <= string(m.Date)[:min(7, len(m.Date))] {
			y++
		}
		if !containsWord(sentence, "next year") {
			return dateSpan{Start: String(fmt.Sprintf("%04d-%02d", y, month))}, true
		}
	}
	if containsWord(sentence, "next year") || containsWord(sentence, "l'année prochaine") || containsWord(sentence, "nächstes jahr") {
		if month := monthNamed(sentence); month > 0 {
			return dateSpan{Start: String(fmt.Sprintf("%04d-%02d", year+1, month))}, true
		}
		return dateSpan{Start: String(fmt.Sprintf("%04d", year+1))}, true
	}
	return dateSpan{}, false
}

// monthInPhrase matches a month after the preposition that says "in" in
// the languages of vocab.NextWords: "in september", "en mars", "im
// Oktober", "a ottobre", "en octubre", "em março".
var monthInPhrase = rx.New(`(?i)(?:^|\s)(?:in|en|im|em|nel|a|au\s+mois\s+de|in\s+de\s+maand)\s+(\p{L}+)`)

// monthAfterIn is the month a sentence names after "in", written in full
// (a name of more than three letters, so not "may"), or 0.
func monthAfterIn(sentence string) int {
	for _, m := range monthInPhrase.FindAllStringSubmatch(sentence, -1) {
		if w := strings.ToLower(m[1]); len([]rune(w)) > 3 && monthNames[w] > 0 {
			return monthNames[w]
		}
	}
	return 0
}

// monthNamed is the first month a text names in full ("in April"), or 0.
// Abbreviations do not count here: "may" and "mar" are words too.
func monthNamed(s string) int {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }) {
		lw := strings.ToLower(w)
		if n := monthNames[lw]; n > 0 && len(lw) > 3 && isCapitalised(w) {
			return n
		}
	}
	return 0
}

// nextPlaceClause matches a place after "in" or "at": "in Heraklion,
// Greece", "in Espoo, Finland", "à Genève".
var nextPlaceClause = rx.New(`(?:^|\s)(?:in|at|à|in der|te)\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|la|am|sur|upon))*(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*|\s+of\s+\p{Lu}[\p{L}\p{M}]*)*)?)`)

// nextPlace reads the city and country of a next meeting: the first place
// after "in" or "at" that names a known city or ends with a country; a
// place after "in" is a city even when the gazetteer does not know it
// ("meeting is in Silver City", "at New Mexico Tech in Socorro"), unless
// it is a month or a day.
func nextPlace(sentence string) place {
	for _, m := range nextPlaceClause.FindAllStringSubmatch(withoutDates(sentence), -1) {
		afterIn := strings.HasPrefix(strings.TrimSpace(m[0]), "in ") && !isCalendarWord(m[1])
		p := parsePlace(m[1], afterIn)
		if p.city != "" || p.country != "" {
			p.venue = ""
			return p
		}
	}
	return place{}
}

// isCalendarWord reports whether a place after "in" is a time: "in April",
// "in March 2017", "in Q3".
func isCalendarWord(s string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(s)), " ")
	_, weekday := weekdayNames[first]
	return monthNames[strings.TrimRight(first, ".,")] > 0 || weekday
}

// townVenue matches a venue named after its town, which then gives the
// city: "Bury St Edmunds Library" (testdata/CONVENTIONS.md), "Ipswich
// Town Hall".
var townVenue = rx.New(`^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:County\s+)?(?:Library|Town\s+Hall|City\s+Hall|Civic\s+Cent(?:re|er)|Guildhall)$`)

// venueAfterDate reads the place written after a next meeting's date in
// an item about next meetings: "27th February 2016, Bury St Edmunds
// Library" (suffolk-libraries-open-board-minutes-2016-12-15.pdf).
func venueAfterDate(sentence string, order numericOrder) place {
	dates := findDates(sentence, order)
	if len(dates) == 0 {
		return place{}
	}
	rest := strings.TrimSpace(sentence[dates[0].Stop:])
	if !strings.HasPrefix(rest, ",") {
		return place{}
	}
	p := parsePlace(withoutTimes(strings.TrimLeft(rest, ", ")), true)
	if m := townVenue.FindStringSubmatch(string(p.venue)); m != nil && p.city == "" {
		p.city = String(m[1])
	}
	return p
}

// hostIn reads the host of a meeting: what follows "hosted by" up to a
// bracket, a comma, "in", "on" or the end of the sentence.
func hostIn(sentence string) string {
	loc := hostedBy.FindStringIndex(sentence)
	if loc == nil {
		return ""
	}
	host := sentence[loc[1]:]
	for _, stop := range []string{")", ",", ";", " in ", " on ", " at ", " from ", " à ", " le ", ". "} {
		if i := strings.Index(host, stop); i >= 0 {
			host = host[:i]
		}
	}
	host = strings.TrimRight(strings.TrimSpace(host), ".")
	if host == "" || len(strings.Fields(host)) > 8 || !hasUpper(host) {
		return ""
	}
	return host
}

// addNextMeeting adds a meeting to the list, or completes the one with the
// same date.
func addNextMeeting(list []NextMeeting, nm NextMeeting) []NextMeeting {
	for i := range list {
		if sameMeetingDate(list[i].Date, nm.Date) {
			if len(nm.Date) > len(list[i].Date) {
				list[i].Date = nm.Date // "26th March 2013" says more than "March 2013"
			}
			fill(&list[i].EndDate, nm.EndDate)
			fill(&list[i].City, nm.City)
			fill(&list[i].Country, nm.Country)
			fill(&list[i].Host, nm.Host)
			return list
		}
	}
	return append(list, nm)
}

// scheduleTitle matches the line that opens a schedule of meetings:
// "Hosts for FY2001 Meetings", "Meeting schedule", "Dates of future
// meetings".
var scheduleTitle = rx.New(`(?i)\bmeetings\b|\bmeeting\s+(?:schedule|calendar|dates)\b|\bschedule\s+of\s+meetings\b|\bcalendrier\s+des\s+réunions|\bsitzungstermine\b`)

// maxScheduleGap is how many short lines may stand between a schedule's
// title and its first date: "Held every 2nd Thursday of the month",
// "LOCATION: …", "TIME: …" (chicago-human-relations-2019-meeting-schedule.pdf).
const maxScheduleGap = 6

// scheduleMeetings reads a schedule of meetings: a short line that names
// one, then lines that each start with a date, often without a year, and
// give a host and a place ("Dec. 2\tKim Linder — Cedar Crest", "Apr 14
// (?)\tat State Science Fair in Socorro", "June ?\tat Professional
// Development Seminar in Albuquerque", "December 1 Rio Rancho at Jeanne
// Banks home"). The line that opens the schedule may be the section's own
// title. A schedule is in the order of time: its dates take their years
// so (see scheduleYears), and only those after this meeting are next
// meetings.
func scheduleMeetings(title string, lines []line, m Meeting, order numericOrder) []NextMeeting {
	if m.Date == "" {
		return nil
	}
	var found []NextMeeting
	for i := -1; i < len(lines); i++ {
		var head string
		if i < 0 {
			head = title
			if n, ok := parseNumbered(head); ok {
				head = n.title
			}
		} else {
			head = lines[i].plain
			if n := lines[i].plainNum; n != nil {
				head = n.title
			}
		}
		if len(strings.Fields(head)) > 8 || !scheduleTitle.MatchString(head) {
			continue
		}
		entries, last := scheduleAfter(lines, i+1, order)
		for _, nm := range scheduleYears(entries, m) {
			if nm.Date > m.Date {
				found = append(found, nm)
			}
		}
		i = max(i, last)
	}
	return found
}

// A scheduleLine is a line of a schedule as written: its date, perhaps
// without a year or a day, and the meeting it names.
type scheduleLine struct {
	full    String   // a date with its year
	dm      dayMonth // else a day and month
	month   int      // else a month alone ("June ?")
	meeting NextMeeting
}

// scheduleAfter reads the lines of a schedule from line from on, after
// at most maxScheduleGap short lines; it returns them and the index of
// the last one read.
func scheduleAfter(lines []line, from int, order numericOrder) ([]scheduleLine, int) {
	var entries []scheduleLine
	last, gap := from-1, 0
	for j := from; j < len(lines); j++ {
		if lines[j].IsBlank() {
			continue
		}
		text := lines[j].plain
		e, ok := scheduleEntry(text, order)
		if !ok {
			if len(entries) > 0 || gap >= maxScheduleGap || len(strings.Fields(text)) > 8 {
				break
			}
			gap++
			continue
		}
		entries = append(entries, e)
		last = j
	}
	return entries, last
}

// scheduleEntry reads one line of a schedule: its date, then "Host —
// City", "at Event in City" or "City at Host’s home".
func scheduleEntry(text string, order numericOrder) (scheduleLine, bool) {
	e, rest, ok := leadingScheduleDate(text, order)
	if !ok {
		return scheduleLine{}, false
	}
	rest = strings.TrimSpace(strings.TrimLeft(rest, " \t?()"))
	if i := strings.Index(rest, " in "); i >= 0 && strings.HasPrefix(strings.ToLower(rest), "at ") {
		e.meeting.City = String(capitalisedRun(rest[i+4:]))
		return e, true
	}
	for _, sep := range []string{" — ", " – ", " - "} {
		if host, where, ok := strings.Cut(rest, sep); ok && len(personList(host)) > 0 {
			e.meeting.Host = String(strings.TrimSpace(host))
			e.meeting.City = parsePlace(where, true).city
			return e, true
		}
	}
	e.meeting.City, e.meeting.Host = placeAtHome(rest)
	return e, true
}

// homeOf matches whose home a meeting is at: "at Jeanne Banks home", "at
// Carol LaDelfe’s home", "at Kelly's".
var homeOf = rx.New(`^(.*?)(?:\s+at\s+|^at\s+)(.+?)(?:['’]s?)?(?:\s+home)?$`)

// placeAtHome reads "Rio Rancho at Jeanne Banks home": the city before
// "at", the host whose home it is when the schedule names them in full.
// "Socorro (Science Fair)" gives the city alone.
func placeAtHome(rest string) (city, host String) {
	where, who := rest, ""
	if m := homeOf.FindStringSubmatch(rest); m != nil {
		where, who = m[1], m[2]
	}
	if i := strings.Index(where, "("); i >= 0 {
		where = where[:i]
	}
	if where = strings.TrimSpace(where); where != "" && looksLikeCity(where) && !hasAnyWord(where, meetingWords) {
		city = String(where)
	}
	if name, ok := personName(who); ok {
		host = String(name)
	}
	return city, host
}

// leadingScheduleDate reads the date that starts a schedule line: a full
// date, a day and month without a year ("JANUARY 10"), or a month alone
// before a question mark or a capitalised name ("June ?", "October
// Annual Meeting").
func leadingScheduleDate(text string, order numericOrder) (scheduleLine, string, bool) {
	if dates := findDates(text, order); len(dates) > 0 && dates[0].At == 0 {
		return scheduleLine{full: dates[0].Start}, text[dates[0].Stop:], true
	}
	if dm, ok := findDayMonth(text); ok && dm.At == 0 {
		return scheduleLine{dm: dm}, text[dm.Stop:], true
	}
	word, rest, _ := strings.Cut(strings.TrimSpace(text), " ")
	month := monthNames[strings.ToLower(strings.TrimRight(word, "."))]
	rest = strings.TrimSpace(rest)
	named := isCapitalised(rest) && len(strings.Fields(rest)) <= 6
	if month == 0 || !isCapitalised(word) || !(rest == "" || strings.HasPrefix(rest, "?") || named) {
		return scheduleLine{}, "", false
	}
	return scheduleLine{month: month}, rest, true
}

// scheduleYears dates the lines of a schedule. A line that is this
// meeting's day and month is this meeting: the years run back from it
// and on from it. Else the first line takes the first year that puts it
// after this meeting. Each next line takes the year of the line before,
// or the one after when its month and day come earlier in the year: in a
// schedule "December 1 … June 1 … December 7" the two Decembers are a
// year apart (nmnwse-board-minutes-2002-06-01.html).
func scheduleYears(entries []scheduleLine, m Meeting) []NextMeeting {
	year := dateYear(m.Date)
	if year == 0 {
		return nil
	}
	meetingDay := ""
	if len(m.Date) == len("2006-01-02") {
		meetingDay = string(m.Date[5:])
	}
	anchor := -1
	for i, e := range entries {
		if e.full == "" && e.month == 0 && meetingDay != "" && string(e.dm.withYear(2000))[5:] == meetingDay {
			anchor = i
			break
		}
	}
	years := make([]int, len(entries))
	if anchor >= 0 {
		years[anchor] = year
		for i := anchor - 1; i >= 0; i-- {
			years[i] = years[i+1]
			if monthDay(entries[i]) > monthDay(entries[i+1]) {
				years[i]--
			}
		}
	} else if len(entries) > 0 {
		years[0] = year
		if d := entries[0].dated(year); d != "" && d <= m.Date {
			years[0] = year + 1
		}
		anchor = 0
	}
	for i := anchor + 1; i < len(entries); i++ {
		years[i] = years[i-1]
		if monthDay(entries[i]) < monthDay(entries[i-1]) {
			years[i]++
		}
	}
	var out []NextMeeting
	for i, e := range entries {
		nm := e.meeting
		if nm.Date = e.dated(years[i]); nm.Date != "" {
			out = append(out, nm)
		}
	}
	return out
}

// monthDay orders the lines of a schedule within a year: 100 × month +
// day; a line with its own year sorts by its month and day too.
func monthDay(e scheduleLine) int {
	switch {
	case e.full != "" && len(e.full) >= 7:
		m, _ := strconv.Atoi(string(e.full[5:7]))
		d := 0
		if len(e.full) == 10 {
			d, _ = strconv.Atoi(string(e.full[8:10]))
		}
		return 100*m + d
	case e.month > 0:
		return 100 * e.month
	}
	return 100*e.dm.month + e.dm.day
}

// dated is the line's date in a year: its own year if it has one.
func (e scheduleLine) dated(year int) String {
	switch {
	case e.full != "":
		return e.full
	case e.month > 0:
		return String(fmt.Sprintf("%04d-%02d", year, e.month))
	}
	return e.dm.withYear(year)
}

// sameMeetingDate reports whether two dates may name the same meeting: the
// same, or one a month the other falls in.
func sameMeetingDate(a, b String) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.HasPrefix(string(a), string(b)) || strings.HasPrefix(string(b), string(a))
}

// nextMeetingWarnings warns about next meetings dated before this one: the
// record keeps the date as written ("27th February 2016" in the minutes of
// December 2016), but a person should look.
func nextMeetingWarnings(list []NextMeeting, m Meeting) []document.Warning {
	var ws []document.Warning
	for _, nm := range list {
		if nm.Date != "" && m.Date != "" && nm.Date < m.Date {
			ws = append(ws, document.Warning{Stage: "next-meetings", Message: fmt.Sprintf("next meeting dated %s, before this meeting (%s); kept as written", nm.Date, m.Date)})
		}
	}
	return ws
}

// fill sets an empty field.
func fill(field *String, v String) {
	if *field == "" {
		*field = v
	}
}
