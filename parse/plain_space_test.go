package parse

import (
	"strings"
	"testing"
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
