package pdf

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"slices"
	"strings"
	"testing"

	"minutes/extract/ocr"
)

// TestDecodeImage decodes image XObjects of each filter, colour space and
// depth read here to grey, and names the ones that cannot be.
func TestDecodeImage(t *testing.T) {
	gray := image.NewGray(image.Rect(0, 0, 16, 8))
	for i := range gray.Pix {
		gray.Pix[i] = uint8(i % 2 * 255) // white and black columns
	}
	var jpg bytes.Buffer
	jpeg.Encode(&jpg, gray, &jpeg.Options{Quality: 100})
	// An all-white CCITT Group 4 image of two rows: a pass of V0 codes
	// ("1" a row), then the end of the block (two EOLs).
	g4White := []byte{0xc0, 0x04, 0x00, 0x40}
	tests := []struct {
		name string
		dict pdfDict
		raw  []byte
		want []uint8 // the first pixels, left to right, top row first
		err  string
	}{
		{name: "8-bit grey", dict: imageDict(2, 1, "DeviceGray", 8), raw: []byte{0, 200}, want: []uint8{0, 200}},
		{name: "16-bit grey", dict: imageDict(2, 1, "DeviceGray", 16), raw: []byte{0xff, 0xff, 0x80, 0}, want: []uint8{255, 128}},
		{name: "1-bit grey", dict: imageDict(4, 1, "DeviceGray", 1), raw: []byte{0b1010_0000}, want: []uint8{255, 0, 255, 0}},
		{name: "1-bit grey, Decode [1 0]", dict: with(imageDict(4, 1, "DeviceGray", 1), "Decode", pdfArray{int64(1), int64(0)}), raw: []byte{0b1010_0000}, want: []uint8{0, 255, 0, 255}},
		{name: "2-bit grey", dict: imageDict(4, 1, "DeviceGray", 2), raw: []byte{0b00_01_10_11}, want: []uint8{0, 85, 170, 255}},
		{name: "RGB", dict: imageDict(2, 1, "DeviceRGB", 8), raw: []byte{255, 255, 255, 255, 0, 0}, want: []uint8{255, 76}},
		{name: "CMYK", dict: imageDict(2, 1, "DeviceCMYK", 8), raw: []byte{0, 0, 0, 0, 0, 0, 0, 255}, want: []uint8{255, 0}},
		{name: "ICC with three components", dict: with(imageDict(1, 1, "", 8), "ColorSpace", pdfArray{pdfName("ICCBased"), &pdfStream{dict: pdfDict{"N": int64(3)}}}), raw: []byte{0, 0, 0}, want: []uint8{0}},
		{name: "Indexed over RGB, 4 bits", dict: with(imageDict(2, 1, "", 4), "ColorSpace", pdfArray{pdfName("Indexed"), pdfName("DeviceRGB"), int64(1), pdfString("\xff\xff\xff\x00\x00\x00")}), raw: []byte{0x10}, want: []uint8{0, 255}},
		{name: "image mask", dict: pdfDict{"Width": int64(2), "Height": int64(1), "ImageMask": true}, raw: []byte{0b0100_0000}, want: []uint8{0, 255}},
		{name: "missing samples are white", dict: imageDict(2, 2, "DeviceGray", 8), raw: []byte{7, 7}, want: []uint8{7, 7, 255, 255}},
		{name: "Flate", dict: with(imageDict(2, 1, "DeviceGray", 8), "Filter", pdfName("FlateDecode")), raw: deflated([]byte{9, 99}), want: []uint8{9, 99}},
		{name: "JPEG", dict: with(imageDict(16, 8, "DeviceGray", 8), "Filter", pdfName("DCTDecode")), raw: jpg.Bytes(), want: []uint8{0, 255, 0, 255}},
		{name: "CCITT Group 4", dict: with(with(imageDict(16, 2, "DeviceGray", 1), "Filter", pdfName("CCITTFaxDecode")), "DecodeParms", pdfDict{"K": int64(-1), "Columns": int64(16)}), raw: g4White, want: []uint8{255, 255, 255, 255}},
		{name: "JBIG2", dict: with(imageDict(2, 1, "DeviceGray", 1), "Filter", pdfName("JBIG2Decode")), err: "JBIG2"},
		{name: "JPEG 2000", dict: with(imageDict(2, 1, "", 8), "Filter", pdfName("JPXDecode")), err: "JPEG 2000"},
		{name: "CCITT two-dimensional Group 3", dict: with(imageDict(2, 1, "DeviceGray", 1), "Filter", pdfArray{pdfName("CCITTFaxDecode")}), raw: nil, err: ""},
		{name: "Lab", dict: with(imageDict(1, 1, "", 8), "ColorSpace", pdfArray{pdfName("Lab"), pdfDict{}}), raw: []byte{1, 2, 3}, err: "colour space"},
		{name: "3 bits", dict: imageDict(1, 1, "DeviceGray", 3), raw: []byte{0}, err: "3 bits"},
		{name: "no size", dict: imageDict(0, 1, "DeviceGray", 8), err: "0 × 1"},
	}
	f := &pdfFile{}
	for _, tt := range tests {
		if tt.name == "CCITT two-dimensional Group 3" {
			tt.dict["DecodeParms"] = pdfArray{pdfDict{"K": int64(1)}}
			tt.err = "two-dimensional"
		}
		img, err := decodeImage(f, &pdfStream{dict: tt.dict, raw: tt.raw})
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err = %v, want one saying %q", tt.name, err, tt.err)
			}
		case err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case !slices.Equal(jpegLevels(img.Pix[:len(tt.want)], tt.name == "JPEG"), tt.want):
			t.Errorf("%s: pixels %v, want %v", tt.name, img.Pix[:len(tt.want)], tt.want)
		}
	}
}

// jpegLevels rounds a JPEG's levels to black and white, which its
// compression blurs a little.
func jpegLevels(pix []uint8, lossy bool) []uint8 {
	out := slices.Clone(pix)
	for i, p := range out {
		if lossy {
			out[i] = uint8(int(p) / 128 * 255)
		}
	}
	return out
}

func imageDict(w, h int, space string, bpc int) pdfDict {
	d := pdfDict{"Subtype": pdfName("Image"), "Width": int64(w), "Height": int64(h), "BitsPerComponent": int64(bpc)}
	if space != "" {
		d["ColorSpace"] = pdfName(space)
	}
	return d
}

func with(d pdfDict, key pdfName, v any) pdfDict {
	d[key] = v
	return d
}

func deflated(data []byte) []byte {
	w := &pdfWriter{compress: true}
	body := w.stream("", data)
	start := strings.Index(body, "stream\n") + len("stream\n")
	return []byte(body[start : len(body)-len("\nendstream")])
}

func TestQuarterTurns(t *testing.T) {
	tests := []struct {
		m    matrix
		want int
	}{
		{matrix{100, 0, 0, -200, 0, 200}, 0}, // drawn upright, page y down
		{matrix{0, 100, 200, 0, 0, 0}, 1},    // its rows run down the page
		{matrix{-100, 0, 0, 200, 100, 0}, 2},
		{matrix{0, -100, -200, 0, 200, 100}, 3},
	}
	for _, tt := range tests {
		if got := quarterTurns(tt.m); got != tt.want {
			t.Errorf("quarterTurns(%v) = %d, want %d", tt.m, got, tt.want)
		}
	}
}

// scannedPagePDF makes a one-page PDF of 600 × 800 points whose content
// draws the given XObjects (name → object), numbered from 4 in the order
// of their names.
func scannedPagePDF(content string, images map[string]string) []byte {
	w := &pdfWriter{}
	w.add("<< /Type /Catalog /Pages 2 0 R /Lang (fr-FR) >>")
	w.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	w.add("") // the page, below
	var names, xobjects []string
	for name := range images {
		names = append(names, name)
	}
	slices.Sort(names) // numbered 4, 5 … in the order of their names
	for _, name := range names {
		xobjects = append(xobjects, fmt.Sprintf("/%s %d 0 R", name, w.add(images[name])))
	}
	c := w.add(w.stream("", []byte(content)))
	w.set(3, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents %d 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << %s >> >> >>",
		c, strings.Join(xobjects, " ")))
	return w.bytes()
}

// TestScannedPagesWithoutTesseract reads PDFs whose pages are images with
// no tesseract on PATH: each scanned page gets one warning saying why it
// was not read (how to install Tesseract, the image's filter, the need to
// render), a page whose image is a logo is left as it was, and the report
// counts the pages.
func TestScannedPagesWithoutTesseract(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	white := "<< /Type /XObject /Subtype /Image /Width 60 /Height 80 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4800 >>\nstream\n" + strings.Repeat("\xff", 4800) + "\nendstream"
	jbig2 := "<< /Type /XObject /Subtype /Image /Width 60 /Height 80 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode /Length 4 >>\nstream\nJB2!\nendstream"
	tests := []struct {
		name     string
		content  string
		images   map[string]string
		warning  string // the page's warning
		notRead  int
		noReport bool
	}{
		{"a page-sized image", "q 600 0 0 800 0 0 cm /Im0 Do Q", map[string]string{"Im0": white}, "tesseract is not installed; to read scanned pages, apt-get install tesseract-ocr", 1, false},
		{"in a form", "q 2 0 0 2 0 0 cm /Fm0 Do Q", map[string]string{"Im0": white, "Fm0": "<< /Type /XObject /Subtype /Form /BBox [0 0 300 400] /Resources << /XObject << /Im0 5 0 R >> >> /Length 29 >>\nstream\nq 300 0 0 400 0 0 cm /Im0 Do Q\nendstream"}, "tesseract is not installed", 1, false},
		{"JBIG2", "q 600 0 0 800 0 0 cm /Im0 Do Q", map[string]string{"Im0": jbig2}, "JBIG2-compressed, which cannot be decoded here", 1, false},
		{"strips", "q 600 0 0 300 0 0 cm /Im0 Do Q q 600 0 0 300 0 300 cm /Im0 Do Q q 600 0 0 200 0 600 cm /Im0 Do Q", map[string]string{"Im0": white}, "made of 3 pieces, and the page would have to be rendered", 1, false},
		{"a logo", "q 100 0 0 50 20 730 cm /Im0 Do Q BT /F1 12 Tf 72 700 Td (Minutes) Tj ET", map[string]string{"Im0": white}, "", 0, true},
		{"no image at all", "0 0 m 100 100 l S", nil, "no text on this page (a scanned image?)", 0, true},
	}
	for _, tt := range tests {
		data := scannedPagePDF(tt.content, tt.images)
		doc, err := ReadWith(data, ocr.NewReader(context.Background(), ocr.Options{}))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var ws []string
		for _, w := range doc.Warnings {
			ws = append(ws, w.String())
		}
		if tt.warning != "" && (len(ws) != 1 || !strings.Contains(ws[0], tt.warning) || !strings.HasPrefix(ws[0], "page 1: ")) {
			t.Errorf("%s: warnings %q, want one on page 1 saying %q", tt.name, ws, tt.warning)
		}
		if tt.warning == "" && len(ws) != 0 {
			t.Errorf("%s: warnings %q, want none", tt.name, ws)
		}
		if tt.noReport != (doc.OCR == nil) || doc.OCR != nil && len(doc.OCR.NotRead) != tt.notRead {
			t.Errorf("%s: report %+v, want %d pages not read", tt.name, doc.OCR, tt.notRead)
		}
	}
}

func TestReadWithoutReaderIsRead(t *testing.T) {
	data := buildTestPDF([]string{"BT /F1 12 Tf 72 700 Td (Minutes of the board) Tj ET"}, true)
	a, _ := Read(data)
	b, _ := ReadWith(data, nil)
	if a.Text() != b.Text() || len(a.Warnings) != len(b.Warnings) {
		t.Errorf("ReadWith(nil) differs from Read")
	}
}
