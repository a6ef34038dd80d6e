// Package pipeline runs one file through the stages — extract, normalize,
// parse — and gives what store needs. It sits above the stages and is what
// the command line and the batch importer call; the stages themselves know
// nothing of each other beyond the Document that flows between them.
package pipeline

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"

	"minutes/document"
	"minutes/extract"
	"minutes/normalize"
	"minutes/parse"
	"minutes/store"
)

// Version names the pipeline's behaviour. Bump it whenever a change makes
// extract, normalize or parse give a different record for the same bytes:
// a database whose documents were made by another version has them
// re-extracted on the next import.
const Version = "0.6.18"

// A Result is everything the pipeline learned from one file.
type Result struct {
	Raw      *document.Document // as the reader gave it
	Repaired *document.Document // after the normalize passes
	Record   *parse.Record
}

// Entry gives the result in the form the store takes.
func (r *Result) Entry() store.Entry {
	pages := make([]int, len(r.Repaired.Lines))
	for i, l := range r.Repaired.Lines {
		pages[i] = l.Page
	}
	return store.Entry{
		Record:    r.Record,
		RawText:   r.Raw.Text(),
		Text:      r.Repaired.Text(),
		Version:   Version,
		LinePages: pages,
		OCR:       r.Raw.OCR,
	}
}

// Options are the choices of the stages that take any: how scanned pages
// are read (extract) and what the parser knows beforehand.
type Options struct {
	Extract extract.Options
	Parse   parse.Options
}

// ProcessFile reads the file at path and runs it through the pipeline.
func ProcessFile(path string, opts parse.Options) (*Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &document.Error{Path: path, Err: err}
	}
	return Process(path, data, opts)
}

// Process runs the bytes of one file through extract, normalize and parse,
// with the parser's options and extract's defaults.
func Process(path string, data []byte, opts parse.Options) (*Result, error) {
	return ProcessContext(context.Background(), path, data, Options{Parse: opts})
}

// ProcessContext is Process with every stage's options and a context,
// which bounds OCR (extract.ReadContext). A panic in any stage is
// recovered and returned as an error naming the file, so one hostile file
// never stops a batch.
func ProcessContext(ctx context.Context, path string, data []byte, opts Options) (res *Result, err error) {
	stage := "extract"
	defer func() {
		if r := recover(); r != nil {
			res = nil
			err = &document.Error{Path: path, Err: fmt.Errorf("%s failed: %v", stage, r)}
			if os.Getenv("MINUTES_DEBUG") != "" {
				err = fmt.Errorf("%w\n%s", err, debug.Stack())
			}
		}
	}()
	raw, err := extract.ReadContext(ctx, path, data, opts.Extract)
	if err != nil {
		return nil, err
	}
	stage = "normalize"
	repaired, _ := normalize.Run(raw)
	stage = "parse"
	rec := parse.Parse(repaired, opts.Parse)
	return &Result{Raw: raw, Repaired: repaired, Record: rec}, nil
}
