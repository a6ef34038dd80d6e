package pdf

// The content-stream scanner: a page's operators, each with its operands.
// A page of text has tens of thousands of operands, so reading them
// allocates nothing in the common case: numbers are float64, strings and
// names are bytes held in the scanner's buffers, and an array's elements
// are operands in the same buffers. All of them are valid until the next
// operator is read. The rules of the syntax are the object lexer's
// (lex.go), which the scanner uses for the tokens themselves.

// An operandKind tells what an operand holds.
type operandKind uint8

const (
	opOther  operandKind = iota // anything the interpreter ignores: booleans, null, stray closers
	opNumber                    // num
	opString                    // bytes: the string's bytes, escapes decoded
	opName                      // bytes: the name without its slash, escapes decoded
	opArray                     // elems
	opDict                      // dict, read by the object lexer (marked-content properties)
)

// An operand is one operand of a content-stream operator.
type operand struct {
	kind  operandKind
	num   float64
	bytes []byte
	elems []operand
	dict  pdfDict
}

// maxOperands bounds the operands kept for one operator; real operators
// take at most a handful.
const maxOperands = 64

// A contentScanner reads a content stream operator by operator.
type contentScanner struct {
	lx    pdfLexer
	ops   []operand // the current operator's operands
	elems []operand // the elements of its arrays
	bytes []byte    // the bytes of its strings and names
}

// newContentScanner starts reading content.
func newContentScanner(content []byte) *contentScanner {
	return &contentScanner{lx: pdfLexer{data: content, noRefs: true}}
}

// reset starts reading content with the buffers of the stream read
// before, which a page's interpreter hands on to the next page's: their
// operands grow them to the size a page needs once, not on every page.
func (sc *contentScanner) reset(content []byte) {
	sc.lx = pdfLexer{data: content, noRefs: true}
	sc.ops, sc.elems, sc.bytes = sc.ops[:0], sc.elems[:0], sc.bytes[:0]
}

// next reads up to the next operator and returns it with its operands.
// The operator is the interned name of a known operator, or "" for one
// the interpreter has no use for (which still ends its operands, as any
// keyword does). ok is false at the end of the stream.
func (sc *contentScanner) next() (op string, operands []operand, ok bool) {
	sc.ops, sc.elems, sc.bytes = sc.ops[:0], sc.elems[:0], sc.bytes[:0]
	for {
		v, keyword, ok := sc.token(0)
		switch {
		case !ok:
			return "", nil, false
		case keyword != nil && !isValueKeyword(keyword):
			return string(knownKeywords[string(keyword)]), sc.ops, true
		case len(sc.ops) < maxOperands:
			sc.ops = append(sc.ops, v)
		}
	}
}

// isValueKeyword reports whether a keyword is a value (true, false,
// null) rather than an operator.
func isValueKeyword(k []byte) bool {
	switch string(k) {
	case "true", "false", "null":
		return true
	}
	return false
}

// token reads one operand, or returns a keyword's bytes (an operator,
// or true, false or null, which the interpreter has no use for). ok is
// false at the end of the stream. depth counts the arrays and
// dictionaries around the token.
func (sc *contentScanner) token(depth int) (v operand, keyword []byte, ok bool) {
	lx := &sc.lx
	lx.skipSpace()
	if lx.pos >= len(lx.data) {
		return operand{}, nil, false
	}
	switch c := lx.data[lx.pos]; {
	case c == '(':
		lx.pos++
		start := len(sc.bytes)
		sc.bytes = lx.appendLiteral(sc.bytes)
		return operand{kind: opString, bytes: sc.bytes[start:len(sc.bytes):len(sc.bytes)]}, nil, true
	case c == '<' && lx.peek(1) == '<':
		d, _ := lx.object(depth)
		dict, _ := d.(pdfDict)
		return operand{kind: opDict, dict: dict}, nil, true
	case c == '<':
		lx.pos++
		start := len(sc.bytes)
		sc.bytes = lx.appendHex(sc.bytes)
		return operand{kind: opString, bytes: sc.bytes[start:len(sc.bytes):len(sc.bytes)]}, nil, true
	case c == '/':
		lx.pos++
		start := len(sc.bytes)
		sc.bytes = lx.appendName(sc.bytes)
		return operand{kind: opName, bytes: sc.bytes[start:len(sc.bytes):len(sc.bytes)]}, nil, true
	case c == '[':
		lx.pos++
		if depth >= maxNesting {
			return operand{}, nil, true
		}
		return sc.array(depth + 1), nil, true
	case c == ']' || c == '>' && lx.peek(1) == '>':
		lx.next()
		return operand{}, nil, true // a stray closer: an operand no operator uses
	case c == '{' || c == '}' || c == ')' || c == '>':
		// PostScript procedure braces and stray closers: one-byte
		// keywords.
		lx.pos++
		return operand{}, lx.data[lx.pos-1 : lx.pos], true
	}
	word := lx.regular()
	if f, _, _, isNum := scanNumber(word); isNum {
		return operand{kind: opNumber, num: f}, nil, true
	}
	return operand{}, word, true
}

// array reads the elements of an array after its '['. As in the object
// lexer, a '>>' or a keyword that ends an object closes an unclosed
// array before it, and other keywords are elements.
func (sc *contentScanner) array(depth int) operand {
	lx := &sc.lx
	start := len(sc.elems)
	for {
		lx.skipSpace()
		if lx.peek(0) == ']' {
			lx.pos++
			break
		}
		if lx.peek(0) == '>' && lx.peek(1) == '>' {
			break
		}
		save := lx.pos
		v, keyword, ok := sc.token(depth)
		if !ok {
			break
		}
		if keyword != nil && isObjectEnd(pdfKeyword(keyword)) {
			lx.pos = save
			break
		}
		sc.elems = append(sc.elems, v)
	}
	if depth > 1 {
		// No operator the interpreter runs takes nested arrays: their
		// elements are dropped, which keeps the outer array's together.
		sc.elems = sc.elems[:start]
		return operand{}
	}
	return operand{kind: opArray, elems: sc.elems[start:len(sc.elems):len(sc.elems)]}
}
