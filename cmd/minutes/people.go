package main

import (
	"fmt"
	"io"
	"strings"

	"minutes/store"
)

func init() {
	register(&command{
		name:    "people",
		usage:   "people [--db FILE] [--organisations] [--duplicates | --not-people]",
		summary: "List the people (or organisations) of the database; with --duplicates the pairs that may be one, with their evidence; with --not-people the names not taken as people, and why.",
		run:     runPeople,
	})
	topics["aliases"] = store.AliasesHelp
}

func runPeople(args []string, stdout, stderr io.Writer) int {
	flags := newFlags(commands["people"], stderr)
	dbPath := flags.String("db", "minutes.db", "the database to read")
	orgs := flags.Bool("organisations", false, "organisations instead of people")
	duplicates := flags.Bool("duplicates", false, "the pairs that may be one person (organisation), with their evidence; none is merged")
	notPeople := flags.Bool("not-people", false, "the names written where a person stands that were not taken as people, and why")
	rest, err := parseInterspersed(flags, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(rest) > 0 || *duplicates && *notPeople || *notPeople && *orgs {
		flags.Usage()
		return 2
	}
	db, ok := openExisting(*dbPath, stderr)
	if !ok {
		return 1
	}
	defer db.Close()
	kind, what := "person", "people"
	if *orgs {
		kind, what = "organisation", "organisations"
	}
	switch {
	case *duplicates:
		err = printDuplicates(db, kind, what, stdout)
	case *notPeople:
		err = printNotPeople(db, stdout)
	default:
		err = printList(db, kind, what, stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	return 0
}

func printDuplicates(db *store.Store, kind, what string, w io.Writer) error {
	pairs, err := db.Duplicates(kind)
	if err != nil {
		return err
	}
	for _, d := range pairs {
		evidence := []string{d.Rule}
		if d.SameBody != "" {
			evidence = append(evidence, "same body: "+d.SameBody)
		}
		switch {
		case d.Shared != "" && kind == "person":
			evidence = append(evidence, "same organisation: "+d.Shared)
		case d.Shared != "":
			evidence = append(evidence, "same people: "+d.Shared)
		}
		if d.SameInitials {
			evidence = append(evidence, "same initials")
		}
		evidence = append(evidence, fmt.Sprintf("edit distance %d", d.Distance), fmt.Sprintf("similarity %.2f", d.Similarity))
		if d.Together > 0 {
			evidence = append(evidence, fmt.Sprintf("both in %s", plural(d.Together, "meeting")))
		}
		fmt.Fprintf(w, "%s  ~  %s\n    %s\n", d.A, d.B, strings.Join(evidence, "; "))
	}
	fmt.Fprintf(w, "%s of %s that may be one; none was merged. To merge a pair, write it in an aliases file ('minutes help aliases') and run 'minutes import --aliases FILE'.\n",
		plural(len(pairs), "pair"), what)
	return nil
}

func printNotPeople(db *store.Store, w io.Writer) error {
	names, err := db.NotPeople()
	if err != nil {
		return err
	}
	reason := ""
	for _, n := range names {
		if n.Reason != reason {
			reason = n.Reason
			fmt.Fprintf(w, "%s:\n", reason)
		}
		fmt.Fprintf(w, "    %s (%s, %s)\n", n.Spelling, n.WrittenAs, plural(n.Times, "time"))
	}
	fmt.Fprintf(w, "%s not taken as people. If one is a person, or one of the people is not, say so in an aliases file ('minutes help aliases').\n",
		plural(len(names), "name"))
	return nil
}

func printList(db *store.Store, kind, what string, w io.Writer) error {
	list, err := db.List(kind)
	if err != nil {
		return err
	}
	for _, l := range list {
		line := fmt.Sprintf("%s\t%s", l.Name, plural(l.Meetings, "meeting"))
		if l.First != "" {
			line += fmt.Sprintf("\t%s … %s", l.First, l.Last)
		}
		if l.Spellings > 1 {
			line += fmt.Sprintf("\t%d spellings", l.Spellings)
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "%d %s\n", len(list), what)
	return nil
}
