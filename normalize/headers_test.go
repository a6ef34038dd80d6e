package normalize

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

func TestParsePageNumber(t *testing.T) {
	tests := []struct {
		in          string
		page, total int
		ok          bool
	}{
		{"Page 2/8", 2, 8, true},
		{"Page 2 of 8", 2, 8, true},
		{"page 3", 3, 0, true},
		{"- 4 -", 4, 0, true},
		{"– 4 –", 4, 0, true},
		{"[Page 5]", 5, 0, true},
		{"2/8", 2, 8, true},
		{"Seite 4 von 9", 4, 9, true},
		{"Página 2 de 5", 2, 5, true},
		{"p. 7", 7, 0, true},
		{"3", 0, 0, false},                            // bare: a cell or an item
		{"3.", 0, 0, false},                           // an item number
		{"Page 9/8", 0, 0, false},                     // more than the total
		{"Page two", 0, 0, false},                     // not a number
		{"Page 5, Comms - the sentence", 0, 0, false}, // a sentence about a page
		{"2 of 8", 0, 0, false},                       // no page word: a count
		{"", 0, 0, false},
	}
	for _, tt := range tests {
		page, total, ok := parsePageNumber(tt.in)
		if page != tt.page || total != tt.total || ok != tt.ok {
			t.Errorf("parsePageNumber(%q) = %d, %d, %v; want %d, %d, %v", tt.in, page, total, ok, tt.page, tt.total, tt.ok)
		}
	}
}

// header2010 is the running header of the 2010 seed for page n.
func header2010(n int) []string {
	return []string{
		"SUBJECT",
		"Draft minutes of the 29th TF-CSIRT meeting",
		"25 January 2010, Hamburg, Germany",
		fmt.Sprintf("Page %d/8", n),
	}
}

func TestRunningHeadersText(t *testing.T) {
	var in []string
	in = append(in, header2010(1)...)
	in = append(in,
		"29th TF-CSIRT meeting",
		"Another initiative was to provide specific DNS training to CSIRTs, and initial outreach",
		"for the DNS which was critical to the entire Internet infrastructure, so need to take")
	in = append(in, header2010(2)...)
	in = append(in,
		"measures to ensure its security and stability. The DNS root servers were an obvious",
		"Participants",
		"Name")
	in = append(in, header2010(3)...)
	in = append(in, "Organisation", "Country")
	want := []string{
		"29th TF-CSIRT meeting",
		"Another initiative was to provide specific DNS training to CSIRTs, and initial outreach",
		"for the DNS which was critical to the entire Internet infrastructure, so need to take",
		"measures to ensure its security and stability. The DNS root servers were an obvious",
		"Participants",
		"Name",
		"Organisation",
		"Country",
	}
	wantPages := []int{1, 1, 1, 2, 2, 2, 3, 3}
	doc := testDocument(in...)
	warnings := runningHeaders.Apply(doc)
	if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantPages, pagesOf(doc)); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
	if len(warnings) != 3 || warnings[1].String() != "page 2: removed running header (4 lines)" {
		t.Errorf("warnings = %v", warnings)
	}
}

func pagesOf(doc *document.Document) []int {
	pages := make([]int, len(doc.Lines))
	for i, l := range doc.Lines {
		pages[i] = l.Page
	}
	return pages
}

// TestRunningHeadersOneLine removes headers that hold their page number
// on the same line as their title.
func TestRunningHeadersOneLine(t *testing.T) {
	in := []string{
		"Minutes of the Board, 12 March 2012        Page 1 of 3",
		"The meeting opened at ten and the chair welcomed the members of the",
		"Minutes of the Board, 12 March 2012        Page 2 of 3",
		"board. The treasurer reported. See page 3 of the report.",
		"Minutes of the Board, 12 March 2012        Page 3 of 3",
		"The meeting closed at noon.",
	}
	want := []string{
		"The meeting opened at ten and the chair welcomed the members of the",
		"board. The treasurer reported. See page 3 of the report.",
		"The meeting closed at noon.",
	}
	doc := testDocument(in...)
	runningHeaders.Apply(doc)
	if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 2, 3}, pagesOf(doc)); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
}

// TestRunningFooters numbers the pages from footers: the lines before a
// footer are on its page.
func TestRunningFooters(t *testing.T) {
	in := []string{
		"Minutes of the Board", "The meeting opened at ten.",
		"", "Registered office: 1 High Street", "Page 1 of 3", "",
		"The treasurer reported.", "The budget was approved.",
		"", "Registered office: 1 High Street", "Page 2 of 3", "",
		"The meeting closed at noon.",
		"", "Registered office: 1 High Street", "Page 3 of 3",
	}
	want := []string{
		"Minutes of the Board", "The meeting opened at ten.",
		"",
		"The treasurer reported.", "The budget was approved.",
		"",
		"The meeting closed at noon.",
	}
	doc := testDocument(in...)
	runningHeaders.Apply(doc)
	if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 1, 2, 2, 2, 3, 3}, pagesOf(doc)); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
}

// TestRunningHeadersLeaveText checks texts with no running header: a page
// mentioned once, numbers that do not rise, repeated body lines.
func TestRunningHeadersLeaveText(t *testing.T) {
	tests := [][]string{
		{"See page 3", "Page 3", "The minutes were approved."},
		{"Page 3", "Done.", "Page 2", "Done."},
		{"DFN-CERT", "Germany", "Jan Kohlrausch", "DFN-CERT", "Germany", "Detlev Matthies", "DFN-CERT", "Germany"},
	}
	for _, in := range tests {
		doc := testDocument(in...)
		if warnings := runningHeaders.Apply(doc); len(warnings) > 0 {
			t.Errorf("%q: warnings %v", in, warnings)
		}
		if diff := cmp.Diff(in, textsOf(doc)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}

// pdfPage makes the lines of one PDF page: a header, body lines and a
// footer, at heights a reader would give.
func pdfPage(page int, header, footer []string, body ...string) []document.Line {
	var lines []document.Line
	y := 40.0
	add := func(text string) {
		lines = append(lines, document.Line{Text: text, Page: page, Num: len(lines) + 1, X: 72, Y: y, Size: 11})
		y += 14
	}
	for _, h := range header {
		add(h)
	}
	y = 120
	for _, b := range body {
		add(b)
	}
	y = 760
	for _, f := range footer {
		add(f)
	}
	return lines
}

func TestRunningHeadersPDF(t *testing.T) {
	var doc document.Document
	doc.Format = document.PDF
	// "Done." ends every page's text, sometimes at the same height: it is
	// the document's, not a footer.
	bodies := [][]string{
		{"Minutes of the Board meeting", "1. Apologies", "Done."},
		{"2. Declarations of Interest", "None.", "Done."},
		{"3. Matters arising", "The board noted the report.", "It asked for more.", "Done."},
		{"4. Any other business", "None.", "Done."},
	}
	var want []string
	for i, body := range bodies {
		page := i + 1
		header := []string{"Suffolk Libraries IPS", fmt.Sprintf("Board meeting %d February 2013", 26)}
		if page == 1 {
			header = []string{"Suffolk Libraries IPS", "Letterhead: County Library, Ipswich"}
		}
		footer := []string{"Registered Office: County Library, Northgate Street, Ipswich IP1 3DE", fmt.Sprint(page), "31542R"}
		doc.Lines = append(doc.Lines, pdfPage(page, header, footer, body...)...)
		if page == 1 {
			want = append(want, "Letterhead: County Library, Ipswich")
		}
		want = append(want, body...)
	}
	runningHeaders.Apply(&doc)
	if diff := cmp.Diff(want, textsOf(&doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestRunningHeadersFormFeeds pages a text at its form feeds and removes
// the lines that repeat at the top of the pages.
func TestRunningHeadersFormFeeds(t *testing.T) {
	doc := testDocument(
		"Internet-Draft   HTTP/1.1   March 2010", "", "The first page.", "More text.",
		"\fInternet-Draft   HTTP/1.1   March 2010", "", "The second page.",
		"\fInternet-Draft   HTTP/1.1   March 2010", "", "The third page.")
	runningHeaders.Apply(doc)
	want := []string{"The first page.", "More text.", "", "The second page.", "", "The third page."}
	if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 1, 2, 2, 3, 3}, pagesOf(doc)); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
}

// TestRunningHeadersGenerated puts generated header blocks into text at
// random places, in the middle of sentences, and checks that removing them
// gives the text back with the right page numbers.
func TestRunningHeadersGenerated(t *testing.T) {
	paragraphs := cleanParagraphs(t)
	rng := rand.New(rand.NewSource(8))
	forms := []string{"Page %d/%d", "Page %d of %d", "- %d -", "Seite %d von %d", "[Page %d]"}
	for round := 0; round < 100; round++ {
		var body []string
		for _, p := range paragraphs[rng.Intn(10):][:10] {
			body = append(body, greedyWrap(p, 60+rng.Intn(30))...)
		}
		form := forms[rng.Intn(len(forms))]
		title := fmt.Sprintf("Minutes of the %d meeting of the Board", 100+rng.Intn(900))
		oneLine := rng.Intn(2) == 0 // the title and the page number on one line
		pages := 2 + rng.Intn(5)
		cuts := rng.Perm(len(body) - 1)[:pages-1]
		isCut := map[int]bool{}
		for _, c := range cuts {
			isCut[c+1] = true
		}
		var in []string
		var wantPages []int
		page := 0
		for i, l := range body {
			if i == 0 || isCut[i] {
				page++
				mark := fmt.Sprintf(form, page, pages)
				if strings.Count(form, "%d") == 1 {
					mark = fmt.Sprintf(form, page)
				}
				if oneLine {
					in = append(in, title+"   "+mark)
				} else {
					in = append(in, title, mark)
				}
			}
			in = append(in, l)
			wantPages = append(wantPages, page)
		}
		doc := testDocument(in...)
		runningHeaders.Apply(doc)
		if diff := cmp.Diff(body, textsOf(doc)); diff != "" {
			t.Fatalf("round %d (-want +got):\n%s", round, diff)
		}
		if diff := cmp.Diff(wantPages, pagesOf(doc)); diff != "" {
			t.Fatalf("round %d pages (-want +got):\n%s", round, diff)
		}
	}
}

func FuzzRunningHeaders(f *testing.F) {
	f.Add(strings.Join(append(append(header2010(1), "text"), header2010(2)...), "\n"))
	f.Add("a\n\fb\n\fc\n")
	f.Add("Page 1\n\nPage 2\n\n")
	f.Fuzz(func(t *testing.T, text string) {
		checkPassOutput(t, runningHeaders, text)
	})
}

func TestLongestRising(t *testing.T) {
	tests := []struct {
		pages []int
		want  []int
	}{
		{[]int{1, 2, 3}, []int{1, 2, 3}},
		{[]int{1, 5, 2, 3}, []int{1, 2, 3}},
		{[]int{3, 1, 2}, []int{1, 2}},
		{[]int{2, 2, 2}, []int{2}},
		{nil, nil},
	}
	for _, tt := range tests {
		var marks []pageMark
		for i, p := range tt.pages {
			marks = append(marks, pageMark{index: i, page: p})
		}
		var got []int
		for _, m := range longestRising(marks) {
			got = append(got, m.page)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("longestRising(%v) (-want +got):\n%s", tt.pages, diff)
		}
	}
}
