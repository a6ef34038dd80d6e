package parse

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

// textLines makes lines the way the readers lay out text and markdown:
// "# " headings, "- " / "* " list items, "| a | b |" table rows, empty
// lines blank, everything else prose. Tabs stay in the text.
func textLines(text string) []document.Line {
	var lines []document.Line
	for i, s := range strings.Split(text, "\n") {
		l := document.Line{Text: s, Num: i + 1}
		t := strings.TrimSpace(s)
		switch {
		case t == "":
			l.Kind = document.Blank
		case strings.HasPrefix(t, "#"):
			l.Kind = document.Heading
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* "):
			l.Kind = document.ListItem
		case strings.HasPrefix(t, "|"):
			l.Kind = document.TableRow
			for _, c := range strings.Split(strings.Trim(t, "|"), "|") {
				l.Cells = append(l.Cells, strings.TrimSpace(c))
			}
		}
		lines = append(lines, l)
	}
	return lines
}

// row makes a table row line as the PDF and HTML readers give it.
func row(cells ...string) document.Line {
	return document.Line{Kind: document.TableRow, Cells: cells, Text: strings.Join(cells, " | ")}
}

// p builds an expected participant: name, organisation, country, role,
// attendance, short.
func p(name, org, country, role, attendance, short string) Participant {
	return Participant{Name: String(name), Organisation: String(org), Country: String(country),
		Role: String(role), Attendance: String(attendance), Short: String(short)}
}

// present is a plain present participant with only a name.
func present(names ...string) []Participant {
	var out []Participant
	for _, n := range names {
		out = append(out, p(n, "", "", "", attendPresent, ""))
	}
	return out
}

func concat(lists ...[]Participant) []Participant {
	var out []Participant
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// participantForms are attendance lists of every form the corpus shows,
// each a real snippet (the source is named) as the reader lays it out,
// with the participants a person reads in it.
var participantForms = []struct {
	name   string
	source string
	lines  []document.Line
	want   []Participant
}{
	{
		name:   "ASF roll call: directors present, after roll call, absent (empty), guests",
		source: "txt/asf-board-minutes-2002-10-09.txt",
		lines: textLines(` 2. Roll Call

    Directors Present:
        Brian Behlendorf
        Ken Coar
        Roy T. Fielding
        Jim Jagielski
        Ben Laurie
        Sam Ruby
        Greg Stein

    Directors Present Post-Roll Call:
        Dirk-Willem van Gulik  (10:09am)

    Directors Absent:

    Guests:
        Randy Terbush

 3. Special Orders`),
		want: concat(present("Brian Behlendorf", "Ken Coar", "Roy T. Fielding", "Jim Jagielski", "Ben Laurie", "Sam Ruby", "Greg Stein", "Dirk-Willem van Gulik"),
			[]Participant{p("Randy Terbush", "", "", roleGuest, attendPresent, "")}),
	},
	{
		name:   "ASF roll call: arrival time, directors absent, no guests",
		source: "txt/asf-board-minutes-2000-12-20.txt",
		lines: textLines(`    Directors Present at roll call:
        Brian Behlendorf (arrived 9:11am)
        Ken Coar
        Randy Terbush

    Directors Absent:
        Dirk-Willem van Gulik
        Ben Laurie
        

    Guests:
        None`),
		want: concat(present("Brian Behlendorf", "Ken Coar", "Randy Terbush"),
			[]Participant{p("Dirk-Willem van Gulik", "", "", "", attendAbsent, ""), p("Ben Laurie", "", "", "", attendAbsent, "")}),
	},
	{
		name:   "W3C scribe.perl 1.140: Present, Regrets, Chair, Scribe each on its own line; nicknames",
		source: "html/w3c-tag-2015-01-29-packaging-minutes.html",
		lines:  textLines("Present\n\nDan, Peter, Mark, Yan, Yves, Yehuda\n\nRegrets\n\nslightlyoff\n\nChair\n\nDan\n\nScribe\n\ndka\n\nContents"),
		want: concat([]Participant{p("Dan", "", "", roleChair, attendPresent, "")}, present("Peter", "Mark", "Yan", "Yves", "Yehuda"),
			[]Participant{p("slightlyoff", "", "", "", attendApologies, "slightlyoff"), p("dka", "", "", roleScribe, attendPresent, "dka")}),
	},
	{
		name:   "W3C scribe.perl v2: IRC nicknames as names, '-' for no regrets, two scribes",
		source: "html/w3c-publishingcg-2024-02-15-minutes.html",
		lines:  textLines("Present\nashley, AvneeshSingh, CharlesL, duga, George, jonas_lillqvist, wolfgang\nRegrets\n-\nChair\nwolfgang\nScribe\nduga, wendyreid"),
		want: []Participant{
			p("ashley", "", "", "", attendPresent, "ashley"), p("AvneeshSingh", "", "", "", attendPresent, "AvneeshSingh"),
			p("CharlesL", "", "", "", attendPresent, "CharlesL"), p("duga", "", "", roleScribe, attendPresent, "duga"),
			p("George", "", "", "", attendPresent, ""), p("jonas_lillqvist", "", "", "", attendPresent, "jonas_lillqvist"),
			p("wolfgang", "", "", roleChair, attendPresent, "wolfgang"), p("wendyreid", "", "", roleScribe, attendPresent, "wendyreid"),
		},
	},
	{
		name:   "W3C markdown minutes: remote, guests with a note, chairs and scribes",
		source: "md/w3c-tag-2014-09-29-london-minutes.md",
		lines: textLines(`### Attendees

*Present:* Daniel Appelquist, Tim Berners-Lee, Domenic Denicola, David Herman (afternoon), Yves Lafon (remote), Peter Linss

*Guests:* Noah Mendelsohn (for discussion on Capability URLs)

*Chairs:* Daniel Appelquist, Peter Linss
*Scribes:* Domenic Denicola`),
		want: []Participant{
			p("Daniel Appelquist", "", "", roleChair, attendPresent, ""), p("Tim Berners-Lee", "", "", "", attendPresent, ""),
			p("Domenic Denicola", "", "", roleScribe, attendPresent, ""), p("David Herman", "", "", "", attendPresent, ""),
			p("Yves Lafon", "", "", "", attendRemote, ""), p("Peter Linss", "", "", roleChair, attendPresent, ""),
			p("Noah Mendelsohn", "", "", roleGuest, attendPresent, ""),
		},
	},
	{
		name:   "raw IRC log: Chair, Present with (remote), Regrets; the chair's first name in Present",
		source: "txt/w3c-tag-2014-09-29-london-irc.txt",
		lines: textLines(`09:06:45 <JeniT> Chair: Dan Appelquist
09:07:51 <JeniT> Present: Dan, Dominic, Tim, Yves (remote)
09:08:19 <JeniT> Regrets: Alex, Dave`),
		want: []Participant{
			p("Dan Appelquist", "", "", roleChair, attendPresent, ""), p("Dominic", "", "", "", attendPresent, ""),
			p("Tim", "", "", "", attendPresent, ""), p("Yves", "", "", "", attendRemote, ""),
			p("Alex", "", "", "", attendApologies, ""), p("Dave", "", "", "", attendApologies, ""),
		},
	},
	{
		name:   "OpenWIS: initials, organisation, country and code, delegate, proxies, roles, WebEx",
		source: "md/openwis-annual-meeting-2017-03-23-toulouse.md",
		lines: textLines(`#### Participants

- MDA - Matteo Dell'Aqua, Meteo-France, France [MF], [delegate] (proxy for Weiqing Qu [BoM] for afternoon sessions), Chair
- JT - Jeremy Tandy, Met Office, UK [UKMO], [delegate] (proxy for Mikko Visa [FMI]), Vice-chair
- WQ - Weiqing Qu, Bureau of Meteorology, Australia [BoM], [delegate], (WebEx)
- LLG - Loic Le Gallou, Meteo-France International [MFI], [delegate], (proxy for Patrick Benichou [MFI])
- KS - Kari Sheets, National Weather Service, United States of America [NWS]
- RGr - Remy Giraud, Meteo-France, France [MF]
- EE - Emma Edwards, Met Office, UK [UKMO], Treasurer (WebEx)`),
		want: []Participant{
			p("Matteo Dell'Aqua", "Meteo-France", "France", roleChair, attendPresent, "MDA"),
			p("Jeremy Tandy", "Met Office", "UK", roleViceChair, attendPresent, "JT"),
			p("Weiqing Qu", "Bureau of Meteorology", "Australia", "", attendRemote, "WQ"),
			p("Loic Le Gallou", "Meteo-France International", "", "", attendPresent, "LLG"),
			p("Kari Sheets", "National Weather Service", "United States of America", "", attendPresent, "KS"),
			p("Remy Giraud", "Meteo-France", "France", "", attendPresent, "RGr"),
			p("Emma Edwards", "Met Office", "UK", roleTreasurer, attendRemote, "EE"),
			p("Mikko Visa", "FMI", "", "", attendProxy, ""),
			p("Patrick Benichou", "MFI", "", "", attendProxy, ""),
		},
	},
	{
		name:   "Ecma TC39: markdown table Name | Abbreviation | Organization under 'Remote attendees'",
		source: "md/ecma-tc39-notes-2021-01-25.md",
		lines: textLines(`**Remote attendees:** 
| Name                 | Abbreviation   | Organization       |
| -------------------- | -------------- | ------------------ |
| Ross Kirsling        | RKG            | Sony               |
| Bradford C. Smith    | BSH            | Google             |
| Frank Yung-Fong Tang | FYT            | Google             |
| Istvan Sebestyen     | IS             | Ecma               |

---`),
		want: []Participant{
			p("Ross Kirsling", "Sony", "", "", attendRemote, "RKG"), p("Bradford C. Smith", "Google", "", "", attendRemote, "BSH"),
			p("Frank Yung-Fong Tang", "Google", "", "", attendRemote, "FYT"), p("Istvan Sebestyen", "Ecma", "", "", attendRemote, "IS"),
		},
	},
	{
		name:   "Ecma TC39: one unlabelled line of 'Name (ABBR)', a name twice, then Remote:",
		source: "md/ecma-tc39-notes-2019-06-04-berlin.md",
		lines: textLines(`# June 4, 2019 Meeting Notes
-----
István Sebestyén (IS), Valerie Young (VYG), Aki Rose (AKI), Nicolò Ribaudo (NRO), Valerie Young (VYG), Nicolò Ribaudo (NRO)

Remote:
Brian Terlson (BT), Ron Buckton (RBN)
-----`),
		want: []Participant{
			p("István Sebestyén", "", "", "", attendPresent, "IS"), p("Valerie Young", "", "", "", attendPresent, "VYG"),
			p("Aki Rose", "", "", "", attendPresent, "AKI"), p("Nicolò Ribaudo", "", "", "", attendPresent, "NRO"),
			p("Brian Terlson", "", "", "", attendRemote, "BT"), p("Ron Buckton", "", "", "", attendRemote, "RBN"),
		},
	},
	{
		name:   "Node.js TSC: '## Present' list; '(TSC)' is membership of the body in the title",
		source: "md/nodejs-tsc-minutes-2015-06-03.md",
		lines:  textLines("# Node.js Foundation TSC Meeting 2015-06-03\n\n## Present\n\n* Rod Vagg (TSC)\n* Mikeal Rogers\n* Shigeki Ohtsu (TSC)\n\n## Quick stand-up"),
		want:   present("Rod Vagg", "Mikeal Rogers", "Shigeki Ohtsu"),
	},
	{
		name:   "ENISA: attendance by organisation only",
		source: "md/enisa-rsit-wg-2021-01-26-online.md",
		lines:  textLines("## Attendees coverage\n- ENISA\n- Banco Santander - Cyber Incident Management\n- Cudeso.be and NVISO MDR/CSIRT\n- RCTS CERT (Portugal)\n- UK MOD, Liasion to ISO/IEC\n\n\n## Agenda"),
		want: []Participant{
			p("", "ENISA", "", "", attendPresent, ""), p("", "Banco Santander - Cyber Incident Management", "", "", attendPresent, ""),
			p("", "Cudeso.be and NVISO MDR/CSIRT", "", "", attendPresent, ""), p("", "RCTS CERT", "Portugal", "", attendPresent, ""),
			p("", "UK MOD", "", "", attendPresent, ""),
		},
	},
	{
		name:   "OASIS: Chair line, voting members 'Name, Org', a note and 'None' for observers",
		source: "md/oasis-csaf-tc-minutes-2018-05-30-meeting-16.md",
		lines: textLines(`# OASIS Common Security Advisory Framework (CSAF) TC Meeting #16 May 30, 2018

Chair: Omar Santos

## **2. Roll call**

All participants recorded their attendance on the OASIS meeting calendar -  **quorum**  was reached.

### **2.1.1 Voting Members Present**

- Jamison Day, LookingGlass
- Eric Johnson, TIBCO Software Inc.
- Omar Santos, Cisco

### **2.1.3 Observers present**

**Note** : Observers of this committee that are ready to become Members should follow the specific instructions displayed the  [OASIS Open Notices](https://www.oasis-open.org/apps/org/workgroup/csaf/) tab.

- None

#### **2.2.1 Members who gained Voting Rights**

- None`),
		want: []Participant{
			p("Omar Santos", "Cisco", "", roleChair, attendPresent, ""), p("Jamison Day", "LookingGlass", "", "", attendPresent, ""),
			p("Eric Johnson", "TIBCO Software Inc.", "", "", attendPresent, ""),
		},
	},
	{
		name:   "NMNWSE: attendance in a sentence, with an initial and a final 'and'",
		source: "html/nmnwse-board-minutes-2000-10-22.html",
		lines:  textLines("The meeting was held at the Swiss Chalet in Ruidoso the day after the Annual Meeting.  Board members in attendance were:  J. Margo Clark, Claudia Lewis, Alexine Salazar, Carol LaDelfe, Karen Saenz, Wyonna Turner, and Angelique Neuman."),
		want:   present("J. Margo Clark", "Claudia Lewis", "Alexine Salazar", "Carol LaDelfe", "Karen Saenz", "Wyonna Turner", "Angelique Neuman"),
	},
	{
		name:   "NMNWSE: officers with office and way of attending, then Attendees with '(by poxy)'",
		source: "pdf/nmnwse-board-minutes-2016-02-13.pdf",
		lines: textLines(`2015 - 2016 Officers
Past President - Phyllis Baca (phone conference)
President - Rebecca Galves (present)
Vice President - Sarah Vance (video conference)
Treasurer - Jeanne Banks (phone conference)
Secretary - Barbara Torres (present)

Attendees: Barbara Torres, Jeanne Banks (phone), Tinka Gammel, MyChelle Andrews (by proxy), Cheri
Burch (phone), Rebecca Galves, Phyllis Baca (video conference), Claudia (by poxy)

The February 2016 board meeting of the New Mexico Network for Women in Science and Engineering
was called to order at 10:20 am by Rebecca Galves, 2015-2016 president.`),
		want: []Participant{
			p("Phyllis Baca", "", "", "", attendRemote, ""), p("Rebecca Galves", "", "", roleChair, attendPresent, ""),
			p("Sarah Vance", "", "", roleViceChair, attendRemote, ""), p("Jeanne Banks", "", "", roleTreasurer, attendRemote, ""),
			p("Barbara Torres", "", "", roleSecretary, attendPresent, ""), p("Tinka Gammel", "", "", "", attendPresent, ""),
			p("MyChelle Andrews", "", "", "", attendProxy, ""), p("Cheri Burch", "", "", "", attendRemote, ""),
			p("Claudia", "", "", "", attendProxy, ""),
		},
	},
	{
		name:   "Halesworth: 'Present;' with initials wrapped over two lines, 'Apologies;' with 'and'",
		source: "pdf/friends-halesworth-library-trustees-minutes-2015-06-02.pdf",
		lines: textLines(`Present; Sheila Freeman (SF), Alan Holzer (AHol), Evelyn Lindqvist (EL), Alison Hopkins
(AHop), Andrew Payne (AP)

Apologies; David Thomas, David Olds and Arlene Roberts

1    Minutes of the meeting held 5th May 2015`),
		want: []Participant{
			p("Sheila Freeman", "", "", "", attendPresent, "SF"), p("Alan Holzer", "", "", "", attendPresent, "AHol"),
			p("Evelyn Lindqvist", "", "", "", attendPresent, "EL"), p("Alison Hopkins", "", "", "", attendPresent, "AHop"),
			p("Andrew Payne", "", "", "", attendPresent, "AP"),
			p("David Thomas", "", "", "", attendApologies, ""), p("David Olds", "", "", "", attendApologies, ""),
			p("Arlene Roberts", "", "", "", attendApologies, ""),
		},
	},
	{
		name:   "Suffolk Libraries: form rows 'Attendees' and 'Invited', job titles, '(SCC)' on several people, apologies in prose",
		source: "pdf/suffolk-libraries-open-board-minutes-2016-12-15.pdf",
		lines: []document.Line{
			row("Time", "11.15am – 1.15pm"),
			row("Attendees", "Tony Brown, Alison Wheeler (Chief Executive), Stephen Taylor (SCC), Richard Hunt (SCC), Cllr Richard Smith (SCC), Marion Harvey"),
			row("Invited", "Nikki Sturmey (Governance Manager), Paul Howarth (Stock & Content Manager), Amy Scarlett (HR Administrator – Minutes)"),
			{Kind: document.Blank},
			{Text: "1. Welcome and Apologies:"},
			{Text: "Apologies were received from Cllr Smith, Nikki Sturmey and Marion"},
			{Text: "Harvey."},
		},
		want: []Participant{
			p("Tony Brown", "", "", "", attendPresent, ""), p("Alison Wheeler", "", "", "", attendPresent, ""),
			p("Stephen Taylor", "SCC", "", "", attendPresent, ""), p("Richard Hunt", "SCC", "", "", attendPresent, ""),
			p("Richard Smith", "SCC", "", "", attendApologies, ""), p("Marion Harvey", "", "", "", attendApologies, ""),
			p("Nikki Sturmey", "", "", roleGuest, attendApologies, ""), p("Paul Howarth", "", "", roleGuest, attendPresent, ""),
			p("Amy Scarlett", "", "", roleScribe, attendPresent, ""),
		},
	},
	{
		name:   "Suffolk Libraries: initials and roles in adjacent brackets, a comma forgotten after a note",
		source: "pdf/suffolk-libraries-board-minutes-2012-09-11.pdf",
		lines: []document.Line{
			row("Attendees", "Shona Bendix (SB)(Chair), Mike Hosking (MH)(Hon. Secretary & Treasurer), Colin Owens (CO)"),
			row("Invited", "Richard Hunt (RH)(Observer) Ian Brookman (IB)(Finance & Resources Manager)"),
		},
		want: []Participant{
			p("Shona Bendix", "", "", roleChair, attendPresent, "SB"), p("Mike Hosking", "", "", roleSecretary, attendPresent, "MH"),
			p("Colin Owens", "", "", "", attendPresent, "CO"), p("Richard Hunt", "", "", roleGuest, attendPresent, "RH"),
			p("Ian Brookman", "", "", roleGuest, attendPresent, "IB"),
		},
	},
	{
		name:   "UoB agenda table: an apologies label alone in its cell, the names as bullets below it, a presenter's initials beside it",
		source: "pdf/uob-computer-science-society-committee-minutes-2024-07-09.pdf",
		lines: []document.Line{
			row("Attendees:", "Holly Packer (HP) (Chairing), Matty Widdop (MW)"),
			row("1", "Apologies received from", "HP"),
			row("", "● Ella Gardner", ""),
			row("", "● Sai", ""),
			row("", "● Rohit Jose", ""),
			row("2", "Treasurer's report", "MW"),
		},
		want: []Participant{
			p("Holly Packer", "", "", roleChair, attendPresent, "HP"), p("Matty Widdop", "", "", "", attendPresent, "MW"),
			p("Ella Gardner", "", "", "", attendApologies, ""), p("Sai", "", "", "", attendApologies, ""),
			p("Rohit Jose", "", "", "", attendApologies, ""),
		},
	},
	{
		name:   "OASIS inaugural: a surname in capitals, a bracket never closed",
		source: "html/oasis-csaf-tc-minutes-2016-11-16-inaugural.html",
		lines: textLines(`4.1 Members present

    Allan Thomson (LookingGlass)
    Art MANION (Carnegie Mellon University)
    Robert Coderre (VeriSign
    Rupert Wimmer (Siemans AG)
    Vincent Danen (Red Hat)

Details cf. normative attendance sheet for this meeting (event_id=43634).`),
		want: []Participant{
			p("Allan Thomson", "LookingGlass", "", "", attendPresent, ""), p("Art MANION", "Carnegie Mellon University", "", "", attendPresent, ""),
			p("Robert Coderre", "VeriSign", "", "", attendPresent, ""), p("Rupert Wimmer", "Siemans AG", "", "", attendPresent, ""),
			p("Vincent Danen", "Red Hat", "", "", attendPresent, ""),
		},
	},
	{
		name:   "NMNWSE 2002: a proxy and an absence told after the names, in prose",
		source: "html/nmnwse-board-minutes-2002-06-01.html",
		lines: textLines(`The meeting was held in Los Alamos at Carol LaDelfe's home. Board members in attendance were: Carol, Yolanda, Tinka, and Alexine.

NOTE: Margo gave us her proxy vote prior to the meeting; the five votes gave us a simple majority.

Cllr Ann Lee and Tom Price sent their apologies. Jeanne was absent.

Members who were absent last time will be written to.`),
		want: concat(present("Carol", "Yolanda", "Tinka", "Alexine"), []Participant{
			p("Margo", "", "", "", attendProxy, ""), p("Ann Lee", "", "", "", attendApologies, ""),
			p("Tom Price", "", "", "", attendApologies, ""), p("Jeanne", "", "", "", attendAbsent, ""),
		}),
	},
	{
		name:   "US council roll call (generated): styles before names, singular and plural; job titles before staff names",
		source: "generated",
		lines: textLines(`B. ROLL CALL
Present: Mayor Karen Holt, Councilmembers Luis Ortega, Dana Whitfield and Mia Kowalczyk
Absent: None
Staff present: City Manager Paul Reyes, City Attorney Renée Castellanos, City Clerk Janet Moore`),
		want: concat(present("Karen Holt", "Luis Ortega", "Dana Whitfield", "Mia Kowalczyk"), []Participant{
			p("Paul Reyes", "", "", "", attendPresent, ""), p("Renée Castellanos", "", "", "", attendPresent, ""),
			p("Janet Moore", "", "", roleSecretary, attendPresent, ""),
		}),
	},
	{
		name:   "handles in brackets are the people's short names (generated, project notes)",
		source: "generated",
		lines: textLines(`## Attendees

- Ingrid Solberg (@isolberg), chair
- Kwame Mensah-Dubois (@kmd)`),
		want: []Participant{p("Ingrid Solberg", "", "", roleChair, attendPresent, "@isolberg"), p("Kwame Mensah-Dubois", "", "", "", attendPresent, "@kmd")},
	},
	{
		name:   "UK parish council (generated): 'Cllrs' before initials, 'M.' an initial before a surname alone",
		source: "generated",
		lines: textLines(`Present: Cllrs R. Ashworth (Chairman), P. Greene, M. O'Neill and T. Hughes
In attendance: Mrs J. Smith (Clerk) and two members of the public

22/031 APOLOGIES FOR ABSENCE
Apologies were received from Cllr K. Patel and Cllr D. Lewis.`),
		want: []Participant{
			p("R. Ashworth", "", "", roleChair, attendPresent, ""), p("P. Greene", "", "", "", attendPresent, ""),
			p("M. O'Neill", "", "", "", attendPresent, ""), p("T. Hughes", "", "", "", attendPresent, ""),
			p("J. Smith", "", "", roleSecretary, attendPresent, ""),
			p("K. Patel", "", "", "", attendApologies, ""), p("D. Lewis", "", "", "", attendApologies, ""),
		},
	},
	{
		name:   "German Verein (generated): numbered chairs, a treasurer, and a head count after 'sowie'",
		source: "generated",
		lines: textLines(`Anwesend: Dr. Friederike Haßelbach (1. Vorsitzende), Tobias Gündoğan
(2. Vorsitzender), Małgorzata Nowak (Kassiererin), Jens-Ole Petersen
(Schriftführer) sowie 13 weitere stimmberechtigte Mitglieder laut
Anwesenheitsliste`),
		want: []Participant{
			p("Friederike Haßelbach", "", "", roleChair, attendPresent, ""), p("Tobias Gündoğan", "", "", roleViceChair, attendPresent, ""),
			p("Małgorzata Nowak", "", "", roleTreasurer, attendPresent, ""), p("Jens-Ole Petersen", "", "", roleSecretary, attendPresent, ""),
		},
	},
	{
		name:   "Sainte-Adèle (French): 'Présences', 'Membres :' and 'Secrétaire :' blocks, titles after names",
		source: "pdf/sainte-adele-comite-demolition-pv-2023-06-20.pdf",
		lines: append([]document.Line{{Text: "Présences", Kind: document.Heading}}, textLines(`Membres :
M. Gaëtan Gagné, conseiller municipal
M. David Huggins-Daines, conseiller municipal

Secrétaire :
Mme Ariane Bélanger, greffière adjointe, Service du greffe

1. Ouverture de la séance`)...),
		want: []Participant{
			p("Gaëtan Gagné", "", "", "", attendPresent, ""), p("David Huggins-Daines", "", "", "", attendPresent, ""),
			p("Ariane Bélanger", "Service du greffe", "", roleSecretary, attendPresent, ""),
		},
	},
	{
		name:   "Chicago SSA: bulleted 'Commissioners Present', 'Others Present' with organisations, 'Commissioners Absent'",
		source: "pdf/chicago-ssa21-commission-minutes-2018-01-29.pdf",
		lines: textLines(`o Commissioners Present: Anthony Qaiyum, Zach Maiorca, Melaina Prest, Chris Dallas,
   Ben Munro, Todd Feinberg
o Others Present: Ryan Warsing (LSRCC), Sean Cooper (LSRCC), Kimberly Bares (PLACE
   Consulting), Jeremy Barndt (PLACE), Tony Pelikan (PLACE), Simone Martin-Newberry
o Commissioners Absent: Shelley Young, Pat Bader
 Meeting called to order at 9:08am – M. Prest (motion), C. Dallas (second)`),
		want: concat(present("Anthony Qaiyum", "Zach Maiorca", "Melaina Prest", "Chris Dallas", "Ben Munro", "Todd Feinberg"),
			[]Participant{
				p("Ryan Warsing", "LSRCC", "", roleGuest, attendPresent, ""), p("Sean Cooper", "LSRCC", "", roleGuest, attendPresent, ""),
				p("Kimberly Bares", "PLACE Consulting", "", roleGuest, attendPresent, ""), p("Jeremy Barndt", "PLACE", "", roleGuest, attendPresent, ""),
				p("Tony Pelikan", "PLACE", "", roleGuest, attendPresent, ""), p("Simone Martin-Newberry", "", "", roleGuest, attendPresent, ""),
				p("Shelley Young", "", "", "", attendAbsent, ""), p("Pat Bader", "", "", "", attendAbsent, ""),
			}),
	},
	{
		name:   "UoB committee: initials and '(Chairing)' / '(Minuting)'",
		source: "pdf/uob-computer-science-society-committee-minutes-2024-07-09.pdf",
		lines:  textLines("Attendees: Holly Packer (HP) (Chairing), Matty Widdop (MW), Leonardo Bishop\n(LB), Marcus Gustafsson (MG) (Minuting)\n"),
		want: []Participant{
			p("Holly Packer", "", "", roleChair, attendPresent, "HP"), p("Matty Widdop", "", "", "", attendPresent, "MW"),
			p("Leonardo Bishop", "", "", "", attendPresent, "LB"), p("Marcus Gustafsson", "", "", roleScribe, attendPresent, "MG"),
		},
	},
	{
		name:   "Suffolk AGM: apologies as a paragraph with places and titles after dashes",
		source: "pdf/suffolk-libraries-agm-minutes-2014-09-11.pdf",
		lines: textLines(`2.          Apologies for Absence
            Charlotte Clark – Southwold, Sarah Hunt – Hadleigh, Sue Charteris, Chris Farden – Arts Council,
            Ed Vaisay – MP, Roger
            Mcmaster – Former Head of Service for Libraries, Cllr
            Beccy Hopfensperger - SCC.
            Minutes`),
		want: []Participant{
			p("Charlotte Clark", "Southwold", "", "", attendApologies, ""), p("Sarah Hunt", "Hadleigh", "", "", attendApologies, ""),
			p("Sue Charteris", "", "", "", attendApologies, ""), p("Chris Farden", "Arts Council", "", "", attendApologies, ""),
			p("Ed Vaisay", "", "", "", attendApologies, ""), p("Roger Mcmaster", "", "", "", attendApologies, ""),
			p("Beccy Hopfensperger", "SCC", "", "", attendApologies, ""),
		},
	},
}

// TestParticipantForms reads every form of attendance list.
func TestParticipantForms(t *testing.T) {
	for _, tt := range participantForms {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := findParticipants(lexLines(tt.lines), Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.source, diff)
			}
		})
	}
}

// notAttendance are lines that look like attendance lists to a careless
// reader and are not: nobody may be found in them.
var notAttendance = []struct {
	source string
	lines  []document.Line
}{
	{"txt/ietf-httpbis-83-minutes-2012.txt", textLines("Chair: There are a couple of questions to unpack there. My intuition is that\nwe should go ahead.")},
	{"md/ecma-tc39-notes-2012-05-21.md", textLines("This pre-dates the recording of a complete attendees list. ")},
	{"html/nmnwse-board-minutes-2000-10-22.html (election results)", textLines("Vice President/President Elect\tClaudia Lewis*\nTreasurer\tJ. Tinka Gammel\nMember-at Large\tMary Lou Westrom")},
	{"pdf/suffolk-libraries-board-minutes-2013-02-26.pdf", textLines("BOARD MEETING MINUTES\n\n11th September 2012 – PART A")},
	{"pdf/suffolk-libraries-agm-minutes-2014-09-11.pdf", textLines("Minutes\n3.\nThe minutes from the AGM 2013 were accepted and approved.")},
	{"testdata/samples/tf-csirt-17-2006-amsterdam.txt", textLines("1. Welcome and apologies\n\nGorazd Božič welcomed the participants of the first joint TF-CSIRT and FIRST event. The list of those present is available on-line: <http://www.terena.nl/activities/tf-csirt/meeting17/registrations.php>")},
	{"pdf/suffolk-libraries-agm-minutes-2014-09-11.pdf (attendees not listed)", []document.Line{
		row("Attendees", "Directors, Members and Staff of Suffolk Libraries"),
		row("", "(for a full list of attendees, please contact Nikki Sturmey at nikki.sturmey@suffolklibraries.co.uk)"),
	}},
	{"pdf/nmnwse-board-minutes-2005-12-17.pdf (a letterhead of officers, not an attendance list)", textLines("OFFICERS: Tinka Gammel, President; Lynda Towers, Vice President/President Elect, Yolanda King, Treasurer")},
}

func TestNotAttendance(t *testing.T) {
	for _, tt := range notAttendance {
		if got, _ := findParticipants(lexLines(tt.lines), Options{}); len(got) != 0 {
			t.Errorf("%s: found %+v in text that lists nobody", tt.source, got)
		}
	}
}

// tableForms are tables of participants in the shapes readers give them,
// built from real rosters (OASIS CSAF TC, 2016 and 2019, the Ecma TC39
// 2021 table) laid out as other documents lay tables out.
var tableForms = []struct {
	name  string
	lines []document.Line
	want  []Participant
}{
	{
		name: "rows of cells across a page break with a running header and a repeated header; a wrapped cell",
		lines: []document.Line{
			{Text: "Participants", Kind: document.Heading},
			row("Name", "Organisation", "Country"),
			row("Adam Montville", "Center for Internet Security", "United States"),
			row("Aukjan van Belkum", "EclecticIQ", "The Netherlands"),
			row("", "(Amsterdam office)", ""),
			{Text: "Minutes of the inaugural meeting of the CSAF TC"},
			{Text: "Page 2 of 3"},
			row("Name", "Organisation", "Country"),
			row("Bernd Grobauer", "Siemens AG", "Germany"),
			row("Jessica Fitzgerald-McKay", "National Security Agency", "-"),
			{Text: "The meeting was called to order at 13:05 by the chair, who welcomed the members."},
		},
		want: []Participant{
			p("Adam Montville", "Center for Internet Security", "United States", "", attendPresent, ""),
			p("Aukjan van Belkum", "EclecticIQ (Amsterdam office)", "The Netherlands", "", attendPresent, ""),
			p("Bernd Grobauer", "Siemens AG", "Germany", "", attendPresent, ""),
			p("Jessica Fitzgerald-McKay", "National Security Agency", "", "", attendPresent, ""),
		},
	},
	{
		name: "HTML table Company | Name | Role (columns in another order, a role column)",
		lines: []document.Line{
			{Text: "2.1.1 Members Present"},
			row("Company", "Name", "Role"),
			row("Kaiser Permanente", "Jonathan Bitle", "Voting Member"),
			row("Cisco Systems", "Omar Santos", "Chair"),
			row("Cisco Systems", "Rhonda Levy", "Guest"),
		},
		want: []Participant{
			p("Jonathan Bitle", "Kaiser Permanente", "", "", attendPresent, ""),
			p("Omar Santos", "Cisco Systems", "", roleChair, attendPresent, ""),
			p("Rhonda Levy", "Cisco Systems", "", roleGuest, attendPresent, ""),
		},
	},
	{
		name: "plain text columns set apart by spaces",
		lines: textLines(`Name                  Organisation              Country
Bernd Grobauer        Siemens AG                Germany
Aukjan van Belkum     EclecticIQ                The Netherlands
Greg Scott            Cryptsoft Pty Ltd.        -

Minutes`),
		want: []Participant{
			p("Bernd Grobauer", "Siemens AG", "Germany", "", attendPresent, ""),
			p("Aukjan van Belkum", "EclecticIQ", "The Netherlands", "", attendPresent, ""),
			p("Greg Scott", "Cryptsoft Pty Ltd.", "", "", attendPresent, ""),
		},
	},
	{
		name: "one cell per line, Name / Abbreviation / Organization, rows glued (no country to anchor them)",
		lines: []document.Line{
			{Text: "Remote attendees:"},
			{Text: "Name"}, {Text: "Abbreviation"}, {Text: "Organization"},
			{Text: "Ross Kirsling"}, {Text: "RKG"}, {Text: "Sony"},
			{Text: "UjjwalSharmaUSAIgaliaWaldemarHorwatWHGoogle", Kind: document.Glued},
			{Text: "Rob Palmer"}, {Text: "RPR"}, {Text: "Bloomberg"},
			{Text: "Daniel Ehrenberg"}, {Text: "DE"}, {Text: "Igalia"},
			{Text: "ShaneCarrSFCGoogleRobinRicardRRDBloomberg", Kind: document.Glued},
		},
		want: []Participant{
			p("Ross Kirsling", "Sony", "", "", attendRemote, "RKG"),
			p("Ujjwal Sharma", "Igalia", "", "", attendRemote, "USA"),
			p("Waldemar Horwat", "Google", "", "", attendRemote, "WH"),
			p("Rob Palmer", "Bloomberg", "", "", attendRemote, "RPR"),
			p("Daniel Ehrenberg", "Igalia", "", "", attendRemote, "DE"),
			p("Shane Carr", "Google", "", "", attendRemote, "SFC"),
			p("Robin Ricard", "Bloomberg", "", "", attendRemote, "RRD"),
		},
	},
}

func TestTableForms(t *testing.T) {
	for _, tt := range tableForms {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := findParticipants(lexLines(tt.lines), Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestKnownOrganisations checks that organisations from other meetings
// restore the spaces of an organisation written only glued.
func TestKnownOrganisations(t *testing.T) {
	lines := []document.Line{
		{Text: "Name"}, {Text: "Organisation"}, {Text: "Country"},
		{Text: "ChrisGibsoncitiUnitedKingdomAnnaMeyerUniversitätZürichSwitzerland", Kind: document.Glued},
	}
	opts := Options{KnownOrganisations: []string{"citi", "Universität Zürich"}}
	got, warnings := findParticipants(lexLines(lines), opts)
	want := []Participant{
		p("Chris Gibson", "citi", "United Kingdom", "", attendPresent, ""),
		p("Anna Meyer", "Universität Zürich", "Switzerland", "", attendPresent, ""),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, w := range warnings {
		if w.Stage == stageParticipantUncertain {
			t.Errorf("a row split by evidence is reported uncertain: %v", w)
		}
	}
}
