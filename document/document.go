// Package document holds the types that flow between the stages: the
// Document a reader makes of a file, its Lines with their layout hints,
// and the Warnings and Errors every stage reports with their Place. It is
// a leaf, as go/token is: extract, normalize and parse all read and write
// these types, and it imports none of them.
package document

import (
	"errors"
	"fmt"
	"strings"
)

// Format names the kind of file a document was read from.
type Format string

// The formats the readers understand. Markdown is text.
const (
	PDF   Format = "pdf"
	HTML  Format = "html"
	Text  Format = "text"
	Image Format = "image" // a scanned page or pages: TIFF, PNG or JPEG, read by OCR
)

// Kind says what a line is, as far as layout alone can tell.
type Kind uint8

// The kinds of line. Readers set what their format shows (a heading tag, a
// table row); normalize passes set the rest (a glued run of characters).
const (
	Prose    Kind = iota // ordinary running text
	Heading              // a heading: a markdown #, an HTML <h1>, a bold line
	ListItem             // an item of a bulleted or numbered list
	TableRow             // a row of a table; Cells holds its cells
	Glued                // a run of one-character lines rejoined: its spaces were lost
	Blank                // an empty line: a paragraph break
	Rule                 // a separator holding no content: <hr>, a markdown "---" or "===" underline, a table's |---| row, a code fence
)

var kindNames = [...]string{"prose", "heading", "list", "row", "glued", "blank", "rule"}

// String names the kind in lower case ("heading"), for dumps and tests.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// A Line is one line of text as a person sees it, with where it came from.
type Line struct {
	Text  string   // the text, without the line break
	Page  int      // 1-based page number; 0 when the format has no pages
	Num   int      // 1-based line number in the source (for PDF: on its page)
	Kind  Kind     // what layout says the line is
	Level int      // heading level (1 for <h1> or #), list nesting depth
	Cells []string // the cells, for a TableRow
	X, Y  float64  // position on the page in points (PDF only), Y from the top
	Size  float64  // font size in points, 0 if unknown
	Bold  bool     // set in a bold face or <b>/<strong>
	Links []string // absolute URLs of the hyperlinks on the line (HTML <a href>), which the text may not show
	// OCR is set on a line read from an image by OCR: how sure the
	// engine was of its words. It is nil for text the file held as text,
	// and the OCR repair passes touch only lines where it is set.
	OCR *OCRLine
}

// OCRLine is what OCR said of the words of one line.
type OCRLine struct {
	Conf     float64 // the mean confidence of the line's words, 0 to 100
	Doubtful []Doubt // its words read with low confidence, in order
}

// A Doubt is a word OCR read with low confidence, as it read it.
type Doubt struct {
	Word string
	Conf float64 // 0 to 100
}

// IsBlank reports whether the line holds no visible text.
func (l Line) IsBlank() bool { return strings.TrimSpace(l.Text) == "" }

// Where describes the line's place for a person: "page 3, line 12",
// "line 40".
func (l Line) Where() string { return Place{Page: l.Page, Line: l.Num}.String() }

// A Document is what a reader makes of a file.
type Document struct {
	Path     string // the path as given by the user
	Format   Format
	Encoding string // the detected character encoding ("utf-8", "windows-1252"); "" for PDF
	SHA256   string // hex digest of the raw bytes
	Pages    int    // number of pages; 0 when the format has none
	Lines    []Line
	Warnings []Warning // what the reader had to guess or could not read
	// RemovedHeaders holds one copy of each running header or footer a
	// normalize pass removed from Lines ("Draft minutes of the 29th
	// TF-CSIRT meeting"): the parser still reads the minutes' status, date
	// and place there.
	RemovedHeaders []Line
	// OCR says which pages were read from images by OCR and how well,
	// and which scanned pages could not be read; nil when the document
	// has no scanned page.
	OCR *OCRReport
}

// An OCRReport is the provenance of a document's scanned pages.
type OCRReport struct {
	Engine    string    // the engine and its version: "tesseract 5.3.0"
	Languages []string  // the trained languages used: "eng", "fra"
	Pages     []OCRPage // the pages read by OCR, in order
	NotRead   []int     // scanned pages that were not read (no engine, --no-ocr, a limit, an image that cannot be decoded)
}

// An OCRPage is one page read by OCR.
type OCRPage struct {
	Page  int
	Words int
	Conf  float64 // the mean confidence of its words, 0 to 100
}

// MeanConf is the mean word confidence over all pages read, weighted by
// their words; 0 when no page was read.
func (r *OCRReport) MeanConf() float64 {
	sum, words := 0.0, 0
	for _, p := range r.Pages {
		sum += p.Conf * float64(p.Words)
		words += p.Words
	}
	if words == 0 {
		return 0
	}
	return sum / float64(words)
}

// Text joins the document's lines with newlines: the text as a person reads it.
func (d *Document) Text() string {
	var b strings.Builder
	for i, l := range d.Lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}

// Place is where in a document something was found. Zero fields are unknown.
type Place struct {
	Page int
	Line int
}

// String gives the place as a person reads it: "page 3, line 12",
// "page 3", "line 12", or "" when nothing is known.
func (p Place) String() string {
	switch {
	case p.Page > 0 && p.Line > 0:
		return fmt.Sprintf("page %d, line %d", p.Page, p.Line)
	case p.Page > 0:
		return fmt.Sprintf("page %d", p.Page)
	case p.Line > 0:
		return fmt.Sprintf("line %d", p.Line)
	}
	return ""
}

// A Warning tells a person what a stage repaired, guessed or could not read,
// and where.
type Warning struct {
	Stage   string // the reader, pass or recogniser that raised it, e.g. "split-diacritics"
	Place   Place
	Message string // a sentence for a person, without the place
}

// String gives the warning as the record writes it: "page 6: participant row
// rebuilt from 29 one-character lines".
func (w Warning) String() string {
	if p := w.Place.String(); p != "" {
		return p + ": " + w.Message
	}
	return w.Message
}

// An Error is a failure to read one file, with the place in it where that is
// known. It is what every reader returns, so a batch can report the file and
// go on.
type Error struct {
	Path  string
	Place Place // zero when the failure is not tied to a place
	Err   error
}

func (e *Error) Error() string {
	if p := e.Place.String(); p != "" {
		return fmt.Sprintf("%s: %s: %v", e.Path, p, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Errors a reader may wrap in an Error.
var (
	ErrEmpty       = errors.New("file is empty")
	ErrUnsupported = errors.New("not a PDF, HTML, text or image file")
	ErrEncrypted   = errors.New("PDF is encrypted with a password")
	ErrBinary      = errors.New("file holds binary data, not text")
)
