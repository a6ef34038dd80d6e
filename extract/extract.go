package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"minutes/document"
	"minutes/extract/charset"
	"minutes/extract/html"
	"minutes/extract/ocr"
	"minutes/extract/pdf"
	"minutes/extract/raster"
	"minutes/extract/text"
)

// Options are a caller's choices about reading files: how scanned pages
// are read by OCR. The zero Options read them when Tesseract is installed.
type Options struct {
	OCR ocr.Options
}

// ReadFile reads the file at path and extracts it with Read.
func ReadFile(path string) (*document.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &document.Error{Path: path, Err: err}
	}
	return Read(path, data)
}

// Read extracts the document held in data with the zero Options. The path
// names the file in errors and in the document; the format is found from
// the content (Sniff), so a file's extension may be wrong or missing.
func Read(path string, data []byte) (*document.Document, error) {
	return ReadContext(context.Background(), path, data, Options{})
}

// ReadContext is Read with options and a context. The context bounds
// OCR, the one slow step: when it is done, the page being read is given
// up and later scanned pages are not read, each with a warning.
//
// A panic inside a reader (a bug met on malformed input) is recovered and
// returned as an Error, so one hostile file never stops a batch.
func ReadContext(ctx context.Context, path string, data []byte, opts Options) (doc *document.Document, err error) {
	return read(ctx, path, data, opts, nil)
}

// ReadPages is ReadContext for a caller that takes the lines as they come: a PDF
// hands each page's lines to emit as soon as they are laid out (a scanned
// page's once OCR has read it), in a buffer the next page reuses, so that
// the memory needed does not grow with the pages; other formats hand all
// their lines at once. The document returned has no Lines. After a
// reader's panic, the pages emitted before it stay emitted.
func ReadPages(ctx context.Context, path string, data []byte, opts Options, emit func(lines []document.Line)) (*document.Document, error) {
	return read(ctx, path, data, opts, emit)
}

// read is ReadContext, or ReadPages when emit is set.
func read(ctx context.Context, path string, data []byte, opts Options, emit func(lines []document.Line)) (doc *document.Document, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &document.Error{Path: path, Err: document.ErrEmpty}
	}
	format := Sniff(path, data)
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			err = &document.Error{Path: path, Err: fmt.Errorf("%s reader failed: %v", format, r)}
			if os.Getenv("MINUTES_DEBUG") != "" {
				err = fmt.Errorf("%w\n%s", err, debug.Stack())
			}
		}
	}()
	switch format {
	case document.PDF:
		if emit != nil {
			doc, err = pdf.ReadPages(data, ocr.NewReader(ctx, opts.OCR), emit)
			emit = nil // done
		} else {
			doc, err = pdf.ReadWith(data, ocr.NewReader(ctx, opts.OCR))
		}
	case document.Image:
		doc, err = raster.Read(data, ocr.NewReader(ctx, opts.OCR))
	case document.HTML:
		doc, err = html.Read(data)
	case document.Text:
		doc, err = text.ReadWithHTML(data, html.Fragment)
	default:
		return nil, &document.Error{Path: path, Err: document.ErrUnsupported}
	}
	if err != nil {
		var e *document.Error
		if errors.As(err, &e) {
			e.Path = path
			return nil, e
		}
		return nil, &document.Error{Path: path, Err: err}
	}
	if emit != nil {
		emit(doc.Lines)
		doc.Lines = nil
	}
	sum := sha256.Sum256(data)
	doc.Path = path
	doc.Format = format
	doc.SHA256 = hex.EncodeToString(sum[:])
	return doc, nil
}

// sniffSize is how much of a file Sniff looks at: callers may pass only
// this much (the batch walker does).
const sniffSize = 1024

// Sniff finds a file's format from its first bytes and its name, and
// returns "" for content none of the readers understands. The rules, in
// order:
//
//  1. "%PDF-" at the start: PDF. The magic bytes of TIFF, PNG or JPEG:
//     Image (a scan, read by OCR).
//  2. The magic bytes of a format the readers do not read (other images,
//     archives, office documents, executables, RTF, PostScript): "".
//  3. A document type or <html> tag opening the file (after a byte-order
//     mark, white space and an XML declaration; in UTF-16 too): HTML,
//     whatever the extension says.
//  4. "%PDF-" later in the first 1024 bytes (a PDF with junk before its
//     header, as some mail and web archives save them): PDF.
//  5. The extension: .pdf, .htm/.html/.xhtml/.shtml, .txt/.text/.md/
//     .markdown. A .pdf without a header goes to the PDF reader, which
//     says what is wrong; a .txt of binary junk goes to the text reader,
//     which refuses it with ErrBinary.
//  6. Otherwise (no extension, or one that says nothing) the content
//     decides: markup that opens an HTML element (<p>, <div>, <table>, a
//     comment, WHATWG's sniffing list) is HTML; bytes that decode as text
//     without many control characters are Text; anything else is "".
func Sniff(path string, data []byte) document.Format {
	head := data[:min(len(data), sniffSize)]
	if bytes.HasPrefix(head, []byte("%PDF-")) {
		return document.PDF
	}
	if raster.Is(head) {
		return document.Image
	}
	if hasBinaryMagic(head) {
		return ""
	}
	markup := markupHead(head)
	if isHTMLDocument(markup) {
		return document.HTML
	}
	if i := bytes.Index(head, []byte("%PDF-")); i >= 0 && i+5 < len(head) && isDigit(head[i+5]) {
		return document.PDF
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return document.PDF
	case ".htm", ".html", ".xhtml", ".shtml":
		return document.HTML
	case ".txt", ".text", ".md", ".markdown", ".mdown", ".mkd":
		return document.Text
	}
	if opensHTMLElement(markup) {
		return document.HTML
	}
	if looksLikeText(head) {
		return document.Text
	}
	return ""
}

// markupHead returns the start of head as lower-case text for matching
// markup: decoded from UTF-16 when a byte-order mark or the zero-byte
// pattern shows it, without a UTF-8 byte-order mark and leading white
// space.
func markupHead(head []byte) string {
	text := string(head)
	if c, n, ok := charset.BOM(head); ok {
		text = charset.DecodeAll(c, head[n:])
	} else if c, ok := charset.SniffUTF16(head); ok {
		text = charset.DecodeAll(c, head)
	}
	return strings.ToLower(strings.TrimLeft(text, " \t\r\n\f"))
}

// isHTMLDocument reports whether markup opens with an HTML document type
// or <html> tag, possibly after an XML declaration and comments.
func isHTMLDocument(markup string) bool {
	s := markup
	if strings.HasPrefix(s, "<?xml") {
		end := strings.Index(s, "?>")
		if end < 0 {
			return false
		}
		s = strings.TrimLeft(s[end+2:], " \t\r\n\f")
	}
	for strings.HasPrefix(s, "<!--") {
		end := strings.Index(s, "-->")
		if end < 0 {
			return false
		}
		s = strings.TrimLeft(s[end+3:], " \t\r\n\f")
	}
	return strings.HasPrefix(s, "<!doctype html") || hasTagPrefix(s, "<html")
}

// htmlOpeners are the tags that open an HTML file in WHATWG's content
// sniffing algorithm (besides the document type and <html>).
var htmlOpeners = []string{"<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a", "<style",
	"<title", "<b", "<body", "<br", "<p", "<meta", "<center", "<h2", "<h3"}

// opensHTMLElement reports whether markup opens with an element WHATWG's
// sniffing takes for HTML, or with a comment followed by markup.
func opensHTMLElement(markup string) bool {
	if strings.HasPrefix(markup, "<!--") {
		end := strings.Index(markup, "-->")
		return end >= 0 && strings.HasPrefix(strings.TrimLeft(markup[end+3:], " \t\r\n\f"), "<")
	}
	for _, tag := range htmlOpeners {
		if hasTagPrefix(markup, tag) {
			return true
		}
	}
	return false
}

// hasTagPrefix reports whether s opens with tag followed by the end of the
// tag's name (space or ">"), so "<b>" matches "<b" but "<bogus>" does not.
func hasTagPrefix(s, tag string) bool {
	if !strings.HasPrefix(s, tag) || len(s) == len(tag) {
		return false
	}
	switch s[len(tag)] {
	case ' ', '>', '\t', '\n', '\r', '\f', '/':
		return true
	}
	return false
}

// looksLikeText reports whether head decodes as text: UTF-16 by its mark or
// zero bytes, or bytes without NULs and with few control characters.
func looksLikeText(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	if _, _, ok := charset.BOM(head); ok {
		return true
	}
	if _, ok := charset.SniffUTF16(head); ok {
		return true
	}
	return !charset.LooksBinary(head)
}

// binaryMagic lists the openings of common files found beside minutes in
// archives that no reader here understands. Openings that are also
// ordinary words ("MZ", "BM") are checked with the content in
// hasBinaryMagic.
var binaryMagic = [][]byte{
	[]byte("\x89PNG\r\n\x1a\n"), []byte("\xff\xd8\xff"), []byte("GIF87a"), []byte("GIF89a"),
	[]byte("PK\x03\x04"), []byte("PK\x05\x06"), []byte("\x1f\x8b"), []byte("\xfd7zXZ\x00"),
	[]byte("\x28\xb5\x2f\xfd"), []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), []byte("\x7fELF"),
	[]byte("II*\x00"), []byte("MM\x00*"), []byte("7z\xbc\xaf\x27\x1c"), []byte("Rar!\x1a\x07"),
	[]byte("{\\rtf"), []byte("%!PS"), []byte("OggS"), []byte("ID3"), []byte("fLaC"),
	[]byte("SQLite format 3\x00"), []byte("\xca\xfe\xba\xbe"), []byte("\xcf\xfa\xed\xfe"),
	[]byte("\xce\xfa\xed\xfe"), []byte("\x00asm"), []byte("wOFF"), []byte("wOF2"),
	[]byte("\x00\x01\x00\x00\x00"), []byte("OTTO"), []byte("\x00\x00\x01\x00"),
}

// hasBinaryMagic reports whether head opens like a file no reader here
// understands.
func hasBinaryMagic(head []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, m) {
			return true
		}
	}
	switch {
	case bytes.HasPrefix(head, []byte("RIFF")) && len(head) >= 12: // WAV, AVI, WebP
		return true
	case len(head) >= 12 && string(head[4:8]) == "ftyp": // MP4, QuickTime, HEIC
		return true
	case bytes.HasPrefix(head, []byte("MZ")) || bytes.HasPrefix(head, []byte("BM")) || bytes.HasPrefix(head, []byte("BZh")):
		return charset.LooksBinary(head) // a Windows program, a bitmap, bzip2 — or a line of text
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
