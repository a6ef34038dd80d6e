package main

import (
	"flag"
	"strings"

	"minutes/extract/ocr"
)

// ocrFlags adds the flags of OCR to a command: --no-ocr, --ocr-lang and
// --ocr-max-pages. The function it returns reads them once parsed.
func ocrFlags(fs *flag.FlagSet) func() ocr.Options {
	off := fs.Bool("no-ocr", false, "do not read scanned pages with OCR (each gets a warning)")
	langs := fs.String("ocr-lang", "", "Tesseract languages to read scanned pages in, such as eng or fra+eng (default: the document's language when installed, else eng)")
	maxPages := fs.Int("ocr-max-pages", ocr.DefaultMaxPages, "read at most this many scanned pages of one document")
	return func() ocr.Options {
		var codes []string
		for _, code := range strings.FieldsFunc(*langs, func(r rune) bool { return r == '+' || r == ',' || r == ' ' }) {
			codes = append(codes, code)
		}
		return ocr.Options{Off: *off, Languages: codes, MaxPages: *maxPages}
	}
}
