package parse

import (
	"testing"
	"unicode/utf8"
)

// decisionFuzzSeeds are real paragraphs of the forms the recogniser reads.
var decisionFuzzSeeds = []string{
	"It was agreed to look for volunteers on case by case basis.",
	"NOW, THEREFORE, BE IT RESOLVED, that an ASF Board Committee\nbe established; and be it\nfurther\n\nRESOLVED, that the persons listed below:\n\n  Ben Laurie (chair)\n  Mark Cox\n\nBy unanimous vote, the above resolution passed.",
	"Chuck:   5\nKen:     3\nAbstain: 0\n\nTherefore, Chuck was appointed Assistant Treasurer.",
	"By a vote of 6-Yea, 2-Nay,\n0-Abstain, the Concom was allocated a budget.",
	"9. RES-OWIS-BM-2017-01: Vote: 5-0 in favour – Divide up the agenda. OWIS-RES",
	"11:22:19 <dka> RESOLUTION: We support efforts by browser vendors.",
	"Résolution DM-2023-001\n\nIL EST RÉSOLU À L’UNANIMITÉ\n\nD’APPROUVER la demande.",
	"A motion to accept the Treasurer's report was made by Alexine, seconded by Yolanda; motion was passed.",
	"\uf0b7 2017/18 Financials approved – B. Munro (motion), C. Dallas (second)",
	"#### Conclusion/Resolution\n\n- Consensus for Stage 2",
	"- [X] Approved – see thread there.",
	"(General agreement that we want nan to release first.)",
}

// FuzzDecisions checks that findDecisions never panics on any text, writes
// valid UTF-8 and contract kinds, and finds no more decisions than the
// text has sentences allow.
func FuzzDecisions(f *testing.F) {
	for _, s := range decisionFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		lines := actLines(text)
		got := findDecisions([]section{{item: &Item{Number: "1", Title: "Decisions"}, lines: lexLines(lines)}})
		if len(got) > len(text)/2+1 {
			t.Fatalf("%d decisions from %d bytes", len(got), len(text))
		}
		for _, d := range got {
			for _, field := range []String{d.ID, d.Text, d.Item, d.Kind} {
				if !utf8.ValidString(string(field)) {
					t.Fatalf("invalid UTF-8 in %+v", d)
				}
				if len(field) > len(text)+16 {
					t.Fatalf("field longer than its input: %q", field)
				}
			}
			switch d.Kind {
			case kindResolution, kindMotion, kindAgreement, kindElection:
			default:
				t.Fatalf("kind %q is not in the contract", d.Kind)
			}
			if d.Text == "" {
				t.Fatalf("decision without text: %+v", d)
			}
		}
		if v := findVotes(text); v != nil && v.For == nil && v.Against == nil && v.Abstain == nil && v.Unanimous == nil {
			t.Fatalf("findVotes(%q) returned empty votes", text)
		}
	})
}
