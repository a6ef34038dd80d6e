package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSqueezedTextsComeBackAsTheyAre checks the quick path of
// squeezeSpace and collapseSpace against splitting and joining the words,
// on texts with every kind of white space, invalid bytes and scripts.
func TestSqueezedTextsComeBackAsTheyAre(t *testing.T) {
	for _, s := range []string{
		"", " ", "Ann Lee", " Ann Lee", "Ann Lee ", "Ann  Lee", "Ann\tLee", "Ann\nLee", "Ann\u00a0Lee",
		"Ann\u2003Lee", "Ann\u0085Lee", "Anwesend: Jürgen Müller", "議長 田中", "a\xffb", "a \xff b", "\xc3",
		"Motion carried 5-0.", "x\vy", "x\fy", "x\ry", "  Présent.e.s :  A , B  ",
	} {
		if got, want := squeezeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("squeezeSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := collapseSpace(s), strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// wordIndexByLowering is wordIndex as it reads every text: lowered copies.
func wordIndexByLowering(s, w string) int {
	ls, lw := strings.ToLower(s), strings.ToLower(w)
	for from := 0; from <= len(ls); {
		k := strings.Index(ls[from:], lw)
		if k < 0 {
			return -1
		}
		k += from
		if isWordEdge(ls, k) && isWordEdge(ls, k+len(lw)) {
			return k
		}
		_, size := utf8.DecodeRuneInString(ls[k:])
		from = k + size
	}
	return -1
}

// TestWordIndexOfASCIIAsLowered checks wordIndex's in-place comparison
// of ASCII texts against the search in lowered copies.
func TestWordIndexOfASCIIAsLowered(t *testing.T) {
	texts := []string{"", "Minutes of the Board meeting", "MINUTES", "the minutes' approval", "Preminutes minutes",
		"AGM-minutes 2019", "x", "Board of Directors, BOARD2", "boardroom board"}
	words := []string{"", "minutes", "MINUTES", "board", "of", "x", "2019", "agm"}
	for _, s := range texts {
		for _, w := range words {
			if got, want := wordIndex(s, w), wordIndexByLowering(s, w); got != want {
				t.Errorf("wordIndex(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	}
}
