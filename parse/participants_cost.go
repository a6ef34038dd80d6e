package parse

// The cost model of glued rows (see glued.go): how unlikely a piece of
// glued text is as a person's name, an organisation or a country, in
// units of "one unlikely thing". The weights were set on generated tables
// (glued_test.go) and the seed, never on one document's names.

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Costs of the model, in units of "one unlikely thing". They were set on
// generated tables (see glued_test.go), not on any one document.
const (
	costEmptyOrg       = 4.0
	costEmptyCountry   = 3.0
	costEmptyOther     = 1.5
	costUnknownOrg     = 2.0
	costDashCell       = 0.3
	costOpenRow        = 1.0 // the table ends in the middle of a row
	costJunctionBonus  = -0.5
	uncertaintyMargin  = 1.0
	maxGluedCellLength = 64 // bytes
)

// shortCellCost scores glued text as initials or a short code: two to
// six letters, mostly capitals ("RKG", "AHol").
func shortCellCost(cell string) float64 {
	if isShortForm(cell) {
		return 0.3
	}
	return 4 + 0.1*float64(len(cell))
}

// A nameScan reads a candidate name cell one character at a time and
// tells whether a name cell may begin with what it read: at most six
// words (by letter case) and no character names do not have, except a
// note in parentheses at its end.
type nameScan struct {
	breaks    int  // capitals after a lower-case letter: each begins a word after the first
	prevLower bool // the last character read was a lower-case letter or a mark
	odd       bool // a character names do not have was read
	paren     bool // an opening parenthesis was read
}

func (n *nameScan) add(r rune) {
	switch {
	case r == '(':
		n.paren = true
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
		if unicode.IsUpper(r) && n.prevLower {
			n.breaks++
		}
		n.prevLower = !unicode.IsUpper(r)
	case isNameChar(r):
		n.prevLower = false
	default:
		n.odd = true
	}
}

// canExtendName reports whether a name cell may begin with the text read.
func (n *nameScan) canExtendName() bool { return n.paren || !n.odd && 1+n.breaks <= 6 }

// isNameChar reports whether names have r: letters, marks and "-'’. ".
func isNameChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune("-'’. ", r)
}

func emptyCost(c columnKind) float64 {
	switch c {
	case colOrg:
		return costEmptyOrg
	case colCountry:
		return costEmptyCountry
	case colName:
		return impossible
	}
	return costEmptyOther
}

// A cleanCell is what the costs of a clean line as a cell ask of it,
// worked out once for all columns.
type cleanCell struct {
	empty   bool
	country bool // a country's name or a dash
	dash    bool
	person  bool // looksLikePerson once its notes are stripped
	written bool // looksLikePerson as written, notes and all
}

func newCleanCell(text string) cleanCell {
	text = strings.TrimSpace(text)
	c := cleanCell{empty: text == "", dash: isDash(text)}
	c.country = isCountry(text) || c.dash
	stripped := stripNotes(text)
	c.person = looksLikePerson(stripped)
	c.written = c.person
	if stripped != text {
		c.written = looksLikePerson(text)
	}
	return c
}

// cleanCost scores a clean line as a cell of column c: a country belongs
// in the country column, a name in the name column.
func cleanCost(c columnKind, cell cleanCell) float64 {
	switch c {
	case colName:
		switch {
		case cell.person:
			return 0
		case cell.country:
			return 10
		}
		return 4
	case colOrg:
		if cell.country && !cell.dash {
			return 5
		}
		return 0
	case colCountry:
		switch {
		case cell.country || cell.empty:
			return 0
		case cell.written:
			return 8
		}
		return 3
	}
	return 0.5
}

// leastCellCost is no more than any glued cell of column c that starts
// at byte i of t costs, so that the search may pass over cells that
// could not improve on a path it has found. A name gains at most 1.3 (a
// person the document names, a family name of the table) and pays 6 when
// it does not start with a capital; an organisation gains at most 0.5 (a
// known one, spelled alike). The other columns are not bounded.
func leastCellCost(c columnKind, t *scoredText, i int) float64 {
	const margin = 1e-9 // below what rounding may take from a sum of costs
	switch c {
	case colName:
		first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(t.s[i:], unicode.IsSpace))
		if !unicode.IsUpper(first) {
			return 6 - 1.3 - margin
		}
		return -1.3 - margin
	case colOrg:
		return -0.5 - margin
	}
	return math.Inf(-1)
}

func isDash(s string) bool {
	switch strings.TrimSpace(s) {
	case "-", "–", "—", "--", "n/a", "N/A":
		return true
	}
	return false
}

// stripNotes removes parenthesised and bracketed notes: "Lionel Ferette
// (Chair)" → "Lionel Ferette".
func stripNotes(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// nameCellCost scores the glued text t.s[i:j] as a person's name. The
// text after it matters too: a name that stops inside a lower-case word
// is unlikely, unless it stops at a usual ending of a family name
// ("Gibson|citi").
func nameCellCost(t *scoredText, i, j int) float64 {
	a, b := t.trim(i, j)
	name, _ := cutTrailingNote(t.s[a:b])
	if name == "" {
		return impossible
	}
	b = a + len(name) // cutTrailingNote keeps the start of the cell
	first, _ := utf8.DecodeRuneInString(name)
	end, _ := utf8.DecodeLastRuneInString(name)
	cost := 0.0
	if !unicode.IsUpper(first) || strings.ContainsRune("-'’", end) {
		cost += 6 // "Smith-" ends in the middle of a word
	}
	if count(t.oddForName, t.runeAt[a], t.runeAt[b]) > 0 {
		cost += 8
	}
	words := t.nameWords(a, b) // splitGluedName(name)
	cost += wordCountCost(len(words))
	for _, w := range words {
		cost += w.cost
		if w.dashes >= 2 {
			cost += 2 // "Smith-Jonesmnemonic-Chloé": two words and a dash for no country
		}
		if w.orgWord {
			cost++ // a word of organisations, not of names
		}
	}
	last := words[len(words)-1]
	if last.countryWord && len(words) > 2 {
		cost += 0.7
	}
	if r, _ := utf8.DecodeRuneInString(t.s[j:]); unicode.IsLower(r) || unicode.Is(unicode.Mn, r) {
		cost += 1.5 - last.surnameBonus
	}
	if last.particles {
		cost += 2 // "Kristiinadela": a name goes on after its particles
	}
	if t.isKnownPerson(words) {
		cost--
	}
	if len(words) > 1 && last.knownName {
		cost -= 0.3 // a family name the table writes elsewhere
	}
	return cost
}

// A nameWord is what the cost of a name asks of one of its words by
// itself, worked out once for each word of a glued text in the document
// (gluedText.wordAlone).
type nameWord struct {
	cost         float64 // nameWordCost
	surnameBonus float64 // surnameEndingBonus: how much it ends like a family name
	start, end   int32   // its bytes in the glued text
	dashes       int32   // how many hyphens it holds
	countryWord  bool    // isCountryWord
	particles    bool    // it ends in name particles ("Kristiinadela")
	known        bool    // worked out
}

// newNameWord works out what the word w of a name, whose fold (foldWord)
// is folded, shows by itself.
func newNameWord(w, folded string) nameWord {
	_, particles, _ := cutParticles(w, nil)
	return nameWord{
		cost:         nameWordCost(w, folded),
		surnameBonus: surnameEndingBonus(folded),
		dashes:       int32(strings.Count(w, "-")),
		countryWord:  isFoldedCountryWord(folded),
		particles:    len(particles) > 0,
		known:        true,
	}
}

// A scoredWord is a word of a name with what the evidence says of it,
// worked out once for each word in a search (scoredText.word).
type scoredWord struct {
	*nameWord
	orgWord   bool // organisations use it: the evidence's or orgWords
	knownName bool // the table's clean names use it
}

// withEvidence adds what the evidence says of a word whose fold is
// folded.
func (w *nameWord) withEvidence(folded string, ev *rosterEvidence) scoredWord {
	return scoredWord{
		nameWord:  w,
		orgWord:   ev != nil && ev.orgWords[folded] > 0 || orgWords[folded],
		knownName: ev != nil && ev.nameWords[folded],
	}
}

// wordCountCost prefers names of two words, then three.
func wordCountCost(n int) float64 {
	switch n {
	case 1:
		return 3
	case 2:
		return 0
	case 3:
		return 0.8
	case 4:
		return 2
	}
	return 5
}

// nameWordCost scores one word of a name, whose fold (foldWord) is
// folded: acronyms, words without a vowel and very long words are
// unlikely.
func nameWordCost(w, folded string) float64 {
	if surnameParticles[strings.ToLower(w)] {
		return 0
	}
	n := utf8.RuneCountInString(w)
	switch {
	case isAcronym(w) || capitalRun(w) >= 2:
		return 6
	case n == 1:
		return 1.5
	case !hasVowel(folded) && !strings.HasSuffix(w, "."):
		return 2
	case n > 18:
		return 2
	}
	return 0
}

// hasVowel reports whether a folded word has a vowel.
func hasVowel(folded string) bool {
	for _, r := range folded {
		if strings.ContainsRune("aeiouyæøœ", r) {
			return true
		}
	}
	return false
}

// surnameEndings are usual endings of family names in European languages.
var surnameEndings = map[string]bool{
	"sson": true, "son": true, "sen": true, "ez": true, "es": true, "ova": true, "ov": true,
	"eva": true, "ev": true, "ski": true, "ska": true, "sky": true, "ic": true, "ich": true,
	"is": true, "as": true, "os": true, "us": true, "er": true, "el": true, "ell": true,
	"ett": true, "man": true, "mann": true, "ner": true, "ger": true, "ley": true, "ton": true,
	"ham": true, "ford": true, "berg": true, "stein": true, "ini": true, "ino": true,
	"elli": true, "etti": true, "ard": true, "ault": true, "eau": true, "ier": true,
	"aki": true, "oto": true, "ura": true, "ano": true, "ato": true, "ida": true, "ian": true,
	"yan": true, "dze": true, "shvili": true, "poulos": true, "akis": true, "oglu": true,
	"ak": true, "ek": true, "ik": true, "uk": true, "en": true, "an": true, "on": true,
	"ey": true, "ie": true,
}

// longestSurnameEnding is the length of the longest of surnameEndings.
var longestSurnameEnding = longestKey(surnameEndings)

// surnameEndingBonus is how much the end of a word, folded (foldWord),
// looks like the end of a family name: 0.3 a letter of the longest usual
// ending it has before two letters or more, at most 0.9.
func surnameEndingBonus(f string) float64 {
	for n := min(longestSurnameEnding, len(f)-2); n > 0; n-- {
		if surnameEndings[f[len(f)-n:]] {
			return min(0.3*float64(n), 0.9)
		}
	}
	return 0
}

// isFoldedCountryWord is isCountryWord of a word already folded.
func isFoldedCountryWord(folded string) bool {
	gazetteer()
	return countryVocabOf[folded]
}

// countryFacts are what the gazetteer says about a cell's text.
type countryFacts struct {
	inner   int   // country names inside it that more text follows
	whole   bool  // it is a country's name
	leading []int // where the country names it starts with end
}

// orgCost scores the glued text t.s[i:j] as an organisation, given what
// the gazetteer says of it.
func orgCost(t *scoredText, i, j int, facts countryFacts) float64 {
	a, b := t.trim(i, j)
	cell := t.s[a:b]
	if isDash(cell) {
		return costDashCell + 0.2
	}
	ev := t.ev
	key := t.keyOf(a, b) // gluedKey(cell)
	if ev != nil && len(key) <= t.longestOrg {
		if known, ok := ev.orgs[key]; ok {
			if strings.ReplaceAll(known, " ", "") == strings.ReplaceAll(cell, " ", "") {
				return -0.5
			}
			return 0
		}
	}
	cost := costUnknownOrg
	ra, rb := t.runeAt[a], t.runeAt[b]
	runes := t.runes[ra:rb]
	letters := count(t.letters, ra, rb)
	switch {
	case letters <= 1:
		cost += 4
	case letters == 2:
		cost += 1
	}
	if len(runes) > 2 && unicode.IsUpper(runes[0]) && unicode.IsUpper(runes[1]) && unicode.IsLower(runes[2]) {
		cost++ // "CGoogle": the last letter of a code glued to a word
	}
	if unicode.IsLower(runes[0]) {
		cost += 0.8
		if t.lowerRunThenUpper(ra, rb) >= 3 {
			cost += 1.5
		}
	}
	n := leadingNameWord(runes)
	w, folded := t.s[a:t.byteAt[ra+n]], t.foldOf(a, t.byteAt[ra+n])
	switch {
	case w == "":
	case isAcronymStart(runes[n:]) && !isFoldedCountryWord(folded) && !(ev != nil && ev.orgWords[folded] > 0):
		// "LopezINTECO-CERT": the end of a name glued to an acronym.
		cost += 0.5 * float64(min(n-2, 3))
	case slices.ContainsFunc(runes[:n], isApostrophe):
		cost += 1.5 // "O'NeillS21sec": a family name's shape
	}
	if ev != nil && t.startsWithKnownName(ra, rb) {
		cost += 1.2 // starts with a word the table's names use
	}
	// "-JonesIBM", "'AcquaBSI": the rest of a name's word.
	if r, _ := utf8.DecodeRuneInString(cell); r == '-' || r == '\'' || r == '’' {
		cost += 3
	}
	// "CERT.ch-SébastienJansenHEAnet": a dash for no country, then the
	// next row's name.
	for _, dash := range t.dashesIn(a, b) {
		if titleWordsAt(t.runes[t.runeAt[dash]+1:rb]) >= 2 {
			cost += 3
			break
		}
	}
	// A bare word that many organisations share ("CERT", "Team") is a
	// part of one, not one.
	if len(key) <= t.longestOrgWord && (ev != nil && ev.orgWords[key] >= 3 || orgWords[key]) {
		cost++
	}
	if facts.whole {
		cost += 2
	}
	// "TürkiyeRúnaSmith-Jones": a country ending a row, then a name.
	for _, end := range facts.leading {
		if end <= len(cell) && titleWordsAt(t.runes[t.runeAt[a+end]:rb]) >= 2 { // cell[end:]
			cost += 3
			break
		}
	}
	if count(t.parens, ra, rb) != 0 {
		cost += 2
	}
	if chunks := t.caseChunks(ra, rb); chunks > 2 {
		cost += 0.6 * float64(chunks-2)
	}
	// A country inside, before more text, is where a row ended.
	cost += 3 * float64(facts.inner)
	if len(cell) > 40 {
		cost += 0.1 * float64(len(cell)-40)
	}
	return cost
}

// caseBreakAt reports whether a new part of rs, which letter case shows
// may be a word, begins at rs[k] (k ≥ 1): where a lower-case letter or a
// digit comes before a capital, or a capital before a capitalised word
// ("CERTPolska"). An organisation's text has caseChunks parts: one, and
// one more at each break (gluedText.caseChunks).
func caseBreakAt(rs []rune, k int) bool {
	a, b := rs[k-1], rs[k]
	next := k+1 < len(rs) && unicode.IsLower(rs[k+1])
	return unicode.IsUpper(b) && (unicode.IsLower(a) || unicode.IsDigit(a) || unicode.IsUpper(a) && next)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// leadingTitleWord cuts a leading capitalised word ("Lopez" in
// "LopezINTECO-CERT"): a capital and two or more lower-case letters.
func leadingTitleWord(s string) (word, rest string) {
	rs := []rune(s)
	if len(rs) < 3 || !unicode.IsUpper(rs[0]) {
		return "", s
	}
	n := 1
	for n < len(rs) && unicode.IsLower(rs[n]) {
		n++
	}
	if n < 3 {
		return "", s
	}
	return string(rs[:n]), string(rs[n:])
}

// leadingNameWord gives the length in characters of a leading word of rs
// shaped like a family name, parts joined by hyphens or apostrophes
// included: "Lopez", "Smith-Jones", "O'Neill", "Dell'Acqua"; 0 if none.
func leadingNameWord(rs []rune) int {
	n := 0
	for {
		start := n
		if n < len(rs) && unicode.IsUpper(rs[n]) {
			n++
		}
		for n < len(rs) && (unicode.IsLower(rs[n]) || unicode.Is(unicode.Mn, rs[n])) {
			n++
		}
		if n-start < 2 && !(n-start == 1 && n < len(rs) && (rs[n] == '\'' || rs[n] == '’')) {
			n = start
			break
		}
		if n < len(rs)-1 && (rs[n] == '-' || rs[n] == '\'' || rs[n] == '’') && unicode.IsUpper(rs[n+1]) {
			n++
			continue
		}
		break
	}
	for n > 0 && !unicode.IsLetter(rs[n-1]) {
		n--
	}
	if n < 3 {
		return 0
	}
	return n
}

// knownNameLen gives the length in characters of the shortest beginning
// of the text from runes[ra], of three to twenty letters, that is a word
// of the table's clean names no known organisation uses ("Eriksson" in
// "Erikssonmnemonic"), its letters folded one by one (foldRune); 0 if
// there is none or the text there does not start with a capital. A cell
// starts with such a name when more of the cell follows it
// (scoredText.startsWithKnownName).
func (t *scoredText) knownNameLen(ra int) int {
	ev := t.ev
	if len(ev.nameWords) == 0 || ra == len(t.runes) || !unicode.IsUpper(t.runes[ra]) {
		return 0
	}
	for n := 1; n <= 20 && ra+n <= len(t.runes); n++ {
		if !unicode.IsLetter(t.runes[ra+n-1]) {
			return 0
		}
		if w := t.runeFoldOf(ra, ra+n); n >= 3 && ev.nameWords[w] && ev.orgWords[w] == 0 {
			return n
		}
	}
	return 0
}

// titleWordsAt counts the words shaped like names ("Sébastien",
// "O'Neill") that rs starts with, glued or not.
func titleWordsAt(rs []rune) int {
	words := 0
	for {
		for len(rs) > 0 && rs[0] == ' ' {
			rs = rs[1:]
		}
		n := leadingNameWord(rs)
		if n == 0 {
			return words
		}
		words++
		rs = rs[n:]
	}
}

// isAcronymStart reports whether rs starts with two capitals.
func isAcronymStart(rs []rune) bool {
	return len(rs) >= 2 && unicode.IsUpper(rs[0]) && unicode.IsUpper(rs[1])
}

// cutTrailingNote cuts a parenthesised note from the end of a cell:
// "LionelFerette(Chair)" → "LionelFerette", "Chair".
func cutTrailingNote(s string) (rest, note string) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return s, ""
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 {
		return s, ""
	}
	return strings.TrimSpace(s[:open]), s[open+1 : len(s)-1]
}
