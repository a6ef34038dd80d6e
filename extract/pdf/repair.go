package pdf

// Rebuilding a broken cross-reference table. Every indirect object starts
// with "N G obj", so scanning the file for that pattern finds them all
// again; when a number occurs twice, the later one wins, as it would in an
// incrementally updated file. The trailer is rebuilt from the last
// "trailer" dictionaries (and xref streams) that name a /Root, or failing
// that from the object whose /Type is /Catalog. Objects inside object
// streams are registered too, for numbers not found in the file itself.

import "bytes"

// rebuildXref replaces the xref table with one found by scanning the file.
func (f *pdfFile) rebuildXref() {
	f.repaired = true
	f.xref = map[int]xrefEntry{}
	f.cache = map[int]any{}
	f.objStms = map[int]*objStream{}
	for pos := 0; ; {
		i := bytes.Index(f.data[pos:], []byte("obj"))
		if i < 0 {
			break
		}
		at := pos + i
		pos = at + 3
		if pos < len(f.data) && !isPDFSpace(f.data[pos]) && !isPDFDelim(f.data[pos]) {
			continue // "objects", "endobj" are not headers
		}
		if start, num, ok := objectHeaderBefore(f.data, at); ok {
			f.xref[num] = xrefEntry{offset: start - f.base}
		}
	}
	f.rebuildTrailer()
	f.registerObjectStreams()
}

// objectHeaderBefore checks that "N G " stands right before the "obj" at
// at, and returns where N starts and its value.
func objectHeaderBefore(data []byte, at int) (start, num int, ok bool) {
	i := at
	skipBack := func(pred func(byte) bool) int {
		n := 0
		for i > 0 && pred(data[i-1]) {
			i--
			n++
		}
		return n
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	if skipBack(isPDFSpace) == 0 || skipBack(isDigit) == 0 || skipBack(isPDFSpace) == 0 {
		return 0, 0, false
	}
	end := i
	if n := skipBack(isDigit); n == 0 || n > 10 {
		return 0, 0, false
	}
	if i > 0 && !isPDFSpace(data[i-1]) && !isPDFDelim(data[i-1]) {
		return 0, 0, false // part of a longer token
	}
	for _, c := range data[i:end] {
		num = num*10 + int(c-'0')
	}
	return i, num, true
}

// rebuildTrailer merges the trailer dictionaries found in the file, later
// ones winning, and finds the catalog if none names it.
func (f *pdfFile) rebuildTrailer() {
	merged := pdfDict{}
	for pos := 0; ; {
		i := bytes.Index(f.data[pos:], []byte("trailer"))
		if i < 0 {
			break
		}
		lx := &pdfLexer{data: f.data, pos: pos + i + len("trailer")}
		pos = lx.pos
		if d, ok := firstObject(lx).(pdfDict); ok {
			for k, v := range d {
				merged[k] = v
			}
		}
	}
	if f.trailer != nil {
		for k, v := range f.trailer {
			if _, ok := merged[k]; !ok {
				merged[k] = v
			}
		}
	}
	f.trailer = merged
	if f.rootLoads() {
		return
	}
	for num := range f.xref {
		obj := f.load(num)
		d := f.dictOf(obj)
		if stm, ok := obj.(*pdfStream); ok && d["Type"] == pdfName("XRef") {
			for _, k := range []pdfName{"Root", "Info", "Encrypt", "ID"} {
				if v, ok := stm.dict[k]; ok {
					merged[k] = v
				}
			}
		}
		if d["Type"] == pdfName("Catalog") {
			merged["Root"] = pdfRef{num: num}
		}
	}
	if f.rootLoads() {
		return
	}
	delete(merged, "Root")
}

// firstObject reads the object at the lexer's position, or nil.
func firstObject(lx *pdfLexer) any {
	obj, _ := lx.object(0)
	return obj
}

// registerObjectStreams adds the objects held in object streams whose
// numbers were not found as plain objects.
func (f *pdfFile) registerObjectStreams() {
	var stms []int
	for num := range f.xref {
		if bytes.Contains(f.headOf(num), []byte("/ObjStm")) {
			stms = append(stms, num)
		}
	}
	for _, num := range stms {
		os := f.objectStream(num)
		if os == nil {
			continue
		}
		for idx, n := range os.nums {
			if _, ok := f.xref[n]; !ok {
				f.xref[n] = xrefEntry{inStm: true, stm: num, idx: idx}
			}
		}
	}
}

// headOf returns the first bytes of object num in the file, to look for a
// keyword without parsing the object.
func (f *pdfFile) headOf(num int) []byte {
	e := f.xref[num]
	start := f.base + e.offset
	if e.inStm || start < 0 || start >= len(f.data) {
		return nil
	}
	return f.data[start:min(len(f.data), start+512)]
}
