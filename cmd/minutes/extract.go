package main

import (
	"encoding/json"
	"fmt"
	"io"

	"minutes/parse"
	"minutes/pipeline"
)

func init() {
	register(&command{
		name:    "extract",
		usage:   "extract [--indent] FILE...",
		summary: "Print the record of each file as one JSON object per line (JSON Lines).",
		run:     runExtract,
	})
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(commands["extract"], stderr)
	indent := fs.Bool("indent", false, "indent the JSON for reading (one record is then several lines)")
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
