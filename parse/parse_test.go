package parse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
	"minutes/extract"
)

// documentFacts are the facts of one document checked by
// TestParseDocuments, verified by reading the document. Empty fields are
// not checked, except the meeting fields named in null, which must be
// null; want* lists are checked in full.
type documentFacts struct {
	meeting        Meeting
	null           []string            // meeting fields that must be null, by their JSON names ("end_date", "number")
	items          []string            // "number title", as itemTitles writes them, without back matter
	presenters     map[string][]string // by item title
	previous       *PreviousMinutes
	nextDates      []String
	wantNoPrevious bool
}

// TestParseDocuments parses whole documents of the corpus and the samples
// and checks the facts a person reads in them.
func TestParseDocuments(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		path  string // under ../shared/corpus, or "samples/…" for testdata/samples
		facts documentFacts
	}{
		{"samples/tf-csirt-17-2006-amsterdam.txt", documentFacts{
			null:    []string{"end_date", "venue", "country", "status"},
			meeting: Meeting{Title: "17th TF-CSIRT meeting", Body: "TF-CSIRT", Number: 17, Date: "2006-01-23", City: "Amsterdam"},
			items: []string{"1 Welcome and apologies", "2 Approval of the Minutes and Status of Actions from the last meeting", "3 Compulsory Data Retention: Issues for CSIRTs",
				"4 ENISA update", "5 e-coat update", "6 Update on EC funded projects: GN2/JRA2 update", "7 CSIRT training courses", "8 IRT object",
				"9 Update on RTIR working group", "10 Update from the TTC", "11 Status of the ToR and other TF-CSIRT work items / deliverables",
				"12 Date of the next meetings", "13 Any Other Business"},
			presenters: map[string][]string{"ENISA update": {"Marco Thorbrügge", "Andrew Cormack"}, "IRT object": {"Wilfried Wöber"}, "Any Other Business": nil, "Update from the TTC": {"Andrew Cormack"}},
			previous:   &PreviousMinutes{Date: "2005-09-16", Approved: &yes},
			nextDates:  []String{"2006-05-25", "2006-09-21"},
		}},
		{"samples/tf-csirt-29-2010-hamburg.txt", documentFacts{
			null:    []string{"end_date"},
			meeting: Meeting{Title: "29th TF-CSIRT meeting", Body: "TF-CSIRT", Number: 29, Date: "2010-01-25", Venue: "Grand Elysee Hotel", City: "Hamburg", Country: "Germany", Status: "draft"},
			items: []string{"1 Approval of Minutes", "2 Actions from last meeting", "3 CZ.NIC and CZ.NIC-CSIRT Presentation", "4 CIRCL Presentation",
				"5 Delivering services in a user-focused way", "6 ICANN and DNS Security, Stability and Resiliency Activities", "7 Grid Security Developments",
				"8 TRANSITS update", "9 Trusted Introducer overview", "10 GN3 Security Activities", "11 Date of next meeting", "12 Any other business"},
			presenters: map[string][]string{"CIRCL Presentation": {"Pascal Steichen"}, "GN3 Security Activities": {"Maurizio Molina", "Baiba Kaskina"}, "Trusted Introducer overview": {"Don Stikvoort"}},
			previous:   &PreviousMinutes{Date: "2009-09-25", Approved: &yes},
			nextDates:  []String{"2010-05-20"},
		}},
		{"txt/asf-board-minutes-2002-10-09.txt", documentFacts{
			null:           []string{"number", "end_date", "venue", "city", "country", "status"},
			meeting:        Meeting{Title: "Board of Directors Interim Meeting", Body: "Board of Directors", Date: "2002-10-09"},
			items:          []string{"1 Call to order", "2 Roll Call", "3 Special Orders", "4 Adjournment"},
			wantNoPrevious: true,
		}},
		{"txt/asf-board-minutes-2000-12-20.txt", documentFacts{
			null:    []string{"number", "end_date", "venue", "city", "country", "status"},
			meeting: Meeting{Title: "Board of Directors Meeting", Body: "Board of Directors", Date: "2000-12-20"},
			items: []string{"1 Call to order", "2 Roll Call", "3 Minutes from the meetings of 22 October 2000 and 15 November 2000", "4 Officer Reports",
				"5 Committee Reports", "6 Special Orders", "7 Unfinished Business", "8 New Business", "9 Announcements", "10 Adjournment"},
			previous: &PreviousMinutes{Date: "2000-11-15", Approved: &no},
		}},
		{"txt/ietf-httpbis-70-minutes-2007.txt", documentFacts{
			null:       []string{"number", "end_date", "venue", "country", "status"},
			meeting:    Meeting{Title: "HTTPbis Working Group meeting", Body: "HTTPbis Working Group", Date: "2007-12", City: "Vancouver"},
			items:      []string{"First session", "Second session"},
			presenters: map[string][]string{"First session": {"Larry Masinter", "Mark Nottingham", "Yves Lafon", "Roy Fielding", "Julian Reschke"}, "Second session": {"Alexey Melkinov", "Cyrus Daboo"}},
		}},
		{"txt/w3c-tag-2014-09-29-london-irc.txt", documentFacts{
			meeting: Meeting{Date: "2014-09-29"},
			items:   []string{"http/2 update", "EWS Berlin", "TC39 update", "Packaging on the Web", "Capability URLs", "Extensible Web Report Card", "TPAC Hack on Service Worker", "next f2f"},
		}},
		{"md/w3c-tag-2014-09-29-london-minutes.md", documentFacts{
			meeting: Meeting{Title: "W3C Technical Architecture Group face-to-face", Body: "Technical Architecture Group", Date: "2014-09-29", Status: "draft"},
			items:   []string{"http2 update", "EWS Berlin", "TC39 update", "Packaging on the Web", "Capability URLs", "Extensible Web Report Card", "TPAC Hack on Service Worker", "F2F Planning"},
		}},
		{"md/nodejs-tsc-minutes-2015-06-03.md", documentFacts{
			null:    []string{"number", "end_date", "venue", "city", "country", "status"},
			meeting: Meeting{Title: "Node.js Foundation TSC Meeting", Body: "TSC", Date: "2015-06-03"},
			items: []string{"Add working group state per Project Lifecycle.", "Chrome 43 released; time for V8 4.3!", "Expose deepEqual and deepStrictEqual in util. #1172",
				"Proposal: Split TSC agenda in to two meetings", "TSC needs to elect a board representative."},
			wantNoPrevious: true,
		}},
		{"md/oasis-csaf-tc-minutes-2018-05-30-meeting-16.md", documentFacts{
			null:    []string{"end_date", "venue", "city", "country", "status"},
			meeting: Meeting{Title: "OASIS Common Security Advisory Framework (CSAF) TC Meeting #16", Body: "Common Security Advisory Framework (CSAF) TC", Number: 16, Date: "2018-05-30"},
			items: []string{"1 Call to Order and Welcome", "2 Roll call", "3 Approval of Agenda", "4 Approval of Minutes from Previous Meetings", "5 CSAF 2.0 JSON Schema Work",
				"8 Next steps", "10 Next Meetings", "11 Any other business", "12 Adjourn"},
			previous:  &PreviousMinutes{Approved: &yes},
			nextDates: []String{"2018-06-27"},
		}},
		{"md/enisa-rsit-wg-2019-01-23-tallinn.md", documentFacts{
			null:    []string{"number", "end_date", "venue", "country", "status"},
			meeting: Meeting{Title: "Reference taxonomy meeting", Body: "Reference Taxonomy Working Group", Date: "2019-01-23", City: "Tallinn"},
			items:   []string{"Review of the actions", "Actions for this meeting", "Review pulled changes", "Additional items discussed", "RSIT WG next meetings and outreach"},
		}},
		{"md/openwis-annual-meeting-2017-03-23-toulouse.md", documentFacts{
			meeting: Meeting{Title: "OpenWIS Annual Meeting 2017", Date: "2017-03-23", EndDate: "2017-03-24", City: "Toulouse", Country: "France"},
		}},
		{"md/ecma-tc39-notes-2019-06-04-berlin.md", documentFacts{
			null:       []string{"number", "end_date", "venue", "country", "status"},
			meeting:    Meeting{Title: "Meeting", Body: "TC39", Date: "2019-06-04"}, // the committee the text names, the title naming none
			presenters: map[string][]string{"Reports from Project Editors": {"Valerie Young", "Jordan Harband", "Caio Lima"}, "Trusted types": {"Mike Samuel"}, "Housekeeping from Aki": nil},
		}},
		{"html/w3c-tag-2015-01-29-packaging-minutes.html", documentFacts{
			null:    []string{"number", "end_date", "venue", "city", "country", "status"},
			meeting: Meeting{Title: "Technical Architecture Group Teleconference", Body: "Technical Architecture Group", Date: "2015-01-29"},
			items:   []string{"Spec Reviews & Future Calls"},
		}},
		{"pdf/nmnwse-board-minutes-2005-12-17.pdf", documentFacts{ // a TOPIC | PRESENTER table
			null: []string{"number", "end_date", "country", "status"},
			items: []string{"Call to Order (quorum = majority of Board, including proxies)", "Secretary’s Report", "Treasurer’s Report", "Reports from Standing Committee Chairs",
				"Expanding Your Horizons", "Chapter Reports", "Old Business/Action Items", "New Business, Announcements", "Schedule of Meetings"},
			presenters: map[string][]string{"Treasurer’s Report": {"Tinka Gammel"}, "Reports from Standing Committee Chairs": {"Tinka Gammel", "Dana Roberson", "Barbara Pollock"},
				"Expanding Your Horizons": {"Dana Roberson", "Betsy Frederick", "Tinka Gammel", "Adrienne Dare"}, "Schedule of Meetings": nil},
			nextDates: []String{"2006-06-21"}, // "June 21 meeting is in Silver City"
		}},
		{"pdf/nmnwse-board-minutes-2016-02-13.pdf", documentFacts{ // "Topic Presenter", then "Topic-----Name" lines
			null: []string{"number", "end_date", "country", "status"},
			presenters: map[string][]string{"Secretary’s Report": {"Barbara Torres"},
				"Expanding Your Horizons Conferences": {"Rebecca Galves", "Rochelle Larson", "Jan Frigo", "Lina Germann", "Mikki Jemin", "Lisa Chappa"},
				"Local Chapters":                      {"Jeanne Banks", "Rebecca Galves"}},
		}},
		{"pdf/cuyahoga-cc-board-of-trustees-agenda-2019-09-26.pdf", documentFacts{ // its title block is a running header
			meeting: Meeting{Title: "Regular Meeting of the Board of Trustees", Body: "Board of Trustees", Date: "2019-09-26", Venue: "Jerry Sue Thornton Center – Ford Room"},
			items:   []string{"I ROLL CALL", "II ELECTION OF OFFICERS", "III APPROVAL OF THE MINUTES", "IV EXECUTIVE OFFICER REPORTS", "V COMMITTEE REPORTS", "VI ADJOURNMENT"},
		}},
		{"pdf/suffolk-libraries-agm-minutes-2014-09-11.pdf", documentFacts{ // numbers centred beside their titles
			items: []string{"1 Welcome", "2 Apologies for Absence", "3 Minutes", "4 Annual Report", "5 Accounts 2013/14", "6 Appointment of Auditor",
				"7 Announcement of the election of 3 Suffolk Libraries IPS Ltd Board Members", "8 Guest Speaker", "9 Closing Remarks"},
		}},
		{"pdf/scotus-transcript-2009-01-13-p1.pdf", documentFacts{ // a court transcript: its line numbers are no items
			meeting: Meeting{Date: "2009-01-13", City: "Washington"},
			items:   []string{},
		}},
		{"html/nmnwse-board-minutes-2000-10-22.html", documentFacts{
			null:     []string{"number", "end_date", "country", "status"},
			meeting:  Meeting{Title: "Board Meeting", Body: "Board", Date: "2000-10-22", Venue: "Swiss Chalet", City: "Ruidoso"},
			items:    []string{"TREASURER’S REPORT", "STANDING COMMITTEE REPORTS", "EXPANDING YOUR HORIZONS", "CHAPTER REPORTS", "OLD BUSINESS", "NEW BUSINESS"},
			previous: &PreviousMinutes{Date: "2000-10-22", Approved: &yes},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var doc *document.Document
			if name, ok := strings.CutPrefix(tt.path, "samples/"); ok {
				doc = sampleDocument(t, name)
			} else {
				doc = corpusDocument(t, tt.path)
			}
			rec := Parse(doc, Options{})
			checkFacts(t, rec, tt.facts)
			checkRecord(t, rec)
		})
	}
}

// checkFacts compares a record with the facts known of its document.
func checkFacts(t *testing.T, rec *Record, f documentFacts) {
	t.Helper()
	checkMeeting(t, rec.Meeting, f.meeting, f.null)
	if f.items != nil {
		var got []string
		for _, it := range rec.Items {
			got = append(got, strings.TrimSpace(string(it.Number)+" "+string(it.Title)))
		}
		if diff := cmp.Diff(f.items, got, cmpEmptyEqual); diff != "" {
			t.Errorf("items (-want +got):\n%s", diff)
		}
	}
	for title, want := range f.presenters {
		found := false
		for _, it := range rec.Items {
			if string(it.Title) == title {
				found = true
				if diff := cmp.Diff(want, it.Presenters, cmpEmptyEqual); diff != "" {
					t.Errorf("presenters of %q (-want +got):\n%s", title, diff)
				}
			}
		}
		if !found {
			t.Errorf("no item %q", title)
		}
	}
	if f.previous != nil || f.wantNoPrevious {
		if diff := cmp.Diff(f.previous, rec.PreviousMinutes); diff != "" {
			t.Errorf("previous minutes (-want +got):\n%s", diff)
		}
	}
	if f.nextDates != nil {
		var got []String
		for _, nm := range rec.NextMeetings {
			got = append(got, nm.Date)
		}
		if diff := cmp.Diff(f.nextDates, got); diff != "" {
			t.Errorf("next meetings (-want +got):\n%s", diff)
		}
	}
}

// cmpEmptyEqual makes a nil list equal an empty one.
var cmpEmptyEqual = cmp.FilterValues(func(a, b []string) bool { return len(a) == 0 && len(b) == 0 }, cmp.Ignore())

// checkMeeting compares the meeting fields that want sets, and requires
// those named in null to be null.
func checkMeeting(t *testing.T, got, want Meeting, null []string) {
	t.Helper()
	for _, p := range meetingProblems(got, want, null) {
		t.Error(p)
	}
}

// meetingProblems lists how got differs from the meeting fields want sets
// and from the fields named in null (JSON names), which must be null; a
// name that is no meeting field is a problem too.
func meetingProblems(got, want Meeting, null []string) []string {
	fields := []struct {
		name      string
		got, want String
	}{
		{"title", got.Title, want.Title}, {"body", got.Body, want.Body}, {"date", got.Date, want.Date},
		{"end_date", got.EndDate, want.EndDate}, {"venue", got.Venue, want.Venue}, {"city", got.City, want.City},
		{"country", got.Country, want.Country}, {"status", got.Status, want.Status},
	}
	var problems []string
	for _, f := range fields {
		if f.want != "" && f.got != f.want {
			problems = append(problems, fmt.Sprintf("meeting %s = %q, want %q", f.name, f.got, f.want))
		}
	}
	if want.Number != 0 && got.Number != want.Number {
		problems = append(problems, fmt.Sprintf("meeting number = %d, want %d", got.Number, want.Number))
	}
	for _, name := range null {
		known := name == "number"
		if known && got.Number != 0 {
			problems = append(problems, fmt.Sprintf("meeting number = %d, want null", got.Number))
		}
		for _, f := range fields {
			if f.name == name {
				known = true
				if f.got != "" {
					problems = append(problems, fmt.Sprintf("meeting %s = %q, want null", f.name, f.got))
				}
			}
		}
		if !known {
			problems = append(problems, fmt.Sprintf("null names %q, no meeting field", name))
		}
	}
	return problems
}

// TestMeetingFacts checks the fact check itself: it must catch a value
// where the facts want null.
func TestMeetingFacts(t *testing.T) {
	hamburg := Meeting{Title: "29th TF-CSIRT meeting", Number: 29, Date: "2010-01-25", City: "Hamburg"}
	oneDayAsRange := hamburg
	oneDayAsRange.EndDate = hamburg.Date
	tests := []struct {
		name      string
		got, want Meeting
		null      []string
		problems  []string
	}{
		{name: "as wanted", got: hamburg, want: Meeting{Date: "2010-01-25"}, null: []string{"end_date", "country"}},
		{name: "a wanted value differs", got: hamburg, want: Meeting{City: "Hamburg", Date: "2010-01-26"},
			problems: []string{`meeting date = "2010-01-25", want "2010-01-26"`}},
		{name: "an empty field is not checked", got: oneDayAsRange, want: Meeting{Date: "2010-01-25"}},
		{name: "end_date where null is wanted", got: oneDayAsRange, want: Meeting{Date: "2010-01-25"}, null: []string{"end_date"},
			problems: []string{`meeting end_date = "2010-01-25", want null`}},
		{name: "a number where null is wanted", got: hamburg, null: []string{"number", "venue"},
			problems: []string{"meeting number = 29, want null"}},
		{name: "a name that is no field", got: hamburg, null: []string{"enddate"},
			problems: []string{`null names "enddate", no meeting field`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.problems, meetingProblems(tt.got, tt.want, tt.null)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

var (
	isoDateText = regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`)
	itemNumber  = regexp.MustCompile(`^(?:\d{1,2}|[IVX]{1,7})\.?\s`)
)

// checkRecord checks what every record must be, whatever the document:
// the contract's forms, lists never null, JSON that reads back.
func checkRecord(t *testing.T, rec *Record) {
	t.Helper()
	data, err := json.Marshal(rec)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	if !utf8.Valid(data) {
		t.Errorf("record is not valid UTF-8")
	}
	for _, list := range []string{`"items":null`, `"actions":null`, `"participants":null`, `"decisions":null`, `"next_meetings":null`, `"links":null`, `"warnings":null`, `"presenters":null`} {
		if bytes.Contains(data, []byte(list)) {
			t.Errorf("record has %s", list)
		}
	}
	var back Record
	if err := json.Unmarshal(data, &back); err != nil {
		t.Errorf("record does not read back: %v", err)
	}
	for _, d := range []String{rec.Meeting.Date, rec.Meeting.EndDate} {
		if d != "" && !isoDateText.MatchString(string(d)) {
			t.Errorf("meeting date %q is not ISO", d)
		}
	}
	for _, it := range rec.Items {
		if it.Title == "" || it.Title != String(squeezeSpace(string(it.Title))) || (itemNumber.MatchString(string(it.Title)) && !timeSlot.MatchString(string(it.Title)+" ")) {
			t.Errorf("item title %q (number %q)", it.Title, it.Number)
		}
		if strings.Contains(string(it.Text), "  ") {
			t.Errorf("item %q text has double spaces", it.Title)
		}
	}
	for _, nm := range rec.NextMeetings {
		if (nm.Date != "" && !isoDateText.MatchString(string(nm.Date))) || (nm.EndDate != "" && nm.EndDate <= nm.Date) {
			t.Errorf("next meeting %+v", nm)
		}
	}
	for _, u := range rec.Links {
		if !urlPattern.MatchString(u) || strings.ContainsAny(u, " \t\n") {
			t.Errorf("link %q", u)
		}
	}
}

// TestParseCorpusInvariants parses every document of the corpus, PDFs
// included, and checks the record's invariants.
func TestParseCorpusInvariants(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "corpus")
	var paths []string
	for _, dir := range []string{"txt", "md", "html", "pdf"} {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			t.Fatalf("reading the corpus: %v", err)
		}
		for _, e := range entries {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	if len(paths) < 40 {
		t.Fatalf("only %d corpus documents", len(paths))
	}
	for _, p := range paths {
		t.Run(p, func(t *testing.T) {
			doc, err := extract.ReadFile(filepath.Join(root, p))
			if err != nil {
				t.Fatalf("unreadable: %v", err)
			}
			checkRecord(t, Parse(doc, Options{}))
		})
	}
}

// FuzzParse parses any text as a markdown document: no panic, a record in
// valid JSON with lists, no bigger than a bound of the input. The seeds are
// short: whole documents make each run too slow for the search to go far.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"# Minutes\n\n## 1. Welcome\n\nJane Doe gave a presentation.\n\n## 2. Next meeting\n\nThe next meeting will be held on 20-21 May 2010 in Heraklion, Greece (hosted by FORTH CERT).\n",
		"09:13:20 <JeniT> Topic: x\n09:14:07 <JeniT> Topic: y\n",
		"1.\nA\n2.\nB\nParticipants\n",
		"| 1 | Apologies ● x | HP |\n| 2 | Adoption of Previous Minutes ● Unanimous adoption | LA |\n",
		// Real snippets (tf-csirt-17 and -29).
		"**Minutes of the 17th TF-CSIRT meeting\nAmsterdam, 23 January 2006**\n\n1. Welcome and apologies\n\nGorazd Božič welcomed the participants: <http://www.terena.nl/activities/tf-csirt/meeting17/>\n\n2. Approval of the Minutes\n\nThe minutes of the last meeting held on 16 September 2005 were approved.\n",
		"SUBJECT\nDraft minutes of the 29th TF-CSIRT meeting\n25 January 2010, Hamburg, Germany\nPage 1/8\n29th TF-CSIRT meeting\n25 January 2010\nGrand Elysee Hotel, Hamburg, Germany\n1.\nApproval of Minutes\n10. GN3 Security Activities\nMaurizio Molina and Baiba Kaskina gave a presentation\nOpen Actions\nParticipants\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 8192 {
			data = data[:8192] // longer inputs only slow the search down
		}
		doc, err := extract.Read("fuzz.md", data)
		if err != nil {
			return // not a document; the reader says why
		}
		rec := Parse(doc, Options{})
		out, err := json.Marshal(rec)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		if !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 in the record")
		}
		if rec.Items == nil || rec.Links == nil || rec.NextMeetings == nil || rec.Warnings == nil {
			t.Fatalf("a list is null")
		}
		if limit := 16*len(data) + 16384; len(out) > limit {
			t.Fatalf("record of %d bytes for %d bytes of input", len(out), len(data))
		}
	})
}

// TestWithoutLineNumbers takes off the numbers a transcript prints before
// its lines, and leaves numbered agendas alone.
func TestWithoutLineNumbers(t *testing.T) {
	texts := func(lines []document.Line) []string {
		var out []string
		for _, l := range lines {
			out = append(out, l.Text)
		}
		return out
	}
	linesOfTexts := func(texts ...string) []document.Line {
		var out []document.Line
		for _, s := range texts {
			out = append(out, document.Line{Text: s})
		}
		return out
	}
	// scotus-transcript-2009-01-13-p1.pdf, page 1, as the reader gives it.
	transcript := linesOfTexts("Official - Subject to Final Review", "1 IN THE SUPREME COURT OF THE UNITED STATES",
		"2 - - - - - - - - - - - - - - - - - x", "3 MICHAEL A. KNOWLES, :", "4 WARDEN, :", "5 Petitioner :",
		"6 v. : No. 07-1315", "7 ALEXANDRE MIRZAYANCE. :", "8 - - - - - - - - - - - - - - - - - x", "9 Washington, D.C.",
		"10 Tuesday, January 13, 2009", "11", "12 The above-entitled matter came on for oral", "13 argument before the Supreme Court of the United States",
		"14 at 1:01 p.m.", "15 APPEARANCES:", "16 STEVEN E. MERCER, ESQ., Deputy Attorney General, Los", "17 Angeles, Cal.; on behalf of the Petitioner.",
		"18 CHARLES M. SEVILLA, ESQ., San Diego, Cal.; on behalf", "19 of the Respondent.", "20", "21", "22", "23", "24", "25")
	want := []string{"Official - Subject to Final Review", "IN THE SUPREME COURT OF THE UNITED STATES",
		"- - - - - - - - - - - - - - - - - x", "MICHAEL A. KNOWLES, :", "WARDEN, :", "Petitioner :",
		"v. : No. 07-1315", "ALEXANDRE MIRZAYANCE. :", "- - - - - - - - - - - - - - - - - x", "Washington, D.C.",
		"Tuesday, January 13, 2009", "The above-entitled matter came on for oral", "argument before the Supreme Court of the United States",
		"at 1:01 p.m.", "APPEARANCES:", "STEVEN E. MERCER, ESQ., Deputy Attorney General, Los", "Angeles, Cal.; on behalf of the Petitioner.",
		"CHARLES M. SEVILLA, ESQ., San Diego, Cal.; on behalf", "of the Respondent."}
	if diff := cmp.Diff(want, texts(withoutLineNumbers(transcript))); diff != "" {
		t.Errorf("transcript (-want +got):\n%s", diff)
	}
	// An agenda numbers its items, not its lines: nothing is taken off,
	// even with ten items in a row.
	var agenda []string
	for i := 1; i <= 12; i++ {
		agenda = append(agenda, fmt.Sprintf("%d Item number %d", i, i), "The board discussed it.")
	}
	agenda = append(agenda, "13", "Any other business")
	if diff := cmp.Diff(agenda, texts(withoutLineNumbers(linesOfTexts(agenda...)))); diff != "" {
		t.Errorf("agenda (-want +got):\n%s", diff)
	}
}
