package html

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A breakKind is what an element does to the flow of lines: nothing
// (inline elements never split a line), end the line, or end the
// paragraph (a Blank line goes between paragraphs, where a browser leaves
// vertical space).
type breakKind uint8

const (
	noBreak breakKind = iota
	lineBreak
	paraBreak
)

// A tagInfo is what the reader knows of an element by its name.
type tagInfo struct {
	brk    breakKind
	hidden bool // its content is not shown: scripts, styles, navigation, embedded objects
	void   bool // it has no content and no end tag
	pre    bool // its text keeps its line breaks and spaces
	bold   bool
}

// tags lists the elements that are not plain inline elements. Any other
// element (span, a, font, Word's o:p …) is inline.
var tags = map[atom.Atom]tagInfo{
	atom.Html: {brk: lineBreak}, atom.Body: {brk: lineBreak},
	atom.Head: {hidden: true}, atom.Title: {hidden: true},
	atom.Script: {hidden: true}, atom.Style: {hidden: true}, atom.Noscript: {hidden: true},
	atom.Template: {hidden: true}, atom.Nav: {brk: lineBreak, hidden: true},
	atom.Iframe: {hidden: true}, atom.Object: {hidden: true}, atom.Embed: {hidden: true, void: true},
	atom.Applet: {hidden: true}, atom.Svg: {hidden: true}, atom.Math: {hidden: true},
	atom.Canvas: {hidden: true}, atom.Audio: {hidden: true}, atom.Video: {hidden: true},
	atom.Select: {hidden: true}, atom.Datalist: {hidden: true}, atom.Noembed: {hidden: true},
	atom.Noframes: {hidden: true},

	atom.P: {brk: paraBreak}, atom.Blockquote: {brk: paraBreak}, atom.Address: {brk: paraBreak},
	atom.Figure: {brk: paraBreak}, atom.Ul: {brk: paraBreak}, atom.Ol: {brk: paraBreak},
	atom.Dir: {brk: paraBreak}, atom.Menu: {brk: paraBreak}, atom.Dl: {brk: paraBreak},
	atom.Table: {brk: paraBreak}, atom.Fieldset: {brk: paraBreak},
	atom.H1: {brk: paraBreak}, atom.H2: {brk: paraBreak}, atom.H3: {brk: paraBreak},
	atom.H4: {brk: paraBreak}, atom.H5: {brk: paraBreak}, atom.H6: {brk: paraBreak},
	atom.Pre: {brk: paraBreak, pre: true}, atom.Listing: {brk: paraBreak, pre: true},
	atom.Xmp: {brk: paraBreak, pre: true}, atom.Plaintext: {brk: paraBreak, pre: true},
	atom.Textarea: {brk: lineBreak, pre: true},

	atom.Div: {brk: lineBreak}, atom.Section: {brk: lineBreak}, atom.Article: {brk: lineBreak},
	atom.Aside: {brk: lineBreak}, atom.Header: {brk: lineBreak}, atom.Footer: {brk: lineBreak},
	atom.Main: {brk: lineBreak}, atom.Center: {brk: lineBreak}, atom.Hgroup: {brk: lineBreak},
	atom.Figcaption: {brk: lineBreak}, atom.Dialog: {brk: lineBreak}, atom.Form: {brk: lineBreak},
	atom.Legend: {brk: lineBreak}, atom.Caption: {brk: lineBreak}, atom.Li: {brk: lineBreak},
	atom.Dt: {brk: lineBreak}, atom.Dd: {brk: lineBreak}, atom.Tr: {brk: lineBreak},
	atom.Td: {brk: lineBreak}, atom.Th: {brk: lineBreak}, atom.Thead: {brk: lineBreak},
	atom.Tbody: {brk: lineBreak}, atom.Tfoot: {brk: lineBreak}, atom.Frameset: {brk: lineBreak},

	atom.B: {bold: true}, atom.Strong: {bold: true},

	atom.Br: {void: true}, atom.Hr: {void: true}, atom.Img: {void: true}, atom.Input: {void: true},
	atom.Meta: {void: true}, atom.Link: {void: true}, atom.Area: {void: true}, atom.Base: {void: true},
	atom.Col: {void: true}, atom.Param: {void: true}, atom.Source: {void: true},
	atom.Track: {void: true}, atom.Wbr: {void: true}, atom.Frame: {void: true},
	atom.Keygen: {void: true}, atom.Image: {void: true},
}

// rawText are the elements after whose start tag the tokenizer reads raw
// text up to the end tag, even when written "<script/>".
var rawText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Title: true, atom.Textarea: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

// headContent are the elements a <head> holds; any other start tag closes
// a <head> left open, as in a browser.
var headContent = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Style: true, atom.Script: true, atom.Base: true, atom.Noscript: true, atom.Template: true,
}

// closesParagraph are the start tags that end an open <p>.
var closesParagraph = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dir: true,
	atom.Menu: true, atom.Table: true, atom.Pre: true, atom.Blockquote: true, atom.Hr: true,
	atom.Address: true, atom.Section: true, atom.Article: true, atom.Aside: true, atom.Header: true,
	atom.Footer: true, atom.Main: true, atom.Center: true, atom.Figure: true, atom.Form: true,
	atom.Fieldset: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Dd: true, atom.Dt: true, atom.Nav: true, atom.Listing: true,
	atom.Xmp: true, atom.Plaintext: true,
}

// headingLevel returns 1 to 6 for <h1> to <h6>, 0 for other elements.
func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// isList reports whether a is a list container.
func isList(a atom.Atom) bool {
	return a == atom.Ul || a == atom.Ol || a == atom.Dir || a == atom.Menu
}

// navWords are the words of id and class names that mark navigation:
// "nav", "navbar", "main-menu", "breadcrumbs", "skiplinks".
var navWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "navlinks": true, "menu": true, "menubar": true,
	"breadcrumb": true, "breadcrumbs": true, "skiplink": true, "skiplinks": true,
}

// isNavName reports whether an id or class attribute names navigation.
// The tree decides with it (content.go), so that the element holding the
// content is never taken for navigation: Quarto and Bootstrap write
// <body class="nav-fixed">.
func isNavName(v string) bool {
	for _, word := range nameWords(v) {
		if navWords[word] {
			return true
		}
	}
	return false
}

// validatorHosts are the sites whose badges ("Valid XHTML 1.0!") pages
// link to; the links are dropped.
var validatorHosts = []string{"validator.w3.org", "jigsaw.w3.org", "validator.nu", "www.w3.org/icons/valid"}

// isValidatorLink reports whether href leads to an HTML or CSS validator.
func isValidatorLink(href string) bool {
	h := strings.ToLower(href)
	for _, host := range validatorHosts {
		if strings.Contains(h, "//"+host) {
			return true
		}
	}
	return false
}

// isAbsoluteURL reports whether href is an http, https or ftp URL, the
// links worth keeping on a line (relative links need a base the reader
// does not know).
func isAbsoluteURL(href string) bool {
	h := strings.ToLower(strings.TrimSpace(href))
	return strings.HasPrefix(h, "http://") || strings.HasPrefix(h, "https://") || strings.HasPrefix(h, "ftp://")
}

// A styleInfo is what the reader takes from a style attribute.
type styleInfo struct {
	hidden    bool // display:none, Word's mso-hide:all
	bold      bool // font-weight bold or 600 and more
	marker    bool // Word's mso-list:Ignore: the span holding a list's bullet or number
	tab       bool // Word's mso-tab-count: spaces standing for a tab
	listLevel int  // Word's mso-list:l0 level2 lfo1: a paragraph that is a list item
	listType  string
}

// parseStyle reads the declarations the reader cares about. Names and
// values are compared without spaces and in lower case.
func parseStyle(style string) styleInfo {
	var s styleInfo
	for _, decl := range strings.Split(strings.ToLower(style), ";") {
		name, value, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		switch name {
		case "display":
			s.hidden = s.hidden || value == "none"
		case "mso-hide":
			s.hidden = s.hidden || value == "all"
		case "font-weight":
			n, err := strconv.Atoi(value)
			s.bold = value == "bold" || value == "bolder" || (err == nil && n >= 600)
		case "mso-list":
			s.marker = s.marker || value == "ignore"
			s.listLevel = msoListLevel(value)
		case "mso-tab-count":
			s.tab = true
		case "list-style-type", "list-style":
			s.listType = value
		}
	}
	return s
}

// msoListLevel returns N of Word's "l0 levelN lfo1", or 0.
func msoListLevel(v string) int {
	for _, f := range strings.Fields(v) {
		if n, ok := strings.CutPrefix(f, "level"); ok {
			if level, err := strconv.Atoi(n); err == nil && level > 0 {
				return min(level, 9)
			}
		}
	}
	return 0
}

// isListMarkerText reports whether text in Word's list marker span is a
// number or letter worth keeping ("1.", "a)", "iv.", "2.3") rather than a
// bullet drawn with a symbol font ("·", "§", "Ø", "o").
func isListMarkerText(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	if len(s) < 2 || len(s) > 5 || (s[len(s)-1] != '.' && s[len(s)-1] != ')') {
		return false
	}
	for _, r := range s[:len(s)-1] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// listMarker formats the number of an ordered list's item as a browser
// shows it: "3. ", "c. ", "iii. ". style is the type attribute or CSS
// list-style-type; "none" shows nothing.
func listMarker(n int, style string) string {
	switch style {
	case "none":
		return ""
	case "a", "lower-alpha", "lower-latin":
		if n >= 1 && n <= 26*27 {
			return alphaNumber(n, 'a') + ". "
		}
	case "A", "upper-alpha", "upper-latin":
		if n >= 1 && n <= 26*27 {
			return alphaNumber(n, 'A') + ". "
		}
	case "i", "lower-roman":
		if n >= 1 && n < 4000 {
			return strings.ToLower(romanNumber(n)) + ". "
		}
	case "I", "upper-roman":
		if n >= 1 && n < 4000 {
			return romanNumber(n) + ". "
		}
	}
	return strconv.Itoa(n) + ". "
}

// alphaNumber writes n as list letters: a … z, aa, ab …
func alphaNumber(n int, first rune) string {
	var b []rune
	for n > 0 {
		n--
		b = append([]rune{first + rune(n%26)}, b...)
		n /= 26
	}
	return string(b)
}

// romanNumber writes 1 ≤ n < 4000 in Roman numerals.
func romanNumber(n int) string {
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}

// attributes are the attributes of a start tag the reader uses, and the
// tag's ordinal in the stream (-1 for an element the reader opens
// itself), by which the page's selection names it.
type attributes struct {
	style, href, listType string
	hidden, nav, reversed bool
	start, value, colspan int
	hasStart, hasValue    bool
	index                 int
}

// readAttrs reads the attributes the reader uses.
func readAttrs(z *html.Tokenizer, more bool) attributes {
	var a attributes
	for more {
		var key, val []byte
		key, val, more = z.TagAttr()
		switch string(key) {
		case "style":
			a.style = string(val)
		case "href":
			a.href = string(val)
		case "type":
			a.listType = strings.TrimSpace(string(val))
		case "hidden":
			a.hidden = true
		case "role":
			a.nav = a.nav || strings.EqualFold(strings.TrimSpace(string(val)), "navigation")
		case "reversed":
			a.reversed = true
		case "start":
			a.start, a.hasStart = atoiPrefix(val)
		case "value":
			a.value, a.hasValue = atoiPrefix(val)
		case "colspan":
			a.colspan, _ = atoiPrefix(val)
		}
	}
	return a
}

// atoiPrefix reads the integer opening b ("3", " 12px"), as browsers read
// numeric attributes; it reports whether there was one. Values are
// clamped to ±1,000,000,000.
func atoiPrefix(b []byte) (int, bool) {
	s := strings.TrimSpace(string(b))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	n, digits := 0, 0
	for ; digits < len(s) && s[digits] >= '0' && s[digits] <= '9'; digits++ {
		if n < 1_000_000_000 {
			n = n*10 + int(s[digits]-'0')
		}
	}
	n = min(n, 1_000_000_000)
	if neg {
		n = -n
	}
	return n, digits > 0
}
