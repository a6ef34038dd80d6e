package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// actionFuzzSeeds are real lines of the forms the recogniser reads.
var actionFuzzSeeds = []string{
	"Action items:\n\n16-01 Gorazd Božič – to inform APCERT.\n\nDone.",
	"27.2\nLionel Ferette to circulate some ideas\nabout drill exercises. Done.",
	"ACTION 17.01: Wilfried Wöber – to ask Yuri Ito about possibilities.",
	"- Sep ACT-OWIS-TC-2016-47: LM/NM/GT/DP/DG - Join the GeoNetworks developer mail-list. OWIS-ACT",
	"## Completed actions\nENISA\n- [x] organize the meeting\nCIRCL to provide\n- [ ] the JSON",
	"RESULTING ACTION ITEMS\n17-01\tWilfried Wöber\tAsk Yuri Ito.",
	"| No. | Action | Owner | Status |\n|---|---|---|---|\n| 1 | Send slides | JT | Done |",
	"6.2 Alison and Sheila agreed to attend.\nACTION: MS/AB/SF",
	"○ ACTION cmt-elect: Make profile ■ Action Complete ○ Action HP: Change Passwords",
	"<dka> [NEW] ACTION: Jeni to draft a note",
	"Action 2016-07 CLOSED.",
}

// FuzzActions checks that findActions never panics on any text, writes
// valid UTF-8, and finds no more actions than the text has words (per
// section), none longer than the text.
func FuzzActions(f *testing.F) {
	for _, s := range actionFuzzSeeds {
		f.Add(s, "Actions from last meeting")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		if len(text) > 1<<14 {
			return
		}
		lines := actLines(text)
		got := findActions([]section{{item: &Item{Number: "1", Title: String(title)}, lines: lexLines(lines)}, {lines: lexLines(lines)}}, nil)
		// Each of the two sections reads the lines once; a line may hold
		// several actions ("○ ACTION cmt-elect: … ○ Action HP: …"), but each
		// takes a word at least.
		if words := len(strings.Fields(text)); len(got) > 2*words {
			t.Fatalf("%d actions from %d words", len(got), words)
		}
		for _, a := range got {
			for _, field := range []String{a.ID, a.Owner, a.Text, a.Status, a.Item} {
				if !utf8.ValidString(string(field)) {
					t.Fatalf("invalid UTF-8 in %+v", a)
				}
				if len(field) > len(text)+len(title)+16 {
					t.Fatalf("field longer than its input: %q", field)
				}
			}
			switch a.Status {
			case "", statusOpen, statusDone, statusOngoing, statusSuperseded, statusCancelled:
			default:
				t.Fatalf("status %q is not in the contract", a.Status)
			}
		}
	})
}
