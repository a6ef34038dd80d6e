package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"minutes/document"
	"minutes/extract"
	"minutes/parse"
	"minutes/pipeline"
)

func init() {
	register(&command{
		name:    "extract",
		usage:   "extract [--indent | --text] FILE...",
		summary: "Print the record of each file as one JSON object per line (JSON Lines), or with --text the text as read, before any repair.",
		run:     runExtract,
	})
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(commands["extract"], stderr)
	indent := fs.Bool("indent", false, "indent the JSON for reading (one record is then several lines)")
	textOnly := fs.Bool("text", false, "print each file's text as the reader extracted it, one line per line, pages separated by form feeds (no repair, no record)")
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
		return printTexts(files, stdout, stderr)
	}
	status := 0
	for _, path := range files {
		res, err := pipeline.ProcessFile(path, parse.Options{})
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			status = 1
			continue
		}
		if err := enc.Encode(res.Record); err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
	}
	return status
}

// printTexts prints what the readers extract, as pdftotext would: the
// lines, and a form feed between pages.
func printTexts(files []string, stdout, stderr io.Writer) int {
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
		_, err = extract.ReadPages(path, data, func(lines []document.Line) {
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
