package parse

// The text of a glued piece, read once for the search (see glued.go).
//
// The search scores every candidate cell s[i:j] of a glued piece: for the
// 2010 sample's table, about a hundred thousand names and as many
// organisations. Folding, splitting and converting each candidate again
// made that table take more than a second. A gluedText reads the piece
// once and keeps what the cost model (participants_cost.go) asks of any
// substring, so that scoring a cell is a few look-ups:
//
//   - its characters and where each lies in bytes;
//   - its folded form, of which the fold (foldWord) and the glued key
//     (gluedKey) of any substring are slices;
//   - counts of letters, of characters names do not have, of letter-case
//     breaks and of parentheses before each character: their differences
//     count them in a cell;
//   - the countries that start at each byte (countriesAt);
//   - where the word of a name that starts at each byte ends, and what
//     each word of a name shows by itself, worked out the first time a
//     candidate holds it.
//
// None of that depends on the evidence, so the evidence keeps one
// gluedText per text for the whole document (readOnePerLine searches a
// table again once it knows more organisations). A scoredText is a
// gluedText as one search scores it: with the evidence, what it says of
// each word of a name, and for each character whether a word of the
// table's names begins there.
//
// Offsets are bytes of the text, which is valid UTF-8 (validLines sees to
// that).

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type gluedText struct {
	s string

	// Characters.
	runes  []rune // the characters of s
	runeAt []int  // byte offset → index in runes of the character there; runeAt[len(s)] = len(runes)
	byteAt []int  // index in runes → byte offset; byteAt[len(runes)] = len(s)

	// fold is foldWord applied to each character in turn, so that
	// foldWord(s[a:b]) is fold[foldAt[a]:foldAt[b]]; key is fold without
	// white space, so that gluedKey(s[a:b]) is key[keyAt[a]:keyAt[b]].
	// foldByChar is false when a character of s folds differently beside
	// others (see foldsAlone); then foldOf and keyOf fold each time.
	fold, key     string
	foldAt, keyAt []int // byte offset → offset in fold, in key
	foldByChar    bool

	// runeFold is foldRune of each character, one after another, so that
	// the characters runes[ra:rb] fold to runeFold[runeFoldAt[ra]:runeFoldAt[rb]].
	runeFold   string
	runeFoldAt []int // rune index → offset in runeFold

	// Counts before each character: xs[k] counts among runes[:k].
	letters    []int // letters
	oddForName []int // characters names do not have (isNameChar)
	caseBreaks []int // characters at which a new part begins by letter case, read with the character after them (caseBreakAt)
	parens     []int // opening parentheses, less the closing ones

	lowerRun []int // rune index → how many lower-case letters and marks run from there

	// White space, for trimming a cell: rune index → the first character
	// from there on that is not white space (len(runes) if none), and the
	// end of the last one before it (0 if none).
	nonSpaceFrom, nonSpaceUntil []int

	dashes []int // byte offsets of the hyphens and en dashes, in order

	countries     [][]gluedCountry // byte offset → the countries that start there (countriesAt)
	countryStarts []int            // the byte offsets where countries start, in order

	// Filled the first time a candidate asks:
	wordEnd    []int        // byte offset → where the word of a name that starts there ends; 0 until known
	wordsAlone [][]nameWord // wordsAlone[a][b-a]: what the name word s[a:b] shows by itself; a row is made when a word first starts at a
}

func newGluedText(s string) *gluedText {
	t := &gluedText{s: s, foldByChar: true}

	// Characters, their folds and the glued key, in one pass.
	t.runeAt = make([]int, len(s)+1)
	t.foldAt = make([]int, len(s)+1)
	t.keyAt = make([]int, len(s)+1)
	var fold, key strings.Builder
	for at, r := range s {
		for b := at; b < at+utf8.RuneLen(r) && b < len(s); b++ {
			t.runeAt[b], t.foldAt[b], t.keyAt[b] = len(t.runes), fold.Len(), key.Len()
		}
		t.runes = append(t.runes, r)
		t.byteAt = append(t.byteAt, at)
		f := foldWord(string(r))
		fold.WriteString(f)
		for _, fr := range f {
			if !unicode.IsSpace(fr) {
				key.WriteRune(fr)
			}
		}
		t.foldByChar = t.foldByChar && foldsAlone(r)
		if r == '-' || r == '–' {
			t.dashes = append(t.dashes, at)
		}
	}
	t.runeAt[len(s)], t.foldAt[len(s)], t.keyAt[len(s)] = len(t.runes), fold.Len(), key.Len()
	t.byteAt = append(t.byteAt, len(s))
	t.fold, t.key = fold.String(), key.String()

	var runeFold strings.Builder
	for _, r := range t.runes {
		t.runeFoldAt = append(t.runeFoldAt, runeFold.Len())
		runeFold.WriteRune(foldRune(r))
	}
	t.runeFoldAt = append(t.runeFoldAt, runeFold.Len())
	t.runeFold = runeFold.String()

	// Counts before each character, then runs read from the end.
	n := len(t.runes)
	t.letters = make([]int, n+1)
	t.oddForName = make([]int, n+1)
	t.caseBreaks = make([]int, n+1)
	t.parens = make([]int, n+1)
	for k, r := range t.runes {
		t.letters[k+1] = t.letters[k] + b2i(unicode.IsLetter(r))
		t.oddForName[k+1] = t.oddForName[k] + b2i(!isNameChar(r))
		t.caseBreaks[k+1] = t.caseBreaks[k] + b2i(k >= 1 && caseBreakAt(t.runes, k))
		t.parens[k+1] = t.parens[k] + b2i(r == '(') - b2i(r == ')')
	}
	t.lowerRun = make([]int, n+1)
	t.nonSpaceFrom = make([]int, n+1)
	t.nonSpaceFrom[n] = n
	for k := n - 1; k >= 0; k-- {
		if r := t.runes[k]; unicode.IsLower(r) || unicode.Is(unicode.Mn, r) {
			t.lowerRun[k] = t.lowerRun[k+1] + 1
		}
		t.nonSpaceFrom[k] = k
		if unicode.IsSpace(t.runes[k]) {
			t.nonSpaceFrom[k] = t.nonSpaceFrom[k+1]
		}
	}
	t.nonSpaceUntil = make([]int, n+1)
	for k, r := range t.runes {
		t.nonSpaceUntil[k+1] = k + 1
		if unicode.IsSpace(r) {
			t.nonSpaceUntil[k+1] = t.nonSpaceUntil[k]
		}
	}

	t.countries = make([][]gluedCountry, len(s)+1)
	for i := range s {
		if utf8.RuneStart(s[i]) {
			t.countries[i] = countriesAt(s, i)
		}
		if len(t.countries[i]) > 0 {
			t.countryStarts = append(t.countryStarts, i)
		}
	}
	t.wordEnd = make([]int, len(s)+1)
	t.wordsAlone = make([][]nameWord, len(s)+1)
	return t
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// longestKey is the length of the longest key of m.
func longestKey[V any](m map[string]V) int {
	n := 0
	for k := range m {
		n = max(n, len(k))
	}
	return n
}

// foldsAlone reports whether foldWord gives r the same letters whatever
// stands beside it. foldWord decomposes (NFD), which may reorder the
// combining characters of neighbours, then drops the marks: r folds alone
// when every character it decomposes into that is kept is not a
// combining one.
func foldsAlone(r rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) && norm.NFD.PropertiesString(string(d)).CCC() != 0 {
			return false
		}
	}
	return true
}

// trim gives the bytes of strings.TrimSpace(s[i:j]); a == b == j when it
// is all white space.
func (t *gluedText) trim(i, j int) (a, b int) {
	ra, rj := t.nonSpaceFrom[t.runeAt[i]], t.runeAt[j]
	if ra >= rj {
		return j, j
	}
	return t.byteAt[ra], t.byteAt[t.nonSpaceUntil[rj]]
}

// foldOf is foldWord(s[a:b]).
func (t *gluedText) foldOf(a, b int) string {
	if !t.foldByChar {
		return foldWord(t.s[a:b])
	}
	return t.fold[t.foldAt[a]:t.foldAt[b]]
}

// keyOf is gluedKey(s[a:b]).
func (t *gluedText) keyOf(a, b int) string {
	if !t.foldByChar {
		return gluedKey(t.s[a:b])
	}
	return t.key[t.keyAt[a]:t.keyAt[b]]
}

// runeFoldOf is the characters runes[ra:rb], each folded by foldRune.
func (t *gluedText) runeFoldOf(ra, rb int) string {
	return t.runeFold[t.runeFoldAt[ra]:t.runeFoldAt[rb]]
}

// count gives how many characters among runes[ra:rb] a table of counts
// (letters, oddForName) counts.
func count(table []int, ra, rb int) int { return table[rb] - table[ra] }

// caseChunks counts the parts of runes[ra:rb] that letter case shows may
// be words: one, and one more at each break inside them (caseBreakAt),
// the last read without the character after it.
func (t *gluedText) caseChunks(ra, rb int) int {
	if rb-ra < 2 {
		return 1
	}
	chunks := 1 + count(t.caseBreaks, ra+1, rb-1)
	if caseBreakAt(t.runes[ra:rb], rb-ra-1) {
		chunks++
	}
	return chunks
}

// lowerRunThenUpper gives the length of the run of lower-case letters
// that starts runes[ra:rb] when a capital follows it there, else 0.
func (t *gluedText) lowerRunThenUpper(ra, rb int) int {
	n := min(t.lowerRun[ra], rb-ra)
	if ra+n < rb && unicode.IsUpper(t.runes[ra+n]) {
		return n
	}
	return 0
}

// dashesIn lists the byte offsets of the dashes in s[a:b].
func (t *gluedText) dashesIn(a, b int) []int {
	from := sort.SearchInts(t.dashes, a)
	to := sort.SearchInts(t.dashes, b)
	return t.dashes[from:to]
}

// nameWordEnd gives where the word of a name that starts at byte a ends:
// the end of the first word splitGluedName finds from there. The words
// of a name that start at a end at the same place, or where the name
// ends first: splitGluedName ends a word by what it has read of it.
func (t *gluedText) nameWordEnd(a int) int {
	for size := 16; t.wordEnd[a] == 0; size *= 2 {
		// Split a stretch of text from a, longer until the word ends in it.
		limit := min(len(t.s), a+size)
		for limit < len(t.s) && !utf8.RuneStart(t.s[limit]) {
			limit--
		}
		if end := a + len(splitGluedName(t.s[a:limit])[0]); end < limit || limit == len(t.s) {
			t.wordEnd[a] = end
		}
	}
	return t.wordEnd[a]
}

// wordAlone gives what the name word s[a:b] shows by itself, working it
// out the first time.
func (t *gluedText) wordAlone(a, b int) *nameWord {
	if t.wordsAlone[a] == nil {
		t.wordsAlone[a] = make([]nameWord, t.nameWordEnd(a)-a+1)
	}
	w := &t.wordsAlone[a][b-a]
	if !w.known {
		*w = newNameWord(t.s[a:b], t.foldOf(a, b))
		w.start, w.end = int32(a), int32(b)
	}
	return w
}

// A scoredText is a glued text as one search scores its cells, under
// evidence that does not change during the search.
type scoredText struct {
	*gluedText
	ev *rosterEvidence

	// The longest key of the evidence's organisations (orgs) and of the
	// words of organisations (its orgWords and orgWords): a longer glued
	// key, as most candidate cells have, is in neither.
	longestOrg, longestOrgWord int

	// Filled the first time a candidate asks:
	words     [][]scoredWord // words[a][b-a]: the name word s[a:b] with what the evidence says of it
	knownName []int          // rune index → knownNameLen of the text from there, -1 until known

	wordBuf []scoredWord // nameWords' answer, reused
	keyBuf  []byte       // isKnownPerson's key, reused
}

func newScoredText(t *gluedText, ev *rosterEvidence) *scoredText {
	st := &scoredText{gluedText: t, ev: ev, longestOrgWord: longestKey(orgWords)}
	if ev != nil {
		st.longestOrg = longestKey(ev.orgs)
		st.longestOrgWord = max(st.longestOrgWord, longestKey(ev.orgWords))
	}
	st.words = make([][]scoredWord, len(t.s)+1)
	st.knownName = make([]int, len(t.runes)+1)
	for k := range st.knownName {
		st.knownName[k] = -1
	}
	return st
}

// nameWords lists the words splitGluedName finds in s[a:b], each with its
// facts. The answer is valid until the next call.
func (t *scoredText) nameWords(a, b int) []scoredWord {
	words := t.wordBuf[:0]
	for w := a; w < b; {
		if r, size := utf8.DecodeRuneInString(t.s[w:]); unicode.IsSpace(r) {
			w += size
			continue
		}
		end := min(t.nameWordEnd(w), b)
		words = append(words, t.word(w, end))
		w = end
	}
	t.wordBuf = words
	return words
}

// word gives the facts of the name word s[a:b], working them out the
// first time.
func (t *scoredText) word(a, b int) scoredWord {
	if t.words[a] == nil {
		t.words[a] = make([]scoredWord, t.nameWordEnd(a)-a+1)
	}
	w := &t.words[a][b-a]
	if w.nameWord == nil {
		*w = t.wordAlone(a, b).withEvidence(t.foldOf(a, b), t.ev)
	}
	return *w
}

// isKnownPerson reports whether the document writes the words, joined by
// spaces, as a person's name in its clean text (evidence.people, whose
// names are pairs of words).
func (t *scoredText) isKnownPerson(words []scoredWord) bool {
	if t.ev == nil || len(t.ev.people) == 0 || len(words) != 2 {
		return false
	}
	key := t.keyBuf[:0]
	for k, w := range words {
		if k > 0 {
			key = append(key, ' ')
		}
		key = append(key, t.foldOf(int(w.start), int(w.end))...)
	}
	t.keyBuf = key
	return t.ev.people[string(key)]
}

// startsWithKnownName reports whether runes[ra:rb] begins with a word of
// the table's clean names that no known organisation uses, with more
// after it ("Eriksson" in "Erikssonmnemonic").
func (t *scoredText) startsWithKnownName(ra, rb int) bool {
	if t.knownName[ra] < 0 {
		t.knownName[ra] = t.knownNameLen(ra)
	}
	n := t.knownName[ra]
	return n > 0 && n < rb-ra
}
