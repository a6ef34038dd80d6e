package main

import (
	"fmt"
	"io"

	"minutes/extract"
	"minutes/normalize"
)

func init() {
	register(&command{
		name:    "normalize",
		usage:   "normalize [--explain] FILE...",
		summary: "Print each file's repaired text; with --explain, also what each repair pass changed.",
		run:     runNormalize,
	})
}

func runNormalize(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(commands["normalize"], stderr)
	explain := fs.Bool("explain", false, "before the text, list each pass with what it changed")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	status := 0
	for _, path := range files {
		raw, err := extract.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			status = 1
			continue
		}
		if len(files) > 1 {
			fmt.Fprintf(stdout, "==> %s <==\n", path)
		}
		if *explain {
			explainPasses(stdout, raw)
		}
		repaired, _ := normalize.Run(raw)
		fmt.Fprintln(stdout, repaired.Text())
	}
	return status
}

// explainPasses runs the passes one at a time and says what each changed.
func explainPasses(w io.Writer, doc *extract.Document) {
	for _, w0 := range doc.Warnings {
		fmt.Fprintf(w, "# reader: %s\n", w0)
	}
	for _, p := range normalize.Passes {
		before := len(doc.Lines)
		out, warnings := normalize.RunPasses(doc, []normalize.Pass{p})
		changed := warnings[len(doc.Warnings):]
		fmt.Fprintf(w, "# %s: %s (%d lines -> %d)\n", p.Name, p.About, before, len(out.Lines))
		for _, x := range changed {
			fmt.Fprintf(w, "#   %s\n", x)
		}
		doc = out
	}
	fmt.Fprintln(w)
}
