package pdf

// The content-stream interpreter: it runs a page's drawing operators far
// enough to know where every character lands. It tracks the graphics state
// (cm, q/Q), the text state (Tf, Tc, Tw, Tz, TL, Ts), the text and line
// matrices (BT, Tm, Td, TD, T*, ', "), the kerning numbers of TJ, and
// descends into Form XObjects (Do). Paths are followed only far enough to
// keep their straight lines (rulings.go); everything else — colours,
// images — is skipped. Glyphs come out in page coordinates: points, x to
// the right and y down from the top-left corner of the page as displayed
// (after /Rotate).

import (
	"errors"
	"math"
	"strings"
)

// A matrix is a PDF transformation [a b c d e f]: x' = a x + c y + e,
// y' = b x + d y + f.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// apply maps a point.
func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// A pdfGlyph is one character drawn on the page.
type pdfGlyph struct {
	text   string
	x, y   float64 // start of its baseline, page coordinates (y down)
	w      float64 // its advance along the baseline, in points
	size   float64 // the font size as drawn, in points
	angle  int16   // the baseline's angle in whole degrees, counter-clockwise on the page as seen; 0 upright
	bold   bool
	space  bool // a space character (by its text, not its code)
	mapped bool // its text came from the font's mappings
}

// graphicsState is the part of the PDF graphics state that matters for
// text; q and Q save and restore it.
type graphicsState struct {
	ctm       matrix
	font      *pdfFont
	fontSize  float64
	charSpace float64
	wordSpace float64
	hScale    float64 // Tz / 100
	leading   float64
	rise      float64
}

// An interpreter runs the content streams of one page.
type interpreter struct {
	file     *pdfFile
	fonts    map[pdfRef]*pdfFont // fonts loaded for this file, by reference
	gs       graphicsState
	stack    []graphicsState
	tm, tlm  matrix
	glyphs   []pdfGlyph
	rulings  []ruling            // the lines drawn (rulings.go)
	path     []pathPoint         // the path under construction
	subpath  int                 // where its last subpath starts
	depth    int                 // Form XObject nesting
	marked   []markedContent     // the open BMC/BDC sequences, innermost last
	visiting map[*pdfStream]bool // forms being drawn, to break cycles
	err      error               // the first problem met, for a warning
	spare    *contentScanner     // a scanner no stream is being read with, for the next one
}

// A markedContent is an open marked-content sequence. One with
// /ActualText replaces the text of the glyphs inside it: producers use it
// for ligatures and other glyphs whose font maps them to nothing useful.
type markedContent struct {
	actualText string
	hasText    bool // the sequence carries /ActualText
	used       bool // its text has been given to a glyph
	first      int  // that glyph's index
}

// maxGlyphsPerPage bounds the glyphs kept for one page.
const maxGlyphsPerPage = 1 << 20

// maxFormDepth bounds Form XObject nesting.
const maxFormDepth = 16

var errTooManyGlyphs = errors.New("more than a million characters on the page; the rest were skipped")

// pageMatrix maps the page's user space to page coordinates: the crop box
// moved to the origin, turned by /Rotate, y pointing down.
func pageMatrix(p pdfPage) matrix {
	llx, lly, urx, ury := p.box[0], p.box[1], p.box[2], p.box[3]
	switch p.rotate {
	case 90:
		return matrix{0, 1, 1, 0, -lly, -llx}
	case 180:
		return matrix{-1, 0, 0, 1, urx, -lly}
	case 270:
		return matrix{0, -1, -1, 0, ury, urx}
	}
	return matrix{1, 0, 0, -1, -llx, ury}
}

// run interprets a content stream with its resources.
func (in *interpreter) run(content []byte, resources pdfDict) {
	// The page's content takes the spare scanner; a form drawn from it
	// (drawXObject), met while that one is busy, takes a new one.
	sc := in.spare
	if sc == nil {
		sc = newContentScanner(content)
	} else {
		sc.reset(content)
	}
	in.spare = nil
	defer func() { in.spare = sc }()
	for {
		op, operands, ok := sc.next()
		if !ok {
			return
		}
		if op == "BI" {
			skipInlineImage(&sc.lx)
		} else {
			in.do(op, operands, resources)
		}
		if len(in.glyphs) >= maxGlyphsPerPage {
			in.err = errTooManyGlyphs
			return
		}
	}
}

// skipInlineImage moves past an inline image's dictionary and data, to
// just after its EI. The data is binary and may hold anything, so EI
// counts only between white space.
func skipInlineImage(lx *pdfLexer) {
	for {
		kind, v := lx.next()
		if kind == tokEOF || v == pdfKeyword("ID") {
			break
		}
	}
	lx.pos++ // the single white-space byte after ID
	for i := lx.pos; i+1 < len(lx.data); i++ {
		if lx.data[i] == 'E' && lx.data[i+1] == 'I' && (i == 0 || isPDFSpace(lx.data[i-1])) &&
			(i+2 >= len(lx.data) || isPDFSpace(lx.data[i+2])) {
			lx.pos = i + 2
			return
		}
	}
	lx.pos = len(lx.data)
}

// nums reads the last n numeric operands (n is at most 6); ok is false
// if there are fewer or they are not numbers.
func nums(operands []operand, n int) (v [6]float64, ok bool) {
	if len(operands) < n {
		return v, false
	}
	for i, o := range operands[len(operands)-n:] {
		if o.kind != opNumber || math.IsNaN(o.num) || math.IsInf(o.num, 0) {
			return v, false
		}
		v[i] = o.num
	}
	return v, true
}

// num1 reads one numeric operand.
func num1(operands []operand) (float64, bool) {
	v, ok := nums(operands, 1)
	return v[0], ok
}

// lastName returns the last operand if it is a name.
func lastName(operands []operand) (pdfName, bool) {
	if len(operands) == 0 || operands[len(operands)-1].kind != opName {
		return "", false
	}
	return pdfName(operands[len(operands)-1].bytes), true
}

// formMatrix reads a form's /Matrix: the last six entries of the array,
// all numbers.
func formMatrix(arr pdfArray) (matrix, bool) {
	var m matrix
	if len(arr) < 6 {
		return m, false
	}
	for i, v := range arr[len(arr)-6:] {
		switch x := v.(type) {
		case int64:
			m[i] = float64(x)
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return m, false
			}
			m[i] = x
		default:
			return m, false
		}
	}
	return m, true
}

// do runs one operator.
func (in *interpreter) do(op string, operands []operand, resources pdfDict) {
	switch op {
	case "q":
		if len(in.stack) < 256 {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if m, ok := nums(operands, 6); ok {
			in.gs.ctm = matrix(m).mul(in.gs.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tf":
		in.setFont(operands, resources)
	case "Tc", "Tw", "Tz", "TL", "Ts":
		in.setTextState(op, operands)
	case "Td", "TD", "Tm", "T*":
		in.moveText(op, operands)
	case "Tj", "'", "\"", "TJ":
		in.showText(op, operands)
	case "Do":
		in.drawXObject(operands, resources)
	case "BMC", "BDC":
		in.beginMarked(op, operands, resources)
	case "EMC":
		if n := len(in.marked); n > 0 {
			in.marked = in.marked[:n-1]
		}
	default:
		in.pathOp(op, operands)
	}
}

// beginMarked opens a marked-content sequence, noting its /ActualText.
func (in *interpreter) beginMarked(op string, operands []operand, resources pdfDict) {
	mc := markedContent{}
	if op == "BDC" && len(operands) > 0 {
		props := operands[len(operands)-1].dict
		if name, ok := lastName(operands); ok {
			props = in.file.dictOf(in.file.dictOf(resources["Properties"])[name])
		}
		if t, ok := in.file.resolve(props["ActualText"]).(pdfString); ok {
			mc.actualText, mc.hasText = cleanGlyphText(textString(t)), true
		}
	}
	if len(in.marked) < 256 {
		in.marked = append(in.marked, mc)
	}
}

// actualText returns the innermost open /ActualText span, or nil.
func (in *interpreter) actualText() *markedContent {
	for i := len(in.marked) - 1; i >= 0; i-- {
		if in.marked[i].hasText {
			return &in.marked[i]
		}
	}
	return nil
}

// textString decodes a PDF text string: UTF-16BE after a byte-order mark,
// UTF-8 after its mark, else PDFDocEncoding (Latin-1 at its core).
func textString(s pdfString) string {
	switch {
	case len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF:
		units := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			units = append(units, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return utf16Text(units)
	case len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF:
		return strings.ToValidUTF8(string(s[3:]), "")
	}
	runes := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		runes[i] = pdfDocRune(s[i])
	}
	return string(runes)
}

// pdfDocRune decodes one byte of PDFDocEncoding: Latin-1 except for the
// accents at 0x18-0x1F and the punctuation at 0x80-0xA0.
func pdfDocRune(c byte) rune {
	switch {
	case c >= 0x18 && c <= 0x1F:
		return []rune("˘ˇˆ˙˝˛˚˜")[c-0x18]
	case c >= 0x80 && c <= 0x9E:
		return []rune("•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž")[c-0x80]
	case c == 0xA0:
		return '€'
	}
	return rune(c)
}

// setFont handles Tf: a font resource and a size.
func (in *interpreter) setFont(operands []operand, resources pdfDict) {
	if len(operands) < 2 {
		return
	}
	name, _ := lastName(operands[:len(operands)-1])
	size, ok := num1(operands)
	if !ok {
		return
	}
	in.gs.fontSize = size
	ref := in.file.dictOf(resources["Font"])[name]
	key, isRef := ref.(pdfRef)
	if !isRef {
		in.gs.font = in.file.loadFont(ref) // a direct dictionary: rare, and not shared
		return
	}
	font, ok := in.fonts[key]
	if !ok {
		font = in.file.loadFont(ref)
		in.fonts[key] = font
	}
	in.gs.font = font
}

// setTextState handles Tc, Tw, Tz, TL and Ts.
func (in *interpreter) setTextState(op string, operands []operand) {
	v, ok := num1(operands)
	if !ok {
		return
	}
	switch op {
	case "Tc":
		in.gs.charSpace = v
	case "Tw":
		in.gs.wordSpace = v
	case "Tz":
		in.gs.hScale = v / 100
	case "TL":
		in.gs.leading = v
	case "Ts":
		in.gs.rise = v
	}
}

// moveText handles Td, TD, Tm and T*.
func (in *interpreter) moveText(op string, operands []operand) {
	switch op {
	case "Tm":
		if m, ok := nums(operands, 6); ok {
			in.tm, in.tlm = matrix(m), matrix(m)
		}
	case "T*":
		in.nextLine(0, -in.gs.leading)
	default:
		if v, ok := nums(operands, 2); ok {
			if op == "TD" {
				in.gs.leading = -v[1]
			}
			in.nextLine(v[0], v[1])
		}
	}
}

// nextLine moves to the start of the next line, offset by (tx, ty).
func (in *interpreter) nextLine(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
}

// showText handles Tj, TJ, ' and ".
func (in *interpreter) showText(op string, operands []operand) {
	if len(operands) == 0 {
		return
	}
	switch op {
	case "'":
		in.nextLine(0, -in.gs.leading)
	case "\"":
		if v, ok := nums(operands[:len(operands)-1], 2); ok {
			in.gs.wordSpace, in.gs.charSpace = v[0], v[1]
		}
		in.nextLine(0, -in.gs.leading)
	}
	if in.gs.font == nil {
		return
	}
	frame := in.textFrame()
	switch arg := operands[len(operands)-1]; arg.kind {
	case opString:
		in.showString(arg.bytes, frame)
	case opArray:
		for _, item := range arg.elems {
			switch item.kind {
			case opString:
				in.showString(item.bytes, frame)
			case opNumber:
				in.kern(item.num)
			}
		}
	}
}

// kern moves the text position by a TJ number, in thousandths of the font
// size, negative to the right.
func (in *interpreter) kern(k float64) {
	tx := -k / 1000 * in.gs.fontSize * in.gs.hScale
	in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
}

// A textFrame is the scale and turn of the text as drawn on the page.
// The numbers of a TJ array only move the text along its baseline, so
// one frame serves all of its strings.
type textFrame struct {
	xLen  float64 // the page length of one glyph-width unit
	size  float64 // the font size as drawn
	angle int16   // the baseline's angle
}

// textFrame works out the frame of the current text matrix, font and
// size; the font must be set.
func (in *interpreter) textFrame() textFrame {
	gs := &in.gs
	m := in.tm.mul(gs.ctm)
	f := textFrame{
		xLen:  math.Hypot(m[0], m[1]) * gs.fontSize * gs.hScale,
		size:  math.Hypot(m[2], m[3]) * math.Abs(gs.fontSize) * gs.font.sizeScale,
		angle: baselineAngle(m),
	}
	if gs.fontSize < 0 {
		f.angle = (f.angle + 180) % 360 // a negative size turns the glyphs over
	}
	return f
}

// showString draws the glyphs of one string in the given frame, advancing
// the text matrix. Within one string only the horizontal offset changes
// from glyph to glyph, so the text-to-page matrix is worked out once.
func (in *interpreter) showString(s []byte, frame textFrame) {
	font, gs := in.gs.font, &in.gs
	m := in.tm.mul(gs.ctm)
	xLen, size, angle := frame.xLen, frame.size, frame.angle
	tx := 0.0
	actual := in.actualText()
	font.decode(s, func(g fontGlyph) {
		x, y := m.apply(tx, gs.rise)
		w := g.width * math.Abs(xLen)
		switch {
		case actual != nil && actual.used && actual.first < len(in.glyphs):
			// Later glyphs of an /ActualText span widen its first glyph,
			// which carries the span's whole text.
			first := &in.glyphs[actual.first]
			first.w = max(first.w, x+w-first.x)
		case len(in.glyphs) < maxGlyphsPerPage:
			if actual != nil {
				g.text, g.mapped = actual.actualText, true
				actual.used, actual.first = true, len(in.glyphs)
			}
			in.glyphs = append(in.glyphs, pdfGlyph{
				text: g.text, x: x, y: y, w: w, size: size,
				angle: angle, bold: font.bold, space: g.text == " ", mapped: g.mapped,
			})
		}
		advance := g.width*gs.fontSize + gs.charSpace
		if g.space {
			advance += gs.wordSpace
		}
		tx += advance * gs.hScale
	})
	in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
}

// baselineAngle returns the angle of the baseline on the page in whole
// degrees, 0 to 359, counter-clockwise as a person sees it (page y points
// down, hence the minus).
func baselineAngle(trm matrix) int16 {
	deg := math.Round(math.Atan2(-trm[1], trm[0]) * 180 / math.Pi)
	if math.IsNaN(deg) {
		return 0
	}
	return int16((int(deg)%360 + 360) % 360)
}

// drawXObject handles Do: a Form XObject is interpreted with its own
// resources and matrix; images are skipped.
func (in *interpreter) drawXObject(operands []operand, resources pdfDict) {
	if len(operands) == 0 {
		return
	}
	name, _ := lastName(operands)
	form, ok := in.file.resolve(in.file.dictOf(resources["XObject"])[name]).(*pdfStream)
	if !ok || in.file.nameOf(form.dict["Subtype"]) != "Form" || in.visiting[form] || in.depth >= maxFormDepth {
		return
	}
	content, err := decodeStream(form)
	if err != nil && in.err == nil {
		in.err = err
	}
	formResources := in.file.dictOf(form.dict["Resources"])
	if formResources == nil {
		formResources = resources
	}
	saved, savedStack, savedTM, savedTLM := in.gs, len(in.stack), in.tm, in.tlm
	if m, ok := formMatrix(in.file.arrayOf(form.dict["Matrix"])); ok {
		in.gs.ctm = m.mul(in.gs.ctm)
	}
	in.visiting[form] = true
	in.depth++
	in.run(content, formResources)
	in.depth--
	delete(in.visiting, form)
	in.gs, in.tm, in.tlm = saved, savedTM, savedTLM
	if len(in.stack) > savedStack {
		in.stack = in.stack[:savedStack] // a form may not leave saved states behind
	}
}
