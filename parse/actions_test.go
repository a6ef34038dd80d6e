package parse

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

// actLines makes lines the way readers and normalize give them: an empty
// line is Blank, "#"s start a Heading of that level, "|a|b|" is a TableRow
// with its cells, "- "/"* " start a ListItem; the rest is Prose.
func actLines(text string) []document.Line {
	var out []document.Line
	for i, t := range strings.Split(text, "\n") {
		l := document.Line{Text: t, Num: i + 1}
		trimmed := strings.TrimSpace(t)
		switch {
		case trimmed == "":
			l.Kind = document.Blank
		case strings.HasPrefix(trimmed, "#"):
			l.Kind = document.Heading
			l.Level = len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			l.Text = strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
		case strings.HasPrefix(trimmed, "|"):
			l.Kind = document.TableRow
			for _, c := range strings.Split(strings.Trim(trimmed, "|"), "|") {
				l.Cells = append(l.Cells, strings.TrimSpace(c))
			}
		case strings.HasPrefix(trimmed, "- "), strings.HasPrefix(trimmed, "* "):
			l.Kind = document.ListItem
		}
		out = append(out, l)
	}
	return out
}

// actSection is a section under item number/title holding text's lines.
func actSection(number, title, text string) section {
	return section{item: &Item{Number: String(number), Title: String(title)}, lines: lexLines(actLines(text))}
}

func TestSplitOwnerTask(t *testing.T) {
	tests := []struct {
		name, in    string
		bare        bool
		owner, task string
		ok          bool
	}{
		// testdata/samples/tf-csirt-17-2006-amsterdam.txt
		{"dash", "Gorazd Božič – to inform APCERT that Jacques Schuurman from SURFnet-CERT has been appointed.", false,
			"Gorazd Božič", "to inform APCERT that Jacques Schuurman from SURFnet-CERT has been appointed", true},
		{"dash, diacritics", "Baiba Kaškina – to ask Don Stikvoort if the e-coat forum would organise a workshop", false,
			"Baiba Kaškina", "to ask Don Stikvoort if the e-coat forum would organise a workshop", true},
		{"owner in brackets after an id", "(Jean-Baptiste): draft the schema section", false, "Jean-Baptiste", "draft the schema section", true},
		// generated: handles and labelled owners, as GitHub-style notes write them
		{"handle and colon", "@chiara: file issues for the two blockers", false, "@chiara", "file issues for the two blockers", true},
		{"handle to verb", "@ben-k to rerun the benchmarks", false, "@ben-k", "to rerun the benchmarks", true},
		{"handle in brackets", "Update the roadmap page (@noor)", false, "@noor", "Update the roadmap page", true},
		{"place in brackets", "Meet the vendor (Brussels)", false, "", "Meet the vendor (Brussels)", false},
		{"owner label after the task", "Publish the notes — owner: Léa Martin", false, "Léa Martin", "Publish the notes", true},
		{"email is no handle", "Write to info@example.org about the venue", false, "", "Write to info@example.org about the venue", false},
		// testdata/samples/tf-csirt-29-2010-hamburg.txt
		{"to verb", "Lionel Ferette to circulate some ideas about drill exercises on the mailing list.", false,
			"Lionel Ferette", "to circulate some ideas about drill exercises on the mailing list", true},
		// md/openwis-action-tracker-2016-09-13.md
		{"initials with slashes", "LM/NM/GT/DP/DG - Join the GeoNetworks developer mail-list.", false,
			"LM/NM/GT/DP/DG", "Join the GeoNetworks developer mail-list", true},
		{"colon", "RGb: draft a User Story for the User Portal subscription process.", false,
			"RGb", "draft a User Story for the User Portal subscription process", true},
		{"bracketed aside", "JT (through Michael Robbins) get legal advice on whether the articles shelter the contributors", true,
			"JT", "(through Michael Robbins) get legal advice on whether the articles shelter the contributors", true},
		{"attached bracket", "WQ(TC) - Define the roles in the development process - see JT doc", false,
			"WQ(TC)", "Define the roles in the development process - see JT doc", true},
		{"modal", "MDA/JT will award Leon a certificate as formal recognition of his contribution.", false,
			"MDA/JT", "will award Leon a certificate as formal recognition of his contribution", true},
		{"capitalised verb after initials", "MGo/LM Set up OpenWIS v4 on the MF cloud servers", true,
			"MGo/LM", "Set up OpenWIS v4 on the MF cloud servers", true},
		// md/enisa-rsit-wg-2018-09-26-vilnius.md
		{"has to", "CERT-Bund has to pull request deletion for Malware DGA Domain", false,
			"CERT-Bund", "has to pull request deletion for Malware DGA Domain", true},
		{"organisations joined", "ENISA and CERT.AT to set up GitHub account", false,
			"ENISA and CERT.AT", "to set up GitHub account", true},
		{"bare verb after acronym", "ALL pull changes by individual line", true, "ALL", "pull changes by individual line", true},
		// pdf/nmnwse-board-minutes-2016-02-13.pdf
		{"bare verb after name", "Rebecca look into PayPal", true, "Rebecca", "look into PayPal", true},
		{"bare verb not allowed", "Rebecca look into PayPal", false, "", "Rebecca look into PayPal", false},
		// pdf/nmnwse-board-minutes-2005-12-17.pdf: the text as written after the owner
		{"needs to", "Dana needs to finalize state licensing information", false, "Dana", "needs to finalize state licensing information", true},
		{"particle", "Bob van der Kamp to send the slides", false, "Bob van der Kamp", "to send the slides", true},
		{"owner in brackets", "Update the wiki page (JT).", false, "JT", "Update the wiki page", true},
		// negatives: sentences that name a person but assign nothing
		{"opinion", "Andrew Cormack agreed that this issue was not clarified.", false, "", "Andrew Cormack agreed that this issue was not clarified", false},
		{"presentation", "Martin Peterka gave a presentation about CZ.NIC", true, "", "Martin Peterka gave a presentation about CZ.NIC", false},
		{"sentence start", "The minutes – as circulated – were approved.", false, "", "The minutes – as circulated – were approved", false},
		{"place in brackets", "Meet at the office (Brussels)", false, "", "Meet at the office (Brussels)", false},
		// Under an action heading a person's name in brackets ends the task,
		// in any language; elsewhere only initials do (the row above).
		{"name in brackets, Portuguese", "Confirmar transferência do caixa (Otávio)", true, "Otávio", "Confirmar transferência do caixa", true},
		{"name in brackets, Spanish", "Enviar el acta a la junta (María López)", true, "María López", "Enviar el acta a la junta", true},
		{"name in brackets, German", "Raum für März buchen (Jana Novak)", true, "Jana Novak", "Raum für März buchen", true},
		{"do is no verb after a noun", "Criação do gerenciador de senhas", true, "", "Criação do gerenciador de senhas", false},
		{"owner label in French", "Envoyer le compte rendu (responsable : Léa Martin)", false, "Léa Martin", "Envoyer le compte rendu", true},
		{"owner label in Portuguese", "Publicar a ata — responsável: Ana Souza", false, "Ana Souza", "Publicar a ata", true},
		{"verb first", "Update – the list is long", false, "", "Update – the list is long", false},
		// md/enisa-rsit-wg-2021-01-26-online.md: a report, not a task
		{"third person", "CERT-AT proposes to create a single pull request", true, "", "CERT-AT proposes to create a single pull request", false},
		// md/openwis-annual-meeting-2017-03-23-toulouse.md: an id is no owner
		{"resolution id", "RES-OWIS-BM-2017-01: Vote: 5-0 in favour – Divide up the agenda", true, "", "RES-OWIS-BM-2017-01: Vote: 5-0 in favour – Divide up the agenda", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			owner, task, ok := splitOwnerTask(tt.in, tt.bare)
			if owner != tt.owner || task != tt.task || ok != tt.ok {
				t.Errorf("splitOwnerTask(%q) = %q, %q, %v; want %q, %q, %v", tt.in, owner, task, ok, tt.owner, tt.task, tt.ok)
			}
		})
	}
}

func TestLeadingStatus(t *testing.T) {
	tests := []struct {
		in     string
		status String
		rest   string
		ok     bool
	}{
		{"Done.", statusDone, "", true},
		{"Done, an application was currently being discussed.", statusDone, "an application was currently being discussed.", true},
		{"Superseded. Gorazd Božič asked whether it would be better", statusSuperseded, "Gorazd Božič asked whether it would be better", true},
		{"Ongoing.", statusOngoing, "", true},
		{"CLOSED", statusDone, "", true},
		{"Completed", statusDone, "", true},
		{"Action complete", statusDone, "", true},            // pdf/uob-computer-science-society-committee-minutes-2024-07-09.pdf
		{"Action carried forwards", statusOngoing, "", true}, // same document
		{"In progress - waiting for the vendor", statusOngoing, "waiting for the vendor", true},
		{"Status: cancelled", statusCancelled, "", true},
		{"En cours.", statusOngoing, "", true},
		{"Erledigt", statusDone, "", true},
		{"Withdrawn (no longer needed)", statusCancelled, "(no longer needed)", true},
		{"Open Actions", "", "", false},   // a heading, not a status
		{"Done by Friday", "", "", false}, // a deadline
		{"Donesk", "", "", false},
		{"The action is done.", "", "", false},
	}
	for _, tt := range tests {
		status, rest, ok := leadingStatus(tt.in)
		if status != tt.status || rest != tt.rest || ok != tt.ok {
			t.Errorf("leadingStatus(%q) = %q, %q, %v; want %q, %q, %v", tt.in, status, rest, ok, tt.status, tt.rest, tt.ok)
		}
	}
}

func TestCutTrailingStatus(t *testing.T) {
	tests := []struct {
		in, task string
		status   String
	}{
		{"to circulate some ideas about drill exercises on the mailing list. Done.", "to circulate some ideas about drill exercises on the mailing list.", statusDone},
		{"to ask TERENA whether they can apply. Done, an application was currently being discussed.", "to ask TERENA whether they can apply.", statusDone},
		{"to update the wiki (done)", "to update the wiki", statusDone},
		{"to update the wiki – ONGOING", "to update the wiki", statusOngoing},
		{"to update the wiki (see item 4)", "to update the wiki (see item 4)", ""},
		{"to meet Mr. Done. Then decide.", "to meet Mr. Done. Then decide.", ""},
	}
	for _, tt := range tests {
		task, status := cutTrailingStatus(tt.in)
		if task != tt.task || status != tt.status {
			t.Errorf("cutTrailingStatus(%q) = %q, %q; want %q, %q", tt.in, task, status, tt.task, tt.status)
		}
	}
}

func TestOneEditAway(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"acion", "action", true}, {"actoin", "action", true}, {"axtion", "action", true},
		{"actions", "action", true}, {"action", "action", false}, {"notes", "action", false},
		{"motion", "action", false}, {"acton", "action", true}, {"ation", "action", true},
	}
	for _, tt := range tests {
		if got := oneEditAway(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEditAway(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestClassifyID(t *testing.T) {
	tests := []struct {
		tok  string
		kind idKind
		ok   bool
	}{
		{"27.2", idAny, true},
		{"16-01", idAny, true},
		{"2016-07", idAny, true},
		{"ACT-OWIS-TC-2016-47", idAction, true},
		{"Action-BM-2017-03", idAction, true},
		{"RES-OWIS-BM-2017-09", idResolution, true},
		{"DM-2023-001", idAny, true},
		{"R1", idAny, true},
		{"#12", idAny, true},
		{"2016-09-13", idAny, false}, // a date
		{"25/01/2010", idAny, false},
		{"Lionel", idAny, false},
		{"CZ.NIC", idAny, false},
	}
	for _, tt := range tests {
		kind, ok := classifyID(tt.tok)
		if kind != tt.kind || ok != tt.ok {
			t.Errorf("classifyID(%q) = %v, %v; want %v, %v", tt.tok, kind, ok, tt.kind, tt.ok)
		}
	}
	same := [][2]String{{"17.01", "17-01"}, {"16-4", "16-04"}, {"ACT-OWIS-TC-2016-47", "act_owis_tc_2016_47"}}
	for _, p := range same {
		if idKey(p[0]) != idKey(p[1]) {
			t.Errorf("idKey(%q) != idKey(%q)", p[0], p[1])
		}
	}
	if idKey("17.01") == idKey("17.10") {
		t.Errorf("idKey(17.01) == idKey(17.10)")
	}
}

func TestFindActions(t *testing.T) {
	tests := []struct {
		name     string
		sections []section
		want     []Action
	}{
		{
			// testdata/samples/tf-csirt-17-2006-amsterdam.txt, item 2: status on
			// the next paragraph; what follows the status word is discussion.
			name: "status paragraphs",
			sections: []section{actSection("2", "Approval of the Minutes and Status of Actions from the last meeting",
				"The minutes of the last meeting held on 16 September 2005 were approved.\n\nAction items:\n\n"+
					"16-01 Gorazd Božič – to inform APCERT that Jacques Schuurman from SURFnet-CERT has been appointed as the liaison from the TF-CSIRT side.\n\nDone.\n\n"+
					"16-02 Gorazd Božič – to ask on the mailing list for volunteers to review the CERT-CC CSIRT Development Team documents and to inform Robin Ruefle about the results.\n\n"+
					"Superseded. Gorazd Božič asked whether it would be better to form a committee. It was agreed to look for volunteers on case by case basis.\n\n"+
					"16-04 Christoph Graf – to inform the TF-CSIRT group when the GN2 JRA2 deliverables are publicly available.\n\nOngoing.\n\n"+
					"15-01 Don Stikvoort – to give a presentation about the issues e-coat is working on.\n")},
			want: []Action{
				{ID: "16-01", Owner: "Gorazd Božič", Text: "to inform APCERT that Jacques Schuurman from SURFnet-CERT has been appointed as the liaison from the TF-CSIRT side", Status: statusDone, Item: "2"},
				{ID: "16-02", Owner: "Gorazd Božič", Text: "to ask on the mailing list for volunteers to review the CERT-CC CSIRT Development Team documents and to inform Robin Ruefle about the results", Status: statusSuperseded, Item: "2"},
				{ID: "16-04", Owner: "Christoph Graf", Text: "to inform the TF-CSIRT group when the GN2 JRA2 deliverables are publicly available", Status: statusOngoing, Item: "2"},
				{ID: "15-01", Owner: "Don Stikvoort", Text: "to give a presentation about the issues e-coat is working on", Item: "2"},
			},
		},
		{
			// generated: a plain-text table of action points under its
			// header, numbers in the task cell; matters arising report the
			// state of two of them in prose.
			name: "action points table and status reports",
			sections: []section{
				actSection("2", "Matters arising", "Action 14 (website update) is complete. Action 15 remains open.\n"),
				{item: &Item{Number: "4", Title: "Fundraising"}, lines: lexLines([]document.Line{
					{Kind: document.Prose, Text: "Action points"},
					row("Action", "Who", "Status"),
					row("14. Update the website with the new opening hours", "Colin Fraser", "Done"),
					row("16. Book the church hall", "Renée Dubois", "New"),
				})},
			},
			want: []Action{
				{ID: "14", Owner: "Colin Fraser", Text: "Update the website with the new opening hours", Status: statusDone, Item: "2"},
				{ID: "15", Status: statusOpen, Item: "2"},
				{ID: "16", Owner: "Renée Dubois", Text: "Book the church hall", Status: statusOpen, Item: "4"},
			},
		},
		{
			// generated: "AI:" for an action item, an id with its owner in
			// brackets; "AI" in prose is no action.
			name: "AI keyword",
			sections: []section{actSection("1", "Schema",
				"AI(Jan): follow up with VMware on the fix\n\nAI-12 (Jean-Baptiste): draft the schema section - done.\n\nAI: Hiroshi Tanaka - update the editor's draft.\n\nAI is a hot topic in this group.\n")},
			want: []Action{
				{Owner: "Jan", Text: "follow up with VMware on the fix", Status: statusOpen, Item: "1"},
				{ID: "AI-12", Owner: "Jean-Baptiste", Text: "draft the schema section", Status: statusDone, Item: "1"},
				{Owner: "Hiroshi Tanaka", Text: "update the editor's draft", Status: statusOpen, Item: "1"},
			},
		},
		{
			// generated: a checkbox under an actions heading is an action
			// whatever its verb ("file"), its owner a handle.
			name: "checkboxes with handles",
			sections: []section{actSection("4", "Action items",
				"Action items:\n\n- [ ] @chiara: file issues for the two blockers\n- [x] Sven Åberg - review the migration guide\n")},
			want: []Action{
				{Owner: "@chiara", Text: "file issues for the two blockers", Status: statusOpen, Item: "4"},
				{Owner: "Sven Åberg", Text: "review the migration guide", Status: statusDone, Item: "4"},
			},
		},
		{
			// testdata/samples/tf-csirt-17-2006-amsterdam.txt: a keyword action in
			// an item and the closing tab-separated table that repeats it.
			name: "closing table merges",
			sections: []section{
				actSection("8", "IRT object", "Teun Nijssen asked about implementation.\n\nACTION 17.01: Wilfried Wöber – to ask Yuri Ito about possibilities to present the IRT object in the next APNIC conference.\n"),
				actSection("13", "Any Other Business", "Baiba Kaškina announced that she will be leaving TERENA.\n\nRESULTING ACTION ITEMS\n\n"+
					"17-01\tWilfried Wöber\tAsk Yuri Ito about possibilities to present the IRT object in the next APNIC conference.\n"+
					"17-02\tGorazd Božič\tInitiate discussion about the work items and deliverables of the task force before the next meeting."),
			},
			want: []Action{
				{ID: "17.01", Owner: "Wilfried Wöber", Text: "to ask Yuri Ito about possibilities to present the IRT object in the next APNIC conference", Status: statusOpen, Item: "8"},
				{ID: "17-02", Owner: "Gorazd Božič", Text: "Initiate discussion about the work items and deliverables of the task force before the next meeting", Status: statusOpen, Item: "13"},
			},
		},
		{
			// oasis-csaf-tc-minutes-2018-10-31-meeting-20.pdf, item 8: every
			// bullet under "Next steps" is an action (testdata/CONVENTIONS.md),
			// with an owner where it names one.
			name: "bullets under Next steps",
			sections: []section{actSection("8", "Next steps", "• Omar looking at four products: CPE, SWID, XPDF, COSWIT four items that we have now. Omar to summarize the four on list and email to team.\n"+
				"• Need more level of research – alignments with standards elements to include in CSAF.\n")},
			want: []Action{
				{Text: "Omar looking at four products: CPE, SWID, XPDF, COSWIT four items that we have now. Omar to summarize the four on list and email to team", Status: statusOpen, Item: "8"},
				{Text: "Need more level of research – alignments with standards elements to include in CSAF", Status: statusOpen, Item: "8"},
			},
		},
		{
			// enisa-rsit-wg-2021-01-26-online.md: bullets under "Actions from
			// previous meeting" discuss the old actions; they set none.
			name:     "discussion under older actions",
			sections: []section{actSection("", "Actions from previous meeting", "- CERT-AT  proposes to create a single pull request for each of the requests.\n- CERT-BUND  adds in chat that the overall goal of every change should be to clarify the scheme.\n")},
			want:     nil,
		},
		{
			// cuyahoga-cc-board-of-trustees-agenda-2019-09-26.pdf: a lettered
			// sub-heading in capitals over a numbered list is no owner, and
			// the list's topics are no tasks.
			name:     "lettered heading over an agenda list",
			sections: []section{actSection("V", "COMMITTEE REPORTS", "C. MANAGEMENT\n1. Approval of Unum Life Insurance of American Long Term Disability Plan and FMLA Administration Four-Year Agreement\n6. Authorization to Finance the Replacement of College Technology Equipment\n8. Purchase of Audio Visual Equipment as Part of the College-wide Media Conference Rooms Project\n")},
			want:     nil,
		},
		{
			// suffolk-libraries-board-minutes-2012-09-11.pdf, item 11: a noun
			// before a passive is no owner and verb.
			name:     "noun before a passive",
			sections: []section{actSection("11", "Aldeburgh Library - Application to change opening hours", "AW\n1. Under 18’s Consultation and access proposals\n3. Communication plan to be reviewed by Andrew St ledger at SCC\n")},
			want:     nil,
		},
		{
			// uob-computer-science-society-committee-minutes-2024-07-09.pdf,
			// item 7: the cell naming who leads the item ("MW") is no owner
			// of the bullets under it, and a bullet under an action is its
			// discussion.
			name: "the item's lead over bullets",
			sections: []section{{item: &Item{Number: "7", Title: "Finance Report (standing item)"}, owner: "MW",
				lines: lexLines(actLines("MW\n● Pending outgoings\n○ Mind Donation\n● Action RJ: Write email to Mind about donation\n○ Just ask if they can pretty please send a letter to approve it\n○ Last years is in webmail\n● ACTION MW: Write Hetzner + TeX grant for old expenses\n"))}},
			want: []Action{
				{Owner: "RJ", Text: "Write email to Mind about donation", Status: statusOpen, Item: "7"},
				{Owner: "MW", Text: "Write Hetzner + TeX grant for old expenses", Status: statusOpen, Item: "7"},
			},
		},
		{
			// uob-computer-science-society-committee-minutes-2024-07-09.pdf,
			// item 6, as the reader gives it: the action's second line is a
			// row with one filled cell.
			name: "wrapped action in a table row",
			sections: []section{{item: &Item{Number: "6", Title: "Sponsor/Industry Update (standing item)"}, lines: lexLines([]document.Line{
				{Kind: document.TableRow, Text: " | ○ ACTION MG: Send the mailshot to Kainos after it is | ", Cells: []string{"", "○ ACTION MG: Send the mailshot to Kainos after it is", ""}},
				{Kind: document.TableRow, Text: " | released | ", Cells: []string{"", "released", ""}},
				{Kind: document.TableRow, Text: " | ○ ACTION MG: Also ask for responsor | ", Cells: []string{"", "○ ACTION MG: Also ask for responsor", ""}},
			})}},
			want: []Action{
				{Owner: "MG", Text: "Send the mailshot to Kainos after it is released", Status: statusOpen, Item: "6"},
				{Owner: "MG", Text: "Also ask for responsor", Status: statusOpen, Item: "6"},
			},
		},
		{
			// testdata/samples/tf-csirt-29-2010-hamburg.txt: id alone on its line,
			// the owner's line wrapped, the status after it.
			name: "id alone, wrapped text",
			sections: []section{actSection("2", "Actions from last meeting",
				"27.2\nLionel Ferette to circulate some ideas about drill exercises on the mailing list.\nDone.\n"+
					"28.1\nLionel Ferette to ask TERENA whether they can apply to be a ISO 27035 liaison\nmember.\nDone, an application was currently being discussed.")},
			want: []Action{
				{ID: "27.2", Owner: "Lionel Ferette", Text: "to circulate some ideas about drill exercises on the mailing list", Status: statusDone, Item: "2"},
				{ID: "28.1", Owner: "Lionel Ferette", Text: "to ask TERENA whether they can apply to be a ISO 27035 liaison member", Status: statusDone, Item: "2"},
			},
		},
		{
			// The same, joined into one line by normalize.
			name: "joined line",
			sections: []section{actSection("2", "Actions from last meeting",
				"27.2 Lionel Ferette to circulate some ideas about drill exercises on the mailing list. Done.")},
			want: []Action{{ID: "27.2", Owner: "Lionel Ferette", Text: "to circulate some ideas about drill exercises on the mailing list", Status: statusDone, Item: "2"}},
		},
		{
			// md/enisa-rsit-wg-2018-09-26-vilnius.md: owner lines over checklists.
			name: "owner lines and checkboxes",
			sections: []section{actSection("", "Review of the actions",
				"## Completed actions from last meeting\nENISA\n- [x] organize the meeting in Vilnius\n\nCIRCL to provide\n- [x] the frequency of values from MISP\n\n"+
					"TF to start\n- [ ] Review pulled changes\n\n## Other pending actions\n\nENISA: CERT-RO had some lineup changes.\n- [ ] CERT-Bund has to create a new pull request for Malware DGA Domain")},
			want: []Action{
				{Owner: "ENISA", Text: "organize the meeting in Vilnius", Status: statusDone, Item: "Review of the actions"},
				{Owner: "CIRCL", Text: "to provide the frequency of values from MISP", Status: statusDone, Item: "Review of the actions"},
				{Owner: "TF", Text: "Review pulled changes", Status: statusOpen, Item: "Review of the actions"},
				{Owner: "CERT-Bund", Text: "has to create a new pull request for Malware DGA Domain", Status: statusOpen, Item: "Review of the actions"},
			},
		},
		{
			// md/openwis-action-tracker-2016-09-13.md: month before the id, a
			// tracker tag after the text, status from the heading.
			name: "tracker",
			sections: []section{{lines: lexLines(actLines("### Actions open at 13th September 2016\n#### Technical Committee (TC)\n" +
				"- Sep ACT-OWIS-TC-2016-47: LM/NM/GT/DP/DG - Join the GeoNetworks developer mail-list. OWIS-ACT\n" +
				"- Mar ACT-OWIS-TC-2016-17 ALL: make NWS aware of our requirements for Eclipse.\n" +
				"- Mar ACT-OWIS-SC-2016-14: PR - RISK for Board Risk Register - That the articles are not fit for purpose regarding, particularly:\n" +
				"  Article 14.1 Architecture role of TC,\n  Article 9.1 No mention of contributors. OWIS-ACT\n" +
				"### Actions closed by 13th September 2016\n- Jul ACT-OWIS-TC-2016-45: SO - Will email round the address of the Developer Workshop venue. OWIS-ACT"))}},
			want: []Action{
				{ID: "ACT-OWIS-TC-2016-47", Owner: "LM/NM/GT/DP/DG", Text: "Join the GeoNetworks developer mail-list", Status: statusOpen},
				{ID: "ACT-OWIS-TC-2016-17", Owner: "ALL", Text: "make NWS aware of our requirements for Eclipse", Status: statusOpen},
				{ID: "ACT-OWIS-SC-2016-14", Owner: "PR", Text: "RISK for Board Risk Register - That the articles are not fit for purpose regarding, particularly: Article 14.1 Architecture role of TC, Article 9.1 No mention of contributors", Status: statusOpen},
				{ID: "ACT-OWIS-TC-2016-45", Owner: "SO", Text: "Will email round the address of the Developer Workshop venue", Status: statusDone},
			},
		},
		{
			// md/openwis-annual-meeting-2017-03-23-toulouse.md: an older action, a
			// new one raised in discussion, then the older one closed by a line
			// naming its id.
			name: "status line by id",
			sections: []section{actSection("5", "Outstanding actions",
				"- 2016-07: MDA – Establish a Risk Register for the OpenWIS Association AISBL.\n"+
					"    1. MDA - This is still to do.\n    2. PR - Shall I do an initial draft Risk Register?\n"+
					"        - PR - [Action-BM-2017-03 Draft Risk Register for Association](https://github.com/OpenWIS/openwis-documentation/issues/227)\n"+
					"    4. Action 2016-07 CLOSED.")},
			want: []Action{
				{ID: "2016-07", Owner: "MDA", Text: "Establish a Risk Register for the OpenWIS Association AISBL", Status: statusDone, Item: "5"},
				// "Outstanding" is the heading's word for the actions under it.
				{ID: "Action-BM-2017-03", Owner: "PR", Text: "Draft Risk Register for Association", Status: statusOpen, Item: "5"},
			},
		},
		{
			// pdf/uob-computer-science-society-committee-minutes-2024-07-09.pdf:
			// owner between keyword and colon, status on a sub-bullet, items run
			// together in one table cell.
			name: "keyword owner",
			sections: []section{{item: &Item{Number: "3", Title: "Matters Arising"}, lines: lexLines([]document.Line{{Kind: document.TableRow,
				Text:  "3 | Matters Arising ● Handover ○ ACTION cmt-elect: Make profile for website ■ Action Complete ○ Action HP: Change Passwords ■ Action carried forwards | All",
				Cells: []string{"3", "Matters Arising ● Handover ○ ACTION cmt-elect: Make profile for website ■ Action Complete ○ Action HP: Change Passwords ■ Action carried forwards", "All"}}})}},
			want: []Action{
				{Owner: "cmt-elect", Text: "Make profile for website", Status: statusDone, Item: "3"},
				{Owner: "HP", Text: "Change Passwords", Status: statusOngoing, Item: "3"},
			},
		},
		{
			// pdf/friends-halesworth-library-trustees-minutes-2015-06-02.pdf: the
			// owner alone closes a numbered paragraph, which is the task.
			name: "owner after paragraph",
			sections: []section{actSection("6", "Community Forum",
				"6.1 Sheila gave an update.\n6.2 Alison and Sheila agreed to attend the Community Forum being held at The Riverside 30th June.\nACTION: MS/AB/SF")},
			want: []Action{{Owner: "MS/AB/SF", Text: "Alison and Sheila agreed to attend the Community Forum being held at The Riverside 30th June", Status: statusOpen, Item: "6"}},
		},
		{
			// pdf/oasis-csaf-tc-minutes-2018-08-29-meeting-18.pdf: the word
			// "owner", and a line ending with a dash that the next continues.
			name: "owner word, dash continued",
			sections: []section{actSection("5", "CSAF 2.0", "Action: owner Troy Fridley – requested from Omar –\n"+
				"Would you mind summarizing this and we can review in the next meeting? Then we can make motions at the next meeting.")},
			want: []Action{{Owner: "Troy Fridley", Text: "requested from Omar – Would you mind summarizing this and we can review in the next meeting? Then we can make motions at the next meeting", Status: statusOpen, Item: "5"}},
		},
		{
			// Forms of UK and committee minutes: the owner in brackets after
			// the paragraph, inline after it, or on a labelled line; a
			// numbered keyword.
			name: "markers and fields",
			sections: []section{actSection("6", "Library opening hours",
				"6.1 The Board discussed the proposal.\n6.2 The Chair will write to SCC about the new opening hours. (Action: AW)\n\n"+
					"The Treasurer will circulate the accounts before the AGM. ACTION: RH\n\n"+
					"Action 3: Update the website with the new hours.\nOwner: Jane Doe\nDue: 30 June 2016\n\n"+
					// md/enisa-rsit-wg-2021-01-26-online.md
					"Will open the possibility to reply to survey again in order to get more feedback (ACTION).\n\n"+
					"RSIT members to provide definitions of event and incident (ACTION)")},
			want: []Action{
				{Owner: "AW", Text: "The Chair will write to SCC about the new opening hours", Status: statusOpen, Item: "6"},
				{Owner: "RH", Text: "The Treasurer will circulate the accounts before the AGM", Status: statusOpen, Item: "6"},
				{ID: "3", Owner: "Jane Doe", Text: "Update the website with the new hours", Status: statusOpen, Item: "6"},
				{Text: "Will open the possibility to reply to survey again in order to get more feedback", Status: statusOpen, Item: "6"},
				{Owner: "RSIT members", Text: "to provide definitions of event and incident", Status: statusOpen, Item: "6"},
			},
		},
		{
			// pdf/nmnwse-board-minutes-2005-12-17.pdf: a mistyped keyword.
			name:     "keyword typo",
			sections: []section{actSection("4", "Central", "The 2006 Central EYH will be held 3/11/06.\n\nAcion: Betsy will email to Board copies of NM Kids.\n\nNotes: none today.")},
			want:     []Action{{Owner: "Betsy", Text: "will email to Board copies of NM Kids", Status: statusOpen, Item: "4"}},
		},
		{
			// W3C scribe: [NEW] ACTION in the body and again in the summary.
			name: "scribe summary",
			sections: []section{
				actSection("1", "Packaging", "<dka> [NEW] ACTION: Jeni to draft a note on packaging formats\nwycats: agreed"),
				actSection("", "Summary of Action Items", "[NEW] ACTION: Jeni to draft a note on packaging formats"),
			},
			want: []Action{{Owner: "Jeni", Text: "to draft a note on packaging formats", Status: statusOpen, Item: "1"}},
		},
		{
			// An action table with a header, as markdown or a PDF gives it.
			name: "table with header",
			sections: []section{actSection("9", "Old Business/Action Items",
				"| Date Opened | Action | Responsible | Status |\n|---|---|---|---|\n"+
					"| 10/20/05 | Determine who at UNM should get a thank you | Tinka Gammel | Open |\n"+
					"| 10/20/05 | Find a new publicity chair | Betsy Frederick | Closed |")},
			want: []Action{
				{Owner: "Tinka Gammel", Text: "Determine who at UNM should get a thank you", Status: statusOpen, Item: "9"},
				{Owner: "Betsy Frederick", Text: "Find a new publicity chair", Status: statusDone, Item: "9"},
			},
		},
		{
			// Not actions: narrative with names, an attendance table, numbered
			// sub-items, and a list of topics.
			name: "no actions",
			sections: []section{
				actSection("3", "CZ.NIC Presentation", "Martin Peterka gave a presentation about CZ.NIC.\nAndrew Cormack agreed that this issue was not clarified.\nKlaus-Peter Kossakowski agreed to be a point of contact."),
				actSection("4", "Participants", "| Name | Organisation | Country |\n| Hillar Aareleid | CERT-EE | Estonia |"),
				actSection("5", "Finance", "5.1 Treasurer's report\n5.2 Jim Smith - Treasurer's report was accepted.\nMatters Arising\n- Handover\n- Will temporarily give tex admin"),
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findActions(tt.sections, nil)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findActions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
