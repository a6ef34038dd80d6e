package normalize

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// characterPasses are the passes that repair characters and words, in
// the order Passes runs them.
var characterPasses = []Pass{unicodeForm, mojibake, letterSpacing, charPerLine, splitDiacritics, brokenURLs, hyphenation}

// TestCharacterPassesGenerated damages the clean 2006 seed in every way
// these passes repair, several ways at once — lines decomposed (NFD) or
// misread as Latin-1, headings letter-spaced, accented letters set alone
// on a line, URLs broken after a "/", words hyphenated at a line end —
// and checks that the passes, in their order, give back every word of the
// seed in order. (Where the lines break is the soft-wraps pass's business,
// so words, not lines, are compared.)
func TestCharacterPassesGenerated(t *testing.T) {
	seed := readDocument(t, filepath.Join(samplesDir, "tf-csirt-17-2006-amsterdam.txt"))
	clean := textsOf(seed)
	rng := rand.New(rand.NewSource(17))
	repairedBy := map[string]bool{}
	for round := 0; round < 20; round++ {
		var damaged []string
		for _, line := range clean {
			damaged = append(damaged, damageLine(rng, line)...)
		}
		want := strings.Fields(strings.Join(clean, " "))
		if cmp.Equal(want, strings.Fields(strings.Join(damaged, " "))) {
			t.Fatalf("round %d: nothing was damaged", round)
		}
		doc := readLines(t, damaged...)
		repaired, warnings := RunPasses(doc, characterPasses)
		for _, w := range warnings {
			repairedBy[w.Stage] = true
		}
		got := strings.Fields(strings.Join(textsOf(repaired), " "))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d: words differ (-want +got):\n%s", round, diff)
		}
	}
	// Every pass had work (the seed has no table for char-per-line).
	for _, p := range characterPasses {
		if !repairedBy[p.Name] && p.Name != charPerLine.Name {
			t.Errorf("%s never repaired anything", p.Name)
		}
	}
}

// damageLine damages one line of clean text, seven times in ten, in one
// of the ways the character passes repair that fits it, and returns the
// lines it became.
func damageLine(rng *rand.Rand, line string) []string {
	var damages []func() []string
	damages = append(damages, func() []string { return []string{norm.NFD.String(line)} })
	if !isASCII(line) {
		damages = append(damages, func() []string { return []string{misread(line, charmap.ISO8859_1, false)} })
	}
	if words := strings.Fields(line); len(words) <= 4 && strings.ToUpper(line) == line && hasLetter(line) {
		damages = append(damages, func() []string {
			for i, w := range words {
				words[i] = strings.Join(strings.Split(w, ""), " ")
			}
			return []string{strings.Join(words, "  ")}
		})
	}
	if cut := accentCut(rng, line); cut > 0 {
		r := []rune(line)
		damages = append(damages, func() []string { return []string{string(r[:cut]), string(r[cut]), string(r[cut+1:])} })
	}
	if i := strings.Index(line, "/activities/"); i >= 0 {
		cut := i + len("/activities/")
		damages = append(damages, func() []string { return []string{line[:cut], line[cut:]} })
	}
	if head, tail, ok := hyphenateAWord(rng, line); ok {
		damages = append(damages, func() []string { return []string{head, tail} })
	}
	if rng.Intn(10) >= 7 {
		return []string{line}
	}
	return damages[rng.Intn(len(damages))]()
}

// accentCut returns the index (in runes) of an accented small letter of
// line inside a word, not ending the line, or -1.
func accentCut(rng *rand.Rand, line string) int {
	r := []rune(line)
	var cuts []int
	for i := 1; i+1 < len(r); i++ {
		if r[i] >= utf8.RuneSelf && unicode.IsLower(r[i]) && unicode.IsLetter(r[i-1]) && !oneLetterWords[string(r[i])] {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) == 0 {
		return -1
	}
	return cuts[rng.Intn(len(cuts))]
}

// hyphenateAWord breaks line after a long English word's first letters,
// with a hyphen, as justified text is broken: "… the docu-" / "ment …".
func hyphenateAWord(rng *rand.Rand, line string) (string, string, bool) {
	words := strings.Split(line, " ")
	var candidates []int
	for i, w := range words {
		if i > 0 && utf8.RuneCountInString(w) >= 9 && isLowerWord(w) && isEnglishWord(w) {
			candidates = append(candidates, i)
		}
	}
	if len(candidates) == 0 {
		return "", "", false
	}
	i := candidates[rng.Intn(len(candidates))]
	w := []rune(words[i])
	cut := 3 + rng.Intn(len(w)-5)
	head := strings.Join(append(words[:i:i], string(w[:cut])+"-"), " ")
	tail := strings.Join(append([]string{string(w[cut:])}, words[i+1:]...), " ")
	return head, tail, true
}
