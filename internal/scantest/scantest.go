// Package scantest makes scanned documents for the tests of OCR: it
// renders PDF pages to images with poppler's pdftoppm (a tool of the
// tests, never of the program) and wraps images as image-only PDF pages
// or multi-page TIFF files, as scanners write them.
package scantest

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"minutes/extract/ocr"
)

// Render renders the pages of a PDF file at dpi in grey with pdftoppm,
// skipping the test when pdftoppm is not installed (failing it under CI,
// whose .ci/run installs it).
func Render(t testing.TB, pdfPath string, dpi int) []*image.Gray {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		Missing(t, "pdftoppm (apt-get install poppler-utils)")
	}
	dir := t.TempDir()
	out, err := exec.Command("pdftoppm", "-r", fmt.Sprint(dpi), "-gray", "-png", pdfPath, filepath.Join(dir, "p")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm %s: %v\n%s", pdfPath, err, out)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	slices.Sort(names) // p-1 … p-9 sort right; pdftoppm pads the numbers of longer files
	var pages []*image.Gray
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, ocr.Gray(img))
	}
	return pages
}

// Missing skips the test for want of a tool, or fails it where the tools
// must be there (MINUTES_REQUIRE_OCR, set by .ci/run).
func Missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("MINUTES_REQUIRE_OCR") != "" {
		t.Fatalf("%s is not installed, and MINUTES_REQUIRE_OCR is set", what)
	}
	t.Skipf("%s is not installed", what)
}

// Encoding is how ImagePDF stores a page's image.
type Encoding int

const (
	JPEG    Encoding = iota // DCTDecode
	Flate                   // FlateDecode, 8-bit grey samples
	Bilevel                 // FlateDecode, 1-bit samples: a black-and-white scan
)

// ImagePDF wraps images as the pages of a PDF without text, each page
// the size of its image at dpi, as a scanner writes them.
func ImagePDF(t testing.TB, pages []*image.Gray, dpi float64, enc Encoding) []byte {
	t.Helper()
	var b bytes.Buffer
	var offsets []int
	obj := func(format string, args ...any) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj ", len(offsets))
		fmt.Fprintf(&b, format, args...)
		b.WriteString("\nendobj\n")
	}
	stream := func(dict string, data []byte) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj << %s /Length %d >> stream\n", len(offsets), dict, len(data))
		b.Write(data)
		b.WriteString("\nendstream\nendobj\n")
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	kids := ""
	for i := range pages {
		kids += fmt.Sprintf("%d 0 R ", 3+3*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(pages))
	for i, img := range pages {
		w, h := float64(img.Rect.Dx())*72/dpi, float64(img.Rect.Dy())*72/dpi
		obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R /Resources << /XObject << /Im0 %d 0 R >> >> >>",
			w, h, 4+3*i, 5+3*i)
		stream("", []byte(fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", w, h)))
		dict, data := encodeImage(t, img, enc)
		stream(fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d %s", img.Rect.Dx(), img.Rect.Dy(), dict), data)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// encodeImage returns an image XObject's dictionary entries and data.
func encodeImage(t testing.TB, img *image.Gray, enc Encoding) (string, []byte) {
	var buf bytes.Buffer
	switch enc {
	case JPEG:
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
			t.Fatal(err)
		}
		return "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", buf.Bytes()
	case Bilevel:
		return "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode", deflate(Bits(img))
	}
	return "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(img.Pix)
}

// Bits packs a grey image into one bit per pixel, rows byte-aligned, 1
// for white (a level of 128 or more).
func Bits(img *image.Gray) []byte {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	row := (w + 7) / 8
	out := make([]byte, row*h)
	for y := range h {
		for x := range w {
			if img.Pix[y*img.Stride+x] >= 128 {
				out[y*row+x/8] |= 0x80 >> (x % 8)
			}
		}
	}
	return out
}

func deflate(data []byte) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(data)
	w.Close()
	return z.Bytes()
}

// TIFF writes images as the pages of one TIFF file: uncompressed 8-bit
// grey, one image file directory per page, with their resolution.
func TIFF(pages []*image.Gray, dpi int) []byte {
	var b bytes.Buffer
	le := binary.LittleEndian
	b.Write([]byte("II*\x00\x00\x00\x00\x00"))
	prevNext := 4 // where the offset of the next IFD is written
	for _, img := range pages {
		w, h := img.Rect.Dx(), img.Rect.Dy()
		pixAt := b.Len()
		for y := range h {
			b.Write(img.Pix[y*img.Stride : y*img.Stride+w])
		}
		if b.Len()%2 == 1 {
			b.WriteByte(0)
		}
		resAt := b.Len()
		binary.Write(&b, le, [2]uint32{uint32(dpi), 1})
		ifdAt := b.Len()
		put := b.Bytes()
		le.PutUint32(put[prevNext:], uint32(ifdAt))
		type entry struct {
			tag, typ uint16
			count    uint32
			value    uint32
		}
		entries := []entry{
			{256, 4, 1, uint32(w)}, {257, 4, 1, uint32(h)}, {258, 3, 1, 8}, {259, 3, 1, 1}, {262, 3, 1, 1},
			{273, 4, 1, uint32(pixAt)}, {277, 3, 1, 1}, {278, 4, 1, uint32(h)}, {279, 4, 1, uint32(w * h)},
			{282, 5, 1, uint32(resAt)}, {283, 5, 1, uint32(resAt)}, {296, 3, 1, 2},
		}
		binary.Write(&b, le, uint16(len(entries)))
		for _, e := range entries {
			binary.Write(&b, le, e)
		}
		prevNext = b.Len()
		binary.Write(&b, le, uint32(0))
	}
	return b.Bytes()
}

// Skew turns an image by degrees (counter-clockwise) about its centre,
// white where nothing was, as a page fed askew into a scanner.
func Skew(img *image.Gray, degrees float64) *image.Gray {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	rad := degrees * math.Pi / 180
	sin, cos := math.Sin(rad), math.Cos(rad)
	cx, cy := float64(w)/2, float64(h)/2
	for y := range h {
		for x := range w {
			dx, dy := float64(x)-cx, float64(y)-cy
			sx, sy := int(cx+dx*cos-dy*sin), int(cy+dx*sin+dy*cos)
			v := uint8(0xff)
			if sx >= 0 && sx < w && sy >= 0 && sy < h {
				v = img.Pix[sy*img.Stride+sx]
			}
			out.Pix[y*out.Stride+x] = v
		}
	}
	return out
}

// FakeTesseract puts on PATH a tesseract that reads any image as one line
// of thirteen words ("Minutes of the meeting of the board and the trustees
// held on Monday", confidence 91) and says it has English and French. It
// returns a function counting the images it was given to read.
func FakeTesseract(t testing.TB) (runs func() int) {
	t.Helper()
	dir := t.TempDir()
	log := filepath.Join(dir, "runs")
	script := `#!/bin/sh
case "$1" in
--version) echo "tesseract 9.9.9"; exit 0;;
--list-langs) printf 'List of available languages (2):\neng\nfra\n'; exit 0;;
esac
cat >/dev/null
echo run >> ` + log + `
printf 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n'
i=0
for w in Minutes of the meeting of the board and the trustees held on Monday; do
  i=$((i+1)); printf '5\t1\t1\t1\t1\t%d\t%d\t100\t80\t40\t91\t%s\n' $i $((i*100)) $w
done
`
	if err := os.WriteFile(filepath.Join(dir, "tesseract"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return func() int {
		data, _ := os.ReadFile(log)
		return bytes.Count(data, []byte("run\n"))
	}
}
