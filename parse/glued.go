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
//
// This file holds the evidence and the search; the costs are in
// participants_cost.go, the tables they read a glued text from in
// glued_text.go and the respacing in participants_respace.go.

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
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

	// What the search read of the table pieces' text, which no evidence
	// changes: kept for the document, as a table is searched again once
	// more organisations are known (readOnePerLine).
	gluedTexts map[string]*gluedText // a glued piece's text → its reading
	cleanCells map[string]cleanCell  // a clean piece's text → what its costs ask of it
}

func newRosterEvidence() *rosterEvidence {
	return &rosterEvidence{nameWords: map[string]bool{}, orgs: map[string]string{}, orgWords: map[string]int{}, vocab: map[string]string{}, people: map[string]bool{},
		gluedTexts: map[string]*gluedText{}, cleanCells: map[string]cleanCell{}}
}

// remember gives m[key], made by read and kept in m the first time (a
// nil m keeps nothing).
func remember[V any](m map[string]V, key string, read func(string) V) V {
	v, ok := m[key]
	if !ok {
		v = read(key)
		if m != nil {
			m[key] = v
		}
	}
	return v
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
			if isCapitalised(w) && isCapitalised(next) && isPersonWord(w) && isPersonWord(next) && !isAcronym(w) && !isAcronym(next) {
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
	line     line
}

// A rosterCell is one cell of a rebuilt row.
type rosterCell struct {
	text  string // as written, spaces restored; "" for an empty cell
	glued bool   // taken from glued text
	chars int    // for glued cells: how many characters (one-character lines) it took
	line  line
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
func (r rosterRow) rebuilt() (chars int, line line, ok bool) {
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
	pieces  []tablePiece
	cols    []columnKind
	ev      *rosterEvidence
	steps   [][]dpStep    // per piece: (len+1)*k nodes for glued pieces, k for clean ones
	texts   []*scoredText // per glued piece: its text as this search scores it (nil for clean pieces)
	clean   []cleanCell   // per clean piece: what its costs ask of it
	nameCol int

	leading []int          // countriesWithin's answer, reused
	matches []countryMatch // countryCells' answer, reused
}

// newSegmenter prepares the search. The glued pieces' text must be valid
// UTF-8.
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
	// The pieces' text as the evidence keeps it for the document.
	var gluedTexts map[string]*gluedText
	var cleanCells map[string]cleanCell
	if ev != nil {
		gluedTexts, cleanCells = ev.gluedTexts, ev.cleanCells
	}
	s.texts = make([]*scoredText, len(pieces))
	s.clean = make([]cleanCell, len(pieces))
	for p, piece := range pieces {
		if piece.glued {
			s.texts[p] = newScoredText(remember(gluedTexts, piece.text, newGluedText), ev)
		} else {
			s.clean[p] = remember(cleanCells, piece.text, newCleanCell)
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
					s.relax(dpNode{p + 1, 0, next}, dpStep{cost: st.cost + cleanCost(s.cols[c], s.clean[p]), from: from, filled: true})
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
	var name nameScan // g[i:j] read so far, for the name column
	least := leastCellCost(s.cols[c], s.texts[p], i)
	for j := i + 1; j <= len(g) && j-i <= maxGluedCellLength; j++ {
		if j < len(g) && !utf8.RuneStart(g[j]) {
			continue
		}
		if s.cols[c] == colName {
			r, _ := utf8.DecodeLastRuneInString(g[:j])
			if name.add(r); !name.canExtendName() {
				break // a longer name would hold the same impossible part
			}
		}
		atJunction := j == s.pieces[p].junction
		// A cell that could not beat the cheapest way already found to
		// where it ends is not scored: relax would not take it.
		bound := least
		if atJunction {
			bound += costJunctionBonus
		}
		if to := s.at(dpNode{p, j, next}); to.set && base+bound >= to.cost {
			continue
		}
		cost := s.gluedCost(c, p, i, j)
		if math.IsInf(cost, 1) {
			continue
		}
		if atJunction {
			cost += costJunctionBonus
		}
		s.relax(dpNode{p, j, next}, dpStep{cost: base + cost, from: from, filled: true, end: j})
	}
}

// gluedCost scores g[i:j] of glued piece p as a cell of column c.
func (s *segmenter) gluedCost(c, p, i, j int) float64 {
	t := s.texts[p]
	a, b := t.trim(i, j)
	if a == b {
		return impossible
	}
	cell := t.s[a:b]
	switch s.cols[c] {
	case colName:
		return nameCellCost(s.texts[p], i, j)
	case colOrg:
		return orgCost(s.texts[p], i, j, s.countriesWithin(p, i, j))
	case colShort:
		return shortCellCost(cell)
	}
	return costEmptyOther + 0.02*float64(len(cell))
}

// countriesWithin tells, from the countries found in glued piece p,
// which lie in g[i:j]. The answer is valid until the next call.
func (s *segmenter) countriesWithin(p, i, j int) countryFacts {
	t := s.texts[p]
	facts := countryFacts{leading: s.leading[:0]}
	for _, c := range t.countries[i] {
		switch {
		case c.end == j:
			facts.whole = true
		case c.end < j:
			facts.leading = append(facts.leading, c.end-i)
		}
	}
	s.leading = facts.leading
	starts := t.countryStarts
	for _, k := range starts[sort.SearchInts(starts, i+1):] {
		if k >= j {
			break
		}
		for _, c := range t.countries[k] {
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
// "TheNetherlands") costs a little more. The answer is valid until the
// next call.
func (s *segmenter) countryCells(p, i int) []countryMatch {
	g, countries := s.pieces[p].text, s.texts[p].countries
	out := s.matches[:0]
	for _, c := range countries[i] {
		cost := 0.0
		for start := i - 1; start >= 0 && i-start <= 20; start-- {
			for _, longer := range countries[start] {
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
	s.matches = out
	return out
}

// A countryMatch is a country cell found in glued text.
type countryMatch struct {
	end     int
	spelled string
	cost    float64
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
	g, t := s.pieces[nc.piece].text, s.texts[nc.piece]
	chosen := nameCellCost(t, nc.start, nc.end) + s.gluedCost(org, nc.piece, oc.start, oc.end)
	bestAlt, altCut := impossible, -1
	for cut := nc.start + 1; cut <= oc.end; cut++ {
		if cut == nc.end || cut == oc.start || cut < len(g) && !utf8.RuneStart(g[cut]) {
			continue
		}
		cost := nameCellCost(t, nc.start, cut)
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
