package pdf

// This file holds the PDF object model and the lexer that reads it, both for
// the objects of the file and for page content streams. The lexer never
// panics and never reads past the end of its input: malformed syntax yields
// a best-effort object (a truncated string, an unterminated array closed at
// the end), because real files are often slightly broken and a reader that
// gives up on the first stray byte loses whole pages.

import (
	"bytes"
	"strconv"
	"strings"
)

// The PDF object types. An object of the file is one of these, or nil for
// null. Numbers are kept as int64 or float64 as written.
type (
	pdfName    string                 // a name such as /Helvetica, without the slash
	pdfString  string                 // the bytes of a literal or hex string
	pdfArray   []any                  // an array of objects
	pdfDict    map[pdfName]any        // a dictionary
	pdfKeyword string                 // an operator in a content stream, or true/false/R/obj
	pdfRef     struct{ num, gen int } // an indirect reference "num gen R"
)

// A pdfStream is a stream object: its dictionary and its raw (still
// encoded, already decrypted) bytes.
type pdfStream struct {
	dict pdfDict
	raw  []byte
	ref  pdfRef // the object it was read from, for decryption and cycle checks
}

// maxNesting bounds how deeply arrays and dictionaries may nest, so hostile
// input cannot exhaust the stack.
const maxNesting = 64

// A pdfLexer reads tokens and objects from a byte slice.
type pdfLexer struct {
	data   []byte
	pos    int
	noRefs bool // content streams have no "n g R" references
}

// isPDFSpace reports whether c is PDF white space.
func isPDFSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0:
		return true
	}
	return false
}

// isPDFDelim reports whether c ends a name, number or keyword.
func isPDFDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skipSpace moves past white space and comments.
func (lx *pdfLexer) skipSpace() {
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		switch {
		case isPDFSpace(c):
			lx.pos++
		case c == '%':
			for lx.pos < len(lx.data) && lx.data[lx.pos] != '\n' && lx.data[lx.pos] != '\r' {
				lx.pos++
			}
		default:
			return
		}
	}
}

// tokenKind tells what next returned.
type tokenKind uint8

const (
	tokEOF     tokenKind = iota
	tokNumber            // value is int64 or float64
	tokString            // value is pdfString
	tokName              // value is pdfName
	tokKeyword           // value is pdfKeyword: operators, true, false, null, R, obj
	tokOpen              // [ or <<  (value is pdfKeyword "[" or "<<")
	tokClose             // ] or >>
)

// next reads one token.
func (lx *pdfLexer) next() (tokenKind, any) {
	lx.skipSpace()
	if lx.pos >= len(lx.data) {
		return tokEOF, nil
	}
	c := lx.data[lx.pos]
	switch {
	case c == '(':
		lx.pos++
		return tokString, lx.literalString()
	case c == '<' && lx.peek(1) == '<':
		lx.pos += 2
		return tokOpen, pdfKeyword("<<")
	case c == '<':
		lx.pos++
		return tokString, lx.hexString()
	case c == '>' && lx.peek(1) == '>':
		lx.pos += 2
		return tokClose, pdfKeyword(">>")
	case c == '[':
		lx.pos++
		return tokOpen, pdfKeyword("[")
	case c == ']':
		lx.pos++
		return tokClose, pdfKeyword("]")
	case c == '/':
		lx.pos++
		return tokName, lx.name()
	case c == '{' || c == '}' || c == ')' || c == '>':
		// PostScript procedure braces and stray closers: a one-byte keyword
		// the callers ignore.
		lx.pos++
		return tokKeyword, pdfKeyword(c)
	}
	word := lx.regular()
	if v, ok := parseNumber(word); ok {
		return tokNumber, v
	}
	if k, ok := knownKeywords[string(word)]; ok {
		return tokKeyword, k // no allocation for the common operators
	}
	return tokKeyword, pdfKeyword(word)
}

// knownKeywords interns the keywords and content-stream operators met
// most often.
var knownKeywords = func() map[string]pdfKeyword {
	m := map[string]pdfKeyword{}
	for _, k := range strings.Fields(`obj endobj stream endstream R true false null xref trailer
		BT ET Tf Tj TJ Td TD Tm T* Tc Tw Tz TL Ts Tr ' " q Q cm Do BMC BDC EMC BI ID EI
		re f F f* B B* b b* S s n W W* m l c v y h g G rg RG k K cs CS sc SC scn SCN gs w J j M d i ri sh`) {
		m[k] = pdfKeyword(k)
	}
	return m
}()

// peek returns the byte at pos+i, or 0 past the end.
func (lx *pdfLexer) peek(i int) byte {
	if lx.pos+i < len(lx.data) {
		return lx.data[lx.pos+i]
	}
	return 0
}

// regular reads a run of regular characters (a number or keyword). It
// always consumes at least one byte so the callers make progress.
func (lx *pdfLexer) regular() []byte {
	start := lx.pos
	for lx.pos < len(lx.data) && !isPDFSpace(lx.data[lx.pos]) && !isPDFDelim(lx.data[lx.pos]) {
		lx.pos++
	}
	if lx.pos == start {
		lx.pos++
	}
	return lx.data[start:lx.pos]
}

// parseNumber reads an integer or real as PDF writes them ("12", "-3.5",
// ".5", "4."), tolerating the doubled signs some producers write ("--3").
// An integer comes back as int64, a real as float64.
func parseNumber(word []byte) (any, bool) {
	f, n, isInt, ok := scanNumber(word)
	switch {
	case !ok:
		return nil, false
	case isInt:
		return n, true
	}
	return f, true
}

// scanNumber is parseNumber without an interface, for the content-stream
// scanner: n is set for an integer (isInt), f always.
func scanNumber(word []byte) (f float64, n int64, isInt, ok bool) {
	if len(word) == 0 || len(word) > 40 {
		return 0, 0, false, false
	}
	digits, dot := 0, false
	for i, c := range word {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		case (c == '-' || c == '+') && i == 0:
		case c == '-' && i == 1 && word[0] == '-':
		default:
			return 0, 0, false, false
		}
	}
	if digits == 0 {
		return 0, 0, false, false
	}
	if len(word) > 1 && word[0] == '-' && word[1] == '-' {
		word = word[1:]
	}
	if digits <= 15 {
		f, n, isInt = shortNumber(word)
		return f, n, isInt, true
	}
	if !dot {
		if n, err := strconv.ParseInt(string(word), 10, 64); err == nil {
			return float64(n), n, true, true
		}
	}
	f, err := strconv.ParseFloat(string(word), 64)
	if err != nil && dot && word[len(word)-1] == '.' {
		f, err = strconv.ParseFloat(string(word[:len(word)-1]), 64) // "4." is 4
	}
	if err != nil {
		return 0, 0, false, false
	}
	return f, 0, false, true
}

// shortNumber reads a number of at most 15 digits, already checked,
// without strconv: the digits are an exact integer, and dividing it by an
// exact power of ten rounds once, to the same float64 as ParseFloat.
func shortNumber(word []byte) (f float64, n int64, isInt bool) {
	neg := word[0] == '-'
	var mantissa int64
	decimals, dot := 0, false
	for _, c := range word {
		switch {
		case c == '.':
			dot = true
		case c >= '0' && c <= '9':
			mantissa = mantissa*10 + int64(c-'0')
			if dot {
				decimals++
			}
		}
	}
	if !dot {
		if neg {
			mantissa = -mantissa
		}
		return float64(mantissa), mantissa, true
	}
	f = float64(mantissa) / powersOfTen[decimals]
	if neg {
		f = -f
	}
	return f, 0, false
}

var powersOfTen = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// name reads a name after its slash, decoding #xx escapes.
func (lx *pdfLexer) name() pdfName {
	start := lx.pos
	raw := lx.regularRun()
	if bytes.IndexByte(raw, '#') < 0 {
		return pdfName(raw)
	}
	lx.pos = start
	return pdfName(lx.appendName(nil))
}

// regularRun reads a run of regular characters, possibly empty.
func (lx *pdfLexer) regularRun() []byte {
	start := lx.pos
	for lx.pos < len(lx.data) && !isPDFSpace(lx.data[lx.pos]) && !isPDFDelim(lx.data[lx.pos]) {
		lx.pos++
	}
	return lx.data[start:lx.pos]
}

// appendName reads a name after its slash and appends it to b, #xx
// escapes decoded.
func (lx *pdfLexer) appendName(b []byte) []byte {
	raw := lx.regularRun()
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) {
			if h, ok := hexPair(raw[i+1], raw[i+2]); ok {
				b = append(b, h)
				i += 2
				continue
			}
		}
		b = append(b, raw[i])
	}
	return b
}

// hexDigit returns the value of a hex digit.
func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func hexPair(a, b byte) (byte, bool) {
	x, ok1 := hexDigit(a)
	y, ok2 := hexDigit(b)
	return x<<4 | y, ok1 && ok2
}

// hexString reads <...> after the '<'.
func (lx *pdfLexer) hexString() pdfString {
	return pdfString(lx.appendHex(nil))
}

// appendHex reads <...> after the '<' and appends the bytes to b. White
// space and junk are skipped; an odd final digit counts as followed by 0,
// as the standard says.
func (lx *pdfLexer) appendHex(b []byte) []byte {
	var hi byte
	half := false
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		if c == '>' {
			break
		}
		d, ok := hexDigit(c)
		if !ok {
			continue
		}
		if half {
			b = append(b, hi<<4|d)
		} else {
			hi = d
		}
		half = !half
	}
	if half {
		b = append(b, hi<<4)
	}
	return b
}

// literalString reads (...) after the '('.
func (lx *pdfLexer) literalString() pdfString {
	return pdfString(lx.appendLiteral(nil))
}

// appendLiteral reads (...) after the '(' with nested parentheses and
// backslash escapes, and appends the bytes to b. An unterminated string
// ends at the end of the data.
func (lx *pdfLexer) appendLiteral(b []byte) []byte {
	depth := 1
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return b
			}
		case '\\':
			if lx.pos >= len(lx.data) {
				return b
			}
			b = lx.escape(b)
			continue
		case '\r':
			// An end of line in a string is a single \n whatever its bytes.
			if lx.peek(0) == '\n' {
				lx.pos++
			}
			c = '\n'
		}
		b = append(b, c)
	}
	return b
}

// escape decodes one backslash escape of a literal string, appending to b.
func (lx *pdfLexer) escape(b []byte) []byte {
	c := lx.data[lx.pos]
	lx.pos++
	switch c {
	case 'n':
		return append(b, '\n')
	case 'r':
		return append(b, '\r')
	case 't':
		return append(b, '\t')
	case 'b':
		return append(b, '\b')
	case 'f':
		return append(b, '\f')
	case '\r':
		if lx.peek(0) == '\n' {
			lx.pos++
		}
		return b // a line continuation
	case '\n':
		return b
	}
	if c >= '0' && c <= '7' {
		v := int(c - '0')
		for i := 0; i < 2 && lx.pos < len(lx.data); i++ {
			d := lx.data[lx.pos]
			if d < '0' || d > '7' {
				break
			}
			v = v*8 + int(d-'0')
			lx.pos++
		}
		return append(b, byte(v))
	}
	return append(b, c) // \( \) \\ and unknown escapes keep the character
}

// object reads one complete object: a number, string, name, array,
// dictionary, keyword, or a reference "n g R". It returns the token kind
// tokEOF at the end of the data. A stray closer is returned as a keyword.
func (lx *pdfLexer) object(depth int) (any, tokenKind) {
	kind, v := lx.next()
	switch kind {
	case tokOpen:
		if depth >= maxNesting {
			return nil, tokKeyword
		}
		if v == pdfKeyword("[") {
			return lx.array(depth + 1), tokOpen
		}
		return lx.dict(depth + 1), tokOpen
	case tokNumber:
		if n, ok := v.(int64); ok && n >= 0 && !lx.noRefs {
			if ref, ok := lx.tryRef(n); ok {
				return ref, tokNumber
			}
		}
	case tokKeyword:
		switch v {
		case pdfKeyword("true"):
			return true, tokKeyword
		case pdfKeyword("false"):
			return false, tokKeyword
		case pdfKeyword("null"):
			return nil, tokKeyword
		}
	}
	return v, kind
}

// tryRef looks ahead for "gen R" after the integer num and consumes it if
// it is there.
func (lx *pdfLexer) tryRef(num int64) (pdfRef, bool) {
	save := lx.pos
	kind, gen := lx.next()
	if g, ok := gen.(int64); ok && kind == tokNumber && g >= 0 && g < 1<<20 && num < 1<<31 {
		if k, r := lx.next(); k == tokKeyword && r == pdfKeyword("R") {
			return pdfRef{int(num), int(g)}, true
		}
	}
	lx.pos = save
	return pdfRef{}, false
}

// array reads the elements of an array after its '['.
func (lx *pdfLexer) array(depth int) pdfArray {
	var arr pdfArray
	for {
		save := lx.pos
		v, kind := lx.object(depth)
		switch {
		case kind == tokEOF:
			return arr
		case kind == tokClose:
			if v == pdfKeyword(">>") {
				lx.pos = save // a dictionary closes around an unclosed array
			}
			return arr
		case kind == tokKeyword && isObjectEnd(v):
			lx.pos = save
			return arr
		}
		arr = append(arr, v)
	}
}

// isObjectEnd reports whether a keyword ends an indirect object, so a
// broken array or dictionary stops before it.
func isObjectEnd(v any) bool {
	k, _ := v.(pdfKeyword)
	return k == "endobj" || k == "stream" || k == "obj"
}

// dict reads the entries of a dictionary after its '<<'. Keys that are not
// names and their values are dropped.
func (lx *pdfLexer) dict(depth int) pdfDict {
	d := pdfDict{}
	for {
		save := lx.pos
		k, kind := lx.object(depth)
		switch {
		case kind == tokEOF:
			return d
		case kind == tokClose:
			if k == pdfKeyword("]") {
				continue // a stray ']' inside a dictionary
			}
			return d
		case kind == tokKeyword && isObjectEnd(k):
			lx.pos = save
			return d
		}
		key, ok := k.(pdfName)
		if !ok {
			continue
		}
		save = lx.pos
		v, vkind := lx.object(depth)
		switch {
		case vkind == tokEOF:
			return d
		case vkind == tokClose:
			lx.pos = save // "/Key >>": a key with no value
			continue
		case vkind == tokKeyword && isObjectEnd(v):
			lx.pos = save
			return d
		}
		d[key] = v
	}
}
