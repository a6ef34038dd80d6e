package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"minutes/store"
)

func init() {
	register(&command{
		name:    "export",
		usage:   "export [--db FILE] [--format csv|json] [--table T | --out DIR]",
		summary: "Write a table or view of the database as CSV or JSON, or every one of them into a folder.",
		run:     runExport,
	})
}

func runExport(args []string, stdout, stderr io.Writer) int {
	flags := newFlags(commands["export"], stderr)
	dbPath := flags.String("db", "minutes.db", "the database to export from")
	format := flags.String("format", "csv", "csv or json")
	table := flags.String("table", "", "the table or view to write to standard output")
	outDir := flags.String("out", "", "write every table and view to this folder, one file each")
	rest, err := parseInterspersed(flags, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(rest) > 0 || (*table == "") == (*outDir == "") || (*format != "csv" && *format != "json") {
		fmt.Fprintln(stderr, "minutes export: give either --table T or --out DIR, and --format csv or json")
		flags.Usage()
		return 2
	}
	if _, err := os.Stat(*dbPath); err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	defer db.Close()
	if *table != "" {
		if err := db.Export(stdout, *table, *format); err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
		return 0
	}
	return exportAll(db, *outDir, *format, stdout, stderr)
}

func exportAll(db *store.Store, dir, format string, stdout, stderr io.Writer) int {
	names, err := db.Exportable()
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	for _, name := range names {
		path := filepath.Join(dir, name+"."+format)
		f, err := os.Create(path)
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
		err = db.Export(f, name, format)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %s: %v\n", path, err)
			return 1
		}
	}
	fmt.Fprintf(stdout, "wrote %d files to %s\n", len(names), dir)
	return 0
}
