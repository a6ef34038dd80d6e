// Package ocr reads the words of scanned page images with Tesseract, an
// optional program the pipeline calls when it is installed (as Apache Tika
// does): `apt-get install tesseract-ocr tesseract-ocr-eng`.
//
// The rules it keeps:
//
//   - Tesseract runs as the `tesseract` command found on PATH, one page
//     at a time, the image on its standard input and its TSV output read
//     back: every word with its box in pixels and its confidence. The
//     readers lay the words out as they lay out a PDF's glyphs, so lines,
//     columns and tables come out the same way.
//   - The languages are chosen per document (Reader): --ocr-lang when
//     given; else the document's own language when its trained data is
//     installed (a PDF's /Lang, or the language of the words of its first
//     page read); else English, or the first language installed.
//   - A page read with few or doubtful words is asked for its
//     orientation (Tesseract's OSD, where osd.traineddata is installed);
//     a page upside down or on its side is turned and read again. A skew
//     of a few degrees is measured from the words' baselines and taken
//     out of their positions.
//   - OCR is bounded: a page limit per document (Options.MaxPages), the
//     caller's context (the batch's per-file time limit kills the running
//     Tesseract), and Options.Off. A scanned page that is not read gets
//     one warning saying why, and how to install Tesseract when that is
//     the reason.
//
// The files: ocr.go the options and the per-document Reader, tesseract.go
// the engine (the command, its TSV, its languages and OSD), lang.go the
// languages, skew.go measuring and taking out skew.
package ocr

import (
	"context"
	"fmt"
	"image"
	"math"
	"strings"

	"minutes/document"
)

// Options are the caller's choices about OCR.
type Options struct {
	Off       bool     // read no image (--no-ocr)
	Languages []string // Tesseract's language codes to use ("eng", "fra"); nil chooses per document
	MaxPages  int      // the most pages read per document; 0 means DefaultMaxPages
}

// DefaultMaxPages is the page limit per document when Options gives none.
const DefaultMaxPages = 50

// doubtfulConf is the word confidence below which a word is doubtful: its
// line lists it, and the repair passes leave it as read.
const doubtfulConf = 50

// A Word is one word read from an image, in the image's pixels.
type Word struct {
	Text     string
	Box      image.Rectangle
	Baseline int     // the y of the baseline of its line, in pixels (after any deskew)
	Conf     float64 // 0 to 100
	Line     int     // the line it belongs to, numbered through the page from 1
	Bold     bool    // set in a bold face, as far as its ink tells (markBold)
}

// Doubtful reports whether the engine was unsure of the word.
func (w Word) Doubtful() bool { return w.Conf < doubtfulConf }

// A Page is what OCR read from one page image.
type Page struct {
	Words  []Word
	Size   image.Point // the image's size in pixels, as read (after turning)
	Turned int         // degrees the image was turned clockwise before reading: 0, 90, 180 or 270
	Skew   float64     // degrees of skew measured and taken out of the words' positions
}

// Conf is the mean confidence of the page's words, 0 when it has none.
func (p *Page) Conf() float64 {
	if len(p.Words) == 0 {
		return 0
	}
	sum := 0.0
	for _, w := range p.Words {
		sum += w.Conf
	}
	return sum / float64(len(p.Words))
}

// A Reader reads the scanned pages of one document and keeps its
// provenance: which pages were read, how well, and which could not be.
// A nil *Reader reads nothing and reports each page as not read because
// OCR is off.
type Reader struct {
	ctx      context.Context
	opts     Options
	engine   *Engine // nil when Tesseract is not installed
	missing  error   // why there is no engine
	hint     string  // the document's language as the file declares it (ISO 639-1 "fr" or Tesseract's "fra"), or ""
	langs    []string
	read     int // pages handed to the engine so far
	report   document.OCRReport
	warnings []document.Warning
}

// NewReader prepares the reading of one document's scanned pages. The
// engine is looked up now: Tesseract installed or removed between two
// documents is noticed. ctx bounds the whole document: when it is done,
// the running Tesseract is killed and later pages are not read.
func NewReader(ctx context.Context, opts Options) *Reader {
	r := &Reader{ctx: ctx, opts: opts}
	if opts.MaxPages <= 0 {
		r.opts.MaxPages = DefaultMaxPages
	}
	if !opts.Off {
		r.engine, r.missing = FindEngine()
	}
	return r
}

// SetLanguageHint tells the reader the language the document declares
// (a PDF's /Lang: "en-GB", "fr"), used when its trained data is installed.
func (r *Reader) SetLanguageHint(lang string) {
	if r != nil {
		r.hint = lang
	}
}

// ReadPage reads the words of one page's image, dpi being its resolution
// (pixels per inch on the page), or says why it did not: the page is then
// counted as not read, with one warning. The warning's stage is "ocr".
func (r *Reader) ReadPage(page int, img image.Image, dpi float64) (*Page, bool) {
	if reason := r.whyNot(); reason != "" {
		r.NotRead(page, reason)
		return nil, false
	}
	if err := r.ctx.Err(); err != nil {
		r.NotRead(page, "scanned page not read: the file's time limit ran out (--timeout)")
		return nil, false
	}
	r.read++
	langs := r.languages()
	p, err := r.engine.ReadImage(r.ctx, img, dpi, langs)
	if err != nil {
		if r.ctx.Err() != nil {
			err = fmt.Errorf("the file's time limit ran out (--timeout)")
		}
		r.NotRead(page, "scanned page not read: "+err.Error())
		return nil, false
	}
	if r.langs == nil && len(r.opts.Languages) == 0 {
		// The first page read decides the document's languages: read
		// again in its own language when that is not what was used.
		if better := r.engine.chooseLanguages(r.hint, wordsText(p.Words)); !sameLanguages(better, langs) {
			if again, err := r.engine.ReadImage(r.ctx, img, dpi, better); err == nil {
				p, langs = again, better
			}
		}
		r.langs = langs
	}
	r.report.Engine, r.report.Languages = r.engine.Name(), langs
	r.report.Pages = append(r.report.Pages, document.OCRPage{Page: page, Words: len(p.Words), Conf: round1(p.Conf())})
	msg := fmt.Sprintf("read by OCR (%s, %s): %d words, mean confidence %.0f%%", r.report.Engine, strings.Join(langs, "+"), len(p.Words), p.Conf())
	if p.Turned != 0 {
		msg += fmt.Sprintf("; the page was turned %d°", p.Turned)
	}
	if math.Abs(p.Skew) >= 0.5 {
		msg += fmt.Sprintf("; a skew of %.1f° was taken out", p.Skew)
	}
	r.warn(page, msg)
	return p, true
}

// NotRead counts a scanned page as not read and says why in one warning.
// The readers call it too, for an image they cannot decode.
func (r *Reader) NotRead(page int, why string) {
	if r == nil {
		return
	}
	r.report.NotRead = append(r.report.NotRead, page)
	r.warn(page, why)
}

// whyNot says why the next page will not be read, or "" if it will.
func (r *Reader) whyNot() string {
	switch {
	case r.opts.Off:
		return "scanned page not read: OCR is off (--no-ocr)"
	case r.engine == nil:
		return "scanned page not read: " + r.missing.Error()
	case r.read >= r.opts.MaxPages:
		return fmt.Sprintf("scanned page not read: the document has more than %d scanned pages (--ocr-max-pages)", r.opts.MaxPages)
	}
	return ""
}

// languages are the languages to read the next page in.
func (r *Reader) languages() []string {
	if len(r.opts.Languages) > 0 {
		return r.opts.Languages
	}
	if r.langs != nil {
		return r.langs
	}
	return r.engine.chooseLanguages(r.hint, "")
}

func (r *Reader) warn(page int, msg string) {
	r.warnings = append(r.warnings, document.Warning{Stage: "ocr", Place: document.Place{Page: page}, Message: msg})
}

// Report returns the provenance of the scanned pages met so far, nil when
// there were none.
func (r *Reader) Report() *document.OCRReport {
	if r == nil || len(r.report.Pages) == 0 && len(r.report.NotRead) == 0 {
		return nil
	}
	rep := r.report
	return &rep
}

// Warnings returns the warnings of the scanned pages met so far: one per
// page, read or not.
func (r *Reader) Warnings() []document.Warning {
	if r == nil {
		return nil
	}
	return r.warnings
}

// LineOCR sums up the words of one laid-out line: their mean confidence
// and the doubtful ones, in the line's order. The words are looked up by
// their text among the page's words, each used once.
type LineOCR struct {
	byText map[string][]float64
}

// NewLineOCR indexes a page's words by their text.
func NewLineOCR(words []Word) *LineOCR {
	m := make(map[string][]float64, len(words))
	for _, w := range words {
		m[w.Text] = append(m[w.Text], w.Conf)
	}
	return &LineOCR{byText: m}
}

// Line returns what OCR said of the words of a line of text.
func (l *LineOCR) Line(text string) *document.OCRLine {
	out := &document.OCRLine{}
	sum, n := 0.0, 0
	for _, tok := range strings.Fields(text) {
		confs := l.byText[tok]
		if len(confs) == 0 {
			continue // a cell separator or a word the layout joined
		}
		c := confs[0]
		l.byText[tok] = confs[1:]
		sum += c
		n++
		if c < doubtfulConf {
			out.Doubtful = append(out.Doubtful, document.Doubt{Word: tok, Conf: round1(c)})
		}
	}
	if n > 0 {
		out.Conf = round1(sum / float64(n))
	}
	return out
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// wordsText joins words' text with spaces.
func wordsText(words []Word) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}

func sameLanguages(a, b []string) bool {
	return strings.Join(a, "+") == strings.Join(b, "+")
}
