package parse

// The meeting: title, body, number, date, place and status, read from the
// header (header.go).
//
// Title: the header line that reads most like a title — it names a meeting
// or minutes ("29th TF-CSIRT meeting", "Board of Directors Interim Meeting
// Minutes"), is a heading or comes first, is not all lower case (a web
// page's chrome) and is not a running header. A "Title of Meeting" field
// wins over everything. A title wrapped over two lines of the same font in
// a PDF is joined.
//
// Body: the committee, task force or board that met, as the title gives it:
// the title without its frame ("Minutes of the"), its ordinal, its dates,
// the kind of meeting ("Interim", "Annual") and what follows the word
// "meeting". "29th TF-CSIRT meeting" → "TF-CSIRT"; "Board of Directors
// Interim Meeting Minutes" → "Board of Directors"; "Regular Meeting of the
// Board of Trustees" → "Board of Trustees". Where the title names no body,
// a line just above it that does ("Board of Education") is used.
//
// Number: only an ordinal of the meeting in its series, written as such:
// "29th TF-CSIRT meeting", "Meeting #18", "Sitzung Nr. 5", "29e réunion".
// "Special Service Area #21" and "IETF 83" are not.
//
// Date: a "Date:" field; else the first full date in the header (lines of
// other fields, "Published: …", are skipped); else a month and year; else a
// date without a year ("September 29") completed from the file name or
// another date of the header; else the file name's date, with a warning.
// Two header dates that disagree, or a weekday that is not the date's, are
// kept as written and warned about.
//
// Status: "draft" when the header or a running header says draft minutes
// ("Draft minutes of…", "- DRAFT -", "Projet de procès-verbal"),
// "approved" when it says approved minutes.

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// meetingWords name a meeting or its minutes; a title holds one, and a
// body's name ends before it.
var meetingWords = []string{
	"meeting", "meetings", "minutes", "meeting notes", "session", "teleconference", "telecon", "telcon",
	"conference call", "face-to-face", "f2f", "agm", "egm", "réunion", "séance",
	"procès-verbal", "compte rendu", "compte-rendu", "sitzung", "protokoll", "niederschrift",
	"besprechung", "versammlung", "vergadering", "notulen", "verslag", "reunión", "acta",
	"riunione", "verbale", "workshop", "reunião", "sessão", "sesión", "seduta",
}

// bodyNounWords name bodies that meet, in several languages; more are
// in vocab.BodyNouns.
var bodyNounWords = append([]string{
	"board", "committee", "commission", "council", "group", "wg", "task force", "taskforce",
	"tf", "tc", "sc", "tsc", "trustees", "directors", "panel", "forum", "subcommittee",
	"sub-committee", "society", "association", "assembly", "team", "bureau", "comité",
	"conseil", "groupe", "ausschuss", "vorstand", "beirat", "kommission", "gremium",
	"arbeitsgruppe", "bestuur", "commissie", "raad", "werkgroep", "junta", "comisión",
	"consejo", "comitato", "consiglio", "cabinet", "senate", "caucus", "congress", "club", "sig",
}, vocab.BodyNouns.Texts()...)

// meetingKinds are adjectives of a meeting's kind, taken off a body's name:
// "Board of Directors Interim" → "Board of Directors".
var meetingKinds = map[string]bool{
	"interim": true, "special": true, "regular": true, "annual": true, "general": true,
	"extraordinary": true, "ordinary": true, "plenary": true, "monthly": true, "weekly": true, "bi-weekly": true, "biweekly": true, "fortnightly": true, "bimonthly": true, "bi-monthly": true, "daily": true,
	"quarterly": true, "open": true, "closed": true, "public": true, "private": true,
	"inaugural": true, "joint": true, "virtual": true, "online": true, "full": true,
	"emergency": true, "informal": true, "formal": true, "face-to-face": true, "f2f": true,
	"draft": true, "approved": true, "final": true, "the": true, "and": true, "of": true,
	"ordentliche": true, "außerordentliche": true, "ordinaire": true, "extraordinaire": true,
	"ordinaria": true, "ordinario": true, "extraordinaria": true, "extraordinario": true,
	"straordinaria": true, "ordinária": true, "extraordinária": true,
}

// findMeeting reads the meeting from the header.
func findMeeting(h header) (Meeting, []document.Warning) {
	var m Meeting
	var warnings []document.Warning
	title, ok := h.title()
	if ok {
		m.Title = String(title)
		m.Body = String(h.body(title))
		m.Number = NullInt(h.number(title))
	} else {
		warnings = append(warnings, document.Warning{Stage: "meeting", Message: "no meeting title found"})
	}
	date, dw := h.date()
	m.Date, m.EndDate = date.Start, date.End
	warnings = append(warnings, dw...)
	p := h.place()
	m.Venue, m.City, m.Country = p.venue, p.city, p.country
	m.Status = String(h.status())
	return m, warnings
}

// title picks the header line that reads most like a title and cleans
// it (meetingTitle). A labelled field naming the meeting wins.
func (h *header) title() (string, bool) {
	for _, kind := range []fieldKind{fieldTitle, fieldMeeting} {
		if f, ok := h.field(kind); ok {
			if t := meetingTitle(f.value); t != "" {
				return t, true
			}
		}
	}
	// Running headers compete too: normalize takes them out of the text,
	// and a title printed on every page ("Commission Meeting Minutes") may
	// survive only there.
	candidates := append(append([]headerLine{}, h.lines...), h.running...)
	best, bestScore := -1, 0
	for i, l := range candidates {
		if s := titleScore(l); s > bestScore && meetingTitle(l.text) != "" {
			best, bestScore = i, s
		}
	}
	switch {
	case best < 0:
		return "", false
	case best < len(h.lines):
		return meetingTitle(h.joinWrappedTitle(best)), true
	}
	return meetingTitle(candidates[best].text), true
}

// minutesFor matches the other ways a title opens with the kind of
// document: "Minutes for", "Minutes from", "Notes from", "Agenda for",
// "Formal notice for" (suffolk-libraries-formal-notice-agenda-agm.pdf).
var minutesFor = rx.New(`(?i)^(?:(?:draft|approved|final|formal)\s+)?(?:minutes|notes|notice|agenda)\s+(?:for|from|of)\s+(?:the\s+)?`)

// trailingKind matches the words that end a title only to say it is
// minutes: "Minutes", "- Minutes", "Meeting Notes" → "Meeting".
var trailingKind = rx.New(`(?i)(?:\s*[-–—:|]\s*|\s+)(?:notes|` + vocab.Minutes.Pattern() + `)\s*$`)

// leadingKind matches a word for minutes that opens a title without a
// preposition, as Dutch, German and Portuguese titles do: "Notulen
// bestuursvergadering", "Protokoll Vorstandssitzung", "Ata Reunião".
var leadingKind = rx.New(`(?i)^(?:` + vocab.Minutes.Pattern() + `)\s*[-–—:|]?\s+`)

// heldClause matches a clause that gives the place or time in a title:
// "held at the home of Debby Potter", "tenue le 20 juin, à 16h00 à la
// salle du conseil".
var heldClause = rx.New(`(?i)\s+(?:held|tenue?s?|took place|a eu lieu|abgehalten|stattgefunden)\b.*$`)

// meetingTitle is a title as the record writes it: the meeting's name as
// written, without its date, time and place, and without the words that
// only say these are minutes ("Minutes of the", a trailing "Minutes").
// "Minutes of the 17th TF-CSIRT meeting" → "17th TF-CSIRT meeting";
// "Board of Directors Interim Meeting Minutes" → "Board of Directors
// Interim Meeting"; "Node.js Foundation TSC Meeting 2015-06-03" →
// "Node.js Foundation TSC Meeting". It is "" when nothing is left.
func meetingTitle(s string) string {
	undated := squeezeSpace(withoutTimes(withoutDates(s)))
	dated := undated != squeezeSpace(s)
	if dated {
		// "Board Meeting – May 3, 2021 – Zoom" leaves two dashes side by side.
		undated = emptySeparators.ReplaceAllString(undated, " $1$2")
	}
	s = undated
	s = minutesFrame.ReplaceAllString(s, "")
	s = minutesFor.ReplaceAllString(s, "")
	s = leadingKind.ReplaceAllString(s, "")
	s = heldClause.ReplaceAllString(s, "")
	s = withoutPlaceAfterMeeting(s)
	s = withoutTrailingPlaces(s)
	for {
		trimmed := trailingKind.ReplaceAllString(s, "")
		if dated {
			trimmed = danglingJoiner.ReplaceAllString(trimmed, "")
		}
		trimmed = strings.TrimRight(trimmed, " -–—,;:|(")
		if f := strings.Fields(trimmed); len(f) > 0 && !abbreviatedEnd(f[len(f)-1]) {
			trimmed = strings.TrimRight(trimmed, " .")
		}
		if trimmed == s {
			break
		}
		s = trimmed
	}
	s = strings.Trim(squeezeSpace(s), " -–—,;:|")
	s = withoutEdgeYears(s)
	if isBareKindWord(s) || !hasLetter(s) || onlyJoiners(s) {
		return ""
	}
	return s
}

// withoutEdgeYears takes a year off either end of a title, the date of a
// yearly meeting: "2023 Annual General Meeting", "OpenWIS Annual Meeting
// 2017" → "Annual General Meeting", "OpenWIS Annual Meeting".
func withoutEdgeYears(s string) string {
	words := strings.Fields(s)
	if len(words) >= 2 && isYear(strings.Trim(words[len(words)-1], "().,")) {
		words = words[:len(words)-1]
	}
	if len(words) >= 2 && isYear(strings.Trim(words[0], "().,")) {
		words = words[1:]
	}
	return strings.Trim(strings.Join(words, " "), " -–—,;:|")
}

// emptySeparators are separators left side by side where a date was taken
// out between them: "Meeting – – Zoom".
var emptySeparators = rx.New(`\s([-–—|])(?:\s+[-–—|])+(\s|$)`)

// danglingJoiner matches a joining word left at the end of a title whose
// date or time was taken out: "Assemblée Générale du 31 Mai 2009 à 10h"
// leaves "Assemblée Générale du à", "Acta de la reunión del 13 de
// Septiembre de 2023" leaves "reunión del" (vocab.DateJoiners).
var danglingJoiner = rx.New(`(?i)(?:^|\s)(?:` + vocab.DateJoiners.Pattern() + `)[\s,]*$`)

// onlyJoiners reports whether a title is nothing but joining words: "for"
// is what "Minutes for 2025-01-17" leaves.
func onlyJoiners(s string) bool {
	for _, w := range strings.Fields(s) {
		if !danglingJoiner.MatchString(w) {
			return false
		}
	}
	return true
}

// withoutPlaceAfterMeeting cuts " in Vancouver", " at Carbon Arc Bar"
// after the word "meeting" (or the like) and what follows it.
func withoutPlaceAfterMeeting(s string) string {
	at := firstWordIndex(s, meetingWords)
	if at < 0 {
		at = 0
	}
	for _, prep := range []string{" in ", " at ", " à ", " en "} {
		i := strings.Index(s[at:], prep)
		if i < 0 {
			continue
		}
		rest := s[at+i+len(prep):]
		if isCapitalised(rest) || strings.HasPrefix(rest, "the ") {
			return s[:at+i]
		}
	}
	return s
}

// withoutTrailingPlaces drops the parts after the title's last commas or
// dashes that name a place: "Board Meeting, Amsterdam, Netherlands".
func withoutTrailingPlaces(s string) string {
	for {
		i := strings.LastIndexAny(s, ",–—")
		if i < 0 {
			return s
		}
		part := strings.TrimSpace(strings.TrimLeft(s[i:], ",–—"))
		_, isCountry := lookupCountry(part)
		if part != "" && !isCountry && !isKnownCity(part) && !regionAbbreviations[part] {
			return s
		}
		s = strings.TrimSpace(s[:i])
	}
}

// titleScore rates a header line as a title; 0 or less is no title.
func titleScore(l headerLine) int {
	text := l.text
	words := strings.Fields(text)
	if l.field || l.chat || len(words) == 0 || len(text) > 150 || isPageNumber(text) || isDateOrStatus(text) {
		return 0
	}
	if l.line.Kind == document.TableRow && len(nonEmptyCells(l.line.Cells)) >= 2 {
		return 0 // a table's header row: "| Meeting Day | Meeting Time | Note Taker |"
	}
	if joiningDetails.MatchString(text) {
		return 0 // "Zoom Meeting ID", "Dial-in number"
	}
	score := 0
	if hasAnyWord(text, meetingWords) {
		score += 4
	}
	if hasBodyNoun(withoutOrgNouns(text)) {
		score += 2 // a body, not the letterhead's organisation ("… HomeOwners Association")
	}
	if l.line.Kind == document.Heading || l.line.Bold {
		score += 2
	}
	if isSectionOfMeeting(text) {
		score -= 4 // "## Meeting Attendance" under "# Steering Committee"
	}
	if l.pos < 3 {
		score++
	}
	if !hasUpper(text) {
		score -= 4 // a web page's lower-case chrome
	}
	if !isCapitalised(words[0]) && !startsWithDigit(words[0]) {
		score -= 2
	}
	if l.repeated {
		score -= 3
	}
	if l.line.Kind == document.ListItem {
		score -= 3 // "• Meeting called to order at 9:08am"
	}
	if l.pos >= 10 {
		score -= 2 // far from the top: text, not a title block
	}
	if isBareKindWord(text) {
		score -= 3
	}
	if strings.HasSuffix(text, ".") && len(words) > 6 && !abbreviatedEnd(words[len(words)-1]) {
		score -= 5 // a sentence: "The meeting was called to order…"
	}
	if isSessionTitle(text) || isDatePlaceLine(text) {
		score -= 4 // "SESSION 1 (TUESDAY)", "9th - 10th March 2016, Seoul - meeting minutes"
	}
	return score
}

// joiningDetails matches the details for joining a call, which a header
// gives under the title: "Zoom Meeting ID", "Meeting password", "Dial-in",
// "Conference Bridge", "Einwahl".
var joiningDetails = rx.New(`(?i)\bmeeting\s+(?:id|number|link|password|passcode)\b|\bdial[- ]?in\b|\bpass ?code\b|\bconference\s+bridge\b|\beinwahl|\bcódigo\s+de\s+acceso\b|\bcode\s+d['’]accès\b`)

// withoutOrgNouns blanks the nouns that name an organisation rather than
// a body of it ("Association", "Society", "Foundation"): a letterhead
// names the organisation, the title its board or assembly.
func withoutOrgNouns(text string) string {
	words := strings.Fields(text)
	for i, w := range words {
		if orgNouns[strings.ToLower(strings.Trim(w, ",.:;()"))] {
			words[i] = "·"
		}
	}
	return strings.Join(words, " ")
}

// isSectionOfMeeting reports whether a heading names a section of the
// minutes, a meeting word and an attendance or agenda word: "Meeting
// Attendance", "Meeting Agenda", "Sitzungsteilnehmer" is one word and no
// title either way.
func isSectionOfMeeting(text string) bool {
	words := strings.Fields(strings.Trim(foldKey(text), " :.-–—"))
	if len(words) != 2 || !hasAnyWord(text, meetingWords) {
		return false
	}
	for _, w := range words {
		if containsWord(w, "meeting") || containsWord(w, "réunion") || containsWord(w, "reunión") {
			continue
		}
		return attendanceWordSet()[w] || agendaWordSet()[w]
	}
	return false
}

// isDatePlaceLine reports whether a line only gives a date and a place,
// perhaps with "meeting minutes": nothing names the meeting.
func isDatePlaceLine(text string) bool {
	rest := withoutDates(text)
	if rest == text {
		return false
	}
	var kept []string
	for _, part := range splitOnDashes(rest) {
		for _, piece := range strings.Split(part, ",") {
			piece = strings.TrimSpace(piece)
			if _, isCountry := lookupCountry(piece); isCountry || isKnownCity(piece) || regionAbbreviations[piece] {
				continue
			}
			kept = append(kept, piece)
		}
	}
	core := strings.Trim(strings.Join(kept, " "), " -–—,.:")
	return core == "" || isBareKindWord(core)
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// isPageNumber reports whether a line is a page number ("Page 1/8", "- 2 -").
func isPageNumber(s string) bool {
	k := foldKey(s)
	if strings.HasPrefix(k, "page ") || strings.HasPrefix(k, "seite ") {
		return true
	}
	return strings.Trim(k, "-–— 0123456789/") == ""
}

// isBareKindWord reports whether a line only names the kind of document:
// "MINUTES", "PROCÈS-VERBAL", "Agenda".
func isBareKindWord(s string) bool {
	switch k := strings.Trim(foldKey(s), " -–—:."); k {
	case "meeting minutes", "agenda", "notes", "meeting notes":
		return true
	default:
		// "TOPs", "Pautas", "议程"; "Attendees", "Anwesend": sections.
		return minutesWordSet()[k] || agendaWordSet()[k] || attendanceWordSet()[k]
	}
}

// minutesWordSet is vocab.Minutes as a set.
var minutesWordSet = sync.OnceValue(vocab.Minutes.Set)

// attendanceWordSet is vocab.Attendance as a set.
var attendanceWordSet = sync.OnceValue(vocab.Attendance.Set)

// agendaWordSet is vocab.Agenda and vocab.AgendaNames as a set.
var agendaWordSet = sync.OnceValue(func() map[string]bool {
	return append(append(vocab.Table{}, vocab.Agenda...), vocab.AgendaNames...).Set()
})

// hasAnyWord reports whether s holds one of words as a whole word.
func hasAnyWord(s string, words []string) bool {
	for _, w := range words {
		if containsWord(s, w) {
			return true
		}
	}
	return false
}

// hasBodyNoun reports whether s names a body that meets, also with a
// case ending: "Sitzung des Vorstands", "committees".
func hasBodyNoun(s string) bool {
	for _, w := range bodyNounWords {
		if containsWord(s, w) || (len(w) >= 5 && containsInflected(s, w)) {
			return true
		}
	}
	return false
}

// containsInflected reports whether s holds w with one or two more letters
// at its end ("Vorstands", "Ausschusses" is beyond).
func containsInflected(s, w string) bool {
	lower := strings.ToLower(s)
	for from := 0; ; {
		k := strings.Index(lower[from:], w)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(w)
		tail := 0
		for end+tail < len(lower) && tail <= 2 && lower[end+tail] >= 'a' && lower[end+tail] <= 'z' {
			tail++
		}
		if isWordEdge(lower, k) && tail >= 1 && tail <= 2 && isWordEdge(lower, end+tail) {
			return true
		}
		from = k + 1
	}
}

// joinWrappedTitle joins the title line with the line before it when a PDF
// wrapped the title over both: same page, font size and weight, close
// together, and the line before is neither a field nor a date.
func (h *header) joinWrappedTitle(i int) string {
	return h.withContinuation(i, h.withLineBefore(i))
}

// withContinuation adds to a title the lines a PDF wrapped it onto after
// it, in the same font, close below, none a field, a date or a new title
// ("Compte rendu de l’assemblée" / "constitutive de l’association Les" /
// "enfants de Simone", enfants-de-simone-ag-constitutive-2023-11-11.pdf).
func (h *header) withContinuation(i int, text string) string {
	prev := h.lines[i]
	if prev.line.Size == 0 || strings.HasSuffix(text, ".") {
		return text
	}
	for _, next := range h.lines[i+1 : min(i+4, len(h.lines))] {
		sameFont := next.line.Page == prev.line.Page && abs(next.line.Size-prev.line.Size) < 0.5 && next.line.Bold == prev.line.Bold
		close := next.line.Y > prev.line.Y && next.line.Y-prev.line.Y < 1.6*prev.line.Size
		if !sameFont || !close || next.field || next.repeated || hasAnyWord(next.text, meetingWords) {
			break
		}
		// A line of a title block ("NMSU, Las Cruces, NM" under "February
		// 2016 Board Meeting") is no continuation: that starts in lower
		// case, or follows a word that cannot end a title ("… Les").
		first, _ := utf8.DecodeRuneInString(next.text)
		if !unicode.IsLower(first) && !titleEndsWithJoiner(text) {
			break
		}
		if _, ok := findDate(next.text); ok {
			break
		}
		text += " " + next.text
		prev = next
	}
	return text
}

// titleEndsWithJoiner reports whether a text ends with a word that joins it to
// more: a preposition or article ("de", "of the", "Les").
func titleEndsWithJoiner(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return danglingJoiner.MatchString(last) || last == "les" || last == "and" || last == "et" || last == "und" || last == "y" || last == "e" || last == "en"
}

// withLineBefore joins the title line with the line before it when a PDF
// wrapped the title over both.
func (h *header) withLineBefore(i int) string {
	title := h.lines[i]
	if i == 0 || title.line.Size == 0 {
		return title.text
	}
	prev := h.lines[i-1]
	sameFont := prev.line.Page == title.line.Page && abs(prev.line.Size-title.line.Size) < 0.5 && prev.line.Bold == title.line.Bold
	close := title.line.Y > prev.line.Y && title.line.Y-prev.line.Y < 1.6*title.line.Size
	if !sameFont || !close || prev.field || hasAnyWord(prev.text, meetingWords) || strings.HasSuffix(prev.text, ".") {
		return title.text
	}
	if _, ok := findDate(prev.text); ok {
		return title.text
	}
	if d, ok := findDate(title.text); ok && d.At == 0 {
		return title.text // "February 2016 Board Meeting" starts afresh
	}
	return prev.text + " " + title.text
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// minutesFrame matches what frames a title before the body's name:
// "Minutes of the", "Draft minutes of the", "Procès-verbal de la",
// "Zápis z", "Referat af", "Protokoll fört vid".
var minutesFrame = rx.New(`(?i)^(?:(?:draft|approved|final|unapproved|official)\s+)?(?:meeting\s+)?(?:notes|` + vocab.Minutes.Pattern() + `)\s+(?:of|from|for|de|du|des|der|van|del|della|da|do|das|dos|di|z|ze|af|fra|från|fört\s+vid|förd\s+vid|ført\s+ved)\s+(?:(?:the|la|le|die|der|des|het|de)\s+|l['’]\s*)?`)

// leadingOrdinal matches an ordinal that opens a title: "29th", "the 17th",
// "29e", "29.".
var leadingOrdinal = rx.New(`(?i)^(?:the\s+)?\d{1,4}(?:` + vocab.OrdinalMarks.Pattern() + `|\.)?\s+`)

// body reads the name of the body that met from the title; when the
// title names no body ("Reference taxonomy meeting"), from the header's
// other lines that do ("# Reference Taxonomy Working Group Minutes",
// "Board of Education" above "Special Meeting"), headings first.
func (h *header) body(title string) string {
	fromTitle := bodyFromTitle(title)
	if hasBodyNoun(fromTitle) {
		return fromTitle
	}
	for _, headingsOnly := range []bool{true, false} {
		for _, l := range h.lines {
			if titleScore(l) < 2 || !hasBodyNoun(l.text) {
				continue
			}
			if headingsOnly && l.line.Kind != document.Heading && !l.line.Bold {
				continue
			}
			if b := bodyFromTitle(meetingTitle(l.text)); hasBodyNoun(b) {
				return b
			}
		}
	}
	if fromTitle == "" && h.committee != "" {
		return h.committee
	}
	return fromTitle
}

// bodyFromTitle is the body's name as a title gives it, without its parent
// organisation, or "".
func bodyFromTitle(title string) string {
	t := squeezeSpace(withoutDates(title))
	t = minutesFrame.ReplaceAllString(t, "")
	t = leadingOrdinal.ReplaceAllString(t, "")
	t = squeezeSpace(meetingNumberMark.ReplaceAllString(t, " "))
	cut := firstWordIndex(t, meetingWords)
	var body string
	switch {
	case cut > 0 && trimKinds(t[:cut]) != "":
		body = trimKinds(t[:cut])
	case cut >= 0:
		// "Regular Meeting of the Board of Trustees", "réunion du conseil
		// d'administration", "Sitzung des Vorstands": the body follows.
		body = bodyAfterOf(t[cut:])
	default:
		// No meeting word: the part that names a body, "HTTPBIS WG, IETF 83".
		for _, part := range strings.Split(t, ",") {
			if hasBodyNoun(part) {
				body = trimKinds(part)
				break
			}
		}
	}
	body = withoutPossessive(withoutParent(body))
	if body == "" {
		body = compoundBody(t)
	}
	if len(body) > 80 || !hasBodyNoun(body) {
		return "" // "OpenWIS Annual Meeting" names no body, only an organisation
	}
	return body
}

// meetingNumberMark matches the number of a meeting written after its
// name, which is no part of the body's: "Asamblea General Ordinaria N°1",
// "Meeting #16", "Sitzung Nr. 5".
var meetingNumberMark = rx.New(`(?i)(?:^|\s)(?:#|n[°º]\.?|nr\.|no\.|n\.º)\s*\d{1,4}\b`)

// ofWords join a meeting to the body it is of, in the languages of the
// corpus.
var ofWords = []string{" of the ", " of ", " du ", " de la ", " de l'", " de l’", " des ", " der ", " del ", " van de ", " van het ",
	" della ", " dell'", " dell’", " dei ", " do ", " da ", " dos ", " das ", " de "}

// bodyAfterOf reads the body named after "of" in a title's rest.
func bodyAfterOf(after string) string {
	lower := strings.ToLower(after)
	for _, of := range ofWords {
		if i := strings.Index(lower, of); i >= 0 {
			return trimKinds(cutAtClause(after[i+len(of):]))
		}
	}
	return ""
}

// orgNouns end the name of an organisation: "Node.js Foundation TSC" is
// the TSC of the Node.js Foundation.
var orgNouns = map[string]bool{
	"foundation": true, "society": true, "association": true, "network": true,
	"federation": true, "institute": true, "consortium": true, "alliance": true,
	"union": true, "corporation": true, "company": true, "inc": true, "inc.": true,
	"ltd": true, "ltd.": true, "ips": true, "organisation": true, "organization": true,
	"district": true, "university": true, "college": true, "ag": true, "gmbh": true,
	"verein": true, "e.v.": true, "asbl": true, "aisbl": true, "vereins": true,
	"associação": true, "asociación": true, "associazione": true, "vereniging": true,
	"stichting": true, "fundación": true, "fundação": true, "fondation": true,
	"fondazione": true, "stiftung": true, "a.c.": true, "cymdeithas": true,
}

// localityNouns end the name of a place whose bodies meet: "Louisa
// County", "Ipswich Borough".
var localityNouns = map[string]bool{
	"county": true, "city": true, "town": true, "borough": true, "township": true,
	"parish": true, "village": true, "municipality": true,
}

// organNouns name the organs of an organisation, which take the
// organisation's name as a prefix ("NMNWSE Board", "CSS Committee");
// other bodies (a working group, a TC) carry their own name ("HTTPbis
// Working Group").
var organNouns = map[string]bool{
	"board": true, "committee": true, "council": true, "commission": true, "trustees": true,
	"directors": true, "board of directors": true, "board of trustees": true,
	"executive": true, "executive committee": true, "steering committee": true,
	"comité": true, "conseil": true, "vorstand": true, "ausschuss": true, "bestuur": true,
}

// ofComplements are the words after "of" that belong to a body's name
// ("Board of Directors"), unlike an organisation ("Trustees of The Friends
// of Halesworth County Library").
var ofComplements = map[string]bool{
	"directors": true, "trustees": true, "governors": true, "education": true,
	"management": true, "supervisors": true, "regents": true, "commissioners": true,
	"aldermen": true, "selectmen": true, "elders": true, "deacons": true, "delegates": true,
	"representatives": true, "experts": true,
}

// withoutParent takes the parent organisation off a body's name: after a
// separator ("Suffolk Libraries IPS - Board" → "Board"), before "of"
// ("Trustees of The Friends of …" → "Trustees"), after an organisation
// noun ("Node.js Foundation TSC" → "TSC"), or a leading name before a
// described body ("W3C Technical Architecture Group", "OASIS Common
// Security … TC", "NMNWSE Board" → without the first word).
func withoutParent(body string) string {
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		if i := strings.LastIndex(body, sep); i >= 0 && hasBodyNoun(body[i+len(sep):]) {
			body = trimKinds(body[i+len(sep):])
		}
	}
	for from := 0; ; {
		i := strings.Index(body[from:], " of ")
		if i < 0 {
			break
		}
		i += from
		next := strings.Fields(body[i+4:])
		if len(next) > 0 && !ofComplements[strings.ToLower(next[0])] {
			body = body[:i] // "Board of Directors of Harbour Rowing Club Inc."
			break
		}
		from = i + 4
	}
	body = withoutNamedParent(body)
	words := strings.Fields(body)
	for k := len(words) - 2; k >= 0; k-- {
		// "Louisa County Commission on Aging": a named place's body; but
		// "City Council", "Parish Council" name the body itself.
		locality := k >= 1 && localityNouns[strings.ToLower(words[k])] && isCapitalised(words[k-1])
		if (orgNouns[strings.ToLower(words[k])] || locality) && hasBodyNoun(strings.Join(words[k+1:], " ")) {
			words = words[k+1:]
			break
		}
	}
	if len(words) >= 2 && isBrandWord(words[0]) && !isBodyNounWord(strings.ToLower(words[0])) && hasLower(strings.Join(words[1:], " ")) {
		rest := strings.Join(words[1:], " ")
		if organNouns[strings.ToLower(rest)] || !startsWithBodyNoun(rest) {
			words = words[1:]
		}
	}
	return strings.Join(words, " ")
}

// parentOf matches the word that joins a body to its organisation in the
// languages that name the organisation after it: "Asamblea constituyente
// de ApuntsFME", "assemblée constitutive de l’association Les enfants de
// Simone", "Junta Directiva de la Asociación …", "Vorstand des Vereins".
var parentOf = rx.New(`(?i)\s(?:de|du|des|del|della|dei|di|do|da|dos|das|van|von|der)\s+(?:(?:la|le|les|el|los|las|il|lo|o|a|os|as|het|de)\s+|l['’]\s*)?`)

// withoutNamedParent cuts a body's name before the organisation it
// belongs to, when what follows the joining word is one: its name begins
// with a brand ("ApuntsFME", "CUVF") or holds an organisation noun
// ("association", "Foundation", "Verein"). "Conseil d'administration" and
// "Comisión de Cultura" keep their complement.
func withoutNamedParent(body string) string {
	for _, loc := range parentOf.FindAllStringIndex(body, -1) {
		rest := strings.Fields(body[loc[1]:])
		if len(rest) == 0 {
			break
		}
		org := isBrandWord(rest[0]) && hasLower(body) // not "COMITÉ DE DÉMOLITION"
		for _, w := range rest {
			org = org || orgNouns[strings.ToLower(strings.Trim(w, ",."))]
		}
		if org && loc[0] > 0 {
			return strings.TrimSpace(body[:loc[0]])
		}
	}
	return body
}

// isBrandWord reports whether a word is an organisation's name rather than
// a describing word: an acronym ("W3C", "OASIS"), or a word with a capital
// inside ("OpenWIS").
func isBrandWord(w string) bool {
	upper, lowerThenUpper := 0, false
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
			if prevLower {
				lowerThenUpper = true
			}
		}
		prevLower = unicode.IsLower(r)
	}
	return (upper >= 2 && !hasLower(w)) || lowerThenUpper || (upper >= 2 && strings.ContainsAny(w, "0123456789"))
}

// startsWithBodyNoun reports whether a name begins with a body noun
// ("Working Group", "TC"): then a word before it is the body's own name.
func startsWithBodyNoun(s string) bool {
	for _, n := range bodyNounWords {
		if i := wordIndex(s, n); i == 0 {
			return true
		}
	}
	return strings.HasPrefix(strings.ToLower(s), "working ")
}

// cutAtClause ends a name where a clause begins: "Board of Trustees held
// at…", "Board, Cuyahoga…".
func cutAtClause(s string) string {
	for _, stop := range []string{",", ";", "(", " held ", " on ", " at ", " in ", " - ", " – "} {
		if i := strings.Index(s, stop); i >= 0 {
			s = s[:i]
		}
	}
	return s
}

// trimKinds takes meeting-kind adjectives, separators and "the" off both
// ends of a name.
func trimKinds(s string) string {
	words := strings.Fields(s)
	for len(words) > 0 {
		last := strings.ToLower(strings.Trim(words[len(words)-1], ":-–—,.#"))
		if !meetingKinds[last] && monthNames[last] == 0 && !isYear(last) && !isSmallNumber(last) { // "General Body 2"
			break
		}
		if last == "general" && len(words) >= 2 && assemblyNouns[strings.ToLower(words[len(words)-2])] {
			break // "Asamblea General" names the body
		}
		words = words[:len(words)-1]
	}
	for len(words) > 0 && strings.Trim(words[len(words)-1], ":-–—,#|") == "" {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.Trim(words[0], ":-–—,") == "" || isYear(words[0]) || leadingKinds[strings.ToLower(words[0])]) {
		words = words[1:]
	}
	s = strings.Join(words, " ")
	return strings.TrimRight(s, " :-–—,")
}

// assemblyNouns name an assembly, which a kind word after it names with
// it: "Asamblea General", "Assemblea Generale", "ASSEMBLÉIA GERAL".
var assemblyNouns = map[string]bool{
	"assembly": true, "assemblée": true, "asamblea": true, "assemblea": true,
	"assembleia": true, "assembléia": true, "versammlung": true,
}

// leadingKinds are the kinds of meeting that may open a title before the
// body's name without being part of it: "2019 MONTHLY BOARD MEETING
// SCHEDULE" → "BOARD" (chicago-human-relations-2019-meeting-schedule.pdf).
// "General Assembly" and "Joint Committee" keep theirs: those name bodies.
var leadingKinds = map[string]bool{
	"monthly": true, "weekly": true, "quarterly": true, "regular": true, "special": true,
	"interim": true, "extraordinary": true, "ordinary": true,
	// The season of a term, as student bodies date their meetings:
	// "Fall 2014 General Body 2 Minutes".
	"fall": true, "autumn": true, "spring": true, "summer": true, "winter": true,
}

// isYear reports whether a word is a four-digit year.
func isYear(w string) bool {
	y, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && plausibleYear(y)
}

// firstWordIndex is the byte offset of the first of words found in s as a
// whole word, or -1.
func firstWordIndex(s string, words []string) int {
	first := -1
	for _, w := range words {
		if i := wordIndex(s, w); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

func hasLetter(s string) bool {
	for _, r := range s {
		if isWordRune(r) && !(r >= '0' && r <= '9') {
			return true
		}
	}
	return false
}

// withoutDates blanks out the dates of s.
func withoutDates(s string) string {
	dates := findDates(s, dayFirst)
	for k := len(dates) - 1; k >= 0; k-- {
		s = s[:dates[k].At] + " " + s[dates[k].Stop:]
	}
	return s
}

var (
	// ordinalBeforeMeeting matches "29th TF-CSIRT meeting", "the 17th
	// meeting", "29e réunion", "5. Sitzung": an ordinal, at most four words
	// before a meeting word.
	ordinalBeforeMeeting = rx.New(`(?i)(?:^|\s)(\d{1,4})(?:` + vocab.OrdinalMarks.Pattern() + `)\s+(?:\S+\s+){0,4}?(?:` + ordinalNouns + `)(?:[^\p{L}]|$)`)
	// germanOrdinal matches "5. Sitzung", "12. Tagung": a number with a dot
	// right before the meeting word (a numbered item "3. Minutes of the
	// meeting" is no ordinal).
	germanOrdinal = rx.New(`(?i)(?:^|\s)(\d{1,4})\.\s+(?:ordentliche\s+|außerordentliche\s+)?(?:sitzung|tagung|versammlung|vergadering)\b`)
	// numberAfterMeeting matches "Meeting #18", "Meeting No. 5", "Sitzung
	// Nr. 5", "Réunion n° 3".
	numberAfterMeeting = rx.New(`(?i)(?:^|[^\p{L}])(?:` + ordinalNouns + `)(?:\s+\p{L}+){0,2}?\s*(?:#|no\.?|nr\.?|n[°º]\.?|n\.º|núm\.?|number|num\.?)\s*(\d{1,4})\b`)
)

// ordinalNouns are the words for a meeting an ordinal may count: "29th
// TF-CSIRT meeting", "1ª reunión", "12ª Reunião Ordinária", "Asamblea
// General Ordinaria N°1", "Sitzung Nr. 5".
const ordinalNouns = `meeting|session|réunion|séance|sitzung|vergadering|reunión|riunione|reunião|conference|assembly|assemblée|versammlung|asamblea|assemblea|assembleia|assembléia|sesión|sessão|seduta|cyfarfod`

// number reads the ordinal of the meeting in its series from the title,
// else from the header's other lines that name a meeting.
func (h *header) number(title string) int {
	if n := ordinalIn(title); n > 0 {
		return n
	}
	for _, l := range append(append([]headerLine{}, h.lines...), h.running...) {
		if titleScore(l) > 0 {
			if n := ordinalIn(l.text); n > 0 {
				return n
			}
		}
	}
	return 0
}

// cjkOrdinal is the ordinal of a Chinese or Japanese meeting: 第, the
// number in Chinese numerals or digits, and 次 or 回 ("第十四次", "第3回").
var cjkOrdinal = rx.New(`第\s*([0-9一二三四五六七八九十]{1,4})\s*[次回届]`)

// ordinalIn finds a meeting's ordinal in a line, after blanking its dates
// ("23rd - 24th March 2017" is no ordinal).
func ordinalIn(s string) int {
	s = withoutDates(s)
	if m := cjkOrdinal.FindStringSubmatch(s); m != nil {
		if n := cjkValue(m[1]); n > 0 {
			return n // "第十四次业主委员会会议", "第3回理事会"
		}
	}
	for _, re := range []*rx.Regexp{numberAfterMeeting, ordinalBeforeMeeting, germanOrdinal} {
		if m := re.FindStringSubmatch(s); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
				return n
			}
		}
	}
	return 0
}

// date finds the meeting's date; see the rules at the top.
// mailDate is the date of a mail's header (RFC 5322): a time with seconds
// and a zone offset, "Tue, 4 May 2021 10:00:00 +0100".
var mailDate = rx.New(`\d{1,2}:\d{2}:\d{2}\s*(?:[+-]\d{4}|GMT|UTC|[A-Z]{3})\b`)

func (h *header) date() (dateSpan, []document.Warning) {
	candidates := h.dateLines()
	if f, ok := h.field(fieldDate); ok {
		if d, ok := firstFullDate(f.value, h.order); ok {
			// A website's front matter dates the page; a heading that
			// dates the meeting otherwise wins ("date: 2020-05-25" above
			// "# MINUTES OF THE MEETING HELD ON MONDAY 2nd MARCH 1998").
			if isFrontMatterDate(f) {
				if hd, l, ok := headingDate(candidates, h.order); ok && hd.Start != d.Start {
					return hd, h.dateWarnings(hd, l)
				}
			}
			if mailDate.MatchString(f.value) {
				// "Date: Tue, 4 May 2021 10:00:00 +0100" heads a mail: the day
				// it was sent. A date the subject or the text gives wins.
				for _, l := range candidates {
					if l.pos == f.line.pos {
						continue
					}
					if md, ok := firstFullDate(l.text, h.order); ok {
						return md, h.dateWarnings(md, l)
					}
				}
			}
			return d, h.dateWarnings(d, f.line)
		}
	}
	for _, l := range candidates {
		if d, ok := firstFullDate(l.text, h.order); ok {
			return d, h.dateWarnings(d, l)
		}
	}
	for _, l := range candidates {
		for _, d := range findDates(l.text, h.order) {
			if d.form == formMonthYear {
				return d, nil
			}
		}
	}
	fileDate, fromFile := fileNameDate(h.path)
	for _, l := range candidates {
		dm, ok := findDayMonth(l.text)
		if !ok {
			continue
		}
		year := h.contextYear(fileDate)
		if year == 0 {
			break
		}
		d := dateSpan{Start: dm.withYear(year)}
		if d.Start == "" {
			break
		}
		return d, []document.Warning{warnAt(l.line, fmt.Sprintf("meeting date %q has no year; %d taken from the %s", l.text[dm.At:dm.Stop], year, h.yearSource(fileDate)))}
	}
	if year, ok := titleYear(candidates); ok {
		return dateSpan{Start: String(year)}, nil
	}
	if fromFile {
		return dateSpan{Start: fileDate}, []document.Warning{{Stage: "meeting", Message: fmt.Sprintf("no meeting date in the text; %s taken from the file name", fileDate)}}
	}
	return dateSpan{}, []document.Warning{{Stage: "meeting", Message: "no meeting date found"}}
}

// frontMatterDate matches a date line of YAML front matter as the reader
// keeps it: a lower-case key and an ISO date or timestamp.
var frontMatterDate = rx.New(`^date:\s*["']?\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?["']?\s*$`)

// isFrontMatterDate reports whether a date field is a website's front
// matter rather than a date the minutes write.
func isFrontMatterDate(f headerField) bool {
	return frontMatterDate.MatchString(strings.TrimSpace(f.line.line.Text))
}

// headingDate is the first full date of a heading of the title block
// (the header's first five lines) among the header's date lines.
func headingDate(lines []headerLine, order numericOrder) (dateSpan, headerLine, bool) {
	for _, l := range lines {
		if l.line.Kind != document.Heading || l.pos >= 5 || l.repeated {
			continue // the title block's headings only
		}
		if d, ok := firstFullDate(l.text, order); ok {
			return d, l, true
		}
	}
	return dateSpan{}, headerLine{}, false
}

// titleYear is the year a title gives when the header gives no more: a
// schedule dates itself by its year ("2019 MONTHLY BOARD MEETING
// SCHEDULE", chicago-human-relations-2019-meeting-schedule.pdf).
func titleYear(lines []headerLine) (string, bool) {
	for _, l := range lines {
		if !hasAnyWord(l.text, meetingWords) {
			continue
		}
		for _, w := range strings.Fields(l.text) {
			if isYear(w) {
				return w, true
			}
		}
	}
	return "", false
}

// firstFullDate is the first date of s that gives a day.
func firstFullDate(s string, order numericOrder) (dateSpan, bool) {
	for _, d := range findDates(s, order) {
		if d.form != formMonthYear {
			return d, true
		}
	}
	return dateSpan{}, false
}

// otherMeetingWords mark a header line about another meeting or date than
// this one: the minutes approved, the next meeting, a publication date.
var otherMeetingWords = []string{
	"previous", "last", "next", "approved", "published", "posted", "updated", "deadline",
	"précédente", "prochaine", "publié", "letzten", "nächste", "vorige",
}

// dateLines are the header lines a meeting date may come from, in order:
// lines that are no field but of a title, place or date, and are not about
// another meeting; then the running headers. URLs are blanked (a link to
// last year's minutes holds a date).
func (h *header) dateLines() []headerLine {
	var out []headerLine
	kindOf := map[int]fieldKind{}
	for _, f := range h.fields {
		if _, seen := kindOf[f.line.pos]; !seen || f.kind != fieldOther {
			kindOf[f.line.pos] = f.kind
		}
	}
	for _, l := range h.lines {
		if k, isField := kindOf[l.pos]; (isField && k == fieldOther) || (l.field && !isField) {
			continue
		}
		if hasAnyWord(l.text, otherMeetingWords) {
			continue
		}
		l.text = withoutURLs(l.text)
		out = append(out, l)
	}
	for _, l := range h.running {
		l.text = withoutURLs(l.text)
		out = append(out, l)
	}
	return out
}

// withoutURLs blanks the URLs of s.
func withoutURLs(s string) string {
	return urlPattern.ReplaceAllStringFunc(s, func(u string) string { return strings.Repeat(" ", len(u)) })
}

// contextYear is the year to complete a date written without one: the
// year the document's other dates give most often, else the file name's.
func (h *header) contextYear(fileDate String) int {
	if h.year != 0 {
		return h.year
	}
	return dateYear(fileDate)
}

func (h *header) yearSource(fileDate String) string {
	if h.year != 0 {
		return "other dates of the document"
	}
	return "file name"
}

// dateWarnings warns about a weekday that is not the date's, and about a
// month of the header that disagrees with the date.
func (h *header) dateWarnings(d dateSpan, at headerLine) []document.Warning {
	var ws []document.Warning
	if d.weekdayMismatch {
		day, _ := time.Parse("2006-01-02", string(d.Start))
		ws = append(ws, warnAt(at.line, fmt.Sprintf("the meeting date %s is given with the wrong weekday; it was a %s", d.Start, day.Weekday())))
	}
	for _, l := range h.dateLines() {
		for _, other := range findDates(l.text, h.order) {
			if other.form == formMonthYear && !strings.HasPrefix(string(d.Start), string(other.Start)) {
				ws = append(ws, warnAt(l.line, fmt.Sprintf("the header also dates the meeting %s; %s kept", other.Start, d.Start)))
				return ws
			}
		}
	}
	return ws
}

// warnAt makes a meeting warning placed at a line.
func warnAt(l line, msg string) document.Warning {
	return document.Warning{Stage: "meeting", Place: document.Place{Page: l.Page, Line: l.Num}, Message: msg}
}

// Status patterns: what the header says of the minutes themselves.
var (
	draftStatus = []*rx.Regexp{
		rx.New(`(?i)^\W*(?:draft|entwurf|projet|brouillon)\W*$`),
		rx.New(`(?i)\b(?:draft|unapproved|unconfirmed)\s+(?:\S+\s+){0,3}?(?:minutes|notes|protokoll|procès-verbal|compte[- ]rendu)\b`),
		rx.New(`(?i)\b(?:minutes|notes)\s*[(\[\-–—]\s*draft\b`),
		rx.New(`(?i)\bprojet\s+de\s+(?:procès-verbal|compte[- ]rendu)`),
		rx.New(`(?i)\bprotokollentwurf\b|\bentwurf\s+(?:des\s+)?protokoll`),
		rx.New(`(?i)^status\s*:\s*draft\b`),
		rx.New(`(?i)\bsubject to (?:approval|confirmation)\b`),
	}
	approvedStatus = []*rx.Regexp{
		rx.New(`(?i)^\W*(?:approved|final|adopted|adopté|genehmigt)\W*$`),
		rx.New(`(?i)\b(?:approved|final|confirmed|adopted)\s+(?:meeting\s+)?(?:minutes|notes)\b`),
		rx.New(`(?i)\b(?:minutes|notes)\s*[(\[\-–—]\s*(?:approved|final)\b`),
		rx.New(`(?i)^status\s*:\s*(?:approved|final|adopted)\b`),
		rx.New(`(?i)^(?:approved|adopted|confirmed)\s+(?:by\s+the\s+\p{L}+\s+)?(?:on|at)\s`),
		rx.New(`(?i)\bgenehmigtes\s+protokoll\b|\bprocès-verbal\s+(?:approuvé|adopté)(?:[^\p{L}]|$)`),
	}
)

// status reads whether the minutes are a draft or approved: a "Status:"
// field first, then the header and running header lines in order.
func (h *header) status() string {
	if f, ok := h.field(fieldStatus); ok {
		if s := statusOf("status: " + f.value); s != "" {
			return s
		}
	}
	for _, l := range append(append([]headerLine{}, h.lines...), h.running...) {
		if len(l.text) <= 200 {
			if s := statusOf(l.text); s != "" {
				return s
			}
		}
	}
	return ""
}

// statusOf reads the status one line gives, or "".
func statusOf(text string) string {
	for _, re := range draftStatus {
		if re.MatchString(text) {
			return "draft"
		}
	}
	for _, re := range approvedStatus {
		if re.MatchString(text) {
			return "approved"
		}
	}
	return ""
}

// abbreviatedEnd reports whether a title's last word is an abbreviation
// with its own full stop, not the end of a sentence: a known one ("Inc.",
// "Ltd.", see endsWithAbbreviation) or letters each with a dot ("e.V.",
// "S.A.", "D.C.").
func abbreviatedEnd(w string) bool {
	if lw := strings.ToLower(w); lw == "a.m." || lw == "p.m." {
		return false // the end of a time, and of a sentence
	}
	if endsWithAbbreviation(strings.TrimSuffix(w, ".")) {
		return true
	}
	letters := 0
	for i, r := range w {
		switch {
		case i%2 == 1 && r != '.', i%2 == 0 && !unicode.IsLetter(r):
			return false
		case i%2 == 0:
			letters++
		}
	}
	return letters >= 2 && len(w) == 2*letters
}

// sessionCompound is a German or Dutch compound of a body and its
// meeting: "Vorstandssitzung", "Beiratssitzung", "Ausschusssitzung",
// "bestuursvergadering".
var sessionCompound = rx.New(`(?i)\b(\p{L}{3,}?)s?(?:sitzung|versammlung|vergadering)\b`)

// compoundBody is the body a German compound title word names
// ("Vorstandssitzung" → "Vorstand"), or "".
func compoundBody(title string) string {
	for _, m := range sessionCompound.FindAllStringSubmatch(title, -1) {
		if w := m[1]; isBodyNounWord(strings.ToLower(w)) {
			return w
		}
	}
	return ""
}

// isBodyNounWord reports whether w (lower case) is one of bodyNounWords.
func isBodyNounWord(w string) bool {
	for _, n := range bodyNounWords {
		if n == w {
			return true
		}
	}
	return false
}

// withoutPossessive takes the possessive off a body named before its
// meeting: "Trustees’ Meeting" → "Trustees", "Board's meeting" → "Board".
func withoutPossessive(body string) string {
	for _, suffix := range []string{"'s", "’s", "'", "’"} {
		if trimmed, ok := strings.CutSuffix(body, suffix); ok {
			return trimmed
		}
	}
	return body
}
