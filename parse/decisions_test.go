package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

// votes builds a Votes for a test: counts below zero are "not given".
func votes(forCount, against, abstain int) *Votes {
	v := &Votes{}
	if forCount >= 0 {
		v.For = &forCount
	}
	if against >= 0 {
		v.Against = &against
	}
	if abstain >= 0 {
		v.Abstain = &abstain
	}
	return v
}

// unanimous is the Votes of a unanimous vote.
func unanimous() *Votes {
	yes := true
	return &Votes{Unanimous: &yes}
}

func TestFindDecisions(t *testing.T) {
	tests := []struct {
		name     string
		sections []section
		want     []Decision
	}{
		{
			// testdata/samples/tf-csirt-17-2006-amsterdam.txt: the meeting agrees;
			// people agreeing with an opinion or volunteering do not decide.
			name: "agreements",
			sections: []section{actSection("2", "Status of Actions",
				"Superseded. Gorazd Božič asked whether it would be better to form a committee. It was agreed to look for volunteers on case by case basis. Klaus-Peter Kossakowski agreed to be a point of contact for reviewing requests.\n\n"+
					"Done. It was agreed to subscribe liaisons from other initiatives to the TF-CSIRT mailing list.\n\n"+
					"Wilfried Wöber asked about the encrypted packets. Andrew Cormack agreed that this issue was not clarified.\n\n"+
					"The minutes of the last meeting held on 16 September 2005 were approved.\n\n"+
					"The ENISA office has been moved to Heraklion in September 2005. He has been appointed as senior expert.")},
			want: []Decision{
				{Text: "to look for volunteers on case by case basis", Item: "2", Kind: kindAgreement},
				{Text: "to subscribe liaisons from other initiatives to the TF-CSIRT mailing list", Item: "2", Kind: kindAgreement},
			},
		},
		{
			// The formal passive of a motion (generated: the corpus writes
			// motions actively), its outcome in the next sentence; a meeting
			// moved to another day is no motion.
			name: "it was moved by … that",
			sections: []section{actSection("3", "Treasurer's report",
				"After discussion, it was moved by Linda Chen and seconded by Pierre Lefèvre that the statements be accepted. Carried.\n\n"+
					"It was duly moved and seconded that the accounts be adopted. Carried unanimously.\n\n"+
					"The meeting was moved to Friday.\n")},
			want: []Decision{
				{Text: "After discussion, it was moved by Linda Chen and seconded by Pierre Lefèvre that the statements be accepted", Item: "3", Kind: kindMotion, Mover: "Linda Chen", Seconder: "Pierre Lefèvre"},
				{Text: "It was duly moved and seconded that the accounts be adopted", Item: "3", Kind: kindMotion, Votes: unanimous()},
			},
		},
		{
			// generated (a German Verein): the count on the line under a
			// Beschluss is its vote; a day written as an ordinal ("28.")
			// ends no sentence.
			name: "votes under a Beschluss, an ordinal day",
			sections: []section{actSection("6", "Erhöhung des Mitgliedsbeitrags",
				"Beschluss: Der Jahresbeitrag wird ab 1. Januar 2020 auf 135 € erhöht.\n\nJa: 14, Nein: 2, Enthaltungen: 1\n\nEs wurde vereinbart, dass das Anrudern am 28. April 2019 stattfindet.\n")},
			want: []Decision{
				{Text: "Der Jahresbeitrag wird ab 1. Januar 2020 auf 135 € erhöht", Item: "6", Kind: kindResolution, Votes: votes(14, 2, 1)},
				{Text: "dass das Anrudern am 28. April 2019 stattfindet", Item: "6", Kind: kindAgreement},
			},
		},
		{
			// generated (a UK parish council): a resolution is its sentence;
			// who proposed and how it was carried give its votes; a sentence
			// after them may decide on its own.
			name: "RESOLVED, then proposed, seconded and carried",
			sections: []section{actSection("22/038", "Jubilee celebrations",
				"RESOLVED that the Council contributes up to £500 towards the cost of the Jubilee picnic. Proposed by Cllr O'Neill, seconded by Cllr Marchetti and carried unanimously. It was agreed that Cllr Ashworth would join a working group.\n\n"+
					"RESOLVED that the Council raises no objection to the application. Proposed by Cllr Marchetti, seconded by Cllr O'Neill. Carried with 3 votes in favour, 0 against and 1 abstention.\n")},
			want: []Decision{
				{Text: "that the Council contributes up to £500 towards the cost of the Jubilee picnic", Item: "22/038", Kind: kindResolution, Votes: unanimous(), Mover: "Cllr O'Neill", Seconder: "Cllr Marchetti"},
				{Text: "that Cllr Ashworth would join a working group", Item: "22/038", Kind: kindAgreement},
				{Text: "that the Council raises no objection to the application", Item: "22/038", Kind: kindResolution, Votes: votes(3, 0, 1), Mover: "Cllr Marchetti", Seconder: "Cllr O'Neill"},
			},
		},
		{
			// generated: the minutes agreed as a correct record are
			// previous_minutes' business, not a decision.
			name:     "agreed as a correct record",
			sections: []section{actSection("1", "Minutes of the last meeting", "Agreed as a correct record.\n\nIt was agreed to hold a Christmas fair on 3 December.\n")},
			want:     []Decision{{Text: "to hold a Christmas fair on 3 December", Item: "1", Kind: kindAgreement}},
		},
		{
			// A US council (generated): "second by", the count after
			// "Motion carried"; the agenda's approval runs the meeting, a
			// consent agenda's decides its business.
			name: "motion by, second by",
			sections: []section{actSection("D", "CONSENT AGENDA",
				"Motion by Councilmember Ortega, second by Councilmember Sato, to approve the agenda as presented. Motion carried 5-0.\n\n"+
					"Motion by Councilmember Ruiz-Hölzel, seconded by Councilmember O'Neill, to award the contract to Kessler & Søn. Motion carried 5-0.\n\n"+
					"Motion by Councilmember Whitfield, second by Councilmember Kowalczyk, to approve the consent agenda. Motion carried 4-1 (Sato opposed).\n")},
			want: []Decision{
				{Text: "Motion by Councilmember Ruiz-Hölzel, seconded by Councilmember O'Neill, to award the contract to Kessler & Søn", Item: "D", Kind: kindMotion, Votes: votes(5, 0, -1), Mover: "Councilmember Ruiz-Hölzel", Seconder: "Councilmember O'Neill"},
				{Text: "Motion by Councilmember Whitfield, second by Councilmember Kowalczyk, to approve the consent agenda", Item: "D", Kind: kindMotion, Votes: votes(4, 1, -1), Mover: "Councilmember Whitfield", Seconder: "Councilmember Kowalczyk"},
			},
		},
		{
			// oasis-csaf-tc-minutes-2016-11-16-inaugural.html, item 9: a
			// nomination and election in one sentence.
			name:     "nominated and elected",
			sections: []section{actSection("9", "Assignment of Other Responsibilities", "Stefan Hagen was nominated for committee secretary and elected without objection.\n")},
			want:     []Decision{{Text: "Stefan Hagen was nominated for committee secretary and elected without objection", Item: "9", Kind: kindElection, Votes: unanimous()}},
		},
		{
			// enisa-rsit-wg-2021-01-26-online.md: a body deciding, in the
			// present tense.
			name:     "the group agrees",
			sections: []section{actSection("", "Review of pull requests", "Explains that ENISA provides the tools and support. Also asks how this pull should be handled.\nGroup agrees to remove the logo on a separate pull.\n")},
			want:     []Decision{{Text: "to remove the logo on a separate pull", Item: "Review of pull requests", Kind: kindAgreement}},
		},
		{
			// suffolk-libraries-agm-minutes-2014-09-11.pdf, item 5: the last
			// clause records the approval; the proposer and seconder below
			// make it a motion.
			name: "approval with its proposer and seconder",
			sections: []section{actSection("5", "Accounts 2013/14", "Anne Mallalieu (Honorary Secretary) presented and gave an explanation of the Year End Accounts, there were no questions and the accounts were accepted and approved:\n\n"+
				"Proposer: Gareth Jones (Westbourne)\nSeconder: Sue Buck (Suffolk Libraries Board).\n")},
			want: []Decision{{Text: "the accounts were accepted and approved", Item: "5", Kind: kindMotion, Mover: "Gareth Jones", Seconder: "Sue Buck"}},
		},
		{
			// suffolk-libraries-board-minutes-2013-02-26.pdf, item 4:
			// appointing in general elects no one.
			name:     "appointed persons are no election",
			sections: []section{actSection("4", "Minutes of 24th January 2013", "The board accepted that having appointed persons for all libraries was in accordance with the guidance and the professional advice received.\n")},
			want:     []Decision{{Text: "that having appointed persons for all libraries was in accordance with the guidance and the professional advice received", Item: "4", Kind: kindAgreement}},
		},
		{
			// txt/asf-board-minutes-2002-10-09.txt, item 3.
			name: "votes, tallies and a resolution",
			sections: []section{actSection("3", "Special Orders",
				"A) The Board was required to appoint a Director to fill the position\nvacated by Randy.  By unanimous vote, Bill Stoddard was appointed to the\nBoard Of Directors.\n\n"+
					"B) Appoint an Assistant Treasurer\n\nA vote was held for the appointment of Assistant Treasurer with the\nfollowing results:\n\n"+
					"   Chuck:   5\n   Ken:     3\n   Abstain: 0\n\nTherefore, Chuck was appointed Assistant Treasurer.  All\ndirectors thanked Randy for his hard work.\n\n"+
					"C) Vote on ApacheCon hardship cases\n\nFurther discussion was held.  By a vote of 6-Yea, 2-Nay,\n0-Abstain, the Concom was allocated a budget of $5000 (US).\n\n"+
					"D) Establish the Apache Security Team.\nThe following resolution was proposed:\n\n"+
					"  WHEREAS, the Board of Directors deems it to be in the best interests of the Foundation.\n\n"+
					"  NOW, THEREFORE, BE IT RESOLVED, that an ASF Board Committee\n  be and hereby is established; and be it\n  further\n\n"+
					"  RESOLVED, that the persons listed immediately below be and\n  hereby are appointed to serve as the initial members:\n\n"+
					"      Ben Laurie (chair)\n      Mark Cox\n\n"+
					"By unanimous vote, the above resolution passed.\n\n"+
					"E) It was agreed that it still made sense for the Treasurer to also chair this committee.")},
			want: []Decision{
				{Text: "Bill Stoddard was appointed to the Board Of Directors", Item: "3", Kind: kindElection, Votes: unanimous()},
				// A tally per candidate is no for/against (testdata/CONVENTIONS.md).
				{Text: "Chuck was appointed Assistant Treasurer", Item: "3", Kind: kindElection},
				{Text: "the Concom was allocated a budget of $5000 (US)", Item: "3", Kind: kindMotion, Votes: votes(6, 2, 0)},
				{Text: "that an ASF Board Committee be and hereby is established; and be it further RESOLVED, that the persons listed immediately below be and hereby are appointed to serve as the initial members: Ben Laurie (chair) Mark Cox",
					Item: "3", Kind: kindResolution, Votes: unanimous()},
				{Text: "that it still made sense for the Treasurer to also chair this committee", Item: "3", Kind: kindAgreement},
			},
		},
		{
			// txt/asf-board-minutes-2000-12-20.txt: the header names the
			// resolution, the outcome comes after a rule line.
			name: "resolution header",
			sections: []section{actSection("6", "Special Orders",
				"====== Resolution R1: [Roy]\n\nWHEREAS, the Board of Directors deems it to be in the best interests.\n\n"+
					"NOW, THEREFORE, BE IT RESOLVED, that a Project Management\nCommittee, to be known as the \"APR Committee\", be and hereby is\nestablished pursuant to Bylaws of the Foundation.\n\n======\n\nBy unanimous consult, Resolution R1 Passes.")},
			want: []Decision{{ID: "R1", Text: `that a Project Management Committee, to be known as the "APR Committee", be and hereby is established pursuant to Bylaws of the Foundation`,
				Item: "6", Kind: kindResolution, Votes: unanimous()}},
		},
		{
			// md/openwis-annual-meeting-2017-03-23-toulouse.md and
			// md/openwis-steering-committee-2016-03-09.md: coded resolutions.
			name: "coded resolutions",
			sections: []section{actSection("5", "Outstanding actions",
				"9. RES-OWIS-BM-2017-01: Vote: 5-0 in favour – Divide up the agenda for future annual meetings. OWIS-RES\n"+
					"23. RES-OWIS-BM-2017-02: Vote: 5-0 - in favour - Internal Rule change on funding projects. OWIS-RES\n"+
					"1. RES-OWIS-SC-2016-02:Resolution: vote: 7-0 in favour - JT is elected as SC-Chair. OWIS-RES\n"+
					"65. RES-OWIS-SC-2016-11:Resolution: vote:  6 in favour, 0 against and 1 abstained - Recommended to Board - clarification: eligible to be in TC. OWIS-RES")},
			want: []Decision{
				{ID: "RES-OWIS-BM-2017-01", Text: "Divide up the agenda for future annual meetings", Item: "5", Kind: kindResolution, Votes: votes(5, 0, -1)},
				{ID: "RES-OWIS-BM-2017-02", Text: "Internal Rule change on funding projects", Item: "5", Kind: kindResolution, Votes: votes(5, 0, -1)},
				{ID: "RES-OWIS-SC-2016-02", Text: "JT is elected as SC-Chair", Item: "5", Kind: kindElection, Votes: votes(7, 0, -1)},
				{ID: "RES-OWIS-SC-2016-11", Text: "Recommended to Board - clarification: eligible to be in TC", Item: "5", Kind: kindResolution, Votes: votes(6, 0, 1)},
			},
		},
		{
			// txt/w3c-tag-2014-09-29-london-irc.txt: a proposal, then the resolution.
			name: "scribed resolution",
			sections: []section{
				actSection("1", "Secure origins",
					"11:16:56 <dka> PROPOSED RESOLUTION: We support efforts by browser vendors to restrict privacy-sensitive features to secure origins.\n"+
						"11:22:19 <dka> RESOLUTION: We support efforts by browser vendors to restrict privacy-sensitive features to secure origins. This includes ones that have not historically been restricted as such."),
				// md/w3c-tag-2014-09-29-london-minutes.md renders the same line so.
				actSection("2", "Promises guide", "> **dka** RESOLUTION: pending a couple of document boilerplate changes we agree that the Promises Guide is a published finding of the TAG."),
				// A summary outside the items repeats the first.
				{lines: lexLines(actLines("Summary of Resolutions\n\nRESOLUTION: We support efforts by browser vendors to restrict privacy-sensitive features to secure origins. This includes ones that have not historically been restricted as such."))},
			},
			want: []Decision{
				{Text: "We support efforts by browser vendors to restrict privacy-sensitive features to secure origins. This includes ones that have not historically been restricted as such", Item: "1", Kind: kindResolution},
				{Text: "pending a couple of document boilerplate changes we agree that the Promises Guide is a published finding of the TAG", Item: "2", Kind: kindResolution},
			},
		},
		{
			// pdf/sainte-adele-comite-demolition-pv-2023-06-20.pdf (as pdftotext
			// -layout reads it): a French resolution; the agenda is procedure.
			name: "résolution",
			sections: []section{
				actSection("2", "Adoption de l’ordre du jour", "L’ordre du jour de la séance est adopté."),
				actSection("4", "Demande de démolition", "Résolution DM-2023-001\n\nATTENDU la demande 2023-0379, visant la démolition partielle d’un\nbâtiment;\n\n"+
					"IL EST RÉSOLU À L’UNANIMITÉ\n\nD’APPROUVER la demande de démolition partielle, soit de la partie arrière\ndu bâtiment situé au 1069, boulevard de Sainte-Adèle.\n\n5. LEVÉE DE LA SÉANCE"),
			},
			want: []Decision{{ID: "DM-2023-001", Text: "D’APPROUVER la demande de démolition partielle, soit de la partie arrière du bâtiment situé au 1069, boulevard de Sainte-Adèle",
				Item: "4", Kind: kindResolution, Votes: unanimous()}},
		},
		{
			// html/nmnwse-board-minutes-2002-06-01.html, pdf/nmnwse-board-minutes-2005-12-17.pdf,
			// pdf/nmnwse-board-minutes-2003-02-08.pdf: motions, and the
			// motions that only run the meeting.
			name: "motions",
			sections: []section{actSection("1", "Minutes",
				"Motion to accept the minutes as amended was made by Yolanda, seconded by Carol; motion was passed.\n\n"+
					"A motion to accept the Treasurer's report was made by Alexine, seconded by Yolanda; motion was passed.\n\n"+
					"Dana proposed and Betsy seconded to give 3 awards of $25.00, a bag, knowledge cards and career book. Betsy will be a judge. Passed unanimously.\n\n"+
					"Minutes of the December 15, 2002, meeting were read. Kim moved to accept as they\nstand and Debby seconded; Approved.\n\n"+
					"Treasurer’s report was presented, Janie moved to accept and Catherine seconded;\nApproved.\n\n"+
					"Sam moved to buy a new projector. Jo seconded. The motion failed.\n\n"+
					"Lee moved to hire a caterer. No vote was taken.\n\n"+
					"Moved by Jane Doe, seconded by John Roe, that the fee be raised to $20. Carried 5-2.\n\n"+
					"A motion to adjourn without objections was made by Carol at 12:05pm.")},
			want: []Decision{
				// A motion's text is its sentence as written.
				{Text: "A motion to accept the Treasurer's report was made by Alexine, seconded by Yolanda; motion was passed", Item: "1", Kind: kindMotion, Mover: "Alexine", Seconder: "Yolanda"},
				{Text: "Dana proposed and Betsy seconded to give 3 awards of $25.00, a bag, knowledge cards and career book", Item: "1", Kind: kindMotion, Votes: unanimous(), Mover: "Dana", Seconder: "Betsy"},
				{Text: "Treasurer’s report was presented, Janie moved to accept and Catherine seconded; Approved", Item: "1", Kind: kindMotion, Mover: "Janie", Seconder: "Catherine"},
				{Text: "Moved by Jane Doe, seconded by John Roe, that the fee be raised to $20", Item: "1", Kind: kindMotion, Votes: votes(5, 2, -1), Mover: "Jane Doe", Seconder: "John Roe"},
			},
		},
		{
			// pdf/oasis-csaf-tc-minutes-2018-08-29-meeting-18.pdf: a labelled
			// motion decided two lines later; one never voted on.
			name: "labelled motion",
			sections: []section{actSection("5", "CSAF 2.0", "Propose a motion: CSAF 2.0 JSON representation, identify a single language per document. Should adopt a language per document.\n\n"+
				"Denny seconded.\nMotion passed.\n\nMotion: to meet weekly.\n\nEric Johnson seconds\n\nWe will discuss it next time.")},
			want: []Decision{{Text: "CSAF 2.0 JSON representation, identify a single language per document. Should adopt a language per document", Item: "5", Kind: kindMotion}},
		},
		{
			// Forms of other languages and layouts: a motion with its mover
			// and seconder as labels, a French body deciding, a resolution in
			// lower case.
			name: "labels and languages",
			sections: []section{actSection("2", "Budget",
				"Motion: That the budget for 2019 be approved.\nMoved: Jane Doe\nSeconded: John Roe\nCarried.\n\n"+
					"Le comité a décidé de reporter la décision à la prochaine séance.\n\n"+
					"Il est résolu que le procès-verbal de la séance soit publié.\n\n"+
					"Der Vorstand beschließt, den Beitrag zu erhöhen.")},
			want: []Decision{
				{Text: "That the budget for 2019 be approved", Item: "2", Kind: kindMotion, Mover: "Jane Doe", Seconder: "John Roe"},
				{Text: "de reporter la décision à la prochaine séance", Item: "2", Kind: kindAgreement},
				{Text: "que le procès-verbal de la séance soit publié", Item: "2", Kind: kindResolution},
				// No "to"/"that"/"for" lead-in: the sentence stays whole.
				{Text: "Der Vorstand beschließt, den Beitrag zu erhöhen", Item: "2", Kind: kindAgreement},
			},
		},
		{
			// pdf/chicago-ssa21-commission-minutes-2018-01-29.pdf: who moved and
			// seconded in brackets after the subject.
			name: "commission lines",
			sections: []section{actSection("", "", "\uf0b7 Meeting called to order at 9:08am – M. Prest (motion), C. Dallas (second)\n"+
				"\uf0b7 Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)\n"+
				"\uf0b7 2017/18 Financials approved – B. Munro (motion), C. Dallas (second)\n"+
				"o APPROVED – 2018 Meetings Calendar\no APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)")},
			want: []Decision{
				{Text: "2017/18 Financials approved – B. Munro (motion), C. Dallas (second)", Kind: kindMotion, Mover: "B. Munro", Seconder: "C. Dallas"},
				{Text: "APPROVED – 2018 Meetings Calendar", Kind: kindAgreement},
				{Text: "APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)", Kind: kindMotion, Mover: "B. Munro", Seconder: "Z. Maiorca"},
			},
		},
		{
			// pdf/suffolk-libraries-board-minutes-2012-09-11.pdf and
			// pdf/friends-halesworth-library-trustees-minutes-2015-06-02.pdf.
			// "It had been agreed" recalls an earlier decision.
			name: "boards and subjectless",
			sections: []section{actSection("7", "Finance",
				"The Board agreed to adopt the Financial regulations as presented.\n\n"+
					"The minutes were agreed for accuracy subject to the following changes:\n\n"+
					"It had been agreed to reformat the minutes of 5th July and bring them to the next Board Meeting.\n\n"+
					"It was agreed that to split the meeting into Part A and Part B.\n\n"+
					"11.4 Ali advised that our people counter has started to fail. Agreed that we should purchase a new one for £200.\n\n"+
					"JT - We agreed last year that projects could choose any licence.\n\n"+
					"3.1 Mike agreed to take on the role in addition to being the secretary. The Trustees paid their thanks.\n\n"+
					"Klaus-Peter Kossakowski agreed to be a point of contact for reviewing requests.\n\n"+
					"ALL decided for string and created license file\n\n"+
					"It was not agreed whether to extend the lease.")},
			want: []Decision{
				{Text: "to adopt the Financial regulations as presented", Item: "7", Kind: kindAgreement},
				{Text: "that to split the meeting into Part A and Part B", Item: "7", Kind: kindAgreement},
				{Text: "that we should purchase a new one for £200", Item: "7", Kind: kindAgreement},
				{Text: "Mike agreed to take on the role in addition to being the secretary", Item: "7", Kind: kindElection},
				{Text: "ALL decided for string and created license file", Item: "7", Kind: kindAgreement},
			},
		},
		{
			// md/ecma-tc39-notes-2019-06-04-berlin.md, md/nodejs-tsc-minutes-2015-06-03.md
			// and md/enisa-rsit-wg-2018-09-26-vilnius.md.
			name: "headings, asides and approvals",
			sections: []section{
				{lines: lexLines(append(actLines("#### Conclusion/Resolution\n\n- Consensus for Stage 2\n- Reviewers:\n  - Daniel Ehrenberg\n- [slides](https://example.org/slides)\n\n"+
					"#### Notes\n- KG: we have consensus on nothing"), document.Line{}))},
				actSection("", "Chrome 43 released", "Mikeal: that seems bad\n\n(General agreement that we want nan to release first.)\n\nCLA: Decided to throw typeerror in this specific case."),
				actSection("", "Use expanded predicates in human format output #12", "See thread at https://github.com/x/pull/12/commits/\n- [X] Approved – see thread there."),
			},
			want: []Decision{
				{Text: "Consensus for Stage 2", Kind: kindAgreement},
				{Text: "that we want nan to release first", Item: "Chrome 43 released", Kind: kindAgreement},
				// The line is all the minutes write (testdata/CONVENTIONS.md).
				{Text: "Approved – see thread there", Item: "Use expanded predicates in human format output #12", Kind: kindAgreement},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findDecisions(tt.sections)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findDecisions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindVotes(t *testing.T) {
	tests := []struct {
		in   string
		want *Votes
	}{
		{"7 in favour, 1 abstention", votes(7, -1, 1)},
		{"vote: 6 in favour, 0 against and 1 abstained", votes(6, 0, 1)},
		{"Vote: 5-0 in favour", votes(5, 0, -1)},
		{"Vote: 5-0 - in favour", votes(5, 0, -1)},
		{"The motion carried (7-0-1).", votes(7, 0, 1)},
		{"By a vote of 6-Yea, 2-Nay, 0-Abstain", votes(6, 2, 0)},
		{"Ayes: 5, Nays: 0", votes(5, 0, -1)},
		{"Pour : 7, Contre : 0, Abstentions : 2", votes(7, 0, 2)},
		{"le budget est approuvé (6 voix pour, 1 abstention)", votes(6, -1, 1)},
		{"carried with 12 votes for and 3 votes against", votes(12, 3, -1)},
		{"seven in favour, none against", votes(7, 0, -1)},
		{"Vote: Yes 5, No 2", votes(5, 2, -1)},
		{"The motion was carried by 12 votes to 3.", votes(12, 3, -1)},
		{"We agreed to allocate one for each chapter.", nil},
		{"Motion carried unanimously", unanimous()},
		{"By unanimous vote, the above resolution passed.", unanimous()},
		{"IL EST RÉSOLU À L’UNANIMITÉ", unanimous()},
		{"Unanimous consent, the motion carries", unanimous()},
		{"approved without objection", unanimous()},
		{"einstimmig angenommen", unanimous()},
		{"The budget for 2016-2021 was discussed.", nil},
		{"We met from 9-12 in room 3.", nil},
		{"It was agreed to look for volunteers.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, findVotes(tt.in)); diff != "" {
			t.Errorf("findVotes(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestReadTally(t *testing.T) {
	tl := readTally("Chuck: 5 Ken: 3 Abstain: 0") // txt/asf-board-minutes-2002-10-09.txt
	if tl == nil {
		t.Fatal("readTally found no tally")
	}
	if !tl.names("Therefore, Chuck was appointed") || tl.names("Nobody was appointed") {
		t.Errorf("names: want Chuck named, nobody else")
	}
	for _, p := range []string{"Date: 12 May 2010", "Time: 10:30 Place: Room 2 and more words", "Chuck: 5"} {
		if readTally(p) != nil {
			t.Errorf("readTally(%q) found a tally", p)
		}
	}
}
