package parse

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
	"minutes/extract"
)

func TestMeetingTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Minutes of the 17th TF-CSIRT meeting", "17th TF-CSIRT meeting"},                                             // tf-csirt-17
		{"Draft minutes of the 29th TF-CSIRT meeting", "29th TF-CSIRT meeting"},                                       // tf-csirt-29 running header
		{"Board of Directors Interim Meeting Minutes", "Board of Directors Interim Meeting"},                          // asf-board-minutes-2002-10-09.txt
		{"Node.js Foundation TSC Meeting 2015-06-03", "Node.js Foundation TSC Meeting"},                               // nodejs-tsc
		{"Minutes of the HTTPbis Working Group meeting in Vancouver, December 2007", "HTTPbis Working Group meeting"}, // ietf-httpbis-70
		{"OASIS Common Security Advisory Framework (CSAF) TC Meeting #16 May 30, 2018", "OASIS Common Security Advisory Framework (CSAF) TC Meeting #16"},
		{"Minutes for February 8, 2003 Board Meeting of NMNWSE held at the home of Debby Potter.", "Board Meeting of NMNWSE"}, // nmnwse-board-minutes-2003-02-08.pdf
		{"Séance publique tenue le 20 juin, à 16h00 à la salle du conseil", "Séance publique"},                                // sainte-adele
		{"June 4, 2019 Meeting Notes", "Meeting"},                                                                             // ecma-tc39-notes-2019-06-04-berlin.md
		{"CSS Committee Meeting - Minutes", "CSS Committee Meeting"},                                                          // uob-computer-science-society
		{"Board of Directors Meeting – May 3, 2021 – Zoom", "Board of Directors Meeting – Zoom"},                              // two dashes left where the date was
		{"Vorstandssitzung | 3. Mai 2021 | Vereinsheim", "Vorstandssitzung | Vereinsheim"},
		{"Publishing Community Group: Plenary Session", "Publishing Community Group: Plenary Session"},
		{"Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board", ""}, // chicago-ssa21: date, time and place only
		{"PROCÈS-VERBAL", ""},
		{"MINUTES", ""},
		{"Formal notice for Suffolk’s Libraries IPS Ltd Annual General Meeting", "Suffolk’s Libraries IPS Ltd Annual General Meeting"}, // suffolk-libraries-formal-notice-agenda-agm.pdf
		{"Agenda for the Board Meeting", "Board Meeting"},
	}
	for _, tt := range tests {
		if got := meetingTitle(tt.in); got != tt.want {
			t.Errorf("meetingTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBodyFromTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"29th TF-CSIRT meeting", "TF-CSIRT"},
		{"Board of Directors Interim Meeting", "Board of Directors"},
		{"Node.js Foundation TSC Meeting", "TSC"}, // parent organisation off
		{"OASIS Common Security Advisory Framework (CSAF) TC Meeting #16", "Common Security Advisory Framework (CSAF) TC"},
		{"W3C Technical Architecture Group face-to-face", "Technical Architecture Group"},
		{"Technical Architecture Group Teleconference", "Technical Architecture Group"},
		{"HTTPbis Working Group meeting", "HTTPbis Working Group"}, // the group's own name stays
		{"HTTPBIS WG, IETF 83", "HTTPBIS WG"},
		{"Suffolk Libraries IPS - Board Meeting", "Board"},
		{"Trustees of The Friends of Halesworth County Library", "Trustees"},
		{"Regular Meeting of the Board of Trustees", "Board of Trustees"},
		{"Publishing Community Group: Plenary Session", "Publishing Community Group"},
		{"NMNWSE Board Meeting", "Board"},
		{"CSS Committee Meeting", "Committee"},
		{"OpenWIS Steering Committee 2016 March", "Steering Committee"},
		{"COMITÉ DE DÉMOLITION", "COMITÉ DE DÉMOLITION"},
		{"Common Security Advisory Framework (CSAF) TC Monthly Meeting", "Common Security Advisory Framework (CSAF) TC"},
		{"OpenWIS Annual Meeting 2017", ""},              // an organisation, no body
		{"2019 MONTHLY BOARD MEETING SCHEDULE", "BOARD"}, // chicago-human-relations-2019-meeting-schedule.pdf
		{"General Assembly Meeting", "General Assembly"},
		{"Meeting", ""},
		{"Official - Subject to Final Review", ""},
	}
	for _, tt := range tests {
		if got := bodyFromTitle(tt.in); got != tt.want {
			t.Errorf("bodyFromTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOrdinalIn(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"29th TF-CSIRT meeting", 29},
		{"Minutes of the 17th TF-CSIRT meeting", 17},
		{"OASIS Common Security Advisory Framework (CSAF) TC Meeting #18", 18},
		{"CSAF TC Inaugural Meeting #1 Nov 16, 2016", 1},
		{"Réunion n° 3 du comité", 3},
		{"5. Sitzung des Vorstands", 5},
		{"29e réunion du groupe", 29},
		{"Lincoln Square Special Service Area #21", 0}, // chicago-ssa21: not a meeting number
		{"HTTPBIS WG, IETF 83", 0},
		{"23rd - 24th March 2017 - Toulouse, France - meeting minutes", 0}, // dates, not ordinals
		{"3. Minutes of Previous meeting of 27th October 2016", 0},         // an item number
	}
	for _, tt := range tests {
		if got := ordinalIn(tt.in); got != tt.want {
			t.Errorf("ordinalIn(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestStatusOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Draft minutes of the 29th TF-CSIRT meeting", "draft"}, // tf-csirt-29 running header
		{"### - DRAFT -", "draft"},                              // w3c-tag-2014-09-29-london-minutes.md
		{"2016-12-15 draft Open Board Minutes v1", "draft"},     // suffolk-libraries-open-board-minutes footer
		{"Projet de procès-verbal", "draft"},
		{"Minutes (draft)", "draft"},
		{"Approved minutes of the board", "approved"},
		{"Status: Approved", "approved"},
		{"Approved by the Board on 12 March 2013", "approved"},
		{"Minutes from 11/30/17 meeting approved – Z. Maiorca (motion)", ""}, // earlier minutes, not these
		{"draft-lafon-rfc2616bis was summarised", ""},                        // ietf-httpbis-70: an Internet-Draft
		{"Minutes of the 17th TF-CSIRT meeting", ""},
	}
	for _, tt := range tests {
		if got := statusOf(stripMarkup(tt.in)); got != tt.want {
			t.Errorf("statusOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFindMeeting reads the headers of corpus documents, hand-written as
// the repaired text normalize gives.
func TestFindMeeting(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             Meeting
	}{
		{
			name: "tf-csirt-29-2010-hamburg.txt",
			file: "tf-csirt-29-2010-hamburg.txt",
			text: "29th TF-CSIRT meeting\n25 January 2010\nGrand Elysee Hotel, Hamburg, Germany\nPlease note that a seminar was held the following day.\n1. Approval of Minutes\nApproved.\n2. Actions\nDone.\n",
			want: Meeting{Title: "29th TF-CSIRT meeting", Body: "TF-CSIRT", Number: 29, Date: "2010-01-25", Venue: "Grand Elysee Hotel", City: "Hamburg", Country: "Germany"},
		},
		{
			name: "tf-csirt-17-2006-amsterdam.txt",
			file: "tf-csirt-17-2006-amsterdam.txt",
			text: "**Minutes of the 17th TF-CSIRT meeting\nAmsterdam, 23 January 2006**\n\n[Please note that a seminar was held the next day.]\n\n1. Welcome and apologies\n\nWelcome.\n\n2. Approval of the Minutes\n\nApproved.\n",
			want: Meeting{Title: "17th TF-CSIRT meeting", Body: "TF-CSIRT", Number: 17, Date: "2006-01-23", City: "Amsterdam"},
		},
		{
			name: "asf-board-minutes-2002-10-09.txt",
			file: "board_minutes_2002_10_09.txt",
			text: "\n                     The Apache Software Foundation\n\n                Board of Directors Interim Meeting Minutes\n\n                             9 October 2002\n\n\n 1. Call to order\n\n    The meeting was held by teleconference.\n\n 2. Roll Call\n\n    Directors Present:\n",
			want: Meeting{Title: "Board of Directors Interim Meeting", Body: "Board of Directors", Date: "2002-10-09"},
		},
		{
			name: "chicago-human-relations-2019-meeting-schedule.pdf: a schedule dates itself by the year of its title",
			file: "chi_human_relations.txt",
			text: "CHICAGO COMMISSION ON HUMAN RELATIONS\n2019 MONTHLY BOARD MEETING SCHEDULE\n\nHeld every 2nd Thursday of the month\nunless otherwise posted\nLOCATION: 740 N. Sedgwick St, 4th Floor Boardroom\nTIME: 3:30pm – 5:00pm\n",
			want: Meeting{Title: "MONTHLY BOARD MEETING SCHEDULE", Body: "BOARD", Date: "2019", Venue: "740 N. Sedgwick St, 4th Floor Boardroom"},
		},
		{
			name: "enisa-rsit-wg-2019-01-23-tallinn.md: fields on one line",
			file: "20190123-Tallinn.md",
			text: "# Reference Taxonomy Working Group Minutes\n\nMeeting: Reference taxonomy meeting Location: Tallinn Date: 23/01/2019\n## Meeting overview\n- Actions from last meeting\n\n# Review of the actions:\nDone.\n# Additional items discussed\nNone.\n",
			want: Meeting{Title: "Reference taxonomy meeting", Body: "Reference Taxonomy Working Group", Date: "2019-01-23", City: "Tallinn"},
		},
		{
			name: "openwis-steering-committee-2016-03-09.md: front matter and a date-and-place heading",
			file: "2016-03-09-OpenWIS-Steering-Committee-2016-Mar.md",
			text: "---\nlayout: page\ntitle: OpenWIS Steering Committee 2016 March\nminuteOwner: steering\n---\n\n## 9th - 10th March 2016, Seoul, Republic of Korea - meeting minutes\n---\n\n1. **Welcome and introductions**\n\t1. JT - Welcome all.\n2. **Approval of agenda**\n\t1. Approved.\n",
			want: Meeting{Title: "OpenWIS Steering Committee 2016 March", Body: "Steering Committee", Date: "2016-03-09", EndDate: "2016-03-10", City: "Seoul", Country: "Republic of Korea"},
		},
		{
			name: "suffolk-libraries-board-minutes-2012-09-11.pdf: a form of labelled rows",
			file: "board-meeting-minutes-2012-09-11.md",
			text: "BOARD MEETING MINUTES\n\n| Title of Meeting | Suffolk Libraries IPS - Board Meeting |\n|---|---|\n| Date | 11th September 2012 |\n| Place | SALC, Claydon |\n| Time | 09.30 – 12.30 |\n\n1. Declarations of Interest\n\nNone.\n\n2. Minutes of 26 th July\n\nAgreed.\n",
			want: Meeting{Title: "Suffolk Libraries IPS - Board Meeting", Body: "Board", Date: "2012-09-11", Venue: "SALC", City: "Claydon"},
		},
		{
			name: "nmnwse-board-minutes-2000-10-22.html: place in the first sentence",
			file: "20001022Min.txt",
			text: "New Mexico Network for Women in Science and Engineering\nBoard Meeting\n22 October 2000\nThe meeting was held at the Swiss Chalet in Ruidoso the day after the Annual Meeting.\nTREASURER’S REPORT — J. Tinka Gammel\nClaudia reported.\nSTANDING COMMITTEE REPORTS\nNone.\n",
			want: Meeting{Title: "Board Meeting", Body: "Board", Date: "2000-10-22", Venue: "Swiss Chalet", City: "Ruidoso"},
		},
		{
			name: "sainte-adele-comite-demolition-pv-2023-06-20.pdf: French, a heading date without a year",
			file: "2023-06-20-PV.txt",
			text: "COMITÉ DE DÉMOLITION\nPROCÈS-VERBAL\nSéance publique tenue le 20 juin, à 16h00 à la salle du conseil\nPrésences\n1. Ouverture de la séance\nLa séance est ouverte à 16h00.\n2. Adoption de l’ordre du jour\nUn avis public a été publié le 7 juin 2023.\n",
			want: Meeting{Title: "Séance publique", Body: "COMITÉ DE DÉMOLITION", Date: "2023-06-20", Venue: "salle du conseil"},
		},
		{
			name: "w3c-tag-2014-09-29-london-minutes.md: a draft, the year only in the file name",
			file: "w3c-tag-2014-09-29-london-minutes.md",
			text: "## W3C Technical Architecture Group face-to-face\n### - DRAFT -\n### September 29\n\n---\n\n### Attendees\n\n*Present:* Daniel Appelquist\n\n###Topic: http2 update\n\nmnot: WG last call ended\n\n### Topic: EWS Berlin\n\nDomenic: it went well\n",
			want: Meeting{Title: "W3C Technical Architecture Group face-to-face", Body: "Technical Architecture Group", Date: "2014-09-29", Status: "draft"},
		},
		// Forms of other countries, written for this test.
		{
			name: "a US council: a state name ends the place",
			file: "council.txt",
			text: "MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL\nHeld March 3, 2015 at 7:00 p.m.\nCouncil Chambers, 100 Main Street, Springfield, Illinois\n\nI. CALL TO ORDER\nThe mayor called the meeting to order.\nII. ROLL CALL\nPresent: Jane Doe\n",
			want: Meeting{Title: "REGULAR MEETING OF THE CITY COUNCIL", Body: "CITY COUNCIL", Date: "2015-03-03", Venue: "Council Chambers, 100 Main Street", City: "Springfield"},
		},
		{
			name: "German: ordinal with a dot, fields Datum and Ort",
			file: "protokoll.txt",
			text: "Protokoll der 5. Sitzung des Vorstands\nDatum: 3. März 2010\nOrt: Berlin\n\nTOP 1 Begrüßung\nDer Vorsitzende begrüßt die Anwesenden.\nTOP 2 Verschiedenes\nNichts.\n",
			want: Meeting{Title: "5. Sitzung des Vorstands", Body: "Vorstands", Number: 5, Date: "2010-03-03", City: "Berlin"},
		},
		{
			name: "a title ending in a legal form keeps its full stop; the body without its parent after a second 'of'",
			file: "club.txt",
			text: "Minutes of the Meeting of the Board of Directors of Harbour Rowing Club Inc.\nHeld on 3 March 2015 in Dunedin\n\n1. Apologies\nNone.\n2. Reports\nNone.\n",
			want: Meeting{Title: "Meeting of the Board of Directors of Harbour Rowing Club Inc.", Body: "Board of Directors", Date: "2015-03-03", City: "Dunedin"},
		},
		{
			name: "a SIG is a body; how often it meets is no part of its name",
			file: "sig.md",
			text: "## SIG Storage Bi-weekly Meeting - March 9, 2023\n\n### Agenda\n\n* Release planning\n  * KEP freeze.\n* CSI migration\n  * Blocked.\n",
			want: Meeting{Title: "SIG Storage Bi-weekly Meeting", Body: "SIG Storage", Date: "2023-03-09"},
		},
		{
			name: "a possessive before 'Meeting' names the body",
			file: "trustees.txt",
			text: "Friends of Northfield Hospice – Trustees’ Meeting\nWednesday 9 November 2016\n\n1. Minutes\nAgreed.\n2. Fundraising\nNoted.\n",
			want: Meeting{Title: "Friends of Northfield Hospice – Trustees’ Meeting", Body: "Trustees", Date: "2016-11-09"},
		},
		{
			name: "a club's general meeting: the club met",
			file: "agm.txt",
			text: "Minutes of the Annual General Meeting of the Eastfield Tennis Club\nSaturday 5 March 2022, Clubhouse\n\n1. Minutes of the last AGM\nAgreed.\n2. Chair's report\nNoted.\n",
			want: Meeting{Title: "Annual General Meeting of the Eastfield Tennis Club", Body: "Eastfield Tennis Club", Date: "2022-03-05"},
		},
		{
			name: "German: 'e.V.' ends the title, not a sentence; the board is in the compound 'Vorstandssitzung'",
			file: "verein.txt",
			text: "Protokoll der Vorstandssitzung des Fördervereins Stadtbibliothek Lüneburg e.V.\n\nDatum: Dienstag, 12. März 2019\nOrt: Lüneburg\n\nTOP 1: Begrüßung\nText.\nTOP 2: Verschiedenes\nNichts.\n",
			want: Meeting{Title: "Vorstandssitzung des Fördervereins Stadtbibliothek Lüneburg e.V.", Body: "Vorstand", Date: "2019-03-12", City: "Lüneburg"},
		},
		{
			name: "French: body after 'du', date and city on the next line",
			file: "pv.txt",
			text: "Procès-verbal de la réunion du conseil d'administration\nle mardi 20 juin 2023 à Lyon\n\n1. Approbation du procès-verbal\nApprouvé.\n2. Divers\nRien.\n",
			want: Meeting{Title: "réunion du conseil d'administration", Body: "conseil d'administration", Date: "2023-06-20", City: "Lyon"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Read(tt.file, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			m, _ := findMeeting(headerIn(doc, lex(doc.Lines).order))
			if diff := cmp.Diff(tt.want, m); diff != "" {
				t.Errorf("meeting (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTitleFromRunningHeader reads the title that normalize took out of
// the text with the running header it was printed in
// (chicago-ssa21-commission-minutes-2018-01-29.pdf).
func TestTitleFromRunningHeader(t *testing.T) {
	doc, err := extract.Read("minutes.txt", []byte("Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board\n- Perfunctory Business\n- Meeting called to order at 9:08am – M. Prest (motion), C. Dallas (second)\n"))
	if err != nil {
		t.Fatal(err)
	}
	doc.RemovedHeaders = []document.Line{{Text: "Lincoln Square Special Service Area #21"}, {Text: "Commission Meeting Minutes"}}
	m, _ := findMeeting(headerIn(doc, monthFirst))
	want := Meeting{Title: "Commission Meeting", Body: "Commission", Date: "2018-01-29", Venue: "Carbon Arc Bar & Board"}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("meeting (-want +got):\n%s", diff)
	}
}

func TestFindMeetingWarnings(t *testing.T) {
	tests := []struct {
		name, file, text, want string
	}{
		{"no date anywhere", "notes.txt", "HTTPBIS WG\nIETF 77\n\n==Agenda bash\n\nNone.\n\n==Open issues\n\nMany.\n", "no meeting date found"},
		{"date from the file name", "w3c-tag-2014-09-29-london-irc.txt", "08:26:15 <RRSAgent> RRSAgent has joined #tagmem\n09:13:20 <JeniT> Topic: http/2 update\n09:14:07 <JeniT> mnot: WG last call ended\n09:15:00 <JeniT> Topic: EWS\n", "no meeting date in the text; 2014-09-29 taken from the file name"},
		{"no title", "x.txt", "09:13:20 <JeniT> Topic: http/2 update\n09:14:07 <JeniT> mnot: 25 January 2010\n09:15:00 <JeniT> Topic: EWS\n", "no meeting title found"},
		{"wrong weekday", "x.txt", "Board Meeting\nTuesday 25 January 2010\n1. Welcome\nHello.\n2. Close\nBye.\n", "the meeting date 2010-01-25 is given with the wrong weekday; it was a Monday"},
		{"two header dates disagree", "x.txt", "February 2016 Board Meeting\nNMSU, Las Cruces, NM\n13 February 2015\n1. Welcome\nHello.\n2. Close\nBye.\n", "the header also dates the meeting 2016-02; 2015-02-13 kept"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Read(tt.file, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			_, ws := findMeeting(headerIn(doc, dayFirst))
			var msgs []string
			for _, w := range ws {
				msgs = append(msgs, w.Message)
			}
			if !containsString(msgs, tt.want) {
				t.Errorf("warnings %q lack %q", msgs, tt.want)
			}
		})
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestFindMeetingGenerated builds title blocks from parts in random order
// and forms and checks that the meeting is read back.
func TestFindMeetingGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(29))
	bodies := []string{"Steering Committee", "Board of Trustees", "Technical Working Group", "Executive Board", "Task Force"}
	places := []struct{ text, venue, city, country string }{
		{"Grand Elysee Hotel, Hamburg, Germany", "Grand Elysee Hotel", "Hamburg", "Germany"},
		{"Town Hall, Espoo, Finland", "Town Hall", "Espoo", "Finland"},
		{"Vilnius, Lithuania", "", "Vilnius", "Lithuania"},
		{"Conference Centre, Lyon, France", "Conference Centre", "Lyon", "France"},
	}
	for i := 0; i < 200; i++ {
		body := bodies[rng.Intn(len(bodies))]
		n := 1 + rng.Intn(120)
		day := 1 + rng.Intn(28)
		month := 1 + rng.Intn(12)
		year := 1990 + rng.Intn(35)
		p := places[rng.Intn(len(places))]
		title := fmt.Sprintf("%s meeting #%d", body, n)
		date := fmt.Sprintf("%d %s %d", day, []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}[month-1], year)
		var header []string
		switch rng.Intn(3) {
		case 0:
			header = []string{"Minutes of the " + title, date, p.text}
		case 1:
			header = []string{"# " + title, "", "Date: " + date, "Location: " + p.text}
		default:
			header = []string{"Draft minutes of the " + title, date + ", " + p.text}
		}
		text := strings.Join(header, "\n") + "\n\n1. Welcome\n\nThe chair opened the meeting.\n\n2. Any other business\n\nNone.\n"
		doc, err := extract.Read("x.md", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		m, _ := findMeeting(headerIn(doc, dayFirst))
		want := Meeting{Title: String(title), Body: String(body), Number: NullInt(n),
			Date: isoDay(year, month, day), Venue: String(p.venue), City: String(p.city), Country: String(p.country)}
		if strings.HasPrefix(header[0], "Draft") {
			want.Status = "draft"
		}
		if diff := cmp.Diff(want, m); diff != "" {
			t.Fatalf("header:\n%s\nmeeting (-want +got):\n%s", strings.Join(header, "\n"), diff)
		}
	}
}

func TestCommonCommittee(t *testing.T) {
	lines := func(texts ...string) []document.Line {
		var out []document.Line
		for _, s := range texts {
			out = append(out, document.Line{Text: s})
		}
		return out
	}
	tests := []struct {
		lines []document.Line
		want  string
	}{
		{lines("IS: Page 3, total downloads, everything highlighted in red related to TC39.", "it has no practical relevance for TC39, as the JS language is not patent sensitive.",
			"at some point TC39 Chairs need to notify the Ecma Secretariat", "- [Agenda](https://github.com/tc39/agendas/blob/master/2019/06.md)"), "TC39"}, // ecma-tc39-notes-2019-06-04-berlin.md
		{lines("TC53 liaison report", "TC53 met.", "relevance for TC39"), ""}, // named too rarely
		{lines("https://github.com/tc39/a", "https://github.com/tc39/b", "https://github.com/tc39/c"), ""},
	}
	for _, tt := range tests {
		if got := commonCommittee(lexLines(tt.lines)); got != tt.want {
			t.Errorf("commonCommittee(%v) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// TestTitleWithoutDanglingJoiner: the word that joined a title's date or
// time to it goes with the date, in every language.
func TestTitleWithoutDanglingJoiner(t *testing.T) {
	tests := []struct{ text, title string }{
		{"# Assemblée Générale du 31 Mai 2009 à 10h\n\nTexte.\n", "Assemblée Générale"},
		{"# Verbale assemblea del 21 marzo 2024\n\nTesto.\n", "assemblea"},
		{"# Acta de la reunión del 13 de septiembre de 2023\n\nTexto.\n", "reunión"},
		{"# Protokoll der Mitgliederversammlung vom 3. März 2015\n\nText.\n", "Mitgliederversammlung"},
		{"# Ata da reunião do dia 04/10/2024\n\nTexto.\n", "reunião"},
		{"# Notulen van de ledenvergadering van 19 oktober 2018\n\nTekst.\n", "ledenvergadering"},
		{"# Board meeting held on 3 March 2015\n\nText.\n", "Board meeting"},
		{"# Minutes for meeting 2025-01-17\n\n# Minutes for 2025-01-17\n\nText.\n", "meeting"},
		{"# Reunión del día de la ciudad\n\nTexto.\n", "Reunión del día de la ciudad"}, // no date taken out: the words stay
	}
	for _, tt := range tests {
		rec := recordOf(t, "x.md", tt.text)
		if got := string(rec.Meeting.Title); got != tt.title {
			t.Errorf("%q: title %q, want %q", tt.text, got, tt.title)
		}
	}
}

// TestBodyAndNumberInManyLanguages: the body that met, as titles in many
// languages name it (an assembly, a board, a German or Dutch compound),
// without its organisation after "de"/"of" and without the meeting's
// number; the ordinal in the forms of each language.
func TestBodyAndNumberInManyLanguages(t *testing.T) {
	tests := []struct {
		text, body string
		number     int
	}{
		{"# Acta de la 1ª reunión de la Asamblea constituyente de ApuntsFME\n\nTexto.\n", "Asamblea constituyente", 1},
		{"# Acta de Asamblea General Ordinaria N°1\n\nTexto.\n", "Asamblea General", 1},
		{"# Ata da 12ª Reunião Ordinária do Conselho Deliberativo\n\nTexto.\n", "Conselho Deliberativo", 12},
		{"# Ata de reunião da gestão\n\nTexto.\n", "gestão", 0},
		{"# Assemblée Générale du 31 mai 2009\n\nTexte.\n", "Assemblée Générale", 0},
		{"# Compte rendu de l’assemblée constitutive de l’association Les enfants de Simone\n\nTexte.\n", "assemblée constitutive", 0},
		{"# COMITÉ DE DÉMOLITION\n\nTexte.\n", "COMITÉ DE DÉMOLITION", 0}, // a body in capitals keeps its complement
		{"# Verbale della 3° seduta del Consiglio Direttivo\n\nTesto.\n", "Consiglio Direttivo", 3},
		{"# Protokoll der 5. Sitzung des Vorstands\n\nText.\n", "Vorstands", 5},
		{"# Notulen bestuursvergadering 1 juni 2010\n\nTekst.\n", "bestuur", 0},
		{"# Notulen ALV 19 oktober 2018\n\nTekst.\n", "ALV", 0},
		{"# Fall 2014 General Body 2 Minutes - 4/9/14\n\nText.\n", "General Body", 0},
		{"# Minutes of the 29th TF-CSIRT meeting\n\nText.\n", "TF-CSIRT", 29},
	}
	for _, tt := range tests {
		m := recordOf(t, "x.md", tt.text).Meeting
		if string(m.Body) != tt.body || int(m.Number) != tt.number {
			t.Errorf("%q: body %q, number %d; want %q, %d", tt.text, m.Body, m.Number, tt.body, tt.number)
		}
	}
}

// TestTitleWrappedOverLines: a PDF title wrapped onto the lines below it
// is joined while they continue it (a line in lower case, or after a word
// that cannot end it); a title block's next line is not.
func TestTitleWrappedOverLines(t *testing.T) {
	l := func(text string, y float64) headerLine {
		return headerLine{text: text, line: line{Line: document.Line{Text: text, Kind: document.Heading, Page: 1, Size: 20, Bold: true, Y: y}}}
	}
	tests := []struct {
		lines []headerLine
		want  string
	}{
		{[]headerLine{l("Compte rendu de l’assemblée", 160), l("constitutive de l’association Les", 182), l("enfants de Simone", 204)},
			"Compte rendu de l’assemblée constitutive de l’association Les enfants de Simone"},
		{[]headerLine{l("Acta de la reunión de la", 160), l("Junta Directiva", 182)}, "Acta de la reunión de la Junta Directiva"},
		{[]headerLine{l("February 2016 Board Meeting", 160), l("NMSU, Las Cruces, NM", 182)}, "February 2016 Board Meeting"},
	}
	for _, tt := range tests {
		h := header{lines: tt.lines}
		for i := range h.lines {
			h.lines[i].pos = i
		}
		if got := h.joinWrappedTitle(0); got != tt.want {
			t.Errorf("joinWrappedTitle = %q, want %q", got, tt.want)
		}
	}
}

// TestNoTitleFromSectionLines: a table's header row, a section of the
// minutes ("Meeting Attendance"), an agenda's name in any language and
// the details for joining a call are no title.
func TestNoTitleFromSectionLines(t *testing.T) {
	tests := []struct{ text, title string }{
		{"| Meeting Day | Meeting Time | Note Taker |\n| --- | --- | --- |\n| Wednesdays | 7:00 PM | |\n\n## Attendees\n\n- Ann Lee\n", ""},
		{"# Steering Committee\n\n## Meeting Attendance\n\n### In Attendance\n* Katy Huff\n\n## 1.0 Welcome\n\nHello.\n", "Steering Committee"},
		{"## TOPs\n\n1. Begrüßung\n2. Finanzen\n\n## TOP 1: Begrüßung\n\nText.\n", ""},
		{"## Pautas\n\n### Comunicação\n\nTexto.\n", ""},
		{"#### Zoom Meeting ID\n\n123 456 789\n\n## Attendees\n\n- Ann Lee\n", ""},
		{"# Board Meeting\n\nDial-in number: +1 555 0100\n\n## 1. Welcome\n\nHello.\n", "Board Meeting"},
	}
	for _, tt := range tests {
		if got := string(recordOf(t, "x.md", tt.text).Meeting.Title); got != tt.title {
			t.Errorf("%q: title %q, want %q", tt.text, got, tt.title)
		}
	}
}

// TestHeadingDateBeatsFrontMatter: a website's front-matter date dates
// the page; the date the minutes' heading gives, in capitals, with a
// weekday or an ordinal, in any language, is the meeting's.
func TestHeadingDateBeatsFrontMatter(t *testing.T) {
	fm := "---\ntitle: Minutes\ndate: 2020-05-25\nlayout: post\n---\n\n"
	tests := []struct{ heading, want string }{
		{"# MINUTES OF THE MEETING HELD ON MONDAY 2nd MARCH 1998", "1998-03-02"},
		{"# Procès-verbal de la réunion du LUNDI 2 MARS 1998", "1998-03-02"},
		{"# Protokoll der Sitzung am Montag, 2. März 1998", "1998-03-02"},
		{"# Acta de la reunión del lunes 2 de marzo de 1998", "1998-03-02"},
		{"# Board Meeting", "2020-05-25"}, // no date in the heading: the front matter's
	}
	for _, tt := range tests {
		m := recordOf(t, "x.md", fm+tt.heading+"\n\n1. Apologies\n\nNone.\n").Meeting
		if string(m.Date) != tt.want {
			t.Errorf("%q: date %q, want %q", tt.heading, m.Date, tt.want)
		}
	}
}

// TestTitleOverLetterheadAndYears: a letterhead naming the organisation
// loses to the line naming its board; a yearly meeting's year is taken
// off the title's ends; a named place's body is read without the place
// ("Louisa County"), a locality's own council is not ("City Council").
func TestTitleOverLetterheadAndYears(t *testing.T) {
	tests := []struct{ text, title, body string }{
		{"# Heatherstone HomeOwners Association\n\n**BOARD OF TRUSTEES**\n\n1. CALL TO ORDER\n\nAt 6:37pm.\n", "BOARD OF TRUSTEES", "BOARD OF TRUSTEES"},
		{"# Association des Amis du Musée\n\n**Conseil d'administration du 3 mars 2020**\n\n1. Accueil\n\nBonjour.\n", "Conseil d'administration", "Conseil d'administration"},
		{"# 2023 Annual General Meeting\n\nAnnual General Meeting of the Computer Music Association 2023\n\n1. Welcome\n\nHi.\n", "Annual General Meeting", "Computer Music Association"},
		{"# OpenWIS Annual Meeting 2017\n\n1. Welcome\n\nHi.\n", "OpenWIS Annual Meeting", ""},
		{"# Louisa County Commission on Aging Meeting\n\n1. Welcome\n\nHi.\n", "Louisa County Commission on Aging Meeting", "Commission on Aging"},
		{"# CITY COUNCIL REGULAR MEETING\n\n1. Welcome\n\nHi.\n", "CITY COUNCIL REGULAR MEETING", "CITY COUNCIL"},
	}
	for _, tt := range tests {
		m := recordOf(t, "x.md", tt.text).Meeting
		if string(m.Title) != tt.title || string(m.Body) != tt.body {
			t.Errorf("%q: title %q, body %q; want %q, %q", tt.text, m.Title, m.Body, tt.title, tt.body)
		}
	}
}

// TestMailHeaderDate reads the date a mail's header gives as the day the
// minutes were sent: the date the subject or the text gives wins, and the
// mail's date is kept only when nothing else dates the meeting.
func TestMailHeaderDate(t *testing.T) {
	tests := []struct{ name, header, want string }{
		{"English", "From: secretary@example.org\nDate: Tue, 4 May 2021 10:00:00 +0100\nSubject: Minutes of the Finance Committee, 3 May 2021", "2021-05-03"},
		{"German", "Von: schriftfuehrer@example.de\nDatum: Di, 4 Mai 2021 10:00:00 +0200\nBetreff: Protokoll der Vorstandssitzung vom 3. Mai 2021", "2021-05-03"},
		{"no other date", "From: secretary@example.org\nDate: Tue, 4 May 2021 10:00:00 +0100\nSubject: Minutes of the Finance Committee", "2021-05-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := recordOf(t, "m.txt", tt.header+"\n\n1. Welcome\n\nThe chair welcomed everyone.\n")
			if got := string(rec.Meeting.Date); got != tt.want {
				t.Errorf("date %q, want %q", got, tt.want)
			}
		})
	}
}

// TestChineseAndJapaneseHeader reads a Chinese or Japanese header's labels
// (会议名称, 日期, 開催日時) and a meeting's ordinal written 第…次 or 第…回.
func TestChineseAndJapaneseHeader(t *testing.T) {
	tests := []struct {
		name, header, title, date string
		number                    int
	}{
		{"Chinese labels", "会议纪要\n会议名称：第十四次业主委员会会议\n时间：2021年5月3日", "第十四次业主委员会会议", "2021-05-03", 14},
		{"Japanese label, ordinal in digits", "議事録\n会議名：第3回理事会\n開催日時：2021年5月3日", "第3回理事会", "2021-05-03", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := recordOf(t, "m.txt", tt.header+"\n\n一、开幕\n\n主持人宣布开会。\n").Meeting
			if string(m.Title) != tt.title || string(m.Date) != tt.date || int(m.Number) != tt.number {
				t.Errorf("got %q %q %d, want %q %q %d", m.Title, m.Date, m.Number, tt.title, tt.date, tt.number)
			}
		})
	}
}
