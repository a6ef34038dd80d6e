package main

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"

	"minutes/parse"
	"minutes/pipeline"
	"minutes/store"
)

func init() {
	register(&command{
		name:    "import",
		usage:   "import [--db FILE] PATH...",
		summary: "Extract files and folders (recursively) and store their records in a SQLite database.",
		run:     runImport,
	})
}

func runImport(args []string, stdout, stderr io.Writer) int {
	flags := newFlags(commands["import"], stderr)
	dbPath := flags.String("db", "minutes.db", "the SQLite database to create or update")
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
	status := 0
	for _, root := range paths {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "minutes: %v\n", err)
				status = 1
				return nil
			}
			if d.IsDir() {
				return nil
			}
			res, err := pipeline.ProcessFile(path, parse.Options{})
			if err != nil {
				fmt.Fprintf(stderr, "minutes: %v\n", err)
				status = 1
				return nil
			}
			outcome, err := db.Import(res.Entry())
			if err != nil {
				fmt.Fprintf(stderr, "minutes: %v\n", err)
				status = 1
				return nil
			}
			r := res.Record
			fmt.Fprintf(stdout, "%-9s %s: %q %s, %s, %s, %s, %s\n", outcome, path, r.Meeting.Title, r.Meeting.Date,
				plural(len(r.Items), "item"), plural(len(r.Participants), "participant"), plural(len(r.Actions), "action"), plural(len(r.Warnings), "warning"))
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			status = 1
		}
	}
	return status
}
