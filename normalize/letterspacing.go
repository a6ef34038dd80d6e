package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// letterSpacing turns letter-spaced headings ('P a r t i c i p a n t s') back into words.
var letterSpacing = Pass{
	Name:  "letter-spacing",
	About: "Turns letter-spaced headings ('P a r t i c i p a n t s') back into words.",
	Apply: untilStable(applyLetterSpacing, "letter-spaced line|letter-spaced lines"),
}

// Titles set with wide tracking come out of some PDFs as one character per
// word: "P a r t i c i p a n t s", "A G E N D A  I T E M S". A line is
// letter-spaced when every word on it is a single character, mostly
// letters, and there are enough of them (minSpacedLetters) not to be a
// formula ("x y z") or a grade scale ("A B C D", which the pass also
// refuses as a run of the alphabet).
//
// Where the words were is found, in order, from:
//
//  1. wider gaps: "A G E N D A  I T E M S" has two spaces between words;
//  2. letter case and digits: "J o h n S m i t h", "M A Y 2 0 1 0";
//  3. the word list and the document's own words, for capitals set with
//     even gaps ("M I N U T E S O F T H E M E E T I N G"), when every
//     piece is a known word; else the letters make one word.
//
// A line whose letters all come twice ("C C H H I I C C A A G G O O", a
// bold face made by drawing the text twice) is read once.

// minSpacedLetters is the fewest letters a letter-spaced line has: four,
// so "a b c" in a formula is not taken, and "N O T E S" is.
const minSpacedLetters = 4

// applyLetterSpacing rewrites the letter-spaced lines and reports each.
func applyLetterSpacing(doc *document.Document) []document.Warning {
	var vocab vocabulary // built on first need
	var warnings []document.Warning
	for i := range doc.Lines {
		l := &doc.Lines[i]
		if l.Kind != document.Prose && l.Kind != document.Heading {
			continue
		}
		groups, ok := letterSpacedGroups(l.Text)
		if !ok {
			continue
		}
		if vocab == nil {
			vocab = documentVocabulary(doc.Lines)
		}
		joined := joinLetterSpaced(groups, vocab)
		if _, still := letterSpacedGroups(joined); still {
			continue // single characters apart by design ("B  A  A  A 0")
		}
		warnings = append(warnings, document.Warning{
			Place:   document.Place{Page: l.Page, Line: l.Num},
			Message: "joined letter-spaced text: " + preview(l.Text, 40) + " → " + joined,
		})
		l.Text = leadingIndent(l.Text) + joined
	}
	return warnings
}

// letterSpacedGroups splits a letter-spaced line into its groups of
// characters, a group being the characters between wider gaps. It reports
// false for a line that is not letter-spaced.
func letterSpacedGroups(text string) ([][]rune, bool) {
	text = strings.TrimSpace(text)
	if text == "" || strings.ContainsRune(text, '\t') {
		return nil, false
	}
	chars, gaps := spacedChars(text)
	if chars == nil || !spacedCharsReadAsText(chars) {
		return nil, false
	}
	narrowest := gaps[0]
	for _, g := range gaps {
		narrowest = min(narrowest, g)
	}
	groups := [][]rune{{chars[0]}}
	for i, g := range gaps {
		if g > narrowest {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], chars[i+1])
	}
	return groups, true
}

// spacedChars returns the characters of a line in which every
// space-separated word is one character, and the width of each gap; nil
// when some word is longer.
func spacedChars(text string) ([]rune, []int) {
	var chars []rune
	var gaps []int
	gap := 0
	for _, r := range text {
		if r == ' ' {
			gap++
			continue
		}
		if len(chars) > 0 {
			if gap == 0 {
				return nil, nil // two characters touch: a real word
			}
			gaps = append(gaps, gap)
		}
		chars = append(chars, r)
		gap = 0
	}
	if len(gaps) == 0 {
		return nil, nil
	}
	return chars, gaps
}

// spacedCharsReadAsText reports whether single characters spaced apart
// spell text: enough letters, three in four characters letters or digits,
// and neither a run of the alphabet ("A B C D") nor one mark repeated
// ("x x x x").
func spacedCharsReadAsText(chars []rune) bool {
	letters, alnum := 0, 0
	distinct := map[rune]bool{}
	for _, r := range chars {
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			alnum++
		}
		distinct[unicode.ToLower(r)] = true
	}
	if letters < minSpacedLetters || alnum*4 < len(chars)*3 || len(distinct) < 3 {
		return false
	}
	return !isAlphabetRun(chars)
}

// isAlphabetRun reports whether chars are consecutive letters of the
// alphabet: "A B C D", "a b c d e".
func isAlphabetRun(chars []rune) bool {
	for i := 1; i < len(chars); i++ {
		if chars[i] != chars[i-1]+1 {
			return false
		}
	}
	return true
}

// joinLetterSpaced makes words of the groups of a letter-spaced line.
func joinLetterSpaced(groups [][]rune, vocab vocabulary) string {
	if allDoubled(groups) {
		for i, g := range groups {
			groups[i] = undouble(g)
		}
	}
	var words []string
	for _, g := range groups {
		for _, part := range splitAtCaseAndDigits(g) {
			words = append(words, segmentWords(part, vocab)...)
		}
	}
	return strings.Join(words, " ")
}

// allDoubled reports whether every group is made of pairs of the same
// character: "CCHHIICCAAGGOO".
func allDoubled(groups [][]rune) bool {
	pairs := 0
	for _, g := range groups {
		if len(g)%2 != 0 {
			return false
		}
		for i := 0; i < len(g); i += 2 {
			if g[i] != g[i+1] {
				return false
			}
			pairs++
		}
	}
	return pairs >= minSpacedLetters
}

// undouble keeps every other character of a doubled group.
func undouble(g []rune) []rune {
	out := make([]rune, 0, len(g)/2)
	for i := 0; i < len(g); i += 2 {
		out = append(out, g[i])
	}
	return out
}

// splitAtCaseAndDigits splits a group where a capital follows a small
// letter ("JohnSmith") or where letters meet digits ("MAY2010"). Other
// characters stay with the letters they touch: "CERT-EE", "R&D".
func splitAtCaseAndDigits(g []rune) []string {
	var parts []string
	start := 0
	for i := 1; i < len(g); i++ {
		prev, r := g[i-1], g[i]
		caseBreak := unicode.IsLower(prev) && unicode.IsUpper(r)
		digitBreak := (unicode.IsLetter(prev) && unicode.IsDigit(r)) || (unicode.IsDigit(prev) && unicode.IsLetter(r))
		if caseBreak || digitBreak {
			parts = append(parts, string(g[start:i]))
			start = i
		}
	}
	return append(parts, string(g[start:]))
}

// Bounds of the search for words in a letter-spaced run: the longest word
// tried, and the longest run searched at all (a line of hundreds of spaced
// letters is not a heading).
const (
	maxSegmentWord = 24
	maxSegmentRun  = 120
)

// segmentWords splits a run of letters that is not a word into known
// words, the fewest that cover it ("MINUTESOFTHEMEETING" → "MINUTES OF THE
// MEETING"). A run that is a word, that is not all letters, or that known
// words cannot cover, stays whole.
func segmentWords(run string, vocab vocabulary) []string {
	n := utf8.RuneCountInString(run)
	if n < 2*minSpacedLetters || n > maxSegmentRun || vocab.knows(run) ||
		strings.IndexFunc(run, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return []string{run}
	}
	runes := []rune(run)
	// fewest[i] is the fewest words covering runes[:i]; -1 when none do.
	fewest := make([]int, n+1)
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		fewest[i] = -1
		for j := max(0, i-maxSegmentWord); j < i; j++ {
			if fewest[j] < 0 || !isSegmentWord(string(runes[j:i]), vocab) {
				continue
			}
			if fewest[i] < 0 || fewest[j]+1 < fewest[i] {
				fewest[i], from[i] = fewest[j]+1, j
			}
		}
	}
	if fewest[n] < 0 {
		return []string{run}
	}
	var words []string
	for i := n; i > 0; i = from[i] {
		words = append([]string{string(runes[from[i]:i])}, words...)
	}
	return words
}

// isSegmentWord reports whether a piece of a letter-spaced run can be one
// of its words: a known word of two letters or more, or "a", "i", "à", "y"
// and the other one-letter words.
func isSegmentWord(piece string, vocab vocabulary) bool {
	if utf8.RuneCountInString(piece) == 1 {
		return oneLetterWords[strings.ToLower(piece)]
	}
	return vocab.knows(piece)
}

// oneLetterWords are the one-letter words of the languages minutes are
// written in: English "a" and "I", French "à" and "y", Spanish "y", "o",
// "e", "u", Italian "e", "è", "o", Portuguese "a", "e", "é", "o", Czech,
// Slovak and Polish "a", "i", "k", "o", "s", "u", "v", "w", "z",
// Scandinavian "å", "ö", Icelandic "á", "í", "ó", "ú".
var oneLetterWords = map[string]bool{
	"a": true, "i": true, "y": true, "o": true, "e": true, "u": true, "k": true, "s": true,
	"v": true, "w": true, "z": true, "à": true, "è": true, "é": true, "ó": true, "å": true,
	"ö": true, "á": true, "í": true, "ú": true, "ò": true,
}

// leadingIndent returns the spaces and tabs text starts with.
func leadingIndent(text string) string {
	return text[:len(text)-len(strings.TrimLeft(text, " \t"))]
}
