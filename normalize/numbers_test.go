package normalize

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

func TestIsItemNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"3.", true},
		{"3)", true},
		{"(3)", true},
		{"4.2", true},
		{"4.2.", true},
		{"4.2.1", true},
		{"27.2", true},
		{"16-01", true},
		{"II.", true},
		{"iv)", true},
		{"XXIV.", true},
		{"a)", true},
		{"(b)", true},
		{"A.", true},
		{"3", false},     // a bare number: a page, a cell
		{"2010.", false}, // a year ending a sentence
		{"1234", false},
		{"IIII.", false}, // not a numeral
		{"Ii.", false},   // mixed case
		{"ab)", false},
		{"4..2", false},
		{"-3", false},
		{"3-", false},
		{"", false},
		{"()", false},
		{"St.", false},
	}
	for _, tt := range tests {
		if got := isItemNumber(tt.in); got != tt.want {
			t.Errorf("isItemNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestOrdinalFits(t *testing.T) {
	tests := []struct {
		n      int
		suffix string
		want   bool
	}{
		{1, "st", true}, {2, "nd", true}, {3, "rd", true}, {4, "th", true},
		{11, "th", true}, {12, "th", true}, {13, "th", true}, {21, "st", true},
		{22, "nd", true}, {23, "rd", true}, {24, "th", true}, {30, "th", true},
		{1, "th", false}, {11, "st", false}, {12, "nd", false}, {3, "th", false},
		{1, "er", true}, {2, "er", false}, {1, "re", true}, {2, "ème", true}, {1, "ème", false},
		{2, "nd", true}, {5, "º", true},
	}
	for _, tt := range tests {
		if got := ordinalFits(tt.n, tt.suffix); got != tt.want {
			t.Errorf("ordinalFits(%d, %q) = %v, want %v", tt.n, tt.suffix, got, tt.want)
		}
	}
}

func TestSplitNumbers(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{
			name: "item number alone (2010 seed)",
			in:   []string{"1.", "Approval of Minutes", "The minutes of the last meeting held on 25 September 2009 were approved."},
			want: []string{"1. Approval of Minutes", "The minutes of the last meeting held on 25 September 2009 were approved."},
		},
		{
			name: "action number alone (2010 seed)",
			in:   []string{"27.2", "Lionel Ferette to circulate some ideas about drill exercises on the mailing list.", "Done."},
			want: []string{"27.2 Lionel Ferette to circulate some ideas about drill exercises on the mailing list.", "Done."},
		},
		{
			name: "roman numeral and parenthesised number",
			in:   []string{"II.", "ROLL CALL", "(3)", "Approval of the minutes"},
			want: []string{"II. ROLL CALL", "(3) Approval of the minutes"},
		},
		{
			name: "two numbers in a row are not a title",
			in:   []string{"3.", "4.", "Title"},
			want: []string{"3.", "4. Title"},
		},
		{
			name: "a bare number is not an item number",
			in:   []string{"3", "CZ.NIC and CZ.NIC-CSIRT Presentation"},
			want: []string{"3", "CZ.NIC and CZ.NIC-CSIRT Presentation"},
		},
		{
			name: "a number before a blank line stays",
			in:   []string{"3.", "", "Title"},
			want: []string{"3.", "", "Title"},
		},
		{
			name: "ordinal after its number (2010 seed)",
			in: []string{
				"in cooperation with CSIRT.CZ on these issues.",
				"From the 1",
				"st",
				"of January 2010, they also have the legal power to deactivate a domain if it",
				"is used in a fashion that endangers computer security.",
			},
			want: []string{
				"in cooperation with CSIRT.CZ on these issues.",
				"From the 1st of January 2010, they also have the legal power to deactivate a domain if it",
				"is used in a fashion that endangers computer security.",
			},
		},
		{
			name: "superscript before its line (Halesworth PDF)",
			in:   []string{"Minutes of Trustees of The Friends of Halesworth County Library", "nd", "Meeting of 2 June 2015"},
			want: []string{"Minutes of Trustees of The Friends of Halesworth County Library", "Meeting of 2nd June 2015"},
		},
		{
			name: "suffix agrees with one number only (Suffolk PDF)",
			in:   []string{"th", "4. Minutes of 24 January 2013"},
			want: []string{"4. Minutes of 24th January 2013"},
		},
		{
			name: "two suffixes on one line (Suffolk PDF)",
			in:   []string{"th th", "for sight on 11 September. AW stated that the minutes including the 5 July"},
			want: []string{"for sight on 11th September. AW stated that the minutes including the 5th July"},
		},
		{
			name: "French ordinal",
			in:   []string{"Séance du 1", "er", "juin 2023"},
			want: []string{"Séance du 1er juin 2023"},
		},
		{
			name: "a suffix that fits no number stays",
			in:   []string{"st", "Meeting of 4 June"},
			want: []string{"st", "Meeting of 4 June"},
		},
		{
			name: "ambiguous numbers without a month stay",
			in:   []string{"th", "items 5 and 6 were deferred"},
			want: []string{"th", "items 5 and 6 were deferred"},
		},
		{
			name: "the rest of the sentence is not joined to a new item",
			in:   []string{"From the 1", "st", "2. Next item"},
			want: []string{"From the 1st", "2. Next item"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := testDocument(tt.in...)
			warnings := splitNumbers.Apply(doc)
			if diff := cmp.Diff(tt.want, textsOf(doc)); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
			changed := len(tt.in) != len(tt.want)
			if changed != (len(warnings) > 0) {
				t.Errorf("changed = %v but warnings = %v", changed, warnings)
			}
		})
	}
}

// TestSplitNumbersBesideTitle joins a number centred beside its bold title
// and the text under it to the title, the line before it
// (suffolk-libraries-agm-minutes-2014-09-11.pdf, page 1, and
// suffolk-libraries-board-minutes-2013-02-26.pdf, page 2, as the reader
// gives them); a number level with its title is joined forward as ever.
func TestSplitNumbersBesideTitle(t *testing.T) {
	line := func(text string, x, y float64, kind document.Kind, bold bool) document.Line {
		return document.Line{Text: text, Page: 1, X: x, Y: y, Size: 10.8, Kind: kind, Bold: bold}
	}
	tests := []struct {
		name string
		in   []document.Line
		want []string
	}{
		{
			name: "title above, text below",
			in: []document.Line{line("Minutes", 120, 413, document.Heading, true), line("3.", 73, 426, document.Prose, true),
				line("The minutes from the AGM 2013 were accepted and approved.", 120, 438, document.Prose, false)},
			want: []string{"3. Minutes", "The minutes from the AGM 2013 were accepted and approved."},
		},
		{
			name: "title above, sub-heading below",
			in: []document.Line{line("Update from working groups", 121, 535, document.Heading, true), line("6.", 73, 547, document.Prose, true),
				line("Finance & Audit", 121, 560, document.Heading, true)},
			want: []string{"6. Update from working groups", "Finance & Audit"},
		},
		{
			name: "a number above its title is joined forward",
			in: []document.Line{line("The budget was approved.", 73, 400, document.Prose, false), line("4.", 73, 413, document.Prose, true),
				line("Annual Report", 90, 426, document.Heading, true)},
			want: []string{"The budget was approved.", "4. Annual Report"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &document.Document{Format: document.PDF, Lines: tt.in}
			splitNumbers.Apply(doc)
			if diff := cmp.Diff(tt.want, textsOf(doc)); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSplitOrdinalsByPosition uses the PDF positions of a superscript to
// choose among numbers that fit its suffix.
func TestSplitOrdinalsByPosition(t *testing.T) {
	// "Meetings on 4 May and 14 June": "th" was drawn after "14".
	target := document.Line{Text: "Meetings on 4 May and 14 June", Page: 1, Num: 2, X: 100, Size: 10}
	column := float64(strings.Index(target.Text, "14 June") + 2)
	sup := document.Line{Text: "th", Page: 1, Num: 1, X: 100 + column*5, Size: 6}
	doc := &document.Document{Format: document.PDF, Lines: []document.Line{sup, target}}
	splitNumbers.Apply(doc)
	want := []string{"Meetings on 4 May and 14th June"}
	if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestSplitNumbersGenerated separates generated item numbers from their
// titles and checks that the pass puts them back, and leaves the
// provenance of the number's line.
func TestSplitNumbersGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	titles := []string{"Approval of the minutes", "Actions from the last meeting", "Any other business",
		"Date of the next meeting", "Rapport du trésorier", "Wahl des Vorsitzes", "Ruegos y preguntas"}
	for round := 0; round < 200; round++ {
		var want, in []string
		for k := 0; k < 1+rng.Intn(6); k++ {
			number := randomItemNumber(rng)
			title := titles[rng.Intn(len(titles))]
			want = append(want, number+" "+title)
			in = append(in, number, title)
			if rng.Intn(2) == 0 {
				body := "The group discussed the matter at some length."
				want, in = append(want, body), append(in, body)
			}
		}
		doc := testDocument(in...)
		splitNumbers.Apply(doc)
		if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
			t.Fatalf("round %d: (-want +got):\n%s", round, diff)
		}
		if doc.Lines[0].Num != 1 {
			t.Fatalf("round %d: first line has Num %d, want 1", round, doc.Lines[0].Num)
		}
	}
}

func randomItemNumber(rng *rand.Rand) string {
	n := 1 + rng.Intn(30)
	switch rng.Intn(6) {
	case 0:
		return fmt.Sprintf("%d.", n)
	case 1:
		return fmt.Sprintf("%d)", n)
	case 2:
		return fmt.Sprintf("%d.%d", n, 1+rng.Intn(9))
	case 3:
		return fmt.Sprintf("%02d-%02d", n, 1+rng.Intn(9))
	case 4:
		return []string{"I.", "II.", "III.", "IV.", "IX.", "XII."}[rng.Intn(6)]
	}
	return fmt.Sprintf("(%c)", 'a'+rune(rng.Intn(8)))
}

func FuzzSplitNumbers(f *testing.F) {
	for _, s := range []string{
		"1.\nApproval of Minutes\n",
		"From the 1\nst\nof January 2010\n",
		"th th\nfor sight on 11 September and 5 July\n",
		"nd\n",
		"3.\n\n4.\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkPassOutput(t, splitNumbers, text)
	})
}
