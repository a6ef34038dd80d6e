package ocr

// Skew and orientation: a page scanned a few degrees askew is read by
// Tesseract line by line all the same, but its words' boxes climb or fall
// along each line. The skew is measured from the words' bottoms, line by
// line, and taken out of their positions, so the words of a line share a
// baseline as a PDF's glyphs do. A page on its side or upside down is
// turned as a whole before it is read (Turn).

import (
	"image"
	"math"
	"slices"
)

// maxSkew is the largest skew, in degrees, taken out of the words'
// positions; a steeper slope is more likely a misreading.
const maxSkew = 10

// deskew measures the page's skew, turns the words' boxes back by it
// around the page's centre, and gives each line's words the baseline of
// the line (setBaselines).
func deskew(p *Page) {
	angle := measureSkew(p.Words)
	if math.Abs(angle) >= 0.1 && math.Abs(angle) <= maxSkew {
		p.Skew = math.Round(angle*10) / 10
		rad := -angle * math.Pi / 180
		sin, cos := math.Sin(rad), math.Cos(rad)
		cx, cy := float64(p.Size.X)/2, float64(p.Size.Y)/2
		for i := range p.Words {
			b := p.Words[i].Box
			x, y := float64(b.Min.X+b.Max.X)/2-cx, float64(b.Min.Y+b.Max.Y)/2-cy
			nx, ny := cx+x*cos-y*sin, cy+x*sin+y*cos
			dx, dy := int(math.Round(nx))-(b.Min.X+b.Max.X)/2, int(math.Round(ny))-(b.Min.Y+b.Max.Y)/2
			p.Words[i].Box = b.Add(image.Pt(dx, dy))
		}
	}
	setBaselines(p.Words)
}

// measureSkew is the median slope, in degrees (positive: lines fall to
// the right, y growing down), of the lines with at least three words,
// each fitted by least squares through its words' bottom centres.
func measureSkew(words []Word) float64 {
	var slopes []float64
	for _, line := range byLine(words) {
		if len(line) < 3 {
			continue
		}
		var sx, sy, sxx, sxy float64
		for _, w := range line {
			x, y := float64(w.Box.Min.X+w.Box.Max.X)/2, float64(w.Box.Max.Y)
			sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
		}
		n := float64(len(line))
		den := n*sxx - sx*sx
		if den <= 0 {
			continue
		}
		slopes = append(slopes, math.Atan((n*sxy-sx*sy)/den)*180/math.Pi)
	}
	if len(slopes) < 3 {
		return 0
	}
	slices.Sort(slopes)
	return slopes[len(slopes)/2]
}

// setBaselines gives the words of each line their line's baseline: the
// lower quartile of the words' bottoms (y grows down), since words without
// descenders or brackets end on the baseline and the others below it. A
// word whose bottom is far from it (more than baselineTol of the line's
// median word height) keeps its own: Tesseract sometimes makes one line of
// a hanging item number and the text beside the next line.
func setBaselines(words []Word) {
	for _, line := range byLine(words) {
		bottoms := make([]int, len(line))
		heights := make([]int, len(line))
		for i, w := range line {
			bottoms[i], heights[i] = w.Box.Max.Y, w.Box.Dy()
		}
		slices.Sort(bottoms)
		slices.Sort(heights)
		base, tol := bottoms[len(bottoms)/4], baselineTol*float64(heights[len(heights)/2])
		for _, w := range line {
			w.Baseline = base
			if math.Abs(float64(w.Box.Max.Y-base)) > tol {
				w.Baseline = w.Box.Max.Y
			}
		}
	}
}

// baselineTol is how far below or above its line's baseline a word's
// bottom may lie and still sit on it, in word heights: descenders reach
// about a quarter of a word's height below.
const baselineTol = 0.4

// byLine groups pointers to the words by their line, in order.
func byLine(words []Word) [][]*Word {
	var lines [][]*Word
	last := -1
	for i := range words {
		if words[i].Line != last || len(lines) == 0 {
			lines = append(lines, nil)
			last = words[i].Line
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], &words[i])
	}
	return lines
}

// Turn returns img in grey, turned clockwise by 90, 180 or 270 degrees.
func Turn(img image.Image, degrees int) *image.Gray {
	b := img.Bounds()
	gray := Gray(img)
	w, h := b.Dx(), b.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	if degrees != 180 {
		out = image.NewGray(image.Rect(0, 0, h, w))
	}
	at := func(x, y int) uint8 { return gray.Pix[y*gray.Stride+x] }
	for dy := 0; dy < out.Rect.Dy(); dy++ {
		row := out.Pix[dy*out.Stride:]
		for dx := 0; dx < out.Rect.Dx(); dx++ {
			switch degrees {
			case 90:
				row[dx] = at(dy, h-1-dx)
			case 180:
				row[dx] = at(w-1-dx, h-1-dy)
			default: // 270
				row[dx] = at(w-1-dy, dx)
			}
		}
	}
	return out
}
