package parse

// Previous minutes: what the meeting did with the minutes of an earlier
// meeting. "The minutes of the last meeting held on 25 September 2009 were
// approved." → {date: 2009-09-25, approved: true}.
//
// The approval is looked for first in an item about minutes ("Approval of
// Minutes", "Minutes of the meeting held 5th May 2015", "Adoption of
// Previous Minutes"), then in any sentence that speaks of minutes of an
// earlier meeting ("Minutes from 11/30/17 meeting approved", "October 22,
// 2000 Minutes were reviewed and approved as corrected").
//
//   - date: the earlier meeting's date, from the item's title, else from the
//     sentence about the minutes; when several minutes are handled
//     together ("the meetings of 22 October 2000 and 15 November 2000"),
//     the latest. A date without a year takes the year that puts it before
//     this meeting.
//   - approved: true for approved, accepted, adopted, agreed, confirmed,
//     passed, carried (in English, French and German); false for "not
//     approved", deferred, postponed, rejected; null when the minutes
//     record no verdict (an agenda: "III. APPROVAL OF THE MINUTES / June
//     25, 2019").
//
// "Minutes" that count time ("a few minutes' delay", "30 minutes") are not
// minutes.

import (
	"strings"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

var (
	// minutesWord matches the names of minutes as a document, not as time.
	minutesWord = rx.New(`(?i)(?:^|[^\p{L}\d])(?:` + vocab.Minutes.Pattern() + `)(?:[^\p{L}]|$)`)
	// minutesOfTime matches minutes that count time.
	minutesOfTime = rx.New(`(?i)(?:\b\d{1,3}|few|several|couple of|some|many|ten|five|fifteen|twenty|thirty|forty|sixty)\s+minutes|minutes['’]\s|\bminutes\s+(?:late|early|later|before|after|delay|long)`)
	// earlierMeeting matches what says the minutes are of an earlier
	// meeting.
	earlierMeeting = rx.New(`(?i)\b(?:last|previous|prior|preceding|earlier|former)\b|\bheld\s+(?:on\s+)?\d|\b(?:of|from)\s+(?:the\s+)?(?:meeting|meetings)\b|\bprécédente?s?\b|\bdernière\b|\bletzten\b|\bvorherigen\b|\bvorigen\b` +
		// Swedish, Danish, Norwegian, Polish, Czech and Catalan: "Föregående
		// protokoll godkändes", "Referat fra sidste møde godkendt",
		// "Zápis z minulé schůze byl schválen", "Protokół z poprzedniego
		// zebrania przyjęto", "S'aprova l'acta de la sessió anterior".
		`|(?:^|[^\p{L}])(?:föregående|förra|forrige|sidste|siste|poprzedni\p{L}*|ostatni\p{L}*|minul\p{L}*|předchozí\p{L}*|anterior)(?:[^\p{L}]|$)`)
	// minutesVerdictNo matches minutes not approved.
	minutesVerdictNo = rx.New(`(?i)\bnot\s+(?:yet\s+)?(?:been\s+)?(?:approved|accepted|adopted|agreed|confirmed)\b|\b(?:deferred|postponed|rejected|held over|tabled until)\b|\bpas\s+(?:été\s+)?(?:approuvé|adopté)|\bnicht\s+(?:genehmigt|angenommen)`)
	// pendingVerdict matches an approval still to come: "as soon as the
	// minutes … are approved", "to be approved", "for approval".
	pendingVerdict = rx.New(`(?i)\b(?:as soon as|once|when|until|unless|if)\b.*\b(?:approved|accepted|adopted)\b|\b(?:will|would|shall|should|must|to|need to|needs to)\s+(?:be|have been)\s+(?:approved|accepted|adopted|agreed)\b|\bfor (?:approval|adoption|review)\b`)
	// minutesVerdictYes matches minutes approved.
	minutesVerdictYes = rx.New(`(?i)\b(?:approved|accepted|adopted|agreed|confirmed|ratified|passed|carried|signed as a (?:true|correct) record|true and (?:accurate|correct) record)\b|\bunanimous(?:ly)?\s+(?:adoption|approval)\b|(?:^|[^\p{L}])(?:approuvée?s?|adoptée?s?)(?:[^\p{L}]|$)|\b(?:genehmigt|angenommen|bestätigt)\b` +
		`|(?:^|[^\p{L}])(?:` + vocab.Outcomes.Only(vocab.Swedish, vocab.Danish, vocab.Norwegian, vocab.Polish, vocab.Czech, vocab.Catalan).Pattern() + `|schválen\p{L}*|godkänt|aprova)(?:[^\p{L}]|$)`)
)

// findPreviousMinutes finds the approval of an earlier meeting's minutes.
func findPreviousMinutes(sections []section, m Meeting, order numericOrder) *PreviousMinutes {
	for _, s := range sections {
		if s.item != nil && isMinutesTitle(string(s.item.Title)) {
			if pm := previousFromItem(s, m, order); pm != nil {
				return pm
			}
		}
	}
	for _, s := range sections {
		sentences := sectionSentences(s.lines)
		var earlierDate String // of a sentence about minutes before this one
		for i, sentence := range sentences {
			if !mentionsMinutes(sentence) {
				continue
			}
			verdict := minutesVerdict(sentence)
			if verdict == nil && i+1 < len(sentences) && !mentionsMinutes(sentences[i+1]) {
				verdict = minutesVerdict(sentences[i+1]) // "… were read. Kim moved to accept …; Approved."
			}
			date := previousDate(sentence, m, order)
			// Without a verdict, a sentence about the minutes of a meeting
			// held on a date speaks of an earlier meeting only when the date
			// is earlier: "Minutes of the meeting … held on 14 March 2022"
			// heads this meeting's own minutes.
			if verdict == nil && !(date != "" && (m.Date == "" || date < String(m.Date)) && earlierMeeting.MatchString(sentence)) {
				if date != "" {
					earlierDate = date
				}
				continue
			}
			if date == "" {
				date = earlierDate // "Minutes for the February 2 BOD meeting were amended … Motion to accept the minutes as amended … passed."
			}
			return &PreviousMinutes{Date: date, Approved: verdict}
		}
	}
	return nil
}

// isMinutesTitle reports whether an item's title is about minutes: not the
// frame "Meeting minutes", and not "Minutes of this meeting".
func isMinutesTitle(title string) bool {
	if !mentionsMinutes(title) || containerTitles[foldKey(title)] {
		return false
	}
	return !strings.Contains(strings.ToLower(title), "this meeting")
}

// mentionsMinutes reports whether a text speaks of minutes as a document.
func mentionsMinutes(s string) bool {
	return minutesWord.MatchString(s) && !minutesOfTime.MatchString(s)
}

// previousFromItem reads an item about minutes: the date from its title or
// its sentences about minutes, the verdict from its sentences about
// minutes, or from a first sentence that is only a verdict ("Approved.").
func previousFromItem(s section, m Meeting, order numericOrder) *PreviousMinutes {
	title := string(s.item.Title)
	pm := &PreviousMinutes{Date: previousDate(title, m, order), Approved: minutesVerdict(title)}
	sentences := sectionSentences(s.lines)
	for i, sentence := range sentences {
		bare := i == 0 && len(strings.Fields(sentence)) <= 6
		if !mentionsMinutes(sentence) && !bare {
			continue
		}
		if pm.Date == "" {
			pm.Date = previousDate(sentence, m, order)
		}
		if pm.Approved == nil {
			pm.Approved = minutesVerdict(sentence)
		}
	}
	if pm.Date == "" && len(sentences) > 0 {
		// An agenda's item gives the date alone: "June 25, 2019".
		if d, ok := firstFullDate(sentences[0], order); ok && d.Stop-d.At+8 >= len(sentences[0]) {
			pm.Date = d.Start
		}
	}
	if pm.Date == "" && pm.Approved == nil && !strings.Contains(foldKey(title), "approv") {
		return nil
	}
	return pm
}

// sectionSentences are the sentences of a section's plain text, each
// line's list numbering ("1.1", "1.") taken off.
func sectionSentences(lines []line) []string {
	var out []string
	for _, l := range lines {
		text := l.plain
		if n := l.plainNum; n != nil {
			text = n.title
		}
		out = append(out, splitIntoSentences(text)...)
	}
	return out
}

// minutesVerdict reads whether a sentence approves minutes: true, false,
// or nil when it says neither.
func minutesVerdict(s string) *bool {
	switch {
	case pendingVerdict.MatchString(s):
		return nil
	case minutesVerdictNo.MatchString(s):
		no := false
		return &no
	case minutesVerdictYes.MatchString(s):
		yes := true
		return &yes
	}
	return nil
}

// previousDate is the latest date in s that is not after this meeting's,
// completing a date without a year with the year that puts it before the
// meeting; "" when s gives none.
func previousDate(s string, m Meeting, order numericOrder) String {
	s = withoutURLs(s)
	var latest String
	for _, d := range findDates(s, order) {
		if (m.Date == "" || d.Start <= m.Date) && d.Start > latest {
			latest = d.Start
		}
	}
	if latest != "" {
		return latest
	}
	if dm, ok := findDayMonth(s); ok && m.Date != "" {
		year := dateYear(m.Date)
		if d := dm.withYear(year); d != "" && d < m.Date {
			return d
		}
		return dm.withYear(year - 1)
	}
	return ""
}
