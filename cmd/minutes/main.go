// Command minutes turns archives of meeting minutes (PDF, HTML, plain text)
// into records and a queryable SQLite database.
//
//	minutes extract FILE...            print one JSON record per file
//	minutes normalize [--explain] FILE  print the repaired text
//	minutes import [--db FILE] PATH... store files and folders in SQLite
//	minutes check DIR                  score records against expected ones
//	minutes people --duplicates        people who may be one person
//	minutes version                    the program's and the pipeline's versions
//
// Run "minutes help" for every command and "minutes CMD -h" for its flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"minutes/store"
)

// A command is one subcommand of minutes.
type command struct {
	name    string
	usage   string // the synopsis after "minutes "
	summary string // one line for "minutes help"
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands is filled by each command's file in its init.
var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the process exit status: 0 on
// success, 1 when some input failed, 2 on a usage error, 130 when
// interrupted.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printHelp(stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) == 1 {
			printHelp(stdout)
			return 0
		}
		return help(args[1], stdout, stderr)
	case "--version", "-version":
		return runVersion(nil, stdout, stderr)
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "minutes: unknown command %q (run 'minutes help' for the commands)\n", name)
		return 2
	}
	if asksForHelp(args[1:]) {
		return help(name, stdout, stderr)
	}
	return c.run(args[1:], stdout, stderr)
}

// topics are help pages that are not commands: `minutes help TOPIC`.
var topics = map[string]string{}

// help prints the usage of a command, or a topic, to standard output. A
// command prints its usage when given -h alone; giving it stdout for its
// errors too sends the usage there.
func help(name string, stdout, stderr io.Writer) int {
	if c, ok := commands[name]; ok {
		c.run([]string{"-h"}, stdout, stdout)
		return 0
	}
	if text, ok := topics[name]; ok {
		fmt.Fprintln(stdout, text)
		return 0
	}
	fmt.Fprintf(stderr, "minutes: no help on %q (run 'minutes help' for the commands and topics)\n", name)
	return 2
}

// asksForHelp reports whether a command's arguments ask for its usage:
// -h or --help among its flags, before any "--".
func asksForHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--h", "--help":
			return true
		}
	}
	return false
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "minutes turns archives of meeting minutes (PDF, HTML, text) into records and SQLite.")
	fmt.Fprintln(w, "\nUsage:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  minutes %s\n      %s\n", c.usage, c.summary)
	}
	if len(topics) > 0 {
		names := make([]string, 0, len(topics))
		for n := range topics {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(w, "\nTopics: %s\n", strings.Join(names, ", "))
	}
	fmt.Fprintln(w, "\nRun 'minutes help CMD' or 'minutes CMD -h' for a command's flags, 'minutes help TOPIC' for a topic.")
}

// newFlags makes a flag set for a command whose usage message lists its
// flags.
func newFlags(c *command, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: minutes %s\n\n%s\n", c.usage, c.summary)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseInterspersed parses flags that may come before, between or after the
// positional arguments ("import a/ --db x.db b/"), and returns the
// positional ones. "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// usageError reports whether err came from bad flags, including -h.
func usageStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// openExisting opens a database that must exist already, reporting why
// not on stderr.
func openExisting(path string, stderr io.Writer) (*store.Store, bool) {
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return nil, false
	}
	db, err := store.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return nil, false
	}
	return db, true
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}
