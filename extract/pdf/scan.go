package pdf

// Scanned pages: a page whose text is an image. ReadWith reads the text
// layer as Read does, then looks again at the pages with little or no
// text: one that draws an image over at least half of it is a scan, and
// its image goes to OCR (extract/ocr). The words OCR reads are laid out
// as glyphs are (layoutPage), so lines, columns and tables come out as
// from a text PDF, and the page's own text, if any, is set among them by
// position.

import (
	"cmp"
	"fmt"
	"image"
	"math"
	"slices"
	"strings"

	"minutes/document"
	"minutes/extract/ocr"
)

// Scans are told from text pages by these measures.
const (
	scanMaxText  = 200 // a page with more characters of text than this is a text page
	scanMinCover = 0.5 // a scan's image covers at least this share of the page

	ocrAscent        = 0.72 // the height of capitals and ascenders, in ems
	ocrSizeTolerance = 0.12 // measured line sizes this close to the page's are the page's
)

// ReadWith reads the PDF held in data as Read does, and hands each
// scanned page's image to r, which reads its words or says why not (a nil
// r reads none and leaves the pages as Read does). The pages read replace
// the warning "no text on this page" with r's own.
func ReadWith(data []byte, r *ocr.Reader) (doc *document.Document, err error) {
	doc, err = Read(data)
	if err != nil || r == nil {
		return doc, err
	}
	defer func() {
		// Read survived this file; the look at its images must not
		// lose what it read. The pages are changed only at the end.
		if e := recover(); e != nil {
			doc.Warnings = append(doc.Warnings, pdfWarning(0, fmt.Sprintf("the file's images could not be looked at (%v)", e)))
			err = nil
		}
	}()
	candidates := fewTextPages(doc)
	if len(candidates) == 0 {
		return doc, nil
	}
	f, err := openPDF(data)
	if err != nil {
		return doc, nil
	}
	r.SetLanguageHint(catalogLanguage(f))
	pages := f.pages()
	byPage := linesByPage(doc.Lines, len(pages))
	handled := map[int]bool{}
	for _, num := range candidates {
		if num < 1 || num > len(pages) {
			continue
		}
		lines, ok := scanPage(f, pages[num-1], num, byPage[num], r)
		if !ok {
			continue
		}
		handled[num] = true
		byPage[num] = lines
	}
	if len(handled) == 0 {
		return doc, nil
	}
	doc.Lines = doc.Lines[:0:0]
	for _, lines := range byPage {
		doc.Lines = append(doc.Lines, lines...)
	}
	kept := doc.Warnings[:0:0]
	for _, w := range doc.Warnings {
		if !(handled[w.Place.Page] && w.Message == noTextWarning) {
			kept = append(kept, w)
		}
	}
	doc.Warnings = append(kept, r.Warnings()...)
	slices.SortStableFunc(doc.Warnings, func(a, b document.Warning) int { return cmp.Compare(a.Place.Page, b.Place.Page) })
	doc.OCR = r.Report()
	return doc, nil
}

// pageScans reads the scanned pages of ReadPages one at a time, as they
// come, where ReadWith looks at them after the whole text layer.
type pageScans struct {
	r       *ocr.Reader
	hinted  bool         // r has been told the document's language
	handled map[int]bool // the pages r has read or said why not
}

// page returns the lines of page num: those given, or, when the page is
// a scan (at most scanMaxText characters under a page-sized image), the
// lines r read from it with them.
func (s *pageScans) page(f *pdfFile, p pdfPage, num int, lines []document.Line, doc *document.Document) (out []document.Line) {
	if s.r == nil || pageChars(lines) > scanMaxText {
		return lines
	}
	defer func() {
		if e := recover(); e != nil {
			doc.Warnings = append(doc.Warnings, pdfWarning(num, fmt.Sprintf("the page's images could not be looked at (%v)", e)))
			out = lines
		}
	}()
	if !s.hinted {
		s.r.SetLanguageHint(catalogLanguage(f))
		s.hinted = true
	}
	read, ok := scanPage(f, p, num, slices.Clone(lines), s.r)
	if !ok {
		return lines
	}
	if s.handled == nil {
		s.handled = map[int]bool{}
	}
	s.handled[num] = true
	return read
}

// finish gives doc the warnings and report of the scanned pages, in
// place of "no text on this page".
func (s *pageScans) finish(doc *document.Document) {
	if len(s.handled) == 0 {
		return
	}
	kept := doc.Warnings[:0:0]
	for _, w := range doc.Warnings {
		if !(s.handled[w.Place.Page] && w.Message == noTextWarning) {
			kept = append(kept, w)
		}
	}
	doc.Warnings = append(kept, s.r.Warnings()...)
	slices.SortStableFunc(doc.Warnings, func(a, b document.Warning) int { return cmp.Compare(a.Place.Page, b.Place.Page) })
	doc.OCR = s.r.Report()
}

// pageChars counts the characters of a page's lines, as fewTextPages does.
func pageChars(lines []document.Line) int {
	n := 0
	for _, l := range lines {
		n += len(strings.TrimSpace(l.Text))
	}
	return n
}

// noTextWarning is the warning of glyphWarnings for a page without text.
const noTextWarning = "no text on this page (a scanned image?)"

// fewTextPages lists the pages holding at most scanMaxText characters.
func fewTextPages(doc *document.Document) []int {
	chars := make([]int, doc.Pages+1)
	for _, l := range doc.Lines {
		if l.Page >= 1 && l.Page <= doc.Pages {
			chars[l.Page] += len(strings.TrimSpace(l.Text))
		}
	}
	var pages []int
	for p := 1; p <= doc.Pages; p++ {
		if chars[p] <= scanMaxText {
			pages = append(pages, p)
		}
	}
	return pages
}

// linesByPage splits lines by their page, 1 to n.
func linesByPage(lines []document.Line, n int) [][]document.Line {
	out := make([][]document.Line, n+1)
	for _, l := range lines {
		p := min(max(l.Page, 0), n)
		out[p] = append(out[p], l)
	}
	return out
}

// scanPage reads one page with little text. It reports false when the
// page is no scan (no image covers half of it), and otherwise returns the
// page's lines: its text lines and the lines OCR read, by position. A
// scan OCR could not read keeps its text lines, and r has said why.
func scanPage(f *pdfFile, p pdfPage, num int, textLines []document.Line, r *ocr.Reader) (lines []document.Line, scanned bool) {
	defer func() {
		if e := recover(); e != nil {
			r.NotRead(num, fmt.Sprintf("scanned page not read: its image is malformed (%v)", e))
			lines, scanned = textLines, true
		}
	}()
	pw, ph := pageSize(p)
	images := pageImages(f, p)
	largest, cover := -1, 0.0
	for i, im := range images {
		if a := im.area(); largest < 0 || a > images[largest].area() {
			largest = i
		}
		cover += clippedArea(im.box, pw, ph)
	}
	if largest < 0 || cover < scanMinCover*pw*ph {
		return nil, false
	}
	im := images[largest]
	if clippedArea(im.box, pw, ph) < scanMinCover*pw*ph {
		r.NotRead(num, fmt.Sprintf("scanned page not read: its image is made of %d pieces, and the page would have to be rendered to be read, which is not done here", len(images)))
		return textLines, true
	}
	gray, err := decodeImage(f, im.stream)
	if err != nil {
		r.NotRead(num, "scanned page not read: "+err.Error())
		return textLines, true
	}
	var img image.Image = gray
	if turns := quarterTurns(im.ctm); turns != 0 {
		img = ocr.Turn(gray, 90*turns)
	}
	dpi := float64(img.Bounds().Dx()) / ((im.box[2] - im.box[0]) / 72)
	page, ok := r.ReadPage(num, img, dpi)
	if !ok {
		return textLines, true
	}
	ocrLines := layoutOCR(page, num, im.box)
	return mergeByPosition(textLines, ocrLines), true
}

// pageSize is the page's width and height as displayed, in points.
func pageSize(p pdfPage) (w, h float64) {
	w, h = p.box[2]-p.box[0], p.box[3]-p.box[1]
	if p.rotate == 90 || p.rotate == 270 {
		w, h = h, w
	}
	return w, h
}

// clippedArea is the area of box inside the page.
func clippedArea(box [4]float64, pw, ph float64) float64 {
	w := min(box[2], pw) - max(box[0], 0)
	h := min(box[3], ph) - max(box[1], 0)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
}

// LayoutOCR lays out the words OCR read from a scanned image file at dpi
// pixels per inch, as the words of a PDF's page are: the lines of page
// num. Image files use it; PDFs map a page's words onto where its image
// lies.
func LayoutOCR(p *ocr.Page, num int, dpi float64) []document.Line {
	scale := 72 / dpi
	return layoutOCR(p, num, [4]float64{0, 0, float64(p.Size.X) * scale, float64(p.Size.Y) * scale})
}

// layoutOCR turns OCR's words into glyphs placed in box (the image's
// place on the page, in points) and lays them out with layoutPage. Each
// line then carries what OCR said of its words.
func layoutOCR(p *ocr.Page, num int, box [4]float64) []document.Line {
	if p.Size.X <= 0 || p.Size.Y <= 0 {
		return nil
	}
	sx, sy := (box[2]-box[0])/float64(p.Size.X), (box[3]-box[1])/float64(p.Size.Y)
	sizes := lineSizes(p.Words)
	glyphs := make([]pdfGlyph, 0, 2*len(p.Words))
	for i, w := range p.Words {
		g := pdfGlyph{
			text:   w.Text,
			x:      box[0] + float64(w.Box.Min.X)*sx,
			y:      box[1] + float64(w.Baseline)*sy,
			w:      float64(w.Box.Dx()) * sx,
			size:   math.Round(sizes[w.Line]*sy*2) / 2,
			bold:   w.Bold,
			mapped: true,
		}
		glyphs = append(glyphs, g)
		if i+1 < len(p.Words) && p.Words[i+1].Line == w.Line {
			// OCR read a space here: a glyph of its own, as a PDF
			// draws one, since every gap between whole words is a
			// word gap and measuring gaps cannot tell.
			space := g
			space.text, space.space, space.x, space.w = " ", true, g.x+g.w, 0
			glyphs = append(glyphs, space)
		}
	}
	lines := layoutPage(nil, glyphs, nil, num)
	conf := ocr.NewLineOCR(p.Words)
	for i := range lines {
		lines[i].OCR = conf.Line(lines[i].Text)
	}
	return lines
}

// lineSizes estimates each OCR line's font size in pixels: the median
// height of its words above their baseline (capitals and ascenders stand
// about 0.75 em high, descenders and brackets do not count), divided by
// ocrAscent. A line within ocrSizeTolerance of the page's median size is
// given that size: measured sizes are noisy, and only a line set clearly
// larger is a heading.
func lineSizes(words []ocr.Word) map[int]float64 {
	ascents := map[int][]int{}
	for _, w := range words {
		ascents[w.Line] = append(ascents[w.Line], w.Baseline-w.Box.Min.Y)
	}
	sizes := make(map[int]float64, len(ascents))
	all := make([]float64, 0, len(ascents))
	for line, as := range ascents {
		slices.Sort(as)
		sizes[line] = float64(as[len(as)/2]) / ocrAscent
		all = append(all, sizes[line])
	}
	if len(all) == 0 {
		return sizes
	}
	slices.Sort(all)
	body := all[len(all)/2]
	for line, size := range sizes {
		if math.Abs(size-body) < ocrSizeTolerance*body {
			sizes[line] = body
		}
	}
	return sizes
}

// mergeByPosition sets a page's text lines among its OCR lines by their
// baselines, and numbers them again.
func mergeByPosition(text, read []document.Line) []document.Line {
	out := append(append([]document.Line(nil), read...), text...)
	if len(text) > 0 {
		slices.SortStableFunc(out, func(a, b document.Line) int { return cmp.Compare(a.Y, b.Y) })
	}
	for i := range out {
		out[i].Num = i + 1
	}
	return out
}

// catalogLanguage is the document's declared language (the catalog's
// /Lang, "en-GB"), or "".
func catalogLanguage(f *pdfFile) string {
	root := f.dictOf(f.trailer["Root"])
	if s, ok := f.resolve(root["Lang"]).(pdfString); ok {
		return textString(s)
	}
	return ""
}
