package parse

// Plain text of lines, for the structure recognisers: the markup of
// markdown and chat logs taken off, white space made single, sentences cut.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
)

// chatPrefix matches what an IRC log puts before a message: a time stamp
// and the speaker's nick ("09:13:20 <JeniT> Topic: http/2 update").
var chatPrefix = rx.New(`^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<[^<>\s]{1,40}>\s+`)

// markdownEmphasis matches the bold and italic markers around words.
var markdownEmphasis = rx.New(`\*\*|__|(^|\s)\*([^*\s])|([^*\s])\*(\s|$|[.,:;])`)

// plainLine is a line's text as a person reads it: a table row's cells
// joined with spaces, markdown heading marks, bullets, emphasis and quote
// marks taken off, single spaces.
func plainLine(l document.Line) string {
	if l.Kind == document.TableRow && len(l.Cells) > 0 {
		return squeezeSpace(stripMarkup(strings.Join(l.Cells, " ")))
	}
	return squeezeSpace(stripMarkup(l.Text))
}

// stripMarkup takes the markdown syntax off a line: heading marks ("## "),
// block quotes ("> "), bullets ("- ", "* ", "• "), and bold or italic
// markers. Numbering is kept: it is part of the text.
func stripMarkup(s string) string {
	s = strings.TrimSpace(s)
	for strings.HasPrefix(s, ">") {
		s = strings.TrimSpace(s[1:])
	}
	s = strings.TrimLeft(s, "#")
	s = strings.TrimSpace(s)
	for _, bullet := range []string{"- ", "* ", "+ ", "• ", "● ", "○ ", "■ ", "▪ ", "· "} {
		if strings.HasPrefix(s, bullet) {
			s = strings.TrimSpace(s[len(bullet):])
			break
		}
	}
	// A symbol font's bullet comes out as a private-use character ("\uf0b7",
	// "\uf0d8").
	if r, size := utf8.DecodeRuneInString(s); unicode.In(r, unicode.Co) && size < len(s) && s[size] == ' ' {
		s = strings.TrimSpace(s[size:])
	}
	if strings.ContainsAny(s, "*_") {
		s = markdownEmphasis.ReplaceAllString(s, "$1$2$3$4")
	}
	return strings.TrimSpace(s)
}

// squeezeSpace makes every run of white space one space and trims the ends.
func squeezeSpace(s string) string {
	if isSqueezed(s) {
		return s // most texts are: nothing to split and join again
	}
	return strings.Join(strings.Fields(s), " ")
}

// isSqueezed reports whether s is valid UTF-8 whose only white space is
// single spaces between words: as squeezeSpace and collapseSpace leave
// it.
func isSqueezed(s string) bool {
	prevSpace := true // a space at the start is not squeezed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return s == "" || !prevSpace
}

// chatText is a line without its IRC time stamp and nick.
func chatText(s string) string {
	if loc := chatPrefix.FindStringIndex(s); loc != nil {
		return s[loc[1]:]
	}
	return s
}

// splitIntoSentences cuts prose at the ends of sentences: a period,
// question or exclamation mark followed by a space and a capital letter or
// a digit. Abbreviations with a capital ("Mr. Smith", "J. Margo Clark")
// and numbers ("No. 5") are not ends.
func splitIntoSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		for end < len(s) && strings.IndexByte(`"')]`, s[end]) >= 0 {
			end++
		}
		if end >= len(s) || s[end] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[end:], " "))
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '(' && next != '“' && next != '"' {
			continue
		}
		if s[i] == '.' && (shortWordBefore(s, i) || dottedAbbreviation(s, i) || ordinalDay(s, i, end)) {
			continue
		}
		if s[i] == '.' && numberWordBefore(s, i) && unicode.IsDigit(next) {
			continue // "No. 5", "Nr. 12": a number follows; "6 yes, 1 no. Motion passed" ends
		}
		out = appendNonEmpty(out, s[start:end])
		start = end
	}
	return appendNonEmpty(out, s[start:])
}

// shortWordBefore reports whether the period at s[i] ends an initial or a
// title ("J.", "Mr.", "Dr.", "No.") rather than a sentence.
func shortWordBefore(s string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	word := s[j:i]
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	switch strings.ToLower(word) {
	case "mr", "mrs", "ms", "dr", "prof", "st", "vs", "mme", "mlle", "hon", "cllr", "rev", "jr", "sr":
		return true
	}
	return false
}

// numberWordBefore reports whether the period at s[i] ends "No" or "Nr",
// which abbreviate "number" only before one ("No. 5").
func numberWordBefore(s string, i int) bool {
	if i < 2 || i > 2 && isWordRune(rune(s[i-3])) {
		return false
	}
	w := strings.ToLower(s[i-2 : i])
	return w == "no" || w == "nr"
}

// dottedAbbreviation reports whether the period at s[i] ends an
// abbreviation with inner periods: "i.e.", "e.g.", "a.m.".
func dottedAbbreviation(s string, i int) bool {
	return i >= 2 && s[i-2] == '.' && isWordRune(rune(s[i-1]))
}

// ordinalDay reports whether the period at s[i] follows a day of the month
// in a German date ("vom 10. Februar 2010"): a number of one or two digits
// before, a month name after.
func ordinalDay(s string, i, end int) bool {
	j := i
	for j > 0 && s[j-1] >= '0' && s[j-1] <= '9' {
		j--
	}
	if i-j < 1 || i-j > 2 || (j > 0 && isWordRune(rune(s[j-1]))) {
		return false
	}
	next := strings.Fields(s[end:])
	return len(next) > 0 && monthNames[strings.ToLower(strings.TrimRight(next[0], ".,"))] > 0
}

func appendNonEmpty(list []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		list = append(list, s)
	}
	return list
}

// foldKey folds text for keyword matching: lower case, diacritics kept
// (keyword lists spell them), single spaces.
func foldKey(s string) string {
	return strings.ToLower(squeezeSpace(s))
}

// containsWord reports whether s holds word w as a whole word, ignoring
// case. w may hold spaces ("task force").
func containsWord(s, w string) bool {
	return wordIndex(s, w) >= 0
}

// wordIndex is the byte offset of the first whole-word occurrence of w in
// s, ignoring case, or -1. Offsets are in s's lower-cased form, which has
// the same length for the scripts minutes are written in.
func wordIndex(s, w string) int {
	if isASCII(s) && isASCII(w) {
		// Lowering ASCII changes no length and no word edge: compare in
		// place, without lowered copies.
		for k := 0; k+len(w) <= len(s); k++ {
			if strings.EqualFold(s[k:k+len(w)], w) && isWordEdge(s, k) && isWordEdge(s, k+len(w)) {
				return k
			}
		}
		return -1
	}
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

// isWordEdge reports whether byte offset i of s is not inside a word.
func isWordEdge(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return !(isWordRune(before) && isWordRune(after))
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isCapitalised reports whether a word starts with a capital letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasLower reports whether s holds a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// hasUpper reports whether s holds an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
