package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"minutes/check"
	"minutes/parse"
	"minutes/pipeline"
)

func init() {
	register(&command{
		name:    "check",
		usage:   "check [-v] [--raise-floors] DIR...",
		summary: "Score the records of the documents in each DIR against their NAME.expected.json and fail below DIR/floors.json.",
		run:     runCheck,
	})
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(commands["check"], stderr)
	verbose := fs.Bool("v", false, "list every mismatch under its document")
	raise := fs.Bool("raise-floors", false, "raise each DIR's floors to the current scores and save them, a floor for every field (never lowers one)")
	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(dirs) == 0 {
		fs.Usage()
		return 2
	}
	status := 0
	for i, dir := range dirs {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		if len(dirs) > 1 {
			fmt.Fprintf(stdout, "== %s\n", dir)
		}
		if s := checkDir(dir, *verbose, *raise, stdout, stderr); s > status {
			status = s
		}
	}
	return status
}

// checkDir scores the expected records under one folder against its own
// floors: each folder is a set of documents with floors of its own, so a
// new set (say, documents nobody tuned the parser on) never lowers the
// floors of another. The floors must exist and hold a floor for every
// field the check scores; only --raise-floors may write a missing one or
// fill in missing fields.
func checkDir(dir string, verbose, raise bool, stdout, stderr io.Writer) int {
	floorsPath := filepath.Join(dir, "floors.json")
	cases, err := check.FindCases(dir)
	if err == nil && len(cases) == 0 {
		err = fmt.Errorf("no *%s files under %s", check.ExpectedSuffix, dir)
	}
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	floors, err := check.LoadFloors(floorsPath)
	if raise && errors.Is(err, fs.ErrNotExist) {
		floors, err = check.Floors{}, nil // the first floors of a new set
	}
	if err == nil {
		err = usableFloors(floorsPath, floors, raise)
	}
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
	res.WriteDocuments(stdout, verbose)
	fmt.Fprintln(stdout)
	res.WriteTable(stdout, floors)
	fmt.Fprintln(stdout)
	if raise {
		if err := floors.Raised(res.Total).Save(floorsPath); err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "floors raised where the scores allow: %s\n", floorsPath)
		return 0
	}
	if failures := floors.Failures(res.Total); len(failures) > 0 {
		for _, f := range failures {
			fmt.Fprintf(stdout, "FAIL %s: %s\n", dir, f)
		}
		return 1
	}
	fmt.Fprintf(stdout, "ok: %s checked, every field at or above its floor (%s)\n", plural(len(cases), "document"), floorsPath)
	return 0
}

// usableFloors reports what keeps a set's floors from being checked
// against: a floor of a field the check does not score (a typo, a renamed
// field), and, unless --raise-floors is to fill them in, the fields
// without a floor.
func usableFloors(path string, floors check.Floors, raise bool) error {
	if u := floors.Unknown(); len(u) > 0 {
		return fmt.Errorf("%s: floors for fields the check does not score: %s (remove or rename them)", path, strings.Join(u, ", "))
	}
	if m := floors.Missing(); len(m) > 0 && !raise {
		return fmt.Errorf("%s: no floor for %d of the %d fields the check scores: %s (add them, or write them at the current scores with --raise-floors)",
			path, len(m), len(check.Fields()), strings.Join(m, ", "))
	}
	return nil
}
