package rx

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"testing"
)

func TestRequired(t *testing.T) {
	for _, tt := range []struct {
		expr string
		want string // the literals, as fmt prints them; "[]" for none
	}{
		{`apologies`, `[{apologies false}]`},
		{`(?i)\bapologies\b`, `[{apologies true}]`},
		{`(?i)^(?:present|apologies)\s*:`, `[{present true} {apologies true}]`},
		{`moved by (\w+), seconded by`, `[{, seconded by false}]`},
		{`(?i)anwesend|présents?`, `[{anwesend true} {sent true}]`},
		{`(?i)prés`, `[{pr true}]`},
		{`\d+\.\d+`, `[{. false}]`},
		{`^\s*$`, `[]`},
		{`(?:ACTION)?\s*\d+`, `[]`},
		{`(?:Mr|Mrs|Ms)?\.? ?[A-Z]`, `[]`},
		{`x|\d`, `[]`},
		{`(ab)+c`, `[{ab false}]`},
		{`(?i)é`, `[]`},
		{`(?i)决议|decision`, `[{决议 false} {decision true}]`},
	} {
		tree, err := syntax.Parse(tt.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got := fmt.Sprint(required(tree.Simplify()))
		if got != tt.want {
			t.Errorf("required(%q) = %s, want %s", tt.expr, got, tt.want)
		}
	}
}

// patterns and texts on which every method must agree with regexp's.
var (
	patterns = []string{
		`(?i)\bapologies\b`, `(?i)^(?:present|apologies)\s*:`, `moved by (\w+), seconded by (\w+)`,
		`(?i)anwesend|présents?`, `(?i)kelvin|mass`, `\d+\.\d+`, `^\s*$`, `(?:ACTION)?\s*\d+`, `a|b`,
		`(?i)straße`, `(?i)ΣΊΣΥΦΟΣ`, `x*`, `(?i)ok`, `(?i)决议[:：]|résolution`,
	}
	texts = []string{
		"", "Apologies: Ann Lee", "APOLOGIES were received", "present: A, B", "It was moved by Ann, seconded by Bo.",
		"Anwesend: Jürgen", "Présent : M. Gagné", "\u212aelvin", "ma\u017fs", "1.2 and 3.4", "   ", "ACTION 12",
		"STRASSE Straße", "σίσυφος", "no match here", "o\u212a", "决议：同意", "RÉSOLUTION",
	}
)

func TestAgreesWithRegexp(t *testing.T) {
	for _, p := range patterns {
		ours, theirs := New(p), regexp.MustCompile(p)
		for _, s := range texts {
			checkAgree(t, ours, theirs, s)
		}
	}
}

func checkAgree(t *testing.T, ours *Regexp, theirs *regexp.Regexp, s string) {
	t.Helper()
	same := func(what string, a, b any) {
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s %q on %q: %v, regexp gives %v", what, ours.String(), s, a, b)
		}
	}
	same("MatchString", ours.MatchString(s), theirs.MatchString(s))
	same("FindString", ours.FindString(s), theirs.FindString(s))
	same("FindStringIndex", ours.FindStringIndex(s), theirs.FindStringIndex(s))
	same("FindStringSubmatch", ours.FindStringSubmatch(s), theirs.FindStringSubmatch(s))
	same("FindStringSubmatchIndex", ours.FindStringSubmatchIndex(s), theirs.FindStringSubmatchIndex(s))
	same("FindAllString", ours.FindAllString(s, -1), theirs.FindAllString(s, -1))
	same("FindAllStringIndex", ours.FindAllStringIndex(s, -1), theirs.FindAllStringIndex(s, -1))
	same("FindAllStringSubmatch", ours.FindAllStringSubmatch(s, -1), theirs.FindAllStringSubmatch(s, -1))
	same("FindAllStringSubmatchIndex", ours.FindAllStringSubmatchIndex(s, -1), theirs.FindAllStringSubmatchIndex(s, -1))
	same("ReplaceAllString", ours.ReplaceAllString(s, "<$0>"), theirs.ReplaceAllString(s, "<$0>"))
	same("ReplaceAllLiteralString", ours.ReplaceAllLiteralString(s, "#"), theirs.ReplaceAllLiteralString(s, "#"))
	same("ReplaceAllStringFunc", ours.ReplaceAllStringFunc(s, func(m string) string { return "[" + m + "]" }),
		theirs.ReplaceAllStringFunc(s, func(m string) string { return "[" + m + "]" }))
	for _, n := range []int{-1, 0, 1, 2} {
		same(fmt.Sprintf("Split(%d)", n), fmt.Sprintf("%q", ours.Split(s, n)), fmt.Sprintf("%q", theirs.Split(s, n)))
	}
}

func TestCompileAll(t *testing.T) {
	New(`valid`)
	if err := CompileAll(); err != nil {
		t.Fatal(err)
	}
}

// FuzzAgreesWithRegexp checks that the prefilter never hides a match: on
// any text, every method gives what regexp gives.
func FuzzAgreesWithRegexp(f *testing.F) {
	for i, s := range texts {
		f.Add(uint8(i), s)
	}
	compiled := make([]*Regexp, len(patterns))
	for i, p := range patterns {
		compiled[i] = New(p)
	}
	f.Fuzz(func(t *testing.T, which uint8, s string) {
		i := int(which) % len(patterns)
		checkAgree(t, compiled[i], regexp.MustCompile(patterns[i]), s)
	})
}
