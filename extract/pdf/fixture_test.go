package pdf

// A small PDF writer for tests: it builds deterministic files whose layout
// is known exactly, so the reader's output can be checked against the
// text that was drawn.

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// testFonts are the font resources every fixture page has:
//
//	F1  Helvetica (standard 14, WinAnsi, no /Widths: built-in metrics)
//	F2  Helvetica-Bold
//	F3  a Type0 font, Identity-H, whose ToUnicode reaches past U+0100
const testFontResources = "<< /F1 3 0 R /F2 4 0 R /F3 5 0 R >>"

// type0Codes maps the characters the Type0 test font can draw to their
// two-byte codes. Codes 1 to 3 come from one bfrange starting at U+00FF,
// so they cross into U+0100 (a carry into the high byte); codes 4 and 5
// from a range in array form; the rest from bfchar entries.
var type0Codes = map[rune]uint16{
	'ÿ': 1, 'Ā': 2, 'ā': 3, 'Ř': 4, 'ř': 5,
	'K': 10, 'o': 11, 'u': 12, 'i': 13, 'l': 14, ' ': 15, 'ł': 16, 'ó': 17, 'd': 18, 'ź': 19,
}

// type0ToUnicode is the CMap of the Type0 test font.
func type0ToUnicode() string {
	var chars strings.Builder
	n := 0
	for r, code := range type0Codes {
		if code >= 10 {
			fmt.Fprintf(&chars, "<%04X> <%04X>\n", code, r)
			n++
		}
	}
	return "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CMapName /Test-UCS def /CMapType 2 def\n" +
		"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfrange\n<0001> <0003> <00FF>\n<0004> <0005> [<0158> <0159>]\nendbfrange\n" +
		fmt.Sprintf("%d beginbfchar\n%sendbfchar\n", n, chars.String()) +
		"endcmap CMapName currentdict /CMap defineresource pop end end\n"
}

// type0Hex encodes text for the Type0 test font as a hex string.
func type0Hex(text string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range text {
		fmt.Fprintf(&b, "%04X", type0Codes[r])
	}
	b.WriteByte('>')
	return b.String()
}

// pdfWriter assembles a PDF file from numbered objects.
type pdfWriter struct {
	objects  []string // object bodies; object i+1 is objects[i]
	compress bool     // Flate-compress content streams
}

// add appends an object and returns its number.
func (w *pdfWriter) add(body string) int {
	w.objects = append(w.objects, body)
	return len(w.objects)
}

// set replaces the body of object num.
func (w *pdfWriter) set(num int, body string) { w.objects[num-1] = body }

// stream makes a stream object body.
func (w *pdfWriter) stream(dict string, data []byte) string {
	if w.compress {
		var buf bytes.Buffer
		zw := zlib.NewWriter(&buf)
		zw.Write(data)
		zw.Close()
		data = buf.Bytes()
		dict += " /Filter /FlateDecode"
	}
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// bytes writes the file: header, objects, xref table and trailer.
func (w *pdfWriter) bytes() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(w.objects))
	for i, body := range w.objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(w.objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(w.objects)+1, xref)
	return b.Bytes()
}

// buildTestPDF makes a file with one page per content stream, A4-sized,
// with the test fonts.
func buildTestPDF(contents []string, compress bool) []byte {
	return buildTestPDFWith(contents, compress, "")
}

// buildTestPDFWith is buildTestPDF with extra entries for every page
// dictionary ("/Rotate 90").
func buildTestPDFWith(contents []string, compress bool, pageExtra string) []byte {
	w := &pdfWriter{compress: compress}
	w.add("<< /Type /Catalog /Pages 2 0 R >>")
	w.add("") // the page tree, filled in below
	w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	w.add("<< /Type /Font /Subtype /Type0 /BaseFont /TestSans /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>")
	w.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 >>")
	w.add(w.stream("", []byte(type0ToUnicode())))
	// X1 is a Form XObject drawing a signature line twice as large, with
	// fonts inherited from the page; X2 is a form that draws X1 and
	// itself (a cycle the reader must break).
	w.add(w.stream("/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Matrix [2 0 0 2 0 0]",
		[]byte("BT /F1 6 Tf 36 20 Td (Signed by the chair) Tj ET")))
	w.add(w.stream("/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Resources << /XObject << /X1 8 0 R /X2 9 0 R >> /Font "+testFontResources+" >>",
		[]byte("/X2 Do q 1 0 0 1 0 -40 cm /X1 Do Q")))
	var kids []string
	for _, c := range contents {
		content := w.add(w.stream("", []byte(c)))
		page := w.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font %s /XObject << /X1 8 0 R /X2 9 0 R >> >> /Contents %d 0 R %s >>",
			testFontResources, content, pageExtra))
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
	}
	w.set(2, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	return w.bytes()
}

// helveticaWidth is the advance of text in Helvetica at size, in points.
func helveticaWidth(text string, size float64) float64 {
	font := standardFont("Helvetica")
	win := namedEncoding("WinAnsiEncoding")
	w := 0.0
	for _, c := range []byte(text) {
		w += font.widthByName[win[c]]
	}
	return w * size / 1000
}

// pdfEscape writes text as a PDF literal string.
func pdfEscape(text string) string {
	r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
	return "(" + r.Replace(text) + ")"
}

// contentBuilder writes content-stream operators.
type contentBuilder struct{ strings.Builder }

func (c *contentBuilder) op(format string, args ...any) {
	fmt.Fprintf(c, format, args...)
	c.WriteByte('\n')
}

// A lineMethod draws one line of text at (x, y) in a given way.
type lineMethod func(c *contentBuilder, words []string, x, y, size float64)

// drawWithTj draws the line as one string, spaces included.
func drawWithTj(c *contentBuilder, words []string, x, y, size float64) {
	c.op("BT /F1 %g Tf %g %g Td %s Tj ET", size, x, y, pdfEscape(strings.Join(words, " ")))
}

// drawPerGlyph places every glyph with its own Tm, no space glyphs: the
// output of some converters that breaks naive extractors.
func drawPerGlyph(c *contentBuilder, words []string, x, y, size float64) {
	c.op("BT /F1 %g Tf", size)
	for i, word := range words {
		for _, ch := range word {
			c.op("1 0 0 1 %.3f %g Tm %s Tj", x, y, pdfEscape(string(ch)))
			x += helveticaWidth(string(ch), size)
		}
		if i < len(words)-1 {
			x += helveticaWidth(" ", size)
		}
	}
	c.op("ET")
}

// drawWithKerning draws the line as a TJ array with no space glyphs: words
// are set apart by kerning numbers, and letters nudged by small ones.
func drawWithKerning(c *contentBuilder, words []string, x, y, size float64) {
	var arr strings.Builder
	for i, word := range words {
		for j, ch := range word {
			arr.WriteString(pdfEscape(string(ch)))
			if j%2 == 1 {
				arr.WriteString(" 15 ") // a tightening kern: no space
			}
		}
		if i < len(words)-1 {
			arr.WriteString(" -278 ")
		}
	}
	c.op("BT /F1 %g Tf %g %g Td [%s] TJ ET", size, x, y, arr.String())
}

// drawJustified draws the line with word spacing (Tw) and character
// spacing (Tc), as justified text is set.
func drawJustified(c *contentBuilder, words []string, x, y, size float64) {
	c.op("BT /F1 %g Tf 4.5 Tw 0.4 Tc %g %g Td %s Tj ET", size, x, y, pdfEscape(strings.Join(words, " ")))
}

// drawWordsWithTd moves to each word with Td, as many report generators do.
func drawWordsWithTd(c *contentBuilder, words []string, x, y, size float64) {
	c.op("BT /F1 %g Tf %g %g Td", size, x, y)
	for i, word := range words {
		c.op("%s Tj", pdfEscape(word))
		if i < len(words)-1 {
			c.op("%.3f 0 Td", helveticaWidth(word+" ", size))
		}
	}
	c.op("ET")
}
