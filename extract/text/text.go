// Package text reads plain text and markdown files into a
// document.Document. Read is its entry point; MarkLines marks lines of
// plain text found elsewhere (an HTML page's <pre>) by the same rules.
//
// The rules it keeps:
//
//   - The encoding is found by charset.DecodeText: byte-order mark, the
//     UTF-16 pattern of zero bytes, valid UTF-8, else the legacy 8-bit
//     encoding that reads as the most plausible text. Bytes that are no
//     text are refused with document.ErrBinary; an empty file with
//     document.ErrEmpty.
//   - Lines end at LF, CRLF or a lone CR. Each line's Text is its source
//     line without trailing white space and without control characters
//     (a warning counts them); markdown markup (#, *, **, |) is kept, so
//     the text and its line number point exactly at the source.
//   - What markdown shows of the layout is marked (markdown.go):
//     headings, list items, table rows, rules and blank lines.
//   - YAML front matter is not text a person reads: its title becomes a
//     heading holding only the value, its date and place lines stay, the
//     rest goes (markdown.addFrontMatter).
//   - Form feeds number the pages; text without them has no pages.
//   - A block of raw HTML in markdown (a <table> of votes, a <details>
//     box), as CommonMark delimits it (htmlBlockStart), is read by the
//     HTMLReader the caller gives, so its table rows, headings and
//     paragraphs become lines as the HTML reader makes them. Without one
//     (Read), the block's lines stay text as written.
package text

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"minutes/document"
	"minutes/extract/charset"
)

// An HTMLReader reads a block of raw HTML found in markdown into lines
// numbered from 1 at the block's first line. extract passes the HTML
// reader's html.Fragment; this package cannot import it, as the HTML
// reader marks its <pre> blocks with MarkLines.
type HTMLReader func(src string) []document.Line

// Read reads the plain text or markdown held in data by the rules of the
// package comment, leaving raw HTML blocks as text. The document it
// returns has its Encoding, Pages, Lines and Warnings set; the caller
// (extract.Read) names the file.
func Read(data []byte) (*document.Document, error) {
	return ReadWithHTML(data, nil)
}

// ReadWithHTML is Read with the raw HTML blocks of markdown read by
// readHTML.
func ReadWithHTML(data []byte, readHTML HTMLReader) (*document.Document, error) {
	dec, err := charset.DecodeText(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(dec.Text) == "" {
		return nil, document.ErrEmpty
	}
	doc := &document.Document{Encoding: dec.Codec.Name(), Warnings: dec.Warnings}
	md := markdown{lines: make([]document.Line, 0, countLines(dec.Text)), readHTML: readHTML}
	fm := findFrontMatter(dec.Text)
	var controls controlCount
	pages := newFormFeedPages(dec.Text)
	eachLine(dec.Text, func(num int, line string) {
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
		case r < utf8.RuneSelf && charset.IsStrayControl(byte(r)):
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
		if c == '\f' || c == '\v' || charset.IsStrayControl(c) || (c == 0xEF && strings.HasPrefix(line[i:], "\uFEFF")) {
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
