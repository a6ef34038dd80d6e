package charset

import (
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// DecodeText returns data as UTF-8 with the encoding it was in. Text
// without a byte-order mark or a UTF-16 pattern whose bytes are mostly
// control characters is binary, an image or archive named ".txt", and
// refused with document.ErrBinary.
func DecodeText(data []byte) (Decoding, error) {
	if c, n, ok := BOM(data); ok {
		body := data[n:]
		if c.name == utf8Codec.name && LooksBinary(body) {
			return Decoding{}, document.ErrBinary
		}
		if c.name == utf8Codec.name && !utf8.Valid(body) {
			return decodeInvalidUTF8(body, windows1252, "text", "the file has a UTF-8 byte-order mark"), nil
		}
		dec := Decoding{Text: DecodeAll(c, body), Codec: c}
		if LooksBinary(dec.Text) || looksRandom(dec.Text) {
			return Decoding{}, document.ErrBinary
		}
		return dec, nil
	}
	if _, utf16 := SniffUTF16(data); !utf16 && LooksBinary(data) {
		return Decoding{}, document.ErrBinary
	}
	dec := decodeUndeclared(data, "text")
	if isUTF16(dec.Codec) && (LooksBinary(dec.Text) || looksRandom(dec.Text)) {
		return Decoding{}, document.ErrBinary // the bytes were checked above unless they were UTF-16
	}
	return dec, nil
}

// isUTF16 reports whether c is one of the UTF-16 encodings.
func isUTF16(c Codec) bool {
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

// LooksBinary reports whether s holds more NUL bytes, control characters
// or undecodable characters than text does: NUL in more than one byte in a
// thousand, other control characters (form feed, vertical tab and the line
// ends excepted) or U+FFFD in more than one in fifty, beyond four. A few
// stray ones are damage, and the text reader removes them with a warning.
func LooksBinary[T string | []byte](s T) bool {
	nuls, odd := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0:
			nuls++
		case IsStrayControl(c):
			odd++
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] == 0xBD: // U+FFFD
			odd++
		}
	}
	return nuls*1000 > len(s) || (nuls+odd-4)*50 > len(s)
}

// IsStrayControl reports whether c is a control character that has no
// place in text: all of C0 and DEL except tab, the line ends, form feed
// and vertical tab.
func IsStrayControl(c byte) bool {
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F
}
