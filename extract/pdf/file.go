package pdf

// This file opens a PDF: it finds the cross-reference data (classic xref
// tables and PDF 1.5 xref streams, following /Prev chains), loads objects on
// demand with a cache, reads object streams, and walks the page tree.
//
// When the cross-reference data is missing or wrong — a truncated file, a
// file edited by hand, offsets shifted by a transfer in text mode — the
// reader rebuilds it by scanning the whole file for "N G obj", as poppler,
// mupdf and Acrobat do (repair.go). Decryption (crypt.go) happens as
// objects are loaded, so everything above this layer sees plain objects.

import (
	"bytes"
	"errors"
	"strconv"
)

// Reasons a PDF cannot be read at all. They are wrapped in Read's error.
var (
	errNoHeader  = errors.New("not a PDF: no %PDF header")
	errNoObjects = errors.New("truncated: no objects found")
	errNoPages   = errors.New("no pages found (the page tree is missing or broken)")
)

// An xrefEntry says where an object lives: at an offset in the file, or as
// the idx-th object of the object stream stm.
type xrefEntry struct {
	offset int
	inStm  bool
	stm    int
	idx    int
}

// A pdfFile is an open PDF: its bytes, cross-reference table, trailer and
// the objects loaded so far.
type pdfFile struct {
	data     []byte
	base     int // offset of "%PDF-": offsets in the file count from here
	xref     map[int]xrefEntry
	trailer  pdfDict
	cache    map[int]any
	loading  map[int]bool       // objects being loaded now, to break cycles
	objStms  map[int]*objStream // decoded object streams
	crypt    *pdfCrypt          // nil when the file is not encrypted
	repaired bool               // the xref was rebuilt by scanning
}

// An objStream is a decoded object stream: its bytes and the offset of
// each object in it.
type objStream struct {
	data    []byte
	nums    []int
	offsets []int
}

// openPDF parses the structure of a PDF held in data. It fails only when
// the data is not a PDF, holds no objects, or is encrypted with a password.
func openPDF(data []byte) (*pdfFile, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	base := bytes.Index(head, []byte("%PDF-"))
	if base < 0 {
		return nil, errNoHeader
	}
	f := &pdfFile{
		data:    data,
		base:    base,
		xref:    map[int]xrefEntry{},
		cache:   map[int]any{},
		loading: map[int]bool{},
		objStms: map[int]*objStream{},
	}
	if !f.readXrefChain() || !f.rootLoads() {
		f.rebuildXref()
	}
	if len(f.xref) == 0 {
		return nil, errNoObjects
	}
	if err := f.setupCrypt(); err != nil {
		return nil, err
	}
	return f, nil
}

// rootLoads reports whether the trailer names a catalog that loads.
func (f *pdfFile) rootLoads() bool {
	_, ok := f.resolve(f.trailer["Root"]).(pdfDict)
	return ok
}

// readXrefChain reads the cross-reference sections from the last
// startxref back through /Prev links. Newer sections come first, so an
// entry already present is never overwritten. It reports whether it found
// a usable section.
func (f *pdfFile) readXrefChain() bool {
	tail := f.data
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return false
	}
	lx := &pdfLexer{data: tail, pos: i + len("startxref")}
	_, v := lx.next()
	off, ok := v.(int64)
	if !ok {
		return false
	}
	seen := map[int]bool{}
	next := int(off)
	for n := 0; n < 1000; n++ {
		if seen[next] {
			break
		}
		seen[next] = true
		trailer, ok := f.readXrefSection(next)
		if !ok {
			return n > 0 && f.trailer != nil
		}
		if f.trailer == nil {
			f.trailer = trailer
		}
		if stm, ok := trailer["XRefStm"].(int64); ok {
			f.readXrefSection(int(stm)) // a hybrid file's extra entries
		}
		prev, ok := trailer["Prev"].(int64)
		if !ok {
			break
		}
		next = int(prev)
	}
	return f.trailer != nil
}

// readXrefSection reads one xref table or stream at offset off (relative
// to the header) and returns its trailer dictionary.
func (f *pdfFile) readXrefSection(off int) (pdfDict, bool) {
	pos := f.base + off
	if off < 0 || pos >= len(f.data) {
		return nil, false
	}
	lx := &pdfLexer{data: f.data, pos: pos}
	lx.skipSpace()
	if bytes.HasPrefix(f.data[lx.pos:], []byte("xref")) {
		lx.pos += len("xref")
		return f.readXrefTable(lx)
	}
	obj, _, ok := f.parseObjectAt(lx.pos)
	stm, isStream := obj.(*pdfStream)
	if !ok || !isStream || stm.dict["Type"] != pdfName("XRef") {
		return nil, false
	}
	return stm.dict, f.readXrefStream(stm)
}

// readXrefTable reads the subsections of a classic table ("0 6", then
// 20-byte entries) and the trailer after them.
func (f *pdfFile) readXrefTable(lx *pdfLexer) (pdfDict, bool) {
	for {
		kind, v := lx.next()
		if kind == tokKeyword && v == pdfKeyword("trailer") {
			trailer, _ := lx.object(0)
			d, ok := trailer.(pdfDict)
			return d, ok
		}
		first, ok1 := v.(int64)
		_, v2 := lx.next()
		count, ok2 := v2.(int64)
		if !ok1 || !ok2 || first < 0 || count < 0 || count > 1<<24 {
			return nil, false
		}
		for i := 0; i < int(count); i++ {
			_, o := lx.next()
			_, g := lx.next()
			_, t := lx.next()
			offset, ok1 := o.(int64)
			_, ok2 := g.(int64)
			if !ok1 || !ok2 {
				return nil, false
			}
			num := int(first) + i
			if _, dup := f.xref[num]; dup || t != pdfKeyword("n") || offset <= 0 {
				continue
			}
			f.xref[num] = xrefEntry{offset: int(offset)}
		}
	}
}

// readXrefStream adds the entries of a PDF 1.5 cross-reference stream.
func (f *pdfFile) readXrefStream(stm *pdfStream) bool {
	data, err := decodeStream(stm)
	if err != nil && len(data) == 0 {
		return false
	}
	widths := f.intArray(stm.dict["W"])
	if len(widths) != 3 {
		return false
	}
	rowLen := 0
	for _, w := range widths {
		if w < 0 || w > 8 {
			return false
		}
		rowLen += w
	}
	if rowLen == 0 {
		return false
	}
	size := f.intOf(stm.dict["Size"])
	index := f.intArray(stm.dict["Index"])
	if len(index) == 0 {
		index = []int{0, size}
	}
	row := 0
	for k := 0; k+1 < len(index); k += 2 {
		for num := index[k]; num < index[k]+index[k+1]; num++ {
			if (row+1)*rowLen > len(data) {
				return true
			}
			fields := splitXrefRow(data[row*rowLen:(row+1)*rowLen], widths)
			row++
			f.addStreamEntry(num, fields)
		}
	}
	return true
}

// splitXrefRow cuts one row of an xref stream into its three big-endian
// fields. A missing first field means type 1, as the standard says.
func splitXrefRow(row []byte, widths []int) [3]int {
	fields := [3]int{1, 0, 0}
	for i, w := range widths {
		if w == 0 {
			continue
		}
		v := 0
		for _, c := range row[:w] {
			v = v<<8 | int(c)
		}
		fields[i] = v
		row = row[w:]
	}
	return fields
}

// addStreamEntry records one xref-stream entry unless a newer section
// already gave the object.
func (f *pdfFile) addStreamEntry(num int, fields [3]int) {
	if _, dup := f.xref[num]; dup || num < 0 {
		return
	}
	switch fields[0] {
	case 1:
		if fields[1] > 0 {
			f.xref[num] = xrefEntry{offset: fields[1]}
		}
	case 2:
		f.xref[num] = xrefEntry{inStm: true, stm: fields[1], idx: fields[2]}
	}
}

// resolve follows a reference to the object it names; other objects are
// returned as they are. A missing or unreadable object is nil (null), as
// the standard says.
func (f *pdfFile) resolve(obj any) any {
	for i := 0; i < 8; i++ {
		ref, ok := obj.(pdfRef)
		if !ok {
			return obj
		}
		obj = f.load(ref.num)
	}
	return nil
}

// load returns object num, reading it on first use.
func (f *pdfFile) load(num int) any {
	if v, ok := f.cache[num]; ok {
		return v
	}
	if f.loading[num] {
		return nil // a reference cycle, such as a /Length pointing at its own stream
	}
	f.loading[num] = true
	defer delete(f.loading, num)
	v := f.loadUncached(num)
	f.cache[num] = v
	return v
}

// loadUncached reads object num from where the xref says it is. When an
// offset turns out wrong and the file has not been scanned yet, the xref
// is rebuilt and the load tried once more.
func (f *pdfFile) loadUncached(num int) any {
	e, ok := f.xref[num]
	if !ok {
		return nil
	}
	if e.inStm {
		return f.loadFromStream(num, e)
	}
	obj, gotNum, ok := f.parseObjectAt(f.base + e.offset)
	if ok && gotNum == num {
		return obj
	}
	if !f.repaired {
		f.rebuildXref()
		return f.loadUncached(num)
	}
	return nil
}

// parseObjectAt reads "num gen obj ... endobj" at pos, decrypting its
// strings and stream. It returns the object and its number.
func (f *pdfFile) parseObjectAt(pos int) (any, int, bool) {
	if pos < 0 || pos >= len(f.data) {
		return nil, 0, false
	}
	lx := &pdfLexer{data: f.data, pos: pos}
	_, n := lx.next()
	_, g := lx.next()
	kind, kw := lx.next()
	num, ok1 := n.(int64)
	gen, ok2 := g.(int64)
	if !ok1 || !ok2 || kind != tokKeyword || kw != pdfKeyword("obj") || num < 0 || num > 1<<31 {
		return nil, 0, false
	}
	ref := pdfRef{int(num), int(gen)}
	obj, _ := lx.object(0)
	save := lx.pos
	if kind, kw := lx.next(); kind == tokKeyword && kw == pdfKeyword("stream") {
		if d, ok := obj.(pdfDict); ok {
			obj = f.readStreamData(lx, d, ref)
		}
	} else {
		lx.pos = save
	}
	if f.crypt != nil {
		obj = f.crypt.decryptObject(obj, ref)
	}
	return obj, int(num), true
}

// readStreamData takes the bytes of a stream whose keyword "stream" the
// lexer has just read. /Length is trusted only when "endstream" follows
// it; otherwise the data runs to the next "endstream".
func (f *pdfFile) readStreamData(lx *pdfLexer, d pdfDict, ref pdfRef) *pdfStream {
	start := lx.pos
	if start < len(f.data) && f.data[start] == '\r' {
		start++
	}
	if start < len(f.data) && f.data[start] == '\n' {
		start++
	}
	rest := f.data[start:]
	length := f.intOf(f.resolve(d["Length"]))
	if length >= 0 && length <= len(rest) && endstreamFollows(rest[length:]) {
		return &pdfStream{dict: d, raw: rest[:length:length], ref: ref}
	}
	end := bytes.Index(rest, []byte("endstream"))
	if end < 0 {
		end = len(rest)
	}
	raw := bytes.TrimRight(rest[:end], "\r\n")
	return &pdfStream{dict: d, raw: raw[:len(raw):len(raw)], ref: ref}
}

// endstreamFollows reports whether b starts, after white space, with the
// keyword endstream.
func endstreamFollows(b []byte) bool {
	b = bytes.TrimLeft(b[:min(len(b), 64)], " \t\r\n\f\x00")
	return bytes.HasPrefix(b, []byte("endstream"))
}

// loadFromStream reads object num out of the object stream its entry names.
func (f *pdfFile) loadFromStream(num int, e xrefEntry) any {
	os := f.objectStream(e.stm)
	if os == nil {
		return nil
	}
	idx := e.idx
	if idx >= len(os.nums) || os.nums[idx] != num {
		idx = -1 // the index is wrong: look the number up
		for i, n := range os.nums {
			if n == num {
				idx = i
			}
		}
		if idx < 0 {
			return nil
		}
	}
	lx := &pdfLexer{data: os.data, pos: os.offsets[idx]}
	obj, _ := lx.object(0)
	return obj
}

// objectStream decodes object stream num once and indexes it.
func (f *pdfFile) objectStream(num int) *objStream {
	if os, ok := f.objStms[num]; ok {
		return os
	}
	f.objStms[num] = nil // a stream that contains itself stays unreadable
	stm, ok := f.load(num).(*pdfStream)
	if !ok {
		return nil
	}
	data, err := decodeStream(stm)
	if err != nil && len(data) == 0 {
		return nil
	}
	os := &objStream{data: data}
	first := f.intOf(stm.dict["First"])
	count := f.intOf(stm.dict["N"])
	lx := &pdfLexer{data: data}
	for i := 0; i < count && i < 1<<20; i++ {
		_, n := lx.next()
		_, o := lx.next()
		objNum, ok1 := n.(int64)
		off, ok2 := o.(int64)
		if !ok1 || !ok2 || first+int(off) >= len(data) || first+int(off) < 0 {
			break
		}
		os.nums = append(os.nums, int(objNum))
		os.offsets = append(os.offsets, first+int(off))
	}
	f.objStms[num] = os
	return os
}

// intOf returns an integer object's value (a real is truncated), resolving
// references. Anything else, or an absurdly large number, gives -1: the
// callers treat negative values as absent.
func (f *pdfFile) intOf(obj any) int {
	switch v := f.resolve(obj).(type) {
	case int64:
		if v > 1<<40 || v < -(1<<40) {
			return -1
		}
		return int(v)
	case float64:
		if v > 1<<40 || v < -(1<<40) || v != v {
			return -1
		}
		return int(v)
	}
	return -1
}

// num returns a number object's value as float64, resolving references,
// and 0 for anything else.
func (f *pdfFile) num(obj any) float64 {
	switch v := f.resolve(obj).(type) {
	case int64:
		return float64(v)
	case float64:
		if v != v { // NaN
			return 0
		}
		return v
	}
	return 0
}

// intArray returns an array of integers (resolving references).
func (f *pdfFile) intArray(obj any) []int {
	arr, _ := f.resolve(obj).(pdfArray)
	out := make([]int, 0, len(arr))
	for _, v := range arr {
		out = append(out, f.intOf(v))
	}
	return out
}

// dictOf returns obj as a dictionary (a stream gives its dictionary), or nil.
func (f *pdfFile) dictOf(obj any) pdfDict {
	switch v := f.resolve(obj).(type) {
	case pdfDict:
		return v
	case *pdfStream:
		return v.dict
	}
	return nil
}

// arrayOf returns obj as an array, or nil.
func (f *pdfFile) arrayOf(obj any) pdfArray {
	arr, _ := f.resolve(obj).(pdfArray)
	return arr
}

// nameOf returns obj as a name, or "".
func (f *pdfFile) nameOf(obj any) pdfName {
	n, _ := f.resolve(obj).(pdfName)
	return n
}

// String renders an object for error messages and tests.
func (r pdfRef) String() string { return strconv.Itoa(r.num) + " " + strconv.Itoa(r.gen) + " R" }
