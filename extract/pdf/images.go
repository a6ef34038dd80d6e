package pdf

// Images: where a page draws its image XObjects, and their pixels decoded
// to grey for OCR. A scanned page is a page-sized image, usually JPEG
// (DCTDecode), CCITT fax (black and white) or Flate-compressed samples;
// JBIG2 and JPEG 2000 have no decoder here, and say so.

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"math"

	"golang.org/x/image/ccitt"

	"minutes/extract/ocr"
)

// A placedImage is an image XObject as a page draws it.
type placedImage struct {
	stream *pdfStream
	ctm    matrix     // maps the image's unit square to page coordinates
	box    [4]float64 // its bounding box on the page: x0, y0, x1, y1 (y down)
}

// area is the image's area on the page, in square points.
func (im placedImage) area() float64 { return (im.box[2] - im.box[0]) * (im.box[3] - im.box[1]) }

// maxImagesPerPage bounds the images noted on one page.
const maxImagesPerPage = 1000

// pageImages lists the image XObjects a page draws, in drawing order,
// following the graphics state (q, Q, cm) into Form XObjects. Text and
// everything else is skipped; the text interpreter has read it already.
func pageImages(f *pdfFile, p pdfPage) []placedImage {
	content, _ := pageContent(nil, f, p.dict)
	s := &imageScan{file: f, visiting: map[*pdfStream]bool{}}
	s.run(content, p.resources, pageMatrix(p), 0)
	return s.images
}

// imageScan walks content streams for the images they draw.
type imageScan struct {
	file     *pdfFile
	images   []placedImage
	visiting map[*pdfStream]bool
}

// run scans one content stream, ctm being the matrix in force at its
// start.
func (s *imageScan) run(content []byte, resources pdfDict, ctm matrix, depth int) {
	lx := &pdfLexer{data: content, noRefs: true}
	var stack []matrix
	var operands []any
	for len(s.images) < maxImagesPerPage {
		obj, kind := lx.object(0)
		if kind == tokEOF {
			return
		}
		op, isOp := obj.(pdfKeyword)
		if kind != tokKeyword || !isOp {
			if len(operands) < 64 {
				operands = append(operands, obj)
			}
			continue
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, ctm)
			}
		case "Q":
			if n := len(stack); n > 0 {
				ctm, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if m, ok := objectNums(operands, 6); ok {
				ctm = matrix(m).mul(ctm)
			}
		case "BI":
			skipInlineImage(lx)
		case "Do":
			s.draw(operands, resources, ctm, depth)
		}
		operands = operands[:0]
	}
}

// draw notes an image, or scans a form.
func (s *imageScan) draw(operands []any, resources pdfDict, ctm matrix, depth int) {
	if len(operands) == 0 {
		return
	}
	name, _ := operands[len(operands)-1].(pdfName)
	x, ok := s.file.resolve(s.file.dictOf(resources["XObject"])[name]).(*pdfStream)
	if !ok {
		return
	}
	switch s.file.nameOf(x.dict["Subtype"]) {
	case "Image":
		s.images = append(s.images, placedImage{stream: x, ctm: ctm, box: unitSquareBox(ctm)})
	case "Form":
		if s.visiting[x] || depth >= maxFormDepth {
			return
		}
		content, _ := decodeStream(x)
		formResources := s.file.dictOf(x.dict["Resources"])
		if formResources == nil {
			formResources = resources
		}
		if m, ok := objectNums(s.file.arrayOf(x.dict["Matrix"]), 6); ok {
			ctm = matrix(m).mul(ctm)
		}
		s.visiting[x] = true
		s.run(content, formResources, ctm, depth+1)
		delete(s.visiting, x)
	}
}

// objectNums reads the last n (at most 6) of objs as numbers, as nums
// reads a content stream's operands.
func objectNums(objs []any, n int) (v [6]float64, ok bool) {
	if len(objs) < n {
		return v, false
	}
	for i, o := range objs[len(objs)-n:] {
		switch x := o.(type) {
		case int64:
			v[i] = float64(x)
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return v, false
			}
			v[i] = x
		default:
			return v, false
		}
	}
	return v, true
}

// readLimited reads rd to its end, up to maxStreamSize bytes.
func readLimited(rd io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(rd, maxStreamSize+1))
	if n > maxStreamSize {
		return buf.Bytes()[:maxStreamSize], errStreamTooLarge
	}
	return buf.Bytes(), err
}

// unitSquareBox is the bounding box of the unit square under m.
func unitSquareBox(m matrix) [4]float64 {
	box := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, c := range [][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		x, y := m.apply(c[0], c[1])
		box[0], box[1] = min(box[0], x), min(box[1], y)
		box[2], box[3] = max(box[2], x), max(box[3], y)
	}
	return box
}

// quarterTurns is how far, in clockwise quarter turns, an image is turned
// as the page shows it: from the direction its rows run on the page.
func quarterTurns(m matrix) int {
	ax, ay := m[0], m[1] // the image's x axis, on the page (y down)
	switch {
	case math.Abs(ax) >= math.Abs(ay) && ax >= 0:
		return 0
	case math.Abs(ax) >= math.Abs(ay):
		return 2
	case ay > 0:
		return 1
	}
	return 3
}

// maxImagePixels bounds the pixels of one image decoded for OCR: a page
// at 600 dpi on A3 paper is 70 million.
const maxImagePixels = 100 << 20

// errUndecodable marks an image whose filter has no decoder here.
var errUndecodable = errors.New("undecodable image")

// decodeImage decodes an image XObject to grey pixels, rows from the top
// as the image is stored (not yet turned as the page shows it).
func decodeImage(f *pdfFile, s *pdfStream) (*image.Gray, error) {
	w, h := f.intOf(s.dict["Width"]), f.intOf(s.dict["Height"])
	if w <= 0 || h <= 0 || w*h > maxImagePixels || w > 1<<16 || h > 1<<16 {
		return nil, fmt.Errorf("an image of %d × %d pixels", w, h)
	}
	filters, params := streamFilters(s.dict)
	data := s.raw
	for i, name := range filters {
		switch name {
		case "DCTDecode", "DCT":
			return decodeJPEG(data, w, h)
		case "CCITTFaxDecode", "CCF":
			samples, err := decodeCCITT(data, params[i], w, h)
			if err != nil {
				return nil, err
			}
			return samplesToGray(f, s.dict, samples, w, h, 1)
		case "JBIG2Decode":
			return nil, fmt.Errorf("%w: its image is JBIG2-compressed, which cannot be decoded here", errUndecodable)
		case "JPXDecode":
			return nil, fmt.Errorf("%w: its image is JPEG 2000 (JPXDecode), which cannot be decoded here", errUndecodable)
		}
		var err error
		data, err = applyFilter(name, data, params[i])
		if err != nil {
			return nil, fmt.Errorf("%w: its image's %s data could not be decoded (%v)", errUndecodable, name, err)
		}
	}
	bpc := f.intOf(s.dict["BitsPerComponent"])
	if s.dict["ImageMask"] == true {
		bpc = 1
	}
	return samplesToGray(f, s.dict, data, w, h, bpc)
}

// decodeJPEG decodes DCTDecode data, which is a JPEG file, to grey.
func decodeJPEG(data []byte, w, h int) (*image.Gray, error) {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: its JPEG image could not be decoded (%v)", errUndecodable, err)
	}
	if cfg.Width*cfg.Height > maxImagePixels {
		return nil, fmt.Errorf("a JPEG image of %d × %d pixels", cfg.Width, cfg.Height)
	}
	img, err := jpeg.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: its JPEG image could not be decoded (%v)", errUndecodable, err)
	}
	return ocr.Gray(img), nil
}

// decodeCCITT decodes CCITTFaxDecode data to one bit per sample, rows
// byte-aligned, 0 black, as a DeviceGray image of one bit stores them.
func decodeCCITT(data []byte, params pdfDict, w, h int) ([]byte, error) {
	k, _ := params["K"].(int64) // negative for Group 4: intParam takes no negative numbers
	if k > 0 {
		return nil, fmt.Errorf("%w: its image is CCITT Group 3 two-dimensional (K > 0), which cannot be decoded here", errUndecodable)
	}
	sf := ccitt.Group3
	if k < 0 {
		sf = ccitt.Group4
	}
	cols := intParam(params, "Columns", 1728)
	if cols != w {
		cols = w
	}
	rows := intParam(params, "Rows", h)
	if rows <= 0 || rows > h {
		rows = h
	}
	opts := &ccitt.Options{Align: params["EncodedByteAlign"] == true, Invert: params["BlackIs1"] == true}
	out, err := readLimited(ccitt.NewReader(bytes.NewReader(data), ccitt.MSB, sf, cols, rows, opts))
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("%w: its CCITT fax image could not be decoded (%v)", errUndecodable, err)
	}
	return out, nil
}

// samplesToGray turns an image's decoded samples into grey pixels by its
// colour space (DeviceGray, DeviceRGB, DeviceCMYK, CalGray, CalRGB,
// ICCBased by its number of components, Indexed over any of these),
// bits per component (1, 2, 4, 8, 16) and Decode array. An image mask
// paints its 0 samples black (or its 1 samples, with Decode [1 0]).
// Samples missing at the end are white.
func samplesToGray(f *pdfFile, d pdfDict, data []byte, w, h, bpc int) (*image.Gray, error) {
	switch bpc {
	case 1, 2, 4, 8, 16:
	default:
		return nil, fmt.Errorf("%w: its image has %d bits per component", errUndecodable, bpc)
	}
	space := colourSpaceOf(f, d)
	if d["ImageMask"] == true {
		space = colourSpace{n: 1}
	}
	if space.n == 0 {
		return nil, fmt.Errorf("%w: its image's colour space is not one read here", errUndecodable)
	}
	maxVal := float64(int(1)<<bpc - 1)
	decode := f.arrayOf(d["Decode"])
	lo, hi := make([]float64, space.n), make([]float64, space.n)
	for c := range space.n {
		lo[c], hi[c] = 0, 1
		if space.palette != nil {
			hi[c] = maxVal
		}
		if len(decode) >= 2*(c+1) {
			lo[c], hi[c] = f.num(decode[2*c]), f.num(decode[2*c+1])
		}
	}
	rowBits := w * space.n * bpc
	rowBytes := (rowBits + 7) / 8
	g := image.NewGray(image.Rect(0, 0, w, h))
	comps := make([]float64, space.n)
	for y := range h {
		row := data[min(len(data), y*rowBytes):min(len(data), (y+1)*rowBytes)]
		for x := range w {
			if len(row) < rowBytes {
				g.Pix[y*g.Stride+x] = 0xff
				continue
			}
			for c := range space.n {
				v := sample(row, (x*space.n+c)*bpc, bpc)
				comps[c] = lo[c] + float64(v)*(hi[c]-lo[c])/maxVal
			}
			g.Pix[y*g.Stride+x] = space.gray(comps)
		}
	}
	return g, nil
}

// sample reads the sample of bpc bits starting at bit off of row.
func sample(row []byte, off, bpc int) int {
	switch bpc {
	case 8:
		return int(row[off/8])
	case 16:
		return int(row[off/8])<<8 | int(row[off/8+1])
	}
	b := row[off/8]
	shift := 8 - bpc - off%8
	return int(b>>shift) & (1<<bpc - 1)
}

// A colourSpace is what an image's samples mean, as far as grey goes.
type colourSpace struct {
	n       int          // components per sample
	cmyk    bool         // four components are CMYK (else n gives grey or RGB)
	palette []color.Gray // an Indexed space's colours, by index
}

// gray converts one sample's components (each 0 to 1, or an index) to a
// grey level.
func (cs colourSpace) gray(c []float64) uint8 {
	if cs.palette != nil {
		i := int(c[0] + 0.5)
		if i < 0 || i >= len(cs.palette) {
			return 0xff
		}
		return cs.palette[i].Y
	}
	return grayOf(c, cs.cmyk)
}

// grayOf converts components of grey (1), RGB (3) or CMYK (4) to a grey
// level, as luminance.
func grayOf(c []float64, cmyk bool) uint8 {
	var y float64
	switch {
	case len(c) == 3:
		y = 0.299*c[0] + 0.587*c[1] + 0.114*c[2]
	case len(c) == 4 && cmyk:
		k := c[3]
		y = (1 - min(1, 0.299*c[0]+0.587*c[1]+0.114*c[2]+k))
	default:
		y = c[0]
	}
	return uint8(math.Round(max(0, min(1, y)) * 255))
}

// colourSpaceOf reads an image's /ColorSpace: a name, an ICC profile
// (its /N components), a calibrated space, or an Indexed palette. A zero
// colourSpace means the space is not one read here (Lab, Separation,
// DeviceN, Pattern).
func colourSpaceOf(f *pdfFile, d pdfDict) colourSpace {
	return colourSpaceFrom(f, f.resolve(d["ColorSpace"]), 0)
}

func colourSpaceFrom(f *pdfFile, cs any, depth int) colourSpace {
	if depth > 4 {
		return colourSpace{}
	}
	switch v := cs.(type) {
	case nil:
		return colourSpace{n: 1} // an image mask or a JPEG's own
	case pdfName:
		switch v {
		case "DeviceGray", "G", "CalGray":
			return colourSpace{n: 1}
		case "DeviceRGB", "RGB", "CalRGB":
			return colourSpace{n: 3}
		case "DeviceCMYK", "CMYK":
			return colourSpace{n: 4, cmyk: true}
		}
	case pdfArray:
		if len(v) == 0 {
			return colourSpace{}
		}
		switch f.nameOf(v[0]) {
		case "CalGray", "DeviceGray":
			return colourSpace{n: 1}
		case "CalRGB", "DeviceRGB":
			return colourSpace{n: 3}
		case "ICCBased":
			if len(v) > 1 {
				if s, ok := f.resolve(v[1]).(*pdfStream); ok {
					switch f.intOf(s.dict["N"]) {
					case 1:
						return colourSpace{n: 1}
					case 3:
						return colourSpace{n: 3}
					case 4:
						return colourSpace{n: 4, cmyk: true}
					}
				}
			}
		case "Indexed", "I":
			if len(v) == 4 {
				return indexedSpace(f, v, depth)
			}
		}
	}
	return colourSpace{}
}

// indexedSpace reads [/Indexed base hival lookup] into a grey palette.
func indexedSpace(f *pdfFile, v pdfArray, depth int) colourSpace {
	base := colourSpaceFrom(f, f.resolve(v[1]), depth+1)
	hival := f.intOf(v[2])
	if base.n == 0 || base.palette != nil || hival < 0 || hival > 255 {
		return colourSpace{}
	}
	var lookup []byte
	switch t := f.resolve(v[3]).(type) {
	case pdfString:
		lookup = []byte(t)
	case *pdfStream:
		lookup, _ = decodeStream(t)
	}
	palette := make([]color.Gray, hival+1)
	comps := make([]float64, base.n)
	for i := range palette {
		palette[i] = color.Gray{Y: 0xff}
		if (i+1)*base.n > len(lookup) {
			continue
		}
		for c := range base.n {
			comps[c] = float64(lookup[i*base.n+c]) / 255
		}
		palette[i] = color.Gray{Y: grayOf(comps, base.cmyk)}
	}
	return colourSpace{n: 1, palette: palette}
}
