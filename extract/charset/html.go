package charset

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"

	"minutes/document"
)

// DecodeHTML decodes a page to UTF-8, finding its encoding as a browser
// does — byte-order mark, then the page's own declaration, then the bytes
// — but checking the declaration against the bytes, since old pages often
// declare what their editor did not write:
//
//   - declared UTF-8 with invalid bytes: the invalid bytes are read in the
//     legacy encoding that suits them (decodeInvalidUTF8);
//   - declared Latin-1 or another 8-bit code page, but the bytes are valid
//     UTF-8 with multi-byte characters: UTF-8 (valid multi-byte UTF-8 by
//     chance in Latin-1 text is vanishingly rare);
//   - declared an 8-bit code page, but another reads clearly more like text
//     (Mac Word wrote MacRoman under "iso-8859-1": its ’ and – show as Õ
//     and Ð): the other one (declaredIsWrong).
//
// Each override is a warning naming what was declared and what was used.
func DecodeHTML(data []byte) Decoding {
	if c, n, ok := BOM(data); ok {
		body := data[n:]
		if c.name == utf8Codec.name && !utf8.Valid(body) {
			return decodeInvalidUTF8(body, windows1252, "html", "the page has a UTF-8 byte-order mark")
		}
		return Decoding{Text: DecodeAll(c, body), Codec: c}
	}
	label := declaredCharset(data)
	if label == "" {
		return decodeUndeclared(data, "html")
	}
	declared, ok := lookupCharset(label, data)
	if !ok {
		dec := decodeUndeclared(data, "html")
		dec.Warnings = append([]document.Warning{{Stage: "html",
			Message: fmt.Sprintf("the page declares an unknown charset %q; ignored", label)}}, dec.Warnings...)
		return dec
	}
	return decodeDeclared(data, label, declared)
}

// decodeDeclared decodes data that declares the encoding declared (under
// the label written in the page).
func decodeDeclared(data []byte, label string, declared Codec) Decoding {
	claim := fmt.Sprintf("the page declares %s", strings.ToLower(label))
	switch {
	case declared.name == utf16LE.name || declared.name == utf16BE.name:
		// A page that could be read far enough to find the declaration is
		// not UTF-16; browsers read it as UTF-8 (WHATWG prescan rule).
		if c, ok := SniffUTF16(data); ok {
			return Decoding{Text: DecodeAll(c, data), Codec: c}
		}
		return decodeDeclared(data, "utf-8", utf8Codec)
	case declared.name == utf8Codec.name:
		if utf8.Valid(data) {
			return Decoding{Text: string(data), Codec: utf8Codec}
		}
		return decodeInvalidUTF8(data, windows1252, "html", claim)
	}
	table, singleByte := declared.enc.(*charmap.Charmap)
	if !singleByte || table == nil {
		return Decoding{Text: DecodeAll(declared, data), Codec: declared}
	}
	if valid, _ := countUTF8(data); valid > 0 && utf8.Valid(data) {
		return Decoding{Text: string(data), Codec: utf8Codec, Warnings: []document.Warning{{Stage: "html",
			Message: claim + " but its bytes are UTF-8; read as UTF-8"}}}
	}
	if better, ok := declaredIsWrong(data, declared); ok {
		return Decoding{Text: DecodeAll(better, data), Codec: better, Warnings: []document.Warning{{Stage: "html",
			Message: fmt.Sprintf("%s but its characters read as %s; read as %s", claim, better.title, better.title)}}}
	}
	return Decoding{Text: DecodeAll(declared, data), Codec: declared}
}

// declaredIsWrong compares how plausibly the declared 8-bit encoding and
// the other legacy ones read the high bytes (plausibility), and returns
// another one when it reads clearly better: by a margin of 4 plus one per
// 8 high bytes, so a few ambiguous characters never overrule a
// declaration.
func declaredIsWrong(data []byte, declared Codec) (Codec, bool) {
	high := 0
	for _, b := range data {
		if b >= utf8.RuneSelf {
			high++
		}
	}
	if high == 0 {
		return Codec{}, false
	}
	declaredScore := plausibility(data, byteTable(declared), nil)
	best := bestLegacy(data, declared, nil)
	if best.name == declared.name {
		return Codec{}, false
	}
	if plausibility(data, byteTable(best), nil)-declaredScore < 4+high/8 {
		return Codec{}, false
	}
	return latin1Name(best, data), true
}

// maxPrescan bounds the search for a declaration. Browsers look at 1024
// bytes; Word pages put a long <style> first, so the whole <head> is
// searched up to this size.
const maxPrescan = 64 << 10

// xmlDeclaration matches the encoding of an XHTML file's XML declaration.
var xmlDeclaration = regexp.MustCompile(`^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']`)

// declaredCharset returns the charset label a page declares in its head:
// <meta charset="x">, <meta http-equiv="Content-Type" content="…;
// charset=x">, or an XML declaration; "" when it declares none. The search
// ends at the first element that belongs in the body.
func declaredCharset(data []byte) string {
	head := data[:min(len(data), maxPrescan)]
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return xmlCharset(head)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "meta":
				if label := metaCharset(z, hasAttr); label != "" {
					return label
				}
			case "html", "head", "title", "link", "style", "script", "base", "noscript", "template", "object":
			default:
				return xmlCharset(head)
			}
		}
	}
}

// metaCharset reads a <meta> element's attributes for a charset.
func metaCharset(z *html.Tokenizer, hasAttr bool) string {
	var charset, content string
	pragma := false
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch string(key) {
		case "charset":
			charset = string(val)
		case "content":
			content = string(val)
		case "http-equiv":
			pragma = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		}
	}
	if charset != "" {
		return strings.TrimSpace(charset)
	}
	if pragma || content != "" {
		return charsetParam(content)
	}
	return ""
}

// charsetParam returns the charset parameter of a Content-Type value:
// "text/html; charset=iso-8859-1" gives "iso-8859-1".
func charsetParam(s string) string {
	lower := strings.ToLower(s)
	i := strings.Index(lower, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[i+len("charset"):], " \t\r\n\f")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n\f")
	if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
		if end := strings.IndexByte(rest[1:], rest[0]); end >= 0 {
			return rest[1 : end+1]
		}
		return ""
	}
	if end := strings.IndexAny(rest, "; \t\r\n\f\"'"); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// xmlCharset returns the encoding an XML declaration names, or "".
func xmlCharset(head []byte) string {
	if m := xmlDeclaration.FindSubmatch(head[:min(len(head), 256)]); m != nil {
		return string(m[1])
	}
	return ""
}
