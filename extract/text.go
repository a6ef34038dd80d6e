package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// readText reads plain text and markdown: it finds the encoding, decodes to
// UTF-8 and splits lines at LF, CRLF or CR. Markdown headings ("# Title")
// and list items ("- x", "1. x") are marked, so later stages need not
// re-discover them.
func readText(data []byte) (*Document, error) {
	text, enc, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	doc := &Document{Encoding: enc}
	for i, s := range splitLines(text) {
		doc.Lines = append(doc.Lines, textLine(s, i+1))
	}
	return doc, nil
}

// decodeText returns data as UTF-8 and the name of the encoding it was in.
//
// The rules, in order: a byte-order mark decides (UTF-8, UTF-16LE/BE);
// bytes that are valid UTF-8 are UTF-8; otherwise the legacy 8-bit encoding
// whose decoding looks most like text (legacyEncodings) wins. Text with NUL
// bytes and no UTF-16 mark is binary and refused.
func decodeText(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return toValidUTF8(data[3:]), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, "utf-16le")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "utf-16be")
	}
	if looksBinary(data) {
		return "", "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	return decodeLegacy(data)
}

func decodeWith(enc encoding.Encoding, data []byte, name string) (string, string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", err
	}
	return toValidUTF8(out), name, nil
}

func toValidUTF8(b []byte) string {
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// looksBinary reports whether data holds NUL bytes or many control
// characters in its first kilobytes: an image or archive named ".txt".
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	controls := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			controls++
		}
	}
	return controls*20 > len(head)
}

// legacyEncodings are the 8-bit encodings old minutes come in, in order of
// preference when two decode equally well.
var legacyEncodings = []struct {
	name string
	enc  encoding.Encoding
}{
	{"windows-1252", charmap.Windows1252},
	{"macintosh", charmap.Macintosh},
	{"iso-8859-2", charmap.ISO8859_2},
}

// decodeLegacy decodes data with each legacy encoding and keeps the one
// whose non-ASCII characters are most plausible in text: letters and common
// punctuation score, symbols and control characters cost.
func decodeLegacy(data []byte) (string, string, error) {
	best, bestName, bestScore := "", "", 0
	for i, c := range legacyEncodings {
		out, err := c.enc.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		s := string(out)
		score := plausibility(s)
		if i == 0 || score > bestScore {
			best, bestName, bestScore = s, c.name, score
		}
	}
	return best, bestName, nil
}

// plausibility scores the non-ASCII runes of s: a letter between letters is
// what a real accented word looks like; a symbol or a control character is
// what a wrong code page gives.
func plausibility(s string) int {
	score := 0
	runes := []rune(s)
	for i, r := range runes {
		if r < 0x80 {
			continue
		}
		prevLetter := i > 0 && isLetter(runes[i-1])
		nextLetter := i+1 < len(runes) && isLetter(runes[i+1])
		switch {
		case isLetter(r) && (prevLetter || nextLetter):
			score += 2
		case strings.ContainsRune("‘’“”–—…€£©°«»·•", r):
			score++
		case r < 0xA0:
			score -= 4
		default:
			score--
		}
	}
	return score
}

func isLetter(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7)
}

// splitLines splits at LF, CRLF and lone CR, the three line endings found
// in archives, and drops one final empty line.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// textLine makes a Line from one line of plain text or markdown, marking
// markdown headings, list items and table rows.
func textLine(s string, num int) Line {
	s = strings.TrimRight(s, " \t\f\v")
	l := Line{Text: s, Num: num}
	trimmed := strings.TrimLeft(s, " \t")
	switch {
	case trimmed == "":
		l.Kind = Blank
	case markdownHeadingLevel(trimmed) > 0:
		l.Kind = Heading
		l.Level = markdownHeadingLevel(trimmed)
	case strings.HasPrefix(trimmed, "|") && strings.Count(trimmed, "|") >= 2:
		l.Kind = TableRow
		l.Cells = markdownCells(trimmed)
	case isBullet(trimmed):
		l.Kind = ListItem
		l.Level = 1 + indentWidth(s)/2
	}
	return l
}

func markdownHeadingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(s) && s[n] != ' ') {
		return 0
	}
	return n
}

func isBullet(s string) bool {
	if len(s) >= 2 && strings.ContainsRune("-*+•", rune(s[0])) && s[1] == ' ' {
		return true
	}
	return strings.HasPrefix(s, "• ")
}

func indentWidth(s string) int {
	w := 0
	for _, r := range s {
		switch r {
		case ' ':
			w++
		case '\t':
			w += 4
		default:
			return w
		}
	}
	return w
}

// markdownCells splits "| a | b |" into ["a", "b"].
func markdownCells(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "|")
	s = strings.TrimSuffix(s, "|")
	parts := strings.Split(s, "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}
