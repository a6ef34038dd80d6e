package pdf

// A second opinion from embedded TrueType programs. Some producers (Mac OS
// X Quartz among them) write ToUnicode maps that send codes they could not
// name to the character with the same number: the space drawn with code
// 0x21 comes out as "!", the hyphen with code 0x44 as "D". The font program
// itself knows better: a glyph with no outline is blank (a space to the
// reader), and a 'post' table names its glyphs ("hyphen"). Only the tables
// needed for that are read: cmap (code → glyph), post (glyph → name),
// head, maxp, loca and glyf (does the glyph have an outline?).

import "encoding/binary"

// A trueType is what the reader takes from a TrueType font program.
type trueType struct {
	numGlyphs  int
	names      []string                                // post table glyph names, by glyph id
	codeGlyph  map[int]int                             // one-byte code → glyph id, from a (3,0) or (1,0) cmap
	unicode    []byte                                  // the (3,1) Unicode cmap subtable, if any
	glyphRange func(gid int) (start, end int, ok bool) // the glyph's outline bytes, from loca
}

// parseTrueType reads the tables it needs; ok is false for data that is
// not a TrueType font.
func parseTrueType(data []byte) (*trueType, bool) {
	if len(data) < 12 {
		return nil, false
	}
	tables := map[string][]byte{}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			break
		}
		tag := string(data[rec : rec+4])
		off, length := int(binary.BigEndian.Uint32(data[rec+8:])), int(binary.BigEndian.Uint32(data[rec+12:]))
		if off >= 0 && length >= 0 && off+length <= len(data) && off+length >= off {
			tables[tag] = data[off : off+length]
		}
	}
	maxp, head := tables["maxp"], tables["head"]
	if len(maxp) < 6 || len(head) < 54 {
		return nil, false
	}
	tt := &trueType{numGlyphs: int(binary.BigEndian.Uint16(maxp[4:]))}
	tt.names = postNames(tables["post"], tt.numGlyphs)
	tt.codeGlyph, tt.unicode = byteCmap(tables["cmap"])
	longLoca := binary.BigEndian.Uint16(head[50:]) == 1
	loca, glyf := tables["loca"], tables["glyf"]
	tt.glyphRange = func(gid int) (int, int, bool) {
		return locaEntry(loca, gid, longLoca, len(glyf))
	}
	return tt, true
}

// locaEntry returns the byte range of glyph gid in the glyf table.
func locaEntry(loca []byte, gid int, long bool, glyfLen int) (int, int, bool) {
	var start, end int
	if long {
		if 4*gid+8 > len(loca) {
			return 0, 0, false
		}
		start, end = int(binary.BigEndian.Uint32(loca[4*gid:])), int(binary.BigEndian.Uint32(loca[4*gid+4:]))
	} else {
		if 2*gid+4 > len(loca) {
			return 0, 0, false
		}
		start, end = 2*int(binary.BigEndian.Uint16(loca[2*gid:])), 2*int(binary.BigEndian.Uint16(loca[2*gid+2:]))
	}
	if start > end || end > glyfLen {
		return 0, 0, false
	}
	return start, end, true
}

// blank reports whether glyph gid exists and has no outline.
func (tt *trueType) blank(gid int) bool {
	if gid <= 0 || gid >= tt.numGlyphs || tt.glyphRange == nil {
		return false
	}
	start, end, ok := tt.glyphRange(gid)
	return ok && start == end
}

// glyphName returns the post-table name of glyph gid, or "".
func (tt *trueType) glyphName(gid int) string {
	if gid > 0 && gid < len(tt.names) {
		return tt.names[gid]
	}
	return ""
}

// glyphOf maps a one-byte code to a glyph id, or -1. A font the PDF gives
// an encoding finds its glyphs by the Unicode of the encoded character,
// through the (3,1) subtable; one without goes by the code itself.
func (tt *trueType) glyphOf(code int, encoded bool, text string) int {
	if encoded {
		r := []rune(text)
		if len(r) != 1 || tt.unicode == nil {
			return -1
		}
		if gid := cmapLookup(tt.unicode, int(r[0])); gid > 0 {
			return gid
		}
		return -1
	}
	if gid, ok := tt.codeGlyph[code]; ok {
		return gid
	}
	return -1
}

// byteCmap reads the cmap subtable a simple TrueType font's codes go
// through when the PDF gives no encoding: (3,0) symbol, where codes sit at
// 0xF000 + code (or at code), else (1,0) Macintosh. It also returns the
// (3,1) Unicode subtable, through which an encoded font's glyphs are found.
func byteCmap(cmap []byte) (map[int]int, []byte) {
	if len(cmap) < 4 {
		return nil, nil
	}
	var symbol, mac, unicode []byte
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		platform, enc := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off >= len(cmap) {
			continue
		}
		switch {
		case platform == 3 && enc == 0:
			symbol = cmap[off:]
		case platform == 1 && enc == 0:
			mac = cmap[off:]
		case platform == 3 && enc == 1:
			unicode = cmap[off:]
		}
	}
	out := map[int]int{}
	for _, sub := range [][]byte{symbol, mac} {
		if sub == nil {
			continue
		}
		for code := 0; code < 256; code++ {
			for _, c := range []int{code, 0xF000 + code, 0xF100 + code, 0xF200 + code} {
				if gid := cmapLookup(sub, c); gid > 0 {
					out[code] = gid
					break
				}
			}
		}
		if len(out) > 0 {
			return out, unicode
		}
	}
	return out, unicode
}

// cmapLookup maps a character code through one cmap subtable of format
// 0, 4 or 6; 0 means not found.
func cmapLookup(sub []byte, c int) int {
	if len(sub) < 6 {
		return 0
	}
	u16 := func(off int) int {
		if off < 0 || off+2 > len(sub) {
			return 0
		}
		return int(binary.BigEndian.Uint16(sub[off:]))
	}
	switch u16(0) {
	case 0:
		if c < 256 && 6+c < len(sub) {
			return int(sub[6+c])
		}
	case 6:
		first, count := u16(6), u16(8)
		if c >= first && c < first+count {
			return u16(10 + 2*(c-first))
		}
	case 4:
		segs := u16(6) / 2
		ends, starts := 14, 16+2*segs
		deltas, rangeOffs := starts+2*segs, starts+4*segs
		for i := 0; i < segs; i++ {
			if c > u16(ends+2*i) {
				continue
			}
			start := u16(starts + 2*i)
			if c < start {
				return 0
			}
			delta, ro := u16(deltas+2*i), u16(rangeOffs+2*i)
			if ro == 0 {
				return (c + delta) & 0xFFFF
			}
			gid := u16(rangeOffs + 2*i + ro + 2*(c-start))
			if gid == 0 {
				return 0
			}
			return (gid + delta) & 0xFFFF
		}
	}
	return 0
}

// postNames reads glyph names from a format 2 'post' table.
func postNames(post []byte, numGlyphs int) []string {
	if len(post) < 34 || binary.BigEndian.Uint32(post) != 0x00020000 {
		return nil
	}
	count := int(binary.BigEndian.Uint16(post[32:]))
	if count > numGlyphs || 34+2*count > len(post) {
		return nil
	}
	var custom []string
	for p := 34 + 2*count; p < len(post); {
		l := int(post[p])
		if p+1+l > len(post) {
			break
		}
		custom = append(custom, string(post[p+1:p+1+l]))
		p += 1 + l
	}
	names := make([]string, count)
	for gid := range names {
		idx := int(binary.BigEndian.Uint16(post[34+2*gid:]))
		switch {
		case idx < len(macGlyphNames):
			names[gid] = macGlyphNames[idx]
		case idx-len(macGlyphNames) < len(custom):
			names[gid] = custom[idx-len(macGlyphNames)]
		}
	}
	return names
}

// secondOpinion corrects the text of a simple TrueType font's code when the
// font program contradicts a ToUnicode entry that merely repeats the code's
// own number: a blank glyph is a space, and a named glyph says what it is.
// Names are consulted only for ASCII codes whose text came from ToUnicode,
// since for other codes the font's Macintosh cmap and the PDF encoding
// need not agree.
func (tt *trueType) secondOpinion(code int, text string, fromToUnicode, encoded bool, width float64) string {
	gid := tt.glyphOf(code, encoded, text)
	if gid <= 0 {
		return text
	}
	if tt.blank(gid) && width > 0 {
		return " "
	}
	if encoded || !fromToUnicode || code >= 0x80 || text != string(rune(code)) {
		return text // the map says something of its own: trust it
	}
	if named := cleanGlyphText(glyphText(tt.glyphName(gid))); named != "" {
		return named
	}
	return text
}

// macGlyphNames is the standard order of the 258 Macintosh glyph names
// that 'post' tables refer to by number.
var macGlyphNames = [...]string{
	".notdef", ".null", "nonmarkingreturn", "space", "exclam", "quotedbl", "numbersign", "dollar",
	"percent", "ampersand", "quotesingle", "parenleft", "parenright", "asterisk", "plus", "comma",
	"hyphen", "period", "slash", "zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "colon", "semicolon", "less", "equal", "greater", "question", "at", "A", "B",
	"C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U",
	"V", "W", "X", "Y", "Z", "bracketleft", "backslash", "bracketright", "asciicircum",
	"underscore", "grave", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n",
	"o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "braceleft", "bar", "braceright",
	"asciitilde", "Adieresis", "Aring", "Ccedilla", "Eacute", "Ntilde", "Odieresis", "Udieresis",
	"aacute", "agrave", "acircumflex", "adieresis", "atilde", "aring", "ccedilla", "eacute",
	"egrave", "ecircumflex", "edieresis", "iacute", "igrave", "icircumflex", "idieresis",
	"ntilde", "oacute", "ograve", "ocircumflex", "odieresis", "otilde", "uacute", "ugrave",
	"ucircumflex", "udieresis", "dagger", "degree", "cent", "sterling", "section", "bullet",
	"paragraph", "germandbls", "registered", "copyright", "trademark", "acute", "dieresis",
	"notequal", "AE", "Oslash", "infinity", "plusminus", "lessequal", "greaterequal", "yen", "mu",
	"partialdiff", "summation", "product", "pi", "integral", "ordfeminine", "ordmasculine",
	"Omega", "ae", "oslash", "questiondown", "exclamdown", "logicalnot", "radical", "florin",
	"approxequal", "Delta", "guillemotleft", "guillemotright", "ellipsis", "nonbreakingspace",
	"Agrave", "Atilde", "Otilde", "OE", "oe", "endash", "emdash", "quotedblleft", "quotedblright",
	"quoteleft", "quoteright", "divide", "lozenge", "ydieresis", "Ydieresis", "fraction",
	"currency", "guilsinglleft", "guilsinglright", "fi", "fl", "daggerdbl", "periodcentered",
	"quotesinglbase", "quotedblbase", "perthousand", "Acircumflex", "Ecircumflex", "Aacute",
	"Edieresis", "Egrave", "Iacute", "Icircumflex", "Idieresis", "Igrave", "Oacute",
	"Ocircumflex", "apple", "Ograve", "Uacute", "Ucircumflex", "Ugrave", "dotlessi",
	"circumflex", "tilde", "macron", "breve", "dotaccent", "ring", "cedilla", "hungarumlaut",
	"ogonek", "caron", "Lslash", "lslash", "Scaron", "scaron", "Zcaron", "zcaron", "brokenbar",
	"Eth", "eth", "Yacute", "yacute", "Thorn", "thorn", "minus", "multiply", "onesuperior",
	"twosuperior", "threesuperior", "onehalf", "onequarter", "threequarters", "franc", "Gbreve",
	"gbreve", "Idotaccent", "Scedilla", "scedilla", "Cacute", "cacute", "Ccaron", "ccaron",
	"dcroat",
}
