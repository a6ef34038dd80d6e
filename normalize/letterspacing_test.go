package normalize

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

func TestLetterSpacing(t *testing.T) {
	runPassCases(t, letterSpacing, []passCase{
		{"heading", []string{"P a r t i c i p a n t s", "Name"}, []string{"Participants", "Name"}, 1},
		{"capitals", []string{"M I N U T E S"}, []string{"MINUTES"}, 1},
		{"double spaces between words", []string{"A G E N D A  I T E M S"}, []string{"AGENDA ITEMS"}, 1},
		{"case change between words", []string{"J o h n S m i t h"}, []string{"John Smith"}, 1},
		{"digits after letters", []string{"J A N U A R Y 2 0 1 0"}, []string{"JANUARY 2010"}, 1},
		{"words from the word list", []string{"M I N U T E S O F T H E M E E T I N G"}, []string{"MINUTES OF THE MEETING"}, 1},
		{"hyphen inside a name", []string{"T F - C S I R T  M E E T I N G"}, []string{"TF-CSIRT MEETING"}, 1},
		{"text drawn twice for bold", []string{"C C H H I I C C A A G G O O"}, []string{"CHICAGO"}, 1},
		{"indent kept", []string{"   N O T E S"}, []string{"   NOTES"}, 1},
		{"rule line of dashes stays", []string{"2 - - - - - - - - - - - - - - - - - x"}, []string{"2 - - - - - - - - - - - - - - - - - x"}, 0},
		{"grades stay", []string{"A B C D E"}, []string{"A B C D E"}, 0},
		{"checkmarks stay", []string{"x x x x x"}, []string{"x x x x x"}, 0},
		{"a short formula stays", []string{"a + b"}, []string{"a + b"}, 0},
		{"ordinary text stays", []string{"I a m here: a b c", "Voir plus Voir moins"}, []string{"I a m here: a b c", "Voir plus Voir moins"}, 0},
		{"table rows stay", []string{"| P | a | r | t |"}, []string{"| P | a | r | t |"}, 0},
	})
}

// TestLetterSpacingGenerated spaces out real headings and names, with a
// double space between words or (for mixed case) a single one, and checks
// the pass gives them back.
func TestLetterSpacingGenerated(t *testing.T) {
	headings := []string{
		"Participants", "MINUTES", "AGENDA ITEMS", "Open Actions", "Date of next meeting",
		"ACTION ITEMS", "Any Other Business", "Approval of Minutes", "Présences Membres",
		"RESULTING ACTION ITEMS", "Gorazd Božič", "TRANSITS update",
	}
	rng := rand.New(rand.NewSource(11))
	for round := 0; round < 100; round++ {
		heading := headings[rng.Intn(len(headings))]
		var words []string
		for _, w := range strings.Fields(heading) {
			words = append(words, strings.Join(strings.Split(w, ""), " "))
		}
		gap := "  "
		if rng.Intn(2) == 0 && startsEveryWordCapitalInMixedCase(heading) {
			gap = " "
		}
		spaced := strings.Join(words, gap)
		got, _ := applyPass(t, letterSpacing, spaced)
		if got[0] != heading {
			t.Errorf("round %d: %q gave %q, want %q", round, spaced, got[0], heading)
		}
	}
}

// startsEveryWordCapitalInMixedCase reports whether each word of s starts
// with a capital followed by small letters, so that word breaks show
// without wider gaps.
func startsEveryWordCapitalInMixedCase(s string) bool {
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || len(r) < 2 || !unicode.IsLower(r[len(r)-1]) {
			return false
		}
	}
	return true
}

func FuzzLetterSpacing(f *testing.F) {
	f.Add("P a r t i c i p a n t s\nA G E N D A  I T E M S\nC C H H I I C C A A G G O O")
	f.Add("M I N U T E S O F T H E M E E T I N G\n- - - x\na b c d")
	f.Fuzz(func(t *testing.T, text string) {
		checkFuzzedPass(t, letterSpacing, text, noGrowth)
	})
}
