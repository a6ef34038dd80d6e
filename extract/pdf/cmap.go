package pdf

// CMaps: the ToUnicode maps that turn character codes into text, and the
// encoding CMaps of composite (Type0) fonts that cut strings into codes and
// map codes to CIDs. Both are small PostScript programs; only their
// operators are read: codespace ranges (how many bytes a code has),
// bfchar/bfrange (code → Unicode, ranges with carry and in array form) and
// cidchar/cidrange (code → CID).

// A charCode is one character code of a string: its value and its length
// in bytes, since <00 41> and <41> are different codes.
type charCode struct {
	value uint32
	n     uint8
}

// A codespace is a range of codes of n bytes; each byte must lie between
// the matching bytes of lo and hi.
type codespace struct {
	lo, hi [4]byte
	n      int
}

// A cmapRange maps the codes lo..hi (of one length) to consecutive values:
// to Unicode text starting at dst (a bfrange), to the strings of an array,
// or to CIDs starting at cid.
type cmapRange struct {
	lo, hi charCode
	dst    []uint16 // UTF-16 of the first code's text; later codes add to the last unit, with carry
	array  []string // the texts of each code, for the array form
	cid    int
}

// A cmap is a parsed CMap. ToUnicode maps fill text; encoding CMaps fill
// cids. Small ranges are expanded into the maps, large ones kept as ranges.
type cmap struct {
	spaces  []codespace
	text    map[charCode]string
	cids    map[charCode]int
	ranges  []cmapRange // large ranges, looked up after the maps
	minLen  int         // the shortest code length seen in mappings
	maxLen  int
	entries int // how many codes the maps hold, to bound hostile CMaps
}

// maxMappedUnits bounds the text one code may map to, in UTF-16 units.
const maxMappedUnits = 32

// maxCMapEntries bounds the expanded size of one CMap.
const maxCMapEntries = 1 << 17

// parseCMap reads a CMap program. It never fails: unreadable parts are
// skipped, and a CMap with no usable entries is simply empty.
func parseCMap(data []byte) *cmap {
	cm := &cmap{text: map[charCode]string{}, cids: map[charCode]int{}}
	lx := &pdfLexer{data: data, noRefs: true}
	var operands []any
	for {
		obj, kind := lx.object(0)
		if kind == tokEOF {
			break
		}
		op, isOp := obj.(pdfKeyword)
		if kind != tokKeyword || !isOp {
			if len(operands) < 1<<16 {
				operands = append(operands, obj)
			}
			continue
		}
		switch op {
		case "endcodespacerange":
			cm.addCodespaces(operands)
		case "endbfchar":
			cm.addPairs(operands, cm.addBFChar)
		case "endbfrange":
			cm.addTriples(operands, cm.addBFRange)
		case "endcidchar":
			cm.addPairs(operands, cm.addCIDChar)
		case "endcidrange":
			cm.addTriples(operands, cm.addCIDRange)
		}
		// Every operator consumes its operands: the count before begin*
		// is not needed, the entries before end* have just been read.
		operands = operands[:0]
	}
	return cm
}

// codeOf reads a string operand as a character code.
func codeOf(obj any) (charCode, bool) {
	s, ok := obj.(pdfString)
	if !ok || len(s) == 0 || len(s) > 4 {
		return charCode{}, false
	}
	var v uint32
	for i := 0; i < len(s); i++ {
		v = v<<8 | uint32(s[i])
	}
	return charCode{value: v, n: uint8(len(s))}, true
}

// addCodespaces reads pairs of <lo> <hi>.
func (cm *cmap) addCodespaces(ops []any) {
	for i := 0; i+1 < len(ops); i += 2 {
		lo, ok1 := ops[i].(pdfString)
		hi, ok2 := ops[i+1].(pdfString)
		if !ok1 || !ok2 || len(lo) != len(hi) || len(lo) == 0 || len(lo) > 4 {
			continue
		}
		cs := codespace{n: len(lo)}
		copy(cs.lo[:], lo)
		copy(cs.hi[:], hi)
		cm.spaces = append(cm.spaces, cs)
	}
}

func (cm *cmap) addPairs(ops []any, add func(charCode, any)) {
	for i := 0; i+1 < len(ops); i += 2 {
		if code, ok := codeOf(ops[i]); ok {
			cm.noteLen(code)
			add(code, ops[i+1])
		}
	}
}

func (cm *cmap) addTriples(ops []any, add func(lo, hi charCode, dst any)) {
	for i := 0; i+2 < len(ops); i += 3 {
		lo, ok1 := codeOf(ops[i])
		hi, ok2 := codeOf(ops[i+1])
		if ok1 && ok2 && lo.n == hi.n && lo.value <= hi.value {
			cm.noteLen(lo)
			add(lo, hi, ops[i+2])
		}
	}
}

// noteLen records the length of a mapped code.
func (cm *cmap) noteLen(c charCode) {
	if cm.minLen == 0 || int(c.n) < cm.minLen {
		cm.minLen = int(c.n)
	}
	cm.maxLen = max(cm.maxLen, int(c.n))
}

// unicodeUnits decodes a bfchar/bfrange destination: UTF-16BE, or a name.
func unicodeUnits(obj any) []uint16 {
	switch v := obj.(type) {
	case pdfString:
		if len(v) > 2*maxMappedUnits {
			v = v[:2*maxMappedUnits] // no glyph stands for more than a few words
		}
		if len(v)%2 == 1 {
			// A one-byte destination (<41>): some producers write
			// Latin-1 code points this way.
			units := make([]uint16, len(v))
			for i := 0; i < len(v); i++ {
				units[i] = uint16(v[i])
			}
			return units
		}
		units := make([]uint16, len(v)/2)
		for i := range units {
			units[i] = uint16(v[2*i])<<8 | uint16(v[2*i+1])
		}
		return units
	case pdfName:
		var units []uint16
		for _, r := range glyphText(string(v)) {
			if r < 0x10000 {
				units = append(units, uint16(r))
			}
		}
		return units
	}
	return nil
}

func (cm *cmap) addBFChar(code charCode, dst any) {
	if cm.entries < maxCMapEntries {
		cm.text[code] = utf16Text(unicodeUnits(dst))
		cm.entries++
	}
}

// addBFRange maps lo..hi. In the plain form the destination's last UTF-16
// unit is incremented for each code, and the increment carries into the
// units before it: <0100> + 1 stays correct across 0x01FF → 0x0200, a
// point where readers that add to the last byte alone go wrong.
func (cm *cmap) addBFRange(lo, hi charCode, dst any) {
	r := cmapRange{lo: lo, hi: hi}
	if arr, ok := dst.(pdfArray); ok {
		for _, x := range arr {
			r.array = append(r.array, utf16Text(unicodeUnits(x)))
		}
	} else {
		r.dst = unicodeUnits(dst)
		if len(r.dst) == 0 {
			return
		}
	}
	cm.addRange(r)
}

func (cm *cmap) addCIDChar(code charCode, dst any) {
	if cid, ok := dst.(int64); ok && cid >= 0 && cm.entries < maxCMapEntries {
		cm.cids[code] = int(cid)
		cm.entries++
	}
}

func (cm *cmap) addCIDRange(lo, hi charCode, dst any) {
	if cid, ok := dst.(int64); ok && cid >= 0 {
		cm.addRange(cmapRange{lo: lo, hi: hi, cid: int(cid)})
	}
}

// addRange expands a small range into the maps and keeps a large one.
func (cm *cmap) addRange(r cmapRange) {
	size := int(r.hi.value - r.lo.value + 1)
	if size > 256 || cm.entries+size > maxCMapEntries {
		cm.ranges = append(cm.ranges, r)
		return
	}
	for i := 0; i < size; i++ {
		code := charCode{value: r.lo.value + uint32(i), n: r.lo.n}
		if text, cid, ok := r.lookup(code); ok {
			if r.dst != nil || r.array != nil {
				cm.text[code] = text
			} else {
				cm.cids[code] = cid
			}
		}
	}
	cm.entries += size
}

// lookup maps a code inside the range.
func (r *cmapRange) lookup(code charCode) (string, int, bool) {
	if code.n != r.lo.n || code.value < r.lo.value || code.value > r.hi.value {
		return "", 0, false
	}
	off := int(code.value - r.lo.value)
	switch {
	case r.array != nil:
		if off < len(r.array) {
			return r.array[off], 0, true
		}
		return "", 0, false
	case r.dst != nil:
		return utf16Text(addWithCarry(r.dst, off)), 0, true
	}
	return "", r.cid + off, true
}

// addWithCarry adds off to a big-endian number held in UTF-16 units.
func addWithCarry(units []uint16, off int) []uint16 {
	out := make([]uint16, len(units))
	copy(out, units)
	carry := off
	for i := len(out) - 1; i >= 0 && carry != 0; i-- {
		sum := int(out[i]) + carry
		out[i] = uint16(sum)
		carry = sum >> 16
	}
	return out
}

// toText maps a code to its text.
func (cm *cmap) toText(code charCode) (string, bool) {
	if t, ok := cm.text[code]; ok {
		return t, true
	}
	for i := range cm.ranges {
		if r := &cm.ranges[i]; r.dst != nil || r.array != nil {
			if t, _, ok := r.lookup(code); ok {
				return t, true
			}
		}
	}
	return "", false
}

// toCID maps a code to its CID.
func (cm *cmap) toCID(code charCode) (int, bool) {
	if c, ok := cm.cids[code]; ok {
		return c, true
	}
	for i := range cm.ranges {
		r := &cm.ranges[i]
		if r.dst == nil && r.array == nil {
			if _, cid, ok := r.lookup(code); ok {
				return cid, true
			}
		}
	}
	return 0, false
}

// nextCode cuts the next code off s by the codespace ranges. Bytes that
// match no range are taken as a code of the shortest length any range
// has, as the standard prescribes; with no ranges at all, the lengths seen
// in the mappings decide, and failing that, fallback does.
func (cm *cmap) nextCode(s []byte, fallback int) charCode {
	for n := 1; n <= 4 && n <= len(s); n++ {
		for _, cs := range cm.spaces {
			if cs.n == n && inCodespace(s[:n], cs) {
				return makeCode(s[:n])
			}
		}
	}
	n := fallback
	if len(cm.spaces) > 0 {
		n = 4
		for _, cs := range cm.spaces {
			n = min(n, cs.n)
		}
	} else if cm.minLen > 0 && cm.minLen == cm.maxLen {
		n = cm.minLen
	}
	return makeCode(s[:min(max(n, 1), len(s))])
}

// inCodespace reports whether every byte of b lies in the range's bounds.
func inCodespace(b []byte, cs codespace) bool {
	for i, c := range b {
		if c < cs.lo[i] || c > cs.hi[i] {
			return false
		}
	}
	return true
}

// makeCode packs bytes into a code.
func makeCode(b []byte) charCode {
	var v uint32
	for _, c := range b {
		v = v<<8 | uint32(c)
	}
	return charCode{value: v, n: uint8(len(b))}
}
