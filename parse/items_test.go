package parse

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

func TestParseNumbered(t *testing.T) {
	tests := []struct {
		in     string
		number string // "": not a numbered title
		depth  int
		title  string
	}{
		{"1. Approval of Minutes", "1", 1, "Approval of Minutes"},                 // tf-csirt-29 after repair
		{"10. GN3 Security Activities", "10", 1, "GN3 Security Activities"},       // tf-csirt-29
		{" 1. Call to order", "1", 1, "Call to order"},                            // asf-board-minutes-2002-10-09.txt
		{"3 Election of Treasurer", "3", 1, "Election of Treasurer"},              // friends-halesworth (no dot)
		{"1. **Welcome and introductions**", "1", 1, "Welcome and introductions"}, // openwis-annual-meeting
		{"2.1 Participants", "2.1", 2, "Participants"},
		{"8.ii ECMA-402 (Internationalization) Status Updates", "8.ii", 2, "ECMA-402 (Internationalization) Status Updates"}, // ecma-tc39-notes-2019-06-04
		{"III. APPROVAL OF THE MINUTES", "III", 1, "APPROVAL OF THE MINUTES"},                                                // cuyahoga agenda
		{"3) Any other business", "3", 1, "Any other business"},
		{"Item 3: Budget", "3", 1, "Budget"},
		{"Agenda item 4 – Finances", "4", 1, "Finances"},
		{"1. Welcome and Apologies:", "1", 1, "Welcome and Apologies"},         // suffolk-libraries-open-board-minutes
		{"22/031 APOLOGIES FOR ABSENCE", "22/031", 1, "APOLOGIES FOR ABSENCE"}, // a council's minute reference (generated)
		{"2019/14. Finance", "2019/14", 1, "Finance"},
		// Not item numbers.
		{"27.2 Lionel Ferette to circulate some ideas about drill exercises on the mailing list.", "27.2", 2, "Lionel Ferette to circulate some ideas about drill exercises on the mailing list."}, // depth 2: never top level
		{"38 NRENs were contacted and 22 responses were received.", "", 0, ""}, // tf-csirt-29 prose
		{"4 members are represented for day 1", "", 0, ""},
		{"25 January, 2021 Meeting Notes", "", 0, ""}, // a date
		{"2017/18 Financials approved", "", 0, ""},    // a span of years
		{"17/18 Budget", "", 0, ""},
		{"16-01 Gorazd Božič – to inform APCERT", "", 0, ""},
		{"C. MANAGEMENT", "", 0, ""}, // a letter, not Roman 100
		{"1. 2. 3.", "", 0, ""},
	}
	for _, tt := range tests {
		n, ok := parseNumbered(tt.in)
		if ok != (tt.number != "") || n.number != tt.number || n.depth != tt.depth || n.title != tt.title {
			t.Errorf("parseNumbered(%q) = %q depth %d %q (%v), want %q depth %d %q", tt.in, n.number, n.depth, n.title, ok, tt.number, tt.depth, tt.title)
		}
	}
}

func TestTopicTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"09:13:20 <JeniT> Topic: http/2 update", "http/2 update"}, // w3c-tag-2014-09-29-london-irc.txt
		{"###Topic: http2 update", "http2 update"},                 // w3c-tag-2014-09-29-london-minutes.md
		{"###Topic TC39 update", "TC39 update"},
		{"Sujet : Budget 2024", "Budget 2024"},
		{"08:59:26 <plinss> plinss has changed the topic to: WebRTC", ""},
		{"Topics", ""},
	}
	for _, tt := range tests {
		got, ok := topicTitle(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("topicTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Add working group state per Project Lifecycle. [#1880](https://github.com/nodejs/io.js/pull/1880)", "Add working group state per Project Lifecycle."}, // nodejs-tsc
		{"Expose `deepEqual` and `deepStrictEqual` in `util`. #1172 [#1177](https://github.com/nodejs/io.js/pull/1177)", "Expose deepEqual and deepStrictEqual in util. #1172"},
		{"TREASURER’S REPORT — J. Tinka Gammel", "TREASURER’S REPORT"}, // nmnwse-board-minutes-2000-10-22.html
		{"Secretary’s Report ------------------------------Barbara Torres", "Secretary’s Report"},
		{"Newsletter — (open position)", "Newsletter"},
		{"Approval of Minutes from August 6, 2019 – Board Members", "Approval of Minutes from August 6, 2019 – Board Members"},
		{"Review of the actions:", "Review of the actions"},
		{"**Welcome and introductions**", "Welcome and introductions"},
		{"Security properties http://tools.ietf.org/html/draft-ietf-httpbis-security-properties-05", "Security properties"}, // ietf-httpbis-77-minutes-2010.txt
		{"RFC2231 in HTTP (see http://svn.tools.ietf.org/svn/wg/httpbis/wg_materials/ietf77/ietf-77-http2231.xhtml)", "RFC2231 in HTTP"},
		{"http://example.org/agenda", "http://example.org/agenda"},                       // a title that is only a link stays
		{"5 min - QUIC on Streams (Kazuho Oku)", "5 min - QUIC on Streams (Kazuho Oku)"}, // ietf-quic-wg-minutes-2024-03-19.md
		{"5 min - Accurate ECN", "5 min - Accurate ECN"},                                 // not "5 min", owned by "Accurate ECN"
		{"(10 mins) Budget - Ana Peña", "(10 mins) Budget"},
		{"1 h: Strategy", "1 h: Strategy"},
		{"10 minutes", "10 minutes"},                     // a title that is only a time stays
		{"5 minutes of silence", "5 minutes of silence"}, // no dash, colon or brackets: words of the title
		{"15 Hours Bill - Ana Peña", "15 Hours Bill"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.in); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSplitItems cuts hand-written repaired snippets of the corpus into
// items; each case says where its lines come from.
func TestSplitItems(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string // itemTitles; "-" is back matter
	}{
		{
			name: "numbered, then attendance and action back matter (tf-csirt-29-2010-hamburg.txt)",
			file: "a.txt",
			text: "29th TF-CSIRT meeting\n25 January 2010\nGrand Elysee Hotel, Hamburg, Germany\n" +
				"1. Approval of Minutes\nThe minutes of the last meeting held on 25 September 2009 were approved.\n" +
				"2. Actions from last meeting\n27.2 Lionel Ferette to circulate some ideas about drill exercises on the mailing list.\nDone.\n" +
				"10. GN3 Security Activities\nAn average of 26.8 anomalies were seen per day.\n38 NRENs were contacted and 22 responses were received.\n" +
				"11. Date of next meeting\nThe next meeting will be held on 20-21 May 2010 in Heraklion, Greece.\n" +
				"12. Any other business\nMarco Thorbruegge mentioned the CHIHT website.\n" +
				"Open Actions\nThere are currently no open actions.\nParticipants\nName\nOrganisation\nCountry\n",
			want: []string{"1 Approval of Minutes", "2 Actions from last meeting", "10 GN3 Security Activities", "11 Date of next meeting", "12 Any other business", "-", "-"},
		},
		{
			name: "numbers alone on their lines, as the extraction left them (tf-csirt-29)",
			file: "a.txt",
			text: "29th TF-CSIRT meeting\n1.\nApproval of Minutes\nThe minutes were approved.\n2.\nActions from last meeting\nDone.\n3.\nCZ.NIC and CZ.NIC-CSIRT Presentation\nMartin Peterka gave a presentation.\n",
			want: []string{"1 Approval of Minutes", "2 Actions from last meeting", "3 CZ.NIC and CZ.NIC-CSIRT Presentation"},
		},
		{
			name: "blank-separated numbered items and a closing action table (tf-csirt-17-2006-amsterdam.txt)",
			file: "a.txt",
			text: "**Minutes of the 17th TF-CSIRT meeting\nAmsterdam, 23 January 2006**\n\n1. Welcome and apologies\n\nGorazd Božič welcomed the participants.\n\n" +
				"12. Date of the next meetings\n\nThe next meeting will be held on 25-26 May 2006 in Vilnius, Lithuania (hosted by LITNET CERT).\n\n" +
				"13. Any Other Business\n\nBaiba Kaškina announced that she will be leaving TERENA.\n\nRESULTING ACTION ITEMS\n\n17-01\tWilfried Wöber\tAsk Yuri Ito about possibilities.\n",
			want: []string{"1 Welcome and apologies", "12 Date of the next meetings", "13 Any Other Business", "-"},
		},
		{
			name: "an agenda of bullets with bullets under them, a tag naming who leads (generated, shared-document notes)",
			file: "a.md",
			text: "## SIG Storage Meeting - March 9, 2023\n\n**Attendees:** Xing Yang, Michelle Au\n\n### Agenda\n\n" +
				"* **[Xing]** 1.27 release planning\n  * KEP freeze is Feb 9.\n  * Consensus: snapshots move to alpha.\n" +
				"* **[Jan]** CSI migration status\n  * GA blocked on a bug.\n* Flaky e2e tests\n  * AI: Hemant to triage the top 5 flakes.\n",
			want: []string{"1.27 release planning", "CSI migration status", "Flaky e2e tests"},
		},
		{
			name: "organisations over their people in an attendance list are no agenda",
			file: "a.md",
			text: "# TC call 2023-03-09\n\n## Attendees\n\n- Acme\n  - Jane Doe\n- Globex\n  - John Roe\n\n## Notes\n\nNothing.\n",
			want: []string{"-", "Notes"}, // the attendees heading is back matter, its bullets no items
		},
		{
			name: "numbered topics (generated): 'Topic 2 - Schema versioning'",
			file: "a.txt",
			text: "WG call\n14 September 2021\n\nTopic 1 - Review of actions\nDone.\nTopic 2 - Schema versioning\nDiscussed.\nTopic 3: Next call\n28 September.\n",
			want: []string{"1 Review of actions", "2 Schema versioning", "3 Next call"},
		},
		{
			name: "lettered items of a US council (generated): I after H is a letter; a line led by an initial is none",
			file: "a.txt",
			text: "CITY COUNCIL REGULAR MEETING MINUTES\nJune 18, 2019\n\nA. CALL TO ORDER\nThe mayor called the meeting to order.\nB. ROLL CALL\nPresent: Mayor Karen Holt\n" +
				"C. APPROVAL OF AGENDA\nApproved.\nD. CONSENT AGENDA\nApproved.\nE. PUBLIC HEARINGS\nNone.\nF. OLD BUSINESS\nNone.\nG. NEW BUSINESS\nNone.\n" +
				"H. REPORTS\nJ. Smith reported on the budget.\nI. ADJOURNMENT\nAdjourned at 8:05 p.m.\n",
			want: []string{"A CALL TO ORDER", "B ROLL CALL", "C APPROVAL OF AGENDA", "D CONSENT AGENDA", "E PUBLIC HEARINGS", "F OLD BUSINESS", "G NEW BUSINESS", "H REPORTS", "I ADJOURNMENT"},
		},
		{
			name: "indented numbers with lettered sub-items (asf-board-minutes-2002-10-09.txt)",
			file: "a.txt",
			text: "                     The Apache Software Foundation\n\n                Board of Directors Interim Meeting Minutes\n\n                             9 October 2002\n\n\n" +
				" 1. Call to order\n\n    The meeting was scheduled for 10:00am PDT.\n\n 2. Roll Call\n\n    Directors Present:\n        Brian Behlendorf\n\n" +
				" 3. Special Orders\n\n    A) The Board was required to appoint a Director.\n\n    B) Appoint an Assistant Treasurer\n\n          Chuck:   5\n\n 4. Adjournment\n\n    Adjourned at 10:44am.\n",
			want: []string{"1 Call to order", "2 Roll Call", "3 Special Orders", "4 Adjournment"},
		},
		{
			name: "bold numbered list with nested lists (openwis-annual-meeting-2017-03-23-toulouse.md)",
			file: "a.md",
			text: "#### 23rd - 24th March 2017 - Toulouse, France - meeting minutes\n\n---\n\n\n1. **Welcome and introductions**\n    1. MDA - Welcome everyone.\n2. **Approval of agenda**\n    1. MDA - Anything to add to the agenda? No? Ok.\n" +
				"3. **Declaration of delegates**\n    1. {The list of delegates is at the foot of these minutes}.\n    2. JT - MDA has a proxy from WQ.\n    3. JT - LLG has a proxy from PB.\n4. **Approval of previous minutes**\n    1. MDA - Nothing to add to the previous minutes? Ok.\n",
			want: []string{"1 Welcome and introductions", "2 Approval of agenda", "3 Declaration of delegates", "4 Approval of previous minutes"},
		},
		{
			name: "markdown headings with the title heading and sub-headings (enisa-rsit-wg-2018-09-26-vilnius.md)",
			file: "a.md",
			text: "# Reference Taxonomy Working Group Minutes\nMeeting:\tReference taxonomy meeting\nLocation:\tVilnius\nDate:\t26/09/2018\n\n## Meeting overview\n- Actions from last meeting\n- Naming convention\n\n" +
				"# Review of the actions:\n## Completed actions from last meeting\nENISA\n- [x] organize the meeting in Vilnius\n\n# Naming convention\nENISA: TF-CSIRTs reported to us.\n\n# Next steps\nENISA to\n- [ ] Prepare minutes\n",
			want: []string{"Review of the actions", "Naming convention", "-"},
		},
		{
			name: "numbered and unnumbered ## headings under a # title (ecma-tc39-notes-2019-06-04-berlin.md)",
			file: "a.md",
			text: "# June 4, 2019 Meeting Notes\n-----\nIstván Sebestyén (IS), Valerie Young (VYG)\n\n# Agenda\n\n- [Agenda](https://github.com/tc39/agendas/blob/master/2019/06.md)\n\n" +
				"## 7. Report from the ECMA Secretariat\n\nIS: Page 3, total downloads.\n\n## 8. Reports from Project Editors\n\n### 8.ii ECMA-402 (Internationalization) Status Updates\n(Valerie Young)\n\n## Housekeeping from Aki\n\nAKI: Wanted to remind everybody.\n\n## Dynamic import() for stage 4\n\n(Daniel Ehrenberg)\n",
			want: []string{"-", "7 Report from the ECMA Secretariat", "8 Reports from Project Editors", "Housekeeping from Aki", "Dynamic import() for stage 4"},
		},
		{
			name: "topics under a Minutes heading; the other sections are the frame (nodejs-tsc-minutes-2015-06-03.md)",
			file: "a.md",
			text: "# Node.js Foundation TSC Meeting 2015-06-03\n\n## Links\n\n* **GitHub Issue**: <https://github.com/nodejs/node-convergence-archive/issues/47>\n\n## Present\n\n* Rod Vagg (TSC)\n\n## Quick stand-up\n\n* Rod: working on the build\n\n" +
				"## Minutes\n\n### Add working group state per Project Lifecycle. [#1880](https://github.com/nodejs/io.js/pull/1880)\n\nMikeal: making working groups as “core”.\n\n### Chrome 43 released; time for V8 4.3! [#1735](https://github.com/nodejs/io.js/issues/1735)\n\nDomenic: things are ready to go.\n\n## Next meeting\n",
			want: []string{"-", "-", "-", "-", "Add working group state per Project Lifecycle.", "Chrome 43 released; time for V8 4.3!", "-"},
		},
		{
			name: "scribe topics in an IRC log, one repeated by the next scribe (w3c-tag-2014-09-29-london-irc.txt)",
			file: "a.txt",
			text: "09:06:45 <JeniT> Chair: Dan Appelquist\n09:07:51 <JeniT> Present: Dan, Dominic, Tim\n09:13:20 <JeniT> Topic: http/2 update\n09:14:07 <JeniT> mnot: WG last call ended a few weeks ago\n" +
				"13:00:56 <JeniT> Topic: Packaging on the Web\n13:01:34 <JeniT> ScribeNick: Domenic\n13:01:43 <Domenic> Topic: packaging\n13:02:16 <Domenic> JeniT: we discussed the general issue\n14:02:28 <JeniT> Topic: Capability URLs\n",
			want: []string{"http/2 update", "Packaging on the Web", "Capability URLs"},
		},
		{
			name: "sessions as standalone bullets (ietf-httpbis-70-minutes-2007.txt)",
			file: "a.txt",
			text: "Minutes of the HTTPbis Working Group meeting in Vancouver, December 2007\n\nSubmitted by Mark Nottingham\n\n* First session\n\nWe started with a presentation from Larry Masinter.\n\n* Second session\n\nCyrus Daboo gave a presentation.\n",
			want: []string{"First session", "Second session"},
		},
		{
			name: "wiki-style headings (ietf-httpbis-77-minutes-2010.txt)",
			file: "a.txt",
			text: "HTTPBIS WG\nIETF 77\n\n==Agenda bash\n\nJeffH might take a few minutes.\n\n==Changes overview (link above)\n\nTwo drafts since Stockholm.\n",
			want: []string{"Agenda bash", "Changes overview (link above)"},
		},
		{
			name: "sessions give way to the topics under them (ietf-httpbis-84-minutes-2012.txt)",
			file: "a.md",
			text: "httpbis minutes - ietf84\n========================\n\nSession One - Tuesday\n---------------------\n\n### agenda bashing\n\nNone\n\n### httpbis -20  changes\n\nno comments\n\nSession Two - Thursday\n---------------------\n\n### Tim Bray - 451\n\nmnot: initially dismissive\n",
			want: []string{"-", "agenda bashing", "httpbis -20 changes", "-", "Tim Bray - 451"},
		},
		{
			name: "Roman agenda with Arabic lists under lettered headings (cuyahoga-cc-board-of-trustees-agenda-2019-09-26.pdf)",
			file: "a.txt",
			text: "Regular Meeting of the Board of Trustees\nThursday, September 26, 2019\nAGENDA\nI. ROLL CALL\nII. ELECTION OF OFFICERS\nIII. APPROVAL OF THE MINUTES\nJune 25, 2019\n" +
				"V. COMMITTEE REPORTS\nA. COMMUNITY AFFAIRS/WORKFORCE\n1. Approval of Educational Grants and Gifts\nC. MANAGEMENT\n1. Approval of Unum Life Insurance\n2. Medical Mutual of Ohio Medical Administration Services\nVI. ADJOURNMENT\n",
			want: []string{"I ROLL CALL", "II ELECTION OF OFFICERS", "III APPROVAL OF THE MINUTES", "V COMMITTEE REPORTS", "VI ADJOURNMENT"},
		},
		{
			name: "capitals headings over numbered lists that start again (nmnwse-board-minutes-2000-10-22.html)",
			file: "a.txt",
			text: "New Mexico Network for Women in Science and Engineering\nBoard Meeting\n22 October 2000\nThe meeting was held at the Swiss Chalet in Ruidoso.\nTREASURER’S REPORT — J. Tinka Gammel\nClaudia reported.\n" +
				"STANDING COMMITTEE REPORTS\n1. Annual Meeting — Karen Saenz\nNo final statement.\n2. Archives — Mary S. Campbell\nMary attended.\nCHAPTER REPORTS\n1. Northern Chapter (Los Alamos) — Angelique Neuman\nNo report.\n2. Eastern Chapter (Silver City) — Mercedes Agogino\nNo report.\n",
			want: []string{"TREASURER’S REPORT", "STANDING COMMITTEE REPORTS", "CHAPTER REPORTS"},
		},
		{
			name: "sub-numbered headings at the item level stay sub-items (oasis-csaf-tc-minutes-2018-05-30-meeting-16.md)",
			file: "a.md",
			text: "# OASIS Common Security Advisory Framework (CSAF) TC Meeting #16 May 30, 2018\n\nChair: Omar Santos\n\n## **1. Call to Order and Welcome**\n\nMeeting called to order.\n\n## **2. Roll call**\n\nAll participants recorded their attendance.\n\n## **2.1 Participants**\n\n### **2.1.1 Voting Members Present**\n\n- Jamison Day, LookingGlass\n\n## **3. Approval of Agenda**\n\nApproved.\n",
			want: []string{"1 Call to Order and Welcome", "2 Roll call", "3 Approval of Agenda"},
		},
		{
			name: "section labels ending with a colon (nmnwse-board-minutes-2003-02-08.pdf)",
			file: "a.txt",
			text: "Minutes for February 8, 2003 Board Meeting of NMNWSE held at the home of Debby Potter.\nAttendance: Kelly Bitner, Mary Campbell.\nThe meeting was called to order at 10:15 a.m.\nStanding Committee reports:\nWeb Page: Entries are being made as information is available.\nMembership: no report\nChapter Reports:\nCentral: Kelly reported.\nOld Business:\nCareer booklets on CD: done.\n",
			want: []string{"Standing Committee reports", "Chapter Reports", "Old Business"},
		},
		{
			name: "capitals that name sessions give way to marked topics (ietf-httpbis-83-minutes-2012.txt)",
			file: "a.txt",
			text: "HTTPBIS WG, IETF 83\n\nSESSION 1 (TUESDAY)\n\n__Julian on -19 revision of httpbis\n\npresented changes made in p1-p5\n\n__Mark on WGLC status\nLarry masinter asks about interop reports\n\nSESSION 2 (THURSDAY)\n\n__new status\n\nPatrick mcmanus: have you talked to captive portal implementers?\n\nSUMMARY\n\nDone.\n",
			want: []string{"Julian on -19 revision of httpbis", "Mark on WGLC status", "new status"},
		},
		{
			name: "agenda lines naming their owners after a dash (illinois-doc-advisory-board-agenda-2019-11-04.pdf)",
			file: "a.txt",
			text: "Illinois Department of Corrections\nAdvisory Board Meeting\nMonday, November 4th, 2019\n\n***********************************************\n\n" +
				"Welcome, Introductions and Roll Call – Phil Whittington\n\nApproval of Minutes from August 6, 2019 – Board Members\n\nIDOC Reports - Director Jeffreys\n\n" +
				"Education Programs-FY 2019 OAEVS Annual Report and Advancing Higher Ed in Illinois Prisons- Alyssa Williams-James Pagano-Rich Stempinski\n\n" +
				"Briefing on Offender 365 – Microsoft BI demonstration – Krishna Brahmamdam\n\n" +
				"Woman’s Subcommittee – Program Document – Capital Projects – Director’s Document –Nikki Robinson/Alyssa Williams\n",
			want: []string{"Welcome, Introductions and Roll Call", "Approval of Minutes from August 6, 2019", "IDOC Reports",
				"Education Programs-FY 2019 OAEVS Annual Report and Advancing Higher Ed in Illinois Prisons", "Briefing on Offender 365 – Microsoft BI demonstration",
				"Woman’s Subcommittee – Program Document – Capital Projects – Director’s Document"},
		},
		{
			name: "paragraphs with dashes that are sentences or end with no owner are no agenda",
			file: "a.txt",
			text: "Board Meeting\n\nThe budget was approved – Jane Doe moved it.\n\nMeeting called to order – 7:00pm\n\nThe treasurer reported – see the attached accounts\n\nDiscussion of the park – Ruth Smith.\n",
			want: nil,
		},
		{
			name: "an attendance table is no agenda",
			file: "a.md",
			text: "# Board meeting\n\n| Name | Organisation |\n|---|---|\n| Hillar Aareleid | CERT-EE |\n| Jane Doe | Kaiser Permanente |\n| John Smith | Mary Jones |\n| Ruth Brown | Anna Green |\n| Peter White | Paul Black |\n",
			want: nil,
		},
		{
			name: "an agenda list before the minutes repeats the numbers: the minutes win",
			file: "a.txt",
			text: "Board Meeting\nAgenda:\n1. Welcome\n2. Budget\n3. Any other business\n\n1. Welcome\nThe chair welcomed everyone.\n2. Budget\nThe budget was approved.\n3. Any other business\nNone.\n",
			want: []string{"1 Welcome", "2 Budget", "3 Any other business"},
		},
		{
			name: "numbered lists inside items are sub-items (suffolk-libraries-open-board-minutes-2016-12-15.pdf)",
			file: "a.txt",
			text: "OPEN BOARD MEETING MINUTES\n1. Welcome and Apologies:\nApologies were received.\n2. Declarations of Interest:\nNone.\n3. Minutes of Previous meeting of 27th October 2016:\nAgreed.\n4. Decisions:\n" +
				"1. Anti-Bribery Policy\nAccepted.\n2. Flexible Working Policy\nAccepted.\n3. Lone Working Policy\nAccepted.\n4. Display Screen User Policy\nAccepted.\n5. CCTV Policy\nAccepted.\n" +
				"5. Update from Committees:\nMany items.\n6. Management Reports:\nMonthly Finance Report.\n8. Modelling and plans for future funding:\nThe SCC Commissioner was thanked.\n",
			want: []string{"1 Welcome and Apologies", "2 Declarations of Interest", "3 Minutes of Previous meeting of 27th October 2016", "4 Decisions", "5 Update from Committees", "6 Management Reports", "8 Modelling and plans for future funding"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := linesOf(t, tt.file, tt.text)
			sections := splitItems(lexLines(lines))
			if diff := cmp.Diff(tt.want, itemTitles(sections)); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			checkEveryLineOnce(t, lines, sections)
		})
	}
}

// checkEveryLineOnce checks the rule of splitItems that every line is in
// one section, or is the heading of one, in order.
func checkEveryLineOnce(t *testing.T, lines []document.Line, sections []section) {
	t.Helper()
	heads := chooseOutline(lexLines(lines), findHeadings(lexLines(lines)))
	headingLines, extra := 0, 0
	for _, h := range heads {
		headingLines += h.span
		if h.rest != "" {
			extra++
		}
	}
	inSections, lastNum := 0, 0
	for _, s := range sections {
		for _, l := range s.lines {
			inSections++
			if l.Num < lastNum {
				t.Errorf("line %d after line %d: out of order", l.Num, lastNum)
			}
			lastNum = l.Num
		}
	}
	if inSections-extra+headingLines != len(lines) {
		t.Errorf("%d lines in sections (%d added) and %d heading lines, want %d lines", inSections, extra, headingLines, len(lines))
	}
}

// TestSplitItemsTexts checks the texts of items and the table-row heading
// rule on real snippets.
func TestSplitItemsTexts(t *testing.T) {
	lines := linesOf(t, "a.md", "| CSS Committee Meeting - Minutes | |\n|---|---|\n| 1 | Apologies received from ● Ella Gardner ● Sumeet Brar | HP |\n| 2 | Adoption of Previous Minutes ● Unanimous adoption of previous minutes | LA |\n") // uob-computer-science-society-committee-minutes-2024-07-09.pdf
	sections := splitItems(lexLines(lines))
	if diff := cmp.Diff([]string{"1 Apologies received from", "2 Adoption of Previous Minutes"}, itemTitles(sections)); diff != "" {
		t.Fatalf("items (-want +got):\n%s", diff)
	}
	if got := string(sections[2].item.Text); got != "Unanimous adoption of previous minutes LA" {
		t.Errorf("text of a row heading = %q", got)
	}
	if len(sections[2].lines) == 0 || sections[2].lines[0].Text != "● Unanimous adoption of previous minutes LA" {
		t.Errorf("the row's rest must be the section's first line: %+v", sections[2].lines)
	}

	lines = linesOf(t, "a.txt", "3. CZ.NIC and CZ.NIC-CSIRT Presentation\nMartin Peterka gave a presentation about CZ.NIC\nand its associated CSIRT.\n\nCZ.NIC-CSIRT plans to apply for TI accredited status.\n4. CIRCL Presentation\n") // tf-csirt-29
	sections = splitItems(lexLines(lines))
	want := "Martin Peterka gave a presentation about CZ.NIC and its associated CSIRT. CZ.NIC-CSIRT plans to apply for TI accredited status."
	if got := string(sections[1].item.Text); got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}

// TestSplitItemsGenerated writes random minutes — numbered items in one of
// the styles minutes use, with sub-items, nested lists, prose lines that
// start with numbers, skipped numbers and back matter — and checks that
// exactly the top-level items are found.
func TestSplitItemsGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(17))
	words := []string{"Budget", "Membership", "Report", "Update", "Election", "Policy", "Website", "Finance", "Training", "Outreach", "Review", "Planning"}
	title := func() string {
		n := 1 + rng.Intn(4)
		var w []string
		for i := 0; i < n; i++ {
			w = append(w, words[rng.Intn(len(words))])
		}
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
		return strings.Join(w, " ")
	}
	roman := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"}
	styles := []struct {
		file    string
		heading func(n int, title string) string
		number  func(n int) string
	}{
		{"a.txt", func(n int, t string) string { return fmt.Sprintf("%d. %s", n, t) }, func(n int) string { return fmt.Sprint(n) }},
		{"a.txt", func(n int, t string) string { return fmt.Sprintf("%d) %s", n, t) }, func(n int) string { return fmt.Sprint(n) }},
		{"a.txt", func(n int, t string) string { return fmt.Sprintf("Item %d: %s", n, t) }, func(n int) string { return fmt.Sprint(n) }},
		{"a.txt", func(n int, t string) string { return fmt.Sprintf("%s. %s", roman[n], strings.ToUpper(t)) }, func(n int) string { return roman[n] }},
		{"a.txt", func(n int, t string) string { return fmt.Sprintf("%d.\n%s", n, t) }, func(n int) string { return fmt.Sprint(n) }},
		{"a.md", func(n int, t string) string { return fmt.Sprintf("## %d. %s", n, t) }, func(n int) string { return fmt.Sprint(n) }},
		{"a.md", func(n int, t string) string { return fmt.Sprintf("%d. **%s**", n, t) }, func(n int) string { return fmt.Sprint(n) }},
	}
	for doc := 0; doc < 300; doc++ {
		style := styles[rng.Intn(len(styles))]
		var b strings.Builder
		b.WriteString("Minutes of the 12th Example Board meeting\n14 March 2011\n\n")
		var want []string
		n := 0
		for items := 3 + rng.Intn(12); items > 0 && n < 19; items-- {
			n += 1 + rng.Intn(2)*rng.Intn(2) // now and then a number is skipped
			if n > 20 {
				break
			}
			t := title()
			b.WriteString(style.heading(n, t) + "\n")
			shown := t
			if strings.HasPrefix(style.heading(1, "x"), "I.") {
				shown = strings.ToUpper(t)
			}
			want = append(want, style.number(n)+" "+shown)
			b.WriteString("The board discussed the matter at length.\n")
			switch rng.Intn(5) {
			case 0:
				fmt.Fprintf(&b, "%d.1 %s\nDetails of the sub-item.\n%d.2 %s\nMore details.\n", n, title(), n, title())
			case 1:
				b.WriteString("    1. first point of a nested list\n    2. second point of a nested list\n")
			case 2:
				fmt.Fprintf(&b, "A) %s\nB) %s\n", title(), title())
			case 3:
				fmt.Fprintf(&b, "%d members were present and %d sent apologies.\n%d NRENs responded.\n", 1+rng.Intn(30), rng.Intn(9), 20+rng.Intn(40))
			}
			b.WriteString("\n")
		}
		if rng.Intn(2) == 0 {
			b.WriteString("Participants\nJane Doe\nJohn Roe\n")
			want = append(want, "-")
		}
		lines := linesOf(t, style.file, b.String())
		sections := splitItems(lexLines(lines))
		if diff := cmp.Diff(want, itemTitles(sections)); diff != "" {
			t.Fatalf("document %d:\n%s\nitems (-want +got):\n%s", doc, b.String(), diff)
		}
		checkEveryLineOnce(t, lines, sections)
	}
}

// pdfLine makes a line as the PDF reader gives it: no leading spaces, its
// place on the page in X.
func pdfLine(x float64, kind document.Kind, bold bool, text string) document.Line {
	return document.Line{Text: text, X: x, Y: 1, Size: 11, Kind: kind, Bold: bold, Page: 1}
}

// TestSplitItemsPDFIndent reads a numbered list inside an item by its
// place on the page: PDF lines carry no leading spaces
// (suffolk-libraries-board-minutes-2013-02-26.pdf, page 2).
func TestSplitItemsPDFIndent(t *testing.T) {
	h, p := document.Heading, document.Prose
	lines := []document.Line{
		pdfLine(87, p, true, "1. Apologies"),
		pdfLine(121, p, false, "Mike Readman, Colin Owens, Mike Hosking, Richard Hunt"),
		pdfLine(87, p, true, "2. Declarations of Interest"),
		pdfLine(121, p, false, "Sylvia Knights declared an interest in agenda item 5.2."),
		pdfLine(85, p, true, "4. Minutes of 24th January 2013"),
		pdfLine(121, p, false, "The minutes were agreed for accuracy subject to the following changes:"),
		pdfLine(73, h, true, "5. Decisions"),
		pdfLine(121, h, true, "1. Revised Committee and Working Group Structure and Membership"),
		pdfLine(121, p, false, "The Governance Committee suggested a new structure which was accepted by the Board."),
		pdfLine(121, h, true, "2. Membership Applications"),
		pdfLine(121, h, true, "3. Revised Finance and Audit Terms and Conditions and Financial"),
		pdfLine(121, h, true, "4. Proposed letter of engagement from Larking Gowen (Auditors) for"),
		pdfLine(73, h, true, "6. Finance & Audit"),
		pdfLine(87, h, true, "7. Equalities"),
		pdfLine(121, p, false, "There were no matters to be raised."),
	}
	sections := splitItems(lexLines(lines))
	want := []string{"1 Apologies", "2 Declarations of Interest", "4 Minutes of 24th January 2013", "5 Decisions", "6 Finance & Audit", "7 Equalities"}
	if diff := cmp.Diff(want, itemTitles(sections)); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

// TestSplitItemsBoldBullets reads bulleted lines set all in bold as the
// items of a PDF without numbers, and a bullet's second line that starts
// in bold as the rest of the bullet, not a heading
// (chicago-ssa21-commission-minutes-2018-01-29.pdf, page 1, as the reader
// gives it).
func TestSplitItemsBoldBullets(t *testing.T) {
	l, p, h := document.ListItem, document.Prose, document.Heading
	lines := []document.Line{
		pdfLine(72, p, false, "Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board"),
		pdfLine(90, l, true, "• Perfunctory Business"),
		pdfLine(126, p, false, "o Commissioners Present: Anthony Qaiyum, Zach Maiorca, Melaina Prest"),
		pdfLine(90, l, false, "• Todd Feinberg welcomed to SSA Commission"),
		pdfLine(90, l, true, "• Updates"),
		pdfLine(126, p, false, "o Holiday decorations were taken down and stored on schedule"),
		pdfLine(90, l, true, "• New Business"),
		pdfLine(126, p, false, "o APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)"),
		pdfLine(162, l, false, "▪ New funding for street pole banner repairs, “Do Business Here” storefront ads,"),
		pdfLine(180, h, true, "“Adopt-A-Meter” art program"),
		pdfLine(162, l, false, "▪ Increased funding for PaintWorks mural program, branded bike racks, Master"),
		pdfLine(180, h, true, "Planning, SSA personnel"),
		pdfLine(90, l, true, "• Announcements"),
		pdfLine(126, p, true, "o Next meeting – 9:00am Thursday, February 15th at Bistro Campagne"),
		pdfLine(90, l, true, "• Meeting adjourned at 11:25am"),
	}
	sections := splitItems(lexLines(lines))
	want := []string{"Perfunctory Business", "Updates", "New Business", "Announcements"}
	if diff := cmp.Diff(want, itemTitles(sections)); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	checkEveryLineOnce(t, lines, sections)
}

// pdfRow makes a table row as the PDF reader gives it.
func pdfRow(bold bool, cells ...string) document.Line {
	l := pdfLine(72, document.TableRow, bold, strings.Join(cells, " | "))
	l.Cells = cells
	return l
}

// TestSplitItemsAgendaTable reads agendas set as tables of topics and who
// leads them, in PDF.
func TestSplitItemsAgendaTable(t *testing.T) {
	h, p := document.Heading, document.Prose
	tests := []struct {
		name  string
		lines []document.Line
		want  []string
	}{
		{
			name: "labels open blocks of sub-items, in the table and after it (nmnwse-board-agenda-2003-08-16.pdf, page 1)",
			lines: []document.Line{
				pdfLine(18, p, false, "New Mexico Network 7/28/03 10:48 PM"),
				pdfLine(258, h, true, "New Mexico Network"), pdfLine(300, h, true, "for"),
				pdfLine(226, h, true, "Women in Science and Engineering"), pdfLine(236, h, true, "Board Meeting in Santa Fe, NM"),
				pdfLine(26, p, false, "Date: August 16, 2003"),
				pdfRow(false, "Call to Order", "dede Collins"), pdfRow(false, "Secretary’s Report", "Alexine Salazar"),
				pdfRow(false, "Treasurer’s Report", "Yolanda King"), pdfRow(true, "Reports from Standing Committee Chairs:", ""),
				pdfRow(false, "2003 Annual Meeting Chair", "Jeanne Banks"), pdfRow(false, "Fund Raising", "Debby Potter"),
				pdfRow(true, "Expanding Your Horizons:", ""), pdfRow(false, "State", "Dana Roberson"),
				pdfRow(false, "Los Alamos", "Georgia Pedicini (Carol LaDelfe or Tinka Gammel)"),
				pdfRow(true, "Old Business:", ""), pdfRow(false, "Career Booklet on CD —", ""), pdfRow(false, "By-law changes —", "Barbara Torres"),
				pdfLine(28, p, false, "LAWIS discussion"),
				pdfLine(28, h, true, "New Business:"), pdfLine(26, h, true, "Important Dates to remember:"),
			},
			want: []string{"Call to Order", "Secretary’s Report", "Treasurer’s Report", "Reports from Standing Committee Chairs", "Expanding Your Horizons", "Old Business", "New Business", "Important Dates to remember"},
		},
		{
			name: "a TOPIC | PRESENTER table whose bold rows lost their cells (nmnwse-board-minutes-2005-12-17.pdf)",
			lines: []document.Line{
				pdfLine(235, h, true, "NMNWSE Board Meeting"),
				pdfRow(true, "TOPIC", "PRESENTER"),
				pdfRow(false, "Call to Order (quorum = majority of Board, including proxies)", "Tinka Gammel"),
				pdfRow(true, "Secretary’s Report", "Tinka Gammel"),
				pdfLine(72, p, false, "Under Membership and first action, change “box office box” to “post office box”."),
				pdfLine(72, h, true, "Treasurer’s Report Tinka Gammel"), pdfLine(72, p, false, "$18,974.95 balance as of 12/10/2005."),
				pdfLine(72, h, true, "Reports from Standing Committee Chairs:"),
				pdfLine(72, h, true, "Annual Meeting Chair Tinka Gammel"), pdfLine(72, p, false, "Adrienne requested by email that Annual meeting to be in Silver City."),
				pdfRow(true, "Elections", "Tinka Gammel"), pdfRow(false, "No report", ""), pdfRow(true, "Newsletter", "Barbara Pollock"),
				pdfLine(72, h, true, "Expanding Your Horizons:"),
				pdfLine(72, h, true, "State Dana Roberson"), pdfLine(72, p, false, "She sent letter to Yolanda to apply license for EYH."),
				pdfLine(72, h, true, "Schedule of Meetings"), pdfLine(72, p, false, "Next meeting TBD. June 21 meeting is in Silver City."),
			},
			want: []string{"Call to Order (quorum = majority of Board, including proxies)", "Secretary’s Report", "Treasurer’s Report", "Reports from Standing Committee Chairs", "Expanding Your Horizons", "Schedule of Meetings"},
		},
		{
			name: "bold topics with their presenters after a leader, under block labels that lost their underline (nmnwse-board-minutes-2016-02-13.pdf)",
			lines: []document.Line{
				pdfLine(54, p, false, "Topic Presenter"), {Kind: document.Blank},
				pdfLine(54, h, true, "Secretary’s Report ----------------------------------------Barbara Torres"), {Kind: document.Blank},
				pdfLine(54, p, false, "Barbara Torres sent the minutes of the December Board Meeting to the board members via e-mail."), {Kind: document.Blank},
				pdfLine(54, h, true, "Treasurer’s Report------------------------------------------Jeanne Banks"), {Kind: document.Blank},
				pdfLine(54, p, false, "Jeanne established the new Albuquerque PO Box."), {Kind: document.Blank},
				pdfLine(54, p, false, "Standing Committee Reports"), {Kind: document.Blank},
				pdfLine(54, h, true, "Annual Meeting Chair------------------------------------------Diane Oyen"), {Kind: document.Blank},
				pdfLine(54, p, false, "Jeanne investigated Jemez locations and the Bosque Center."),
				pdfLine(72, h, true, "Conference Facilities Available"),
				pdfLine(72, p, false, "Large Conference Room seats up to 100 persons in comfort."), {Kind: document.Blank},
				pdfLine(54, h, true, "Archives-------------------------------------------------------Mary Campbell"), {Kind: document.Blank},
				pdfLine(54, p, false, "No Report"), {Kind: document.Blank},
				pdfLine(54, p, false, "Expanding Your Horizons Conferences"), {Kind: document.Blank},
				pdfLine(54, h, true, "State-----------------------------------------------------------Rebecca Galves"),
				pdfLine(54, p, false, "The network sponsors 6 EYH Conferences."), {Kind: document.Blank},
				pdfLine(54, p, false, "February board meeting was adjourned at 1:02 PM."), {Kind: document.Blank},
				pdfLine(54, p, false, "Board Meeting Action Items:"), {Kind: document.Blank},
				pdfRow(false, "Provide draft changes to the policies and", "All Board April Board"),
			},
			want: []string{"Secretary’s Report", "Treasurer’s Report", "Standing Committee Reports", "Expanding Your Horizons Conferences", "-"},
		},
		{
			name: "an agenda table before minutes headed in capitals: the capitals are the items",
			lines: []document.Line{
				pdfLine(72, h, true, "Board Meeting"),
				pdfRow(false, "Call to Order", "Margo Clark"), pdfRow(false, "Approval of Minutes", "Alexine Salazar"), pdfRow(false, "Treasurer's Report", "Claudia Lewis"),
				pdfLine(72, p, false, "Margo called the meeting to order."),
				pdfLine(72, p, false, "TREASURER’S REPORT"), pdfLine(72, p, false, "Claudia reported."),
				pdfLine(72, p, false, "OLD BUSINESS"), pdfLine(72, p, false, "None."),
			},
			want: []string{"TREASURER’S REPORT", "OLD BUSINESS"},
		},
		{
			name: "an attendance table is no agenda",
			lines: []document.Line{
				pdfLine(72, h, true, "Board Meeting"),
				pdfRow(true, "Name", "Organisation"), pdfRow(false, "Hillar Aareleid", "CERT-EE"), pdfRow(false, "Jane Doe", "Kaiser Permanente"),
				pdfRow(false, "John Smith", "Mary Jones"), pdfRow(false, "Ruth Brown", "Anna Green"), pdfRow(false, "Peter White", "Paul Black"),
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sections := splitItems(lexLines(tt.lines))
			if diff := cmp.Diff(tt.want, itemTitles(sections)); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			checkEveryLineOnce(t, tt.lines, sections)
		})
	}
}

func TestIsBackMatter(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Board Meeting Action Items", true},                 // nmnwse-board-minutes-2016-02-13.pdf
		{"Actions from this TF-CSIRT Virtual meeting", true}, // enisa-rsit-wg-2021-01-26-online.md
		{"Note after the meeting", true},                     // enisa-rsit-wg-2018-09-26-vilnius.md
		{"RESULTING ACTION ITEMS", true},
		{"Old Business/Action Items", false}, // nmnwse-board-minutes-2005-12-17.pdf: old business is an item
		{"Actions from previous meeting", false},
		{"Review of the actions", false},
	}
	for _, tt := range tests {
		if got := isBackMatter(tt.title); got != tt.want {
			t.Errorf("isBackMatter(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestSplitItemsWrappedTitle joins a bold numbered title of a PDF and its
// second line (suffolk-libraries-formal-notice-agenda-agm.pdf, as the
// reader gives it).
func TestSplitItemsWrappedTitle(t *testing.T) {
	h, p := document.Heading, document.Prose
	lines := []document.Line{
		pdfLine(109, p, true, "1. Chair’s welcome and apologies for absence and Minutes of AGM, 11th"),
		pdfLine(127, h, true, "September 2014"),
		{Kind: document.Blank},
		pdfLine(109, p, false, "2. Annual Report To receive the report for year ending 31st March 2015."),
		{Kind: document.Blank},
		pdfLine(109, p, true, "5. Announcement of the election of up to 2 Suffolk Libraries IPS Ltd Board"),
		pdfLine(127, h, true, "Members"),
		{Kind: document.Blank},
		pdfLine(109, h, true, "7. Closing Remarks"),
		pdfLine(109, p, false, "The Annual General Meeting is open to the Membership of the Society."),
	}
	sections := splitItems(lexLines(lines))
	want := []string{"1 Chair’s welcome and apologies for absence and Minutes of AGM, 11th September 2014",
		"2 Annual Report To receive the report for year ending 31st March 2015.",
		"5 Announcement of the election of up to 2 Suffolk Libraries IPS Ltd Board Members", "7 Closing Remarks"}
	if diff := cmp.Diff(want, itemTitles(sections)); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	checkEveryLineOnce(t, lines, sections)
}
