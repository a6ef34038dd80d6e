package pdf

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

// randomWords makes n words of 1 to 9 letters from a seeded generator.
func randomWords(rng *rand.Rand, n int) []string { return randomWordsUpTo(rng, n, 9) }

// randomWordsUpTo makes n words of 1 to maxLen letters.
func randomWordsUpTo(rng *rand.Rand, n, maxLen int) []string {
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	words := make([]string, n)
	for i := range words {
		b := make([]byte, 1+rng.IntN(maxLen))
		for j := range b {
			b[j] = letters[rng.IntN(len(letters))]
		}
		words[i] = string(b)
	}
	return words
}

// nonBlank returns the texts of the document's non-blank lines.
func nonBlank(doc *document.Document) []string {
	var out []string
	for _, l := range doc.Lines {
		if l.Kind != document.Blank {
			out = append(out, l.Text)
		}
	}
	return out
}

// TestReadPDFDrawingMethods draws random lines in each of the ways real
// producers position text and checks that the words and spaces come back
// exactly, line by line.
func TestReadPDFDrawingMethods(t *testing.T) {
	methods := map[string]lineMethod{
		"one Tj with spaces":    drawWithTj,
		"one Tm per glyph":      drawPerGlyph,
		"TJ kerning, no spaces": drawWithKerning,
		"Tw and Tc justified":   drawJustified,
		"Td before each word":   drawWordsWithTd,
	}
	for name, method := range methods {
		for seed := uint64(1); seed <= 5; seed++ {
			t.Run(fmt.Sprintf("%s/seed%d", name, seed), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, 42))
				var want []string
				var c contentBuilder
				y, prevSize := 800.0, 0.0
				for line := 0; line < 12; line++ {
					size := float64(8 + rng.IntN(9))
					words := randomWords(rng, 1+rng.IntN(8))
					y -= 1.25 * max(size, prevSize) // the leading of the larger line
					method(&c, words, 50, y, size)
					want = append(want, strings.Join(words, " "))
					prevSize = size
				}
				doc, err := Read(buildTestPDF([]string{c.String()}, seed%2 == 0))
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, nonBlank(doc)); diff != "" {
					t.Errorf("lines differ (-drawn +read):\n%s", diff)
				}
			})
		}
	}
}

// TestReadPDFType0ToUnicode checks a composite font whose ToUnicode map
// uses ranges (with a carry past U+00FF and in array form) and single
// entries for characters above U+0100.
func TestReadPDFType0ToUnicode(t *testing.T) {
	tests := []string{"Kouřil", "ÿĀā", "ŘřKoł", "Łódź"[2:] /* "ódź" */, "Kouřil Kouřil"}
	for _, text := range tests {
		content := fmt.Sprintf("BT /F3 12 Tf 72 700 Td %s Tj ET", type0Hex(text))
		doc, err := Read(buildTestPDF([]string{content}, false))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(nonBlank(doc), "\n"); got != text {
			t.Errorf("%q came out as %q", text, got)
		}
	}
}

// participantTable draws a three-column table of generated people, rows
// 18 points apart, starting at y; it returns the cells drawn.
func participantTable(c *contentBuilder, rng *rand.Rand, rows int, y float64) [][]string {
	firsts := []string{"Hillar", "Anna", "Jean-Paul", "Maria", "Kurt", "Ana Sofia", "Piotr"}
	lasts := []string{"Aareleid", "Smith", "de la Cruz", "Nowak", "Müller", "Ferreira"}
	orgs := []string{"CERT-EE", "SURFcert", "CERT Polska", "DFN-CERT", "RESTENA", "SWITCH-CERT"}
	countries := []string{"Estonia", "Netherlands", "Poland", "Germany", "Luxembourg", "Switzerland"}
	var table [][]string
	for r := 0; r < rows; r++ {
		row := []string{
			firsts[rng.IntN(len(firsts))] + " " + lasts[rng.IntN(len(lasts))],
			orgs[rng.IntN(len(orgs))],
			countries[rng.IntN(len(countries))],
		}
		for col, x := range []float64{60, 250, 420} {
			c.op("BT /F1 10 Tf %g %g Td %s Tj ET", x, y, pdfEscape(latin1(row[col])))
		}
		table = append(table, row)
		y -= 18
	}
	return table
}

// latin1 converts text to the bytes WinAnsi draws it with (Latin-1 range).
func latin1(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

// runningHeader draws a header and a footer with the page number.
func runningHeader(c *contentBuilder, page int) {
	c.op("BT /F1 9 Tf 60 810 Td (TF-CSIRT meeting minutes, draft) Tj ET")
	c.op("BT /F1 9 Tf 280 30 Td (Page %d) Tj ET", page)
}

// TestReadPDFTableAcrossPages draws a participant table that continues on
// a second page, under running headers, and checks that every row comes
// back as a TableRow with its three cells, on its page.
func TestReadPDFTableAcrossPages(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		var pages []string
		var want [][][]string
		for page := 1; page <= 2; page++ {
			var c contentBuilder
			runningHeader(&c, page)
			c.op("BT /F2 12 Tf 60 760 Td (Participants) Tj ET")
			want = append(want, participantTable(&c, rng, 6+rng.IntN(10), 730))
			pages = append(pages, c.String())
		}
		doc, err := Read(buildTestPDF(pages, true))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Pages != 2 {
			t.Errorf("seed %d: %d pages, want 2", seed, doc.Pages)
		}
		var got [2][][]string
		for _, l := range doc.Lines {
			if l.Page < 1 || l.Page > 2 {
				t.Fatalf("line %q has page %d", l.Text, l.Page)
			}
			if l.Kind == document.TableRow {
				got[l.Page-1] = append(got[l.Page-1], l.Cells)
				if l.Text != strings.Join(l.Cells, " | ") {
					t.Errorf("row text %q is not its cells joined", l.Text)
				}
			}
		}
		for p := range 2 {
			if diff := cmp.Diff(want[p], got[p]); diff != "" {
				t.Errorf("seed %d page %d rows differ (-drawn +read):\n%s", seed, p+1, diff)
			}
		}
		text := doc.Text()
		for _, keep := range []string{"TF-CSIRT meeting minutes, draft", "Page 1", "Page 2"} {
			if !strings.Contains(text, keep) {
				t.Errorf("running header or footer %q was lost", keep)
			}
		}
	}
}

// TestReadPDFTwoColumns draws two columns of prose side by side, with
// baselines aligned, and checks that the left column is read entirely
// before the right one.
func TestReadPDFTwoColumns(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	var c contentBuilder
	var left, right []string
	for i := 0; i < 10; i++ {
		y := 760 - 14*float64(i)
		l, r := strings.Join(randomWordsUpTo(rng, 6, 6), " "), strings.Join(randomWordsUpTo(rng, 6, 6), " ")
		drawWithTj(&c, strings.Fields(l), 50, y, 10)
		drawWithTj(&c, strings.Fields(r), 320, y, 10)
		left, right = append(left, l), append(right, r)
	}
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(append(left, right...), nonBlank(doc)); diff != "" {
		t.Errorf("reading order differs (-want +got):\n%s", diff)
	}
}

// TestReadPDFFakeBold draws a heading twice, shifted by a fraction of a
// point, as "fake bold" does, and checks it comes out once, bold.
func TestReadPDFFakeBold(t *testing.T) {
	for _, shift := range []float64{0.2, 0.5, 0.8} {
		var c contentBuilder
		c.op("BT /F1 14 Tf 72 700 Td (CHICAGO COMMISSION) Tj ET")
		c.op("BT /F1 14 Tf %g 700 Td (CHICAGO COMMISSION) Tj ET", 72+shift)
		c.op("BT /F1 10 Tf 72 680 Td (Held every 2nd Thursday; all are welcome) Tj ET")
		doc, err := Read(buildTestPDF([]string{c.String()}, false))
		if err != nil {
			t.Fatal(err)
		}
		lines := nonBlank(doc)
		if len(lines) != 2 || lines[0] != "CHICAGO COMMISSION" {
			t.Fatalf("shift %g: got %q", shift, lines)
		}
		if !doc.Lines[0].Bold {
			t.Errorf("shift %g: the doubled line is not marked bold", shift)
		}
		if doc.Lines[len(doc.Lines)-1].Bold {
			t.Errorf("shift %g: the plain line is marked bold", shift)
		}
	}
}

// TestReadPDFRepeatedLettersKept checks that genuine double letters are
// not taken for fake bold.
func TestReadPDFRepeatedLettersKept(t *testing.T) {
	for _, text := range []string{"Hillar Aareleid", "llama", "Mississippi", "1100", "...", "III. ROLL"} {
		for _, method := range []lineMethod{drawWithTj, drawPerGlyph} {
			var c contentBuilder
			method(&c, strings.Fields(text), 72, 700, 11)
			doc, err := Read(buildTestPDF([]string{c.String()}, false))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(nonBlank(doc), "\n"); got != text {
				t.Errorf("%q came out as %q", text, got)
			}
		}
	}
}

// TestReadPDFSuperscript checks that a raised, smaller "th" reads in place.
func TestReadPDFSuperscript(t *testing.T) {
	var c contentBuilder
	c.op("BT /F1 12 Tf 72 700 Td (Thursday, 10) Tj /F1 6.5 Tf 4 Ts (th) Tj /F1 12 Tf 0 Ts ( September 2015) Tj ET")
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(nonBlank(doc), "\n"); got != "Thursday, 10th September 2015" {
		t.Errorf("got %q", got)
	}
}

// TestReadPDFPositions checks the layout hints: page, line number, X, Y
// from the top, size, and a larger heading.
func TestReadPDFPositions(t *testing.T) {
	var c contentBuilder
	c.op("BT /F2 20 Tf 72 742 Td (Minutes) Tj ET")
	c.op("BT /F1 10 Tf 90 700 Td (The meeting opened at ten.) Tj ET")
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	var lines []document.Line
	for _, l := range doc.Lines {
		if l.Kind != document.Blank {
			lines = append(lines, l)
		}
	}
	if len(lines) != 2 {
		t.Fatalf("got %d lines", len(lines))
	}
	h, p := lines[0], lines[1]
	if h.Kind != document.Heading || !h.Bold || h.Size != 20 || h.X != 72 || h.Y != 842-742 || h.Page != 1 || h.Num != 1 {
		t.Errorf("heading: %+v", h)
	}
	if p.Kind != document.Prose || p.Bold || p.Size != 10 || p.X != 90 || p.Y != 142 || p.Num <= h.Num {
		t.Errorf("prose: %+v", p)
	}
}

// TestReadPDFErrors checks that unreadable input gives one clear error
// and no panic.
func TestReadPDFErrors(t *testing.T) {
	good := buildTestPDF([]string{"BT /F1 12 Tf 72 700 Td (Hello) Tj ET"}, false)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"zero bytes", nil, "no %PDF header"},
		{"not a PDF", []byte("<html><body>minutes</body></html>"), "no %PDF header"},
		{"header only", []byte("%PDF-1.4\n"), "no objects found"},
		{"cut after the header line", good[:20], "no objects found"},
		{"no page objects", []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF"), "no pages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.data)
			if err == nil {
				t.Fatalf("no error; got %d lines", len(doc.Lines))
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
}

// TestReadPDFTruncated cuts a generated file at many points: every prefix
// either reads (the pages whose objects survive) or fails with an error,
// never a panic.
func TestReadPDFTruncated(t *testing.T) {
	var pages []string
	for p := 1; p <= 3; p++ {
		pages = append(pages, fmt.Sprintf("BT /F1 12 Tf 72 700 Td (Text of page %d) Tj ET", p))
	}
	data := buildTestPDF(pages, true)
	full, err := Read(data)
	if err != nil || !strings.Contains(full.Text(), "Text of page 3") {
		t.Fatalf("the whole file does not read: %v", err)
	}
	for cut := 0; cut < len(data); cut += 7 {
		doc, err := Read(data[:cut])
		if err == nil && doc == nil {
			t.Fatalf("cut at %d: no document and no error", cut)
		}
	}
	// Without its xref table and trailer, the file is rebuilt by scanning.
	cut := strings.Index(string(data), "xref")
	doc, err := Read(data[:cut])
	if err != nil {
		t.Fatalf("file without xref: %v", err)
	}
	if !strings.Contains(doc.Text(), "Text of page 3") {
		t.Errorf("file without xref lost text: %q", doc.Text())
	}
}

// TestReadPDFRepairsShiftedOffsets inserts bytes after the header so
// every xref offset is wrong, as a transfer that rewrote line ends would.
func TestReadPDFRepairsShiftedOffsets(t *testing.T) {
	data := buildTestPDF([]string{"BT /F1 12 Tf 72 700 Td (The participants agreed) Tj ET"}, false)
	header := strings.Index(string(data), "\n") + 1
	shifted := append(append(append([]byte{}, data[:header]...), []byte("% junk inserted here\n")...), data[header:]...)
	doc, err := Read(shifted)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(nonBlank(doc), "\n"); got != "The participants agreed" {
		t.Errorf("got %q", got)
	}
	if len(doc.Warnings) == 0 || !strings.Contains(doc.Warnings[0].Message, "rebuilt") {
		t.Errorf("no warning about the rebuilt table: %v", doc.Warnings)
	}
}

// TestReadPDFEmptyPageWarns checks the warning for a page with no text.
func TestReadPDFEmptyPageWarns(t *testing.T) {
	doc, err := Read(buildTestPDF([]string{"BT /F1 12 Tf 72 700 Td (Text) Tj ET", "0 0 100 100 re f"}, false))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range doc.Warnings {
		found = found || w.String() == "page 2: no text on this page (a scanned image?)"
	}
	if !found {
		t.Errorf("no warning for the empty page: %v", doc.Warnings)
	}
}

// TestReadPDFBadPageKeepsOthers damages one page's content stream and
// checks the other pages still read.
func TestReadPDFBadPageKeepsOthers(t *testing.T) {
	pages := []string{
		"BT /F1 12 Tf 72 700 Td (First page) Tj ET",
		"BT /F1 12 Tf 72 700 Td [(Second) <<< (((( ]]]] Tj ) TJ /Nope Tf (x) ' \" Tm cm ET Q Q Q",
		"BT /F1 12 Tf 72 700 Td (Third page) Tj ET",
	}
	doc, err := Read(buildTestPDF(pages, false))
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Text()
	for _, want := range []string{"First page", "Third page"} {
		if !strings.Contains(text, want) {
			t.Errorf("lost %q", want)
		}
	}
}

// TestReadPDFErrorsAreTyped checks errors wrap the package's sentinels
// where one applies.
func TestReadPDFErrorsAreTyped(t *testing.T) {
	_, err := Read([]byte("%PDF-1.4\n1 0 obj << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >> endobj\n" +
		"2 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 2 0 R /Encrypt 1 0 R >>\n%%EOF"))
	if !errors.Is(err, document.ErrEncrypted) {
		t.Errorf("got %v, want ErrEncrypted", err)
	}
}

// TestReadPDFActualText checks that /ActualText replaces the text of the
// glyphs inside its marked-content sequence, as producers use it for
// ligatures whose font maps them to nothing.
func TestReadPDFActualText(t *testing.T) {
	var c contentBuilder
	c.op("BT /F1 12 Tf 72 700 Td (bu) Tj /Span << /ActualText (ff) >> BDC (\\001) Tj EMC (et and ) Tj")
	c.op("/Span << /ActualText <FEFF0066006C> >> BDC (xyz) Tj EMC (ow) Tj ET")
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(nonBlank(doc), "\n"); got != "buffet and flow" {
		t.Errorf("got %q", got)
	}
	for _, w := range doc.Warnings {
		t.Errorf("unexpected warning %q", w)
	}
}

// TestReadPDFTurnedText checks text set at right angles — a page with
// /Rotate, text running up a margin, text in a Form XObject scaled by cm
// — comes out whole.
func TestReadPDFTurnedText(t *testing.T) {
	lines := "BT /F1 12 Tf 72 700 Td (Minutes of the meeting) Tj 0 -16 Td (were approved as read) Tj ET"
	tests := []struct {
		name, content, extra string
		want                 []string
	}{
		{"page rotated 90", lines, "/Rotate 90", []string{"Minutes of the meeting", "were approved as read"}},
		{"page rotated 270", lines, "/Rotate 270", []string{"Minutes of the meeting", "were approved as read"}},
		{"page rotated 180", lines, "/Rotate 180", []string{"Minutes of the meeting", "were approved as read"}},
		{"text up the margin", lines + " BT /F1 9 Tf 0 1 -1 0 30 200 Tm (Draft for circulation) Tj ET", "",
			[]string{"Minutes of the meeting", "were approved as read", "Draft for circulation"}},
		{"scaled by cm", "q 0.5 0 0 0.5 0 0 cm " + lines + " Q", "", []string{"Minutes of the meeting", "were approved as read"}},
	}
	for _, tt := range tests {
		doc, err := Read(buildTestPDFWith([]string{tt.content}, false, tt.extra))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, nonBlank(doc)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestReadPDFLetterSpacing checks that letter-spaced text (Tc) reads as
// words, and that words stay apart when set with kerning only.
func TestReadPDFLetterSpacing(t *testing.T) {
	tests := []struct {
		content, want string
	}{
		{"BT /F1 12 Tf 3 Tc 72 700 Td (MINUTES OF THE MEETING) Tj ET", "MINUTES OF THE MEETING"},
		{"BT /F1 12 Tf 2 Tc 72 700 Td [(MINUTES) -600 (OF) -600 (THE) -600 (MEETING)] TJ ET", "MINUTES OF THE MEETING"},
		{"BT /F1 12 Tf 1.2 Tc 72 700 Td (Present: A. Smith) Tj ET", "Present: A. Smith"},
	}
	for _, tt := range tests {
		doc, err := Read(buildTestPDF([]string{tt.content}, false))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(nonBlank(doc), "\n"); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// TestReadPDFShortWordsKeepSpaces checks lines of short words set without
// space glyphs, where word gaps are a large share of all gaps.
func TestReadPDFShortWordsKeepSpaces(t *testing.T) {
	for _, text := range []string{"MG + MW", "RJ + AA + HP", "a b c d e f", "I I I", "SP + S"} {
		var c contentBuilder
		drawWithKerning(&c, strings.Fields(text), 72, 700, 11)
		doc, err := Read(buildTestPDF([]string{c.String()}, false))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(nonBlank(doc), "\n"); got != text {
			t.Errorf("%q came out as %q", text, got)
		}
	}
}

// TestReadPDFFormXObjects checks text drawn by Form XObjects: placed by
// the form's matrix and the current transformation, nested, and with a
// form that draws itself (a cycle) read once.
func TestReadPDFFormXObjects(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (Minutes approved) Tj ET q 1 0 0 1 0 500 cm /X1 Do Q q 1 0 0 1 0 300 cm /X2 Do Q"
	doc, err := Read(buildTestPDF([]string{content}, false))
	if err != nil {
		t.Fatal(err)
	}
	var got []document.Line
	for _, l := range doc.Lines {
		if l.Kind != document.Blank {
			got = append(got, l)
		}
	}
	if len(got) != 3 {
		t.Fatalf("got %q", nonBlank(doc))
	}
	for i, want := range []string{"Minutes approved", "Signed by the chair", "Signed by the chair"} {
		if got[i].Text != want {
			t.Errorf("line %d = %q, want %q", i, got[i].Text, want)
		}
	}
	// X1 draws 6-point text at (36, 20) scaled by 2, moved up by 500.
	if sig := got[1]; sig.Size != 12 || sig.X != 72 || sig.Y != 842-540 {
		t.Errorf("form text at x %g y %g size %g, want 72, %d, 12", sig.X, sig.Y, sig.Size, 842-540)
	}
}

// TestReadPDFColumnsOffset draws two prose columns whose lines do not
// share baselines (different leading), under a full-width title and over
// a footer, and checks the reading order: title, left column, right
// column, footer.
func TestReadPDFColumnsOffset(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		rng := rand.New(rand.NewPCG(seed, 11))
		var c contentBuilder
		title := "Report of the working group on incident taxonomy"
		drawWithTj(&c, strings.Fields(title), 50, 790, 14)
		var left, right []string
		leadL, leadR := 12+float64(rng.IntN(3)), 15+float64(rng.IntN(4))
		for i := 0; i < 8+rng.IntN(8); i++ {
			words := randomWordsUpTo(rng, 5+rng.IntN(2), 6)
			drawWithTj(&c, words, 50, 760-leadL*float64(i), 10)
			left = append(left, strings.Join(words, " "))
		}
		for i := 0; i < 6+rng.IntN(8); i++ {
			words := randomWordsUpTo(rng, 5+rng.IntN(2), 6)
			drawWithTj(&c, words, 320, 757-leadR*float64(i), 10)
			right = append(right, strings.Join(words, " "))
		}
		footer := "Minutes of the 29th meeting, page 1 of 1, circulated to members"
		drawWithTj(&c, strings.Fields(footer), 50, 40, 9)
		doc, err := Read(buildTestPDF([]string{c.String()}, false))
		if err != nil {
			t.Fatal(err)
		}
		want := append(append(append([]string{title}, left...), right...), footer)
		if diff := cmp.Diff(want, nonBlank(doc)); diff != "" {
			t.Errorf("seed %d (-want +got):\n%s", seed, diff)
		}
	}
}

// TestReadPDFOffPageTextDropped checks that text placed outside the page
// box is left out, as a viewer does not show it.
func TestReadPDFOffPageTextDropped(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (Visible minutes) Tj ET BT /F1 12 Tf 900 700 Td (printer mark) Tj ET BT /F1 12 Tf 72 -300 Td (below the page) Tj ET"
	doc, err := Read(buildTestPDF([]string{content}, false))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(nonBlank(doc), "\n"); got != "Visible minutes" {
		t.Errorf("got %q", got)
	}
}

// TestReadPDFWrappedCells checks that a cell wrapped onto a second line —
// in the middle of a table or in its last row — joins its row, while text
// that merely follows the table does not.
func TestReadPDFWrappedCells(t *testing.T) {
	var c contentBuilder
	row := func(y float64, cells ...string) {
		for i, x := range []float64{60, 200, 400} {
			if i < len(cells) && cells[i] != "" {
				c.op("BT /F1 10 Tf %g %g Td %s Tj ET", x, y, pdfEscape(latin1(cells[i])))
			}
		}
	}
	row(700, "Name", "Organisation", "Country")
	row(682, "Anna Smith", "Computer Emergency Response", "Estonia")
	row(670, "", "Team of Estonia")
	row(652, "Piotr Nowak", "CERT Polska", "Poland")
	row(634, "Kurt Müller", "Deutsches Forschungsnetz", "Germany")
	row(622, "", "CERT")
	c.op("BT /F1 10 Tf 60 580 Td (The meeting opened at ten.) Tj ET")
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Name | Organisation | Country",
		"Anna Smith | Computer Emergency Response Team of Estonia | Estonia",
		"Piotr Nowak | CERT Polska | Poland",
		"Kurt Müller | Deutsches Forschungsnetz CERT | Germany",
		"The meeting opened at ten.",
	}
	if diff := cmp.Diff(want, nonBlank(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReadPDFSkewedLines draws lines tilted by a degree or two, each word
// placed with its own rotated matrix as OCR layers of scans do, and checks
// every line comes out whole and in order.
func TestReadPDFSkewedLines(t *testing.T) {
	for _, deg := range []float64{-2.5, -1, 0.6, 1.5, 3, 6} {
		rng := rand.New(rand.NewPCG(uint64(deg*10+100), 5))
		rad := deg * math.Pi / 180
		cos, sin := math.Cos(rad), math.Sin(rad)
		var c contentBuilder
		var want []string
		for line := 0; line < 8; line++ {
			words := randomWordsUpTo(rng, 4+rng.IntN(5), 8)
			x, y := 60.0, 700-18*float64(line)
			for _, w := range words {
				c.op("BT /F1 11 Tf %.4f %.4f %.4f %.4f %.3f %.3f Tm %s Tj ET", cos, sin, -sin, cos, x, y, pdfEscape(w))
				adv := helveticaWidth(w+" ", 11)
				x, y = x+adv*cos, y+adv*sin
			}
			want = append(want, strings.Join(words, " "))
		}
		doc, err := Read(buildTestPDF([]string{c.String()}, false))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, nonBlank(doc)); diff != "" {
			t.Errorf("tilted %g°: (-want +got):\n%s", deg, diff)
		}
	}
}

// TestReadPDFTightCells draws a table in which some cells run almost into
// the next column (a gap of about one em, less than a line's segment gap)
// and checks their rows still split into the right cells, while a prose
// paragraph with the same wide-ish word gaps below stays prose.
func TestReadPDFTightCells(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	var c contentBuilder
	var want []string
	y := 700.0
	for i := 0; i < 8; i++ {
		name := strings.Join(randomWordsUpTo(rng, 2, 7), " ")
		org := strings.Join(randomWordsUpTo(rng, 1+rng.IntN(2), 6), " ")
		if i%3 == 1 {
			// Fill the cell to about one em before the next column.
			for helveticaWidth(org+"x", 10) < 190-10 {
				org += "x"
			}
		}
		country := strings.Join(randomWordsUpTo(rng, 1, 8), " ")
		c.op("BT /F1 10 Tf 60 %g Td %s Tj ET", y, pdfEscape(name))
		c.op("BT /F1 10 Tf 200 %g Td %s Tj ET", y, pdfEscape(org))
		c.op("BT /F1 10 Tf 390 %g Td %s Tj ET", y, pdfEscape(country))
		want = append(want, name+" | "+org+" | "+country)
		y -= 16
	}
	prose := "The chair thanked the host for the venue and closed the meeting."
	c.op("BT /F1 10 Tf 7 Tw 60 %g Td %s Tj ET", y-30, pdfEscape(prose))
	want = append(want, prose)
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, nonBlank(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReadPDFMarginNotes draws paragraphs with a note in the right
// margin — who is to act, as minutes of councils and boards set it
// beside the paragraph's last line or on a line of its own under it —
// and checks each such paragraph comes out as one table row of its text
// and the note, while amounts, presenters beside an agenda's topics and
// the paragraphs without a note keep their lines.
func TestReadPDFMarginNotes(t *testing.T) {
	type drawn struct {
		text, note string  // the line's text, and what stands in its margin
		x          float64 // where the note starts (0: at 520)
		gap        bool    // a paragraph's space above the line
	}
	tests := []struct {
		name  string
		lines []drawn // a line with no text is a note alone under the line above
		want  []string
	}{
		{"English, the owner beside the paragraph's last line",
			[]drawn{
				{text: "4.12v) Work was ongoing on the website including reciprocal links set up on the Council"},
				{text: "and the Salem Village websites and the addition of contact details for the local Member"},
				{text: "of Parliament. Councillors were asked to contribute photographs.", note: "All"},
				{text: "4.5vi) Information had been posted on the Council's website regarding the Draft Bill."},
				{text: "9ii) The Clerk of Llandeilo Fawr Town Council had responded to say that the Mayor would"},
				{text: "be pleased to meet on site. Clerk to arrange a mutually convenient date.", note: "Cllr. O. Williams", x: 440},
			},
			[]string{
				"4.12v) Work was ongoing on the website including reciprocal links set up on the Council and the Salem Village websites and the addition of contact details for the local Member of Parliament. Councillors were asked to contribute photographs. | All",
				"4.5vi) Information had been posted on the Council's website regarding the Draft Bill.",
				"9ii) The Clerk of Llandeilo Fawr Town Council had responded to say that the Mayor would be pleased to meet on site. Clerk to arrange a mutually convenient date. | Cllr. O. Williams",
			}},
		{"Welsh, the owner alone on the line under the paragraph",
			[]drawn{
				{text: "Mae Clerc Cyngor Tref Llandeilo Fawr wedi ymateb trwy ddweud y byddai'r Maer a'r Dirprwy"},
				{text: "Faer yn falch i gael cwrdd a chynrychiolwyr y Cyngor Cymuned ar y safle i drafod."},
				{note: "Clerc", x: 470},
				{text: "9iii) Yn gynharach yn y cyfarfod wnaeth Louise Lewis gytuno i holi am farn yr Heddlu."},
			},
			[]string{
				"Mae Clerc Cyngor Tref Llandeilo Fawr wedi ymateb trwy ddweud y byddai'r Maer a'r Dirprwy Faer yn falch i gael cwrdd a chynrychiolwyr y Cyngor Cymuned ar y safle i drafod. | Clerc",
				"9iii) Yn gynharach yn y cyfarfod wnaeth Louise Lewis gytuno i holi am farn yr Heddlu.",
			}},
		{"initials of two owners, and a note of what became of an item",
			[]drawn{
				{text: "The Board was encouraged by the progress on the Staff Advisory Group and asked"},
				{text: "for an update at the next board meeting; the group meets ten days before the Board."},
				{text: "It was agreed to accept the recommendation of the Governance Committee and request", gap: true},
				{text: "SCC write to The Guild informing them that Suffolk Libraries will cease using it.", note: "AW/IB"},
				{text: "ii) Lloyds Bank information regarding the Treasurer's Account.", note: "Noted", gap: true},
			},
			[]string{
				"The Board was encouraged by the progress on the Staff Advisory Group and asked",
				"for an update at the next board meeting; the group meets ten days before the Board.",
				"It was agreed to accept the recommendation of the Governance Committee and request SCC write to The Guild informing them that Suffolk Libraries will cease using it. | AW/IB",
				"ii) Lloyds Bank information regarding the Treasurer's Account. | Noted",
			}},
		{"no note: an amount in the margin",
			[]drawn{
				{text: "The Clerk presented the accounts for payment, which were approved by all members."},
				{text: "i) One Voice Wales, Renewal of Membership 2016-17, Chq No 1166", note: "205.00", gap: true},
				{text: "The next meeting will be held in the Reading Room on the second Wednesday of May.", gap: true},
			},
			[]string{
				"The Clerk presented the accounts for payment, which were approved by all members.",
				"i) One Voice Wales, Renewal of Membership 2016-17, Chq No 1166 205.00",
				"The next meeting will be held in the Reading Room on the second Wednesday of May.",
			}},
		{"no note: a presenter beside a topic, a note too long",
			[]drawn{
				{text: "The Chair welcomed the members and the guests and opened the meeting at seven."},
				{text: "Call to Order (quorum = majority of Board, including proxies)", note: "Tinka Gammel", gap: true},
				{text: "The members thanked the Clerk for her work on the accounts and the annual return.", gap: true},
				{text: "The meeting closed at nine after the members had thanked the host.", note: "Signed by the Chair today", x: 420, gap: true},
			},
			[]string{
				"The Chair welcomed the members and the guests and opened the meeting at seven.",
				"Call to Order (quorum = majority of Board, including proxies) Tinka Gammel",
				"The members thanked the Clerk for her work on the accounts and the annual return.",
				"The meeting closed at nine after the members had thanked the host. Signed by the Chair today",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c contentBuilder
			y := 714.0
			for _, l := range tt.lines {
				y -= 14
				if l.gap {
					y -= 14
				}
				if l.text != "" {
					drawWithTj(&c, strings.Fields(l.text), 60, y, 10)
				}
				if l.note != "" {
					x := l.x
					if x == 0 {
						x = 520
					}
					c.op("BT /F1 10 Tf %g %g Td %s Tj ET", x, y, pdfEscape(l.note))
				}
			}
			doc, err := Read(buildTestPDF([]string{c.String()}, false))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, nonBlank(doc)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			for _, l := range doc.Lines {
				if l.Kind == document.TableRow && len(l.Cells) != 2 {
					t.Errorf("%q: cells %q", l.Text, l.Cells)
				}
			}
		})
	}
}

// TestReadPDFTableLaterRows draws a table without rulings whose rows
// are set apart by the lists under them, so that a row stands alone, and
// checks such a row is read as a row of the table above when it fills
// each of its columns, while a line of prose and a line filling fewer
// columns stay lines.
func TestReadPDFTableLaterRows(t *testing.T) {
	type drawn struct {
		gap  float64   // the space above the line, past the leading
		x    []float64 // where each piece starts
		text []string
	}
	cols := []float64{60, 110, 480}
	lines := []drawn{
		{0, cols, []string{"1", "Welcome and apologies", "OS"}},
		{0, cols, []string{"2", "Minutes of the last meeting", "MW"}},
		{0, []float64{130}, []string{"- Approved as a true record and signed"}},
		{30, cols, []string{"3", "Date of next meeting", "HP"}},
		{0, []float64{60}, []string{"The next meeting is on Tuesday 23rd July at the usual time, in the Reading Room."}},
		{30, []float64{60, 480}, []string{"Signed", "Chair"}},
		{0, []float64{60}, []string{"The meeting closed at nine after the members had thanked the host for the room."}},
	}
	var c contentBuilder
	y := 714.0
	for _, l := range lines {
		y -= 14 + l.gap
		for k, x := range l.x {
			c.op("BT /F1 10 Tf %g %g Td %s Tj ET", x, y, pdfEscape(l.text[k]))
		}
	}
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"1 | Welcome and apologies | OS",
		"2 | Minutes of the last meeting | MW",
		"- Approved as a true record and signed",
		"3 | Date of next meeting | HP",
		"The next meeting is on Tuesday 23rd July at the usual time, in the Reading Room.",
		"Signed Chair",
		"The meeting closed at nine after the members had thanked the host for the room.",
	}
	if diff := cmp.Diff(want, nonBlank(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReadPDFHostilePageIsFast draws a page of thousands of tiny
// two-segment lines, the worst case for table detection, and checks it is
// read in reasonable time.
func TestReadPDFHostilePageIsFast(t *testing.T) {
	var c contentBuilder
	for i := 0; i < 1900; i++ { // just under the page limit of region search
		y := 800 - 0.4*float64(i)
		c.op("BT /F1 0.3 Tf %d %g Td (a b) Tj %d 0 Td (c) Tj ET", 10+i%7, y, 50+i%13)
	}
	start := time.Now()
	if _, err := Read(buildTestPDF([]string{c.String()}, true)); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
}
