package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"minutes/batch"
	"minutes/parse"
	"minutes/store"
)

func init() {
	register(&command{
		name:    "import",
		usage:   "import [--db FILE] [-j N] [--force] [--report FILE] [--no-ocr] [--ocr-lang L] PATH...",
		summary: "Extract files and folders (recursively) and store their records in a SQLite database.",
		run:     runImport,
	})
}

// smallBatch is the most files an import lists one line each without -v.
const smallBatch = 20

func runImport(args []string, stdout, stderr io.Writer) int {
	flags := newFlags(commands["import"], stderr)
	dbPath := flags.String("db", "minutes.db", "the SQLite database to create or update")
	jobs := flags.Int("j", 0, "files to extract at once (default: the number of CPUs)")
	maxSize := flags.Int64("max-size", batch.DefaultMaxSize>>20, "refuse files larger than this many MB")
	timeout := flags.Duration("timeout", batch.DefaultTimeout, "give up on a file after this long")
	force := flags.Bool("force", false, "re-extract and replace every document, even unchanged ones")
	reportPath := flags.String("report", "", "write one JSON line per file with its outcome to this file")
	verbose := flags.Bool("v", false, "print one line per file (the default for up to 20 files)")
	quiet := flags.Bool("q", false, "print nothing but errors")
	ocrOptions := ocrFlags(flags)
	paths, err := parseInterspersed(flags, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(paths) == 0 {
		flags.Usage()
		return 2
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	defer db.Close()

	walk := batch.WalkPaths(paths)
	var report *json.Encoder
	if *reportPath != "" {
		f, err := os.Create(*reportPath)
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
		defer f.Close()
		report = json.NewEncoder(f)
	}
	progress := newProgress(walk, stderr, *quiet)
	listFiles := !*quiet && (*verbose || len(walk.Files) <= smallBatch)
	im := &batch.Importer{
		Store:   db,
		Options: batch.Options{Jobs: *jobs, MaxSize: *maxSize << 20, Timeout: *timeout, Force: *force, OCR: ocrOptions()},
		OnResult: func(r batch.Result) {
			progress.step(r)
			if listFiles {
				progress.clear()
				fmt.Fprintln(stdout, fileLine(r))
			}
			if report != nil {
				report.Encode(reportLine(r))
			}
		},
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum, err := im.Run(ctx, walk)
	progress.finish()
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		if sum == nil {
			return 1
		}
	}
	if *quiet {
		sum.WriteFailures(stderr)
	} else {
		sum.Write(stdout)
	}
	if sum.Failed() || err != nil {
		return 1
	}
	return 0
}

// fileLine is the one-line summary of a file.
func fileLine(r batch.Result) string {
	if r.Err != nil {
		return fmt.Sprintf("%-9s %v", r.Outcome, r.Err)
	}
	rec := r.Record
	if rec == nil {
		return fmt.Sprintf("%-9s %s", r.Outcome, r.Path)
	}
	title := string(rec.Meeting.Title)
	if title == "" {
		title = "(no title found)"
	}
	return fmt.Sprintf("%-9s %s: %q %s — %s, %s, %s, %s, %s", r.Outcome, r.Path, title, rec.Meeting.Date,
		plural(len(rec.Items), "item"), participantsSummary(rec.ParticipantStats()), plural(len(rec.Actions), "action"),
		plural(len(rec.Decisions), "decision"), plural(len(rec.Warnings), "warning"))
}

// participantsSummary says how many participants a record has and how many
// of their rows were rebuilt from one-character lines, or rebuilt with
// doubt.
func participantsSummary(p parse.ParticipantStats) string {
	s := plural(p.Found, "participant")
	if p.Rebuilt > 0 {
		s += fmt.Sprintf(" (%d rows rebuilt, %d uncertain)", p.Rebuilt, p.Uncertain)
	}
	return s
}

// reportLine is one line of --report.
func reportLine(r batch.Result) map[string]any {
	line := map[string]any{
		"path":    r.Path,
		"bytes":   r.Size,
		"outcome": r.Outcome,
		"ms":      r.Duration.Milliseconds(),
	}
	if r.Err != nil {
		line["error"] = r.Err.Error()
		line["reason"] = r.Reason()
	}
	if rec := r.Record; rec != nil {
		line["title"] = rec.Meeting.Title
		line["date"] = rec.Meeting.Date
		line["items"] = len(rec.Items)
		p := rec.ParticipantStats()
		line["participants"] = p.Found
		line["participants_rebuilt"] = p.Rebuilt
		line["participants_uncertain"] = p.Uncertain
		line["actions"] = len(rec.Actions)
		line["decisions"] = len(rec.Decisions)
		line["warnings"] = len(rec.Warnings)
	}
	if o := r.OCR; o != nil {
		line["ocr_pages"] = len(o.Pages)
		line["ocr_confidence"] = o.MeanConf()
		line["ocr_pages_not_read"] = len(o.NotRead)
	}
	return line
}

// plainInterval is how often a non-terminal import prints its progress.
const plainInterval = 5 * time.Second
