package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindPreviousMinutes(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		name, file, text string
		meetingDate      String
		want             *PreviousMinutes
	}{
		{"tf-csirt-29-2010-hamburg.txt", "a.txt", "1. Approval of Minutes\nThe minutes of the last meeting held on 25 September 2009 were approved.\n2. Actions from last meeting\nDone.\n",
			"2010-01-25", &PreviousMinutes{Date: "2009-09-25", Approved: &yes}},
		{"friends-halesworth: date in the title, verdict in a sub-item", "a.txt", "1 Minutes of the meeting held 5th May 2015\n1.1 The minutes were accepted as a true and accurate record to be posted on the website.\n2. Matters Arising\n2.1 Ali informed the Trustees.\n",
			"2015-06-02", &PreviousMinutes{Date: "2015-05-05", Approved: &yes}},
		{"asf-board-minutes-2000-12-20.txt: two minutes, not approved", "a.txt", " 3. Minutes from the meetings of 22 October 2000 and 15 November 2000\n\n    Minutes were not approved at this meeting.\n\n 4. Officer Reports\n\n    None.\n",
			"2000-12-20", &PreviousMinutes{Date: "2000-11-15", Approved: &no}},
		{"chicago-ssa21: a bullet, month-first numbers", "a.txt", "Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)\n",
			"2018-01-29", &PreviousMinutes{Date: "2017-11-30", Approved: &yes}},
		{"nmnwse-board-minutes-2003-02-08.pdf: the verdict in the next sentence", "a.txt", "The meeting was called to order at 10:15 a.m.\nMinutes of the December 15, 2002, meeting were read. Kim moved to accept as they stand and Debby seconded; Approved.\n",
			"2003-02-08", &PreviousMinutes{Date: "2002-12-15", Approved: &yes}},
		{"nmnwse-board-minutes-2002-06-01.html: a date without a year, a motion passed", "a.txt", "SECRETARY'S REPORT - Alexine Salazar\nMinutes for the February 2 BOD meeting were amended as follows: Tinka corrected the amount.\nMotion to accept the minutes as amended was made by Yolanda, seconded by Carol; motion was passed.\nTREASURER'S REPORT - Yolanda Jones King\nNone.\n",
			"2002-06-01", &PreviousMinutes{Date: "2002-02-02", Approved: &yes}},
		{"openwis-steering-committee: a bare verdict", "a.md", "4. **Approval of previous minutes**\n\t1. Approved.\n5. **Review Action-tracker**\n\t1. PR - There is one outstanding action.\n",
			"2016-03-09", &PreviousMinutes{Approved: &yes}},
		{"cuyahoga agenda: a date, no verdict", "a.txt", "III. APPROVAL OF THE MINUTES\nJune 25, 2019\nIV. EXECUTIVE OFFICER REPORTS\nPresident’s Report\n",
			"2019-09-26", &PreviousMinutes{Date: "2019-06-25"}},
		{"Sainte-Adèle style French", "a.txt", "1. Adoption du procès-verbal de la séance du 16 mai 2023\nLe procès-verbal de la séance précédente est adopté.\n2. Varia\nRien.\n",
			"2023-06-20", &PreviousMinutes{Date: "2023-05-16", Approved: &yes}},
		{"German: the genitive 'des Protokolls'", "a.txt", "TOP 1: Begrüßung\nDer Vorsitzende begrüßt die Anwesenden.\nTOP 2: Genehmigung des Protokolls vom 8. Januar 2019\nDas Protokoll wird ohne Änderungen genehmigt.\n",
			"2019-03-12", &PreviousMinutes{Date: "2019-01-08", Approved: &yes}},
		{"a council's heading names this meeting's date; the resolution the earlier one", "a.txt", "Minutes of the meeting of Little Hampton Parish Council held on Monday 14 March 2022 at 7.30pm in the Village Hall.\n\n22/033 MINUTES\nRESOLVED that the minutes of the meeting held on 14 February 2022 be approved and signed as a correct record.\n\n22/034 PLANNING\nNo objection.\n",
			"2022-03-14", &PreviousMinutes{Date: "2022-02-14", Approved: &yes}},
		{"minutes to be approved later are no verdict", "a.txt", "The next newsletter will be generated as soon as the minutes from the August 2001 board meeting are approved.\n",
			"2001-10-21", nil},
		{"minutes that count time", "a.txt", "Mirror sites were updated with a few minutes' delay.\nThe meeting ended 30 minutes later and was approved by all.\n",
			"2006-01-23", nil},
		{"no minutes at all", "a.txt", "1. Welcome\nHello.\n2. Budget\nThe budget was approved.\n", "2010-01-25", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := linesOf(t, tt.file, tt.text)
			order := lex(lines).order
			got := findPreviousMinutes(splitItems(lexLines(lines)), Meeting{Date: tt.meetingDate}, order)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("previous minutes (-want +got):\n%s", diff)
			}
		})
	}
}
