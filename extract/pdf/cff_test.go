package pdf

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
)

// cffIndexBytes writes a CFF INDEX with two-byte offsets.
func cffIndexBytes(items [][]byte) []byte {
	if len(items) == 0 {
		return []byte{0, 0}
	}
	out := binary.BigEndian.AppendUint16(nil, uint16(len(items)))
	out = append(out, 2)
	off := 1
	out = binary.BigEndian.AppendUint16(out, uint16(off))
	for _, it := range items {
		off += len(it)
		out = binary.BigEndian.AppendUint16(out, uint16(off))
	}
	for _, it := range items {
		out = append(out, it...)
	}
	return out
}

// testCFF builds a minimal CFF font program whose glyphs are named names
// (custom strings) and whose built-in encoding gives them codes.
func testCFF(names []string, codes []byte) []byte {
	header := []byte{1, 0, 4, 1}
	nameIdx := cffIndexBytes([][]byte{[]byte("Test")})
	var strs [][]byte
	for _, n := range names {
		strs = append(strs, []byte(n))
	}
	strIdx := cffIndexBytes(strs)
	gsubrs := []byte{0, 0}
	const topLen = 18 // three operators, each with a five-byte integer
	topIdxLen := len(cffIndexBytes([][]byte{make([]byte, topLen)}))
	charsetOff := len(header) + len(nameIdx) + topIdxLen + len(strIdx) + len(gsubrs)
	charset := []byte{0}
	for i := range names {
		charset = binary.BigEndian.AppendUint16(charset, uint16(391+i))
	}
	encOff := charsetOff + len(charset)
	enc := append([]byte{0, byte(len(codes))}, codes...)
	csOff := encOff + len(enc)
	var glyphs [][]byte
	for i := 0; i <= len(names); i++ {
		glyphs = append(glyphs, []byte{14}) // endchar
	}
	op := func(v, code int) []byte {
		return append([]byte{29}, append(binary.BigEndian.AppendUint32(nil, uint32(v)), byte(code))...)
	}
	top := append(append(op(charsetOff, 15), op(encOff, 16)...), op(csOff, 17)...)
	out := append([]byte{}, header...)
	out = append(out, nameIdx...)
	out = append(out, cffIndexBytes([][]byte{top})...)
	out = append(out, strIdx...)
	out = append(out, gsubrs...)
	out = append(out, charset...)
	out = append(out, enc...)
	return append(out, cffIndexBytes(glyphs)...)
}

func TestCFFStandardStrings(t *testing.T) {
	if n := len(cffStandardStrings); n != 229 || cffStandardStrings[228] != "zcaron" || cffStandardStrings[149] != "germandbls" {
		t.Errorf("%d standard strings, last %q", n, cffStandardStrings[n-1])
	}
}

func TestCFFEncoding(t *testing.T) {
	names := []string{"K", "o", "u", "rcaron", "i", "l", "uni2019", "space"}
	codes := []byte{0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28}
	e := cffEncoding(testCFF(names, codes))
	if e == nil {
		t.Fatal("no encoding read")
	}
	for i, c := range codes {
		if e[c] != names[i] {
			t.Errorf("code %02X = %q, want %q", c, e[c], names[i])
		}
	}
	for _, bad := range [][]byte{nil, {1, 0, 4}, {1, 0, 200, 1}, testCFF(names, codes)[:40]} {
		cffEncoding(bad) // must not panic
	}
}

// TestReadPDFCFFBuiltinEncoding draws text in an embedded CFF font with
// no /Encoding and no ToUnicode, as subset fonts from Distiller come: the
// program's own encoding and glyph names give the text.
func TestReadPDFCFFBuiltinEncoding(t *testing.T) {
	names := []string{"K", "o", "u", "rcaron", "i", "l", "space", "quoteright", "s"}
	codes := []byte{'!', '"', '#', '$', '%', '&', '\'', '(', ')'}
	program := testCFF(names, codes)
	w := &pdfWriter{}
	w.add("<< /Type /Catalog /Pages 2 0 R >>")
	w.add("<< /Type /Pages /Kids [6 0 R] /Count 1 >>")
	w.add("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Test /FirstChar 33 /LastChar 41 /Widths [600 600 600 600 600 600 250 300 500] /FontDescriptor 4 0 R >>")
	w.add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+Test /Flags 4 /FontFile3 %d 0 R >>", 5))
	w.add(w.stream("/Subtype /Type1C", program))
	w.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R >>")
	w.add(w.stream("", []byte(`BT /F1 12 Tf 72 700 Td (!"#$%&'!"#$%&\(\)) Tj ET`)))
	doc, err := Read(w.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(nonBlank(doc), "\n"), "Kouřil Kouřil’s"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
