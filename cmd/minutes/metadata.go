package main

import (
	"flag"
	"fmt"
	"io"

	"minutes/store"
)

func init() {
	register(&command{
		name:    "metadata",
		usage:   "metadata [--db FILE]",
		summary: "Print Datasette's metadata.json for the database FILE: its tables described and the example questions as canned queries.",
		run:     runMetadata,
	})
}

// parseFlagsOnly parses the flags of a command that takes no other
// arguments; when it cannot go on, it returns the exit status.
func parseFlagsOnly(flags *flag.FlagSet, args []string) (status int, ok bool) {
	rest, err := parseInterspersed(flags, args)
	if err != nil {
		return usageStatus(err), false
	}
	if len(rest) > 0 {
		flags.Usage()
		return 2, false
	}
	return 0, true
}

// runMetadata prints the metadata keyed by the name Datasette gives the
// file (its name without the extension), so it applies whatever the
// database is called: minutes metadata --db archive.db > meta.json;
// datasette archive.db -m meta.json.
func runMetadata(args []string, stdout, stderr io.Writer) int {
	flags := newFlags(commands["metadata"], stderr)
	dbPath := flags.String("db", "minutes.db", "the database Datasette will open")
	if status, ok := parseFlagsOnly(flags, args); !ok {
		return status
	}
	meta, err := store.Metadata(*dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	stdout.Write(meta)
	return 0
}
