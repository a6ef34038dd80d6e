package ocr

// Boldness: Tesseract's TSV says nothing of type faces, but a bold word
// is drawn with thicker strokes. A word whose strokes are well thicker
// than the page's usual word is bold, so headings set in bold come out as
// headings, as from a PDF's fonts. A stroke's thickness is measured as
// the mean length of the runs of dark pixels along the rows of the word's
// box, which does not depend on how tall the box is.

import (
	"image"
	"image/draw"
	"slices"
)

// boldStroke is how much thicker than the page's median word a bold
// word's strokes are.
const boldStroke = 1.3

// darkLevel is the grey level below which a pixel is ink.
const darkLevel = 128

// markBold sets Bold on the words of img whose strokes are boldStroke
// times as thick as the page's median word's, counting only words of
// three characters or more (punctuation and short words measure badly).
func markBold(img image.Image, words []Word) {
	gray := Gray(img)
	shares := make([]float64, len(words))
	var measured []float64
	for i, w := range words {
		if len([]rune(w.Text)) < 3 {
			continue
		}
		shares[i] = strokeWidth(gray, w.Box)
		measured = append(measured, shares[i])
	}
	if len(measured) < 10 {
		return
	}
	slices.Sort(measured)
	median := measured[len(measured)/2]
	for i := range words {
		words[i].Bold = shares[i] > boldStroke*median
	}
}

// strokeWidth is the mean length, in pixels, of the runs of dark pixels
// along the rows of box.
func strokeWidth(g *image.Gray, box image.Rectangle) float64 {
	box = box.Intersect(g.Rect)
	dark, runs := 0, 0
	for y := box.Min.Y; y < box.Max.Y; y++ {
		row := g.Pix[(y-g.Rect.Min.Y)*g.Stride:]
		in := false
		for x := box.Min.X; x < box.Max.X; x++ {
			ink := row[x-g.Rect.Min.X] < darkLevel
			if ink {
				dark++
				if !in {
					runs++
				}
			}
			in = ink
		}
	}
	if runs == 0 {
		return 0
	}
	return float64(dark) / float64(runs)
}

// Gray returns img as a grey image, converted (to one whose bounds start
// at the origin) when it is not one: OCR reads grey, and the readers
// decode images to it.
func Gray(img image.Image) *image.Gray {
	if g, ok := img.(*image.Gray); ok {
		return g
	}
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(g, g.Rect, img, b.Min, draw.Src)
	return g
}
