package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindNextMeetings(t *testing.T) {
	tf := Meeting{Title: "17th TF-CSIRT meeting", Body: "TF-CSIRT", Date: "2006-01-23"}
	tests := []struct {
		name, file, text string
		meeting          Meeting
		want             []NextMeeting
	}{
		{"tf-csirt-17-2006-amsterdam.txt: two meetings, hosts, one of them named", "a.txt",
			"12. Date of the next meetings\n\nThe next meeting will be held on 25-26 May 2006 in Vilnius, Lithuania (hosted by LITNET CERT).\n\nThe subsequent TF-CSIRT meeting will be hosted by FUNET CERT and CERT-FI in Espoo, Finland on 21-22 September 2006.\n\n13. Any Other Business\n\nNone.\n",
			tf, []NextMeeting{
				{Date: "2006-05-25", EndDate: "2006-05-26", City: "Vilnius", Country: "Lithuania", Host: "LITNET CERT"},
				{Date: "2006-09-21", EndDate: "2006-09-22", City: "Espoo", Country: "Finland", Host: "FUNET CERT and CERT-FI"},
			}},
		{"tf-csirt-17: other bodies' events and a date before the phrase are not next meetings", "a.txt",
			"5. e-coat update\n\nDon Stikvoort announced that the next e-coat workshop will be organised on 20 September 2006 in Helsinki, Finland.\n\n7. CSIRT training courses\n\nThe next joint TERENA-FIRST CSIRT training course will take place in Vilnius, Lithuania on 29-30 March 2006.\n\n11. Status of the ToR\n\nThe current TF-CSIRT ToR mandate will end in September 2006, so in the next meeting the group should review all the work items.\n",
			tf, nil},
		{"tf-csirt-29-2010-hamburg.txt", "a.txt",
			"11. Date of next meeting\nThe next meeting will be held on 20-21 May 2010 in Heraklion, Greece (hosted by FORTH CERT).\nLionel Ferette pointed out that FORTH was located a few kilometres outside of Heraklion.\n12. Any other business\nNone.\n",
			Meeting{Title: "29th TF-CSIRT meeting", Body: "TF-CSIRT", Date: "2010-01-25"},
			[]NextMeeting{{Date: "2010-05-20", EndDate: "2010-05-21", City: "Heraklion", Country: "Greece", Host: "FORTH CERT"}}},
		{"oasis-csaf-tc-minutes-2018-05-30-meeting-16.md: the date stated first", "a.md",
			"## **10. Next Meetings**\n\n### **10.1 Next Meeting**\n\nNext Meeting #17 will be on Wednesday, June 27, 2018 at 1:00 PM EST (i.e. 2018-03-28 19:00 to 20:00 CET (UTC+1))\n\n## **11. Any other business**\n\nNone.\n",
			Meeting{Body: "Common Security Advisory Framework (CSAF) TC", Date: "2018-05-30"},
			[]NextMeeting{{Date: "2018-06-27"}}},
		{"uob-computer-science-society: a date without a year", "a.txt",
			"11. Date of Next Meeting\nNext Meeting: Tuesday 23rd July Start: 19:30\n",
			Meeting{Body: "Committee", Date: "2024-07-09"},
			[]NextMeeting{{Date: "2024-07-23"}}},
		{"openwis-annual-meeting: next year in April", "a.md",
			"16. **Host of next meeting**\n    1. MDA - So we already know this will be next year in Finland, in April.\n17. **Close**\n    1. Bye.\n",
			Meeting{Title: "OpenWIS Annual Meeting 2017", Date: "2017-03-23"},
			[]NextMeeting{{Date: "2018-04", Country: "Finland"}}},
		{"French", "a.txt",
			"5. Varia\nLa prochaine réunion aura lieu le 5 juillet 2023 à Genève, Suisse.\n6. Levée\nFin.\n",
			Meeting{Body: "COMITÉ DE DÉMOLITION", Date: "2023-06-20"},
			[]NextMeeting{{Date: "2023-07-05", City: "Genève", Country: "Suisse"}}},
		{"nmnwse-board-minutes-2000-10-22.html: a schedule without years", "a.txt",
			"OLD BUSINESS\n1. Career Books\nClaudia will order books.\n2. Hosts for FY2001 Meetings\n\nDec. 2\tKim Linder — Cedar Crest\nFeb. 3\tKelly Bitner - Albuquerque\nApr 14 (?)\tat State Science Fair in Socorro\nJune ?\tat Professional Development Seminar in Albuquerque\nOct ?\tat Annual Meeting\nNEW BUSINESS\n",
			Meeting{Title: "Board Meeting", Body: "Board", Date: "2000-10-22"},
			[]NextMeeting{
				{Date: "2000-12-02", City: "Cedar Crest", Host: "Kim Linder"},
				{Date: "2001-02-03", City: "Albuquerque", Host: "Kelly Bitner"},
				{Date: "2001-04-14", City: "Socorro"},
				{Date: "2001-06", City: "Albuquerque"},
				{Date: "2001-10"},
			}},
		{"nmnwse-board-minutes-2001-10-21.html: a year of meetings in the order of time, with cities and homes", "a.txt",
			"NEW BUSINESS\n\n1. 2001-2002 Meetings\n\nDecember 1 Rio Rancho at Jeanne Banks home\n\nFebruary 2 Albuquerque at Kelly Bitner’s home\n\nApril 13 Socorro (Science Fair)\n\n" +
				"June 1 Los Alamos at Carol LaDelfe’s home\n\nAugust 10\n\nOctober Annual Meeting\n\nDecember 7\n\nMeeting was adjourned (motioned by Jeanne; seconded by Carol) at 10:35 am.\n",
			Meeting{Title: "Board Meeting", Body: "Board", Date: "2001-10-21"},
			[]NextMeeting{
				{Date: "2001-12-01", City: "Rio Rancho", Host: "Jeanne Banks"},
				{Date: "2002-02-02", City: "Albuquerque", Host: "Kelly Bitner"},
				{Date: "2002-04-13", City: "Socorro"},
				{Date: "2002-06-01", City: "Los Alamos", Host: "Carol LaDelfe"},
				{Date: "2002-08-10"},
				{Date: "2002-10"},
				{Date: "2002-12-07"},
			}},
		{"nmnwse-board-minutes-2002-06-01.html: the same schedule at its June meeting: the meetings after it only", "a.md",
			"NEW BUSINESS\n\n2. Meetings\n\n| | December 1 | at Jeanne's |\n| | February 2 | Albuquerque at Kelly's |\n| | April 13 | Socorro (Science Fair) |\n| | June 1 | Los Alamos at Carol's |\n" +
				"| | August 10 | Jeanne's cabin |\n| | October | Annual Meeting |\n| | December 7 | |\n",
			Meeting{Title: "Board Meeting", Body: "Board", Date: "2002-06-01"},
			[]NextMeeting{{Date: "2002-08-10"}, {Date: "2002-10"}, {Date: "2002-12-07"}}},
		{"chicago-human-relations-2019-meeting-schedule.pdf: a schedule dated by its year, its dates below the place and time", "a.txt",
			"2019 MONTHLY BOARD MEETING SCHEDULE\n\nHeld every 2nd Thursday of the month\nunless otherwise posted\nLOCATION: 740 N. Sedgwick St, 4th Floor Boardroom\nTIME: 3:30pm – 5:00pm\nOPEN TO THE PUBLIC\n\n" +
				"JANUARY 10\nMARCH 14\nJULY 11\nNOVEMBER 14\nDECEMBER 12\n",
			Meeting{Title: "2019 MONTHLY BOARD MEETING SCHEDULE", Body: "BOARD", Date: "2019"},
			[]NextMeeting{{Date: "2019-01-10"}, {Date: "2019-03-14"}, {Date: "2019-07-11"}, {Date: "2019-11-14"}, {Date: "2019-12-12"}}},
		{"nmnwse-board-minutes-2016-02-13.pdf: a coming meeting named by its month, in a town the gazetteer does not know", "a.txt",
			"Southern Chapter\n9 members; hosting the February Board Meeting.\n\nThe April Board meeting is scheduled for 1 PM on April 2 , 2016 at New Mexico Tech in Socorro.\n\nFebruary board meeting was adjourned at 1:02 PM.\n",
			Meeting{Title: "February 2016 Board Meeting", Body: "Board", Date: "2015-02-13"},
			[]NextMeeting{{Date: "2016-04-02", City: "Socorro"}}},
		{"suffolk-libraries-open-board-minutes-2016-12-15.pdf: a library named after its town", "a.txt",
			"12. AOB\nNone.\n13. Date of the next meeting:\n27th February 2016, Bury St Edmunds Library\n",
			Meeting{Title: "OPEN BOARD MEETING", Body: "Board", Date: "2016-12-15"},
			[]NextMeeting{{Date: "2016-02-27", City: "Bury St Edmunds"}}},
		{"a month after 'in' is no town, but the next meeting's month", "a.txt",
			"The next meeting will be in April.\n",
			Meeting{Title: "Board Meeting", Body: "Board", Date: "2016-12-15"},
			[]NextMeeting{{Date: "2017-04"}}},
		{"another body's annual meeting in a board's minutes", "a.txt",
			"Annual Meeting — Karen Saenz\nThe Central Chapter will be hosting our next annual meeting, tentatively scheduled for October 19-20, 2001 in Albuquerque.\n",
			Meeting{Title: "Board Meeting", Body: "Board", Date: "2000-10-22"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := linesOf(t, tt.file, tt.text)
			lx := lex(lines)
			got := findNextMeetings(splitItems(lx.lines), tt.meeting, lx.order)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("next meetings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNextMeetingWarnings(t *testing.T) {
	m := Meeting{Date: "2016-12-15"}
	ws := nextMeetingWarnings([]NextMeeting{{Date: "2016-02-27"}, {Date: "2017-02-27"}}, m) // suffolk 2016: "27th February 2016"
	if len(ws) != 1 || ws[0].Message != "next meeting dated 2016-02-27, before this meeting (2016-12-15); kept as written" {
		t.Errorf("warnings = %v", ws)
	}
}

// TestNextMeetingLabelled: a labelled next-meeting line, a heading that
// gives the date itself, and the phrase in many languages and word
// orders.
func TestNextMeetingLabelled(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"heading with the date", "# Committee Meeting 17 September 2014\n\n## 1. Welcome\n\nHello.\n\n## Next meeting: Wednesday 2014-10-01, 1:00 p.m.\n", "2014-10-01"},
		{"numbered item title", "Board of Trustees Minutes\n01-17-2024\n\n1. CALL TO ORDER\n\nAt 6:37pm.\n\n10. NEXT MEETING: February 21, 2024\n", "2024-02-21"},
		{"dash label", "# Board Meeting 2 March 2020\n\n1. Welcome\n\nHello.\n\nDate of next meeting – 6 April 2020\n", "2020-04-06"},
		{"French", "# Réunion du bureau du 2 mars 2020\n\n1. Accueil\n\nBonjour.\n\nProchaine réunion : 6 avril 2020\n", "2020-04-06"},
		{"German compound", "# Protokoll der Vorstandssitzung vom 2. März 2020\n\n1. Begrüßung\n\nHallo.\n\nDie nächste Vorstandssitzung findet am 6. April 2020 statt.\n", "2020-04-06"},
		{"Spanish", "# Acta de la reunión del 2 de marzo de 2020\n\n1. Bienvenida\n\nHola.\n\nPróxima reunión: 6 de abril de 2020\n", "2020-04-06"},
		{"Spanish, word after the noun", "# Acta de la reunión del 2 de marzo de 2020\n\n1. Bienvenida\n\nHola.\n\nLa reunión siguiente será el 6 de abril de 2020.\n", "2020-04-06"},
		{"Portuguese", "# Ata da reunião de 2 de março de 2020\n\n1. Abertura\n\nOlá.\n\nPróxima reunião: 6 de abril de 2020\n", "2020-04-06"},
		{"Italian", "# Verbale della riunione del 2 marzo 2020\n\n1. Apertura\n\nCiao.\n\nProssima riunione: 6 aprile 2020\n", "2020-04-06"},
		{"Dutch compound", "# Notulen bestuursvergadering 2 maart 2020\n\n1. Opening\n\nHallo.\n\nDe volgende bestuursvergadering is op 6 april 2020.\n", "2020-04-06"},
		{"Chinese (ISO dates: the parser reads no 年月日 dates yet)", "# 理事会会议纪要 2020-03-02\n\n一、开幕\n\n你好。\n\n下次会议：2020-04-06\n", "2020-04-06"},
		{"Japanese", "# 定例会 議事録 2020-03-02\n\n1. 開会\n\nこんにちは。\n\n次回：2020-04-06\n", "2020-04-06"},
	}
	for _, tt := range tests {
		rec := recordOf(t, "x.md", tt.text)
		var got []string
		for _, nm := range rec.NextMeetings {
			got = append(got, string(nm.Date))
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: next meetings %v, want [%s]", tt.name, got, tt.want)
		}
	}
}

// TestNextMeetingMonthOnly: a next meeting announced for a month alone,
// in the words of several languages, takes the first such month after
// this meeting.
func TestNextMeetingMonthOnly(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Dutch", "# Notulen bestuursvergadering 1 juni 2010\n\n1. Opening\n\nHallo.\n\nDe volgende bestuursvergadering zal ergens in september plaatsvinden.\n", "2010-09"},
		{"French, a month before this one's", "# Réunion du bureau du 2 octobre 2020\n\n1. Accueil\n\nBonjour.\n\nLa prochaine réunion aura lieu en mars.\n", "2021-03"},
		{"German", "# Protokoll der Vorstandssitzung vom 2. März 2020\n\n1. Begrüßung\n\nHallo.\n\nDie nächste Sitzung findet im Oktober statt.\n", "2020-10"},
		{"English", "# Board Meeting 2 March 2020\n\n1. Welcome\n\nHello.\n\nThe next meeting will be in September.\n", "2020-09"},
	}
	for _, tt := range tests {
		var got []string
		for _, nm := range recordOf(t, "x.md", tt.text).NextMeetings {
			got = append(got, string(nm.Date))
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: next meetings %v, want [%s]", tt.name, got, tt.want)
		}
	}
}
