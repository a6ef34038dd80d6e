// Package charset finds the character encoding of text and HTML files and
// decodes them to UTF-8: DecodeText for the text reader (extract/text),
// DecodeHTML for the HTML reader (extract/html); BOM, SniffUTF16,
// DecodeAll and LooksBinary let extract.Sniff read the head of a file.
// The rules, in the order they are tried:
//
//  1. A byte-order mark decides (UTF-8, UTF-16, UTF-32).
//  2. An HTML page's declaration (<meta charset>) is next, but it is checked
//     against the bytes: a page that declares Latin-1 but holds UTF-8 or
//     MacRoman bytes is read as what it holds, with a warning.
//  3. Without a mark, UTF-16 shows itself by its zero bytes: ASCII text in
//     UTF-16LE has a zero at every odd offset.
//  4. Bytes that are valid UTF-8 are UTF-8.
//  5. UTF-8 with some invalid bytes is UTF-8 with pieces pasted from a
//     legacy file, when it reads more plausibly so than as a legacy file:
//     those bytes are read in the legacy encoding that suits them best,
//     and each line where it happened gets a warning (decodeInvalidUTF8).
//  6. Otherwise the file is in a legacy 8-bit encoding: the one whose
//     reading of the high bytes looks most like text wins (plausibility).
//     Windows-1252 wins ties; it is named ISO-8859-1 when the file uses
//     none of the characters it adds (latin1Name).
//
// Bytes that are mostly NULs and control characters are no text at all:
// DecodeText refuses them with document.ErrBinary (LooksBinary).
package charset

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"minutes/document"
)

// A Codec is an encoding with the names the reader gives it.
type Codec struct {
	name  string // as Document.Encoding records it: lower-case, IANA-ish
	title string // as a warning writes it for a person
	enc   encoding.Encoding
}

// Name names the encoding as Document.Encoding records it: lower-case,
// IANA-ish ("utf-8", "windows-1252", "macintosh").
func (c Codec) Name() string { return c.name }

// The encodings the readers name themselves. Others (Shift_JIS, KOI8-R …)
// come from an HTML declaration and are named by htmlindex.
var (
	utf8Codec    = Codec{"utf-8", "UTF-8", xunicode.UTF8}
	utf16LE      = Codec{"utf-16le", "UTF-16LE", xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)}
	utf16BE      = Codec{"utf-16be", "UTF-16BE", xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)}
	utf32LE      = Codec{"utf-32le", "UTF-32LE", utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)}
	utf32BE      = Codec{"utf-32be", "UTF-32BE", utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)}
	windows1252  = Codec{"windows-1252", "Windows-1252", charmap.Windows1252}
	iso8859_1    = Codec{"iso-8859-1", "ISO-8859-1", charmap.ISO8859_1}
	macRoman     = Codec{"macintosh", "MacRoman", charmap.Macintosh}
	windows1250  = Codec{"windows-1250", "Windows-1250", charmap.Windows1250}
	iso8859_2    = Codec{"iso-8859-2", "ISO-8859-2", charmap.ISO8859_2}
	legacyCodecs = []Codec{windows1252, macRoman, windows1250, iso8859_2}
)

// byteOrderMarks are tried longest first: the UTF-32LE mark begins with the
// UTF-16LE one.
var byteOrderMarks = []struct {
	mark  []byte
	codec Codec
}{
	{[]byte{0x00, 0x00, 0xFE, 0xFF}, utf32BE},
	{[]byte{0xFF, 0xFE, 0x00, 0x00}, utf32LE},
	{[]byte{0xEF, 0xBB, 0xBF}, utf8Codec},
	{[]byte{0xFE, 0xFF}, utf16BE},
	{[]byte{0xFF, 0xFE}, utf16LE},
}

// BOM returns the encoding named by data's byte-order mark and the
// length of the mark.
func BOM(data []byte) (Codec, int, bool) {
	for _, b := range byteOrderMarks {
		if bytes.HasPrefix(data, b.mark) {
			return b.codec, len(b.mark), true
		}
	}
	return Codec{}, 0, false
}

// SniffUTF16 recognises UTF-16 without a byte-order mark by where its zero
// bytes fall. Text in Latin script has the high byte of nearly every code
// unit zero: at odd offsets in little-endian, at even ones in big-endian.
// It needs at least four code units and a clear pattern: zeros at two in
// five code units on one side and almost none on the other.
func SniffUTF16(data []byte) (Codec, bool) {
	sample := data[:min(len(data), 4096)&^1]
	units := len(sample) / 2
	if units < 4 {
		return Codec{}, false
	}
	evenZeros, oddZeros := 0, 0
	for i := 0; i+1 < len(sample); i += 2 {
		if sample[i] == 0 {
			evenZeros++
		}
		if sample[i+1] == 0 {
			oddZeros++
		}
	}
	switch {
	case oddZeros*5 >= units*2 && evenZeros*20 <= units:
		return utf16LE, true
	case evenZeros*5 >= units*2 && oddZeros*20 <= units:
		return utf16BE, true
	}
	return Codec{}, false
}

// DecodeAll decodes data with c; the x/text decoders replace what they
// cannot decode with U+FFFD, and the result is made valid UTF-8 whatever
// the decoder does.
func DecodeAll(c Codec, data []byte) string {
	out, err := c.enc.NewDecoder().Bytes(data)
	if err != nil {
		// Decoders of the encodings used here never fail; be safe anyway.
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// A Decoding is the text of a file in UTF-8, with the encoding it was read
// from and what had to be guessed.
type Decoding struct {
	Text     string             // the text in UTF-8
	Codec    Codec              // the encoding it was read from
	Warnings []document.Warning // what was guessed or overruled
}

// decodeUndeclared decodes data that carries no byte-order mark and no
// declaration: rules 3 to 6 above. The stage names the reader in warnings.
func decodeUndeclared(data []byte, stage string) Decoding {
	if c, ok := SniffUTF16(data); ok {
		return Decoding{Text: DecodeAll(c, data), Codec: c, Warnings: []document.Warning{{
			Stage:   stage,
			Message: fmt.Sprintf("no byte-order mark; read as %s from the pattern of zero bytes", c.title),
		}}}
	}
	if utf8.Valid(data) {
		return Decoding{Text: string(data), Codec: utf8Codec}
	}
	return decodeInvalidUTF8(data, windows1252, stage, "")
}

// decodeInvalidUTF8 decodes data that is not valid UTF-8 (rules 5 and 6).
// Two readings compete: UTF-8 with its invalid bytes read in the legacy
// encoding that suits them best, and the whole file in the legacy encoding
// that suits it best. The one whose non-ASCII characters are more
// plausible wins; a tie goes to UTF-8 when the file holds valid multi-byte
// sequences. (A legacy file holds such sequences only by chance, and read
// as UTF-8 its neighbours turn into symbols; a UTF-8 file with a pasted
// legacy line, read as legacy, turns every "ž" into "Å¾".) prefer wins
// ties between legacy encodings. claim, when not empty, is what the file
// said it was ("the page declares utf-8"), to begin the warning with.
func decodeInvalidUTF8(data []byte, prefer Codec, stage, claim string) Decoding {
	legacy := bestLegacy(data, prefer, nil)
	if valid, _ := countUTF8(data); valid > 0 {
		pieces := bestLegacy(data, prefer, invalidPositions(data))
		window := data[:min(len(data), scoreWindow)]
		asUTF8, _ := repairUTF8(window, pieces)
		if textPlausibility(asUTF8) >= textPlausibility(DecodeAll(legacy, window)) {
			text, lines := repairUTF8(data, pieces)
			return Decoding{Text: text, Codec: utf8Codec, Warnings: repairWarnings(lines, pieces, stage, claim)}
		}
	}
	d := Decoding{Text: DecodeAll(legacy, data), Codec: latin1Name(legacy, data)}
	if claim != "" {
		d.Warnings = append(d.Warnings, document.Warning{Stage: stage,
			Message: fmt.Sprintf("%s but its bytes are not UTF-8; read as %s", claim, legacy.title)})
	}
	return d
}

// textPlausibility is plausibility for decoded text: the score of every
// non-ASCII rune of s with its neighbours, in the first scoreWindow bytes.
func textPlausibility(s string) int {
	s = s[:min(len(s), scoreWindow)]
	score := 0
	prev, cur := ' ', ' '
	for _, next := range s + " " {
		if cur >= utf8.RuneSelf {
			score += runeScore(prev, cur, next)
		}
		prev, cur = cur, next
	}
	return score
}

// latin1Name names Windows-1252 text ISO-8859-1 when it uses none of the
// bytes 0x80–0x9F, where the two differ: the file is then plain Latin-1.
func latin1Name(c Codec, data []byte) Codec {
	if c.name != windows1252.name {
		return c
	}
	for _, b := range data {
		if b >= 0x80 && b <= 0x9F {
			return c
		}
	}
	return Codec{iso8859_1.name, iso8859_1.title, c.enc}
}

// countUTF8 counts the valid multi-byte sequences and the bytes that belong
// to no valid sequence.
func countUTF8(data []byte) (valid, invalid int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid, invalid
}

// invalidPositions returns the offsets of the bytes that belong to no valid
// UTF-8 sequence.
func invalidPositions(data []byte) []int {
	var at []int
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			at = append(at, i)
		}
		i += size
	}
	return at
}

// repaired counts, for one line, the bytes read in a legacy encoding.
type repaired struct {
	line, bytes int
}

// repairUTF8 decodes data as UTF-8, reading each byte outside a valid
// sequence as one character of legacy. It returns the text and the lines
// where that happened (numbered as splitLines numbers them: LF, CRLF and
// lone CR end a line).
func repairUTF8(data []byte, legacy Codec) (string, []repaired) {
	table := byteTable(legacy)
	var out strings.Builder
	out.Grow(len(data) + len(data)/8)
	var lines []repaired
	line := 1
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c == '\n' || (c == '\r' && (i+1 == len(data) || data[i+1] != '\n')) {
				line++
			}
			out.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			r = table[c]
			if n := len(lines); n > 0 && lines[n-1].line == line {
				lines[n-1].bytes++
			} else {
				lines = append(lines, repaired{line, 1})
			}
		}
		out.WriteRune(r)
		i += size
	}
	return out.String(), lines
}

// maxRepairWarnings bounds the warnings of one file about invalid UTF-8:
// past it, one warning counts the remaining lines.
const maxRepairWarnings = 10

func repairWarnings(lines []repaired, legacy Codec, stage, claim string) []document.Warning {
	var ws []document.Warning
	if claim != "" && len(lines) > 0 {
		ws = append(ws, document.Warning{Stage: stage,
			Message: fmt.Sprintf("%s but some bytes are not valid UTF-8; read them as %s", claim, legacy.title)})
	}
	for i, l := range lines {
		if i == maxRepairWarnings {
			ws = append(ws, document.Warning{Stage: stage, Message: fmt.Sprintf(
				"%d more lines have bytes that are not valid UTF-8; read as %s", len(lines)-i, legacy.title)})
			break
		}
		ws = append(ws, document.Warning{Stage: stage, Place: document.Place{Line: l.line},
			Message: fmt.Sprintf("%s not valid UTF-8; read as %s", countBytes(l.bytes), legacy.title)})
	}
	return ws
}

func countBytes(n int) string {
	if n == 1 {
		return "1 byte is"
	}
	return fmt.Sprintf("%d bytes are", n)
}

// byteTable returns what each byte means in a single-byte encoding.
func byteTable(c Codec) *[256]rune {
	var t [256]rune
	m, ok := c.enc.(*charmap.Charmap)
	for i := range t {
		switch {
		case i < utf8.RuneSelf:
			t[i] = rune(i)
		case ok:
			t[i] = m.DecodeByte(byte(i))
		default:
			t[i] = utf8.RuneError
		}
	}
	return &t
}

// bestLegacy returns the legacy encoding under which the high bytes of data
// (or only those at the offsets given) read most plausibly; prefer wins ties.
func bestLegacy(data []byte, prefer Codec, at []int) Codec {
	best, bestScore := prefer, plausibility(data, byteTable(prefer), at)
	for _, c := range legacyCodecs {
		if c.name == prefer.name {
			continue
		}
		if s := plausibility(data, byteTable(c), at); s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// scoreWindow bounds how much of a file the guesses read: the first 4 MiB
// (or 64 Ki invalid bytes) tell the encoding as well as 200 MiB do, and
// the guesses stay cheap on huge files.
const (
	scoreWindow    = 4 << 20
	scorePositions = 64 << 10
)

// plausibility scores how much the high bytes of data, read with table,
// look like the characters of real text (see runeScore). With at, only
// the bytes at those offsets are scored. Only the first scoreWindow bytes
// or scorePositions offsets count.
func plausibility(data []byte, table *[256]rune, at []int) int {
	score := 0
	if at != nil {
		for _, i := range at[:min(len(at), scorePositions)] {
			score += byteScore(data, i, table)
		}
		return score
	}
	data = data[:min(len(data), scoreWindow)]
	for i, c := range data {
		if c >= utf8.RuneSelf {
			score += byteScore(data, i, table)
		}
	}
	return score
}

// byteScore scores the character at data[i] with its neighbours. Start and
// end of data count as spaces.
func byteScore(data []byte, i int, table *[256]rune) int {
	prev, next := ' ', ' '
	if i > 0 {
		prev = table[data[i-1]]
	}
	if i+1 < len(data) {
		next = table[data[i+1]]
	}
	return runeScore(prev, table[data[i]], next)
}

// runeScore says how typical the non-ASCII rune r is of real text between
// prev and next. A wrong code page shows itself in letter case and
// context, in any language: MacRoman's ’ read as Latin-1 is Õ, a capital
// inside a lower-case word ("yearÕs"); its – is Ð, a capital standing alone
// (" Ð "); Latin-1's ü read as MacRoman is ¸, a symbol inside a word.
// Letters that fit their word and punctuation that fits its place score;
// control characters, symbols inside words and misplaced capitals cost.
func runeScore(prev, r, next rune) int {
	switch {
	case r == utf8.RuneError || unicode.IsControl(r):
		return -5
	case r == 0xA0: // no-break space: neutral
		return 0
	case unicode.IsLetter(r):
		return letterScore(prev, r, next)
	case isTypographic(r):
		return punctuationScore(prev, r, next)
	case unicode.IsLetter(prev) && unicode.IsLetter(next):
		return -3 // a symbol inside a word
	}
	return -1
}

// The rare letters are letters of one small language (Slovak ľ ĺ ŕ) that
// a Central European code page gives where another gives a common letter
// (ž, š): between two readings that are otherwise alike, the common
// letter wins.

// letterScore scores a non-ASCII letter by its neighbours and its case
// against theirs, less one for a rare letter (isRareLetter).
func letterScore(prev, r, next rune) int {
	prevLetter, nextLetter := unicode.IsLetter(prev), unicode.IsLetter(next)
	upper := unicode.IsUpper(r)
	score := 0
	switch {
	case prevLetter && nextLetter:
		score = 2
		if upper && (unicode.IsLower(prev) || unicode.IsLower(next)) {
			score = -3 // a capital inside a lower-case word
		}
	case prevLetter:
		score = 1
		if upper && unicode.IsLower(prev) {
			score = -2 // a capital ending a lower-case word
		}
	case nextLetter:
		score = 1
	case upper:
		score = -2 // a capital standing alone
	}
	// Otherwise a lower-case letter alone, like French "à": 0.
	if isRareLetter(r) {
		score--
	}
	return score
}

// isRareLetter reports whether r is one of rareLetters.
func isRareLetter(r rune) bool {
	switch r {
	case 'ľ', 'ĺ', 'ŕ', 'Ľ', 'Ĺ', 'Ŕ':
		return true
	}
	return false
}

// isTypographic reports whether r is punctuation or a sign that text
// written in a word processor uses.
func isTypographic(r rune) bool {
	switch r {
	case '‘', '’', '‚', '“', '”', '„', '–', '—', '…', '•', '·', '«', '»', '‹', '›',
		'€', '£', '¥', '§', '°', '©', '®', '™', '†', '‡', '‰', '¡', '¿':
		return true
	}
	return false
}

// punctuationScore scores typographic punctuation by its place: an
// apostrophe inside a word, a dash between spaces or digits, quotes at the
// edge of a word.
func punctuationScore(prev, r, next rune) int {
	prevLetter, nextLetter := unicode.IsLetter(prev), unicode.IsLetter(next)
	prevSpace, nextSpace := unicode.IsSpace(prev), unicode.IsSpace(next)
	switch r {
	case '’':
		if prevLetter && nextLetter {
			return 2
		}
		if prevLetter {
			return 1
		}
	case '‘', '“', '„', '‚', '«', '‹', '¡', '¿':
		if nextLetter && !prevLetter {
			return 1
		}
	case '”', '»', '›':
		if prevLetter && !nextLetter {
			return 1
		}
	case '–', '—':
		if (prevSpace && nextSpace) || (unicode.IsDigit(prev) && unicode.IsDigit(next)) {
			return 2
		}
		if prevLetter && nextLetter {
			return 1
		}
	case '…':
		if prevLetter || nextSpace {
			return 1
		}
	case '•', '·':
		if nextSpace {
			return 1
		}
	case '€', '£', '¥':
		if unicode.IsDigit(next) || unicode.IsDigit(prev) || prevSpace {
			return 1
		}
	default:
		if prevSpace || nextSpace {
			return 0
		}
	}
	return 0
}

// lookupCharset resolves a charset label as browsers do (WHATWG labels:
// "latin1" and "iso-8859-1" mean windows-1252) into a Codec. The name is
// the canonical WHATWG one, except that a Latin-1 label keeps the name
// iso-8859-1 when the bytes use nothing Windows-1252 adds.
func lookupCharset(label string, data []byte) (Codec, bool) {
	enc, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return Codec{}, false
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return Codec{}, false
	}
	name = strings.ToLower(name)
	for _, c := range []Codec{utf8Codec, utf16LE, utf16BE, windows1252, macRoman, windows1250, iso8859_2} {
		if c.name == name {
			if c.name == windows1252.name && isLatin1Label(label) {
				return latin1Name(c, data), true
			}
			return c, true
		}
	}
	return Codec{name: name, title: strings.ToUpper(name), enc: enc}, true
}

// isLatin1Label reports whether a charset label names ISO-8859-1.
func isLatin1Label(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "iso-ir-100", "cp819", "ibm819", "csisolatin1", "iso_8859-1:1987", "iso8859_1":
		return true
	}
	return false
}
