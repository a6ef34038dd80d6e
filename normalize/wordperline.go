package normalize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// wordPerLine rejoins justified text that came out one word per line, attaching '(' and ')' correctly.
var wordPerLine = Pass{
	Name:  "word-per-line",
	About: "Rejoins justified text that came out one word per line, attaching '(' and ')' correctly.",
	Apply: applyWordPerLine,
}

// Some PDF-to-text tools put every word of a justified line on a line of
// its own ("As" / "a" / "result," / "the" / "DFN-CERT" / "portal" / "(" /
// "https://portal.cert.dfn.de/" / ")" / "aimed" ...). Such a run is told
// from a list of one-word items (names, nicknames, statuses) by reading
// like prose: it holds function words ("a", "the", "de", "und"). Single
// characters are words only when they are one-letter words or brackets:
// a run of single letters is char-per-line's damage, not this one.

// minWordRun is the shortest run of one-word lines rejoined on its own; a
// run of two is rejoined only when the line after it continues the
// sentence ("The" / "next" / "workshop would be held …").
const minWordRun = 3

// applyWordPerLine finds runs of one-word lines and rejoins each. When
// the width of the text is known, the words are wrapped again at it, so
// that the lines of the page come back: a torn full line, and the short
// last line of its paragraph if the run took it in ("following" /
// "TF-CSIRT" / "seminars." before a new paragraph). Soft-wraps then judges
// paragraph ends on real lines.
func applyWordPerLine(doc *document.Document) []document.Warning {
	limit := measureWrapStyle(doc).maxWidth
	lines := doc.Lines
	out := lines[:0] // in place (see Pass): it reads only lines[i] and after, and a run gives no more lines than it takes
	var warnings []document.Warning
	for i := 0; i < len(lines); {
		n := wordRunLength(lines[i:])
		if n < 2 || !readsAsProse(lines[i:i+n]) {
			out = append(out, lines[i])
			i++
			continue
		}
		run := lines[i : i+n]
		rebuilt := rewrapRun(run, limit)
		var next *document.Line
		if i+n < len(lines) {
			next = &lines[i+n]
		}
		continued := next != nil && continuesWordRun(run, rebuilt[len(rebuilt)-1], *next, limit)
		if n < minWordRun && !continued {
			out = append(out, lines[i])
			i++
			continue
		}
		if continued {
			last := &rebuilt[len(rebuilt)-1]
			last.Text = joinWrapped(last.Text, strings.TrimSpace(next.Text))
			keepLinks(last, *next)
		}
		warnings = append(warnings, document.Warning{
			Place:   document.Place{Page: run[0].Page, Line: run[0].Num},
			Message: fmt.Sprintf("rejoined %d one-word lines into a paragraph", n),
		})
		out = append(out, rebuilt...)
		i += n
		if continued {
			i++
		}
	}
	doc.Lines = out
	return warnings
}

// rewrapRun joins the words of a run into lines no longer than limit (one
// line when limit is 0). Each line keeps the provenance of its first word.
func rewrapRun(run []document.Line, limit int) []document.Line {
	var out []document.Line
	start := 0
	for k := 1; k <= len(run); k++ {
		if k < len(run) && (limit == 0 || utf8.RuneCountInString(joinWords(run[start:k+1])) <= limit) {
			continue
		}
		l := run[start]
		l.Text = leadingSpace(run[start].Text) + joinWords(run[start:k])
		l.Links = nil
		for _, w := range run[start:k] {
			keepLinks(&l, w)
		}
		out = append(out, l)
		start = k
	}
	return out
}

// wordRunLength counts the one-word lines at the start of lines. A single
// letter or digit next to another one-character line belongs to a run of
// one-character lines ("a" / "n" / "d"), which is char-per-line's damage:
// the run stops before it.
func wordRunLength(lines []document.Line) int {
	n := 0
	for n < len(lines) {
		word, ok := lineWord(lines[n])
		if !ok {
			break
		}
		if isLoneCharacter(word) && (n+1 < len(lines) && isLoneCharacter(strings.TrimSpace(lines[n+1].Text)) ||
			n > 0 && isLoneCharacter(strings.TrimSpace(lines[n-1].Text))) {
			break
		}
		n++
	}
	return n
}

// lineWord returns the only word of a prose line, if it holds just one
// that can stand alone: two or more characters, a one-letter word, a
// digit, or a bracket or dash.
func lineWord(l document.Line) (string, bool) {
	if l.Kind != document.Prose {
		return "", false
	}
	word := strings.TrimSpace(l.Text)
	if word == "" || strings.ContainsAny(word, " \t") {
		return "", false
	}
	if utf8.RuneCountInString(word) == 1 && !oneCharWords[strings.ToLower(word)] && !unicode.IsDigit(firstRune(word)) {
		return "", false
	}
	return word, true
}

// oneCharWords are the one-letter words of the languages of the corpus,
// and the brackets and dashes that stand between words.
var oneCharWords = wordSet(
	"a i o e y à è é u w z k s v",
	"( ) [ ] – — - & / +",
)

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// proseWords are frequent words of running text — articles, prepositions,
// conjunctions, pronouns and auxiliaries — in English, French, German,
// Spanish, Italian, Dutch and Portuguese. A list of names holds none.
var proseWords = func() map[string]bool {
	m := wordSet(
		"is are was were be been has have had will would can could should may it its this that these those which who we they he she there not also",
		"est sont était été a ont sera il elle nous ils ce cette ces qui que ne pas aussi",
		"ist sind war waren wird wurde hat haben es sie wir er dies diese nicht auch",
		"es son fue ha han será se lo que no también",
		"è sono era ha hanno sarà si che non anche",
		"is zijn was waren wordt werd heeft hebben het dit deze die niet ook",
		"é são foi tem será se que não também",
	)
	for w := range continuationWords {
		m[w] = true
	}
	return m
}()

// readsAsProse reports whether a run of one-word lines is a sentence
// torn apart rather than a list: at least one of its words (and one in
// eight, for long runs) is a function word, and at most half are single
// characters.
func readsAsProse(run []document.Line) bool {
	function, single := 0, 0
	for _, l := range run {
		word := strings.TrimSpace(l.Text)
		if proseWords[strings.ToLower(strings.Trim(word, ".,;:!?()[]\"'“”‘’"))] {
			function++
		}
		if utf8.RuneCountInString(word) == 1 {
			single++
		}
	}
	return function > 0 && function*8 >= len(run) && single*2 <= len(run)
}

// startsWordRun reports whether lines start with a run of one-word lines
// that word-per-line rejoins on its own.
func startsWordRun(lines []document.Line) bool {
	n := wordRunLength(lines)
	return n >= minWordRun && readsAsProse(lines[:n])
}

// continuesWordRun reports whether the line after a run of one-word lines
// goes on from the run's last line. It does when the sentence visibly goes
// on: a lower-case start, or a run that did not end a sentence. When the
// run ends a sentence and a capital follows, the line is either the rest of
// the torn line ("sponsored" / "by" / "ISPA." / "In total …") or a new
// paragraph; with the width known, it is the rest if it fits on the line.
// Without it, only the full lines of a paragraph are justified, so a torn
// line is never a paragraph's last and what follows continues it. A run of
// two, which is weaker evidence, needs the sentence to go on visibly.
func continuesWordRun(run []document.Line, last, next document.Line, limit int) bool {
	text := strings.TrimSpace(next.Text)
	if !continuesSentence(next) || isLoneCharacter(text) {
		return false
	}
	if startsLower(text) || startsWithClosing(text) || !endsSentence(strings.TrimSpace(run[len(run)-1].Text)) {
		return true
	}
	if len(run) < minWordRun {
		return false
	}
	if limit > 0 {
		return utf8.RuneCountInString(last.Text)+1+utf8.RuneCountInString(text) <= limit
	}
	return true
}

// joinWords joins the words of a run with single spaces, except inside
// brackets: "portal" "(" "https://x/" ")" "aimed" gives
// "portal (https://x/) aimed".
func joinWords(run []document.Line) string {
	var b strings.Builder
	noSpace := true // no space before the next word
	for _, l := range run {
		word := strings.TrimSpace(l.Text)
		if !noSpace && !startsWithClosing(word) {
			b.WriteByte(' ')
		}
		b.WriteString(word)
		noSpace = word == "(" || word == "[" || strings.HasSuffix(word, "(")
	}
	return b.String()
}

// leadingSpace returns the indentation of a line.
func leadingSpace(s string) string {
	return s[:len(s)-len(strings.TrimLeft(s, " \t"))]
}
