package parse

// Rebuilding table rows whose spaces were lost.
//
// Some PDF-to-text tools write a table one character per line; normalize
// rejoins such runs into one line of kind Glued, but the spaces and the
// boundaries between cells are gone, and several rows may sit in one run:
//
//	IoannisAskoxylakisFORTHCERTGreeceJavierBercianoINTECO-CERTSpain
//
// segmentCells reads the cells of a table written one per line — clean
// lines and glued runs mixed — back into rows. It scores every way of
// cutting the glued runs into cells with a small cost model and keeps the
// cheapest (dynamic programming over positions and columns):
//
//   - a country must be a name from the gazetteer or "-", and it ends a
//     row, so the next row's name starts right after it;
//   - a name is a few capitalised words: letter case shows where words
//     begin ("HillarAareleid"), acronyms do not belong in it;
//   - an organisation spelled the same way elsewhere — in the table's
//     clean rows, the document's prose or other meetings in the database
//     (Options.KnownOrganisations) — is cheap; an unknown one costs more,
//     and shapes that look like the end of a name glued to an acronym
//     ("LopezINTECO") cost more still.
//
// Spaces are then put back: into names at letter-case boundaries
// ("McIntyre" and "Dell'Aqua" kept whole), into organisations from the
// evidence ("FORTHCERT" → "FORTH CERT" when the document writes FORTH and
// CERT as words; "CERTPolska(NASK)" → "CERT Polska (NASK)"), and into
// countries from the gazetteer ("TheNetherlands" → "The Netherlands").

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/extract"
)

// columnKind is what a column of a table of participants holds.
type columnKind uint8

const (
	colOther columnKind = iota
	colName
	colOrg
	colCountry
	colShort
	colRole
	colAttendance
)

// rosterEvidence is what a document (and the database) show about how
// organisations and words are spelled, for rebuilding glued rows.
type rosterEvidence struct {
	nameWords map[string]bool   // folded words of people's names in the table's clean rows
	orgs      map[string]string // gluedKey → the organisation as written, with spaces
	orgWords  map[string]int    // folded words of those organisations: in how many
	vocab     map[string]string // folded word → the word as first written
	people    map[string]bool   // folded "first last" names written in clean text
}

func newRosterEvidence() *rosterEvidence {
	return &rosterEvidence{nameWords: map[string]bool{}, orgs: map[string]string{}, orgWords: map[string]int{}, vocab: map[string]string{}, people: map[string]bool{}}
}

// gluedKey is how a phrase looks once its spaces are lost, folded: "CERT
// Polska (NASK)" and "CERTPolska(NASK)" share "certpolska(nask)".
func gluedKey(s string) string {
	return strings.Join(strings.Fields(foldWord(s)), "")
}

// addOrg records an organisation written with its spaces.
func (e *rosterEvidence) addOrg(s string) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || s == "-" {
		return
	}
	key := gluedKey(s)
	old, seen := e.orgs[key]
	if !seen || strings.Count(s, " ") > strings.Count(old, " ") {
		e.orgs[key] = s
	}
	if !seen {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || isWordJoiner(r) }) {
			if utf8.RuneCountInString(w) >= 3 {
				e.orgWords[foldWord(w)]++
			}
		}
	}
	e.addWords(s)
}

// addName records the words of a person's name written in a clean row.
func (e *rosterEvidence) addName(s string) {
	for _, w := range strings.Fields(stripNotes(s)) {
		if utf8.RuneCountInString(w) >= 3 {
			e.nameWords[foldWord(w)] = true
		}
	}
}

// addWords records the words of clean text: each word, and the parts of
// words joined by hyphens, slashes, dots or parentheses ("CZ.NIC" gives
// CZ and NIC). Capitalised pairs of words are remembered as possible
// names of people.
func (e *rosterEvidence) addWords(s string) {
	words := strings.Fields(s)
	for i, w := range words {
		w = strings.Trim(w, ",;:!?\"'“”‘’()[]")
		e.addWord(w)
		for _, part := range strings.FieldsFunc(w, isWordJoiner) {
			e.addWord(part)
		}
		if i+1 < len(words) {
			next := strings.Trim(words[i+1], ",;:!?\"'“”‘’()[].")
			if startsUpper(w) && startsUpper(next) && isPersonWord(w) && isPersonWord(next) && !isAcronym(w) && !isAcronym(next) {
				e.people[foldWord(w+" "+next)] = true
			}
		}
	}
}

func (e *rosterEvidence) addWord(w string) {
	w = strings.Trim(w, ".,;:")
	if utf8.RuneCountInString(w) < 2 {
		return
	}
	if _, ok := e.vocab[foldWord(w)]; !ok {
		e.vocab[foldWord(w)] = w
	}
}

func isWordJoiner(r rune) bool { return strings.ContainsRune("-/.()[]&+", r) }

// knowsWord reports whether the document writes w as a word of its own
// (four letters or more), or w is a country's word or a word that makes
// organisations' names: evidence for a space beside it in glued text.
func (e *rosterEvidence) knowsWord(w string) bool {
	if isCountryWord(w) || orgWords[foldWord(w)] && utf8.RuneCountInString(w) >= 2 {
		return true // "Israel", and words that make organisations ("AG", "CSIRT")
	}
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	_, ok := e.vocab[foldWord(w)]
	return ok
}

// A tablePiece is one line of a table written one cell per line: a clean
// cell, or a glued run holding several cells (and maybe the end of a
// clean cell before it).
type tablePiece struct {
	text     string
	glued    bool
	junction int // in a glued piece: the byte offset where a clean prefix ends, 0 if none
	line     extract.Line
}

// A rosterCell is one cell of a rebuilt row.
type rosterCell struct {
	text  string // as written, spaces restored; "" for an empty cell
	glued bool   // taken from glued text
	chars int    // for glued cells: how many characters (one-character lines) it took
	line  extract.Line
	// Where a glued cell lies: its piece and byte offsets, and its text as
	// it was before spaces were restored.
	piece, start, end int
	raw               string
}

// A rosterRow is a row of cells, one per column, with what was uncertain.
type rosterRow struct {
	cells     []rosterCell
	uncertain string // why the split of this row is doubtful; "" when it is not
	altCost   float64
}

// rebuilt reports whether any cell of the row came from glued text.
func (r rosterRow) rebuilt() (chars int, line extract.Line, ok bool) {
	for _, c := range r.cells {
		if c.glued {
			if !ok {
				line = c.line
			}
			chars += c.chars
			ok = true
		}
	}
	return chars, line, ok
}

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

var impossible = math.Inf(1)

// A dpNode is a point of the search: before piece p, at byte i of it,
// with column c to be filled next.
type dpNode struct{ p, i, c int }

// dpStep records how the cheapest path reached a node.
type dpStep struct {
	cost    float64
	from    dpNode
	set     bool
	filled  bool // the step filled column from.c (else it left it empty or moved on)
	end     int  // for a glued fill: the byte offset where the cell ends
	country string
}

// segmentCells cuts a table's pieces into rows of the given columns.
func segmentCells(pieces []tablePiece, cols []columnKind, ev *rosterEvidence) []rosterRow {
	if len(pieces) == 0 || len(cols) == 0 {
		return nil
	}
	s := newSegmenter(pieces, cols, ev)
	s.run()
	return s.rows()
}

type segmenter struct {
	pieces    []tablePiece
	cols      []columnKind
	ev        *rosterEvidence
	steps     [][]dpStep         // per piece: (len+1)*k nodes for glued pieces, k for clean ones
	countries [][][]gluedCountry // per glued piece, per byte offset: the countries starting there
	nameCol   int
}

func newSegmenter(pieces []tablePiece, cols []columnKind, ev *rosterEvidence) *segmenter {
	s := &segmenter{pieces: pieces, cols: cols, ev: ev, nameCol: -1}
	for i, c := range cols {
		if c == colName && s.nameCol < 0 {
			s.nameCol = i
		}
	}
	s.steps = make([][]dpStep, len(pieces)+1)
	for p := range pieces {
		s.steps[p] = make([]dpStep, s.positions(p)*len(cols))
	}
	s.steps[len(pieces)] = make([]dpStep, len(cols))
	s.countries = make([][][]gluedCountry, len(pieces))
	for p, piece := range pieces {
		if !piece.glued {
			continue
		}
		s.countries[p] = make([][]gluedCountry, len(piece.text)+1)
		for i := range piece.text {
			if utf8.RuneStart(piece.text[i]) {
				s.countries[p][i] = countriesAt(piece.text, i)
			}
		}
	}
	return s
}

// positions is the number of byte offsets a node may sit at in piece p.
func (s *segmenter) positions(p int) int {
	if p < len(s.pieces) && s.pieces[p].glued {
		return len(s.pieces[p].text) + 1
	}
	return 1
}

func (s *segmenter) at(n dpNode) *dpStep { return &s.steps[n.p][n.i*len(s.cols)+n.c] }

func (s *segmenter) relax(to dpNode, st dpStep) {
	cur := s.at(to)
	if !cur.set || st.cost < cur.cost {
		st.set = true
		*cur = st
	}
}

// columnOrder lists the columns in the order empty cells may be skipped
// at one position: starting after the name column, which is never
// empty, so skipping cannot go round in a circle.
func (s *segmenter) columnOrder() []int {
	k := len(s.cols)
	order := make([]int, 0, k)
	start := 0
	if s.nameCol >= 0 {
		start = s.nameCol + 1
	}
	for i := 0; i < k; i++ {
		order = append(order, (start+i)%k)
	}
	return order
}

func (s *segmenter) run() {
	k := len(s.cols)
	s.relax(dpNode{0, 0, 0}, dpStep{cost: 0})
	order := s.columnOrder()
	for p := range s.pieces {
		piece := s.pieces[p]
		for i := 0; i < s.positions(p); i++ {
			if piece.glued && i > 0 && i < len(piece.text) && !utf8.RuneStart(piece.text[i]) {
				continue
			}
			for _, c := range order {
				from := dpNode{p, i, c}
				st := s.at(from)
				if !st.set {
					continue
				}
				next := (c + 1) % k
				if s.cols[c] != colName {
					s.relax(dpNode{p, i, next}, dpStep{cost: st.cost + emptyCost(s.cols[c]), from: from})
				}
				if !piece.glued {
					s.relax(dpNode{p + 1, 0, next}, dpStep{cost: st.cost + cleanCost(s.cols[c], piece.text), from: from, filled: true})
					continue
				}
				if i == len(piece.text) {
					s.relax(dpNode{p + 1, 0, c}, dpStep{cost: st.cost, from: from})
					continue
				}
				s.gluedFills(p, i, c, st.cost)
			}
		}
	}
}

// gluedFills tries every cell of column c that starts at byte i of glued
// piece p.
func (s *segmenter) gluedFills(p, i, c int, base float64) {
	g := s.pieces[p].text
	next := (c + 1) % len(s.cols)
	from := dpNode{p, i, c}
	if s.cols[c] == colCountry {
		for _, m := range s.countryCells(p, i) {
			cost := base + m.cost
			s.relax(dpNode{p, m.end, next}, dpStep{cost: cost, from: from, filled: true, end: m.end, country: m.spelled})
		}
		return
	}
	for j := i + 1; j <= len(g) && j-i <= maxGluedCellLength; j++ {
		if j < len(g) && !utf8.RuneStart(g[j]) {
			continue
		}
		if s.cols[c] == colName && !canExtendName(g[i:j]) {
			break // a longer name would hold the same impossible part
		}
		cost := s.gluedCost(c, p, i, j)
		if math.IsInf(cost, 1) {
			continue
		}
		if j == s.pieces[p].junction {
			cost += costJunctionBonus
		}
		s.relax(dpNode{p, j, next}, dpStep{cost: base + cost, from: from, filled: true, end: j})
	}
}

// gluedCost scores g[i:j] of glued piece p as a cell of column c.
func (s *segmenter) gluedCost(c, p, i, j int) float64 {
	g := s.pieces[p].text
	cell := strings.TrimSpace(g[i:j])
	if cell == "" {
		return impossible
	}
	switch s.cols[c] {
	case colName:
		return nameCellCost(cell, g[j:], s.ev)
	case colOrg:
		return orgCost(cell, s.ev, s.countriesWithin(p, i, j))
	case colShort:
		return shortCellCost(cell)
	}
	return costEmptyOther + 0.02*float64(len(cell))
}

// shortCellCost scores glued text as initials or a short code: two to
// six letters, mostly capitals ("RKG", "AHol").
func shortCellCost(cell string) float64 {
	if isShortForm(cell) {
		return 0.3
	}
	return 4 + 0.1*float64(len(cell))
}

// countriesWithin tells, from the countries found in glued piece p,
// which lie in g[i:j].
func (s *segmenter) countriesWithin(p, i, j int) countryFacts {
	var facts countryFacts
	for _, c := range s.countries[p][i] {
		switch {
		case c.end == j:
			facts.whole = true
		case c.end < j:
			facts.leading = append(facts.leading, c.end-i)
		}
	}
	for k := i + 1; k < j; k++ {
		for _, c := range s.countries[p][k] {
			if c.end < j {
				facts.inner++
				break
			}
		}
	}
	return facts
}

// countryCells lists the country cells that may start at byte i of glued
// piece p: gazetteer names, and "-" for none. A name that is the tail of
// a longer one ending at the same place ("Netherlands" inside
// "TheNetherlands") costs a little more.
func (s *segmenter) countryCells(p, i int) []countryMatch {
	g := s.pieces[p].text
	var out []countryMatch
	for _, c := range s.countries[p][i] {
		cost := 0.0
		for start := i - 1; start >= 0 && i-start <= 20; start-- {
			for _, longer := range s.countries[p][start] {
				if longer.end == c.end {
					cost = 0.8
				}
			}
		}
		out = append(out, countryMatch{end: c.end, spelled: c.spelled, cost: cost})
	}
	if r, size := utf8.DecodeRuneInString(g[i:]); r == '-' || r == '–' || r == '—' {
		out = append(out, countryMatch{end: i + size, spelled: "", cost: costDashCell})
	}
	return out
}

// canExtendName reports whether a name cell may begin with s: it has at
// most six words (by letter case) and no character names do not have,
// except a note in parentheses at its end.
func canExtendName(s string) bool {
	if strings.ContainsRune(s, '(') {
		return true
	}
	words := 1
	prevLower := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			if unicode.IsUpper(r) && prevLower {
				words++
			}
			prevLower = !unicode.IsUpper(r)
		case strings.ContainsRune("-'’. ", r):
			prevLower = false
		default:
			return false
		}
	}
	return words <= 6
}

// A countryMatch is a country cell found in glued text.
type countryMatch struct {
	end     int
	spelled string
	cost    float64
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

// cleanCost scores a clean line as a cell of column c: a country belongs
// in the country column, a name in the name column.
func cleanCost(c columnKind, text string) float64 {
	text = strings.TrimSpace(text)
	country := isCountry(text) || isDash(text)
	switch c {
	case colName:
		switch {
		case looksLikePerson(stripNotes(text)):
			return 0
		case country:
			return 10
		}
		return 4
	case colOrg:
		if country && !isDash(text) {
			return 5
		}
		return 0
	case colCountry:
		switch {
		case country || text == "":
			return 0
		case looksLikePerson(text):
			return 8
		}
		return 3
	}
	return 0.5
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

// nameCellCost scores glued text as a person's name. after is the glued
// text that follows the cell: a name that stops inside a lower-case word
// is unlikely, unless it stops at a usual ending of a family name
// ("Gibson|citi").
func nameCellCost(cell, after string, ev *rosterEvidence) float64 {
	name, _ := cutTrailingNote(cell)
	if name == "" {
		return impossible
	}
	first, _ := utf8.DecodeRuneInString(name)
	end, _ := utf8.DecodeLastRuneInString(name)
	cost := 0.0
	if !unicode.IsUpper(first) || strings.ContainsRune("-'’", end) {
		cost += 6 // "Smith-" ends in the middle of a word
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !strings.ContainsRune("-'’. ", r) {
			cost += 8
			break
		}
	}
	words := splitGluedName(name)
	cost += wordCountCost(len(words))
	for _, w := range words {
		cost += nameWordCost(w)
		if strings.Count(w, "-") >= 2 {
			cost += 2 // "Smith-Jonesmnemonic-Chloé": two words and a dash for no country
		}
		if ev != nil && ev.orgWords[foldWord(w)] > 0 || orgWords[foldWord(w)] {
			cost++ // a word of organisations, not of names
		}
	}
	if isCountryWord(words[len(words)-1]) && len(words) > 2 {
		cost += 0.7
	}
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsLower(r) || unicode.Is(unicode.Mn, r) {
		cost += 1.5 - surnameEndingBonus(words[len(words)-1])
	}
	last := words[len(words)-1]
	if _, particles, _ := cutParticles(last, nil); len(particles) > 0 {
		cost += 2 // "Kristiinadela": a name goes on after its particles
	}
	if ev != nil && ev.people[foldWord(strings.Join(words, " "))] {
		cost--
	}
	if ev != nil && len(words) > 1 && ev.nameWords[foldWord(last)] {
		cost -= 0.3 // a family name the table writes elsewhere
	}
	return cost
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

// nameWordCost scores one word of a name: acronyms, words without a
// vowel and very long words are unlikely.
func nameWordCost(w string) float64 {
	if surnameParticles[strings.ToLower(w)] {
		return 0
	}
	n := utf8.RuneCountInString(w)
	switch {
	case isAcronym(w) || capitalRun(w) >= 2:
		return 6
	case n == 1:
		return 1.5
	case !hasVowel(w) && !strings.HasSuffix(w, "."):
		return 2
	case n > 18:
		return 2
	}
	return 0
}

func hasVowel(w string) bool {
	for _, r := range foldWord(w) {
		if strings.ContainsRune("aeiouyæøœ", r) {
			return true
		}
	}
	return false
}

// surnameEndings are usual endings of family names in European languages.
var surnameEndings = []string{
	"sson", "son", "sen", "ez", "es", "ova", "ov", "eva", "ev", "ski", "ska", "sky",
	"ic", "ich", "is", "as", "os", "us", "er", "el", "ell", "ett", "man", "mann",
	"ner", "ger", "ley", "ton", "ham", "ford", "berg", "stein", "ini", "ino", "elli",
	"etti", "ard", "ault", "eau", "ier", "aki", "oto", "ura", "ano", "ato", "ida",
	"ian", "yan", "dze", "shvili", "poulos", "akis", "oglu", "ak", "ek", "ik", "uk",
	"er", "en", "an", "on", "ey", "ie",
}

// surnameEndingBonus is how much the end of w looks like the end of a
// family name.
func surnameEndingBonus(w string) float64 {
	f := foldWord(w)
	best := 0.0
	for _, e := range surnameEndings {
		if strings.HasSuffix(f, e) && len(f) > len(e)+1 {
			bonus := 0.3 * float64(len(e))
			if bonus > 0.9 {
				bonus = 0.9
			}
			if bonus > best {
				best = bonus
			}
		}
	}
	return best
}

// orgCellCost scores glued text as an organisation.
func orgCellCost(cell string, ev *rosterEvidence) float64 {
	facts := countryFacts{inner: innerCountries(cell), whole: isCountry(cell)}
	for _, c := range countriesAt(cell, 0) {
		facts.leading = append(facts.leading, c.end)
	}
	return orgCost(cell, ev, facts)
}

// countryFacts are what the gazetteer says about a cell's text.
type countryFacts struct {
	inner   int   // country names inside it that more text follows
	whole   bool  // it is a country's name
	leading []int // where the country names it starts with end
}

// orgCost scores glued text as an organisation, given what the gazetteer
// says of it.
func orgCost(cell string, ev *rosterEvidence, facts countryFacts) float64 {
	if isDash(cell) {
		return costDashCell + 0.2
	}
	key := gluedKey(cell)
	if ev != nil {
		if known, ok := ev.orgs[key]; ok {
			if strings.ReplaceAll(known, " ", "") == strings.ReplaceAll(cell, " ", "") {
				return -0.5
			}
			return 0
		}
	}
	cost := costUnknownOrg
	runes := []rune(cell)
	letters := 0
	for _, r := range runes {
		if unicode.IsLetter(r) {
			letters++
		}
	}
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
		if lowerRunThenUpper(runes) >= 3 {
			cost += 1.5
		}
	}
	w, rest := leadingNameWord(cell)
	switch {
	case w == "":
	case isAcronymStart(rest) && !isCountryWord(w) && !(ev != nil && ev.orgWords[foldWord(w)] > 0):
		// "LopezINTECO-CERT": the end of a name glued to an acronym.
		cost += 0.5 * float64(min(utf8.RuneCountInString(w)-2, 3))
	case strings.ContainsAny(w, "'’"):
		cost += 1.5 // "O'NeillS21sec": a family name's shape
	}
	if ev != nil && startsWithKnownName(cell, ev) {
		cost += 1.2 // starts with a word the table's names use
	}
	// "-JonesIBM", "'AcquaBSI": the rest of a name's word.
	if r, _ := utf8.DecodeRuneInString(cell); r == '-' || r == '\'' || r == '’' {
		cost += 3
	}
	// "CERT.ch-SébastienJansenHEAnet": a dash for no country, then the
	// next row's name.
	for i, r := range cell {
		if (r == '-' || r == '–') && titleWordsAt(cell[i+utf8.RuneLen(r):]) >= 2 {
			cost += 3
			break
		}
	}
	// A bare word that many organisations share ("CERT", "Team") is a
	// part of one, not one.
	if ev != nil && ev.orgWords[key] >= 3 || orgWords[key] {
		cost++
	}
	if facts.whole {
		cost += 2
	}
	// "TürkiyeRúnaSmith-Jones": a country ending a row, then a name.
	for _, end := range facts.leading {
		if end <= len(cell) && titleWordsAt(cell[end:]) >= 2 {
			cost += 3
			break
		}
	}
	if strings.Count(cell, "(") != strings.Count(cell, ")") {
		cost += 2
	}
	if chunks := caseChunks(runes); chunks > 2 {
		cost += 0.6 * float64(chunks-2)
	}
	// A country inside, before more text, is where a row ended.
	cost += 3 * float64(facts.inner)
	if len(cell) > 40 {
		cost += 0.1 * float64(len(cell)-40)
	}
	return cost
}

// caseChunks counts the parts of rs that letter case shows may be words:
// a new part begins where a lower-case letter or a digit comes before a
// capital, or a capital before a capitalised word ("CERTPolska").
func caseChunks(rs []rune) int {
	chunks := 1
	for k := 1; k < len(rs); k++ {
		a, b := rs[k-1], rs[k]
		next := k+1 < len(rs) && unicode.IsLower(rs[k+1])
		if unicode.IsUpper(b) && (unicode.IsLower(a) || unicode.IsDigit(a) || unicode.IsUpper(a) && next) {
			chunks++
		}
	}
	return chunks
}

// innerCountries counts the country names inside s that are followed by
// more text: in a glued table, a country ends its row.
func innerCountries(s string) int {
	n := 0
	for i := 1; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			continue
		}
		for _, c := range countriesAt(s, i) {
			if c.end < len(s) {
				n++
				break
			}
		}
	}
	return n
}

// lowerRunThenUpper returns the length of the lower-case run that starts
// rs when a capital follows it, else 0.
func lowerRunThenUpper(rs []rune) int {
	n := 0
	for n < len(rs) && (unicode.IsLower(rs[n]) || unicode.Is(unicode.Mn, rs[n])) {
		n++
	}
	if n < len(rs) && unicode.IsUpper(rs[n]) {
		return n
	}
	return 0
}

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

// leadingNameWord cuts a leading word shaped like a family name, parts
// joined by hyphens or apostrophes included: "Lopez", "Smith-Jones",
// "O'Neill", "Dell'Acqua".
func leadingNameWord(s string) (word, rest string) {
	rs := []rune(s)
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
		return "", s
	}
	return string(rs[:n]), string(rs[n:])
}

// startsWithKnownName reports whether s begins with a word of the
// table's clean names ("Eriksson" in "Erikssonmnemonic") that no known
// organisation uses.
func startsWithKnownName(s string, ev *rosterEvidence) bool {
	if len(ev.nameWords) == 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) {
		return false
	}
	var prefix strings.Builder
	n, total := 0, utf8.RuneCountInString(s)
	for _, r := range s {
		if !unicode.IsLetter(r) || n >= 20 {
			return false
		}
		prefix.WriteRune(foldRune(r))
		n++
		if w := prefix.String(); n >= 3 && n < total && ev.nameWords[w] && ev.orgWords[w] == 0 {
			return true
		}
	}
	return false
}

// titleWordsAt counts the words shaped like names ("Sébastien",
// "O'Neill") that s starts with, glued or not.
func titleWordsAt(s string) int {
	words := 0
	for {
		w, rest := leadingNameWord(strings.TrimLeft(s, " "))
		if w == "" {
			return words
		}
		words++
		s = rest
	}
}

// isAcronymStart reports whether s starts with two capitals.
func isAcronymStart(s string) bool {
	rs := []rune(s)
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

// rows follows the cheapest path back and collects the cells.
func (s *segmenter) rows() []rosterRow {
	k := len(s.cols)
	end, best := -1, impossible
	for c := 0; c < k; c++ {
		st := s.steps[len(s.pieces)][c]
		cost := st.cost
		if c != 0 {
			cost += costOpenRow
		}
		if st.set && cost < best {
			end, best = c, cost
		}
	}
	if end < 0 {
		return nil
	}
	// Walk back, collecting filled cells in reverse.
	type filledCell struct {
		col   int
		piece int
		start int
		step  dpStep
	}
	var cells []filledCell
	for n := (dpNode{len(s.pieces), 0, end}); n != (dpNode{0, 0, 0}); {
		st := *s.at(n)
		if !st.set {
			break
		}
		if st.filled {
			cells = append(cells, filledCell{col: st.from.c, piece: st.from.p, start: st.from.i, step: st})
		}
		n = st.from
	}
	var rows []rosterRow
	var cur *rosterRow
	prevCol := -1
	for i := len(cells) - 1; i >= 0; i-- {
		fc := cells[i]
		if cur == nil || fc.col <= prevCol {
			rows = append(rows, rosterRow{cells: make([]rosterCell, k)})
			cur = &rows[len(rows)-1]
		}
		cur.cells[fc.col] = s.cell(fc.col, fc.piece, fc.start, fc.step)
		prevCol = fc.col
	}
	for i := range rows {
		s.judge(&rows[i])
	}
	return rows
}

// cell builds the cell a path step filled.
func (s *segmenter) cell(col, p, start int, st dpStep) rosterCell {
	piece := s.pieces[p]
	if !piece.glued {
		return rosterCell{text: strings.TrimSpace(piece.text), line: piece.line}
	}
	raw := strings.TrimSpace(piece.text[start:st.end])
	c := rosterCell{glued: true, line: piece.line, chars: gluedChars(piece, start, st.end),
		piece: p, start: start, end: st.end, raw: raw}
	switch s.cols[col] {
	case colCountry:
		c.text = st.country
	case colName:
		c.text, _ = respaceName(raw, s.ev)
	case colOrg:
		c.text = respaceOrg(raw, s.ev)
	default:
		c.text = raw
	}
	return c
}

// gluedChars counts the characters of piece[start:end] that came from
// one-character lines: those after the clean prefix, if any.
func gluedChars(piece tablePiece, start, end int) int {
	if start < piece.junction {
		start = piece.junction
	}
	if end <= start {
		return 0
	}
	return utf8.RuneCountInString(strings.ReplaceAll(piece.text[start:end], " ", ""))
}

// splitGluedName splits a name whose spaces were lost into its words, at
// spaces and where a lower-case letter meets a capital: "HillarAareleid"
// → Hillar, Aareleid. "McIntyre" and "MacEachern" stay whole, and so do
// "Dell'Aqua" and "Talos-Zens".
func splitGluedName(s string) []string {
	var words []string
	for _, part := range strings.Fields(s) {
		rs := []rune(part)
		start := 0
		for k := 1; k < len(rs); k++ {
			lowerBefore := unicode.IsLower(rs[k-1]) || unicode.Is(unicode.Mn, rs[k-1])
			if !lowerBefore || !unicode.IsUpper(rs[k]) {
				continue
			}
			if prefix := string(rs[start:k]); prefix == "Mc" || prefix == "Mac" {
				continue
			}
			words = append(words, string(rs[start:k]))
			start = k
		}
		words = append(words, string(rs[start:]))
	}
	return words
}

// singleParticles are the particles split off the end of a glued word on
// their own ("JaapvanGinkel" → Jaap van Ginkel); the others ("de", "ter",
// "da") end too many first names ("Claude", "Dieter", "Linda") and are
// split only in runs of two ("BobvanderKamp").
var singleParticles = []string{"van", "von"}

// respaceName puts the spaces back into a glued name. guessed reports a
// particle split made without evidence.
func respaceName(raw string, ev *rosterEvidence) (name string, guessed bool) {
	base, note := cutTrailingNote(raw)
	words := splitGluedName(base)
	var out []string
	for i, w := range words {
		if i == len(words)-1 {
			out = append(out, w)
			continue
		}
		head, particles, guess := cutParticles(w, ev)
		out = append(out, head)
		out = append(out, particles...)
		guessed = guessed || guess
	}
	name = strings.Join(out, " ")
	if note != "" {
		name += " (" + note + ")"
	}
	return name, guessed
}

// cutParticles splits name particles off the end of a word that a
// capitalised word follows: "Bobvander" → "Bob", [van der].
func cutParticles(w string, ev *rosterEvidence) (head string, particles []string, guessed bool) {
	if ev != nil && ev.knowsWord(w) {
		return w, nil, false
	}
	rs := []rune(w)
	if len(rs) == 0 || !unicode.IsUpper(rs[0]) {
		return w, nil, false
	}
	// The shortest run of particles first; runs are short ("vander").
	for cut := len(rs) - 1; cut >= 3 && len(rs)-cut <= maxParticleRun; cut-- {
		tail := string(rs[cut:])
		parts := particleRun(tail)
		if parts == nil || !unicode.IsUpper(rs[0]) {
			continue
		}
		if len(parts) >= 2 {
			return string(rs[:cut]), parts, false
		}
		for _, p := range singleParticles {
			if parts[0] == p {
				return string(rs[:cut]), parts, true
			}
		}
	}
	return w, nil, false
}

// maxParticleRun is the longest run of glued particles looked for, in
// letters: "vanden", "delos", "vander".
const maxParticleRun = 8

// particleRun splits s into name particles ("vander" → van, der), or
// returns nil when it is not made of them.
func particleRun(s string) []string {
	if s == "" {
		return []string{}
	}
	for n := len(s); n >= 1; n-- {
		if p := s[:n]; surnameParticles[p] && len(p) >= 2 {
			if rest := particleRun(s[n:]); rest != nil {
				return append([]string{p}, rest...)
			}
		}
	}
	return nil
}

// respaceOrg puts the spaces back into a glued organisation: the spacing
// of the same organisation written elsewhere when there is one, else
// breaks at letter case and at words the document writes on their own.
func respaceOrg(raw string, ev *rosterEvidence) string {
	if ev != nil {
		if known, ok := ev.orgs[gluedKey(raw)]; ok {
			if out, ok := transferSpaces(strings.ReplaceAll(raw, " ", ""), known); ok {
				return out
			}
		}
	}
	var parts []string
	for _, chunk := range strings.Fields(raw) {
		parts = append(parts, breakOrgWords(chunk, ev)...)
	}
	return strings.Join(splitOrgLinks(parts), " ")
}

// orgLinkWords are the small words inside organisations' names, in
// several languages: "Universidad de Murcia", "Bank of Ireland".
var orgLinkWords = []string{"de", "del", "der", "des", "di", "du", "la", "le", "of", "for", "and", "the", "für", "van", "von", "y", "et", "und", "voor"}

// splitOrgLinks splits a small linking word off the end of a word that a
// capitalised word follows: "Universidadde" "Murcia" → Universidad, de,
// Murcia.
func splitOrgLinks(parts []string) []string {
	var out []string
	for i, p := range parts {
		if i+1 < len(parts) && startsUpperCase(parts[i+1]) {
			if head, link, ok := cutOrgLink(p); ok {
				out = append(out, head, link)
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// cutOrgLink cuts a lower-case linking word from the end of a word of at
// least four more letters.
func cutOrgLink(w string) (head, link string, ok bool) {
	for _, l := range orgLinkWords {
		head, found := strings.CutSuffix(w, l)
		if !found || utf8.RuneCountInString(head) < 4 || !startsUpperCase(head) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(head)
		if unicode.IsLower(last) {
			return head, l, true
		}
	}
	return w, "", false
}

// breakOrgWords splits one glued chunk of an organisation's name into
// words, choosing the cheapest split (dynamic programming over the places
// a space may have been).
func breakOrgWords(chunk string, ev *rosterEvidence) []string {
	// "NASK(CERTPolska)": the words inside parentheses are broken apart
	// on their own.
	if open := strings.IndexByte(chunk, '('); open >= 0 && strings.HasSuffix(chunk, ")") && open < len(chunk)-2 {
		inner := breakOrgWords(chunk[open+1:len(chunk)-1], ev)
		inner[0] = "(" + inner[0]
		inner[len(inner)-1] += ")"
		if open == 0 {
			return inner
		}
		return append(breakOrgWords(chunk[:open], ev), inner...)
	}
	rs := []rune(chunk)
	n := len(rs)
	best := make([]float64, n+1)
	back := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = impossible
		for j := 0; j < i; j++ {
			if math.IsInf(best[j], 1) || j > 0 && !orgSplitAllowed(rs, j) {
				continue
			}
			cost := best[j] + orgPieceCost(string(rs[j:i]), ev) + 0.001
			if cost < best[i] {
				best[i], back[i] = cost, j
			}
		}
	}
	var words []string
	for i := n; i > 0; i = back[i] {
		words = append([]string{string(rs[back[i]:i])}, words...)
	}
	return words
}

// orgSplitAllowed reports whether a space may have stood before rs[k]:
// where a lower-case letter meets a capital, inside a run of capitals,
// after a digit or a closing parenthesis, or before an opening one.
func orgSplitAllowed(rs []rune, k int) bool {
	a, b := rs[k-1], rs[k]
	switch {
	case b == '(':
		return unicode.IsLetter(a) || unicode.IsDigit(a)
	case a == ')':
		return unicode.IsLetter(b)
	case !unicode.IsUpper(b):
		return false
	case unicode.IsLower(a) || unicode.Is(unicode.Mn, a) || unicode.IsUpper(a) || unicode.IsDigit(a):
		return true
	}
	return false
}

// orgPieceCost scores one word of a rebuilt organisation name: words the
// document knows are cheap, short unknown fragments dear, and an unknown
// word that still holds a lower-to-capital change ("TeamCymru") dearer
// than its two halves.
func orgPieceCost(p string, ev *rosterEvidence) float64 {
	if strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") {
		return -0.1
	}
	if ev != nil && ev.knowsWord(strings.Trim(p, ".,()")) {
		return -0.1
	}
	letters, digits := 0, 0
	for _, r := range p {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	cost := 1.0
	switch {
	case letters <= 2 && digits == 0:
		cost = 3
	case letters == 3:
		cost = 1.2
	}
	return cost + 1.5*float64(titleBoundaries([]rune(p)))
}

// titleBoundaries counts the places inside rs where a lower-case letter
// is followed by a capitalised word, or a digit by a capital: "TeamCymru"
// and "1&1IONOS" have one, "NorCERT" and "SURFcert" none.
func titleBoundaries(rs []rune) int {
	n := 0
	for k := 1; k+1 < len(rs); k++ {
		a, b := rs[k-1], rs[k]
		switch {
		case unicode.IsLower(a) && unicode.IsUpper(b) && unicode.IsLower(rs[k+1]):
			n++
		case unicode.IsDigit(a) && unicode.IsUpper(b): // "1&1IONOS", "1&1Internet"
			n++
		}
	}
	return n
}

// judge marks a rebuilt row as uncertain when another cut between its
// name and its organisation scores nearly as well, or when a part of it
// was guessed.
func (s *segmenter) judge(row *rosterRow) {
	name, org := -1, -1
	for i, c := range s.cols {
		switch {
		case c == colName && name < 0:
			name = i
		case c == colOrg && org < 0:
			org = i
		}
	}
	if name < 0 || !row.cells[name].glued {
		return
	}
	nc := row.cells[name]
	if _, guessed := respaceName(nc.raw, s.ev); guessed {
		row.uncertain = "particles of the name split by rule"
	}
	if org < 0 {
		return
	}
	oc := row.cells[org]
	if oc.text == "" {
		row.uncertain = "no organisation found"
		return
	}
	if !oc.glued || oc.piece != nc.piece || oc.start < nc.end {
		return
	}
	g := s.pieces[nc.piece].text
	chosen := nameCellCost(g[nc.start:nc.end], g[nc.end:], s.ev) + s.gluedCost(org, nc.piece, oc.start, oc.end)
	bestAlt, altCut := impossible, -1
	for cut := nc.start + 1; cut <= oc.end; cut++ {
		if cut == nc.end || cut == oc.start || cut < len(g) && !utf8.RuneStart(g[cut]) {
			continue
		}
		cost := nameCellCost(g[nc.start:cut], g[cut:], s.ev)
		if cut == oc.end {
			cost += costEmptyOrg
		} else {
			cost += s.gluedCost(org, nc.piece, cut, oc.end)
		}
		if cost < bestAlt {
			bestAlt, altCut = cost, cut
		}
	}
	if altCut >= 0 && bestAlt-chosen < uncertaintyMargin {
		altName, _ := respaceName(strings.TrimSpace(g[nc.start:altCut]), s.ev)
		altOrg := respaceOrg(strings.TrimSpace(g[altCut:oc.end]), s.ev)
		row.uncertain = "could also be " + quoteCells(altName, altOrg)
		row.altCost = bestAlt - chosen
	}
}

// quoteCells writes cells for a warning: "Chris Gibsonciti" / (none).
func quoteCells(cells ...string) string {
	var out []string
	for _, c := range cells {
		if c == "" {
			c = "(none)"
		} else {
			c = "\"" + c + "\""
		}
		out = append(out, c)
	}
	return strings.Join(out, " / ")
}
