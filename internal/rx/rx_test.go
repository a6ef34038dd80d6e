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
		{`(?:ACTION)?\s*\d+`, `[{0 false} {1 false} {2 false} {3 false} {4 false} {5 false} {6 false} {7 false} {8 false} {9 false}]`},
		{`\s*[:=]\s*`, `[{: false} {= false}]`},
		{`(?i)[k]`, `[{K false} {k false} {K false}]`},
		{`[a-z]`, `[]`},
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

func TestClauses(t *testing.T) {
	for _, tt := range []struct {
		expr string
		want string // the clauses, as fmt prints them
	}{
		{`(?i)\bapologies\b`, `[[{apologies true}]]`},
		// countAfter in parse/votes.go: a side, a colon or equals sign, a count.
		{`(?i)\b(for|against)\s*[:=]\s*(\d+)`, `[[{for true} {against true}] [{: false} {= false}] [{0 false} {1 false} {2 false} {3 false} {4 false} {5 false} {6 false} {7 false} {8 false} {9 false}]]`},
		{`moved by (\w+), seconded by`, `[[{moved by  false}] [{, seconded by false}]]`},
		{`(ab)+c?`, `[[{ab false}]]`},
		{`^\s*$`, `[]`},
	} {
		tree, err := syntax.Parse(tt.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got := fmt.Sprint(clauses(tree.Simplify()))
		if got != tt.want {
			t.Errorf("clauses(%q) = %s, want %s", tt.expr, got, tt.want)
		}
	}
}

func TestFirstBytes(t *testing.T) {
	for _, tt := range []struct {
		expr  string
		want  string // the bytes a match may start with; "any" for no limit
		empty bool
	}{
		{`^\[x\]`, "[", false},
		{`(?i)^k`, "Kk\xe2", false}, // the Kelvin sign, U+212A, starts with 0xE2
		{`^\s*\d`, "\t\n\f\r 0123456789", false},
		{`^a*`, "a", true},
		{`^(?:a|b?)c`, "abc", false},
		{`^.x`, "any", false},
		{`^\x{FFFD}`, "\x80-\xff", false},
	} {
		tree, err := syntax.Parse(tt.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		set, empty := firstBytes(tree.Simplify())
		got := "any"
		if set != nil {
			var b []byte
			for c, in := range set {
				if in {
					b = append(b, byte(c))
				}
			}
			got = string(b)
			if len(b) == 128 && b[0] == 0x80 {
				got = "\x80-\xff"
			}
		}
		if got != tt.want || empty != tt.empty {
			t.Errorf("firstBytes(%q) = %q, %v; want %q, %v", tt.expr, got, empty, tt.want, tt.empty)
		}
	}
}

// patterns and texts on which every method must agree with regexp's.
var (
	patterns = []string{
		`(?i)\bapologies\b`, `(?i)^(?:present|apologies)\s*:`, `moved by (\w+), seconded by (\w+)`,
		`(?i)anwesend|présents?`, `(?i)kelvin|mass`, `\d+\.\d+`, `^\s*$`, `(?:ACTION)?\s*\d+`, `a|b`,
		`(?i)straße`, `(?i)ΣΊΣΥΦΟΣ`, `x*`, `(?i)ok`, `(?i)决议[:：]|résolution`,
		// Many literals, searched with a pairIndex: folded and exact ones,
		// one of a single byte, ones holding k and s, Han.
		`(?i)\b(?:present|apologies|anwesend|aanwezig|asistentes|presenti|presentes|ask|kelvin)\b`,
		`(?:Moved|Seconded|Carried|Lost|x|決議|Abstained)`,
		`(?i)(?:mass|sass|kk|ok)|(?-i:AB|CD|EF|GH)`,
		// Every part of a concatenation required; classes of few characters.
		`(?i)\b(?:for|against|ayes?)\s*[:=]\s*(\d+)`, `(?i)^page\s*\d+$|^[-–—]\s*\d+\s*[-–—]$`,
		`(?i)[ks]\d`, `a[:=]b|c\d`, `(?i)(?:x|y|z|w|k)[.·•](?:e|es|s)\b`,
		// Anchored at the start: the first byte is checked.
		`^(?:\[([ xX✓✔✗-]?)\]|([☐☑☒✅]))\s*`, `^[^\d]+x`, `(?i)^k\d`, `^\x{FFFD}a|^b`, `^\s*(\d+)`,
		`^$`, `^(?:a|)b`, `^a*`, `(?i)^(?:\p{Lu}\.|[ſ])`,
	}
	texts = []string{
		"", "Apologies: Ann Lee", "APOLOGIES were received", "present: A, B", "It was moved by Ann, seconded by Bo.",
		"Anwesend: Jürgen", "Présent : M. Gagné", "\u212aelvin", "ma\u017fs", "1.2 and 3.4", "   ", "ACTION 12",
		"STRASSE Straße", "σίσυφος", "no match here", "o\u212a", "决议：同意", "RÉSOLUTION",
		"Aanwezig: Jan", "ASISTENTES", "we ASK", "\u212aELVIN", "a\u017f\u017f", "Moved by Ann", "moved by ann",
		"決議事項", "ab cd", "AB", "xx", "p", "pr", "Carrie", "gh GH",
		"For: 7", "AGAINST = 2", "aye:1", "for 7", "Page 3", "– 4 –", "\u212a1", "\u017f9", "S9", "a=b", "c5",
		"\u212a·es", "W.E", "y•s",
		"\xffx", "\xffa", "\u212a5", "☐ task", "[x] done", " 12", "b", "ab", "\xef\xbf\xbda", "\xc5a", "É.", "S", "ſ",
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
