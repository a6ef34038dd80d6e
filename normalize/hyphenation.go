package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// hyphenation undoes end-of-line hyphenation where the joined word is attested, and keeps hard hyphens ('not-for-' / 'profit').
var hyphenation = Pass{
	Name:  "hyphenation",
	About: "Undoes end-of-line hyphenation where the joined word is attested, and keeps hard hyphens ('not-for-' / 'profit').",
	Apply: untilStable(applyHyphenation, "hyphenated word rejoined|hyphenated words rejoined"),
}

// A line that ends in "word-" with the next line going on with a small
// letter broke a word. Whether the hyphen was put there by the line break
// ("docu-" / "ment") or belongs to the word ("free-of-" / "charge",
// "e-" / "coat") is decided by evidence, in order:
//
//  1. a soft hyphen (U+00AD) ending the line was only ever a break point;
//  2. a word already hyphenated before the break ("not-for-", "free-of-")
//     is a compound: the hyphen stays;
//  3. the document itself: the form it uses elsewhere, "document" or
//     "e-coat", the more often used if both;
//  4. a verb and its particle ("start-" / "up", "follow-" / "up") make a
//     hyphenated noun in British usage: the hyphen stays;
//  5. the English word list: "document" is a word, so the hyphen goes;
//  6. otherwise the hyphen stays, as dropping a real one makes a word
//     nobody can search for, and keeping a soft one leaves it readable.
//
// After a capital or digit, the hyphen stays and the pieces are joined
// only when they read as one name or number: "TF-" / "CSIRT",
// "CERT-" / "EE", "2023-" / "0379": both pieces capitals or digits, or the
// hyphenated form used elsewhere in the document.
//
// The word's second piece is moved up to the line of its first piece; the
// rest of the next line stays where it was (joining lines into paragraphs
// is the soft-wraps pass's work), and a line left empty is dropped. A line
// ending in a URL is the broken-urls pass's and is left alone.

// applyHyphenation rejoins hyphenated words split over lines.
func applyHyphenation(doc *document.Document) []document.Warning {
	var vocab vocabulary
	lines := doc.Lines
	out := lines[:0] // in place (see Pass): it reads only lines[i] and after, and counts the vocabulary before its first change
	var warnings []document.Warning
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		for i+1 < len(lines) && isHyphenText(l) && isContinuation(lines[i+1]) {
			if _, _, ok := hyphenBreak(l.Text, lines[i+1].Text); !ok {
				break
			}
			if vocab == nil {
				vocab = documentVocabulary(lines)
			}
			word, rest, ok := rejoinHyphenated(l.Text, lines[i+1].Text, vocab)
			if !ok {
				break
			}
			l.Text = word.line
			warnings = append(warnings, document.Warning{
				Place:   document.Place{Page: l.Page, Line: l.Num},
				Message: word.message,
			})
			if rest != "" {
				lines[i+1].Text = rest
				break
			}
			i++ // the next line was only the end of the word
		}
		out = append(out, l)
	}
	doc.Lines = out
	return warnings
}

// isHyphenText reports whether a line is running text a word can be
// broken over.
func isHyphenText(l document.Line) bool {
	return (l.Kind == document.Prose || l.Kind == document.ListItem) && !l.IsBlank()
}

// hyphenBreak returns the first piece of a word broken at the end of text
// (the last word, without its hyphen) and the second piece, the first word
// of next, when text ends with a hyphen or a soft hyphen right after a
// letter or digit and next goes on with a letter or digit.
func hyphenBreak(text, next string) (head, tail string, ok bool) {
	var cut string
	switch {
	case strings.HasSuffix(text, "\u00ad"):
		cut = "\u00ad"
	case strings.HasSuffix(text, "-"):
		cut = "-"
	default:
		return "", "", false
	}
	head = strings.TrimSuffix(lastField(text), cut)
	if startsURL(head) || strings.Contains(strings.ToLower(head), "www.") || strings.Contains(head, "://") {
		return "", "", false
	}
	head = strings.TrimLeftFunc(head, func(r rune) bool { return !isWordRune(r) })
	last, _ := utf8.DecodeLastRuneInString(head)
	if !isWordRune(last) {
		return "", "", false
	}
	tail, _, _ = strings.Cut(strings.TrimLeft(next, " \t"), " ")
	first, _ := utf8.DecodeRuneInString(tail)
	if !isWordRune(first) {
		return "", "", false
	}
	return head, tail, true
}

// A hyphenJoin is the line a rejoined word ends up on and the warning
// that says what was done.
type hyphenJoin struct {
	line, message string
}

// rejoinHyphenated decides how the word broken between text and next is
// written, and returns text with the whole word at its end and what is
// left of next. ok is false when the break is left alone.
func rejoinHyphenated(text, next string, vocab vocabulary) (hyphenJoin, string, bool) {
	head, tail, ok := hyphenBreak(text, next)
	if !ok {
		return hyphenJoin{}, "", false
	}
	soft := strings.HasSuffix(text, "\u00ad")
	cut := "-"
	if soft {
		cut = "\u00ad"
	}
	tailWord := leadingWordRunes(tail)
	keep, ok := keepHyphen(head, tailWord, soft, vocab)
	if !ok {
		return hyphenJoin{}, "", false
	}
	base := strings.TrimSuffix(text, cut)
	rest := strings.TrimLeft(strings.TrimLeft(next, " \t")[len(tail):], " \t")
	lastPiece := head[strings.LastIndex(head, "-")+1:]
	if keep {
		return hyphenJoin{
			line:    base + "-" + tail,
			message: "rejoined hyphenated word: " + head + "-" + tailWord,
		}, rest, true
	}
	return hyphenJoin{
		line:    base + tail,
		message: "undid hyphenation: " + lastPiece + "-" + tailWord + " → " + lastPiece + tailWord,
	}, rest, true
}

// keepHyphen decides whether the hyphen between head and tail belongs to
// the word (true) or was put there by the line break (false); ok is false
// when the pieces should not be joined at all.
func keepHyphen(head, tail string, soft bool, vocab vocabulary) (keep, ok bool) {
	lastPiece := head[strings.LastIndex(head, "-")+1:]
	first, _ := utf8.DecodeRuneInString(tail)
	hyphenated, closed := lastPiece+"-"+tail, lastPiece+tail
	switch {
	case soft:
		return false, true
	case !unicode.IsLower(first):
		// "TF-" / "CSIRT", "2023-" / "0379": a name or a number.
		together := isCapitalsOrDigits(lastPiece) && isCapitalsOrDigits(tail)
		return true, together || vocab.count(head+"-"+tail) > 0
	case !hasLetter(lastPiece):
		return true, true // "3-" / "year plan": a number compound
	case strings.Contains(head, "-"):
		return true, true // "not-for-" / "profit"
	case vocab.count(hyphenated) > 0 || vocab.count(closed) > 0:
		return vocab.count(hyphenated) >= vocab.count(closed), true
	case phrasalParticles[strings.ToLower(tail)] && isEnglishWord(lastPiece):
		return true, true // "start-" / "up", "follow-" / "up"
	}
	return !isEnglishWord(closed), true
}

// phrasalParticles end the nouns made of a verb and a particle, which
// British usage, and the minutes of European bodies, hyphenate:
// "start-up", "follow-up", "check-in", "roll-out", "hand-over".
var phrasalParticles = map[string]bool{
	"up": true, "in": true, "on": true, "off": true, "out": true, "over": true,
	"down": true, "by": true, "back": true, "away": true,
}

// leadingWordRunes returns the letters, digits and marks s starts with.
func leadingWordRunes(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// isCapitalsOrDigits reports whether s holds no small letter and at least
// one letter or digit: "CSIRT", "GN3", "2023".
func isCapitalsOrDigits(s string) bool {
	seen := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		seen = seen || unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return seen
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }
