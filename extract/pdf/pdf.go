// Package pdf reads the text of a PDF file, with its layout, into a
// document.Document: Read is its entry point, and ReadPages the same
// reading handed over a page at a time, in memory that does not grow with
// the pages.
//
// The rules it keeps:
//
//   - Lines come page by page in reading order. Each carries its page, its
//     number on the page, X (where the line starts) and Y (its baseline) in
//     points from the top-left corner of the page as displayed, the font
//     size and boldness, and its kind: table rows with cells, bulleted list
//     items, headings set larger or bold, blank lines at paragraph breaks.
//   - A file encrypted with the empty user password is decrypted (RC4,
//     AES-128, AES-256); one that needs a password fails with
//     document.ErrEncrypted. A broken cross-reference table is rebuilt by
//     scanning the file, with a warning.
//   - A page that cannot be read (a panic in its content, a missing stream)
//     becomes a warning; the file fails only when it cannot be opened at
//     all or no page can be read. No input makes Read panic, and the text
//     of one file is bounded (maxDocumentText).
//
// The reader is built in layers, each in its own file:
//
//	lex.go      the object syntax (numbers, strings, names, arrays, dictionaries)
//	file.go     cross-reference tables and streams, object streams (pages.go the page tree)
//	repair.go   rebuilding a broken cross-reference table by scanning
//	crypt.go    decryption with the empty password (RC4, AES-128, AES-256)
//	filter.go   stream filters (Flate, LZW, ASCII85, ASCIIHex, RunLength)
//	fonts.go    fonts: codes → text and widths (cmap.go CMaps,
//	            glyphs.go glyph names and standard fonts, cff.go
//	            built-in encodings of CFF programs, truetype.go a
//	            second opinion from embedded TrueType programs)
//	content.go  the content-stream scanner: operators and their operands
//	interp.go   the content-stream interpreter: where each glyph lands
//	rulings.go  the straight lines paths draw
//	layout.go   glyphs → words → lines (tables.go tables ruled by those
//	            lines, columns.go text columns, regions.go tables, lists
//	            and columns of aligned lines)
//	scan.go     scanned pages (ReadWith): a page with little text under a
//	            page-sized image goes to OCR (extract/ocr), whose words
//	            are laid out as glyphs are; images.go finds a page's
//	            images and decodes them (JPEG, CCITT fax, raw samples)
//
// The third-party parser the project used before could not read
// AES-256 files or broken xref tables, panicked on malformed streams and
// mis-decoded ToUnicode ranges; owning the object layer lets each of
// those be handled where it arises.
package pdf

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"slices"

	"minutes/document"
	"minutes/extract/ocr"
)

// Read reads the PDF held in data page by page, by the rules of the
// package comment. The document it returns has its Pages, Lines and
// Warnings set; the caller (extract.Read) names the file.
func Read(data []byte) (*document.Document, error) {
	return read(data, nil, nil)
}

// ReadPages is ReadWith for a caller that takes the lines a page at a
// time: each page's lines go to emit as soon as they are laid out (a
// scanned page's once r has read it), in a buffer the next page reuses,
// and the document returned has no Lines. The memory it needs does not
// grow with the number of pages.
func ReadPages(data []byte, r *ocr.Reader, emit func(lines []document.Line)) (*document.Document, error) {
	return read(data, r, emit)
}

// read is Read, or ReadPages when emit is set.
func read(data []byte, r *ocr.Reader, emit func(lines []document.Line)) (doc *document.Document, err error) {
	defer func() {
		// The last line of defence: the layers below recover what they
		// can themselves, but a hostile file must never take the
		// caller down.
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("malformed PDF (%v)", r)
		}
	}()
	f, err := openPDF(data)
	if err != nil {
		return nil, err
	}
	pages := f.pages()
	if len(pages) == 0 {
		return nil, errNoPages
	}
	doc = &document.Document{Pages: len(pages)}
	if f.repaired {
		doc.Warnings = append(doc.Warnings, pdfWarning(0, "the cross-reference table was damaged and has been rebuilt by scanning the file"))
	}
	fonts := map[pdfRef]*pdfFont{}
	failed, textBytes := 0, 0
	var scratch pageScratch
	var firstErr error
	var kept []document.Line // the document's lines (Read), or the page's (ReadPages)
	scans := pageScans{r: r} // ReadPages's scanned pages (scan.go)
	for i, p := range pages {
		if textBytes > maxDocumentText {
			doc.Warnings = append(doc.Warnings, pdfWarning(i+1, fmt.Sprintf("the document holds more than %d MiB of text; pages from here on were not read", maxDocumentText>>20)))
			break
		}
		if emit == nil {
			kept = reserveLines(kept, i, len(pages))
		} else {
			kept = kept[:0]
		}
		lines, warnings, err := readPage(kept, f, p, i+1, fonts, &scratch)
		doc.Warnings = append(doc.Warnings, warnings...)
		if err != nil {
			failed++
			if firstErr == nil {
				firstErr = &document.Error{Place: document.Place{Page: i + 1}, Err: err}
			}
			doc.Warnings = append(doc.Warnings, pdfWarning(i+1, "the page could not be read: "+err.Error()))
			continue
		}
		for _, l := range lines[len(kept):] {
			textBytes += len(l.Text)
		}
		kept = lines
		if emit != nil {
			emit(scans.page(f, p, i+1, lines, doc))
		}
	}
	if failed == len(pages) {
		return nil, firstErr
	}
	if emit == nil {
		doc.Lines = kept
	}
	scans.finish(doc)
	return doc, nil
}

// reserveLines makes room in lines, read from the first done of total
// pages, for the pages still to come at the rate so far (up to
// maxReservedLines at a time, as a hostile page tree may claim millions
// of pages), so that a long document's lines are not copied again and
// again as they grow.
func reserveLines(lines []document.Line, done, total int) []document.Line {
	if done == 0 || cap(lines)-len(lines) >= len(lines)/done {
		return lines
	}
	return slices.Grow(lines, min(len(lines)/done*(total-done)*9/8, maxReservedLines))
}

// maxReservedLines bounds what reserveLines reserves at once.
const maxReservedLines = 1 << 16

// maxDocumentText bounds the text read from one file; past it the
// remaining pages are skipped with a warning.
const maxDocumentText = 64 << 20

// pdfWarning makes a warning of the PDF reader.
func pdfWarning(page int, msg string) document.Warning {
	return document.Warning{Stage: "pdf", Place: document.Place{Page: page}, Message: msg}
}

// errPagePanic wraps a panic met while reading one page.
var errPagePanic = errors.New("malformed content")

// A pageScratch holds the buffers one page needs, reused page after
// page so that memory stays flat however long the document is.
type pageScratch struct {
	content []byte      // the page's decoded content streams
	glyphs  []pdfGlyph  // the glyphs they draw
	rulings []ruling    // and the lines
	path    []pathPoint // the path under construction
	scanner *contentScanner
}

// readPage interprets and lays out one page, appending its lines to dst.
// A panic is recovered and returned as an error, so one bad page does
// not lose the others.
func readPage(dst []document.Line, f *pdfFile, p pdfPage, num int, fonts map[pdfRef]*pdfFont, scratch *pageScratch) (lines []document.Line, warnings []document.Warning, err error) {
	defer func() {
		if r := recover(); r != nil {
			lines, err = nil, fmt.Errorf("%w (%v)", errPagePanic, r)
			if os.Getenv("MINUTES_DEBUG") != "" {
				err = fmt.Errorf("%w\n%s", err, debug.Stack())
			}
		}
	}()
	content, decodeErr := pageContent(scratch.content[:0], f, p.dict)
	scratch.content = content
	in := &interpreter{
		file: f, fonts: fonts, visiting: map[*pdfStream]bool{},
		gs:     graphicsState{ctm: pageMatrix(p), hScale: 1},
		glyphs: scratch.glyphs[:0], rulings: scratch.rulings[:0], path: scratch.path[:0],
		spare: scratch.scanner,
	}
	defer func() {
		scratch.glyphs, scratch.rulings, scratch.path = in.glyphs[:0], in.rulings[:0], in.path[:0]
		scratch.scanner = in.spare
	}()
	in.run(content, p.resources)
	if decodeErr == nil {
		decodeErr = in.err
	}
	if decodeErr != nil {
		warnings = append(warnings, pdfWarning(num, "part of the page could not be decoded: "+decodeErr.Error()))
	}
	in.glyphs = onPage(in.glyphs, p)
	warnings = append(warnings, glyphWarnings(in.glyphs, num)...)
	lines = layoutPage(dst, in.glyphs, in.rulings, num)
	for i := range lines[len(dst):] {
		lines[len(dst)+i].Num = i + 1
	}
	return lines, warnings, nil
}

// onPage keeps the glyphs drawn on the visible page (the crop box), as a
// viewer shows it: text pushed outside it — printer's marks, leftovers of
// an imposition, hidden tricks — is not what a person reads.
func onPage(glyphs []pdfGlyph, p pdfPage) []pdfGlyph {
	w, h := p.box[2]-p.box[0], p.box[3]-p.box[1]
	if p.rotate == 90 || p.rotate == 270 {
		w, h = h, w
	}
	kept := glyphs[:0]
	for _, g := range glyphs {
		margin := max(g.size, 1)
		if g.x >= -margin && g.x <= w+margin && g.y >= -margin && g.y <= h+2*margin {
			kept = append(kept, g)
		}
	}
	return kept
}

// pageContent appends the page's content streams, decoded and joined,
// to dst. A stream that fails to decode contributes what was decoded
// before the damage, and the first error is returned beside the data.
func pageContent(dst []byte, f *pdfFile, page pdfDict) ([]byte, error) {
	var streams []*pdfStream
	switch c := f.resolve(page["Contents"]).(type) {
	case *pdfStream:
		streams = append(streams, c)
	case pdfArray:
		for _, x := range c {
			if s, ok := f.resolve(x).(*pdfStream); ok {
				streams = append(streams, s)
			}
		}
	}
	var firstErr error
	for _, s := range streams {
		var err error
		dst, err = appendDecoded(dst, s)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		dst = append(dst, '\n') // operators never run across stream boundaries' white space
	}
	return dst, firstErr
}

// glyphWarnings says when a page has no text at all, or glyphs whose
// font gives no Unicode for them.
func glyphWarnings(glyphs []pdfGlyph, page int) []document.Warning {
	visible, unmapped := 0, 0
	for _, g := range glyphs {
		switch {
		case g.space:
		case g.text == "" && !g.mapped:
			unmapped++
		default:
			visible++
		}
	}
	var ws []document.Warning
	if visible == 0 && unmapped == 0 {
		ws = append(ws, pdfWarning(page, "no text on this page (a scanned image?)"))
	}
	if unmapped > 0 {
		ws = append(ws, pdfWarning(page, fmt.Sprintf("%d glyphs had no Unicode mapping and were left out", unmapped)))
	}
	return ws
}
