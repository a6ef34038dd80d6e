package main

import (
	"fmt"
	"io"
	"path/filepath"

	"minutes/check"
	"minutes/parse"
	"minutes/pipeline"
)

func init() {
	register(&command{
		name:    "check",
		usage:   "check [-v] [--floors FILE] [--raise-floors] DIR",
		summary: "Score the records of the documents in DIR against their NAME.expected.json and fail below the floors.",
		run:     runCheck,
	})
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(commands["check"], stderr)
	verbose := fs.Bool("v", false, "list every mismatch under its document")
	floorsPath := fs.String("floors", "", "the floors file (default DIR/floors.json)")
	raise := fs.Bool("raise-floors", false, "raise the floors to the current scores (never lowers one) and save them")
	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(dirs) != 1 {
		fs.Usage()
		return 2
	}
	dir := dirs[0]
	if *floorsPath == "" {
		*floorsPath = filepath.Join(dir, "floors.json")
	}
	cases, err := check.FindCases(dir)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	if len(cases) == 0 {
		fmt.Fprintf(stderr, "minutes: no *%s files under %s\n", check.ExpectedSuffix, dir)
		return 1
	}
	floors, err := check.LoadFloors(*floorsPath)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	res := check.Run(cases, func(path string) (any, error) {
		r, err := pipeline.ProcessFile(path, parse.Options{})
		if err != nil {
			return nil, err
		}
		return r.Record, nil
	})
	res.WriteDocuments(stdout, *verbose)
	fmt.Fprintln(stdout)
	res.WriteTable(stdout, floors)
	if *raise {
		if err := floors.Raised(res.Total).Save(*floorsPath); err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "\nfloors raised where the scores allow: %s\n", *floorsPath)
		return 0
	}
	failures := floors.Failures(res.Total)
	fmt.Fprintln(stdout)
	if len(failures) > 0 {
		for _, f := range failures {
			fmt.Fprintf(stdout, "FAIL %s\n", f)
		}
		return 1
	}
	fmt.Fprintf(stdout, "ok: %s checked, every field at or above its floor (%s)\n", plural(len(cases), "document"), *floorsPath)
	return 0
}
