package normalize

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// splitNumbers joins an item number left alone on its line to its title ('3.' / 'Title' -> '3. Title') and split ordinals ('1' / 'st' -> '1st').
var splitNumbers = Pass{
	Name:  "split-numbers",
	About: "Joins an item number left alone on its line to its title ('3.' / 'Title' -> '3. Title') and split ordinals ('1' / 'st' -> '1st').",
	Apply: applySplitNumbers,
}

// applySplitNumbers makes two sweeps: item numbers first, so that an
// ordinal suffix never mistakes "3." for a number it belongs to.
func applySplitNumbers(doc *document.Document) []document.Warning {
	var warnings []document.Warning
	if w, ok := joinLoneItemNumbers(doc); ok {
		warnings = append(warnings, w)
	}
	if w, ok := joinSplitOrdinals(doc); ok {
		warnings = append(warnings, w)
	}
	return warnings
}

// joinLoneItemNumbers joins a line that holds only an item number ("3.",
// "II.", "4.2", "16-01") to the title on the next line.
func joinLoneItemNumbers(doc *document.Document) (document.Warning, bool) {
	lines := doc.Lines
	out := lines[:0] // in place (see Pass): it reads only lines[i] and after
	var first *document.Line
	count := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if n := len(out); n > 0 && i+1 < len(lines) && isLoneItemNumber(l) && numberBesideTitle(out[n-1], l, lines[i+1]) {
			// The number was centred beside its title and the text under
			// it: the title is the line before.
			title := out[n-1]
			out[n-1].Text = strings.TrimSpace(l.Text) + " " + strings.TrimSpace(title.Text)
			out[n-1].X = l.X
			if first == nil {
				first = &title
			}
			count++
			continue
		}
		// A number that starts a sentence torn into one word per line is
		// word-per-line's to join, with the whole sentence.
		if i+1 < len(lines) && isLoneItemNumber(l) && canTakeItemNumber(lines[i+1]) && !startsWordRun(lines[i:]) {
			next := lines[i+1]
			joined := l
			joined.Text = l.Text + " " + strings.TrimSpace(next.Text)
			joined.Links = slices.Clone(l.Links)
			keepLinks(&joined, next)
			if next.Kind == document.Heading || next.Kind == document.ListItem {
				joined.Kind, joined.Level = next.Kind, next.Level
			}
			if first == nil {
				first = &l
			}
			count++
			out = append(out, joined)
			i++
			continue
		}
		out = append(out, l)
	}
	if count == 0 {
		return document.Warning{}, false
	}
	doc.Lines = out
	return document.Warning{
		Place:   document.Place{Page: first.Page, Line: first.Num},
		Message: fmt.Sprintf("joined %s left alone on a line to %s", countNoun(count, "item number"), theirs(count, "title")),
	}, true
}

// numberBesideTitle reports whether a lone item number of a page layout
// was drawn in a column of its own, centred beside a bold title and the
// first line of text under it: halfway between them, left of both, which
// start at the same place ("Minutes" / "3." / "The minutes from the AGM
// 2013 were accepted", suffolk-libraries-agm-minutes-2014-09-11.pdf).
func numberBesideTitle(title, number, next document.Line) bool {
	if number.Y == 0 || title.Y == 0 || next.Y == 0 || title.Page != number.Page || next.Page != number.Page {
		return false
	}
	if !(title.Bold || title.Kind == document.Heading) || !canTakeItemNumber(title) {
		return false
	}
	above, below := number.Y-title.Y, next.Y-number.Y
	return above > 0 && below > 0 && math.Abs(above-below) <= 2 &&
		title.X > number.X+10 && math.Abs(title.X-next.X) <= 3
}

// isLoneItemNumber reports whether a line holds nothing but an item number.
func isLoneItemNumber(l document.Line) bool {
	if l.Kind != document.Prose && l.Kind != document.Heading && l.Kind != document.ListItem {
		return false
	}
	return isItemNumber(strings.TrimSpace(l.Text))
}

// canTakeItemNumber reports whether a line can be the title of an item
// number on the line before it: text that starts with a letter or an
// opening quote, and is not itself numbered.
func canTakeItemNumber(l document.Line) bool {
	if l.Kind == document.Blank || l.Kind == document.TableRow || l.Kind == document.Glued {
		return false
	}
	text := strings.TrimSpace(l.Text)
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsLetter(r) && !strings.ContainsRune("\"'“‘«(", r) {
		return false
	}
	// A title has a word, not only letters left over from a
	// one-character run ("a t").
	if !hasWordOfLetters(text, 2) {
		return false
	}
	first, _, _ := strings.Cut(text, " ")
	return !isItemNumber(first)
}

// hasWordOfLetters reports whether text holds a word of at least n letters.
func hasWordOfLetters(text string, n int) bool {
	run := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			run++
			if run >= n {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// isItemNumber reports whether s is the label of an item, a section or an
// action, as minutes number them: "3.", "3)", "(3)", "4.2", "4.2.1.",
// "16-01", "II.", "iv)", "a)", "(b)", "A.". A bare integer ("3") is not
// one: it is as often a page number or a table cell.
func isItemNumber(s string) bool {
	inner, closed := trimItemPunct(s)
	if inner == "" {
		return false
	}
	if isDottedNumber(inner) {
		return closed || strings.ContainsAny(inner, ".-")
	}
	if !closed {
		return false
	}
	return isRomanNumeral(inner) || isItemLetter(inner)
}

// trimItemPunct strips the punctuation around an item label: "(3)" and
// "3)" and "3." give "3" and true; "3" gives "3" and false.
func trimItemPunct(s string) (string, bool) {
	switch {
	case strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && len(s) > 2:
		return s[1 : len(s)-1], true
	case strings.HasSuffix(s, ".") || strings.HasSuffix(s, ")"):
		return s[:len(s)-1], true
	}
	return s, false
}

// isDottedNumber reports whether s is one to four groups of one to three
// digits joined by "." or "-": "3", "4.2", "4.2.1", "16-01".
func isDottedNumber(s string) bool {
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '-' })
	if len(groups) == 0 || len(groups) > 4 || strings.Contains(s, "..") || strings.Contains(s, "--") ||
		strings.HasPrefix(s, ".") || strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-") {
		return false
	}
	for _, g := range groups {
		if len(g) > 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isRomanNumeral reports whether s is a Roman numeral from I to XXXIX,
// all upper case or all lower case: the range agendas use.
func isRomanNumeral(s string) bool {
	if s == "" || (s != strings.ToUpper(s) && s != strings.ToLower(s)) {
		return false
	}
	u := strings.ToUpper(s)
	tens := strings.TrimLeft(u, "X")
	if len(u)-len(tens) > 3 {
		return false
	}
	switch tens {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return u != ""
	}
	return false
}

// isItemLetter reports whether s is a single letter used as an item label.
func isItemLetter(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && r < 0x80 && unicode.IsLetter(r)
}

// joinSplitOrdinals puts an ordinal suffix set as a superscript back on its
// number. Text extraction leaves the suffix on a line of its own, after the
// number ("From the 1" / "st" / "of January") or before or after the line
// that holds the number ("th" / "Meeting of 24 June").
func joinSplitOrdinals(doc *document.Document) (document.Warning, bool) {
	lines := doc.Lines
	out := lines[:0] // in place (see Pass): it reads only lines[i] and after
	var first *document.Line
	count := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		suffixes, ok := lineOfOrdinalSuffixes(l)
		if !ok {
			out = append(out, l)
			continue
		}
		// The number ends the line before: join the suffix and the
		// rest of the sentence, which the superscript pushed down.
		if len(out) > 0 && len(suffixes) == 1 && endsWithNumberFor(out[len(out)-1].Text, suffixes[0]) {
			prev := &out[len(out)-1]
			prev.Text += suffixes[0]
			if i+1 < len(lines) && continuesSentence(lines[i+1]) {
				prev.Text += " " + strings.TrimSpace(lines[i+1].Text)
				keepLinks(prev, lines[i+1])
				i++
			}
			first, count = firstOf(first, l), count+1
			continue
		}
		// The number is in the next line or, failing that, the one before.
		if i+1 < len(lines) {
			if text, ok := insertOrdinals(l, lines[i+1], suffixes); ok {
				lines[i+1].Text = text
				first, count = firstOf(first, l), count+len(suffixes)
				continue
			}
		}
		if len(out) > 0 {
			if text, ok := insertOrdinals(l, out[len(out)-1], suffixes); ok {
				out[len(out)-1].Text = text
				first, count = firstOf(first, l), count+len(suffixes)
				continue
			}
		}
		out = append(out, l)
	}
	if count == 0 {
		return document.Warning{}, false
	}
	doc.Lines = out
	return document.Warning{
		Place:   document.Place{Page: first.Page, Line: first.Num},
		Message: fmt.Sprintf("put %s back on %s", countNoun(count, "split ordinal suffix"), theirs(count, "number")),
	}, true
}

func firstOf(first *document.Line, l document.Line) *document.Line {
	if first != nil {
		return first
	}
	return &l
}

// lineOfOrdinalSuffixes returns the suffixes of a line that holds nothing
// but ordinal suffixes ("st", "th th", "er").
func lineOfOrdinalSuffixes(l document.Line) ([]string, bool) {
	if l.Kind != document.Prose && l.Kind != document.Heading {
		return nil, false
	}
	fields := strings.Fields(l.Text)
	if len(fields) == 0 || len(fields) > 4 {
		return nil, false
	}
	for _, f := range fields {
		if !isOrdinalSuffix(f) {
			return nil, false
		}
	}
	return fields, true
}

// ordinalSuffixes are the suffixes that make a number an ordinal, in the
// languages of the corpus: English (1st, 2nd, 3rd, 4th), French (1er, 1re,
// 2e, 2ème, 2nd), Spanish, Portuguese and Italian (1º, 1ª, 1°). Single
// letters that are also words ("o", "a", "e") are left out.
var ordinalSuffixes = map[string]bool{
	"st": true, "nd": true, "rd": true, "th": true,
	"er": true, "re": true, "ère": true, "ème": true, "eme": true, "è": true, "nde": true,
	"º": true, "ª": true, "°": true,
}

func isOrdinalSuffix(s string) bool { return ordinalSuffixes[strings.ToLower(s)] }

// ordinalFits reports whether suffix is the right one for the number n:
// English suffixes must agree (1st, 2nd, 3rd, 11th), French "er"/"re" go
// with 1 only; the others fit any number.
func ordinalFits(n int, suffix string) bool {
	suffix = strings.ToLower(suffix)
	english := map[int]string{1: "st", 2: "nd", 3: "rd"}
	switch suffix {
	case "st", "rd", "th":
		want := "th"
		if n%100 < 11 || n%100 > 13 {
			if s, ok := english[n%10]; ok {
				want = s
			}
		}
		return suffix == want
	case "nd", "nde":
		return n%10 == 2 && n%100 != 12
	case "er", "re", "ère":
		return n == 1
	case "e", "ème", "eme", "è":
		return n > 1
	}
	return true
}

// endsWithNumberFor reports whether text ends with a number, written on its
// own, that suffix fits: "From the 1" and "st".
func endsWithNumberFor(text, suffix string) bool {
	text = strings.TrimRight(text, " ")
	i := len(text)
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		i--
	}
	digits := text[i:]
	if digits == "" || len(digits) > 3 {
		return false
	}
	if i > 0 && text[i-1] != ' ' && text[i-1] != '(' {
		return false
	}
	n, _ := strconv.Atoi(digits)
	return ordinalFits(n, suffix)
}

// continuesSentence reports whether a line goes on with the sentence of
// the line before: prose that does not start a block of its own.
func continuesSentence(l document.Line) bool {
	return l.Kind == document.Prose && !l.IsBlank() && !startsBlock(strings.TrimSpace(l.Text))
}

// A numberSpan is where a number that could take an ordinal suffix sits
// in a line, in bytes and in runes.
type numberSpan struct {
	value        int
	end, runeEnd int  // just after the last digit
	beforeMonth  bool // a month name follows: "24 January"
}

// insertOrdinals puts suffixes (from the line sfx) after the numbers of
// target they fit, and returns the new text of target. It refuses when
// the choice is not clear: fewer fitting numbers than suffixes, or more
// and no month name or position to choose by.
func insertOrdinals(sfx, target document.Line, suffixes []string) (string, bool) {
	if target.Kind == document.Blank || target.Kind == document.Glued || target.Kind == document.TableRow {
		return "", false
	}
	spans := numbersIn(target.Text)
	chosen, ok := chooseOrdinalNumbers(spans, suffixes, sfx, target)
	if !ok {
		return "", false
	}
	var b strings.Builder
	last := 0
	for k, s := range chosen {
		b.WriteString(target.Text[last:s.end])
		b.WriteString(suffixes[k])
		last = s.end
	}
	b.WriteString(target.Text[last:])
	return b.String(), true
}

// chooseOrdinalNumbers picks, for each suffix in order, the number it
// belongs to. With one suffix and PDF positions, the number nearest to
// where the superscript was drawn wins; otherwise numbers before a month
// name are preferred, and the count must match.
func chooseOrdinalNumbers(spans []numberSpan, suffixes []string, sfx, target document.Line) ([]numberSpan, bool) {
	var fitting []numberSpan
	for _, s := range spans {
		if ordinalFitsAny(s.value, suffixes) {
			fitting = append(fitting, s)
		}
	}
	if len(fitting) == 0 {
		return nil, false
	}
	if len(suffixes) == 1 && len(fitting) > 1 {
		if s, ok := nearestToSuperscript(fitting, sfx, target); ok {
			fitting = []numberSpan{s}
		}
	}
	if len(fitting) > len(suffixes) {
		var dated []numberSpan
		for _, s := range fitting {
			if s.beforeMonth {
				dated = append(dated, s)
			}
		}
		fitting = dated
	}
	if len(fitting) != len(suffixes) {
		return nil, false
	}
	for k, s := range fitting {
		if !ordinalFits(s.value, suffixes[k]) {
			return nil, false
		}
	}
	return fitting, true
}

func ordinalFitsAny(n int, suffixes []string) bool {
	for _, s := range suffixes {
		if ordinalFits(n, s) {
			return true
		}
	}
	return false
}

// nearestToSuperscript uses PDF positions, when the reader gave them, to
// find the number whose end lies under the superscript. Characters are
// taken to be half as wide as the font size, a fair mean for text fonts.
func nearestToSuperscript(spans []numberSpan, sfx, target document.Line) (numberSpan, bool) {
	if sfx.X <= 0 || target.X <= 0 || target.Size <= 0 {
		return numberSpan{}, false
	}
	column := (sfx.X - target.X) / (target.Size * 0.5)
	best, bestDist := numberSpan{}, -1.0
	for _, s := range spans {
		d := column - float64(s.runeEnd)
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = s, d
		}
	}
	return best, bestDist >= 0 && bestDist <= 12
}

// numbersIn finds the numbers of text that could take an ordinal suffix:
// one to three digits standing alone as a word, not an item number ("4."),
// not part of a time, a decimal or a code.
func numbersIn(text string) []numberSpan {
	var spans []numberSpan
	runeIndex := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r < '0' || r > '9' {
			i += size
			runeIndex++
			continue
		}
		start := i
		for i < len(text) && text[i] >= '0' && text[i] <= '9' {
			i++
			runeIndex++
		}
		if s, ok := ordinalCandidate(text, start, i, runeIndex); ok {
			spans = append(spans, s)
		}
	}
	return spans
}

// ordinalCandidate checks the digits text[start:end] as a number that could
// take an ordinal suffix.
func ordinalCandidate(text string, start, end, runeEnd int) (numberSpan, bool) {
	if end-start > 3 {
		return numberSpan{}, false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	if start > 0 && !unicode.IsSpace(before) && before != '(' {
		return numberSpan{}, false
	}
	after, _ := utf8.DecodeRuneInString(text[end:])
	if end < len(text) && !unicode.IsSpace(after) && after != ',' {
		return numberSpan{}, false
	}
	value, _ := strconv.Atoi(text[start:end])
	rest := strings.Fields(text[end:])
	beforeMonth := len(rest) > 0 && isMonthName(rest[0])
	if !beforeMonth && len(rest) > 1 && strings.EqualFold(rest[0], "of") {
		beforeMonth = isMonthName(rest[1])
	}
	return numberSpan{value: value, end: end, runeEnd: runeEnd, beforeMonth: beforeMonth}, true
}

// monthNames are the month names, full and abbreviated, of the languages
// minutes come in: English, French, German, Spanish, Italian, Dutch and
// Portuguese. Keys are lower case.
var monthNames = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr jun jul aug sep sept oct nov dec",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
	} {
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
	}
	return m
}()

// isMonthName reports whether word, without trailing punctuation, names a
// month.
func isMonthName(word string) bool {
	word = strings.TrimRight(word, ".,;:")
	return monthNames[strings.ToLower(word)]
}

// theirs writes "its title" for one thing, "their titles" for several.
func theirs(n int, noun string) string {
	if n == 1 {
		return "its " + noun
	}
	return "their " + noun + "s"
}

// countNoun writes a count and a noun: "1 line", "3 lines", "2 suffixes".
func countNoun(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	switch {
	case strings.HasSuffix(noun, "x"), strings.HasSuffix(noun, "s"):
		return fmt.Sprintf("%d %ses", n, noun)
	case strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ay"):
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
