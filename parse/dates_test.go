package parse

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"minutes/extract"
)

// TestFindDate reads one date out of lines as minutes write them. Lines
// marked with a file are snippets of the corpus (../shared/corpus) or the
// samples (testdata/samples).
func TestFindDate(t *testing.T) {
	tests := []struct {
		in         string
		start, end String // "" start: no date
	}{
		// English, day first.
		{"25 January 2010", "2010-01-25", ""},
		{"Amsterdam, 23 January 2006", "2006-01-23", ""}, // tf-csirt-17-2006-amsterdam.txt
		{"25th January 2010", "2010-01-25", ""},
		{"From the 1st of January 2010, they also have", "2010-01-01", ""}, // tf-csirt-29-2010-hamburg.txt
		{"Minutes of 26 th July 2012", "2012-07-26", ""},                   // damaged ordinal
		{"11th September 2012 – PART A", "2012-09-11", ""},                 // suffolk-libraries-board-minutes-2012-09-11.pdf
		{"Tuesday 29 Sep 2014", "2014-09-29", ""},
		{"29 Jan 2015", "2015-01-29", ""}, // w3c-tag-2015-01-29-packaging-minutes.html
		{"Sept. 3 2012", "2012-09-03", ""},
		{"29 February 2012", "2012-02-29", ""},
		// Months of more languages.
		{"Ata da reunião de 12 de março de 2019", "2019-03-12", ""},
		{"Realizada em 4 de outubro de 2024", "2024-10-04", ""},
		{"Protokół z zebrania w dniu 29 stycznia 2000 r.", "2000-01-29", ""},
		{"Acta de la reunió del 5 de setembre de 2022", "2022-09-05", ""},
		{"Styrelsemöte 2 augusti 2021", "2021-08-02", ""},
		// Chinese, Japanese and Korean: signs after the year, month and day.
		{"会议时间：2019年3月12日", "2019-03-12", ""},
		{"日期：２０１９年３月１２日（星期二）", "2019-03-12", ""},
		{"平成29年5月14日に開催", "2017-05-14", ""},
		{"令和2年10月1日", "2020-10-01", ""},
		{"2019년 3월 12일 회의록", "2019-03-12", ""},
		{"2023年8月 技术委员会", "2023-08", ""},
		{"2017年度 第2回", "", ""},
		// Ranges.
		{"The next meeting will be held on 20-21 May 2010 in Heraklion", "2010-05-20", "2010-05-21"}, // tf-csirt-29
		{"on 25–26 May 2006", "2006-05-25", "2006-05-26"},
		{"23rd - 24th March 2017 - Toulouse, France", "2017-03-23", "2017-03-24"}, // openwis-annual-meeting
		{"9th - 10th March 2016, Seoul", "2016-03-09", "2016-03-10"},              // openwis-steering-committee
		{"30 September – 2 October 2010", "2010-09-30", "2010-10-02"},
		{"30 December 2010 - 2 January 2011", "2010-12-30", "2011-01-02"},
		{"20 and 21 May 2010", "2010-05-20", "2010-05-21"},
		{"5 to 8 March 2010 in Nairobi", "2010-03-05", "2010-03-08"},
		// English, month first.
		{"January 25, 2010", "2010-01-25", ""},
		{"Monday, November 4th, 2019", "2019-11-04", ""},       // illinois-doc-advisory-board-agenda
		{"THURSDAY, July 30, 2009", "2009-07-30", ""},          // ietf-httpbis-75-minutes-2009.txt
		{"# 25 January, 2021 Meeting Notes", "2021-01-25", ""}, // ecma-tc39-notes-2021-01-25.md
		{"Minutes of the December 15, 2002, meeting were read.", "2002-12-15", ""},
		{"May 20-21, 2010", "2010-05-20", "2010-05-21"},
		{"September 30 - October 2, 2010", "2010-09-30", "2010-10-02"},
		// Numbers.
		{"Node.js Foundation TSC Meeting 2015-06-03", "2015-06-03", ""}, // nodejs-tsc-minutes-2015-06-03.md
		{"2010/01/25", "2010-01-25", ""},
		{"25.01.2010", "2010-01-25", ""},
		{"Date:\t26/09/2018", "2018-09-26", ""},                      // enisa-rsit-wg-2018-09-26-vilnius.md
		{"05/06/2010", "2010-06-05", ""},                             // ambiguous: day first
		{"Minutes from 11/30/17 meeting approved", "2017-11-30", ""}, // chicago-ssa21: only month first makes sense
		{"25-01-2010", "2010-01-25", ""},
		// French, German, Dutch, Spanish.
		{"le 20 juin 2023", "2023-06-20", ""},
		{"mardi 20 juin 2023", "2023-06-20", ""},
		{"1er janvier 2010", "2010-01-01", ""},
		{"du 20 au 21 juin 2023", "2023-06-20", "2023-06-21"},
		{"3. März 2010", "2010-03-03", ""},
		{"Montag, 3. März 2010", "2010-03-03", ""},
		{"vom 20. bis 21. Mai 2010", "2010-05-20", "2010-05-21"},
		{"25 januari 2010", "2010-01-25", ""},
		{"3 de mayo de 2010", "2010-05-03", ""},
		// Month and year only.
		{"Minutes of the HTTPbis Working Group meeting in Vancouver, December 2007", "2007-12", ""},
		{"The ENISA office has been moved to Heraklion in September 2005.", "2005-09", ""}, // tf-csirt-17
		{"February 2016 Board Meeting", "2016-02", ""},                                     // nmnwse-board-minutes-2016-02-13.pdf
		// No date.
		{"31 February 2010", "", ""},
		{"29 February 2011", "", ""},
		{"March 32, 2010", "", ""},
		{"13/13/2010", "", ""},
		{"version 2.1.2010", "", ""},
		{"ISO 27035 liaison member", "", ""}, // tf-csirt-29
		{"Section 3.4.10 of the draft", "", ""},
		{"10.1.1.10 was scanned", "", ""},
		{"the name servers for .cz and 0.2.4.e164.arpa", "", ""},   // tf-csirt-29
		{"16-01 Gorazd Božič – to inform APCERT", "", ""},          // tf-csirt-17
		{"27.2 Lionel Ferette to circulate some ideas", "", ""},    // tf-csirt-29
		{"The meeting was scheduled for 9:00am PST -0800", "", ""}, // asf-board-minutes-2000-12-20.txt
		{"2017/18 Financials approved", "", ""},                    // chicago-ssa21
		{"RFC 2616 and ticket 364", "", ""},
		{"we may 2010 be late", "", ""},
		{"Séance publique tenue le 20 juin, à 16h00", "", ""}, // sainte-adele: no year
	}
	for _, tt := range tests {
		d, ok := findDate(tt.in)
		if ok != (tt.start != "") || d.Start != tt.start || d.End != tt.end {
			t.Errorf("findDate(%q) = %q..%q (%v), want %q..%q", tt.in, d.Start, d.End, ok, tt.start, tt.end)
		}
		if ok && (d.At < 0 || d.Stop > len(tt.in) || d.At >= d.Stop) {
			t.Errorf("findDate(%q): bad offsets %d..%d", tt.in, d.At, d.Stop)
		}
	}
}

// TestFindDatesOffsets checks that every date of a line is found, in
// order, with the offsets of its text.
func TestFindDatesOffsets(t *testing.T) {
	s := "Minutes from the meetings of 22 October 2000 and 15 November 2000" // asf-board-minutes-2000-12-20.txt
	dates := findDates(s, dayFirst)
	var got []string
	for _, d := range dates {
		got = append(got, string(d.Start)+"="+s[d.At:d.Stop])
	}
	want := []string{"2000-10-22=22 October 2000", "2000-11-15=15 November 2000"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("findDates = %q, want %q", got, want)
	}
}

func TestWeekdayMismatch(t *testing.T) {
	tests := []struct {
		in       string
		mismatch bool
	}{
		{"Monday 25 January 2010", false},
		{"Tuesday 25 January 2010", true},
		{"Thursday, September 26, 2019", false}, // cuyahoga-cc-board-of-trustees-agenda
		{"mardi 20 juin 2023", false},
		{"Freitag, 3. März 2010", true}, // it was a Wednesday
	}
	for _, tt := range tests {
		d, ok := findDate(tt.in)
		if !ok || d.weekdayMismatch != tt.mismatch {
			t.Errorf("findDate(%q): ok %v, weekday mismatch %v, want %v", tt.in, ok, d.weekdayMismatch, tt.mismatch)
		}
	}
}

// TestDateOrder lexes documents and checks the order the lexer finds for
// their numeric dates.
func TestDateOrder(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  numericOrder
	}{
		{"no dates", []string{"nothing here"}, dayFirst},
		{"unambiguous day first", []string{"on 05/06/2010", "and 25/06/2010"}, dayFirst},
		{"unambiguous month first", []string{"Minutes from 11/30/17 meeting approved", "on 05/06/2010"}, monthFirst},
		{"words month first", []string{"Monday, January 29, 2018", "on 05/06/2010"}, monthFirst},
		{"words day first", []string{"29 January 2018", "on 05/06/2010"}, dayFirst},
	}
	for _, tt := range tests {
		doc, err := extract.Read("dates.txt", []byte(strings.Join(tt.texts, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		if got := lex(doc.Lines).order; got != tt.want {
			t.Errorf("%s: order = %v, want %v", tt.name, got, tt.want)
		}
	}
	if d := findDates("05/06/2010", monthFirst); len(d) != 1 || d[0].Start != "2010-05-06" {
		t.Errorf("month first: %v", d)
	}
}

func TestFindDayMonth(t *testing.T) {
	tests := []struct {
		in         string
		month, day int // 0: none
	}{
		{"### September 29", 9, 29},                                   // w3c-tag-2014-09-29-london-minutes.md
		{"Séance publique tenue le 20 juin, à 16h00", 6, 20},          // sainte-adele
		{"Minutes for the February 2 BOD meeting were amended", 2, 2}, // nmnwse-board-minutes-2002-06-01.html
		{"Minutes of 26 th July", 7, 26},                              // suffolk-libraries-board-minutes-2012-09-11.pdf
		{"Next Meeting: Tuesday 23rd July Start: 19:30", 7, 23},       // uob-computer-science-society
		{"25 January 2010", 0, 0},                                     // has a year: findDate's
		{"you may 5 times", 0, 0},
		{"20h00", 0, 0},
		{"31 June", 0, 0},
	}
	for _, tt := range tests {
		dm, ok := findDayMonth(tt.in)
		if ok != (tt.month != 0) || dm.month != tt.month || dm.day != tt.day {
			t.Errorf("findDayMonth(%q) = %d/%d (%v), want %d/%d", tt.in, dm.month, dm.day, ok, tt.month, tt.day)
		}
	}
}

func TestFileNameDate(t *testing.T) {
	tests := []struct{ path, want string }{
		{"minutes/2010-01-25-hamburg.pdf", "2010-01-25"},
		{"board_minutes_2000_12-20.txt", "2000-12-20"}, // the ASF's irregular name
		{"20180926-Vilnius.md", "2018-09-26"},
		{"tf-csirt-29-2010-hamburg.txt", ""},
		{"SSA21_MeetingMinutes_1.29.18.pdf", ""},
		{"notes-2010-13-45.txt", ""},
	}
	for _, tt := range tests {
		got, _ := fileNameDate(tt.path)
		if string(got) != tt.want {
			t.Errorf("fileNameDate(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// TestFindDateGenerated writes random dates in every form the grammar
// knows, inside random prose, and reads them back.
func TestFindDateGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(20100125))
	english := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	french := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	german := []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
	weekdaysEN := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	weekdaysFR := []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	suffix := func(d int) string {
		switch {
		case d%10 == 1 && d != 11:
			return "st"
		case d%10 == 2 && d != 12:
			return "nd"
		case d%10 == 3 && d != 13:
			return "rd"
		}
		return "th"
	}
	prose := []string{"The meeting was held on", "Minutes of", "see", "(", "Date:", "Next meeting", ""}
	forms := []func(t time.Time) string{
		func(t time.Time) string { return fmt.Sprintf("%d %s %d", t.Day(), english[t.Month()-1], t.Year()) },
		func(t time.Time) string {
			return fmt.Sprintf("%d%s of %s %d", t.Day(), suffix(t.Day()), english[t.Month()-1], t.Year())
		},
		func(t time.Time) string { return fmt.Sprintf("%s %d, %d", english[t.Month()-1], t.Day(), t.Year()) },
		func(t time.Time) string {
			return fmt.Sprintf("%s, %s %d%s, %d", weekdaysEN[t.Weekday()], english[t.Month()-1], t.Day(), suffix(t.Day()), t.Year())
		},
		func(t time.Time) string {
			return fmt.Sprintf("%s %d %s %d", weekdaysFR[t.Weekday()], t.Day(), french[t.Month()-1], t.Year())
		},
		func(t time.Time) string { return fmt.Sprintf("%d. %s %d", t.Day(), german[t.Month()-1], t.Year()) },
		func(t time.Time) string { return t.Format("2006-01-02") },
		func(t time.Time) string { return t.Format("02.01.2006") },
		func(t time.Time) string { return t.Format("2/1/2006") },
	}
	for i := 0; i < 2000; i++ {
		day := time.Date(1900+rng.Intn(200), time.January, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, rng.Intn(366))
		form := rng.Intn(len(forms))
		written := forms[form](day)
		line := prose[rng.Intn(len(prose))] + " " + written + []string{".", ",", " in Vilnius", ""}[rng.Intn(4)]
		want := String(day.Format("2006-01-02"))
		if form == 8 && day.Day() <= 12 && day.Day() != int(day.Month()) {
			continue // 2/1/2006 is ambiguous; TestNumericOrderIn covers the order
		}
		d, ok := findDate(line)
		if !ok || d.Start != want || d.End != "" || d.weekdayMismatch || line[d.At:d.Stop] != written {
			t.Fatalf("findDate(%q) = %+v, want %s from %q", line, d, want, written)
		}
	}
}

// TestFindDateGeneratedRanges writes random ranges of days.
func TestFindDateGeneratedRanges(t *testing.T) {
	rng := rand.New(rand.NewSource(20060125))
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i := 0; i < 1000; i++ {
		start := time.Date(1950+rng.Intn(100), time.Month(1+rng.Intn(12)), 1+rng.Intn(28), 12, 0, 0, 0, time.UTC)
		end := start.AddDate(0, 0, 1+rng.Intn(5))
		var line string
		if start.Month() == end.Month() {
			sep := []string{"-", "–", " - ", " to "}[rng.Intn(4)]
			line = fmt.Sprintf("held on %d%s%d %s %d in Espoo", start.Day(), sep, end.Day(), months[end.Month()-1], end.Year())
		} else {
			line = fmt.Sprintf("held on %d %s – %d %s %d in Espoo", start.Day(), months[start.Month()-1], end.Day(), months[end.Month()-1], end.Year())
		}
		d, ok := findDate(line)
		if start.Year() != end.Year() {
			continue // the day-month range form gives one year; TestFindDate covers the cross-year form
		}
		if !ok || d.Start != String(start.Format("2006-01-02")) || d.End != String(end.Format("2006-01-02")) {
			t.Fatalf("findDate(%q) = %+v, want %s..%s", line, d, start.Format("2006-01-02"), end.Format("2006-01-02"))
		}
	}
}

var isoText = regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`)

// FuzzFindDate checks that any text gives dates in ISO form, within the
// text, in order, with ranges that end after they start.
func FuzzFindDate(f *testing.F) {
	for _, seed := range []string{"25 January 2010", "20-21 May 2010", "le 1er janvier 2010", "11/30/17", "version 2.1.2010", "Tuesday 29 Sep 2014", "3. März 2010", "2010-01-25T10:00"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, order := range []numericOrder{dayFirst, monthFirst} {
			last = 0
			for _, d := range findDates(s, order) {
				if !isoText.MatchString(string(d.Start)) || (d.End != "" && (!isoText.MatchString(string(d.End)) || d.End <= d.Start)) {
					t.Fatalf("findDates(%q): bad date %+v", s, d)
				}
				if d.At < last || d.At >= d.Stop || d.Stop > len(s) {
					t.Fatalf("findDates(%q): bad offsets %+v", s, d)
				}
				last = d.Stop
				if !utf8.ValidString(string(d.Start)) {
					t.Fatalf("invalid UTF-8")
				}
			}
		}
		if dm, ok := findDayMonth(s); ok && (dm.At < 0 || dm.Stop > len(s) || isoDay(2000, dm.month, dm.day) == "") {
			t.Fatalf("findDayMonth(%q) = %+v", s, dm)
		}
	})
}

// TestEveryDateHasADigit checks the quick test of findDates: every form
// of the date grammar holds a day or year in digits, so a line without a
// digit holds no date. The full scan runs on every line of the samples
// and on dates written in words, in several languages and scripts.
func TestEveryDateHasADigit(t *testing.T) {
	var texts []string
	for _, name := range []string{"tf-csirt-17-2006-amsterdam.txt", "tf-csirt-29-2010-hamburg.txt"} {
		for _, l := range sampleDocument(t, name).Lines {
			texts = append(texts, l.Text)
		}
	}
	for _, s := range []string{
		"the first of March", "le premier mars", "am ersten Mai", "二〇一〇年三月五日", "令和元年五月一日",
		"Monday, the twenty-fifth of January", "Tuesday", "March", "mars deux mille dix",
	} {
		texts = append(texts, s)
	}
	for _, s := range texts {
		if hasDigit(s) {
			continue
		}
		if dates := scanDates(s, dayFirst); len(dates) > 0 {
			t.Errorf("scanDates(%q) finds %v in a text without a digit: findDates' quick test would hide it", s, dates)
		}
	}
}
