package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// readText reads plain text and markdown. It finds the encoding (see
// charset.go), splits lines at LF, CRLF or lone CR, and marks what markdown
// shows of the layout (see text_markdown.go): headings, list items, table
// rows, rules and blank lines.
//
// Each line's Text is its source line without trailing white space and
// without control characters; markdown markup (#, *, **, |) is kept, so
// the text and its line number point exactly at the source. The one
// exception is YAML front matter, which is not text a person reads: its
// title becomes a heading holding only the value (markdown.addFrontMatter).
func readText(data []byte) (*document.Document, error) {
	dec, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(dec.text) == "" {
		return nil, document.ErrEmpty
	}
	doc := &document.Document{Encoding: dec.codec.name, Warnings: dec.warnings}
	md := markdown{lines: make([]document.Line, 0, countLines(dec.text))}
	fm := findFrontMatter(dec.text)
	var controls controlCount
	pages := newFormFeedPages(dec.text)
	eachLine(dec.text, func(num int, line string) {
		pages.see(num, line)
		line = controls.strip(line, num)
		line = strings.TrimRight(line, " \t")
		if num <= fm.lines {
			md.addFrontMatter(num, line, num == 1 || num == fm.lines)
			return
		}
		md.add(num, line)
	})
	doc.Lines = md.finish()
	doc.Pages = pages.apply(doc.Lines)
	doc.Warnings = append(doc.Warnings, controls.warnings("text")...)
	return doc, nil
}

// formFeedPages numbers the pages of text that marks page breaks with form
// feeds, as pdftotext and old word processors write it: the line holding
// a form feed, and those after it, are on the next page.
type formFeedPages struct {
	used   bool  // the text has form feeds at all
	page   int   // the current page
	pageOf []int // page of each line number (index num-1)
}

func newFormFeedPages(text string) *formFeedPages {
	if !strings.Contains(text, "\f") {
		return &formFeedPages{}
	}
	return &formFeedPages{used: true, page: 1}
}

func (p *formFeedPages) see(num int, line string) {
	if !p.used {
		return
	}
	p.page += strings.Count(line, "\f")
	for len(p.pageOf) < num {
		p.pageOf = append(p.pageOf, p.page)
	}
}

// apply sets the page of every line and returns the number of pages, 0 for
// text without form feeds. A form feed at the very end starts no page.
func (p *formFeedPages) apply(lines []document.Line) int {
	if !p.used {
		return 0
	}
	last := 0
	for i := range lines {
		if n := lines[i].Num; n >= 1 && n <= len(p.pageOf) {
			lines[i].Page = p.pageOf[n-1]
			if !lines[i].IsBlank() {
				last = max(last, lines[i].Page)
			}
		}
	}
	return last
}

// decodeText returns data as UTF-8 with the encoding it was in. Text
// without a byte-order mark or a UTF-16 pattern whose bytes are mostly
// control characters is binary, an image or archive named ".txt", and
// refused with ErrBinary.
func decodeText(data []byte) (decoding, error) {
	if c, n, ok := bomCodec(data); ok {
		body := data[n:]
		if c.name == utf8Codec.name && looksBinary(body) {
			return decoding{}, document.ErrBinary
		}
		if c.name == utf8Codec.name && !utf8.Valid(body) {
			return decodeInvalidUTF8(body, windows1252, "text", "the file has a UTF-8 byte-order mark"), nil
		}
		dec := decoding{text: decodeAll(c, body), codec: c}
		if looksBinary(dec.text) || looksRandom(dec.text) {
			return decoding{}, document.ErrBinary
		}
		return dec, nil
	}
	if _, utf16 := sniffUTF16(data); !utf16 && looksBinary(data) {
		return decoding{}, document.ErrBinary
	}
	dec := decodeUndeclared(data, "text")
	if isUTF16(dec.codec) && (looksBinary(dec.text) || looksRandom(dec.text)) {
		return decoding{}, document.ErrBinary // the bytes were checked above unless they were UTF-16
	}
	return dec, nil
}

// isUTF16 reports whether c is one of the UTF-16 encodings.
func isUTF16(c codec) bool {
	return c.name == utf16LE.name || c.name == utf16BE.name
}

// looksRandom reports whether more than one character in twenty of s is
// not a character of any text: unassigned, private use, or undecodable.
// Binary junk behind a UTF-16 byte-order mark decodes to such characters
// among random ideographs, while its bytes hold no telling NULs.
func looksRandom(s string) bool {
	odd, n := 0, 0
	for _, r := range s {
		n++
		if r == utf8.RuneError || (!unicode.IsGraphic(r) && !unicode.IsSpace(r) && r != '\u200b' && r != '\uFEFF') {
			odd++
		}
	}
	return odd*20 > n
}

// looksBinary reports whether s holds more NUL bytes, control characters
// or undecodable characters than text does: NUL in more than one byte in a
// thousand, other control characters (form feed, vertical tab and the line
// ends excepted) or U+FFFD in more than one in fifty, beyond four. A few
// stray ones are damage, and are removed with a warning (controlCount).
func looksBinary[T string | []byte](s T) bool {
	nuls, odd := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0:
			nuls++
		case isStrayControl(c):
			odd++
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] == 0xBD: // U+FFFD
			odd++
		}
	}
	return nuls*1000 > len(s) || (nuls+odd-4)*50 > len(s)
}

// isStrayControl reports whether c is a control character that has no
// place in text: all of C0 and DEL except tab, the line ends, form feed
// and vertical tab.
func isStrayControl(c byte) bool {
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F
}

// eachLine calls fn with each line of s and its 1-based number. Lines end
// at LF, CRLF or a lone CR (old Mac files); a final line end does not start
// an empty line. It makes no copies: each line is a substring of s, so the
// time and memory are linear in the size of s.
func eachLine(s string, fn func(num int, line string)) {
	num := 0
	for len(s) > 0 {
		num++
		end := strings.IndexAny(s, "\r\n")
		if end < 0 {
			fn(num, s)
			return
		}
		fn(num, s[:end])
		if s[end] == '\r' && end+1 < len(s) && s[end+1] == '\n' {
			end++
		}
		s = s[end+1:]
	}
}

// countLines returns how many lines eachLine finds in s (exactly, unless
// LF, CRLF and lone CR are mixed), so the lines are allocated once: growing
// a slice of a few million lines by doubling would copy it over and over.
func countLines(s string) int {
	lf, cr := strings.Count(s, "\n"), strings.Count(s, "\r")
	return lf + max(cr-lf, 0) + 1
}

// A controlCount strips control characters from lines and counts them for
// one warning. Form feeds and vertical tabs (page breaks in old text files)
// and stray byte-order marks (files joined together) are removed silently.
type controlCount struct {
	n, first int
}

func (c *controlCount) strip(line string, num int) string {
	if !hasControl(line) {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	for _, r := range line {
		switch {
		case r == '\f' || r == '\v' || r == '\uFEFF':
		case r < utf8.RuneSelf && isStrayControl(byte(r)):
			if c.n == 0 {
				c.first = num
			}
			c.n++
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hasControl reports whether line holds anything strip removes.
func hasControl(line string) bool {
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '\f' || c == '\v' || isStrayControl(c) || (c == 0xEF && strings.HasPrefix(line[i:], "\uFEFF")) {
			return true
		}
	}
	return false
}

func (c *controlCount) warnings(stage string) []document.Warning {
	if c.n == 0 {
		return nil
	}
	msg := "1 control character removed"
	if c.n > 1 {
		msg = fmt.Sprintf("%d control characters removed, the first here", c.n)
	}
	return []document.Warning{{Stage: stage, Place: document.Place{Line: c.first}, Message: msg}}
}
