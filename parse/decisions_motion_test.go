package parse

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// decisionsOf parses a snippet as recordOf does and returns its decisions.
func decisionsOf(t *testing.T, name, text string) []Decision {
	t.Helper()
	return recordOf(t, name, text).Decisions
}

func TestMovers(t *testing.T) {
	tests := []struct {
		name, text      string
		mover, seconder String
	}{
		{"passive", "It was moved by Linda Chen and seconded by Tom Okafor that the accounts be adopted. Carried unanimously.", "Linda Chen", "Tom Okafor"},
		{"verbs", "Dana moved and Betsy seconded to accept the treasurer's report. Passed unanimously.", "Dana", "Betsy"},
		{"motion by", "Motion by Councilmember Raman, seconded by Councilmember O'Neill, to approve the permit. Motion carried 5-0.", "Councilmember Raman", "Councilmember O'Neill"},
		{"brackets", "Revised 2018 budget approved – B. Munro (motion), Z. Maiorca (second)", "B. Munro", "Z. Maiorca"},
		{"made by", "A motion to accept the Treasurer's report was made by Alexine and seconded by Yolanda. Motion passed.", "Alexine", "Yolanda"},
		{"after a resolution", "RESOLVED that the hall be repainted. Proposed by Cllr Ashworth, seconded by Cllr O'Neill. Carried.", "Cllr Ashworth", "Cllr O'Neill"},
		{"French", "Il est proposé par Mme Claire Dubois, appuyé par M. Paul Martin, d'adopter le budget. Adopté à l'unanimité.", "Mme Claire Dubois", "M. Paul Martin"},
		{"Spanish", "Se aprueba el presupuesto, propuesto por Ana García y secundado por Luis Pérez, por unanimidad.", "Ana García", "Luis Pérez"},
		{"Italian", "La proposta, proposta da Marco Rossi e secondata da Giulia Bianchi, è approvata all'unanimità.", "Marco Rossi", "Giulia Bianchi"},
		{"labels", "The new logo was adopted. First Motion – Joseph Davies; 2nd – Olwen William. All approved.", "Joseph Davies", "Olwen William"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.txt", "Minutes\n\n1. Business\n\n"+tt.text+"\n\n2. Close\n")
			if len(ds) == 0 {
				t.Fatalf("no decision in %q", tt.text)
			}
			if ds[0].Mover != tt.mover || ds[0].Seconder != tt.seconder {
				t.Errorf("mover %q, seconder %q; want %q, %q", ds[0].Mover, ds[0].Seconder, tt.mover, tt.seconder)
			}
		})
	}
}

func TestRollCall(t *testing.T) {
	n := func(k int) *int { return &k }
	tests := []struct {
		name, text string
		want       *RollCall
		votes      *Votes
	}{
		{"lines", "Motion by Alvarez, seconded by Chen, to adopt the budget.\nRoll call vote:\nAyes: Alvarez, Chen, Okafor, Smith\nNays: Brown\nAbstain: None\nMotion carried 4-1.",
			&RollCall{For: []string{"Alvarez", "Chen", "Okafor", "Smith"}, Against: []string{"Brown"}, Abstain: []string{}, Absent: []string{}},
			&Votes{For: n(4), Against: n(1), Abstain: n(0)}},
		{"one line with dashes", "Motion by Alvarez, seconded by Chen, to adopt the budget.\n\nRoll call vote: Ayes – Alvarez, Chen; Nays – Brown; Abstain – Smith.\n\nMotion carried.",
			&RollCall{For: []string{"Alvarez", "Chen"}, Against: []string{"Brown"}, Abstain: []string{"Smith"}, Absent: []string{}},
			&Votes{For: n(2), Against: n(1), Abstain: n(1)}},
		{"counts in brackets", "It was moved by Lee, seconded by Diaz, to approve the contract.\nAyes (3): Lee, Diaz, Park. Nays (1): Ross. Absent: Kim.\nThe motion carried.",
			&RollCall{For: []string{"Lee", "Diaz", "Park"}, Against: []string{"Ross"}, Abstain: []string{}, Absent: []string{"Kim"}},
			&Votes{For: n(3), Against: n(1)}}, // no count of a side the minutes do not name
		{"voting aye", "Motion by Park, second by Lee, to adopt the policy.\nVoting aye: Park, Lee and Diaz. Voting nay: Ross. Motion carried.",
			&RollCall{For: []string{"Park", "Lee", "Diaz"}, Against: []string{"Ross"}, Abstain: []string{}, Absent: []string{}},
			&Votes{For: n(3), Against: n(1)}},
		{"German", "Antrag von Jana Roth, den Haushalt zu beschließen, wurde angenommen.\nNamentliche Abstimmung:\nJa: Roth, Weber, Klein\nNein: Braun\nEnthaltung: keine",
			&RollCall{For: []string{"Roth", "Weber", "Klein"}, Against: []string{"Braun"}, Abstain: []string{}, Absent: []string{}},
			&Votes{For: n(3), Against: n(1), Abstain: n(0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.txt", "Minutes of the Board\n\n1. Budget\n\n"+tt.text+"\n\n2. Adjournment\n")
			if len(ds) != 1 {
				t.Fatalf("%d decisions, want 1: %+v", len(ds), ds)
			}
			if diff := cmp.Diff(tt.want, ds[0].RollCall); diff != "" {
				t.Errorf("roll call (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.votes, ds[0].Votes); diff != "" {
				t.Errorf("votes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNoRollCall: counts under a motion are votes, not a roll call, and
// a "Roll call" of attendance decides nothing.
func TestNoRollCall(t *testing.T) {
	ds := decisionsOf(t, "m.txt", "Minutes\n\n1. Roll call\n\nRoll call: Present: Ann Lee, Bo Chen.\n\n2. Budget\n\nMotion by Ann Lee, seconded by Bo Chen, to adopt the budget.\nAyes: 4\nNays: 1\nMotion carried.\n\n3. Close\n")
	if len(ds) != 1 || ds[0].RollCall != nil {
		t.Fatalf("decisions %+v, want one without a roll call", ds)
	}
}

// TestWrittenCountsWin: counts the minutes write after a roll call are
// the vote's, whatever the names counted.
func TestWrittenCountsWin(t *testing.T) {
	n := func(k int) *int { return &k }
	ds := decisionsOf(t, "m.txt", "Minutes\n\n1. Budget\n\nMotion by Lee, seconded by Diaz, to approve the contract.\nAyes: Lee, Diaz, Park, Kim\nNays: Ross\nMotion carried 4-1-1.\n\n2. Close\n")
	if len(ds) != 1 {
		t.Fatalf("decisions %+v, want one", ds)
	}
	if diff := cmp.Diff(&Votes{For: n(4), Against: n(1), Abstain: n(1)}, ds[0].Votes); diff != "" {
		t.Errorf("votes (-want +got):\n%s", diff)
	}
}

// TestMotionsOfUSMinutes reads the motions of American boards and
// commissions: "Upon motion by X, seconded by Y, the Board approved …",
// "On motion of X …", and a tally in its own sentence ("Vote: 6 yes, 1
// no."), which carries the motion whether or not an outcome follows; "No."
// ends a sentence unless a number follows it.
func TestMotionsOfUSMinutes(t *testing.T) {
	tests := []struct {
		name, text             string
		mover, seconder, votes String
		want                   int
	}{
		{"upon motion, the board approved", "Upon motion by Trustee Evans, seconded by Trustee Ford, the Board approved the contract with ABC Ltd.",
			"Trustee Evans", "Trustee Ford", "", 1},
		{"on motion of, passive", "On motion of Trustee Evans, seconded by Trustee Ford, the contract was approved.",
			"Trustee Evans", "Trustee Ford", "", 1},
		{"a tally and no outcome", "A motion was made by Tom Baker to purchase a new mower, seconded by Sue Hill. Vote: 6 yes, 1 no.",
			"Tom Baker", "Sue Hill", "6/1/-", 1},
		{"a tally, then the outcome: one decision", "Tom Baker moved to purchase a new mower, seconded by Sue Hill. Vote: 6 yes, 1 no. Motion passed.",
			"Tom Baker", "Sue Hill", "6/1/-", 1},
		{"not: a tally that defeats it", "Tom Baker moved to purchase a new mower, seconded by Sue Hill. Vote: 2 yes, 5 no.",
			"", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.md", "# Minutes\n\n## 5. New business\n\n"+tt.text+"\n")
			if len(ds) != tt.want {
				t.Fatalf("got %d decisions %+v, want %d", len(ds), ds, tt.want)
			}
			if tt.want == 0 {
				return
			}
			d := ds[0]
			if d.Mover != tt.mover || d.Seconder != tt.seconder || String(votesString(d.Votes)) != tt.votes {
				t.Errorf("got mover %q seconder %q votes %q, want %q %q %q", d.Mover, d.Seconder, votesString(d.Votes), tt.mover, tt.seconder, tt.votes)
			}
		})
	}
}

// TestRollCallInTheParagraph reads a vote by name written in the sentences
// of the motion's own paragraph, as the motion's roll call.
func TestRollCallInTheParagraph(t *testing.T) {
	tests := []struct{ name, text, votes, forNames string }{
		{"a tentative motion carried after its roll call", "It was moved by Ann Lee, seconded by Bo Chen, to adopt the budget. Ayes: Lee, Chen, Diaz. Nays: none. Motion carried.",
			"3/0/-", "[Lee Chen Diaz]"},
		{"a decided motion", "Upon motion by Trustee Evans, seconded by Trustee Ford, the Board approved the contract. Ayes: Evans, Ford, Green. Nays: Hill.",
			"3/1/-", "[Evans Ford Green]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.md", "# Minutes\n\n## 5. New business\n\n"+tt.text+"\n")
			if len(ds) != 1 || ds[0].RollCall == nil {
				t.Fatalf("got %+v, want one decision with a roll call", ds)
			}
			if got := votesString(ds[0].Votes); got != tt.votes || fmt.Sprint(ds[0].RollCall.For) != tt.forNames {
				t.Errorf("got votes %q for %v, want %q %s", got, ds[0].RollCall.For, tt.votes, tt.forNames)
			}
		})
	}
}
