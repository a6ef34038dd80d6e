package pdf

import (
	"bytes"
	"compress/lzw"
	"encoding/ascii85"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{"12", int64(12)}, {"-3", int64(-3)}, {"+7", int64(7)}, {"-3.5", -3.5}, {".5", 0.5},
		{"4.", 4.0}, {"--3", int64(-3)}, {"1e5", nil}, {"abc", nil}, {"-", nil}, {".", nil},
	}
	for _, tt := range tests {
		got, ok := parseNumber([]byte(tt.in))
		if tt.want == nil {
			if ok {
				t.Errorf("%q parsed as %v", tt.in, got)
			}
			continue
		}
		if !ok || got != tt.want {
			t.Errorf("%q = %v (%T), want %v", tt.in, got, got, tt.want)
		}
	}
}

// TestScanNumberMatchesStrconv checks the short-number path against
// strconv bit for bit on random integers and decimals of up to 15
// digits, signs and "-0.0" included.
func TestScanNumberMatchesStrconv(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 15))
	for i := 0; i < 50000; i++ {
		digits := 1 + rng.IntN(15)
		var b []byte
		switch rng.IntN(4) {
		case 0:
			b = append(b, '-')
		case 1:
			b = append(b, '+')
		}
		dot := -1
		if rng.IntN(2) == 0 {
			dot = rng.IntN(digits + 1)
		}
		for k := 0; k < digits; k++ {
			if k == dot {
				b = append(b, '.')
			}
			b = append(b, byte('0'+rng.IntN(10)))
		}
		if dot == digits {
			b = append(b, '.')
		}
		f, n, isInt, ok := scanNumber(b)
		if dot < 0 {
			want, _ := strconv.ParseInt(string(b), 10, 64)
			if !ok || !isInt || n != want || f != float64(want) {
				t.Fatalf("%s = %v, %v (int %v, ok %v), want %v", b, f, n, isInt, ok, want)
			}
			continue
		}
		want, _ := strconv.ParseFloat(strings.TrimSuffix(string(b), "."), 64)
		if !ok || isInt || math.Float64bits(f) != math.Float64bits(want) {
			t.Fatalf("%s = %v (int %v, ok %v), want %v", b, f, isInt, ok, want)
		}
	}
}

func TestLexerObjects(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{"(a\\(b\\)c)", pdfString("a(b)c")},
		{"(nested (parens) ok)", pdfString("nested (parens) ok")},
		{"(\\101\\60x\\\nz)", pdfString("A0xz")},
		{"<48 65 6C6C 6F>", pdfString("Hello")},
		{"<414>", pdfString("A@")},
		{"/Name#20With#23Hash", pdfName("Name With#Hash")},
		{"[1 2 0 R /X]", pdfArray{int64(1), pdfRef{2, 0}, pdfName("X")}},
		{"<< /A 1 /B [true null] >>", pdfDict{"A": int64(1), "B": pdfArray{true, nil}}},
		{"<< /Unclosed [1 2 >>", pdfDict{"Unclosed": pdfArray{int64(1), int64(2)}}},
		{"(unterminated", pdfString("unterminated")},
	}
	for _, tt := range tests {
		lx := &pdfLexer{data: []byte(tt.in)}
		got, _ := lx.object(0)
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(pdfRef{})); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestContentScanner checks the operators and operands read from content
// streams, malformed ones included: they must come out as the object
// lexer would read them.
func TestContentScanner(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"BT /F1 12 Tf 72 700 Td (Hello \\(x\\)) Tj ET", []string{"BT", "Tf /F1 12", "Td 72 700", "Tj (Hello (x))", "ET"}},
		{"[<41> -250 (B) 3.5] TJ", []string{"TJ [(A) -250 (B) 3.5]"}},
		{"/Na#6De 1 0 0 1 .5 -2. cm", []string{"cm /Name 1 0 0 1 0.5 -2"}},
		{"/Span <</ActualText (fi)>> BDC EMC", []string{"BDC /Span <dict ActualText>", "EMC"}},
		{"true null ] >> 7 Tw", []string{"Tw ? ? ? ? 7"}},
		{"1 2 { 3 } rg", []string{"1 2", "3", "rg"}},
		{"[1 [2 3] 4] TJ", []string{"TJ [1 ? 4]"}},
		{"[(a) Tj endobj", []string{"endobj [(a) ?]"}},
		{"[(a) >> Tj", []string{"Tj [(a)] ?"}},
		{"(unterminated", nil},
	}
	for _, tt := range tests {
		sc := newContentScanner([]byte(tt.in))
		var got []string
		for {
			op, operands, ok := sc.next()
			if !ok {
				break
			}
			got = append(got, strings.TrimSpace(op+" "+describeOperands(operands)))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// describeOperands writes operands as a test reads them.
func describeOperands(ops []operand) string {
	var parts []string
	for _, o := range ops {
		switch o.kind {
		case opNumber:
			parts = append(parts, strconv.FormatFloat(o.num, 'g', -1, 64))
		case opString:
			parts = append(parts, "("+string(o.bytes)+")")
		case opName:
			parts = append(parts, "/"+string(o.bytes))
		case opArray:
			parts = append(parts, "["+describeOperands(o.elems)+"]")
		case opDict:
			keys := slices.Sorted(maps.Keys(o.dict))
			parts = append(parts, fmt.Sprintf("<dict %s>", keys[0]))
		default:
			parts = append(parts, "?")
		}
	}
	return strings.Join(parts, " ")
}

func TestCMapRangesCarry(t *testing.T) {
	cm := parseCMap([]byte(`1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfrange
<0001> <0003> <00FF>
<0010> <0012> [<0041> <0042004C> /eacute]
<0100> <01FF> <D83DDE00>
endbfrange
1 beginbfchar <0020> <0020> endbfchar`))
	tests := []struct {
		code uint32
		want string
	}{
		{1, "ÿ"}, {2, "Ā"}, {3, "ā"}, {0x10, "A"}, {0x11, "BL"}, {0x12, "é"}, {0x20, " "},
		{0x100, "😀"}, {0x101, "😁"},
	}
	for _, tt := range tests {
		got, ok := cm.toText(charCode{value: tt.code, n: 2})
		if !ok || got != tt.want {
			t.Errorf("code %04X = %q, want %q", tt.code, got, tt.want)
		}
	}
	if _, ok := cm.toText(charCode{value: 1, n: 1}); ok {
		t.Error("a one-byte code matched a two-byte mapping")
	}
}

// TestCMapRangesRandom checks bfrange decoding against the expected
// arithmetic on random ranges, including ones crossing 0x..FF boundaries.
func TestCMapRangesRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for i := 0; i < 200; i++ {
		lo := rng.IntN(0xF000)
		n := 1 + rng.IntN(300)
		dst := 0x20 + rng.IntN(0xD000-0x20-n) // stay below the surrogates
		cm := parseCMap([]byte(strings.NewReplacer().Replace(
			"1 beginbfrange <" + hex4(lo) + "> <" + hex4(lo+n-1) + "> <" + hex4(dst) + "> endbfrange")))
		k := rng.IntN(n)
		got, _ := cm.toText(charCode{value: uint32(lo + k), n: 2})
		if want := string(rune(dst + k)); got != want {
			t.Fatalf("range %04X+%d → %04X: code %04X gave %q, want %q", lo, n, dst, lo+k, got, want)
		}
	}
}

func hex4(v int) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[v>>12&15], digits[v>>8&15], digits[v>>4&15], digits[v&15]})
}

func TestCMapCodespaces(t *testing.T) {
	cm := parseCMap([]byte("2 begincodespacerange <00> <80> <8140> <FFFF> endcodespacerange"))
	s := []byte{0x41, 0x81, 0x40, 0x7F}
	var got []charCode
	for len(s) > 0 {
		c := cm.nextCode(s, 2)
		got = append(got, c)
		s = s[c.n:]
	}
	want := []charCode{{0x41, 1}, {0x8140, 2}, {0x7F, 1}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(charCode{})); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
}

func TestGlyphText(t *testing.T) {
	tests := map[string]string{
		"A": "A", "eacute": "é", "rcaron": "ř", "uni0159": "ř", "uni00410042": "AB", "u1F600": "😀",
		"f_i": "fi", "a.sc": "a", "quoteright": "’", "g123": "", ".notdef": "", "uniD83D": "\uFFFD", "a9": "✠",
	}
	for name, want := range tests {
		if got := glyphText(name); got != want {
			t.Errorf("glyphText(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestStandardEncodings(t *testing.T) {
	tests := []struct {
		enc  pdfName
		code byte
		want string
	}{
		{"WinAnsiEncoding", 0x96, "–"}, {"WinAnsiEncoding", 0xE9, "é"}, {"WinAnsiEncoding", 0x92, "’"},
		{"MacRomanEncoding", 0xD5, "’"}, {"MacRomanEncoding", 0xD0, "–"}, {"MacRomanEncoding", 0x8E, "é"},
		{"StandardEncoding", 0x27, "’"}, {"StandardEncoding", 0xAE, "ﬁ"}, {"StandardEncoding", 0x60, "‘"},
	}
	for _, tt := range tests {
		if got := glyphText(namedEncoding(tt.enc)[tt.code]); got != tt.want {
			t.Errorf("%s %02X = %q, want %q", tt.enc, tt.code, got, tt.want)
		}
	}
}

func TestStd14Names(t *testing.T) {
	tests := map[string]string{
		"Helvetica": "Helvetica", "Arial,Bold": "Helvetica-Bold", "ABCDEF+Arial-BoldItalicMT": "Helvetica-BoldOblique",
		"TimesNewRomanPSMT": "Times-Roman", "TimesNewRomanPS-ItalicMT": "Times-Italic", "CourierNew": "Courier",
		"Symbol": "Symbol", "Calibri": "",
	}
	for in, want := range tests {
		if got := std14Name(in); got != want {
			t.Errorf("std14Name(%q) = %q, want %q", in, got, want)
		}
	}
	if w := standardFont("Helvetica").widthByName["space"]; w != 278 {
		t.Errorf("Helvetica space width %g, want 278", w)
	}
}

func TestFilters(t *testing.T) {
	text := []byte(strings.Repeat("BT /F1 12 Tf (The participants agreed) Tj ET\n", 40))
	var a85 bytes.Buffer
	enc := ascii85.NewEncoder(&a85)
	enc.Write(text)
	enc.Close()
	var lz bytes.Buffer
	lw := lzw.NewWriter(&lz, lzw.MSB, 8) // GIF-style width changes: PDF's EarlyChange 0
	lw.Write(text)
	lw.Close()
	tests := []struct {
		name   pdfName
		data   []byte
		params pdfDict
	}{
		{"ASCII85Decode", append(a85.Bytes(), '~', '>'), nil},
		{"ASCIIHexDecode", []byte(strings.ToUpper(hexOf(text)) + ">"), nil},
		{"RunLengthDecode", runLengthEncode(text), nil},
		{"LZWDecode", lz.Bytes(), pdfDict{"EarlyChange": int64(0)}},
	}
	for _, tt := range tests {
		got, err := applyFilter(tt.name, tt.data, tt.params)
		if err != nil || !bytes.Equal(got, text) {
			t.Errorf("%s: %v, %d bytes, want %d", tt.name, err, len(got), len(text))
		}
	}
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	var s strings.Builder
	for _, c := range b {
		s.WriteByte(digits[c>>4])
		s.WriteByte(digits[c&15])
		s.WriteByte(' ')
	}
	return s.String()
}

// runLengthEncode writes literal runs of up to 128 bytes.
func runLengthEncode(b []byte) []byte {
	var out []byte
	for len(b) > 0 {
		n := min(len(b), 128)
		out = append(out, byte(n-1))
		out = append(out, b[:n]...)
		b = b[n:]
	}
	return append(out, 128)
}

func TestPNGPredictor(t *testing.T) {
	// Rows of 3 bytes with the Up filter (2): each byte adds the byte above.
	data := []byte{2, 1, 2, 3, 2, 1, 1, 1, 2, 0, 0, 5}
	got := unpredict(data, pdfDict{"Predictor": int64(12), "Columns": int64(3)})
	want := []byte{1, 2, 3, 2, 3, 4, 2, 3, 9}
	if !bytes.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestIsListMarker(t *testing.T) {
	yes := []string{"1.", "12.", "1.1", "IV.", "iii)", "a)", "(b)", "•", "-", "–", "3", "A.", "10)"}
	no := []string{"Name", "Chair", "Organisation", "CERT-EE", "Estonia", "2019-01-30", "Hello.", "ABCDEFGH."}
	for _, s := range yes {
		if !isListMarker(s) {
			t.Errorf("%q is a list marker", s)
		}
	}
	for _, s := range no {
		if isListMarker(s) {
			t.Errorf("%q is not a list marker", s)
		}
	}
}

// TestReadPDFHangingList draws a Roman-numeral agenda with the item text
// set at a tab stop, and checks each item reads as one line — prose, as
// the text reader leaves numbered lines — while bulleted lines become list
// items nested by their indent.
func TestReadPDFHangingList(t *testing.T) {
	items := [][2]string{{"I.", "ROLL CALL"}, {"II.", "ELECTION OF OFFICERS"}, {"III.", "APPROVAL OF THE MINUTES"}, {"IV.", "EXECUTIVE OFFICER REPORTS"}}
	var c contentBuilder
	for i, it := range items {
		y := 700 - 30*float64(i)
		c.op("BT /F1 11 Tf 72 %g Td %s Tj ET", y, pdfEscape(it[0]))
		c.op("BT /F1 11 Tf 126 %g Td %s Tj ET", y, pdfEscape(it[1]))
	}
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Lines {
		if l.Kind == document.Blank {
			continue
		}
		if l.Kind != document.Prose {
			t.Errorf("%q is %s, want prose", l.Text, l.Kind)
		}
		got = append(got, l.Text)
	}
	want := []string{"I. ROLL CALL", "II. ELECTION OF OFFICERS", "III. APPROVAL OF THE MINUTES", "IV. EXECUTIVE OFFICER REPORTS"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadPDFBullets(t *testing.T) {
	var c contentBuilder
	c.op("BT /F1 11 Tf 72 700 Td (Attendees:) Tj ET")
	c.op("BT /F1 11 Tf 90 686 Td (\\225 Hillar Aareleid) Tj ET") // WinAnsi 0x95 is a bullet
	c.op("BT /F1 11 Tf 108 672 Td (- remote) Tj ET")
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	type kl struct {
		Text  string
		Kind  document.Kind
		Level int
	}
	var got []kl
	for _, l := range doc.Lines {
		got = append(got, kl{l.Text, l.Kind, l.Level})
	}
	want := []kl{{"Attendees:", document.Prose, 0}, {"• Hillar Aareleid", document.ListItem, 2}, {"- remote", document.ListItem, 3}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestTextString(t *testing.T) {
	tests := map[string]string{
		"\xfe\xff\x00K\x00o\x00u\x01\x59\x00i\x00l": "Kouřil",
		"caf\xe9 \x93":              "café ﬁ",
		"\x84 \x8dquoted\x8e \x9a":  "— “quoted” ı",
		"\xef\xbb\xbfKou\xc5\x99il": "Kouřil",
	}
	for in, want := range tests {
		if got := textString(pdfString(in)); got != want {
			t.Errorf("textString(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSymbolText(t *testing.T) {
	tests := []struct {
		text, font string
		code       int
		want       string
	}{
		{"\uf0b7", "Symbol", 0xB7, "•"},
		{"\uf0b7", "ABCDEF+SymbolMT", -1, "•"},
		{"\uf061", "Symbol", -1, "α"},
		{"\uf0a7", "Wingdings-Regular", -1, "▪"},
		{"l", "Wingdings", 0x6C, "●"},
		{"l", "Arial", 0x6C, "l"},
		{"§", "Times", 0xA7, "§"},
		{"\ue000", "Arial", -1, "\ue000"},
	}
	for _, tt := range tests {
		if got := symbolText(tt.text, tt.font, tt.code); got != tt.want {
			t.Errorf("symbolText(%q, %q, %d) = %q, want %q", tt.text, tt.font, tt.code, got, tt.want)
		}
	}
}

// TestNthSmallestMatchesSort checks the selection against a sort on
// random gaps, repeated values and infinities included.
func TestNthSmallestMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for n := 1; n <= 200; n++ {
		xs := make([]float64, n)
		for i := range xs {
			switch rng.IntN(10) {
			case 0:
				xs[i] = math.Inf(-1)
			case 1, 2:
				xs[i] = float64(rng.IntN(3)) // repeats
			default:
				xs[i] = rng.NormFloat64() * 5
			}
		}
		sorted := slices.Clone(xs)
		slices.Sort(sorted)
		for _, k := range []int{0, n * 2 / 5, n / 2, n - 1} {
			if got := nthSmallest(slices.Clone(xs), k); got != sorted[k] {
				t.Fatalf("n=%d k=%d: got %v, want %v (%v)", n, k, got, sorted[k], xs)
			}
		}
	}
}
