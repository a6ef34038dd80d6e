// Package raster reads scanned minutes kept as image files — TIFF (one
// page or many), PNG and JPEG — into a document.Document: Read is its one
// entry point.
//
// The rules it keeps:
//
//   - Each image is a page; a TIFF holds one page per image file
//     directory, read in order (at most maxPages).
//   - Each page's words are read by OCR (extract/ocr) and laid out as a
//     PDF's glyphs are (pdf.LayoutOCR), so lines, columns and tables come
//     out as from a text PDF. A page OCR cannot read (no Tesseract,
//     --no-ocr, a limit) gives an empty page and one warning saying why.
//   - The resolution comes from the file (TIFF XResolution, PNG pHYs,
//     JPEG's JFIF density); without one, the image is taken to be a page
//     8.5 inches wide, the width of Letter and near A4's.
//   - An image that cannot be decoded fails the page, not the file; the
//     file fails when no page can be decoded.
package raster

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/tiff"

	"minutes/document"
	"minutes/extract/ocr"
	"minutes/extract/pdf"
)

// maxPages bounds the pages read from one TIFF.
const maxPages = 10000

// maxPixels bounds the pixels of one page decoded (600 dpi on A3).
const maxPixels = 100 << 20

// assumedWidth is the width in inches of a page whose file gives no
// resolution.
const assumedWidth = 8.5

// ErrNotImage is returned for data that is no TIFF, PNG or JPEG.
var ErrNotImage = errors.New("not a TIFF, PNG or JPEG image")

// Is reports whether data opens as a TIFF, PNG or JPEG file.
func Is(data []byte) bool {
	return kindOf(data) != ""
}

// kindOf names the image format data opens with, or "".
func kindOf(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return "jpeg"
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return "tiff"
	}
	return ""
}

// A page is one image of the file, decoded lazily.
type page struct {
	decode func() (image.Image, error)
	dpi    float64 // 0 when the file does not say
}

// Read reads the pages of an image file and hands each to r for OCR.
func Read(data []byte, r *ocr.Reader) (*document.Document, error) {
	var pages []page
	switch kindOf(data) {
	case "png":
		pages = []page{{decode: func() (image.Image, error) { return decodeChecked(bytesOf(data), png.DecodeConfig, png.Decode) }, dpi: pngDPI(data)}}
	case "jpeg":
		pages = []page{{decode: func() (image.Image, error) { return decodeChecked(bytesOf(data), jpeg.DecodeConfig, jpeg.Decode) }, dpi: jpegDPI(data)}}
	case "tiff":
		pages = tiffPages(data)
	default:
		return nil, ErrNotImage
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("the TIFF file has no image")
	}
	doc := &document.Document{Pages: len(pages)}
	failed := 0
	var firstErr error
	for i, p := range pages {
		num := i + 1
		img, err := p.decode()
		if err != nil {
			failed++
			if firstErr == nil {
				firstErr = &document.Error{Place: document.Place{Page: num}, Err: err}
			}
			r.NotRead(num, "the page's image could not be decoded: "+err.Error())
			continue
		}
		dpi := p.dpi
		if dpi < 50 || dpi > 2400 {
			dpi = float64(img.Bounds().Dx()) / assumedWidth
		}
		if read, ok := r.ReadPage(num, img, dpi); ok {
			lines := pdf.LayoutOCR(read, num, dpi)
			for j := range lines {
				lines[j].Num = j + 1
			}
			doc.Lines = append(doc.Lines, lines...)
		}
	}
	if failed == len(pages) {
		return nil, firstErr
	}
	doc.Warnings = r.Warnings()
	doc.OCR = r.Report()
	return doc, nil
}

// decodeChecked decodes an image after checking its size; open gives a
// new reader of the file each time.
func decodeChecked(open func() io.Reader, config func(io.Reader) (image.Config, error), decode func(io.Reader) (image.Image, error)) (image.Image, error) {
	cfg, err := config(open())
	if err != nil {
		return nil, err
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxPixels {
		return nil, fmt.Errorf("an image of %d × %d pixels", cfg.Width, cfg.Height)
	}
	return decode(open())
}

// bytesOf opens readers of data.
func bytesOf(data []byte) func() io.Reader {
	return func() io.Reader { return bytes.NewReader(data) }
}

// pngDPI reads the resolution of a PNG's pHYs chunk (pixels per metre).
func pngDPI(data []byte) float64 {
	i := bytes.Index(data, []byte("pHYs"))
	if i < 0 || i+13 > len(data) || data[i+12] != 1 { // unit 1: the metre
		return 0
	}
	return float64(binary.BigEndian.Uint32(data[i+4:])) * 0.0254
}

// jpegDPI reads the density of a JPEG's JFIF header.
func jpegDPI(data []byte) float64 {
	i := bytes.Index(data[:min(len(data), 64)], []byte("JFIF\x00"))
	if i < 0 || i+12 > len(data) {
		return 0
	}
	unit, x := data[i+7], float64(binary.BigEndian.Uint16(data[i+8:]))
	switch unit {
	case 1:
		return x
	case 2:
		return x * 2.54
	}
	return 0
}

// tiffPages lists the images of a TIFF file, one per image file directory
// (IFD). Each is decoded by golang.org/x/image/tiff, which reads a file's
// first IFD: it is handed the file with its header pointing at the IFD
// wanted.
func tiffPages(data []byte) []page {
	if len(data) < 8 {
		return nil
	}
	var order binary.ByteOrder = binary.LittleEndian
	if data[0] == 'M' {
		order = binary.BigEndian
	}
	var pages []page
	seen := map[uint32]bool{}
	for off := order.Uint32(data[4:]); off != 0 && !seen[off] && len(pages) < maxPages; {
		seen[off] = true
		if int(off)+2 > len(data) {
			break
		}
		n := int(order.Uint16(data[off:]))
		end := int(off) + 2 + 12*n
		if end+4 > len(data) {
			break
		}
		ifd := off
		pages = append(pages, page{
			decode: func() (image.Image, error) {
				h := &headerPatch{data: data}
				copy(h.head[:], data[:8])
				order.PutUint32(h.head[4:], ifd)
				return decodeChecked(h.reader, tiff.DecodeConfig, tiff.Decode)
			},
			dpi: tiffDPI(data, order, int(off)+2, n),
		})
		off = order.Uint32(data[end:])
	}
	return pages
}

// tiffDPI reads an IFD's XResolution and ResolutionUnit (inch or cm).
func tiffDPI(data []byte, order binary.ByteOrder, entries, n int) float64 {
	res, unit := 0.0, 2
	for i := range n {
		e := data[entries+12*i:]
		tag, typ := order.Uint16(e), order.Uint16(e[2:])
		switch {
		case tag == 282 && typ == 5: // XResolution, a RATIONAL stored elsewhere
			at := int(order.Uint32(e[8:]))
			if at+8 <= len(data) {
				if den := order.Uint32(data[at+4:]); den != 0 {
					res = float64(order.Uint32(data[at:])) / float64(den)
				}
			}
		case tag == 296 && typ == 3: // ResolutionUnit, a SHORT
			unit = int(order.Uint16(e[8:]))
		}
	}
	if unit == 3 {
		return res * 2.54
	}
	return res
}

// headerPatch is a TIFF file whose first 8 bytes are replaced.
type headerPatch struct {
	data []byte
	head [8]byte
}

// reader returns a fresh reader of the patched file.
func (h *headerPatch) reader() io.Reader { return io.NewSectionReader(h, 0, int64(len(h.data))) }

// ReadAt reads the patched file.
func (h *headerPatch) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(h.data)) {
		return 0, io.EOF
	}
	n := copy(p, h.data[off:])
	for i := off; i < 8 && i < off+int64(n); i++ {
		p[i-off] = h.head[i]
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}
