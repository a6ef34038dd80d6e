package pdf

// The built-in encoding of an embedded CFF (Type1C) font program. Subset
// fonts written by Acrobat Distiller and others often have no /Encoding
// and no ToUnicode: their codes mean what the program's own encoding
// says, and its charset names each glyph ("Scaron", "uni0159"). Only what
// that takes is read: the header, the Name, Top DICT and String INDEXes,
// the charset and the encoding (Adobe Technical Note #5176).

import "encoding/binary"

// cffIndex reads an INDEX at pos: its items and the position after it.
func cffIndex(data []byte, pos int) ([][]byte, int, bool) {
	if pos < 0 || pos+2 > len(data) {
		return nil, 0, false
	}
	count := int(binary.BigEndian.Uint16(data[pos:]))
	if count == 0 {
		return nil, pos + 2, true
	}
	if pos+3 > len(data) {
		return nil, 0, false
	}
	offSize := int(data[pos+2])
	if offSize < 1 || offSize > 4 {
		return nil, 0, false
	}
	offsets := pos + 3
	base := offsets + (count+1)*offSize - 1 // offsets count from 1
	if base >= len(data) || count > len(data) {
		return nil, 0, false
	}
	readOff := func(i int) int {
		v := 0
		for _, c := range data[offsets+i*offSize : offsets+(i+1)*offSize] {
			v = v<<8 | int(c)
		}
		return v
	}
	items := make([][]byte, count)
	for i := range items {
		start, end := base+readOff(i), base+readOff(i+1)
		if start < base || end < start || end > len(data) {
			return nil, 0, false
		}
		items[i] = data[start:end]
	}
	return items, base + readOff(count), true
}

// cffDict reads a DICT: each operator (12 x escapes as 1200+x) with its
// operands.
func cffDict(d []byte) map[int][]float64 {
	out := map[int][]float64{}
	var operands []float64
	for i := 0; i < len(d); {
		b := int(d[i])
		switch {
		case b <= 21:
			op := b
			i++
			if b == 12 && i < len(d) {
				op = 1200 + int(d[i])
				i++
			}
			out[op] = operands
			operands = nil
		case b == 28 && i+2 < len(d):
			operands = append(operands, float64(int16(binary.BigEndian.Uint16(d[i+1:]))))
			i += 3
		case b == 29 && i+4 < len(d):
			operands = append(operands, float64(int32(binary.BigEndian.Uint32(d[i+1:]))))
			i += 5
		case b == 30:
			i++ // a real: nibbles up to an f; its value is never needed here
			for i < len(d) && d[i]&0x0f != 0x0f && d[i]>>4 != 0x0f {
				i++
			}
			i++
			operands = append(operands, 0)
		case b >= 32 && b <= 246:
			operands = append(operands, float64(b-139))
			i++
		case b >= 247 && b <= 250 && i+1 < len(d):
			operands = append(operands, float64((b-247)*256+int(d[i+1])+108))
			i += 2
		case b >= 251 && b <= 254 && i+1 < len(d):
			operands = append(operands, float64(-(b-251)*256-int(d[i+1])-108))
			i += 2
		default:
			i++
		}
		if len(operands) > 48 {
			operands = operands[:0] // a broken DICT: no operator takes this many
		}
	}
	return out
}

// cffEncoding returns the glyph name of each code of a CFF font's
// built-in encoding, or nil when the program cannot be read, is CID-keyed
// (its glyphs are reached through a CMap), or uses a predefined encoding
// the caller knows better (Standard).
func cffEncoding(data []byte) *glyphEncoding {
	if len(data) < 4 {
		return nil
	}
	_, pos, ok := cffIndex(data, int(data[2])) // Name INDEX
	if !ok {
		return nil
	}
	tops, pos, ok := cffIndex(data, pos)
	if !ok || len(tops) == 0 {
		return nil
	}
	strs, _, ok := cffIndex(data, pos)
	if !ok {
		return nil
	}
	top := cffDict(tops[0])
	if _, cid := top[1230]; cid {
		return nil
	}
	encOff, charsetOff, charStrings := firstOperand(top, 16), firstOperand(top, 15), firstOperand(top, 17)
	if encOff <= 1 || charStrings <= 0 {
		return nil // Standard or Expert encoding, or no glyphs
	}
	glyphs, _, ok := cffIndex(data, charStrings)
	if !ok {
		return nil
	}
	sids := cffCharset(data, charsetOff, len(glyphs))
	name := func(gid int) string {
		if gid <= 0 || gid >= len(sids) {
			return ""
		}
		return cffString(sids[gid], strs)
	}
	return cffCodes(data, encOff, name)
}

// firstOperand returns an operator's first operand as an int, or -1.
func firstOperand(d map[int][]float64, op int) int {
	if v := d[op]; len(v) > 0 && v[0] >= 0 && v[0] < 1<<30 {
		return int(v[0])
	}
	return -1
}

// cffCharset returns the string id of each glyph: the predefined ISOAdobe
// charset (offset 0) or formats 0, 1 and 2.
func cffCharset(data []byte, off, nGlyphs int) []int {
	sids := make([]int, nGlyphs)
	if off <= 2 {
		for gid := range sids {
			if off == 0 {
				sids[gid] = gid
			}
		}
		return sids
	}
	if off >= len(data) {
		return sids
	}
	format, p := data[off], off+1
	u16 := func(at int) int {
		if at+2 > len(data) {
			return -1
		}
		return int(binary.BigEndian.Uint16(data[at:]))
	}
	for gid := 1; gid < nGlyphs; {
		switch format {
		case 0:
			sids[gid] = u16(p)
			gid, p = gid+1, p+2
		case 1, 2:
			first := u16(p)
			var left int
			if format == 1 {
				if p+2 >= len(data) {
					return sids
				}
				left, p = int(data[p+2]), p+3
			} else {
				left, p = u16(p+2), p+4
			}
			if first < 0 || left < 0 {
				return sids
			}
			for k := 0; k <= left && gid < nGlyphs; k++ {
				sids[gid] = first + k
				gid++
			}
		default:
			return sids
		}
		if p > len(data) {
			return sids
		}
	}
	return sids
}

// cffCodes reads an encoding (formats 0 and 1, with supplements) into
// glyph names.
func cffCodes(data []byte, off int, name func(gid int) string) *glyphEncoding {
	if off >= len(data) {
		return nil
	}
	var e glyphEncoding
	format, p := data[off], off+1
	if p >= len(data) {
		return nil
	}
	switch format & 0x7f {
	case 0:
		n := int(data[p])
		for gid := 1; gid <= n && p+gid < len(data); gid++ {
			e[data[p+gid]] = name(gid)
		}
		p += 1 + n
	case 1:
		ranges, gid := int(data[p]), 1
		p++
		for r := 0; r < ranges && p+1 < len(data); r++ {
			first, left := int(data[p]), int(data[p+1])
			for k := 0; k <= left && first+k < 256; k++ {
				e[first+k] = name(gid)
				gid++
			}
			p += 2
		}
	default:
		return nil
	}
	if format&0x80 != 0 && p < len(data) {
		// Supplements: further codes for glyphs already encoded, by SID.
		n := int(data[p])
		for k := 0; k < n && p+4+3*k <= len(data); k++ {
			at := p + 1 + 3*k
			e[data[at]] = cffString(int(binary.BigEndian.Uint16(data[at+1:])), nil)
		}
	}
	return &e
}

// cffString returns the name a string id stands for: one of the standard
// strings, or an entry of the font's String INDEX.
func cffString(sid int, strs [][]byte) string {
	switch {
	case sid < 0:
		return ""
	case sid < len(cffStandardStrings):
		return cffStandardStrings[sid]
	case sid < 391:
		return "" // the expert set's names (oldstyle figures, small capitals): no Unicode of their own
	case sid-391 < len(strs):
		return string(strs[sid-391])
	}
	return ""
}

// cffStandardStrings are the first 229 standard strings of CFF, the names
// of the ISOAdobe character set.
var cffStandardStrings = [...]string{
	".notdef", "space", "exclam", "quotedbl", "numbersign", "dollar", "percent", "ampersand",
	"quoteright", "parenleft", "parenright", "asterisk", "plus", "comma", "hyphen", "period",
	"slash", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"colon", "semicolon", "less", "equal", "greater", "question", "at",
	"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
	"S", "T", "U", "V", "W", "X", "Y", "Z", "bracketleft", "backslash", "bracketright",
	"asciicircum", "underscore", "quoteleft",
	"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
	"s", "t", "u", "v", "w", "x", "y", "z", "braceleft", "bar", "braceright", "asciitilde",
	"exclamdown", "cent", "sterling", "fraction", "yen", "florin", "section", "currency",
	"quotesingle", "quotedblleft", "guillemotleft", "guilsinglleft", "guilsinglright", "fi", "fl",
	"endash", "dagger", "daggerdbl", "periodcentered", "paragraph", "bullet", "quotesinglbase",
	"quotedblbase", "quotedblright", "guillemotright", "ellipsis", "perthousand", "questiondown",
	"grave", "acute", "circumflex", "tilde", "macron", "breve", "dotaccent", "dieresis", "ring",
	"cedilla", "hungarumlaut", "ogonek", "caron", "emdash", "AE", "ordfeminine", "Lslash",
	"Oslash", "OE", "ordmasculine", "ae", "dotlessi", "lslash", "oslash", "oe", "germandbls",
	"onesuperior", "logicalnot", "mu", "trademark", "Eth", "onehalf", "plusminus", "Thorn",
	"onequarter", "divide", "brokenbar", "degree", "thorn", "threequarters", "twosuperior",
	"registered", "minus", "eth", "multiply", "threesuperior", "copyright",
	"Aacute", "Acircumflex", "Adieresis", "Agrave", "Aring", "Atilde", "Ccedilla", "Eacute",
	"Ecircumflex", "Edieresis", "Egrave", "Iacute", "Icircumflex", "Idieresis", "Igrave",
	"Ntilde", "Oacute", "Ocircumflex", "Odieresis", "Ograve", "Otilde", "Scaron", "Uacute",
	"Ucircumflex", "Udieresis", "Ugrave", "Yacute", "Ydieresis", "Zcaron",
	"aacute", "acircumflex", "adieresis", "agrave", "aring", "atilde", "ccedilla", "eacute",
	"ecircumflex", "edieresis", "egrave", "iacute", "icircumflex", "idieresis", "igrave",
	"ntilde", "oacute", "ocircumflex", "odieresis", "ograve", "otilde", "scaron", "uacute",
	"ucircumflex", "udieresis", "ugrave", "yacute", "ydieresis", "zcaron",
}
