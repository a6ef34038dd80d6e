package normalize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"minutes/document"
)

// unicodeForm brings text to one Unicode form: NFC, accents typed as separate characters composed, odd spaces made plain, invisible characters dropped, ligatures expanded.
var unicodeForm = Pass{
	Name:  "unicode-form",
	About: "Brings text to one Unicode form: NFC, accents typed as separate characters composed, odd spaces made plain, invisible characters dropped, ligatures expanded.",
	Apply: untilStable(applyUnicodeForm, "unicode repair"),
}

// The same letter can reach us in many forms: "é" as one code point or as
// "e" and a combining accent (NFC fixes that), or as "e" next to a spacing
// accent "´" that a PDF drew as a glyph of its own (TeX puts the accent
// first: "Schr¨odinger"). Spaces come as no-break, thin or ideographic
// spaces, words carry soft hyphens and zero-width spaces, and "ﬁ" is one
// glyph. None of this is visible to a reader and all of it breaks matching
// of names, so it is folded here, first, before any pass reads letters.
//
// Tabs are kept: some texts separate table cells with them. A form feed is
// kept too: it marks a page break. A soft hyphen at the end of a line is
// kept for the hyphenation pass, which knows it broke a word there.

// applyUnicodeForm cleans the text and the cells of every line and sums up
// what it changed.
func applyUnicodeForm(doc *document.Document) []document.Warning {
	tally := unicodeTally{attested: attestedIn(doc.Lines)}
	for i := range doc.Lines {
		l := &doc.Lines[i]
		place := document.Place{Page: l.Page, Line: l.Num}
		l.Text = tally.clean(l.Text, place)
		for j := range l.Cells {
			l.Cells[j] = tally.clean(l.Cells[j], place)
		}
	}
	return tally.warnings()
}

// unicodeTally counts the changes of one kind each, and where the first
// of each kind was, for the warnings.
type unicodeTally struct {
	attested                                        func(word string) bool
	spaces, invisible, ligatures, accents, composed int
	first                                           [5]document.Place
	accentExample                                   string
}

// attestedIn returns a function that reports whether the document uses a
// word, built on its first call.
func attestedIn(lines []document.Line) func(string) bool {
	var vocab vocabulary
	return func(word string) bool {
		if vocab == nil {
			vocab = documentVocabulary(lines)
		}
		return vocab.count(word) > 0
	}
}

// clean returns s in the one form, counting what it changed.
func (t *unicodeTally) clean(s string, place document.Place) string {
	c := unicodeChanges{attested: t.attested}
	out := cleanUnicode(s, &c)
	t.add(0, &t.spaces, c.spaces, place)
	t.add(1, &t.invisible, c.invisible, place)
	t.add(2, &t.ligatures, c.ligatures, place)
	t.add(3, &t.accents, len(c.accents), place)
	if c.nfc {
		t.add(4, &t.composed, 1, place)
	}
	if t.accentExample == "" && len(c.accents) > 0 {
		t.accentExample = c.accents[0]
	}
	return out
}

func (t *unicodeTally) add(kind int, counter *int, n int, place document.Place) {
	if n == 0 {
		return
	}
	if *counter == 0 {
		t.first[kind] = place
	}
	*counter += n
}

func (t *unicodeTally) warnings() []document.Warning {
	var ws []document.Warning
	add := func(kind, n int, message string) {
		if n > 0 {
			ws = append(ws, document.Warning{Place: t.first[kind], Message: message})
		}
	}
	add(0, t.spaces, fmt.Sprintf("replaced %s (no-break, thin, wide) with plain spaces", pluralCount(t.spaces, "odd space")))
	add(1, t.invisible, fmt.Sprintf("dropped %s (soft hyphens, zero-width spaces)", pluralCount(t.invisible, "invisible character")))
	add(2, t.ligatures, fmt.Sprintf("expanded %s (ﬁ → fi)", pluralCount(t.ligatures, "ligature")))
	add(3, t.accents, fmt.Sprintf("composed %s from a letter and a spacing accent, first %s", pluralCount(t.accents, "letter"), t.accentExample))
	add(4, t.composed, fmt.Sprintf("composed accents in %s (NFC)", pluralCount(t.composed, "line")))
	return ws
}

// unicodeChanges is what cleanUnicode changed in one string. Its attested
// function, when set, says which words the document uses, to tell where an
// accent between two letters belongs.
type unicodeChanges struct {
	attested                     func(word string) bool
	spaces, invisible, ligatures int
	accents                      []string // "Schr¨odinger → Schrödinger"
	nfc                          bool     // NFC changed something else
}

// cleanUnicode returns s with odd spaces made plain, invisible characters
// dropped, ligatures expanded, spacing accents composed with their letter,
// and in NFC. ASCII text is returned as it is.
func cleanUnicode(s string, c *unicodeChanges) string {
	if isASCII(s) && !strings.ContainsRune(s, '`') {
		return s
	}
	if needsFolding(s) {
		s = foldCharacters(s, c)
		s = composeSpacingAccents(s, c)
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
		c.nfc = true
	}
	return s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldCharacters makes odd spaces plain, drops invisible characters and
// expands ligatures.
//
// A no-break space or a soft hyphen right after "Â", "Ã" and the other
// letters that start a two-byte UTF-8 sequence is left alone: there it is
// most likely the second half of a character that was decoded in the wrong
// code page ("Ã\u00a0" is "à", "Ã\u00ad" is "í"), which the mojibake pass
// needs whole.
func foldCharacters(s string, c *unicodeChanges) string {
	var b strings.Builder
	b.Grow(len(s))
	runes := []rune(s)
	for i, r := range runes {
		var prev, next rune
		if i > 0 {
			prev = runes[i-1]
		}
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		switch {
		case (r == '\u00a0' || r == '\u00ad') && isUTF8LeadLookalike(prev):
			b.WriteRune(r)
		case isOddSpace(r):
			b.WriteByte(' ')
			c.spaces++
		case r == '\u00ad' && i == len(runes)-1:
			b.WriteRune(r) // ends the line: the hyphenation pass's
		case isInvisible(r, prev, next):
			c.invisible++
		case r >= 0xFB00 && r <= 0xFB06:
			b.WriteString(norm.NFKC.String(string(r)))
			c.ligatures++
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsFolding reports whether foldCharacters or composeSpacingAccents
// may change s: it holds a character either acts on, or bytes that are
// not UTF-8 (which they write back as U+FFFD). Most lines of accented
// text hold none, and skip both.
func needsFolding(s string) bool {
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r == '`' {
				return true
			}
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\ufffd"), // a byte that is not UTF-8
			isOddSpace(r), isInvisible(r, 'a', 'a') /* between letters: every one */, r >= 0xFB00 && r <= 0xFB06:
			return true
		default:
			if _, ok := spacingAccents[r]; ok {
				return true
			}
		}
	}
	return false
}

// isUTF8LeadLookalike reports whether r is what the first byte of a
// two-byte UTF-8 sequence (0xC2–0xDF) looks like in Latin-1.
func isUTF8LeadLookalike(r rune) bool { return r >= 0xC2 && r <= 0xDF }

// isOddSpace reports whether r is a space other than the plain one and the
// tab: no-break, en, em, thin, hair, narrow, ideographic spaces and the
// Unicode line and paragraph separators.
func isOddSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000', '\u2028', '\u2029':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// isInvisible reports whether r is a character nobody sees that only
// breaks words apart: the soft hyphen, the zero-width space, the word
// joiner and a stray byte-order mark. The zero-width (non-)joiners are
// dropped only between Latin letters: in emoji and in Persian or Indic
// scripts they change what is shown.
func isInvisible(r, prev, next rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u2060', '\ufeff', '\u180e':
		return true
	case '\u200c', '\u200d':
		return isLatinLetter(prev) && isLatinLetter(next)
	}
	return false
}

func isLatinLetter(r rune) bool { return unicode.Is(unicode.Latin, r) }

// A spacingAccent is an accent that has its own code point and width (the
// "´" on a keyboard), and the combining mark it stands for.
type spacingAccent struct {
	mark rune
	// usual are the letters the accent most often sits on in the
	// languages of Europe, rare the others it is found on. An accent next
	// to any other letter is left alone: it is more likely an apostrophe
	// or a typo than "ĺ".
	usual, rare string
}

// spacingAccents maps each spacing accent to its combining mark.
var spacingAccents = map[rune]spacingAccent{
	'\u00b4': {'\u0301', "aeiouyAEIOUY", "cnszCNSZ"}, // ´ acute: á é, ć ń ś ź
	'\u0060': {'\u0300', "aeiouAEIOU", ""},           // ` grave: à è
	'\u00a8': {'\u0308', "aeiouyAEIOUY", ""},         // ¨ diaeresis: ä ö ü
	'\u02c7': {'\u030c', "cnrszCNRSZ", "detDET"},     // ˇ caron: č ř š ž, ď ě ť
	'\u02da': {'\u030a', "aA", "uU"},                 // ˚ ring: å, ů
	'\u02dc': {'\u0303', "anoANO", ""},               // ˜ tilde: ã ñ õ
	'\u02c6': {'\u0302', "aeiouAEIOU", ""},           // ˆ circumflex: â ê ô
	'\u00b8': {'\u0327', "cC", "stST"},               // ¸ cedilla: ç, ş ţ
	'\u02db': {'\u0328', "aeAE", "iuIU"},             // ˛ ogonek: ą ę, į ų
	'\u02dd': {'\u030b', "ouOU", ""},                 // ˝ double acute: ő ű
	'\u02d8': {'\u0306', "agAG", ""},                 // ˘ breve: ă ğ
	'\u02d9': {'\u0307', "zZ", "eE"},                 // ˙ dot above: ż, ė
	'\u00af': {'\u0304', "aeiouAEIOU", ""},           // ¯ macron: ā ē ū
}

// composeSpacingAccents puts each spacing accent that touches a letter on
// that letter: "Schr¨odinger" → "Schrödinger", "Kouˇril" → "Kouřil".
//
// An accent between two letters goes to the one that usually takes it
// ("Jo´zsef" and "J´ozsef" both give "József"). When both do ("Sa˜o"), it
// goes where it makes a word the document uses elsewhere ("São"), and
// failing that to the letter after it: TeX, and the PDFs it makes, draw
// the accent before its letter.
//
// The accent is left alone when the character before it is not plain
// ASCII (there it is most likely mojibake: "Ã¨" is "è"), when an acute or
// grave stands for an apostrophe ("don´t", "Suffolk´s"), and when a
// backtick at the edge of a word makes a word the document does not use
// elsewhere (a backtick quotes code in markdown).
func composeSpacingAccents(s string, c *unicodeChanges) string {
	runes := []rune(s)
	changed := false
	for i := 0; i < len(runes); i++ {
		accent, ok := spacingAccents[runes[i]]
		if !ok {
			continue
		}
		bases, needsWitness := accentBases(runes, i, accent)
		if len(bases) == 0 {
			continue
		}
		before := wordAround(runes, i)
		// The composed letter is at min(base, i) once the accent is gone.
		composed, ok := placeAccent(runes, i, bases[0], accent)
		if len(bases) > 1 && c.attested != nil {
			other, otherOK := placeAccent(runes, i, bases[1], accent)
			if otherOK && c.attested(lettersAround(other, min(bases[1], i))) &&
				!(ok && c.attested(lettersAround(composed, min(bases[0], i)))) {
				composed, ok = other, true
			}
		}
		if !ok || needsWitness && (c.attested == nil || !c.attested(lettersAround(composed, min(bases[0], i)))) {
			continue
		}
		runes = composed
		changed = true
		c.accents = append(c.accents, before+" → "+wordAround(runes, min(i, len(runes)-1)))
		i--
	}
	if !changed {
		return s
	}
	return string(runes)
}

// placeAccent returns runes with the accent at i put on the letter at
// base, and false when the two make no single letter.
func placeAccent(runes []rune, i, base int, accent spacingAccent) ([]rune, bool) {
	letter := []rune(norm.NFC.String(string(runes[base]) + string(accent.mark)))
	if len(letter) != 1 {
		return nil, false
	}
	out := append([]rune(nil), runes...)
	out[base] = letter[0]
	return append(out[:i], out[i+1:]...), true
}

// accentBases returns the indexes of the letters the spacing accent at i
// may belong to, the likelier first: none when it should be left alone,
// two when the letters on both sides take it as readily. needsWitness
// says the accent may only be composed into a word the document uses
// elsewhere: a backtick at the edge of a word, which quotes code in
// markdown ("`foo`") as often as it is a grave accent ("Nicolo`").
func accentBases(runes []rune, i int, accent spacingAccent) (bases []int, needsWitness bool) {
	var prev, next rune = ' ', ' '
	if i > 0 {
		prev = runes[i-1]
	}
	if i+1 < len(runes) {
		next = runes[i+1]
	}
	if prev >= utf8.RuneSelf {
		return nil, false
	}
	if (runes[i] == '\u00b4' || runes[i] == '`') && isASCIILetter(prev) && startsContraction(runes[i+1:]) {
		return nil, false
	}
	needsWitness = runes[i] == '`' && !(isASCIILetter(prev) && isASCIILetter(next))
	takes := func(r rune, letters string) bool {
		return letters != "" && isASCIILetter(r) && strings.ContainsRune(letters, r)
	}
	for _, letters := range []string{accent.usual, accent.rare} {
		nextTakes, prevTakes := takes(next, letters), takes(prev, letters)
		switch {
		case nextTakes && prevTakes:
			return []int{i + 1, i - 1}, needsWitness
		case nextTakes:
			return []int{i + 1}, needsWitness
		case prevTakes:
			return []int{i - 1}, needsWitness
		}
	}
	return nil, false
}

func isASCIILetter(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }

// contractionEndings are what follows the apostrophe of an English
// contraction or possessive: "it's", "don't", "we'd", "I'm", "we'll",
// "they're", "I've".
var contractionEndings = []string{"s", "t", "d", "m", "ll", "re", "ve"}

// startsContraction reports whether rest begins with a contraction ending
// followed by the end of the word.
func startsContraction(rest []rune) bool {
	for _, end := range contractionEndings {
		n := len(end)
		if len(rest) < n || strings.ToLower(string(rest[:n])) != end {
			continue
		}
		if len(rest) == n || !unicode.IsLetter(rest[n]) {
			return true
		}
	}
	return false
}

// wordAround returns the run of non-space characters around index i, for
// a warning.
func wordAround(runes []rune, i int) string {
	if len(runes) == 0 {
		return ""
	}
	i = max(0, min(i, len(runes)-1))
	if unicode.IsSpace(runes[i]) && i > 0 {
		i--
	}
	start, end := i, i
	for start > 0 && !unicode.IsSpace(runes[start-1]) {
		start--
	}
	for end < len(runes) && !unicode.IsSpace(runes[end]) {
		end++
	}
	return preview(string(runes[start:end]), 40)
}

// lettersAround returns the run of letters around index i: the word, to
// look it up.
func lettersAround(runes []rune, i int) string {
	start, end := i, i
	for start > 0 && isWordRune(runes[start-1]) {
		start--
	}
	for end < len(runes) && isWordRune(runes[end]) {
		end++
	}
	return string(runes[start:end])
}
