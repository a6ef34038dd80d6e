package main

import (
	"context"
	"encoding/json"
	"errors"
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
		usage:   "import [--db FILE] [-j N] [--force] [--report FILE] [--aliases FILE] [--relink] [--no-ocr] [--ocr-lang L] [--ocr-max-pages N] PATH...",
		summary: "Extract files and folders (recursively) and store their records in a SQLite database. Interrupted (Ctrl-C), it exits 130; run it again to resume.",
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
	aliasesPath := flags.String("aliases", "", "load this aliases file into the database (see 'minutes help aliases'); the database applies it to every import from then on")
	relink := flags.Bool("relink", false, "then link every name of the database to people and organisations again: links made from documents since replaced go")
	ocrOptions := ocrFlags(flags)
	paths, err := parseInterspersed(flags, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(paths) == 0 && *aliasesPath == "" && !*relink {
		flags.Usage()
		return 2
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	defer db.Close()
	if *aliasesPath != "" {
		if err := loadAliases(db, *aliasesPath, stdout, *quiet); err != nil {
			fmt.Fprintf(stderr, "minutes: %s: %v\n", *aliasesPath, err)
			return 1
		}
	}
	if len(paths) == 0 {
		return relinkNames(db, *relink, stdout, stderr, *quiet)
	}

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
			switch {
			case listFiles:
				progress.clear()
				fmt.Fprintln(stdout, fileLine(r))
			case r.Err != nil && !*quiet: // at once, before the summary that counts it
				progress.clear()
				fmt.Fprintf(stderr, "minutes: %v\n", r.Err)
			}
			if report != nil {
				report.Encode(reportLine(r))
			}
		},
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C stops at once: every stored document is whole anyway
	}()
	sum, err := im.Run(ctx, walk)
	progress.finish()
	interrupted := errors.Is(err, context.Canceled)
	if err != nil && !interrupted {
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
	if interrupted {
		fmt.Fprintf(stderr, "minutes: import interrupted after %d of %d files; every document stored is whole. Run the same command again to resume: the files already stored are skipped.\n",
			sum.Files, len(walk.Files))
		return exitInterrupted
	}
	if status := relinkNames(db, *relink, stdout, stderr, *quiet); status != 0 {
		return status
	}
	if sum.Failed() || err != nil {
		return 1
	}
	return 0
}

// relinkNames links every name of the database again when asked to.
func relinkNames(db *store.Store, relink bool, stdout, stderr io.Writer, quiet bool) int {
	if !relink {
		return 0
	}
	if err := db.Relink(); err != nil {
		fmt.Fprintf(stderr, "minutes: linking names again: %v\n", err)
		return 1
	}
	if !quiet {
		fmt.Fprintln(stdout, "every name of the database linked again to people and organisations")
	}
	return 0
}

// exitInterrupted is the exit status of a command stopped by Ctrl-C, as a
// shell reports it (128 + SIGINT).
const exitInterrupted = 130

// loadAliases reads an aliases file into the database, which links every
// name again when the file changed what any spelling becomes.
func loadAliases(db *store.Store, path string, stdout io.Writer, quiet bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	aliases, err := store.ReadAliases(f)
	if err != nil {
		return err
	}
	changed, err := db.SetAliases(aliases)
	if err != nil {
		return err
	}
	if !quiet {
		if changed {
			fmt.Fprintf(stdout, "aliases: %s loaded from %s; every name of the database linked again\n", plural(len(aliases), "line"), path)
		} else {
			fmt.Fprintf(stdout, "aliases: %s from %s, unchanged\n", plural(len(aliases), "line"), path)
		}
	}
	return nil
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
