package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"minutes/pipeline"
	"minutes/store"
)

func init() {
	register(&command{
		name:    "version",
		usage:   "version",
		summary: "Print the version of minutes, of its pipeline (which makes the records) and of the database schema it writes; also minutes --version.",
		run:     runVersion,
	})
}

// version is the program's version: set at build time with
// -ldflags "-X main.version=1.2.3", else the module's version from the
// build information ("(devel)" in a checkout).
var version = ""

func programVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		v := info.Main.Version
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " " + s.Value[:12]
			}
		}
		return v
	}
	return "(devel)"
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	flags := newFlags(commands["version"], stderr)
	rest, err := parseInterspersed(flags, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(rest) > 0 {
		flags.Usage()
		return 2
	}
	fmt.Fprintf(stdout, "minutes %s, pipeline %s, database schema %d\n", programVersion(), pipeline.Version, store.SchemaVersion())
	return 0
}
