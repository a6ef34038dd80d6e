package pdf

// Glyph names and the standard encodings of simple fonts. A simple font
// maps each one-byte code to a glyph name (its base encoding, patched by
// /Differences); the Adobe Glyph List turns names into Unicode, and the
// standard-14 metrics give widths by name for fonts without /Widths.

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// glyphListData is the Adobe Glyph List followed by the ITC Zapf Dingbats
// list: "name;XXXX[ XXXX]" lines (see the file's header for its license).
//
//go:embed glyphlist.txt
var glyphListData string

// std14Data holds the widths of the standard 14 fonts (pdf_metrics_test.go
// says how it is made).
//
//go:embed std14.txt
var std14Data string

var (
	glyphListOnce sync.Once
	glyphList     map[string]string // glyph name → its Unicode text
)

// loadGlyphList parses the embedded glyph lists once.
func loadGlyphList() {
	glyphList = make(map[string]string, 4600)
	for _, line := range strings.Split(glyphListData, "\n") {
		name, hex, ok := strings.Cut(line, ";")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		if _, dup := glyphList[name]; !dup {
			glyphList[name] = glyphListText(hex)
		}
	}
}

// glyphListText decodes the code points of a glyph list line, "0041" or
// "05D3 05B2". Most are one code point, decoded without a builder: the
// list is read on every run that meets a simple font, so its 4,500 lines
// are a good part of reading a one-page PDF.
func glyphListText(hex string) string {
	if !strings.ContainsAny(hex, " \t\r\n\v\f") {
		if r, err := strconv.ParseUint(hex, 16, 32); err == nil {
			return string(rune(r))
		}
		return ""
	}
	var b strings.Builder
	for _, h := range strings.Fields(hex) {
		if r, err := strconv.ParseUint(h, 16, 32); err == nil {
			b.WriteRune(rune(r))
		}
	}
	return b.String()
}

// glyphText returns the Unicode text of a glyph name following the Adobe
// Glyph List specification: the list itself, then "uniXXXX" (one or more
// UTF-16 code units of four digits), "uXXXX" to "uXXXXXX", then the part
// before a suffix (".sc", ".alt") and ligature components joined by "_"
// ("f_f_i"). Names that carry no meaning ("g123", "glyph12", ".notdef")
// give "".
func glyphText(name string) string {
	glyphListOnce.Do(loadGlyphList)
	if t, ok := glyphList[name]; ok {
		return t
	}
	if base, _, ok := strings.Cut(name, "."); ok {
		if base == "" {
			return ""
		}
		return glyphText(base)
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			b.WriteString(glyphText(part))
		}
		return b.String()
	}
	if t, ok := uniGlyphName(name); ok {
		return t
	}
	return ""
}

// uniGlyphName decodes "uni0041", "uni00410042" and "u1F600".
func uniGlyphName(name string) (string, bool) {
	switch {
	case strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0:
		var units []uint16
		for i := 3; i < len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 16)
			if err != nil {
				return "", false
			}
			units = append(units, uint16(v))
		}
		return utf16Text(units), true
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		v, err := strconv.ParseUint(name[1:], 16, 32)
		if err != nil || !utf8.ValidRune(rune(v)) {
			return "", false
		}
		return string(rune(v)), true
	}
	return "", false
}

// utf16Text decodes UTF-16 code units, pairing surrogates and replacing
// lone ones.
func utf16Text(units []uint16) string {
	var b strings.Builder
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		if u >= 0xD800 && u < 0xDC00 && i+1 < len(units) {
			if lo := rune(units[i+1]); lo >= 0xDC00 && lo < 0xE000 {
				b.WriteRune(0x10000 + (u-0xD800)<<10 + (lo - 0xDC00))
				i++
				continue
			}
		}
		if u >= 0xD800 && u < 0xE000 {
			u = utf8.RuneError
		}
		b.WriteRune(u)
	}
	return b.String()
}

// std14Font holds the metrics of one standard font.
type std14Font struct {
	widthByName map[string]float64 // glyph name → width in 1/1000 em
	builtin     [256]string        // glyph names of its built-in encoding
}

// std14Lines indexes the lines of std14Data by font name, found once;
// each font's line is parsed the first time the font is asked for
// (std14ByName). A one-page PDF uses one or two of the fourteen, and
// parsing all of them took an eighth of its reading time.
var std14Lines = sync.OnceValue(func() map[string]*std14Line {
	lines := map[string]*std14Line{}
	for _, line := range strings.Split(std14Data, "\n") {
		name, rest, _ := strings.Cut(line, " ")
		if name == "" || strings.HasPrefix(name, "#") || strings.TrimSpace(rest) == "" {
			continue
		}
		lines[name] = &std14Line{text: line}
	}
	return lines
})

// A std14Line is one font's line of std14Data and, once parsed, its
// metrics.
type std14Line struct {
	text string
	once sync.Once
	font *std14Font
}

// std14ByName returns the metrics of the standard font of that exact
// name ("Helvetica-Bold"), or nil.
func std14ByName(name string) *std14Font {
	l := std14Lines()[name]
	if l == nil {
		return nil
	}
	l.once.Do(func() { l.font = parseStd14(l.text) })
	return l.font
}

// parseStd14 reads one font's line: NAME then CODE,GLYPH,WIDTH for each
// glyph.
func parseStd14(line string) *std14Font {
	fields := strings.Fields(line)
	font := &std14Font{widthByName: make(map[string]float64, len(fields))}
	for _, g := range fields[1:] {
		parts := strings.Split(g, ",")
		if len(parts) != 3 {
			continue
		}
		code, _ := strconv.Atoi(parts[0])
		width, _ := strconv.ParseFloat(parts[2], 64)
		font.widthByName[parts[1]] = width
		if code >= 0 && code < 256 {
			font.builtin[code] = parts[1]
		}
	}
	return font
}

// standardFont returns the metrics of a standard font, recognising the
// usual aliases: "Arial,Bold", "TimesNewRomanPS-BoldMT", "CourierNew".
func standardFont(baseFont string) *std14Font {
	return std14ByName(std14Name(baseFont))
}

// std14Name maps a font name to the standard font with the same metrics,
// or "" when there is none.
func std14Name(baseFont string) string {
	name := stripSubsetTag(baseFont)
	lower := strings.ToLower(name)
	family := ""
	switch {
	case strings.HasPrefix(lower, "courier"):
		family = "Courier"
	case strings.HasPrefix(lower, "helvetica"), strings.HasPrefix(lower, "arial"):
		family = "Helvetica"
	case strings.HasPrefix(lower, "times"):
		family = "Times"
	case strings.HasPrefix(lower, "symbol"):
		return "Symbol"
	case strings.HasPrefix(lower, "zapfdingbats"), strings.HasPrefix(lower, "dingbats"):
		return "ZapfDingbats"
	default:
		return ""
	}
	bold := strings.Contains(lower, "bold")
	italic := strings.Contains(lower, "italic") || strings.Contains(lower, "oblique")
	slant := "Oblique"
	if family == "Times" {
		slant = "Italic"
	}
	switch {
	case bold && italic:
		return family + "-Bold" + slant
	case bold:
		return family + "-Bold"
	case italic:
		return family + "-" + slant
	case family == "Times":
		return "Times-Roman"
	}
	return family
}

// stripSubsetTag removes the "ABCDEF+" prefix of an embedded subset.
func stripSubsetTag(name string) string {
	if len(name) > 7 && name[6] == '+' {
		return name[7:]
	}
	return name
}

// A glyphEncoding gives the glyph name of each one-byte code; "" is undefined.
type glyphEncoding [256]string

var (
	encodingsOnce sync.Once
	encodings     map[pdfName]*glyphEncoding
)

// namedEncoding returns a predefined encoding by its PDF name, or nil.
func namedEncoding(name pdfName) *glyphEncoding {
	encodingsOnce.Do(loadEncodings)
	return encodings[name]
}

// loadEncodings builds the predefined encodings. StandardEncoding comes
// from the Helvetica metrics (its codes are that encoding); WinAnsi and
// MacRoman come from the Windows-1252 and Mac OS Roman code pages, named
// through the glyph list, with the changes the PDF standard makes.
func loadEncodings() {
	glyphListOnce.Do(loadGlyphList)
	// The characters of the two code pages, and for each the glyph name
	// the encodings use (the preferred one of the names with its text).
	encoded := func(cm *charmap.Charmap, c int) (string, bool) {
		r := cm.DecodeByte(byte(c))
		return string(r), r != utf8.RuneError && r >= 0x20 && (r < 0x7f || r > 0x9f)
	}
	byText := map[string]string{}
	for _, cm := range []*charmap.Charmap{charmap.Windows1252, charmap.Macintosh} {
		for c := 32; c < 256; c++ {
			if text, ok := encoded(cm, c); ok {
				byText[text] = ""
			}
		}
	}
	for name, text := range glyphList {
		if prev, ok := byText[text]; ok && (prev == "" || preferGlyphName(name, prev)) {
			byText[text] = name
		}
	}
	fromCharmap := func(cm *charmap.Charmap) *glyphEncoding {
		var e glyphEncoding
		for c := 32; c < 256; c++ {
			if text, ok := encoded(cm, c); ok {
				e[c] = byText[text]
			}
		}
		return &e
	}
	win := fromCharmap(charmap.Windows1252)
	// WinAnsi in PDF draws a bullet for the codes Windows leaves
	// undefined, and its soft hyphen is a visible hyphen.
	for _, c := range []int{0x7f, 0x81, 0x8d, 0x8f, 0x90, 0x9d} {
		win[c] = "bullet"
	}
	win[0xad] = "hyphen"
	win[0xa0] = "space"
	mac := fromCharmap(charmap.Macintosh)
	mac[0xca] = "space" // the non-breaking space
	std := &std14ByName("Helvetica").builtin
	encodings = map[pdfName]*glyphEncoding{
		"StandardEncoding": (*glyphEncoding)(std),
		"WinAnsiEncoding":  win,
		"MacRomanEncoding": mac,
		"PDFDocEncoding":   win, // close enough for fonts: Latin-1 at its core
	}
}

// preferGlyphName decides which of two glyph names with the same Unicode
// text an encoding table uses: the short, conventional one ("space"
// rather than "spacehackarabic").
func preferGlyphName(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}
