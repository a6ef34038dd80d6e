package raster

import (
	"context"
	"image"
	"testing"

	"minutes/extract/ocr"
	"minutes/internal/scantest"
)

// FuzzRead feeds the image reader TIFF and PNG files, mutated, with OCR
// off so every page is decoded but none read. It checks that Read never
// panics and counts every page it decoded as not read.
func FuzzRead(f *testing.F) {
	f.Add(scantest.TIFF([]*image.Gray{banded(8, 6, 1), banded(5, 4, 2)}, 300))
	f.Add(pngWithDPI(banded(8, 6, 3), 150))
	f.Add([]byte("II*\x00\x08\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, ocr.NewReader(context.Background(), ocr.Options{Off: true}))
		if err != nil {
			return
		}
		if doc.OCR == nil || len(doc.OCR.NotRead) != doc.Pages {
			t.Fatalf("%d pages, report %+v", doc.Pages, doc.OCR)
		}
	})
}
