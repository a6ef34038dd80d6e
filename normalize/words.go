package normalize

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"minutes/document"
)

// Some repairs need to know whether a word exists: "docu-" / "ment" is
// "document" because "document" is a word, "e-" / "coat" stays "e-coat"
// because "ecoat" is not. The first witness is the document itself: a word
// it uses elsewhere is attested in its own language and spelling, names
// included. The second is an English word list, for the words a document
// uses only once.

//go:embed wordlist/english.txt.gz
var englishListGz []byte

// englishWords returns the embedded English word list (see
// wordlist/README.md), sorted, read once on first use.
var englishWords = sync.OnceValue(func() []string {
	r, err := gzip.NewReader(bytes.NewReader(englishListGz))
	if err != nil {
		panic("normalize: embedded word list: " + err.Error())
	}
	var words []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	if err := sc.Err(); err != nil {
		panic("normalize: embedded word list: " + err.Error())
	}
	return words
})

// isEnglishWord reports whether word, lower-cased, is in the English word
// list.
func isEnglishWord(word string) bool {
	word = strings.ToLower(word)
	words := englishWords()
	i := sort.SearchStrings(words, word)
	return i < len(words) && words[i] == word
}

// A vocabulary counts the words of one document, lower-cased: the
// witnesses a pass asks before it makes a word ("is 'kouřil' used
// elsewhere?").
type vocabulary map[string]int

// documentVocabulary counts the words of the document's lines. A
// hyphenated compound counts as itself and as each of its parts, so both
// "not-for-profit" and "profit" are attested by it. Glued lines are left
// out: their words ran together and would attest nonsense.
func documentVocabulary(lines []document.Line) vocabulary {
	v := vocabulary{}
	for _, l := range lines {
		if l.Kind == document.Glued {
			continue
		}
		for _, w := range wordsIn(l.Text) {
			w = strings.ToLower(w)
			v[w]++
			if strings.Contains(w, "-") {
				for _, part := range strings.Split(w, "-") {
					if part != "" {
						v[part]++
					}
				}
			}
		}
	}
	return v
}

// count returns how often the document uses word, ignoring case.
func (v vocabulary) count(word string) int { return v[strings.ToLower(word)] }

// forget takes one use of word back: it was not a witness after all.
func (v vocabulary) forget(word string) {
	if w := strings.ToLower(word); v[w] > 0 {
		v[w]--
	}
}

// knows reports whether word is attested: used in the document or in the
// English word list.
func (v vocabulary) knows(word string) bool {
	return v.count(word) > 0 || isEnglishWord(word)
}

// wordsIn splits text into words: runs of letters, marks and digits, with
// the hyphens and apostrophes inside them ("not-for-profit", "one’s").
func wordsIn(text string) []string {
	var words []string
	start := -1
	runes := []rune(text)
	for i := 0; i <= len(runes); i++ {
		inWord := i < len(runes) && isWordRune(runes[i])
		joiner := i < len(runes) && isWordJoiner(runes[i]) && start >= 0 &&
			i+1 < len(runes) && isWordRune(runes[i+1])
		switch {
		case inWord || joiner:
			if start < 0 {
				start = i
			}
		case start >= 0:
			words = append(words, string(runes[start:i]))
			start = -1
		}
	}
	return words
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isWordJoiner reports whether r joins two parts of one word: a hyphen or
// an apostrophe between letters.
func isWordJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '\u2010'
}

// maxRounds bounds untilStable.
const maxRounds = 8

// untilStable returns a pass's Apply that repeats apply until it changes
// nothing more, and caps its warnings (capWarnings, what). A pass that asks
// the document's vocabulary needs it: a word it rejoins becomes a witness
// for the next decision, and a pass must be idempotent. Each round only
// joins, so few are ever needed.
func untilStable(apply func(doc *document.Document) []document.Warning, what string) func(doc *document.Document) []document.Warning {
	return func(doc *document.Document) []document.Warning {
		var warnings []document.Warning
		for round := 0; round < maxRounds; round++ {
			ws := apply(doc)
			if len(ws) == 0 {
				break
			}
			warnings = append(warnings, ws...)
		}
		return capWarnings(warnings, what)
	}
}

// warningCap is how many warnings of one kind a pass gives line by line;
// past it, the rest are counted in one summary warning, so a badly damaged
// document does not bury its other warnings.
const warningCap = 12

// capWarnings keeps the first warningCap warnings and sums up the rest as
// "and 37 more <what>".
func capWarnings(warnings []document.Warning, what string) []document.Warning {
	if len(warnings) <= warningCap {
		return warnings
	}
	rest := warnings[warningCap:]
	out := append([]document.Warning(nil), warnings[:warningCap]...)
	return append(out, document.Warning{
		Place:   rest[0].Place,
		Message: "and " + pluralCount(len(rest), what) + " from here on",
	})
}

// pluralCount writes "1 line" or "3 lines". what is the singular, or
// "singular|plural" when the plural is not the singular with an "s".
func pluralCount(n int, what string) string {
	singular, plural, found := strings.Cut(what, "|")
	if !found {
		plural = singular + "s"
	}
	if n == 1 {
		return "1 " + singular
	}
	return strconv.Itoa(n) + " " + plural
}

// preview shortens text for a warning: its first max runes, with "…" when
// cut.
func preview(text string, max int) string {
	runes := []rune(strings.TrimSpace(text))
	if len(runes) <= max {
		return string(runes)
	}
	return string(runes[:max]) + "…"
}
