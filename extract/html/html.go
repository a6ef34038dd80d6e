// Package html reads an HTML page into the lines a person sees in a
// browser, as a document.Document: Read is its one entry point.
//
// The page is decoded (charset.DecodeHTML) and read as a stream of tokens with
// golang.org/x/net/html's tokenizer: the stream gives each block's source
// line, and it costs time and memory linear in the page however deep its
// tags nest. A stack of open elements, bounded by maxDepth, stands in for
// the tree; it closes elements left open (<p>, <li>, <td>) where a
// browser would. The page is also parsed into a tree, where goquery
// decides by structure what is content and what is the site's chrome
// (content.go); the stream leaves the chrome out.
//
// What becomes of the page:
//
//   - Each block (paragraph, heading, list item, table cell, <div>) starts a
//     line; <br> ends one. Inline elements (<b>, <a>, <span>, Word's <o:p>)
//     never split a line. White space collapses as a browser collapses it;
//     a no-break space is a plain space; an explicit tab (&#9;, Word's
//     mso-tab-count span) is kept as a tab, a column separator.
//   - A Blank line goes where a browser leaves vertical space: between
//     paragraphs, headings, lists, tables; also for two <br> in a row.
//   - <h1>…<h6>: Kind Heading, Level 1 to 6.
//   - <li>, and Word's list paragraphs (style mso-list): the item's first
//     line is Kind ListItem, Level = nesting depth. An ordered list's item
//     begins with its number as the browser shows it ("2. ", "b. "),
//     following start, value and type; Word's own number is kept, its
//     symbol-font bullets dropped.
//   - <tr>: one Kind TableRow line, Cells holding each cell's text (a
//     cell's paragraphs joined by spaces; colspan repeats an empty cell)
//     and Text the cells joined by " | ". Cells that hold parallel columns
//     of short lines — hand-made agendas align items and owners so, with
//     &nbsp; holding an empty place — give one TableRow per line across. A
//     row that is page layout rather than data — a single cell, or cells
//     holding headings, lists, tables or more than maxCellLines lines —
//     gives its cells' lines instead. See assembleRow.
//   - <dl>: each term is joined to its definitions as "Term: definition"
//     (several short definitions as "Term: a, b, c"), so W3C minutes give
//     "Present: Dan, Peter, Mark". Text inside the list but outside a <dd>
//     (scribe.perl's malformed <dl> in place of <dd>) counts as a
//     definition. See mergeDefinitions.
//   - <pre>, <xmp>, <textarea>: every source line is a line, indentation
//     kept, marked as a plain text file's lines are (text.MarkLines):
//     minutes pasted into <pre> keep their underlined headings, numbered
//     items and | tables |.
//   - <hr>: a Kind Rule line with no text.
//   - YAML front matter opening the source of a static-site generator's
//     page (Jekyll, Hugo: "---" lines around "key: value" lines) is read
//     as a text file's front matter is (text.FrontMatter): the title is a
//     Heading holding the value, date and place lines stay as written,
//     the rest is dropped.
//   - Dropped: <head> (and its <title>), scripts, styles, embedded
//     objects, forms' <select>, elements styled display:none or
//     mso-hide:all, links to HTML validators (their badges), comments (and
//     with them Word's conditional comments), images (alt text is not
//     shown when an image loads); and the site's chrome around the
//     content — navigation, banners, footers, sidebars, skip links,
//     cookie banners, generators' credits, menus — which the page's
//     structure shows (content.go). A page that shows no text, or only
//     chrome, is an error (ErrNoText, ErrOnlyChrome), not an empty
//     document.
//   - Entities are decoded as a browser does, numeric references to C1
//     code points included (&#146; is ’, &#151; is —: x/net/html maps
//     them to Windows-1252).
//   - <details> and <summary> are inline: scribe.perl puts the first name
//     of a long list in a <summary>, and the list must stay one line.
//   - A block whose text ends in an <em> or <i> that the source pushes to
//     the right margin with tabs ("… still ongoing.<tabs><em>Clerk</em>",
//     as hand-written council minutes set an action's owner) is one
//     TableRow of its text and the note (lineBuffer.marginNote), the form
//     the PDF reader gives a note in the margin.
//
// Line.Num is the source line of the first character of the line (CRLF
// and CR count as line ends); a Blank line has the number of the line
// where the paragraph before it ended. Line.Bold is set when all of the
// line is inside <b>, <strong> or a bold style, and Line.Links holds the
// absolute URLs of the links on the line. Text inside <xmp> and
// <plaintext> (obsolete) has its entities decoded, which browsers do not.
package html

import (
	"bytes"
	"errors"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"minutes/document"
	"minutes/extract/charset"
	"minutes/extract/text"
)

// The errors of a page that gives no line: it shows no text at all, or
// only navigation and other chrome (see content.go).
var (
	ErrNoText     = errors.New("the page shows no text")
	ErrOnlyChrome = errors.New("no content after removing navigation")
)

// Read reads the HTML page held in data by the rules of the package
// comment. The document it returns has its Encoding, Lines and Warnings
// set; the caller (extract.Read) names the file.
func Read(data []byte) (*document.Document, error) {
	dec := charset.DecodeHTML(data)
	if charset.LooksBinary(dec.Text) {
		return nil, document.ErrBinary
	}
	r := newHTMLReader(normalizeNewlines(dec.Text))
	r.run()
	switch {
	case len(r.out.lines) > 0:
	case r.chromeText:
		return nil, ErrOnlyChrome
	default:
		return nil, ErrNoText
	}
	doc := &document.Document{Encoding: dec.Codec.Name(), Lines: r.out.lines, Warnings: dec.Warnings}
	if r.overflow > 0 {
		doc.Warnings = append(doc.Warnings, document.Warning{Stage: "html",
			Message: "elements nested too deep to follow; their layout may be lost"})
	}
	return doc, nil
}

// Fragment reads a piece of HTML found inside another document (a raw
// HTML block in markdown: a <table> of votes, a <details> box) into lines
// numbered from 1 at its first line, by the rules of the package comment.
// It has no encoding to find and no error: a fragment that shows no text
// (a lone "</div>") gives no lines.
func Fragment(src string) []document.Line {
	r := newHTMLReader(normalizeNewlines(src))
	r.run()
	return r.out.lines
}

// normalizeNewlines turns CRLF and lone CR into LF, so that one count of
// LF gives source line numbers as the text reader numbers them.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// maxDepth bounds the stack of open elements. Deeper elements (only
// hostile or broken pages nest so deep) are counted, not followed, so
// every search of the stack is bounded and a page of 100,000 nested tags
// reads in linear time.
const maxDepth = 256

// maxAssembly bounds the nesting of tables and definition lists whose
// lines are rearranged when they close (rows joined, terms merged); deeper
// ones are read as plain blocks, so rearranging stays linear.
const maxAssembly = 8

// An htmlReader turns the token stream into lines.
type htmlReader struct {
	z        *html.Tokenizer
	srcLine  int // source line where the current token begins
	stack    []frame
	overflow int // start tags past maxDepth, not on the stack

	// Counts of open elements with a property; inline elements can close
	// out of order, so these are counts, not saved values.
	hidden, pre, bold, marker, tab, heads, chrome int

	sel        *selection // what the page's structure says is chrome; nil without a tree
	tagCount   int        // start tags read so far: the ordinal of the next
	chromeText bool       // text was seen inside chrome

	ctx  context    // what the open block elements make of new lines
	link string     // the href of the open <a>, when absolute
	out  lineList   // the lines read so far
	cur  lineBuffer // the line being read
	brk  breakKind  // the break due before the next line
	// brkLine is the source line of the paragraph break due, for its Blank.
	brkLine  int
	preFresh bool // a <pre> just opened: a newline right after it is dropped
	// nbsp is set when a no-break space came and no line has begun: a
	// block holding only &nbsp; is a visible empty line (placeholder).
	nbsp bool
}

// A frame is an open element on the stack.
type frame struct {
	tag   atom.Atom
	name  string // the tag's name, for elements atom does not know ("o:p")
	info  tagInfo
	brk   breakKind // the break it makes before and after it
	block bool      // a block element: it saved ctx and restores it on closing
	saved context   // the context before it opened

	// The properties it gives its content, counted in htmlReader.
	bold, hidden, marker, tab, pre, head bool
	chrome                               bool // navigation or other chrome: hidden, and counted apart

	isLink   bool      // an <a>
	prevLink string    // the link before it opened, restored when it closes
	row      *rowState // for <tr>: the row being assembled
	cell     bool      // a <td> or <th> of that row
	dl       bool      // a <dl> whose terms are merged when it closes
	dlStart  int       // for <dl>: index in out where its lines begin
	preStart int       // for <pre>: index in out where its lines begin
}

// A context is what the open block elements make of a new line. Each block
// element saves it when it opens and restores it when it closes.
type context struct {
	list      *listState
	listDepth int
	item      *itemState
	heading   int
	inTable   bool      // inside a table whose rows are assembled
	row       *rowState // the open row of that table
	assembly  int       // open tables and definition lists being assembled
	inDL      bool      // inside a <dl> being assembled
	inTerm    bool      // inside its <dt>
}

// A listState counts the items of an open list.
type listState struct {
	ordered bool
	next    int    // the number of the next item
	step    int    // 1, or -1 for a reversed list
	style   string // its type or list-style-type: "1", "a", "I", "lower-roman" …
}

// An itemState is an open list item: its line is marked when it starts.
type itemState struct {
	level   int    // nesting depth, 1 outermost
	marker  string // the number a browser shows before it ("2. "), "" for a bullet
	started bool   // its first line has begun
}

// newHTMLReader returns a reader of the decoded page text. The YAML front
// matter that opens the source of a page made by a static-site generator
// (Jekyll, Hugo) is read as the text reader reads it (text.FrontMatter):
// its title becomes a heading, its date and place lines stay, the rest
// goes; the tokens begin after it, their source lines counted on from it.
//
// The page after the front matter is parsed into a tree too, where its
// structure decides what is chrome (selectContent); the reader leaves
// that out.
func newHTMLReader(page string) *htmlReader {
	r := &htmlReader{}
	front, n := text.FrontMatter(page)
	for _, l := range front {
		r.out.add(l, lineTag{})
	}
	for range n {
		_, page, _ = strings.Cut(page, "\n")
	}
	r.sel = selectContent(page)
	r.z, r.srcLine = html.NewTokenizer(strings.NewReader(page)), n+1
	return r
}

// run reads every token, then closes what is left open.
func (r *htmlReader) run() {
	for {
		tt := r.z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := r.z.Raw()
		newlines := bytes.Count(raw, []byte{'\n'})
		switch tt {
		case html.TextToken:
			r.text(raw)
		case html.StartTagToken, html.SelfClosingTagToken:
			r.startTag(tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := r.z.TagName()
			r.endTag(atom.Lookup(name), string(name))
		}
		r.srcLine += newlines
	}
	r.popTo(0)
	r.endLine(paraBreak)
	r.out.trimBlanks()
}
