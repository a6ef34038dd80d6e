// Package rx holds regular expressions that cost nothing until they are
// used and little when they cannot match.
//
// A Regexp made by New is compiled the first time one of its methods runs,
// so a process pays only for the patterns its input reaches. At the same
// moment its pattern is read for the literal text any match must contain:
// `(?i)\bapologies\b` cannot match a line without "apologies" in some
// letter case; `moved|seconded` cannot match a line holding neither. A
// method first looks for that text, which is much cheaper than running the
// matcher, and answers "no match" at once when it is missing. The literal
// is derived from the pattern itself (as RE2's FilteredRE2 does), so it can
// never disagree with it: every method gives exactly what the same method
// of regexp.Regexp gives.
//
// The rules that derive the required literal, on the pattern's syntax tree
// (regexp/syntax, simplified):
//
//   - a literal requires itself; under (?i), itself when none of its
//     characters has another case (Han, digits), else its longest run of
//     ASCII characters, compared without regard to ASCII case;
//   - a capture, x+ and x{n,} with n ≥ 1 require what x requires;
//   - a class of at most 10 characters ([:=], [-–—], \d) requires one of
//     them;
//   - a concatenation requires what each of its parts requires: the
//     pattern is checked against up to four such clauses, the most
//     selective first (the one whose shortest literal is longest), so
//     `(?i)\b(?:for|ayes?|…)\s*[:=]\s*\d+` rules out every line without
//     a colon or equals sign even though "for" is in most lines; inside
//     an alternation a concatenation stands for its most selective part;
//   - an alternation requires one of what each branch requires, when every
//     branch requires something (at most 512 literals);
//   - anything else (x*, x?, larger classes, anchors, any character)
//     requires nothing.
//
// A literal or class holding U+FFFD requires nothing: it also matches a
// byte that is not valid UTF-8.
//
// A pattern whose every match starts at the start of the text (it opens
// with ^ on every branch) is checked first by the text's first byte: the
// bytes a match can start with are derived from the tree the same way
// (`^(?:\[[ xX]?\]|[☐☑☒])` starts with "[" or the lead byte 0xE2), which
// spares a pass over a line that cannot match.
//
// Under (?i) the letters k and s also match the Kelvin sign and the long s
// (U+212A, U+017F); a text holding either is never ruled out by a literal
// holding k or s.
package rx

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A Regexp is a regular expression compiled on first use. It is safe for
// concurrent use, as regexp.Regexp is.
type Regexp struct {
	expr     string
	once     sync.Once // compiles re
	needOnce sync.Once // derives need, which costs less than compiling
	re       *regexp.Regexp
	need     []clause   // a match contains a literal of each; nil: nothing is required
	first    *[256]bool // a match starts the text with one of these bytes; nil: any
}

// A clause is literals one of which a match must contain.
type clause struct {
	lits  []literal
	pairs *pairIndex // lits, indexed by first two bytes, when they are many
}

// holds reports whether s contains one of the clause's literals.
func (c *clause) holds(s string) bool {
	if c.pairs != nil {
		return c.pairs.mayMatch(s)
	}
	for _, l := range c.lits {
		if l.fold {
			if containsFold(s, l.s) {
				return true
			}
		} else if strings.Contains(s, l.s) {
			return true
		}
	}
	return false
}

// A literal is text a match must contain: as bytes, or, when fold is set,
// as ASCII letters in any case (s is then lower case).
type literal struct {
	s    string
	fold bool
}

var (
	mu  sync.Mutex
	all []*Regexp
)

// New returns a Regexp for the pattern, in the syntax of package regexp.
// Nothing is compiled until the first use; a pattern that does not
// compile panics then (CompileAll finds such patterns in a test).
func New(expr string) *Regexp {
	r := &Regexp{expr: expr}
	mu.Lock()
	all = append(all, r)
	mu.Unlock()
	return r
}

// CompileAll compiles every Regexp made so far and returns the first
// error, so a test can prove that all of a package's patterns compile.
func CompileAll() error {
	mu.Lock()
	list := append([]*Regexp(nil), all...)
	mu.Unlock()
	for _, r := range list {
		if _, err := regexp.Compile(r.expr); err != nil {
			return err
		}
		r.compiled()
		r.mayMatch("")
	}
	return nil
}

// compiled compiles the pattern, once.
func (r *Regexp) compiled() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	return r.re
}

// mayMatch reports whether s holds one of the literals every match
// contains. When it is false no method can find a match in s. When it is
// true the pattern is compiled, ready for the matcher.
func (r *Regexp) mayMatch(s string) bool {
	r.needOnce.Do(func() {
		if tree, err := syntax.Parse(r.expr, syntax.Perl); err == nil {
			tree = tree.Simplify()
			r.need = chooseClauses(clauses(tree))
			if anchoredAtStart(tree) {
				if set, empty := firstBytes(tree); !empty && set != nil {
					r.first = set
				}
			}
		}
	})
	if r.first != nil && (s == "" || !r.first[s[0]]) {
		return false
	}
	for i := range r.need {
		if !r.need[i].holds(s) {
			return false
		}
	}
	r.compiled()
	return true
}

// maxClauses bounds the clauses a pattern is prefiltered by: each is a
// pass over the text when the text holds the ones before it.
const maxClauses = 4

// chooseClauses orders the clauses a pattern requires, the most selective
// first (by better), drops repeats and keeps at most maxClauses of them,
// each with a pairIndex when its literals are many.
func chooseClauses(all [][]literal) []clause {
	sort.SliceStable(all, func(i, j int) bool { return better(all[i], all[j]) })
	var out []clause
	seen := map[string]bool{}
	for _, lits := range all {
		key := fmt.Sprint(lits)
		if seen[key] || len(out) == maxClauses {
			continue
		}
		seen[key] = true
		c := clause{lits: lits}
		if len(lits) >= manyLiterals {
			c.pairs = newPairIndex(lits)
		}
		out = append(out, c)
	}
	return out
}

// manyLiterals is how many required literals make one pass over the text
// with a pairIndex cheaper than a search for each literal.
const manyLiterals = 4

// A pairIndex finds which of many literals a text holds in one pass over
// it. The literals are indexed by their first two bytes (ASCII letters
// lowered for those compared without regard to case); at each offset of
// the text the two bytes there, lowered the same way, are looked up in a
// bit set of 65,536 pairs, and only on a hit are the literals starting
// with that pair compared. A literal of one byte (one character of a class
// such as \d) is looked up in a table of the 256 bytes in the same pass.
type pairIndex struct {
	bits  [1 << 16 / 64]uint64
	byTwo map[uint16][]literal
	lead  [256]byte // what a byte of the text may start: leadNothing, leadOne, …
}

// What a byte of the text may start, in a pairIndex: nothing (the scan
// moves on at once), a literal of one byte (a match), a literal of more
// (its pair is looked up), or a Kelvin sign or long s that may stand for
// the k or s of a folded literal (U+212A and U+017F start with 0xE2 and
// 0xC5), then also a pair.
const (
	leadNothing = iota
	leadOne
	leadPair
	leadKOrS
)

func newPairIndex(need []literal) *pairIndex {
	p := &pairIndex{byTwo: map[uint16][]literal{}}
	kOrS := false
	for _, l := range need {
		if l.fold && strings.ContainsAny(l.s, "ks") {
			kOrS = true
		}
		if len(l.s) == 1 {
			p.lead[l.s[0]] = leadOne
			if l.fold {
				p.lead[upperByte(l.s[0])] = leadOne
			}
			continue
		}
		key := pairKey(l.s[0], l.s[1])
		p.bits[key>>6] |= 1 << (key & 63)
		p.byTwo[key] = append(p.byTwo[key], l)
	}
	// Pairs are keyed with ASCII letters lowered: a literal's first byte
	// may start a pair in either case.
	for _, l := range need {
		if len(l.s) > 1 {
			for _, c := range []byte{lowerByte(l.s[0]), upperByte(l.s[0])} {
				if p.lead[c] == leadNothing {
					p.lead[c] = leadPair
				}
			}
		}
	}
	if kOrS {
		for _, c := range []byte{"\u212a"[0], "\u017f"[0]} {
			if p.lead[c] != leadOne {
				p.lead[c] = leadKOrS
			}
		}
	}
	return p
}

// pairKey is the index of two bytes, their ASCII letters lowered: a folded
// literal's bytes are lower case already and the text's are lowered as
// they are read. An unfolded literal is keyed the same way and compared
// exactly on a hit.
func pairKey(a, b byte) uint16 {
	return uint16(lowerByte(a))<<8 | uint16(lowerByte(b))
}

func upperByte(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// mayMatch reports whether s holds one of the literals, as the search of
// each one would: folded ones in any ASCII case, the others exactly.
func (p *pairIndex) mayMatch(s string) bool {
	for i := 0; i < len(s); i++ {
		switch p.lead[s[i]] {
		case leadNothing:
			continue
		case leadOne:
			return true
		case leadKOrS:
			if strings.HasPrefix(s[i:], "\u212a") || strings.HasPrefix(s[i:], "\u017f") {
				return true // a Kelvin sign or long s may stand for k or s
			}
		}
		if i+1 == len(s) {
			break
		}
		key := pairKey(s[i], s[i+1])
		if p.bits[key>>6]&(1<<(key&63)) == 0 {
			continue
		}
		for _, l := range p.byTwo[key] {
			if len(s)-i < len(l.s) {
				continue
			}
			if l.fold && hasPrefixLowered(s[i:], l.s) || !l.fold && strings.HasPrefix(s[i:], l.s) {
				return true
			}
		}
	}
	return false
}

// hasPrefixLowered reports whether s starts with lower (lower-case ASCII
// letters, other bytes as they are) in any ASCII letter case.
func hasPrefixLowered(s, lower string) bool {
	for j := 0; j < len(lower); j++ {
		if lowerByte(s[j]) != lower[j] {
			return false
		}
	}
	return true
}

// String returns the pattern.
func (r *Regexp) String() string { return r.expr }

// Regexp returns the compiled regular expression, for the uses this
// package does not wrap.
func (r *Regexp) Regexp() *regexp.Regexp { return r.compiled() }

// MatchString is regexp.Regexp.MatchString.
func (r *Regexp) MatchString(s string) bool {
	return r.mayMatch(s) && r.re.MatchString(s)
}

// FindString is regexp.Regexp.FindString.
func (r *Regexp) FindString(s string) string {
	if !r.mayMatch(s) {
		return ""
	}
	return r.re.FindString(s)
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.re.FindStringIndex(s)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.mayMatch(s) {
		return nil
	}
	return r.re.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.re.FindStringSubmatchIndex(s)
}

// FindAllString is regexp.Regexp.FindAllString.
func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.mayMatch(s) {
		return nil
	}
	return r.re.FindAllString(s, n)
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.re.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.mayMatch(s) {
		return nil
	}
	return r.re.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if !r.mayMatch(src) {
		return src
	}
	return r.re.ReplaceAllString(src, repl)
}

// ReplaceAllLiteralString is regexp.Regexp.ReplaceAllLiteralString.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	if !r.mayMatch(src) {
		return src
	}
	return r.re.ReplaceAllLiteralString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !r.mayMatch(src) {
		return src
	}
	return r.re.ReplaceAllStringFunc(src, repl)
}

// Split is regexp.Regexp.Split.
func (r *Regexp) Split(s string, n int) []string {
	if n != 0 && s != "" && !r.mayMatch(s) {
		return []string{s}
	}
	return r.compiled().Split(s, n)
}

// SubexpNames is regexp.Regexp.SubexpNames.
func (r *Regexp) SubexpNames() []string { return r.compiled().SubexpNames() }

// SubexpIndex is regexp.Regexp.SubexpIndex.
func (r *Regexp) SubexpIndex(name string) int { return r.compiled().SubexpIndex(name) }

// maxAlternatives bounds the literals an alternation may require: beyond
// it, looking for each costs more than it saves.
const maxAlternatives = 512

// clauses derives what every match of re contains, as clauses: each
// part of a concatenation requires its own, since a match holds a match
// of every part. Anything else gives the one clause required finds.
func clauses(re *syntax.Regexp) [][]literal {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return clauses(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return clauses(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var all [][]literal
		for _, sub := range re.Sub {
			all = append(all, clauses(sub)...)
		}
		return all
	}
	if need := required(re); need != nil {
		return [][]literal{need}
	}
	return nil
}

// anchoredAtStart reports whether every match of re starts at the start
// of the text: re opens with ^ (without (?m)) on every branch.
func anchoredAtStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchoredAtStart(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredAtStart(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchoredAtStart(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// firstBytes returns the bytes a match of re can start with, and whether
// re can match the empty text (then it may start with anything that
// follows it). A nil set means any byte. Assertions (^, \b) match empty.
func firstBytes(re *syntax.Regexp) (set *[256]bool, empty bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return &[256]bool{}, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return &[256]bool{}, true
		}
		set = &[256]bool{}
		r := re.Rune[0]
		addFirstByte(set, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addFirstByte(set, f)
			}
		}
		return set, false
	case syntax.OpCharClass:
		set = &[256]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if lo <= utf8.RuneError && utf8.RuneError <= hi {
				addFirstByte(set, utf8.RuneError)
			}
			if hi >= utf8.RuneSelf {
				// The lead bytes of the runes from lo to hi run from lo's
				// to hi's.
				a, b := utf8.AppendRune(nil, max(lo, utf8.RuneSelf))[0], utf8.AppendRune(nil, hi)[0]
				for c := int(a); c <= int(b); c++ {
					set[c] = true
				}
				hi = utf8.RuneSelf - 1
			}
			for c := lo; c <= hi; c++ {
				set[c] = true
			}
		}
		return set, false
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _ := firstBytes(re.Sub[0])
		return set, true
	case syntax.OpRepeat:
		set, empty := firstBytes(re.Sub[0])
		return set, empty || re.Min == 0
	case syntax.OpConcat:
		set = &[256]bool{}
		for _, sub := range re.Sub {
			s, empty := firstBytes(sub)
			if s == nil {
				return nil, false
			}
			union(set, s)
			if !empty {
				return set, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		set, anyEmpty := &[256]bool{}, false
		for _, sub := range re.Sub {
			s, empty := firstBytes(sub)
			if s == nil {
				return nil, false
			}
			union(set, s)
			anyEmpty = anyEmpty || empty
		}
		return set, anyEmpty
	}
	return nil, false // any character
}

// addFirstByte adds the first byte of r. A byte that is not valid UTF-8
// reads as U+FFFD, so that rune may start with any byte from 0x80 up.
func addFirstByte(set *[256]bool, r rune) {
	if r == utf8.RuneError {
		for c := utf8.RuneSelf; c < 256; c++ {
			set[c] = true
		}
	}
	set[utf8.AppendRune(nil, r)[0]] = true
}

func union(set, other *[256]bool) {
	for c, in := range other {
		if in {
			set[c] = true
		}
	}
}

// maxClassRunes bounds the characters of a class that requires one of
// them: [:=], [-–—], \d.
const maxClassRunes = 10

// required derives the literals one of which every match of re contains,
// by the rules of the package comment; nil when none is required.
func required(re *syntax.Regexp) []literal {
	switch re.Op {
	case syntax.OpCharClass:
		var lits []literal
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if len(lits)+int(re.Rune[i+1]-re.Rune[i]) >= maxClassRunes || re.Rune[i] <= utf8.RuneError && utf8.RuneError <= re.Rune[i+1] {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				lits = append(lits, literal{s: string(r)})
			}
		}
		return lits
	case syntax.OpLiteral:
		if slices.Contains(re.Rune, utf8.RuneError) {
			return nil // U+FFFD also matches a byte that is not UTF-8
		}
		if re.Flags&syntax.FoldCase == 0 || caseless(re.Rune) {
			return []literal{{s: string(re.Rune)}}
		}
		if run := longestASCIIRun(re.Rune); run != "" {
			return []literal{{s: strings.ToLower(run), fold: true}}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []literal
		for _, sub := range re.Sub {
			if need := required(sub); need != nil && better(need, best) {
				best = need
			}
		}
		return best
	case syntax.OpAlternate:
		var union []literal
		for _, sub := range re.Sub {
			need := required(sub)
			if need == nil {
				return nil
			}
			union = append(union, need...)
		}
		if len(union) <= maxAlternatives {
			return union
		}
	}
	return nil
}

// better reports whether literals a are more selective than b: their
// shortest is longer, or as long and they are fewer.
func better(a, b []literal) bool {
	if b == nil {
		return true
	}
	la, lb := shortest(a), shortest(b)
	return la > lb || (la == lb && len(a) < len(b))
}

func shortest(ls []literal) int {
	n := -1
	for _, l := range ls {
		if n < 0 || len(l.s) < n {
			n = len(l.s)
		}
	}
	return n
}

// caseless reports whether no rune of rs has another case (Han, kana,
// digits): under (?i) such a literal matches only itself.
func caseless(rs []rune) bool {
	for _, r := range rs {
		if unicode.SimpleFold(r) != r {
			return false
		}
	}
	return true
}

// longestASCIIRun is the longest run of ASCII runes in rs.
func longestASCIIRun(rs []rune) string {
	best, start := "", -1
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] < utf8.RuneSelf {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > len(best) {
			best = string(rs[start:i])
		}
		start = -1
	}
	return best
}

// containsFold reports whether s contains lower (lower-case ASCII) in any
// ASCII letter case, or may contain it through a Kelvin sign or long s.
// Candidates are found with strings.IndexByte for both cases of the first
// letter, which is much faster than comparing at every byte.
func containsFold(s, lower string) bool {
	n := len(lower)
	if n == 0 {
		return true
	}
	lo, up := lower[0], lower[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	last := len(s) - n // the last offset where lower fits
	// nextLo and nextUp are the next offsets, from i on, of either case of
	// the first letter (-1: none left).
	nextLo, nextUp := -2, -2
	next := func(c byte, from int) int {
		if from > last {
			return -1
		}
		if k := strings.IndexByte(s[from:last+1], c); k >= 0 {
			return from + k
		}
		return -1
	}
	for i := 0; i <= last; i++ {
		if nextLo != -1 && nextLo < i {
			nextLo = next(lo, i)
		}
		if up != lo && nextUp != -1 && nextUp < i {
			nextUp = next(up, i)
		}
		switch {
		case up == lo || nextUp < 0:
			i = nextLo
		case nextLo < 0 || nextUp < nextLo:
			i = nextUp
		default:
			i = nextLo
		}
		if i < 0 {
			break
		}
		k := 1
		for k < n && toLower(s[i+k]) == lower[k] {
			k++
		}
		if k == n {
			return true
		}
	}
	if strings.IndexByte(lower, 'k') >= 0 && strings.Contains(s, "\u212a") {
		return true
	}
	if strings.IndexByte(lower, 's') >= 0 && strings.Contains(s, "\u017f") {
		return true
	}
	return false
}

func toLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
