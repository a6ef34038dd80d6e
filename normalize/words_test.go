package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
	"minutes/extract"
)

// This file tests words.go and holds the helpers the tests of the
// character-level passes share (unicode-form, mojibake, letter-spacing,
// char-per-line, split-diacritics, broken-urls, hyphenation).

// readLines makes a document of lines with the real text reader, so the
// lines get the kinds (blank, list item, heading) a text file gives them.
func readLines(t testing.TB, lines ...string) *document.Document {
	t.Helper()
	doc, err := extract.Read("test.txt", []byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatalf("reading %q: %v", lines, err)
	}
	return doc
}

// applyPass runs one pass on lines read as a text file and returns the
// texts of the lines after it and its warnings.
func applyPass(t testing.TB, p Pass, lines ...string) ([]string, []document.Warning) {
	t.Helper()
	doc := readLines(t, lines...)
	warnings := p.Apply(doc)
	return textsOf(doc), warnings
}

// passCase is one row of the table-driven pass tests: input lines, the
// lines the pass must give, and how many warnings it must give.
type passCase struct {
	name     string
	in, want []string
	warnings int
}

// runPassCases checks a pass on each case, and that a second run of the
// pass changes nothing (every pass is idempotent).
func runPassCases(t *testing.T, p Pass, cases []passCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := readLines(t, tc.in...)
			warnings := p.Apply(doc)
			if diff := cmp.Diff(tc.want, textsOf(doc)); diff != "" {
				t.Errorf("%s: (-want +got):\n%s", p.Name, diff)
			}
			if len(warnings) != tc.warnings {
				t.Errorf("%s: %d warnings, want %d: %v", p.Name, len(warnings), tc.warnings, warnings)
			}
			for _, w := range warnings {
				if w.Message == "" || w.Message != strings.ToLower(w.Message[:1])+w.Message[1:] {
					t.Errorf("warning %q should be a lower-case sentence", w.Message)
				}
			}
			once := textsOf(doc)
			if again := p.Apply(doc); len(again) != 0 || !cmp.Equal(once, textsOf(doc)) {
				t.Errorf("%s is not idempotent: second run gave %v and\n%s", p.Name, again, cmp.Diff(once, textsOf(doc)))
			}
		})
	}
}

// checkFuzzedPass is what every fuzz target of these passes checks: the
// pass does not panic, keeps valid UTF-8 valid, gives no more than
// maxLen(len(input)) bytes (passes join, drop and repair; a repair to a
// longer encoding, "Õ" → "’", is the only growth), gives warnings a
// person can read, and changes nothing when run again.
func checkFuzzedPass(t *testing.T, p Pass, text string, maxLen func(int) int) {
	text = strings.ToValidUTF8(text, "\uFFFD")
	doc, err := extract.Read("fuzz.txt", []byte(text))
	if err != nil {
		return // empty or binary: the reader refuses it
	}
	before := doc.Text()
	limit := maxLen(len(before))
	warnings := p.Apply(doc)
	after := doc.Text()
	if !utf8.ValidString(after) {
		t.Fatalf("%s: output is not valid UTF-8: %q", p.Name, after)
	}
	if len(after) > limit {
		t.Fatalf("%s: output of %d bytes, input %d bytes\nin:  %q\nout: %q", p.Name, len(after), len(before), before, after)
	}
	for _, w := range warnings {
		if w.Message == "" || !utf8.ValidString(w.Message) {
			t.Fatalf("%s: bad warning %+v", p.Name, w)
		}
	}
	once := textsOf(doc)
	p.Apply(doc)
	if diff := cmp.Diff(once, textsOf(doc)); diff != "" {
		t.Fatalf("%s: second run changed the text (-once +twice):\n%s\nin: %q", p.Name, diff, before)
	}
}

func TestWordsIn(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"applications being 8 February 2010.", []string{"applications", "being", "8", "February", "2010"}},
		{"participants from not-for-profit organisations", []string{"participants", "from", "not-for-profit", "organisations"}},
		{"one’s CSIRT listed", []string{"one’s", "CSIRT", "listed"}},
		{"docu-", []string{"docu"}},
		{"- x -", []string{"x"}},
		{"Daniel Kouřil (see", []string{"Daniel", "Kouřil", "see"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := wordsIn(tt.text); !cmp.Equal(got, tt.want) {
			t.Errorf("wordsIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestVocabulary(t *testing.T) {
	doc := readLines(t,
		"The cost was EUR 500 for participants from not-for-profit",
		"organisations. This was free-of-charge.",
		"HillarAareleidCERT-EEEstonia",
	)
	doc.Lines[2].Kind = document.Glued
	v := documentVocabulary(doc.Lines)
	for _, w := range []string{"not-for-profit", "profit", "free-of-charge", "charge", "ORGANISATIONS", "eur"} {
		if v.count(w) == 0 {
			t.Errorf("%q not attested", w)
		}
	}
	if v.count("hillaraareleidcert-eeestonia") != 0 || v.count("eeestonia") != 0 {
		t.Error("a glued line attests words")
	}
	for _, w := range []string{"document", "organisation", "organization", "meeting"} {
		if !v.knows(w) {
			t.Errorf("%q not known from the word list", w)
		}
	}
	for _, w := range []string{"docu", "ecoat", "selfassessment", "xqzv"} {
		if v.knows(w) {
			t.Errorf("%q known, should not be", w)
		}
	}
}

func TestEnglishWordListSorted(t *testing.T) {
	words := englishWords()
	if len(words) < 50000 {
		t.Fatalf("word list has %d words", len(words))
	}
	for i := 1; i < len(words); i++ {
		if words[i-1] >= words[i] {
			t.Fatalf("word list not sorted at %d: %q, %q", i, words[i-1], words[i])
		}
	}
}

func TestCapWarnings(t *testing.T) {
	var ws []document.Warning
	for i := 1; i <= warningCap+5; i++ {
		ws = append(ws, document.Warning{Place: document.Place{Line: i}, Message: "x"})
	}
	got := capWarnings(ws, "repair")
	if len(got) != warningCap+1 {
		t.Fatalf("%d warnings, want %d", len(got), warningCap+1)
	}
	last := got[len(got)-1]
	if last.Message != "and 5 repairs from here on" || last.Place.Line != warningCap+1 {
		t.Errorf("summary warning %+v", last)
	}
	if n := len(capWarnings(ws[:3], "repair")); n != 3 {
		t.Errorf("3 warnings capped to %d", n)
	}
}

// noGrowth is the bound of passes that only join, drop and shorten.
func noGrowth(n int) int { return n }
