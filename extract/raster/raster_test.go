package raster

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"strings"
	"testing"

	"minutes/extract/ocr"
	"minutes/internal/scantest"
)

// banded makes a grey page image of w × h pixels with a dark band, so pages
// can be told apart by where it is.
func banded(w, h, band int) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for x := range w {
		img.Pix[band*img.Stride+x] = 0
	}
	return img
}

// TestTIFFPages decodes every page of a multi-page TIFF with its
// resolution, each in turn.
func TestTIFFPages(t *testing.T) {
	data := scantest.TIFF([]*image.Gray{banded(40, 30, 3), banded(50, 20, 7), banded(10, 10, 9)}, 200)
	pages := tiffPages(data)
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3", len(pages))
	}
	wants := []struct{ w, band int }{{40, 3}, {50, 7}, {10, 9}}
	for i, p := range pages {
		img, err := p.decode()
		if err != nil {
			t.Fatalf("page %d: %v", i+1, err)
		}
		g := ocr.Gray(img)
		if g.Rect.Dx() != wants[i].w || g.Pix[wants[i].band*g.Stride] != 0 || g.Pix[0] != 0xff {
			t.Errorf("page %d: %v wide, not the page written", i+1, g.Rect.Dx())
		}
		if p.dpi != 200 {
			t.Errorf("page %d: %v dpi, want 200", i+1, p.dpi)
		}
	}
}

// pngWithDPI encodes img as PNG with a pHYs chunk saying dpi.
func pngWithDPI(img image.Image, dpi float64) []byte {
	var buf bytes.Buffer
	png.Encode(&buf, img)
	data := buf.Bytes()
	chunk := make([]byte, 4+4+9+4)
	binary.BigEndian.PutUint32(chunk, 9)
	copy(chunk[4:], "pHYs")
	ppm := uint32(dpi/0.0254 + 0.5)
	binary.BigEndian.PutUint32(chunk[8:], ppm)
	binary.BigEndian.PutUint32(chunk[12:], ppm)
	chunk[16] = 1
	binary.BigEndian.PutUint32(chunk[17:], crc32.ChecksumIEEE(chunk[4:17]))
	ihdrEnd := 8 + 4 + 4 + 13 + 4
	return append(append(append([]byte(nil), data[:ihdrEnd]...), chunk...), data[ihdrEnd:]...)
}

func TestResolution(t *testing.T) {
	jfif := func(unit byte, density uint16) []byte {
		b := []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02")
		b = append(b, unit, byte(density>>8), byte(density), byte(density>>8), byte(density), 0, 0)
		return b
	}
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"PNG pHYs", pngDPI(pngWithDPI(banded(4, 4, 1), 300)), 300},
		{"PNG without pHYs", pngDPI(pngWithDPI(banded(4, 4, 1), 300)[:40]), 0},
		{"JPEG, dots per inch", jpegDPI(jfif(1, 150)), 150},
		{"JPEG, dots per cm", jpegDPI(jfif(2, 118)), 299.72},
		{"JPEG, aspect ratio only", jpegDPI(jfif(0, 1)), 0},
	}
	for _, tt := range tests {
		if d := tt.got - tt.want; d > 0.5 || d < -0.5 {
			t.Errorf("%s: %v dpi, want %v", tt.name, tt.got, tt.want)
		}
	}
}

// TestReadWithoutTesseract reads image files with no tesseract on PATH:
// every page is counted, not read, with the warning saying how to install
// it; a file no page of which decodes fails.
func TestReadWithoutTesseract(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	tests := []struct {
		name  string
		data  []byte
		pages int
		err   string
	}{
		{"three-page TIFF", scantest.TIFF([]*image.Gray{banded(40, 30, 3), banded(50, 20, 7), banded(10, 10, 9)}, 300), 3, ""},
		{"PNG", pngWithDPI(banded(40, 30, 3), 300), 1, ""},
		{"truncated PNG", pngWithDPI(banded(40, 30, 3), 300)[:60], 0, "unexpected EOF"},
		{"not an image", []byte("%PDF-1.4"), 0, "not a TIFF, PNG or JPEG"},
	}
	for _, tt := range tests {
		doc, err := Read(tt.data, ocr.NewReader(context.Background(), ocr.Options{}))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if doc.Pages != tt.pages || len(doc.Warnings) != tt.pages || doc.OCR == nil || len(doc.OCR.NotRead) != tt.pages {
			t.Errorf("%s: %d pages, warnings %v, report %+v", tt.name, doc.Pages, doc.Warnings, doc.OCR)
			continue
		}
		for i, w := range doc.Warnings {
			if w.Place.Page != i+1 || !strings.Contains(w.Message, "apt-get install tesseract-ocr") {
				t.Errorf("%s: warning %v", tt.name, w)
			}
		}
	}
}
