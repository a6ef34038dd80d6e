package parse

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A date as minutes write it, resolved to ISO 8601 text: "2010-01-25",
// "2010-05" or "2010" when the document gives no more. End is set for a
// range ("20-21 May 2010").
type dateSpan struct {
	Start, End String
}

// months maps month names and their abbreviations, in English, French and
// German, to month numbers. Keys are lower case without a trailing dot.
var months = map[string]int{}

func init() {
	names := [][]string{
		{"january", "jan", "janvier", "janv", "januar", "jänner"},
		{"february", "feb", "février", "fevrier", "févr", "fevr", "februar"},
		{"march", "mar", "mars", "märz", "maerz"},
		{"april", "apr", "avril", "avr"},
		{"may", "mai"},
		{"june", "jun", "juin", "juni"},
		{"july", "jul", "juillet", "juil", "juli"},
		{"august", "aug", "août", "aout"},
		{"september", "sep", "sept", "septembre"},
		{"october", "oct", "octobre", "oktober", "okt"},
		{"november", "nov", "novembre"},
		{"december", "dec", "décembre", "decembre", "dezember", "dez", "déc"},
	}
	for i, ns := range names {
		for _, n := range ns {
			months[n] = i + 1
		}
	}
}

const monthWord = `(\p{L}{3,9})\.?`

var (
	// 20-21 May 2010, 25 January 2010, 1st of January 2010, 23rd - 24th March 2017
	dayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|e)?(?:\s*(?:-|–|—|to|au|bis)\s*(\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?` + monthWord + `,?\s+(\d{4})\b`)
	// January 25, 2010; May 20-21, 2010
	monthDayYear = regexp.MustCompile(`(?i)\b` + monthWord + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–)\s*(\d{1,2}))?,?\s+(\d{4})\b`)
	// 2010-01-25
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// 25.01.2010, 25/01/2010, 01/25/2010
	numericDate = regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b`)
	// May 2010
	monthYear = regexp.MustCompile(`(?i)\b` + monthWord + `\s+(\d{4})\b`)
)

// findDate returns the first date in s, or false. Numeric dates are read
// day first ("25/01/2010") unless the first number cannot be a day-first
// month reading ("01/25/2010").
func findDate(s string) (dateSpan, bool) {
	type hit struct {
		at   int
		span dateSpan
	}
	var hits []hit
	if m := dayMonthYear.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		if mon, ok := monthNumber(g[3]); ok {
			if d := ymd(g[4], mon, g[1]); d != "" {
				span := dateSpan{Start: d}
				if g[2] != "" {
					span.End = ymd(g[4], mon, g[2])
				}
				hits = append(hits, hit{m[0], span})
			}
		}
	}
	if m := monthDayYear.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		if mon, ok := monthNumber(g[1]); ok {
			if d := ymd(g[4], mon, g[2]); d != "" {
				span := dateSpan{Start: d}
				if g[3] != "" {
					span.End = ymd(g[4], mon, g[3])
				}
				hits = append(hits, hit{m[0], span})
			}
		}
	}
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		if mon, err := strconv.Atoi(g[2]); err == nil {
			if d := ymd(g[1], mon, g[3]); d != "" {
				hits = append(hits, hit{m[0], dateSpan{Start: d}})
			}
		}
	}
	if m := numericDate.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		a, _ := strconv.Atoi(g[1])
		b, _ := strconv.Atoi(g[3])
		day, mon := a, b
		if b > 12 && a <= 12 {
			day, mon = b, a
		}
		if d := ymd(g[4], mon, strconv.Itoa(day)); d != "" {
			hits = append(hits, hit{m[0], dateSpan{Start: d}})
		}
	}
	if len(hits) == 0 {
		if m := monthYear.FindStringSubmatchIndex(s); m != nil {
			g := groups(s, m)
			if mon, ok := monthNumber(g[1]); ok {
				return dateSpan{Start: String(fmt.Sprintf("%s-%02d", g[2], mon))}, true
			}
		}
		return dateSpan{}, false
	}
	best := hits[0]
	for _, h := range hits[1:] {
		if h.at < best.at {
			best = h
		}
	}
	return best.span, true
}

func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

func monthNumber(word string) (int, bool) {
	n, ok := months[strings.ToLower(strings.TrimSuffix(word, "."))]
	return n, ok
}

// ymd formats a date, or returns "" when it is not a calendar date.
func ymd(year string, month int, day string) String {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || month < 1 || month > 12 || d < 1 || d > daysIn(month, y) || y < 1800 || y > 2200 {
		return ""
	}
	return String(fmt.Sprintf("%04d-%02d-%02d", y, month, d))
}

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
