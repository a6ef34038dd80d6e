package parse

// Dates as minutes write them.
//
// A line is cut into tokens — runs of digits, runs of letters, single
// punctuation marks — and a small grammar is matched over the tokens at
// each position, longest form first:
//
//	range across months   30 September – 2 October 2010, September 30 - October 2, 2010
//	range in one month     20-21 May 2010, du 20 au 21 juin 2023, May 20-21, 2010
//	day month year         25 January 2010, Tuesday 29 Sep 2014, 1er janvier 2010, 3. März 2010, 1st of May 2010
//	month day year         January 25, 2010, Monday, November 4th, 2019
//	ISO                    2010-01-25, 2010/01/25
//	numeric                25.01.2010, 25/01/2010, 11/30/17
//	month year             May 2010, December 2007
//
// Numeric dates are read day first unless the numbers only make sense month
// first (11/30/17) or the caller says the document writes month first
// (see numericOrderIn). Month and weekday names are known in English,
// French, German, Dutch, Spanish, Italian, Portuguese, Catalan ("16
// d'octubre de 2012", "dimarts 1r de maig"), Swedish, Danish, Norwegian,
// Polish and Czech (in the nominative and in the genitive their dates use:
// "29 stycznia 2000", "15. května 2008"); Portuguese and Welsh weekdays
// are not read. Chinese, Japanese and Korean dates are read with their year, month
// and day signs, in ASCII or full-width digits, and a Japanese era year
// (cjkDate):
//
//	CJK                    2019年3月12日, ２０１９年３月１２日, 平成29年5月14日, 2019년 3월 12일, 2019年3月 A form whose day does not
// exist (31 February 2010) is not a date, and numbers that belong to a
// version, section or address ("version 2.1.2010", "10.1.1.10") are not
// dates either.

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A dateSpan is a date found in a string, resolved to ISO 8601 text:
// "2010-01-25", or "2010-05" when the document gives no day. End is set
// for a range ("20-21 May 2010").
type dateSpan struct {
	Start, End String
	At, Stop   int      // byte offsets of the date's text in the string searched
	form       dateForm // how it was written
	// weekdayMismatch is set when the text names a day of the week that
	// is not the date's ("Monday 25 January 2010" was a Tuesday... or not).
	weekdayMismatch bool
}

// dateForm says how a date was written, which tells how a document orders
// the numbers of its all-numeric dates.
type dateForm uint8

const (
	formDayMonth    dateForm = iota // 25 January 2010
	formMonthDay                    // January 25, 2010
	formMonthYear                   // May 2010
	formISO                         // 2010-01-25
	formNumericDM                   // 25/01/2010, 30/11/2017: only day first makes sense
	formNumericMD                   // 11/30/2017: only month first makes sense
	formNumericBoth                 // 05/06/2010: either reading is a date
)

// numericOrder says how to read an all-numeric date whose two first numbers
// could both be a month.
type numericOrder uint8

const (
	dayFirst   numericOrder = iota // 05/06/2010 is 5 June: Europe, most of the world
	monthFirst                     // 05/06/2010 is May 6: the United States
)

// monthNames maps month names and their usual abbreviations, lower case,
// in the languages minutes come in, to month numbers.
var monthNames = map[string]int{}

// weekdayNames maps names of the days of the week, lower case, to Go's
// weekday numbers (Sunday = 0).
var weekdayNames = map[string]time.Weekday{}

func init() {
	// Czech January is read in the genitive of its dates ("ledna") only:
	// the nominative "leden" is Dutch for members ("leden 2019").
	months := [12][]string{
		{"january", "jan", "janvier", "janv", "januar", "jänner", "januari", "enero", "gennaio", "janeiro", "stycznia", "styczeń", "gener", "ledna"},
		{"february", "feb", "febr", "février", "fevrier", "févr", "fevr", "februar", "februari", "febrero", "febbraio", "fevereiro", "fev", "lutego", "luty", "febrer", "února", "únor"},
		{"march", "mar", "mars", "märz", "maerz", "mrz", "maart", "marzo", "março", "marca", "marzec", "març", "marts", "března", "březen"},
		{"april", "apr", "avril", "avr", "abril", "aprile", "kwietnia", "kwiecień", "dubna", "duben"},
		{"may", "mai", "mei", "mayo", "maggio", "maio", "maj", "maja", "maig", "května", "květen"},
		{"june", "jun", "juin", "juni", "junio", "giugno", "junho", "czerwca", "czerwiec", "juny", "června", "červen"},
		{"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho", "lipca", "lipiec", "juliol", "července", "červenec"},
		{"august", "aug", "août", "aout", "augustus", "agosto", "augusti", "sierpnia", "sierpień", "agost", "srpna", "srpen"},
		{"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "września", "wrzesnia", "wrzesień", "setembre", "září"},
		{"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", "października", "pazdziernika", "październik", "října", "říjen"},
		{"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "listopadu"},
		{"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień", "desembre", "desember", "prosince", "prosinec"},
	}
	for i, names := range months {
		for _, n := range names {
			monthNames[n] = i + 1
		}
	}
	weekdays := [7][]string{
		{"sunday", "sun", "dimanche", "sonntag", "zondag", "domingo", "domenica", "söndag", "søndag", "niedziela", "neděle", "diumenge"},
		{"monday", "mon", "lundi", "montag", "maandag", "lunes", "lunedì", "lunedi", "måndag", "mandag", "poniedziałek", "pondělí", "dilluns"},
		{"tuesday", "tue", "tues", "mardi", "dienstag", "dinsdag", "martes", "martedì", "martedi", "tisdag", "tirsdag", "wtorek", "úterý", "dimarts"},
		{"wednesday", "wed", "mercredi", "mittwoch", "woensdag", "miércoles", "miercoles", "mercoledì", "mercoledi", "onsdag", "środa", "středa", "dimecres"},
		{"thursday", "thu", "thur", "thurs", "jeudi", "donnerstag", "donderdag", "jueves", "giovedì", "giovedi", "torsdag", "czwartek", "čtvrtek", "dijous"},
		{"friday", "fri", "vendredi", "freitag", "vrijdag", "viernes", "venerdì", "venerdi", "fredag", "piątek", "pátek", "divendres"},
		{"saturday", "sat", "samedi", "samstag", "sonnabend", "zaterdag", "sábado", "sabado", "sabato", "lördag", "lørdag", "sobota", "dissabte"},
	}
	for i, names := range weekdays {
		for _, n := range names {
			weekdayNames[n] = time.Weekday(i)
		}
	}
}

// rangeWords join the two ends of a range of days: "20 to 21 May", "du 20
// au 21 juin", "vom 20. bis 21. Mai".
var rangeWords = map[string]bool{
	"to": true, "until": true, "till": true, "through": true, "thru": true,
	"au": true, "bis": true, "tot": true, "al": true, "a": true,
}

// pairWords join two days: "20 and 21 May" is a two-day meeting, but "22
// October and 15 November" are two meetings, so a pair is a range only
// when its days follow each other.
var pairWords = map[string]bool{"and": true, "et": true, "und": true, "en": true, "y": true, "e": true}

// notDateWords introduce numbers that are not dates even when they look
// like one: "version 2.1.2010", "section 3.4.10", "ISO 27035".
var notDateWords = map[string]bool{
	"version": true, "ver": true, "v": true, "release": true, "rel": true, "rev": true,
	"revision": true, "build": true, "section": true, "sect": true, "sec": true,
	"item": true, "point": true, "paragraph": true, "para": true, "par": true,
	"art": true, "article": true, "rule": true, "iso": true, "rfc": true, "no": true,
	"nr": true, "number": true, "ticket": true, "issue": true, "figure": true,
	"fig": true, "table": true, "step": true, "chapter": true, "annex": true,
	"appendix": true, "page": true, "pages": true, "p": true, "pp": true, "ip": true,
}

// findDate returns the first date in s, reading ambiguous numeric dates day
// first.
func findDate(s string) (dateSpan, bool) {
	dates := findDates(s, dayFirst)
	if len(dates) == 0 {
		return dateSpan{}, false
	}
	return dates[0], true
}

// findDates returns every date in s, in order. Ambiguous all-numeric dates
// are read in the given order.
func findDates(s string, order numericOrder) []dateSpan {
	if !hasDigit(s) {
		return nil // every form holds a day or a year in digits; most lines have none
	}
	return scanDates(s, order)
}

// hasDigit reports whether s holds an ASCII or a full-width digit ("５").
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' ||
			s[i] == 0xef && i+2 < len(s) && s[i+1] == 0xbc && 0x90 <= s[i+2] && s[i+2] <= 0x99 {
			return true
		}
	}
	return false
}

// scanDates is findDates without its quick test.
func scanDates(s string, order numericOrder) []dateSpan {
	sc := dateScanner{src: s, toks: dateTokens(s), order: order}
	var out []dateSpan
	for i := 0; i < len(sc.toks); {
		d, next, ok := sc.dateAt(i)
		if !ok {
			i++
			continue
		}
		if d.Start != "" {
			out = append(out, d)
		}
		i = next
	}
	return out
}

// A dateToken is a run of digits, a run of letters or one other character.
type dateToken struct {
	kind       byte   // 'n' number, 'w' word, 'p' punctuation
	text       string // as written; words in lower case
	at, stop   int    // byte offsets in the source
	spaceAfter bool   // white space follows before the next token
}

// dateTokens cuts s into tokens. White space is dropped but remembered:
// "25.01.2010" is one numeric date, "3. März" a day and a month.
func dateTokens(s string) []dateToken {
	var toks []dateToken
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			if len(toks) > 0 {
				toks[len(toks)-1].spaceAfter = true
			}
			i += size
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, dateToken{kind: 'n', text: s[i:j], at: i, stop: j})
			i = j
		case r >= '０' && r <= '９':
			// Full-width digits, as CJK text writes them: the token's text
			// is their ASCII digits.
			var digits []byte
			j := i
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if r2 < '０' || r2 > '９' {
					break
				}
				digits = append(digits, byte('0'+r2-'０'))
				j += size2
			}
			toks = append(toks, dateToken{kind: 'n', text: string(digits), at: i, stop: j})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += size2
			}
			toks = append(toks, dateToken{kind: 'w', text: strings.ToLower(s[i:j]), at: i, stop: j})
			i = j
		default:
			toks = append(toks, dateToken{kind: 'p', text: s[i : i+size], at: i, stop: i + size})
			i += size
		}
	}
	return toks
}

// A dateScanner matches the date grammar over the tokens of one string.
// Its methods take a token index and return the index after what they
// matched, or -1.
type dateScanner struct {
	src   string
	toks  []dateToken
	order numericOrder
}

func (sc *dateScanner) tok(i int) dateToken {
	if i < 0 || i >= len(sc.toks) {
		return dateToken{}
	}
	return sc.toks[i]
}

// punct reports whether token i is one of the punctuation marks in set.
func (sc *dateScanner) punct(i int, set string) bool {
	t := sc.tok(i)
	return t.kind == 'p' && strings.Contains(set, t.text)
}

// dateAt tries every form at token i, longest first. It returns the date,
// the index after it, and whether a form matched. A form that matches but
// names no real day (31 February) gives an empty date and still consumes
// its tokens, so that "February 2010" is not then read out of it.
func (sc *dateScanner) dateAt(i int) (dateSpan, int, bool) {
	start := i
	wd, afterWeekday := sc.weekday(i)
	if afterWeekday >= 0 {
		i = afterWeekday
	}
	forms := []func(int) (dateParts, int){
		sc.dayMonthRange, sc.dayMonthYear, sc.monthDayRange, sc.monthDayYear,
		sc.cjkDate, sc.isoDate, sc.numericDate,
	}
	for _, form := range forms {
		p, next := form(i)
		if next < 0 {
			continue
		}
		d := p.resolve()
		if d.Start != "" && afterWeekday >= 0 {
			d.weekdayMismatch = !p.fallsOn(wd)
		}
		d.At, d.Stop = sc.tok(start).at, sc.tok(next-1).stop
		return d, next, true
	}
	if afterWeekday >= 0 {
		return dateSpan{}, 0, false
	}
	if p, next := sc.monthYear(i); next >= 0 {
		d := p.resolve()
		d.At, d.Stop = sc.tok(i).at, sc.tok(next-1).stop
		return d, next, true
	}
	return dateSpan{}, 0, false
}

// dateParts are the numbers of a date as matched, before they are checked.
type dateParts struct {
	form             dateForm
	year, month, day int
	endMonth, endDay int // for a range; endMonth 0 means the same month
	endYear          int // for a range across years; 0 means the same year
	monthOnly        bool
}

// resolve checks the parts against the calendar and writes them as ISO
// text. An impossible date resolves to the zero dateSpan.
func (p dateParts) resolve() dateSpan {
	d := dateSpan{form: p.form}
	if p.monthOnly {
		if p.month < 1 || p.month > 12 || !plausibleYear(p.year) {
			return dateSpan{}
		}
		d.Start = String(fmt.Sprintf("%04d-%02d", p.year, p.month))
		return d
	}
	d.Start = isoDay(p.year, p.month, p.day)
	if d.Start == "" {
		return dateSpan{}
	}
	if p.endDay > 0 {
		endYear, endMonth := p.year, p.month
		if p.endYear > 0 {
			endYear = p.endYear
		}
		if p.endMonth > 0 {
			endMonth = p.endMonth
		}
		d.End = isoDay(endYear, endMonth, p.endDay)
		if d.End == "" || d.End <= d.Start {
			return dateSpan{}
		}
	}
	return d
}

// fallsOn reports whether the date falls on weekday wd.
func (p dateParts) fallsOn(wd time.Weekday) bool {
	t := time.Date(p.year, time.Month(p.month), p.day, 12, 0, 0, 0, time.UTC)
	return t.Weekday() == wd
}

// weekday matches an optional day of the week with its dot and comma
// ("Tuesday", "Tue.,", "mardi"), returning the index after it or -1.
func (sc *dateScanner) weekday(i int) (time.Weekday, int) {
	t := sc.tok(i)
	wd, ok := weekdayNames[t.text]
	if t.kind != 'w' || !ok {
		return 0, -1
	}
	i++
	if sc.punct(i, ".") && !t.spaceAfter {
		i++
	}
	if sc.punct(i, ",") {
		i++
	}
	// A weekday must be followed by the date itself: a number or a month.
	if n := sc.tok(i); n.kind != 'n' && !(n.kind == 'w' && monthNames[n.text] > 0) {
		return 0, -1
	}
	return wd, i
}

// day matches a day of the month with its ordinal suffix: "25", "25th",
// "26 th" (a damaged "26th"), "1er", "3." (German).
func (sc *dateScanner) day(i int) (int, int) {
	t := sc.tok(i)
	if t.kind != 'n' || len(t.text) > 2 {
		return 0, -1
	}
	d, _ := strconv.Atoi(t.text)
	if d < 1 || d > 31 {
		return 0, -1
	}
	i++
	next := sc.tok(i)
	switch {
	case next.kind == 'w' && (next.text == "er" || next.text == "re") && !t.spaceAfter:
		i++
	case next.kind == 'w' && catalanOrdinal[next.text] && !t.spaceAfter:
		i++
	case next.kind == 'w' && isOrdinalSuffix(next.text):
		i++
	case next.kind == 'p' && next.text == "." && !t.spaceAfter && sc.tok(i+1).kind != 'n':
		i++
	}
	return d, i
}

// catalanOrdinal are the letters Catalan writes after the digits of a
// day: "1r de maig", "2n", "3r", "4t" (tot, setè…).
var catalanOrdinal = map[string]bool{"r": true, "n": true, "t": true}

// isOrdinalSuffix reports whether s is an English ordinal suffix. Any
// suffix goes with any day: documents write "22th".
func isOrdinalSuffix(s string) bool {
	return s == "st" || s == "nd" || s == "rd" || s == "th"
}

// month matches a month name with an optional dot: "January", "Sept.",
// "März".
func (sc *dateScanner) month(i int) (int, int) {
	t := sc.tok(i)
	m, ok := monthNames[t.text]
	if t.kind != 'w' || !ok {
		return 0, -1
	}
	i++
	if sc.punct(i, ".") && !t.spaceAfter {
		i++
	}
	return m, i
}

// year matches a four-digit year, after an optional comma.
func (sc *dateScanner) year(i int) (int, int) {
	if sc.punct(i, ",") {
		i++
	}
	t := sc.tok(i)
	if t.kind != 'n' || len(t.text) != 4 {
		return 0, -1
	}
	y, _ := strconv.Atoi(t.text)
	if !plausibleYear(y) {
		return 0, -1
	}
	// "2010.5" or "20101" is not a year.
	if !t.spaceAfter && sc.punct(i+1, ".,") && sc.tok(i+2).kind == 'n' && !sc.tok(i+1).spaceAfter {
		return 0, -1
	}
	return y, i + 1
}

// of skips the "of" of "1st of May", the "de" of "1 de mayo" and the
// "d'" of Catalan before a vowel ("16 d'octubre de 2012"), and the "del"
// of "1 de maig del 2012".
func (sc *dateScanner) of(i int) int {
	t := sc.tok(i)
	switch {
	case t.kind == 'w' && (t.text == "of" || t.text == "de" || t.text == "del"):
		return i + 1
	case t.kind == 'w' && t.text == "d" && !t.spaceAfter && sc.punct(i+1, "'’") && !sc.tok(i+1).spaceAfter:
		return i + 2
	}
	return i
}

// rangeSep matches what joins the two ends of a range: a dash or a word.
// pair is set for the words of pairWords.
func (sc *dateScanner) rangeSep(i int) (next int, pair bool) {
	t := sc.tok(i)
	switch {
	case t.kind == 'p' && (strings.Contains("-–—", t.text) || t.text == "&"):
		pair = t.text == "&"
	case t.kind == 'w' && rangeWords[t.text]:
	case t.kind == 'w' && pairWords[t.text]:
		pair = true
	default:
		return -1, false
	}
	i++
	// "to the 21st", "au 21": an article may follow.
	if t := sc.tok(i); t.kind == 'w' && (t.text == "the" || t.text == "le") {
		i++
	}
	if _, after := sc.weekday(i); after >= 0 {
		i = after
	}
	return i, pair
}

// dayMonthYear matches "25 January 2010", "1st of May, 2010" and "3 de
// mayo de 2010".
func (sc *dateScanner) dayMonthYear(i int) (dateParts, int) {
	d, i := sc.day(i)
	if i < 0 {
		return dateParts{}, -1
	}
	m, i := sc.month(sc.of(i))
	if i < 0 {
		return dateParts{}, -1
	}
	y, i := sc.year(sc.of(i))
	if i < 0 {
		return dateParts{}, -1
	}
	return dateParts{form: formDayMonth, year: y, month: m, day: d}, i
}

// dayMonthRange matches "20-21 May 2010", "du 20 au 21 juin 2023", "30
// September – 2 October 2010" and "30 December 2010 - 2 January 2011".
func (sc *dateScanner) dayMonthRange(i int) (dateParts, int) {
	d1, i := sc.day(i)
	if i < 0 {
		return dateParts{}, -1
	}
	m1, afterMonth := sc.month(sc.of(i))
	if afterMonth >= 0 {
		i = afterMonth
	}
	y1, afterYear := 0, -1
	if afterMonth >= 0 {
		y1, afterYear = sc.year(i)
		if afterYear >= 0 {
			i = afterYear
		}
	}
	i, pair := sc.rangeSep(i)
	if i < 0 {
		return dateParts{}, -1
	}
	d2, i := sc.day(i)
	if i < 0 {
		return dateParts{}, -1
	}
	m2, i := sc.month(sc.of(i))
	if i < 0 {
		return dateParts{}, -1
	}
	y2, i := sc.year(i)
	if i < 0 {
		return dateParts{}, -1
	}
	p := dateParts{form: formDayMonth, year: y2, month: m2, day: d1, endDay: d2}
	if afterMonth >= 0 {
		p.month, p.endMonth = m1, m2
	}
	if afterYear >= 0 {
		p.year, p.endYear = y1, y2
	}
	if pair && !p.consecutive() {
		return dateParts{}, -1
	}
	return p, i
}

// consecutive reports whether a range's two days follow each other.
func (p dateParts) consecutive() bool {
	endMonth, endYear := p.month, p.year
	if p.endMonth > 0 {
		endMonth = p.endMonth
	}
	if p.endYear > 0 {
		endYear = p.endYear
	}
	start := time.Date(p.year, time.Month(p.month), p.day, 12, 0, 0, 0, time.UTC)
	end := time.Date(endYear, time.Month(endMonth), p.endDay, 12, 0, 0, 0, time.UTC)
	return end.Sub(start) == 24*time.Hour
}

// monthDayYear matches "January 25, 2010" and "November 4th, 2019".
func (sc *dateScanner) monthDayYear(i int) (dateParts, int) {
	m, i := sc.month(i)
	if i < 0 {
		return dateParts{}, -1
	}
	d, i := sc.day(i)
	if i < 0 {
		return dateParts{}, -1
	}
	y, i := sc.year(i)
	if i < 0 {
		return dateParts{}, -1
	}
	return dateParts{form: formMonthDay, year: y, month: m, day: d}, i
}

// monthDayRange matches "May 20-21, 2010" and "September 30 - October 2,
// 2010".
func (sc *dateScanner) monthDayRange(i int) (dateParts, int) {
	m1, i := sc.month(i)
	if i < 0 {
		return dateParts{}, -1
	}
	d1, i := sc.day(i)
	if i < 0 {
		return dateParts{}, -1
	}
	i, pair := sc.rangeSep(i)
	if i < 0 {
		return dateParts{}, -1
	}
	m2, afterMonth := sc.month(i)
	if afterMonth >= 0 {
		i = afterMonth
	}
	d2, i := sc.day(i)
	if i < 0 {
		return dateParts{}, -1
	}
	y, i := sc.year(i)
	if i < 0 {
		return dateParts{}, -1
	}
	p := dateParts{form: formMonthDay, year: y, month: m1, day: d1, endDay: d2}
	if afterMonth >= 0 {
		p.endMonth = m2
	}
	if pair && !p.consecutive() {
		return dateParts{}, -1
	}
	return p, i
}

// monthYear matches "May 2010" and "December, 2007", but not "we may
// 2010" (see verbNotMonth).
func (sc *dateScanner) monthYear(i int) (dateParts, int) {
	if sc.verbNotMonth(i) {
		return dateParts{}, -1
	}
	m, i := sc.month(i)
	if i < 0 {
		return dateParts{}, -1
	}
	y, i := sc.year(sc.of(i))
	if i < 0 {
		return dateParts{}, -1
	}
	return dateParts{form: formMonthYear, year: y, month: m, monthOnly: true}, i
}

// numbersJoined matches n numbers joined by the same separator, one of
// seps, with no space anywhere ("25.01.2010"), and checks that they are not
// part of a longer dotted number or introduced by a word like "version".
func (sc *dateScanner) numbersJoined(i, n int, seps string) ([]string, int) {
	first := sc.tok(i)
	if first.kind != 'n' || !sc.standsAlone(i) {
		return nil, -1
	}
	nums := []string{first.text}
	sep := ""
	j := i + 1
	for len(nums) < n {
		s, num := sc.tok(j), sc.tok(j+1)
		if s.kind != 'p' || !strings.Contains(seps, s.text) || (sep != "" && s.text != sep) ||
			sc.tok(j-1).spaceAfter || s.spaceAfter || num.kind != 'n' {
			return nil, -1
		}
		sep = s.text
		nums = append(nums, num.text)
		j += 2
	}
	// "10.1.1.10" and "2.1.2010.3" are longer sequences, not dates.
	if last := sc.tok(j - 1); !last.spaceAfter && sc.tok(j).kind == 'p' && sc.tok(j).text == sep && sc.tok(j+1).kind == 'n' {
		return nil, -1
	}
	if after := sc.tok(j); !sc.tok(j-1).spaceAfter && (after.kind == 'w' || after.kind == 'n') {
		return nil, -1
	}
	return nums, j
}

// standsAlone reports whether the number at token i starts a token
// sequence of its own: not glued to a word ("v2.1") or to another number

// cjkSigns are the signs that follow a date's year, month and day in
// Chinese and Japanese (年 月 日) and in Korean (년 월 일).
var cjkSigns = [][3]string{{"年", "月", "日"}, {"년", "월", "일"}}

// eras are the first years of the Japanese eras: 平成29年 is 1989 + 28.
var eras = map[string]int{"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}

// cjkDate matches a year, a month and a day each followed by its sign
// ("2019年3月12日", "2019년 3월 12일"), or a year and a month ("2019年3月"
// gives 2019-03). The year may be an era's ("平成29年"). A day sign may
// run on into the words after it ("12日に開催"), as the tokens of letters
// do.
func (sc *dateScanner) cjkDate(i int) (dateParts, int) {
	year, next := 0, -1
	if t := sc.tok(i); t.kind == 'n' && len(t.text) == 4 {
		year, _ = strconv.Atoi(t.text)
		next = i + 1
	} else if t.kind == 'w' {
		for era, first := range eras {
			if strings.HasSuffix(t.text, era) {
				if n := sc.tok(i + 1); n.kind == 'n' && len(n.text) <= 2 {
					v, _ := strconv.Atoi(n.text)
					year, next = first+v-1, i+2
				}
			}
		}
	}
	if next < 0 || !plausibleYear(year) {
		return dateParts{}, -1
	}
	for _, sign := range cjkSigns {
		if sc.tok(next).text != sign[0] {
			continue
		}
		m := sc.tok(next + 1)
		if m.kind != 'n' || len(m.text) > 2 || sc.tok(next+2).text != sign[1] {
			return dateParts{}, -1
		}
		month, _ := strconv.Atoi(m.text)
		d := sc.tok(next + 3)
		if d.kind == 'n' && len(d.text) <= 2 && strings.HasPrefix(sc.tok(next+4).text, sign[2]) {
			day, _ := strconv.Atoi(d.text)
			return dateParts{form: formISO, year: year, month: month, day: day}, next + 5
		}
		return dateParts{form: formMonthYear, year: year, month: month, monthOnly: true}, next + 3
	}
	return dateParts{}, -1
}

// ("1.2.3"), not after a word like "version".
func (sc *dateScanner) standsAlone(i int) bool {
	prev := sc.tok(i - 1)
	if i == 0 {
		return true
	}
	if !prev.spaceAfter && (prev.kind == 'w' || prev.kind == 'n' || prev.text == "." || prev.text == "/" || prev.text == "-" || prev.text == "#") {
		return false
	}
	// The word before, skipping one punctuation mark: "version 2.1.2010",
	// "ISO: 27035".
	w := prev
	if w.kind == 'p' {
		w = sc.tok(i - 2)
	}
	return !(w.kind == 'w' && notDateWords[w.text])
}

// isoDate matches "2010-01-25" and "2010/01/25".
func (sc *dateScanner) isoDate(i int) (dateParts, int) {
	nums, next := sc.numbersJoined(i, 3, "-/.")
	if next < 0 || len(nums[0]) != 4 || len(nums[1]) > 2 || len(nums[2]) > 2 {
		return dateParts{}, -1
	}
	y, _ := strconv.Atoi(nums[0])
	m, _ := strconv.Atoi(nums[1])
	d, _ := strconv.Atoi(nums[2])
	return dateParts{form: formISO, year: y, month: m, day: d}, next
}

// numericDate matches "25.01.2010", "25/01/2010", "25-01-2010" and, with a
// two-digit year, "11/30/17" and "25.01.10". A two-digit year yy is 20yy
// below 70 and 19yy from 70 (the POSIX rule).
func (sc *dateScanner) numericDate(i int) (dateParts, int) {
	nums, next := sc.numbersJoined(i, 3, "./-")
	if next < 0 || len(nums[0]) > 2 || len(nums[1]) > 2 || (len(nums[2]) != 4 && len(nums[2]) != 2) {
		return dateParts{}, -1
	}
	a, _ := strconv.Atoi(nums[0])
	b, _ := strconv.Atoi(nums[1])
	y, _ := strconv.Atoi(nums[2])
	if len(nums[2]) == 2 {
		if sc.tok(i+1).text == "-" {
			return dateParts{}, -1 // "16-01-17" is an action number more often than a date
		}
		y += 1900
		if y < 1970 {
			y += 100
		}
	}
	p := dateParts{year: y}
	switch {
	case a > 12 && b <= 12:
		p.form, p.day, p.month = formNumericDM, a, b
	case b > 12 && a <= 12:
		p.form, p.day, p.month = formNumericMD, b, a
	case sc.order == monthFirst:
		p.form, p.day, p.month = formNumericBoth, b, a
	default:
		p.form, p.day, p.month = formNumericBoth, a, b
	}
	return p, next
}

// dateOrder decides how a document writes its all-numeric dates, from the
// counts of its dates by form: the dates that can be read only one way
// vote (dm day first, md month first); without them, a document that
// writes its dates in words month first ("January 29, 2018") is taken to
// write numbers month first too. Otherwise day first.
func dateOrder(dm, md, wordDM, wordMD int) numericOrder {
	switch {
	case md > dm:
		return monthFirst
	case dm > md:
		return dayFirst
	case wordMD > wordDM:
		return monthFirst
	}
	return dayFirst
}

// A dayMonth is a date written without its year: "September 29", "le 20
// juin", "February 2".
type dayMonth struct {
	month, day int
	At, Stop   int
}

// findDayMonth returns the first date without a year in s. Dates with a
// year are skipped: they are findDate's.
func findDayMonth(s string) (dayMonth, bool) {
	sc := dateScanner{src: s, toks: dateTokens(s)}
	for i := 0; i < len(sc.toks); i++ {
		if _, next, ok := sc.dateAt(i); ok {
			i = next - 1
			continue
		}
		start := i
		if _, next := sc.weekday(i); next >= 0 {
			i = next
		}
		if d, next := sc.day(i); next >= 0 {
			if m, after := sc.month(sc.of(next)); after >= 0 && isoDay(2000, m, d) != "" {
				return dayMonth{month: m, day: d, At: sc.tok(start).at, Stop: sc.tok(after - 1).stop}, true
			}
		}
		if m, next := sc.month(i); next >= 0 && !sc.verbNotMonth(i) {
			if d, after := sc.day(next); after >= 0 && isoDay(2000, m, d) != "" && !sc.timeOfDay(after) {
				return dayMonth{month: m, day: d, At: sc.tok(start).at, Stop: sc.tok(after - 1).stop}, true
			}
		}
		i = start
	}
	return dayMonth{}, false
}

// verbNotMonth reports whether the month name at token i is more likely a
// common word: "may", "march" and "august" written in lower case.
func (sc *dateScanner) verbNotMonth(i int) bool {
	t := sc.tok(i)
	switch t.text {
	case "may", "march", "august", "mar":
		r, _ := utf8.DecodeRuneInString(sc.src[t.at:])
		return !unicode.IsUpper(r)
	}
	return false
}

// timeOfDay reports whether token i continues a number into a time or a
// count: "May 5:30", "Sept 3 members" after a lower-case month is caught by
// verbNotMonth; here ":" and "h" ("20 juin à 16h00" is fine, "20h" is not
// a day).
func (sc *dateScanner) timeOfDay(i int) bool {
	t := sc.tok(i)
	return (t.kind == 'p' && t.text == ":" && !sc.tok(i-1).spaceAfter) || (t.kind == 'w' && t.text == "h" && !sc.tok(i-1).spaceAfter)
}

// withYear completes a date without a year with year y.
func (dm dayMonth) withYear(y int) String {
	return isoDay(y, dm.month, dm.day)
}

// fileNameDate finds a date in a file's name: "2010-01-25-minutes.pdf",
// "board_minutes_2002_10_09.txt", "20180926-Vilnius.md". Only year-first
// forms count: "09-10-02" says too little.
func fileNameDate(path string) (String, bool) {
	name := filepath.Base(path)
	var digits []string // runs of digits in the name
	for i := 0; i < len(name); {
		if name[i] < '0' || name[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(name) && name[j] >= '0' && name[j] <= '9' {
			j++
		}
		digits = append(digits, name[i:j])
		i = j
	}
	for k, run := range digits {
		switch {
		case len(run) == 8:
			y, _ := strconv.Atoi(run[:4])
			m, _ := strconv.Atoi(run[4:6])
			d, _ := strconv.Atoi(run[6:])
			if iso := isoDay(y, m, d); iso != "" {
				return iso, true
			}
		case len(run) == 4 && k+2 < len(digits) && len(digits[k+1]) <= 2 && len(digits[k+2]) <= 2:
			y, _ := strconv.Atoi(run)
			m, _ := strconv.Atoi(digits[k+1])
			d, _ := strconv.Atoi(digits[k+2])
			if iso := isoDay(y, m, d); iso != "" {
				return iso, true
			}
		}
	}
	return "", false
}

// plausibleYear bounds the years minutes are dated: archives go back to the
// nineteenth century, and a number beyond 2199 is not a year.
func plausibleYear(y int) bool { return y >= 1800 && y <= 2199 }

// isoDay writes a calendar date as "YYYY-MM-DD", or "" when it does not
// exist.
func isoDay(year, month, day int) String {
	if !plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) {
		return ""
	}
	return String(fmt.Sprintf("%04d-%02d-%02d", year, month, day))
}

// daysIn is the number of days of a month in the Gregorian calendar.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dateYear returns the year of an ISO date string, or 0.
func dateYear(d String) int {
	if len(d) < 4 {
		return 0
	}
	y, err := strconv.Atoi(string(d[:4]))
	if err != nil {
		return 0
	}
	return y
}
