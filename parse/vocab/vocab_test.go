package vocab

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// tables are every table of the package, by name.
var tables = map[string]Table{
	"Offices": Offices, "Attendance": Attendance, "AttendanceProse": AttendanceProse,
	"ActionHeadings": ActionHeadings, "EarlierActions": EarlierActions,
	"VoteFor": VoteFor, "VoteAgainst": VoteAgainst, "VoteAbstain": VoteAbstain,
	"Minutes": Minutes, "Agenda": Agenda, "ItemWords": ItemWords, "Containers": Containers, "Signatures": Signatures, "NextWords": NextWords, "NextWordsAfter": NextWordsAfter, "MeetingNouns": MeetingNouns,
	"DecisionHeadings": DecisionHeadings, "Elections": Elections, "Unanimous": Unanimous,
	"MovedBy": MovedBy, "SecondedBy": SecondedBy, "Moves": Moves, "Seconds": Seconds,
	"ActionLabels": ActionLabels, "OwnerLabels": OwnerLabels, "DueLabels": DueLabels, "ActionStatuses": ActionStatuses, "ActionColonLabels": ActionColonLabels, "DecisionLabels": DecisionLabels, "Agreed": Agreed, "Outcomes": Outcomes,
	"MoverLabels": MoverLabels, "SeconderLabels": SeconderLabels, "RollCall": RollCall, "VoteAbsent": VoteAbsent,
	"VoteLabels": VoteLabels, "VoteWords": VoteWords, "VoteMarks": VoteMarks, "EarlierMeetings": EarlierMeetings,
	"Gatherings": Gatherings, "ReadmeHeadings": ReadmeHeadings, "DocumentKinds": DocumentKinds, "LicencePhrases": LicencePhrases,
	"OfficeProseAfterName": OfficeProseAfterName, "AttendanceProseAfter": AttendanceProseAfter, "OfficeProseBeforeName": OfficeProseBeforeName,
	"DateJoiners": DateJoiners, "PlaceLabels": PlaceLabels, "HeldVerbs": HeldVerbs, "PlacePrepositions": PlacePrepositions, "BodyNouns": BodyNouns, "AgendaNames": AgendaNames, "OrdinalMarks": OrdinalMarks,
}

var langs = map[Lang]bool{English: true, French: true, German: true, Spanish: true, Dutch: true,
	Italian: true, Portuguese: true, Welsh: true, Chinese: true, Japanese: true, Latin: true,
	Swedish: true, Danish: true, Norwegian: true, Polish: true, Czech: true, Catalan: true}

// TestTermsAreWellFormed checks every term of every table: a known
// language, lower case, NFC, single spaces, no duplicate in its table.
func TestTermsAreWellFormed(t *testing.T) {
	for name, table := range tables {
		seen := map[string]bool{}
		for _, term := range table {
			switch {
			case !langs[term.Lang]:
				t.Errorf("%s: %q has an unknown language %q", name, term.Text, term.Lang)
			case term.Text != strings.ToLower(term.Text) && !hasUpperOnlyLetters(term.Text):
				t.Errorf("%s: %q is not in lower case", name, term.Text)
			case !norm.NFC.IsNormalString(term.Text):
				t.Errorf("%s: %q is not NFC", name, term.Text)
			case term.Text != strings.Join(strings.Fields(term.Text), " "):
				t.Errorf("%s: %q has extra spaces", name, term.Text)
			case seen[string(term.Lang)+"\x00"+term.Text+"\x00"+term.Sense]:
				t.Errorf("%s: %q is twice in %s", name, term.Text, term.Lang)
			}
			seen[string(term.Lang)+"\x00"+term.Text+"\x00"+term.Sense] = true
		}
	}
}

// hasUpperOnlyLetters allows the terms of scripts without case.
func hasUpperOnlyLetters(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func TestPattern(t *testing.T) {
	table := Table{{English, "in favour", ""}, {English, "approv*", ""}, {English, "a.m.", ""}}
	want := `in\s+favour|approv\w*|a\.m\.`
	if got := table.Pattern(); got != want {
		t.Fatalf("Pattern() = %s, want %s", got, want)
	}
	re := regexp.MustCompile(`(?i)^(?:` + table.Pattern() + `)$`)
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"in favour", true}, {"IN   Favour", true}, {"in\tfavour", true}, {"infavour", false},
		{"approved", true}, {"approval", true}, {"approv", true}, {"disapproved", false},
		{"a.m.", true}, {"axmx", false},
	} {
		if got := re.MatchString(tt.in); got != tt.want {
			t.Errorf("%q: match %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTexts(t *testing.T) {
	got := strings.Join(Attendance.Texts("proxy"), ",")
	for _, w := range []string{"by proxy", "procuration", "vollmacht"} {
		if !strings.Contains(got, w) {
			t.Errorf("Attendance.Texts(proxy) = %s, lacks %q", got, w)
		}
	}
	if strings.Contains(got, "present") {
		t.Errorf("Attendance.Texts(proxy) = %s, holds other senses", got)
	}
}
