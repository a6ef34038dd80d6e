package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"minutes/document"
	"minutes/extract"
	"minutes/parse"
	"minutes/pipeline"
	"minutes/store"
)

func init() {
	register(&command{
		name:    "extract",
		usage:   "extract [--indent | --text] [--db FILE] [--no-ocr] [--ocr-lang L] FILE...",
		summary: "Print the record of each file as one JSON object per line (JSON Lines), or with --text the text as read, before any repair. With --db, the record is the one an import into that database would store.",
		run:     runExtract,
	})
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(commands["extract"], stderr)
	indent := fs.Bool("indent", false, "indent the JSON for reading (one record is then several lines)")
	textOnly := fs.Bool("text", false, "print each file's text as the reader extracted it, one line per line, pages separated by form feeds (no repair, no record)")
	dbPath := fs.String("db", "", "read the organisations this database knows, as an import into it does (opened read-only)")
	ocrOptions := ocrFlags(fs)
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *indent {
		enc.SetIndent("", "  ")
	}
	if *textOnly {
		return printTexts(files, extract.Options{OCR: ocrOptions()}, stdout, stderr)
	}
	var opts parse.Options
	if *dbPath != "" {
		if opts.KnownOrganisations, err = store.KnownOrganisations(*dbPath); err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
	}
	status := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			status = 1
			continue
		}
		res, err := pipeline.ProcessContext(context.Background(), path, data, pipeline.Options{Parse: opts, Extract: extract.Options{OCR: ocrOptions()}})
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			status = 1
			continue
		}
		if err := enc.Encode(res.Record); err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
		if e := res.Record.Evidence; !e.IsMinutes() {
			fmt.Fprintf(stderr, "minutes: warning: %s: %s; import skips it unless given --all\n", path, e.NotMinutes)
		}
	}
	return status
}

// printTexts prints what the readers extract, as pdftotext would: the
// lines, and a form feed between pages.
func printTexts(files []string, opts extract.Options, stdout, stderr io.Writer) int {
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", &document.Error{Path: path, Err: err})
			status = 1
			continue
		}
		// A PDF's lines come page by page, printed as they come: memory
		// stays flat however long the file.
		started, page := false, 0
		_, err = extract.ReadPages(context.Background(), path, data, opts, func(lines []document.Line) {
			for _, l := range lines {
				if started && l.Page != page {
					out.WriteString("\f")
				}
				started, page = true, l.Page
				out.WriteString(l.Text)
				out.WriteByte('\n')
			}
		})
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			status = 1
		}
	}
	return status
}
