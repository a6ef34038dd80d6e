package pdf

// Fonts: how the bytes of a shown string become glyphs with text and
// widths. Simple fonts (Type1, TrueType, Type3) have one-byte codes, an
// encoding that names each code's glyph, and /Widths; composite fonts
// (Type0) cut strings into codes with a CMap (Identity-H: two bytes),
// map codes to CIDs, and give widths per CID in /W. In both, a ToUnicode
// CMap, when present and sane, says what text each code stands for.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A fontGlyph is one decoded character code.
type fontGlyph struct {
	text   string  // the Unicode text it stands for; "" if unknown
	width  float64 // advance in text space units (1 = the font size)
	space  bool    // the one-byte code 32, to which word spacing (Tw) applies
	mapped bool    // text came from a mapping rather than a guess
}

// A pdfFont is a font resource made ready for extraction.
type pdfFont struct {
	name      string // BaseFont without its subset tag
	bold      bool
	sizeScale float64 // how much larger glyphs are than the font size says (Type3 font matrices)
	composite bool
	toUnicode *cmap

	// Simple fonts: per code.
	text   [256]string
	known  [256]bool
	widths [256]float64

	// Composite fonts.
	encCMap      *cmap // nil: Identity, two-byte codes equal to CIDs
	unicodeCodes bool  // a predefined UCS-2/UTF-16 CMap: codes are Unicode
	cidWidths    map[int]float64
	defaultWidth float64
	program      *trueType // the embedded TrueType program, for glyph names
	loadProgram  func()    // reads program on first need; nil once done
	cidToGID     []byte    // a CIDToGIDMap stream (two bytes a CID); nil: identity
	cache        glyphCache
}

// loadFont reads a font dictionary. It never fails: a font that cannot be
// understood yields glyphs with no text, which the caller counts.
func (f *pdfFile) loadFont(obj any) *pdfFont {
	d := f.dictOf(obj)
	font := &pdfFont{name: stripSubsetTag(string(f.nameOf(d["BaseFont"]))), sizeScale: 1}
	if tu, ok := f.resolve(d["ToUnicode"]).(*pdfStream); ok {
		if data, _ := decodeStream(tu); len(data) > 0 {
			font.toUnicode = parseCMap(data)
		}
	}
	if f.nameOf(d["Subtype"]) == "Type0" {
		f.loadCompositeFont(font, d)
	} else {
		f.loadSimpleFont(font, d)
	}
	return font
}

// isBoldFont decides boldness from the font's name and descriptor.
func (f *pdfFile) isBoldFont(name string, desc pdfDict) bool {
	lower := strings.ToLower(name)
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demi", "extrab", ",bd", "-bd"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	const forceBold = 1 << 18
	flags := f.intOf(desc["Flags"])
	return f.num(desc["FontWeight"]) >= 600 || (flags > 0 && flags&forceBold != 0)
}

// loadSimpleFont fills the per-code tables of a Type1, TrueType or Type3
// font.
func (f *pdfFile) loadSimpleFont(font *pdfFont, d pdfDict) {
	desc := f.dictOf(d["FontDescriptor"])
	font.bold = f.isBoldFont(font.name, desc)
	names := f.simpleEncoding(d, desc, font.name)
	std := standardFont(font.name)
	scale := 0.001
	if f.nameOf(d["Subtype"]) == "Type3" {
		if m := f.arrayOf(d["FontMatrix"]); len(m) == 6 && f.num(m[0]) != 0 {
			scale = abs64(f.num(m[0]))
			if h := abs64(f.num(m[3])) * 1000; h > 0 {
				font.sizeScale = h
			}
		}
	}
	first := f.intOf(d["FirstChar"])
	widths := f.arrayOf(d["Widths"])
	missing := f.num(desc["MissingWidth"])
	_, encoded := d["Encoding"]
	var program *trueType
	if !encoded && hasIdentityEntries(font.toUnicode) {
		// Only then can the program correct anything (see secondOpinion);
		// decompressing every embedded font would cost more than the rest
		// of the page.
		program = f.trueTypeProgram(desc)
	}
	for c := 0; c < 256; c++ {
		var fromToUnicode bool
		font.text[c], fromToUnicode = simpleCodeText(font.toUnicode, names[c], c)
		font.known[c] = font.text[c] != "" || fromToUnicode
		w := 0.0
		if i := c - first; first >= 0 && i >= 0 && i < len(widths) {
			w = f.num(widths[i])
		}
		if w <= 0 && std != nil {
			w = std.widthByName[names[c]]
		}
		if w <= 0 {
			w = missing
		}
		if w <= 0 && len(widths) == 0 && std == nil {
			w = 500 // no metrics at all: an average glyph
		}
		font.widths[c] = w * scale
		if program != nil {
			font.text[c] = program.secondOpinion(c, font.text[c], fromToUnicode, encoded, w)
		}
		font.text[c] = symbolText(font.text[c], font.name, c)
	}
}

// trueTypeProgram parses the embedded TrueType program of a descriptor,
// or returns nil.
func (f *pdfFile) trueTypeProgram(desc pdfDict) *trueType {
	stm, ok := f.resolve(desc["FontFile2"]).(*pdfStream)
	if !ok {
		return nil
	}
	data, _ := decodeStream(stm)
	tt, ok := parseTrueType(data)
	if !ok {
		return nil
	}
	return tt
}

// simpleCodeText returns the text of one code of a simple font: the
// ToUnicode entry when it is sane, else the glyph name's text. It
// reports whether the text came from ToUnicode.
func simpleCodeText(tu *cmap, glyphName string, code int) (string, bool) {
	fromName := cleanGlyphText(glyphText(glyphName))
	if tu != nil {
		if t, ok := tu.toText(charCode{value: uint32(code), n: 1}); ok {
			if t = cleanGlyphText(t); t != "" || fromName == "" {
				return t, true
			}
		}
	}
	return fromName, false
}

// cleanGlyphText makes a glyph's text fit for output: ligatures are
// expanded, a no-break space becomes a space, a soft hyphen (drawn, so
// visible) a hyphen, and control characters and U+FFFD are dropped.
func cleanGlyphText(t string) string {
	if t == "" {
		return ""
	}
	var b strings.Builder
	for _, r := range t {
		switch {
		case r == 0xA0:
			b.WriteByte(' ')
		case r == 0xAD:
			b.WriteByte('-')
		case r >= 0xFB00 && r <= 0xFB06:
			b.WriteString(ligatures[r-0xFB00])
		case r == unicode.ReplacementChar || unicode.IsControl(r) && r != '\t':
		case r == '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// symbolText turns what symbol fonts draw into the characters a person
// sees. Microsoft's symbol fonts put their glyphs at U+F020–U+F0FF in the
// Private Use Area, and ToUnicode maps often say so: for the Symbol font
// those are its own encoding's glyphs (U+F0B7 is its bullet), for
// Wingdings a table of its list bullets. A Wingdings code with no such
// mapping (code ≥ 0) goes through the same table.
func symbolText(text, fontName string, code int) string {
	wingdings := strings.Contains(strings.ToLower(fontName), "wingdings")
	if r, n := utf8.DecodeRuneInString(text); n == len(text) && r >= 0xF020 && r <= 0xF0FF {
		code = int(r - 0xF000)
	} else if !wingdings || code < 0 {
		return text
	}
	if wingdings {
		if t, ok := wingdingsBullets[byte(code)]; ok {
			return t
		}
		return text
	}
	if t := glyphText(std14ByName("Symbol").builtin[code]); t != "" {
		return t
	}
	return text
}

// wingdingsBullets are the Wingdings glyphs word processors use as list
// bullets, by code.
var wingdingsBullets = map[byte]string{
	0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0x77: "⬥",
	0x9F: "•", 0xA7: "▪", 0xA8: "◻", 0xD8: "➢", 0xE8: "➔", 0xF0: "⇨", 0xFC: "✓", 0xFB: "✗", 0xFE: "☑",
}

// ligatures are the expansions of U+FB00 to U+FB06.
var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

// simpleEncoding returns the glyph name of each code: the base encoding
// (named, the font program's own, or the standard default) patched by
// /Differences.
func (f *pdfFile) simpleEncoding(d, desc pdfDict, name string) [256]string {
	var names [256]string
	var base *glyphEncoding
	var diffs pdfArray
	switch enc := f.resolve(d["Encoding"]).(type) {
	case pdfName:
		base = namedEncoding(enc)
	case pdfDict:
		base = namedEncoding(f.nameOf(enc["BaseEncoding"]))
		diffs = f.arrayOf(enc["Differences"])
	}
	if base == nil {
		base = f.defaultEncoding(d, desc, name) // may read the font program: only when needed
	}
	if base != nil {
		names = *base
	}
	code := 0
	for _, x := range diffs {
		switch v := f.resolve(x).(type) {
		case int64:
			code = int(v)
		case float64:
			code = int(v)
		case pdfName:
			if code >= 0 && code < 256 {
				names[code] = string(v)
			}
			code++
		}
	}
	return names
}

// defaultEncoding is the encoding a simple font has without /Encoding:
// an embedded Type1 or CFF program's own, Symbol's and ZapfDingbats'
// built-in ones, and otherwise the standard encoding (WinAnsi for
// TrueType, which is what producers of TrueType fonts assume).
func (f *pdfFile) defaultEncoding(d, desc pdfDict, name string) *glyphEncoding {
	if prog, ok := f.resolve(desc["FontFile"]).(*pdfStream); ok {
		if e := type1Encoding(prog); e != nil {
			return e
		}
	}
	if prog, ok := f.resolve(desc["FontFile3"]).(*pdfStream); ok && f.nameOf(prog.dict["Subtype"]) == "Type1C" {
		data, _ := decodeStream(prog)
		if e := cffEncoding(data); e != nil {
			return e
		}
	}
	if s := std14Name(name); s == "Symbol" || s == "ZapfDingbats" {
		return (*glyphEncoding)(&std14ByName(s).builtin)
	}
	if f.nameOf(d["Subtype"]) == "TrueType" {
		return namedEncoding("WinAnsiEncoding")
	}
	return namedEncoding("StandardEncoding")
}

// type1Encoding reads the built-in encoding of an embedded Type1 program
// from its clear-text part: "dup 65 /A put" entries, or StandardEncoding.
func type1Encoding(prog *pdfStream) *glyphEncoding {
	data, _ := decodeStream(prog)
	if i := bytes.Index(data, []byte("eexec")); i >= 0 {
		data = data[:i]
	}
	i := bytes.Index(data, []byte("/Encoding"))
	if i < 0 {
		return nil
	}
	lx := &pdfLexer{data: data[i+len("/Encoding"):], noRefs: true}
	if _, v := lx.next(); v == pdfKeyword("StandardEncoding") {
		return namedEncoding("StandardEncoding")
	}
	var e glyphEncoding
	found := false
	var prev [3]any
	for {
		kind, v := lx.next()
		if kind == tokEOF || v == pdfKeyword("readonly") || v == pdfKeyword("def") {
			break
		}
		if v == pdfKeyword("put") && prev[0] == pdfKeyword("dup") {
			code, ok1 := prev[1].(int64)
			name, ok2 := prev[2].(pdfName)
			if ok1 && ok2 && code >= 0 && code < 256 {
				e[code] = string(name)
				found = true
			}
		}
		prev = [3]any{prev[1], prev[2], v}
	}
	if !found {
		return nil
	}
	return &e
}

// loadCompositeFont reads a Type0 font: its encoding CMap, its descendant
// CIDFont's widths, and its boldness.
func (f *pdfFile) loadCompositeFont(font *pdfFont, d pdfDict) {
	font.composite = true
	desc := f.dictOf(f.arrayOf(d["DescendantFonts"]).index(0))
	if font.name == "" {
		font.name = stripSubsetTag(string(f.nameOf(desc["BaseFont"])))
	}
	font.bold = f.isBoldFont(font.name, f.dictOf(desc["FontDescriptor"]))
	switch enc := f.resolve(d["Encoding"]).(type) {
	case pdfName:
		s := string(enc)
		font.unicodeCodes = strings.Contains(s, "UCS2") || strings.Contains(s, "UTF16")
	case *pdfStream:
		if data, _ := decodeStream(enc); len(data) > 0 {
			font.encCMap = parseCMap(data)
		}
	}
	font.defaultWidth = 1.0
	if dw := f.num(desc["DW"]); dw > 0 {
		font.defaultWidth = dw / 1000
	}
	font.cidWidths = f.cidWidths(f.arrayOf(desc["W"]))
	// Glyph names are the fallback for codes the map leaves out or maps
	// to nothing (some producers write U+0000 for ligatures); the program
	// is read when the first such code turns up.
	fontDesc, cidToGID := f.dictOf(desc["FontDescriptor"]), desc["CIDToGIDMap"]
	font.loadProgram = func() {
		font.program = f.trueTypeProgram(fontDesc)
		if m, ok := f.resolve(cidToGID).(*pdfStream); ok {
			font.cidToGID, _ = decodeStream(m)
		}
	}
}

// hasIdentityEntries reports whether a ToUnicode map sends some ASCII
// code to the character with its own number, the pattern of the producers
// whose maps secondOpinion corrects.
func hasIdentityEntries(tu *cmap) bool {
	if tu == nil {
		return false
	}
	for c := 0x21; c < 0x80; c++ {
		if t, ok := tu.toText(charCode{value: uint32(c), n: 1}); ok && t == string(rune(c)) {
			return true
		}
	}
	return false
}

// glyphNameText returns the text of a CID's glyph by its name in the
// embedded TrueType program, or "".
func (font *pdfFont) glyphNameText(cid int) string {
	if font.loadProgram != nil {
		font.loadProgram()
		font.loadProgram = nil
	}
	if font.program == nil {
		return ""
	}
	gid := cid
	if font.cidToGID != nil {
		if 2*cid+1 >= len(font.cidToGID) {
			return ""
		}
		gid = int(font.cidToGID[2*cid])<<8 | int(font.cidToGID[2*cid+1])
	}
	return cleanGlyphText(glyphText(font.program.glyphName(gid)))
}

// index returns the i-th element or nil.
func (a pdfArray) index(i int) any {
	if i >= 0 && i < len(a) {
		return a[i]
	}
	return nil
}

// cidWidths reads a /W array: "c [w1 w2 ...]" and "cfirst clast w".
func (f *pdfFile) cidWidths(w pdfArray) map[int]float64 {
	widths := map[int]float64{}
	for i := 0; i < len(w); {
		first := f.intOf(w[i])
		if i+1 >= len(w) || first < 0 {
			break
		}
		if list, ok := f.resolve(w[i+1]).(pdfArray); ok {
			for j, x := range list {
				if len(widths) < maxCMapEntries {
					widths[first+j] = f.num(x) / 1000
				}
			}
			i += 2
			continue
		}
		if i+2 >= len(w) {
			break
		}
		last, width := f.intOf(w[i+1]), f.num(w[i+2])/1000
		for c := first; c <= last && c-first < maxCMapEntries && len(widths) < maxCMapEntries; c++ {
			widths[c] = width
		}
		i += 3
	}
	return widths
}

// decode splits a shown string into glyphs and calls emit for each.
func (font *pdfFont) decode(s []byte, emit func(fontGlyph)) {
	if !font.composite {
		for _, c := range s {
			emit(fontGlyph{text: font.text[c], width: font.widths[c], space: c == 32, mapped: font.known[c]})
		}
		return
	}
	for len(s) > 0 {
		code := font.nextCode(s)
		s = s[code.n:]
		emit(font.compositeGlyph(code))
	}
}

// nextCode cuts the next code of a composite font's string.
func (font *pdfFont) nextCode(s []byte) charCode {
	if font.encCMap != nil {
		return font.encCMap.nextCode(s, 2)
	}
	return makeCode(s[:min(2, len(s))])
}

// compositeGlyph decodes one code of a composite font, caching the result.
func (font *pdfFont) compositeGlyph(code charCode) fontGlyph {
	if g, ok := font.cache.get(code); ok {
		return g
	}
	cid := int(code.value)
	if font.encCMap != nil {
		if c, ok := font.encCMap.toCID(code); ok {
			cid = c
		}
	}
	g := fontGlyph{width: font.defaultWidth, space: code.n == 1 && code.value == 32}
	if w, ok := font.cidWidths[cid]; ok {
		g.width = w
	}
	if font.toUnicode != nil {
		if t, ok := font.toUnicode.toText(code); ok {
			g.text, g.mapped = cleanGlyphText(t), true
		}
	}
	if !g.mapped && font.unicodeCodes {
		g.text, g.mapped = cleanGlyphText(string(rune(code.value))), true
	}
	if g.text == "" {
		if t := font.glyphNameText(cid); t != "" {
			g.text, g.mapped = t, true
		}
	}
	g.text = symbolText(g.text, font.name, -1)
	font.cache.put(code, g)
	return g
}

// A glyphCache remembers the decoded glyphs of a composite font's codes,
// each of which takes CMap lookups and text cleaning to decode. Codes of
// one and two bytes, nearly all of them, sit in blocks of 256 made as
// codes are met (an array index is much faster than hashing); longer
// ones go in a map of bounded size.
type glyphCache struct {
	blocks [2][256]*[256]cachedGlyph // by code length, then the high byte
	long   map[charCode]fontGlyph
}

// A cachedGlyph is one entry of a block; ok says it is filled.
type cachedGlyph struct {
	g  fontGlyph
	ok bool
}

// get returns the glyph of code, if cached.
func (c *glyphCache) get(code charCode) (fontGlyph, bool) {
	if code.n == 0 || code.n > 2 {
		g, ok := c.long[code]
		return g, ok
	}
	block := c.blocks[code.n-1][code.value>>8]
	if block == nil {
		return fontGlyph{}, false
	}
	e := &block[code.value&0xFF]
	return e.g, e.ok
}

// put caches the glyph of code.
func (c *glyphCache) put(code charCode, g fontGlyph) {
	if code.n == 0 || code.n > 2 {
		if c.long == nil {
			c.long = map[charCode]fontGlyph{}
		}
		if len(c.long) < maxCMapEntries {
			c.long[code] = g
		}
		return
	}
	block := &c.blocks[code.n-1][code.value>>8]
	if *block == nil {
		*block = new([256]cachedGlyph)
	}
	(*block)[code.value&0xFF] = cachedGlyph{g, true}
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
