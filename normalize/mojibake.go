package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"minutes/document"
)

// mojibake repairs UTF-8 text that was decoded as Windows-1252, Latin-1 or MacRoman ('BoÅ¾iÄ', 'SuffolkÕs'), only where the repair is unambiguous.
var mojibake = Pass{
	Name:  "mojibake",
	About: "Repairs UTF-8 text that was decoded as Windows-1252, Latin-1 or MacRoman ('BoÅ¾iÄ', 'SuffolkÕs'), only where the repair is unambiguous.",
	Apply: applyMojibake,
}

// Mojibake is text decoded with the wrong code page. Two kinds reach us:
//
//  1. UTF-8 bytes decoded one byte at a time as Windows-1252, Latin-1 or
//     MacRoman: "Božič" becomes "BoÅ¾iÄ", "’" becomes "â€™" (or "‚Äô"),
//     sometimes twice over ("Ã¢â‚¬â„¢"). The repair encodes the characters
//     back to the bytes they came from and decodes those as UTF-8, as
//     ftfy does. It is accepted only when the bytes are valid UTF-8, the
//     result is plausible text, and the result is less "bad" than the
//     original, badness being sequences that real text does not have
//     (a symbol glued to a letter, "Ã" before a non-ASCII character, a C1
//     control). Legitimate accented words never re-encode to valid UTF-8
//     with less badness: in "Åsgård" or "Dörges" no accented letter is
//     followed by the symbols UTF-8 continuation bytes look like.
//     Windows-1252 leaves five bytes undefined, and text misread through
//     it may have lost them: "Božič" comes out "BoÅ¾iÄ". Such a character
//     is put back only where the document spells the word whole
//     elsewhere, and "â€" closing a word is the quote ”.
//
//  2. MacRoman text decoded as Latin-1, from old Mac files: the curly
//     quotes and dashes come out as "Õ" (’), "Ò" "Ó" (“ ”), "Ô" (‘), "Ð"
//     (–) and "Ñ" (—): "SuffolkÕs", "more Ð see". These are real letters
//     in other languages ("Õismäe", "Ðorđević"), so only their tell-tale
//     positions are repaired: "Õ" between a letter and "s", "t", "ll",
//     "re", "ve", "d" or "m" that ends the word is an apostrophe anywhere;
//     the weaker patterns (a lone "Ð" between spaces, quotes) only in a
//     document that shows the strong one.

// utf8Misreadings are the code pages UTF-8 is commonly misread as.
var utf8Misreadings = []*codePage{windows1252Sloppy, macRoman}

// A codePage maps the non-ASCII characters of an 8-bit code page back to
// the bytes they decode from.
type codePage struct {
	name   string
	toByte map[rune]byte
}

// newCodePage builds the reverse map of cm. With sloppy set, the C1
// control characters U+0080–U+009F map to the bytes 0x80–0x9F where cm
// leaves those bytes undefined (Windows-1252 read as Latin-1 gives them).
func newCodePage(name string, cm *charmap.Charmap, sloppy bool) *codePage {
	p := &codePage{name: name, toByte: map[rune]byte{}}
	for b := 0x80; b <= 0xFF; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			if sloppy {
				p.toByte[rune(b)] = byte(b)
			}
			continue
		}
		p.toByte[r] = byte(b)
	}
	if sloppy {
		for b := 0x80; b <= 0x9F; b++ {
			if _, taken := p.toByte[rune(b)]; !taken {
				p.toByte[rune(b)] = byte(b)
			}
		}
	}
	return p
}

var (
	windows1252Sloppy = newCodePage("windows-1252", charmap.Windows1252, true)
	macRoman          = newCodePage("macintosh", charmap.Macintosh, false)
)

// applyMojibake repairs every line and its cells, and says what it
// repaired, line by line. A second sweep puts back characters whose last
// byte was lost, where the document spells the word whole elsewhere
// (restoreLostBytes); it needs the first sweep's repairs as witnesses.
func applyMojibake(doc *document.Document) []document.Warning {
	macEvidence := hasMacRomanEvidence(doc.Lines)
	before := make([]string, len(doc.Lines)) // the texts as they were
	cellExamples := map[int]string{}         // the first repaired cell of a line, for its warning
	suspects := false
	for i := range doc.Lines {
		l := &doc.Lines[i]
		before[i] = l.Text
		l.Text, _ = repairMojibakeLine(l.Text, macEvidence)
		copied := false
		for j, cell := range l.Cells {
			fixed, _ := repairMojibakeLine(cell, macEvidence)
			if fixed == cell {
				continue
			}
			if !copied {
				l.Cells, copied = slices.Clone(l.Cells), true // the input document keeps the old ones
			}
			l.Cells[j] = fixed
			if cellExamples[i] == "" {
				cellExamples[i] = changedWord(cell, fixed)
			}
		}
		suspects = suspects || hasLostByte(l.Text)
	}
	if suspects {
		vocab := documentVocabulary(doc.Lines)
		for i := range doc.Lines {
			doc.Lines[i].Text = restoreLostBytes(doc.Lines[i].Text, vocab)
		}
	}
	var warnings []document.Warning
	for i, l := range doc.Lines {
		example := ""
		if l.Text != before[i] {
			example = changedWord(before[i], l.Text)
		}
		if example == "" {
			example = cellExamples[i]
		}
		if example != "" {
			warnings = append(warnings, document.Warning{
				Place:   document.Place{Page: l.Page, Line: l.Num},
				Message: "repaired mojibake: " + example,
			})
		}
	}
	return capWarnings(warnings, "line with mojibake repaired|lines with mojibake repaired")
}

// restoreClosingQuote puts back the closing double quote ” (0xE2 0x80
// 0x9D) whose last byte Windows-1252 lost, leaving "â€" after a word
// ("the â€œrunning a CERTâ€ scheme"). The other characters that can have
// lost that byte are invisible spaces and marks, which do not close a
// word, so the quote is the only reading.
func restoreClosingQuote(text string) string {
	if !strings.Contains(text, "â€") {
		return text
	}
	runes := []rune(text)
	var b strings.Builder
	for i := 0; i < len(runes); i++ {
		closing := i+1 < len(runes) && runes[i] == 'â' && runes[i+1] == '€' &&
			i > 0 && !unicode.IsSpace(runes[i-1]) &&
			(i+2 == len(runes) || unicode.IsSpace(runes[i+2]) || strings.ContainsRune(".,;:!?)", runes[i+2]))
		if closing {
			b.WriteRune('”')
			i++
			continue
		}
		b.WriteRune(runes[i])
	}
	return b.String()
}

// lostBytes are the bytes Windows-1252 leaves undefined: text misread
// through it loses them, so "č" (0xC4 0x8D) comes out as "Ä" alone.
var lostBytes = []byte{0x81, 0x8D, 0x8F, 0x90, 0x9D}

// isLostByteLead reports whether the rune at i of runes is what is left
// of a two-byte UTF-8 character whose second byte was lost: a Latin-1
// capital that starts UTF-8 sequences (0xC2–0xDF), right after a small
// letter, at the end of its word.
func isLostByteLead(runes []rune, i int) bool {
	return isUTF8LeadLookalike(runes[i]) && i > 0 && unicode.IsLower(runes[i-1]) &&
		(i+1 == len(runes) || !unicode.IsLetter(runes[i+1]))
}

// hasLostByte reports whether text holds a character that lost its
// second byte.
func hasLostByte(text string) bool {
	if !hasLeadLookalike(text) {
		return false
	}
	runes := []rune(text)
	for i := range runes {
		if isLostByteLead(runes, i) {
			return true
		}
	}
	return false
}

// hasLeadLookalike reports whether text may hold a character for which
// isUTF8LeadLookalike holds: U+00C2–U+00DF, which UTF-8 writes 0xC3
// 0x82–0x9F. A scan of bytes spares most lines a conversion to runes.
func hasLeadLookalike(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if text[i] == 0xC3 && text[i+1] >= 0x82 && text[i+1] <= 0x9F {
			return true
		}
	}
	return false
}

// restoreLostBytes puts back each character that lost its second byte
// ("BožiÄ") when exactly one of the characters it can have been makes a
// word the document uses ("Božič"). Without a witness the text is left as
// it is: "Ä" then stands for "ā", "č", "ď", "Đ" or "ĝ" alike.
func restoreLostBytes(text string, vocab vocabulary) string {
	runes := []rune(text)
	changed := false
	for i := range runes {
		if !isLostByteLead(runes, i) {
			continue
		}
		lead, ok := windows1252Sloppy.toByte[runes[i]]
		if !ok {
			continue
		}
		found := rune(-1)
		for _, b := range lostBytes {
			r, _ := utf8.DecodeRune([]byte{lead, b})
			if r == utf8.RuneError {
				continue
			}
			candidate := append([]rune(nil), runes...)
			candidate[i] = r
			if vocab.count(lettersAround(candidate, i)) > 0 {
				if found >= 0 {
					found = -2 // two witnesses: ambiguous
					break
				}
				found = r
			}
		}
		if found >= 0 {
			runes[i] = found
			changed = true
		}
	}
	if !changed {
		return text
	}
	return string(runes)
}

// repairMojibakeLine repairs one text and returns it with an example of
// what changed ("BoÅ¾iÄ → Božič"), or "" when nothing did.
func repairMojibakeLine(text string, macEvidence bool) (string, string) {
	if !mayHoldMojibake(text) {
		return text, ""
	}
	fixed := text
	// Text encoded wrongly twice needs two rounds; three is a bound.
	for round := 0; round < 3; round++ {
		next := repairUTF8Misreading(fixed)
		if next == fixed {
			break
		}
		fixed = next
	}
	fixed = restoreClosingQuote(fixed)
	fixed = repairMacRomanPunctuation(fixed, macEvidence)
	if fixed == text {
		return text, ""
	}
	var c unicodeChanges
	fixed = cleanUnicode(fixed, &c)
	return fixed, changedWord(text, fixed)
}

// repairUTF8Misreading re-decodes, in each code page UTF-8 is misread as,
// the runs of non-ASCII characters of text, and keeps each repair that
// lowers the badness. A UTF-8 sequence never holds an ASCII byte, nor
// comes from a character that no code page has (U+2002, "ł"), so each run
// between those can be repaired on its own.
func repairUTF8Misreading(text string) string {
	if !hasMisreadableRun(text) {
		return text
	}
	runes := []rune(text)
	var b strings.Builder
	for i := 0; i < len(runes); {
		if !isMisreadable(runes[i]) {
			b.WriteRune(runes[i])
			i++
			continue
		}
		end := i
		for end < len(runes) && isMisreadable(runes[end]) {
			end++
		}
		b.WriteString(repairRun(runes, i, end))
		i = end
	}
	return b.String()
}

// hasMisreadableRun reports whether text holds two misreadable characters
// in a row, or bytes that are not UTF-8 (which repairUTF8Misreading
// writes back as U+FFFD). A single one between others is never repaired:
// one byte of 0x80 or above is no UTF-8 sequence.
func hasMisreadableRun(text string) bool {
	return scanMojibake(text, false)
}

// mayHoldMojibake reports whether repairMojibakeLine can change text: it
// has a misreadable run (which "â€" of a lost quote is too) or a
// character MacRoman punctuation becomes. Most text has neither, and is
// looked at once.
func mayHoldMojibake(text string) bool {
	return scanMojibake(text, true)
}

// scanMojibake reports whether text has a misreadable run or bytes that
// are not UTF-8, or, with macRoman set, a MacRoman lookalike.
func scanMojibake(text string, macRoman bool) bool {
	prev := false
	for i, r := range text {
		if r < utf8.RuneSelf {
			prev = false
			continue
		}
		if r == utf8.RuneError && !strings.HasPrefix(text[i:], "\ufffd") || macRoman && isMacRomanLookalike(r) {
			return true
		}
		cur := isMisreadable(r)
		if prev && cur {
			return true
		}
		prev = cur
	}
	return false
}

// isMisreadable reports whether r can be what a misreading made of a byte
// of UTF-8: a non-ASCII character of one of the code pages.
func isMisreadable(r rune) bool {
	return r >= utf8.RuneSelf && misreadable[r]
}

// misreadable holds the non-ASCII characters of the code pages UTF-8 is
// misread as, for isMisreadable: one lookup instead of one a page.
var misreadable = func() map[rune]bool {
	m := map[rune]bool{}
	for _, page := range utf8Misreadings {
		for r := range page.toByte {
			m[r] = true
		}
	}
	return m
}()

// repairRun returns the repair of runes[start:end] (a run of non-ASCII
// characters) with the lowest badness, or the run itself when no repair
// lowers it. The characters on either side count in the badness, so
// "o" + "Å¾" is judged as the "oÅ" a real word would not hold.
func repairRun(runes []rune, start, end int) string {
	run := string(runes[start:end])
	before, after := "", ""
	if start > 0 {
		before = string(runes[start-1])
	}
	if end < len(runes) {
		after = string(runes[end])
	}
	best, bestBadness := run, mojibakeBadness(before+run+after)
	if bestBadness == 0 {
		return run
	}
	for _, fixed := range redecodings(runes[start:end], maxMisreadings) {
		if !plausibleRepair(fixed) {
			continue
		}
		if bad := mojibakeBadness(before + fixed + after); bad < bestBadness {
			best, bestBadness = fixed, bad
		}
	}
	return best
}

// maxMisreadings is how many misreadings on top of each other are undone:
// text is seldom misread more than twice, and each level doubles the
// work.
const maxMisreadings = 3

// redecodings returns what run may have been before one misreading, in
// each code page, and before two or more, up to depth, shallowest first.
// The intermediate texts need not be plausible: UTF-8 misread twice
// through Latin-1 is C1 controls after one repair ("Ã¢Â\u0080Â\u0099"
// → "â\u0080\u0099" → "’").
func redecodings(run []rune, depth int) []string {
	var out, deeper []string
	for _, page := range utf8Misreadings {
		fixed, ok := redecode(run, page)
		if !ok {
			continue
		}
		out = append(out, fixed)
		if depth > 1 && !isASCII(fixed) {
			deeper = append(deeper, redecodings([]rune(fixed), depth-1)...)
		}
	}
	return append(out, deeper...)
}

// redecode encodes run in page and decodes the bytes as UTF-8. Where the
// bytes are not all valid UTF-8 (a character lost in the first misreading,
// or a real accented letter beside the mojibake), only the complete
// multi-byte sequences are decoded and the other characters kept.
func redecode(run []rune, page *codePage) (string, bool) {
	raw := make([]byte, len(run))
	for i, r := range run {
		b, ok := page.toByte[r]
		if !ok {
			return "", false
		}
		raw[i] = b
	}
	var out strings.Builder
	decoded := false
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError || size < 2 {
			out.WriteRune(run[i])
			i++
			continue
		}
		out.WriteRune(r)
		decoded = true
		i += size
	}
	return out.String(), decoded
}

// plausibleRepair reports whether a re-decoded run reads as text: letters,
// marks on letters, and the punctuation and symbols of running text; no
// control characters, private-use or unassigned code points; and a letter
// of a script other than Latin only as part of a word of that script, not
// one stray "Վ".
func plausibleRepair(s string) bool {
	scripts := map[*unicode.RangeTable]int{}
	prevLetter := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Co, r) ||
			unicode.Is(unicode.Cs, r) || !unicode.IsPrint(r) && r != '\u00a0' && r != '\u00ad':
			return false
		case unicode.Is(unicode.Mn, r):
			if !prevLetter {
				return false
			}
		case unicode.IsLetter(r):
			if t := otherScript(r); t != nil {
				scripts[t]++
			}
		}
		prevLetter = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	}
	for _, n := range scripts {
		if n < 2 {
			return false
		}
	}
	return true
}

// otherScripts are the scripts besides Latin whose mojibake is repaired.
var otherScripts = []*unicode.RangeTable{
	unicode.Greek, unicode.Cyrillic, unicode.Han, unicode.Hiragana, unicode.Katakana,
	unicode.Hangul, unicode.Arabic, unicode.Hebrew,
}

// otherScript returns the script of a letter that is not Latin, or nil
// for Latin; a letter of any script not listed is its own nameless script
// (unicode.Other), which never reaches the two letters asked of a script.
func otherScript(r rune) *unicode.RangeTable {
	if unicode.Is(unicode.Latin, r) {
		return nil
	}
	for _, t := range otherScripts {
		if unicode.Is(t, r) {
			return t
		}
	}
	return unicode.Other
}

// mojibakeBadness counts what real text does not hold: C1 control
// characters, a letter with a symbol glued after it ("Å¾", "â€", "Ã©"),
// an upper-case accented Latin-1 letter right after a lower-case letter
// ("BoÅ"), "Ã" or "Â" before a non-ASCII character, and "√" or "‚Ä"
// (UTF-8 read as MacRoman).
func mojibakeBadness(s string) int {
	bad := 0
	var prev rune
	for i, r := range s {
		switch {
		case r >= 0x80 && r <= 0x9F, unicode.Is(unicode.Co, r):
			bad += 2 // C1 controls; private use (MacRoman 0xF0 is Apple's logo)
		case i > 0 && unicode.IsLetter(prev) && strings.ContainsRune(symbolsNeverAfterLetter, r):
			bad++
		case i > 0 && unicode.IsLower(prev) && r >= 'À' && r <= 'Þ' && r != '×':
			bad++
		case (prev == 'Ã' || prev == 'Â') && r >= utf8.RuneSelf:
			bad++
		case prev == '√' && !unicode.IsSpace(r), prev == '‚' && r == 'Ä':
			bad++
		}
		prev = r
	}
	return bad
}

// symbolsNeverAfterLetter are characters of the Windows-1252 and MacRoman
// upper halves that real text does not put right after a letter, and that
// UTF-8 bytes decode to ("ƒ", a letter in Unicode, is the florin sign or a
// function's name, never the end of a word). (Units such as "m²", "Nº", "1ª",
// "Word®", "l·l" do follow letters and are left out.)
const symbolsNeverAfterLetter = "€‚„†‡ˆ‰‹›˜¡¢¤¥¦§¨¬¯´¶¸¹¼½¾¿÷" + "√∂∑∏∫Ω≠≤≥∞≈∆◊⁄˘˙˚˝˛ˇƒ"

// changedWord returns the first word that differs between before and
// after, as "BoÅ¾iÄ → BožiÄ", for a warning.
func changedWord(before, after string) string {
	b, a := strings.Fields(before), strings.Fields(after)
	for i := 0; i < len(b) && i < len(a); i++ {
		if b[i] != a[i] {
			return preview(b[i], 40) + " → " + preview(a[i], 40)
		}
	}
	return preview(before, 40) + " → " + preview(after, 40)
}

// MacRoman punctuation as Latin-1 shows it.
const (
	macApostrophe  = 'Õ' // MacRoman 0xD5, ’
	macOpenSingle  = 'Ô' // 0xD4, ‘
	macOpenDouble  = 'Ò' // 0xD2, “
	macCloseDouble = 'Ó' // 0xD3, ”
	macEnDash      = 'Ð' // 0xD0, –
	macEmDash      = 'Ñ' // 0xD1, —
	macEllipsis    = 'É' // 0xC9, …
	macBullet      = '¥' // 0xA5, •
)

// hasMacRomanEvidence reports whether the document shows MacRoman
// punctuation read as Latin-1 in a position no real word has: "yearÕs",
// "IÕll". Only then are the weaker patterns repaired.
func hasMacRomanEvidence(lines []document.Line) bool {
	for _, l := range lines {
		if !strings.ContainsRune(l.Text, macApostrophe) {
			continue
		}
		runes := []rune(l.Text)
		for i, r := range runes {
			if r == macApostrophe && isMacApostrophe(runes, i) {
				return true
			}
		}
	}
	return false
}

// isMacApostrophe reports whether the "Õ" at i stands where an apostrophe
// would: after a lower-case letter (or the pronoun "I") and before a
// lower-case contraction ending that ends the word.
func isMacApostrophe(runes []rune, i int) bool {
	if i == 0 || i+1 >= len(runes) {
		return false
	}
	prev := runes[i-1]
	if !unicode.IsLower(prev) && !(prev == 'I' && (i == 1 || !unicode.IsLetter(runes[i-2]))) {
		return false
	}
	return unicode.IsLower(runes[i+1]) && startsContraction(runes[i+1:])
}

// repairMacRomanPunctuation puts back MacRoman apostrophes and bullets
// everywhere and,
// when the document shows them (evidence), the other MacRoman quotes and
// dashes in positions letters do not take.
func repairMacRomanPunctuation(text string, evidence bool) string {
	if !hasMacRomanLookalike(text) {
		return text
	}
	runes := []rune(text)
	changed := false
	for i, r := range runes {
		old := r
		switch {
		case r == macApostrophe && isMacApostrophe(runes, i):
			runes[i] = '’'
		case r == macBullet && isMacBullet(runes, i):
			runes[i] = '•'
		case !evidence:
		case r == macApostrophe && i > 0 && unicode.IsLower(runes[i-1]) && (i+1 == len(runes) || !unicode.IsLetter(runes[i+1])):
			runes[i] = '’' // "membersÕ "
		case r == macEnDash && betweenSpacesOrDigits(runes, i):
			runes[i] = '–'
		case r == macEmDash && betweenSpacesOrDigits(runes, i):
			runes[i] = '—'
		case r == macEllipsis && i > 0 && unicode.IsLower(runes[i-1]) && (i+1 == len(runes) || !unicode.IsLetter(runes[i+1])):
			runes[i] = '…' // "and soÉ"
		}
		changed = changed || runes[i] != old
	}
	if !changed && !evidence {
		return text // its valid UTF-8 (repairUTF8Misreading made it so) unchanged: no copy
	}
	if evidence {
		pairMacQuotes(runes, macOpenDouble, macCloseDouble, '“', '”')
		pairMacQuotes(runes, macOpenSingle, macApostrophe, '‘', '’')
	}
	return string(runes)
}

// hasMacRomanLookalike reports whether text holds one of the characters
// MacRoman punctuation becomes in Latin-1.
func hasMacRomanLookalike(text string) bool {
	for _, r := range text {
		if isMacRomanLookalike(r) {
			return true
		}
	}
	return false
}

// isMacRomanLookalike reports whether r is a character MacRoman
// punctuation becomes in Latin-1.
func isMacRomanLookalike(r rune) bool {
	switch r {
	case macApostrophe, macOpenSingle, macOpenDouble, macCloseDouble, macEnDash, macEmDash, macEllipsis, macBullet:
		return true
	}
	return false
}

// isMacBullet reports whether the "¥" at i starts the line and is followed
// by a space and a letter: a MacRoman bullet, as a yen sign comes before
// an amount.
func isMacBullet(runes []rune, i int) bool {
	return strings.TrimSpace(string(runes[:i])) == "" && i+2 < len(runes) &&
		runes[i+1] == ' ' && unicode.IsLetter(runes[i+2])
}

// betweenSpacesOrDigits reports whether runes[i] stands alone between
// spaces ("more Ð see") or between digits ("10Ð12").
func betweenSpacesOrDigits(runes []rune, i int) bool {
	if i == 0 || i+1 >= len(runes) {
		return false
	}
	prev, next := runes[i-1], runes[i+1]
	return (prev == ' ' && next == ' ') || (unicode.IsDigit(prev) && unicode.IsDigit(next))
}

// pairMacQuotes replaces an opening mark that starts a word and the next
// closing mark that ends a word, on the same line, with real quotes:
// "ÒfreeÓ" → "“free”". An opening mark before an upper-case letter of an
// all-capital word is a letter ("ÒRBITA"), and left alone.
func pairMacQuotes(runes []rune, open, close, openQuote, closeQuote rune) {
	for i := 0; i < len(runes); i++ {
		if runes[i] != open || (i > 0 && !unicode.IsSpace(runes[i-1]) && runes[i-1] != '(') {
			continue
		}
		if i+1 >= len(runes) || unicode.IsSpace(runes[i+1]) || isCapitalWord(runes[i+1:]) {
			continue
		}
		for j := i + 2; j < len(runes); j++ {
			if runes[j] == close && !unicode.IsSpace(runes[j-1]) && (j+1 == len(runes) || !unicode.IsLetter(runes[j+1])) {
				runes[i], runes[j] = openQuote, closeQuote
				i = j
				break
			}
		}
	}
}

// isCapitalWord reports whether the word at the start of runes is written
// in capitals only.
func isCapitalWord(runes []rune) bool {
	letters := 0
	for _, r := range runes {
		if !unicode.IsLetter(r) {
			break
		}
		if unicode.IsLower(r) {
			return false
		}
		letters++
	}
	return letters > 1
}
