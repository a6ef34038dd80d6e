// Package normalize repairs text that an earlier tool extracted badly: page
// chrome, running headers, words and characters split over lines, broken
// diacritics, URLs and hyphenation, mojibake and soft line wraps, and the
// typical damage of OCR on scanned pages (ocr*.go, which touch only the
// lines OCR read).
//
// Each repair is a Pass: a small named step that changes the document's
// lines and reports what it did as warnings a person understands. Passes
// repair, they do not interpret: a table row whose spaces were lost becomes
// one line of kind Glued, and splitting it into name and organisation is the
// parser's job.
//
// Every pass keeps provenance: a line made from several lines takes the page
// and line number of the first, so a warning or a record field can say
// where it was found. Every pass leaves clean text unchanged and is
// idempotent: running it twice changes nothing the second time.
package normalize

import (
	"minutes/document"
)

// A Pass is one named repair.
//
// Passes that join or drop lines write the lines they keep over their
// input, in its own array (out := lines[:0]), rather than in a new one:
// a long document's lines are megabytes, and a fresh copy for each pass
// was a seventh of the repairs' time, in page faults and GC. That is safe
// because a pass never writes more lines than it has read, and reads the
// lines it has already passed from out, not from lines: what it writes
// at out[k] (k <= i) is never read again as lines[k].
type Pass struct {
	Name  string // short, kebab-case: "split-diacritics"
	About string // one sentence: what damage it repairs
	// Apply repairs doc.Lines in place and returns what it changed.
	Apply func(doc *document.Document) []document.Warning
}

// Passes are the repairs in the order Run applies them. The order matters:
// encoding damage is fixed before anything reads letters; OCR's words are
// marked as read before any OCR repair, which repairs words before page
// chrome is recognised (a "Page l" footer); page chrome and
// running headers go before lines are joined (they interrupt tables and
// sentences), characters are rejoined before words, and words before
// paragraphs.
var Passes = []Pass{
	unicodeForm,
	mojibake,
	ocrDoubtful,
	ocrSpecks,
	ocrOrdinals,
	ocrLabels,
	ocrDigits,
	pageChrome,
	runningHeaders,
	letterSpacing,
	charPerLine,
	splitDiacritics,
	splitNumbers,
	brokenURLs,
	wordPerLine,
	ocrHyphens,
	hyphenation,
	softWraps,
}

// Run applies every pass to a copy of doc, in order, and returns the
// repaired document with the warnings of all passes. The reader's own
// warnings come first.
func Run(doc *document.Document) (*document.Document, []document.Warning) {
	return RunPasses(doc, Passes)
}

// RunPasses is Run with a chosen list of passes, for tests and --explain.
func RunPasses(doc *document.Document, passes []Pass) (*document.Document, []document.Warning) {
	out := *doc
	out.Lines = cloneLines(doc.Lines)
	warnings := append([]document.Warning(nil), doc.Warnings...)
	for _, p := range passes {
		for _, w := range p.Apply(&out) {
			if w.Stage == "" {
				w.Stage = p.Name
			}
			warnings = append(warnings, w)
		}
	}
	out.Warnings = warnings
	return &out, warnings
}

// Lookup returns the pass with the given name.
func Lookup(name string) (Pass, bool) {
	for _, p := range Passes {
		if p.Name == name {
			return p, true
		}
	}
	return Pass{}, false
}

func cloneLines(lines []document.Line) []document.Line {
	out := make([]document.Line, len(lines))
	copy(out, lines)
	for i := range out {
		if out[i].Cells != nil {
			out[i].Cells = append([]string(nil), out[i].Cells...)
		}
	}
	return out
}
