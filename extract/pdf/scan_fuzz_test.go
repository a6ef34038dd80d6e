package pdf

import (
	"context"
	"testing"

	"minutes/extract/ocr"
)

// FuzzReadScans feeds ReadWith scanned pages (images of each kind the
// reader decodes, in forms, in strips) and the other fuzz seeds, mutated,
// with OCR off so the images are found and decoded but not read. It
// checks that nothing panics and that every page not read is a real page.
func FuzzReadScans(f *testing.F) {
	white := "<< /Type /XObject /Subtype /Image /Width 6 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 48 >>\nstream\n" + string(make([]byte, 48)) + "\nendstream"
	indexed := "<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace [/Indexed /DeviceRGB 1 <ffffff000000>] /BitsPerComponent 1 /Length 2 >>\nstream\n\x50\xa0\nendstream"
	ccitt := "<< /Type /XObject /Subtype /Image /Width 16 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 16 >> /Length 4 >>\nstream\n\xc0\x04\x00\x40\nendstream"
	for _, im := range []string{white, indexed, ccitt} {
		f.Add(scannedPagePDF("q 600 0 0 800 0 0 cm /Im0 Do Q", map[string]string{"Im0": im}))
	}
	f.Add(scannedPagePDF("q 600 0 0 300 0 0 cm /Im0 Do Q q 600 0 0 300 0 300 cm /Im0 Do Q q 600 0 0 200 0 600 cm /Im0 Do Q", map[string]string{"Im0": white}))
	for _, seed := range fuzzSeeds()[:4] {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadWith(data, ocr.NewReader(context.Background(), ocr.Options{Off: true}))
		if err != nil {
			return
		}
		if doc.OCR != nil {
			for _, p := range doc.OCR.NotRead {
				if p < 1 || p > doc.Pages {
					t.Fatalf("page %d of %d not read", p, doc.Pages)
				}
			}
		}
	})
}
