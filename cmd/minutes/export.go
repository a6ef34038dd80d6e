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
		usage:   "export [--db FILE] [--format csv|json] [--excel] [--table T | --out DIR]",
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
	excel := flags.Bool("excel", false, "CSV for spreadsheets: a byte-order mark so Excel reads UTF-8, CRLF line ends, and a warning for cells longer than a spreadsheet holds")
	rest, err := parseInterspersed(flags, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(rest) > 0 || (*table == "") == (*outDir == "") || (*format != "csv" && *format != "json") || *excel && *format != "csv" {
		fmt.Fprintln(stderr, "minutes export: give either --table T or --out DIR, and --format csv or json (--excel with csv only)")
		flags.Usage()
		return 2
	}
	db, ok := openExisting(*dbPath, stderr)
	if !ok {
		return 1
	}
	defer db.Close()
	if *table != "" {
		long, err := db.ExportFor(stdout, *table, *format, *excel)
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
		warnLongCells(stderr, *table, long)
		return 0
	}
	return exportAll(db, *outDir, *format, *excel, stdout, stderr)
}

// warnLongCells says when cells are longer than a spreadsheet holds.
func warnLongCells(stderr io.Writer, table string, long store.LongCells) {
	if long.Count == 0 {
		return
	}
	fmt.Fprintf(stderr, "minutes: warning: %s: %s longer than the %d characters a spreadsheet cell holds (the first in column %s, row %d; the longest %d characters): a spreadsheet will cut them short\n",
		table, plural(long.Count, "cell"), store.SpreadsheetCellLimit, long.Column, long.Row, long.LongestSize)
}

func exportAll(db *store.Store, dir, format string, excel bool, stdout, stderr io.Writer) int {
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
		long, err := db.ExportFor(f, name, format, excel)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %s: %v\n", path, err)
			return 1
		}
		warnLongCells(stderr, path, long)
	}
	fmt.Fprintf(stdout, "wrote %d files to %s\n", len(names), dir)
	return 0
}
