package parse

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

func TestSentencePresenters(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Martin Peterka gave a presentation about CZ.NIC and its associated CSIRT.", []string{"Martin Peterka"}}, // tf-csirt-29
		{"Pascal Steichen have a presentation about CIRCL.", []string{"Pascal Steichen"}},                         // tf-csirt-29, as written
		{"Bo Chen gave the treasurer's report.", []string{"Bo Chen"}},                                             // a possessive before the report
		{"Anna Weber gave the members' update on the festival.", []string{"Anna Weber"}},
		{"Don Stikvoort provided a short update on the latest TRANSITS developments.", []string{"Don Stikvoort"}}, // tf-csirt-29
		{"As there were many new people at the meeting, Don Stikvoort gave a short overview of the Trusted Introducer service.", []string{"Don Stikvoort"}},
		{"Maurizio Molina and Baiba Kaskina gave a presentation on the latest developments.", []string{"Maurizio Molina", "Baiba Kaskina"}},
		{"Andrew Cormack spoke about the Compulsory Data Retention and issues for CSIRTs.", []string{"Andrew Cormack"}}, // tf-csirt-17
		{"Wilfried Wöber presented some background about the IRT objects.", []string{"Wilfried Wöber"}},
		{"Community Development Director Amira Haddad gave a presentation on the proposed rezoning.", []string{"Amira Haddad"}}, // a job title before the name
		{"City Manager Marcus Bell provided an update on the paving project.", []string{"Marcus Bell"}},
		{"Councilmember Kowalczyk reported on the Regional Transit Board meeting.", nil}, // a surname alone
		{"The Working Group Chair presented the charter.", nil},
		{"Andrew Cormack informed the group that he has been appointed.", []string{"Andrew Cormack"}},
		{"Daniel Kouřil gave a presentation on the latest Grid Security developments.", []string{"Daniel Kouřil"}},
		{"We started with a presentation from Larry Masinter, chair of the former HTTP Working Group.", []string{"Larry Masinter"}}, // ietf-httpbis-70
		{"Roy Fielding then gave an overview of the partitioned drafts he submitted.", []string{"Roy Fielding"}},
		{"Yves Lafon then summarised progress on draft-lafon-rfc2616bis.", []string{"Yves Lafon"}},
		{"Alexey Melkinov kicked off discussion of the security properties document with a presentation (see attached).", []string{"Alexey Melkinov"}},
		{"Tony Brown Chair) and Alison Wheeler (General Manager) both spoke about the achievements of the last year.", []string{"Alison Wheeler"}}, // suffolk agm, a bracket lost
		{"R. Warsing presented detailed YTD profit/loss and balance sheet", []string{"R. Warsing"}},                                                // chicago-ssa21
		{"Presentation by Jane Smith and John O'Brien on the budget.", []string{"Jane Smith", "John O'Brien"}},
		{"Marie Dupont a présenté le budget.", []string{"Marie Dupont"}},
		{"Vortrag von Hans Müller über die Finanzen.", []string{"Hans Müller"}},
		// No presenter.
		{"Martin replied there was an internal process that was followed.", nil},                 // a first name
		{"Brian reported on the status of locus.", nil},                                          // asf 2000: a first name
		{"Gorazd Božič summarised that the progress of the work items had been discussed.", nil}, // the chair summing up
		{"RTIR was presented at the 5th e-coat workshop.", nil},
		{"Cisco Systems presented their product.", nil},
		{"The Chair gave a report.", nil},
		{"Report from the ECMA Secretariat", nil},
		{"Andrew Cormack asked whether there was a published procedure.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, sentencePresenters(tt.in)); diff != "" {
			t.Errorf("sentencePresenters(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFindPresenters(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"a presenter label (ecma-tc39-notes-2021-01-25.md)", "a.md", "Presenter: Kevin Gibbons\n\n- [slides](http://j.mp/262editor202101)\n\nKG: Okay.\n", []string{"Kevin Gibbons"}},
		{"a name in brackets (ecma-tc39-notes-2019-06-04-berlin.md)", "a.md", "(Daniel Ehrenberg)\n\n- [proposal](https://github.com/tc39/proposal-dynamic-import)\n\nDE: This is ready.\n", []string{"Daniel Ehrenberg"}},
		{"a name with initials (ecma-tc39-notes-2019-06-04-berlin.md)", "a.md", "Mike Samuel (MSL) [proposal](https://wicg.github.io/trusted-types/dist/spec/)\n\nMSL: Trusted types.\n", []string{"Mike Samuel"}},
		{"names under sub-headings (ecma-tc39-notes-2019-06-04-berlin.md)", "a.md", "---- Put the notes in order ---\n\n### 8.ii ECMA-402 Status Updates\n(Valerie Young)\n\nVYG: Done.\n\n### 8.i ECMA-262 Status Update\n(Jordan Harband)\n\nJHD: Fine.\n", []string{"Valerie Young", "Jordan Harband"}},
		{"two sentences, two people, once each (tf-csirt-17)", "a.txt", "Marco Thorbrügge gave an update about ENISA.\nAndrew Cormack spoke about the ENISA Permanent Stakeholders Group (PSG).\nMarco Thorbrügge gave as an example a request.\n", []string{"Marco Thorbrügge", "Andrew Cormack"}},
		{"a bracketed name deep in the text is no label", "a.txt", "Long discussion.\nMore.\nEven more.\n(Jane Doe)\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, findPresenters(lexLines(linesOf(t, tt.file, tt.text)))); diff != "" {
				t.Errorf("presenters (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPresentersGenerated builds presenter sentences from random names,
// verbs and openings, and sentences that must give no presenter.
func TestPresentersGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(2010))
	first := []string{"Anna", "Björn", "Chloé", "Dmitri", "Eleni", "François", "Grażyna", "Hiroshi", "Ines", "Jürgen"}
	last := []string{"Kowalski", "van der Berg", "O'Neill", "Dupont-Moreau", "Nakamura", "Ştefănescu", "García", "MacLeod", "Björklund", "de la Fuente"}
	verbs := []string{"gave a presentation about", "gave an update on", "spoke about", "presented", "reported on", "provided a brief overview of", "gave a short talk on"}
	openings := []string{"", "Then ", "Afterwards, ", "As agreed, "}
	for i := 0; i < 500; i++ {
		k := 1 + rng.Intn(3)
		var names []string
		for j := 0; j < k; j++ {
			names = append(names, first[rng.Intn(len(first))]+" "+last[rng.Intn(len(last))])
		}
		subject := names[0]
		if k == 2 {
			subject = names[0] + " and " + names[1]
		} else if k == 3 {
			subject = names[0] + ", " + names[1] + " and " + names[2]
		}
		s := fmt.Sprintf("%s%s %s the work of the group.", openings[rng.Intn(len(openings))], subject, verbs[rng.Intn(len(verbs))])
		got := sentencePresenters(s)
		if diff := cmp.Diff(names, got); diff != "" {
			t.Fatalf("sentencePresenters(%q) (-want +got):\n%s", s, diff)
		}
		// The same people asking or replying present nothing; neither does
		// a first name alone.
		for _, q := range []string{subject + " asked about the budget.", strings.Fields(names[0])[0] + " presented the budget."} {
			if got := sentencePresenters(q); len(got) != 0 {
				t.Fatalf("sentencePresenters(%q) = %q, want none", q, got)
			}
		}
	}
}

func TestNamesIn(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Tinka Gammel/Web Master - Diane Oyen", []string{"Tinka Gammel", "Diane Oyen"}}, // nmnwse-board-minutes-2016-02-13.pdf
		{"Local Chairs", nil},
		{"Dana Roberson/Mercedes Agogino", []string{"Dana Roberson", "Mercedes Agogino"}}, // nmnwse-board-agenda-2003-08-16.pdf
		{"Georgia Pedicini (Carol LaDelfe or Tinka Gammel)", []string{"Georgia Pedicini"}},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, namesIn(tt.in)); diff != "" {
			t.Errorf("namesIn(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestHasPresenterColumn(t *testing.T) {
	tests := []struct {
		line document.Line
		want bool
	}{
		{document.Line{Kind: document.TableRow, Text: "TOPIC | PRESENTER", Cells: []string{"TOPIC", "PRESENTER"}}, true}, // nmnwse-board-minutes-2005-12-17.pdf
		{document.Line{Text: "Topic Presenter"}, true},                                                                   // nmnwse-board-minutes-2016-02-13.pdf
		{document.Line{Text: "Presenter: Kevin Gibbons"}, false},
		{document.Line{Kind: document.TableRow, Text: "Name | Organisation", Cells: []string{"Name", "Organisation"}}, false},
	}
	for _, tt := range tests {
		if got := hasPresenterColumn(lexLines([]document.Line{tt.line})); got != tt.want {
			t.Errorf("hasPresenterColumn(%q) = %v, want %v", tt.line.Text, got, tt.want)
		}
	}
}

// presentersOf parses a snippet as recordOf does and returns each item's
// presenters as "title: A, B".
func presentersOf(t *testing.T, name, text string) []string {
	t.Helper()
	var out []string
	for _, it := range recordOf(t, name, text).Items {
		out = append(out, string(it.Title)+": "+strings.Join(it.Presenters, ", "))
	}
	return out
}

// TestPresentersInOtherForms reads presenters written in the forms and
// languages the corpus's second batch showed: the speakers in a bracket at
// the end of an item's title, a "Presenter:" label after a sub-item's
// background, a sub-heading that is a name over what that person said,
// and the presenting verbs of other languages, after an office ("La
// Presidente Alessandra Bucchi dà atto che …").
func TestPresentersInOtherForms(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"speakers in the title's bracket", "wg.md", "# WG meeting\n\n## qlog (Robin Marx)\n\nDiscussion.\n\n## Multipath QUIC (Yanmei Lui, Mirja Kühlewind)\n\nText.\n\n## Haushalt (Jan Schulz Dauer: 10 Minuten)\n\nText.\n\n## Budget (Marie Dupont et Paul Roux)\n\nTexte.\n",
			[]string{"qlog (Robin Marx): Robin Marx", "Multipath QUIC (Yanmei Lui, Mirja Kühlewind): Yanmei Lui, Mirja Kühlewind", "Haushalt (Jan Schulz Dauer: 10 Minuten): Jan Schulz", "Budget (Marie Dupont et Paul Roux): Marie Dupont, Paul Roux"}},
		{"an office in the title's bracket is no speaker", "notulen.md", "# Notulen\n\n## Commissie Congres (voorzitter Peter Slagter)\n\nTekst.\n\n## Approval of changes (see Rule A12.17)\n\nText.\n",
			[]string{"Commissie Congres (voorzitter Peter Slagter): ", "Approval of changes (see Rule A12.17): "}},
		{"a Presenter label after the background", "sc.md", "# Steering Committee\n\n## 3.0 New Business\n\n### 3.1 Weeklong class\n\nBackground from GVW:\n\nA long paragraph of background.\n\nPresenter: Greg Wilson\n\n### 3.2 The model\n\nBackground text.\n\nPresenter: Katy Huff\n",
			[]string{"New Business: Greg Wilson, Katy Huff"}},
		{"a name heading over what the person said", "alv.md", "# Notulen ALV\n\n## Opening\n\nTekst.\n\n## W3C-lidmaatschap\n\n### Rachel Andrews\n\nRachel neemt het woord.\n\n### Peter-Paul Koch\n\nPPK neemt het woord.\n\n### Transition Plan\n\nThe plan was discussed.\n",
			[]string{"Opening: ", "W3C-lidmaatschap: Rachel Andrews, Peter-Paul Koch"}},
		{"verbs of other languages", "m.md", "# Minutes\n\n## 1. Progetto\n\nNovella Castori illustra il progetto artistico.\n\n## 2. Informe\n\nAna García expone el informe anual.\n\n## 3. Relatório\n\nPedro Lima apresentou o relatório.\n\n## 4. Begroting\n\nJan de Vries presenteert de begroting.\n\n## 5. Haushalt\n\nEva Braun präsentiert den Haushalt.\n\n## 6. Budget\n\nMarie Dupont fait le point sur le budget.\n\n## 7. Staff group\n\nMarion Harvey introduced the concept of the group.\n\n## 8. Attività\n\nLa Presidente Alessandra Bucchi dà atto che le attività procedono.\n",
			[]string{"Progetto: Novella Castori", "Informe: Ana García", "Relatório: Pedro Lima", "Begroting: Jan de Vries", "Haushalt: Eva Braun", "Budget: Marie Dupont", "Staff group: Marion Harvey", "Attività: Alessandra Bucchi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := presentersOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("presenters:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
