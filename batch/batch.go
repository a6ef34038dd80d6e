// Package batch imports whole archives: it walks folders, extracts files in
// parallel within per-file limits, and writes each document to the store
// from a single goroutine, one transaction per document. One bad file never
// stops the batch; a killed batch run again finishes the job with no
// duplicate and no partial document.
package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"minutes/document"
	"minutes/extract"
	"minutes/extract/ocr"
	"minutes/parse"
	"minutes/pipeline"
	"minutes/store"
)

// Options are the limits and switches of a batch import.
type Options struct {
	Jobs    int           // files extracted at once; 0 means the number of CPUs
	MaxSize int64         // files larger than this many bytes are refused; 0 means DefaultMaxSize
	Timeout time.Duration // the most one file may take to extract; 0 means DefaultTimeout
	Force   bool          // re-extract and replace documents even when unchanged
	OCR     ocr.Options   // how scanned pages are read (--no-ocr, --ocr-lang, --ocr-max-pages)
}

// The defaults of Options.
const (
	DefaultMaxSize = 64 << 20
	DefaultTimeout = 60 * time.Second
)

// Outcomes of a file beyond the store's: it failed, or nothing was done.
const (
	Failed store.Outcome = "failed"
)

// A Result is what happened to one file.
type Result struct {
	Path     string
	Size     int64
	Outcome  store.Outcome       // imported, unchanged, replaced or failed
	Err      error               // why it failed
	Record   *parse.Record       // nil when unchanged or failed
	OCR      *document.OCRReport // the scanned pages read and not read; nil when none, or unchanged or failed
	Duration time.Duration
}

// Reason gives the kind of failure, for grouping in the summary.
func (r Result) Reason() string { return reasonOf(r.Err) }

// An Importer runs batch imports into a store.
type Importer struct {
	Store   *store.Store
	Options Options
	// OnResult, if set, is called from the writing goroutine after each
	// file, in the order files finish.
	OnResult func(Result)
}

// job is a file read and processed by a worker, waiting to be written.
type job struct {
	file   File
	result Result
	entry  *store.Entry
}

// Run imports the files of a walk. It returns the summary after every file
// was tried; an error only when the store itself cannot be used.
func (im *Importer) Run(ctx context.Context, walk *Walk) (*Summary, error) {
	opts := im.Options.withDefaults()
	known, err := im.Store.Digests(pipeline.Version)
	if err != nil {
		return nil, err
	}
	orgs, err := im.Store.OrganisationNames()
	if err != nil {
		return nil, err
	}
	pipeOpts := pipeline.Options{Parse: parse.Options{KnownOrganisations: orgs}, Extract: extract.Options{OCR: opts.OCR}}

	files := make(chan File)
	done := make(chan job, opts.Jobs)
	var workers sync.WaitGroup
	for i := 0; i < opts.Jobs; i++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for f := range files {
				done <- process(f, opts, known, pipeOpts)
			}
		}()
	}
	go func() {
		defer close(files)
		for _, f := range walk.Files {
			select {
			case files <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { workers.Wait(); close(done) }()

	sum := newSummary(walk)
	for j := range done {
		res := im.write(j, opts)
		sum.add(res)
		if im.OnResult != nil {
			im.OnResult(res)
		}
	}
	return sum, ctx.Err()
}

func (o Options) withDefaults() Options {
	if o.Jobs <= 0 {
		o.Jobs = runtime.NumCPU()
	}
	if o.MaxSize <= 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	return o
}

// write stores a processed file: the single writer.
func (im *Importer) write(j job, opts Options) Result {
	res := j.result
	if j.entry == nil {
		return res
	}
	store := im.Store.Import
	if opts.Force {
		store = im.Store.Reimport
	}
	outcome, err := store(*j.entry)
	if err != nil {
		res.Outcome, res.Err, res.Record = Failed, &StoreError{Err: err}, nil
		return res
	}
	res.Outcome = outcome
	return res
}

// process reads one file and runs it through the pipeline within the
// limits. Files whose bytes are stored already, by this pipeline version,
// are not extracted at all.
func process(f File, opts Options, known map[string]bool, pipeOpts pipeline.Options) (j job) {
	start := time.Now()
	j = job{file: f, result: Result{Path: f.Path, Size: f.Size, Outcome: Failed}}
	defer func() { j.result.Duration = time.Since(start) }() // j is the named result: the caller sees it
	if f.Err != nil {
		j.result.Err = f.Err
		return j
	}
	if f.Size > opts.MaxSize {
		j.result.Err = &LimitError{Path: f.Path, What: fmt.Sprintf("file is %s, over the limit of %s (--max-size)", megabytes(f.Size), megabytes(opts.MaxSize))}
		return j
	}
	data, err := os.ReadFile(f.Path)
	if err != nil {
		j.result.Err = err
		return j
	}
	if int64(len(data)) > opts.MaxSize { // it grew since the walk
		j.result.Err = &LimitError{Path: f.Path, What: fmt.Sprintf("file is %s, over the limit of %s (--max-size)", megabytes(int64(len(data))), megabytes(opts.MaxSize))}
		return j
	}
	sum := sha256.Sum256(data)
	if known[hex.EncodeToString(sum[:])] && !opts.Force {
		j.result.Outcome, j.result.Err = store.Unchanged, nil
		return j
	}
	res, err := processWithin(f.Path, data, pipeOpts, opts.Timeout)
	if err != nil {
		j.result.Err = err
		return j
	}
	entry := res.Entry()
	j.entry = &entry
	j.result.Record = res.Record
	j.result.OCR = res.Raw.OCR
	j.result.Err = nil
	return j
}

// processWithin runs the pipeline on one file, giving up after timeout.
// Go cannot stop a goroutine from outside, so a file that overruns is
// reported and left to finish in the background, its result dropped: the
// batch goes on at full speed. The readers bound their own work on
// hostile input (nesting depth, object counts), so such files are rare.
//
// OCR, the slow step, is told to stop earlier, at ocrShare of the time:
// the running Tesseract is killed and the pages not yet read are left
// with a warning, so a long scan is imported with the pages read in time
// rather than failed.
func processWithin(path string, data []byte, opts pipeline.Options, timeout time.Duration) (*pipeline.Result, error) {
	type outcome struct {
		res *pipeline.Result
		err error
	}
	ch := make(chan outcome, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(float64(timeout)*ocrShare))
	go func() {
		defer cancel()
		res, err := pipeline.ProcessContext(ctx, path, data, opts)
		ch <- outcome{res, err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case o := <-ch:
		return o.res, o.err
	case <-timer.C:
		return nil, &LimitError{Path: path, What: fmt.Sprintf("extraction took longer than %s (--timeout)", timeout)}
	}
}

// ocrShare is the share of the per-file time limit OCR may take.
const ocrShare = 0.8

// A LimitError is a file refused or abandoned for exceeding a limit.
type LimitError struct {
	Path string
	What string
}

func (e *LimitError) Error() string { return e.Path + ": " + e.What }

// A StoreError is a file extracted but not stored.
type StoreError struct{ Err error }

func (e *StoreError) Error() string { return e.Err.Error() }
func (e *StoreError) Unwrap() error { return e.Err }

func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
