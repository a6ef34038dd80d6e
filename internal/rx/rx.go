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
//   - a concatenation requires what its most selective part requires (the
//     one whose shortest literal is longest);
//   - an alternation requires one of what each branch requires, when every
//     branch requires something (at most 32 literals);
//   - anything else (x*, x?, classes, anchors, any character) requires
//     nothing.
//
// Under (?i) the letters k and s also match the Kelvin sign and the long s
// (U+212A, U+017F); a text holding either is never ruled out by a literal
// holding k or s.
package rx

import (
	"regexp"
	"regexp/syntax"
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
	need     []literal // a match contains one of these; nil: no literal is required
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
			r.need = required(tree.Simplify())
		}
	})
	if r.need == nil {
		r.compiled()
		return true
	}
	if len(r.need) >= manyLiterals {
		return r.mayMatchLowered(s)
	}
	for _, l := range r.need {
		if l.fold {
			if containsFold(s, l.s) {
				r.compiled()
				return true
			}
		} else if strings.Contains(s, l.s) {
			r.compiled()
			return true
		}
	}
	return false
}

// manyLiterals is how many required literals make it cheaper to lower the
// text's ASCII letters once than to search each literal without regard to
// case.
const manyLiterals = 4

// mayMatchLowered is mayMatch for a pattern with many literals: the text
// is lowered once, then each literal is looked for as it is.
func (r *Regexp) mayMatchLowered(s string) bool {
	lower := lowerASCII(s)
	special := strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")
	for _, l := range r.need {
		found := false
		if l.fold {
			found = strings.Contains(lower, l.s) || special && (strings.IndexByte(l.s, 'k') >= 0 || strings.IndexByte(l.s, 's') >= 0)
		} else {
			found = strings.Contains(s, l.s)
		}
		if found {
			r.compiled()
			return true
		}
	}
	return false
}

// lowerASCII lowers the ASCII letters of s and leaves every other byte.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
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
const maxAlternatives = 32

// required derives the literals one of which every match of re contains,
// by the rules of the package comment; nil when none is required.
func required(re *syntax.Regexp) []literal {
	switch re.Op {
	case syntax.OpLiteral:
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
