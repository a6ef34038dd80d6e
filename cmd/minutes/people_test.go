package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"minutes/store"
)

// writeMinutes writes a small text minutes with a participants table.
func writeMinutes(t *testing.T, dir, name, date string, people ...string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Minutes of the Board meeting\n\nDate: " + date + "\n\nPresent:\n")
	for _, p := range people {
		b.WriteString("- " + p + "\n")
	}
	b.WriteString("\n1. Welcome\n\nThe chair opened the meeting.\n")
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPeopleDuplicatesAndAliases imports two minutes that spell one
// person two ways, lists the pair with `people --duplicates`, merges it
// with an aliases file, and checks that the merge holds after --force.
func TestPeopleDuplicatesAndAliases(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	a := writeMinutes(t, dir, "a.txt", "3 March 2011", "Allan Thomson", "Gorazd Božič")
	b := writeMinutes(t, dir, "b.txt", "7 April 2011", "Allan Thompson", "Gorazd Bozic")
	if status, out, errOut := runCLI(t, "import", "-q", "--db", db, a, b); status != 0 {
		t.Fatalf("import: %d\n%s%s", status, out, errOut)
	}
	status, out, errOut := runCLI(t, "people", "--db", db, "--duplicates")
	pair := strings.Contains(out, "Allan Thomson  ~  Allan Thompson") || strings.Contains(out, "Allan Thompson  ~  Allan Thomson")
	if status != 0 || !pair || !strings.Contains(out, "edit distance 1") ||
		!strings.Contains(out, "1 pair of people") || strings.Contains(out, "Bozic") {
		t.Fatalf("people --duplicates: %d\n%s%s", status, out, errOut)
	}

	aliases := filepath.Join(dir, "aliases.csv")
	if err := os.WriteFile(aliases, []byte("kind,spelling,name\nperson,Allan Thomson,Allan Thompson\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if status, out, errOut := runCLI(t, "import", "--db", db, "--aliases", aliases); status != 0 || !strings.Contains(out, "linked again") {
		t.Fatalf("import --aliases: %d\n%s%s", status, out, errOut)
	}
	for _, args := range [][]string{nil, {"--force", a, b}} {
		if args != nil {
			if status, out, errOut := runCLI(t, append([]string{"import", "-q", "--db", db}, args...)...); status != 0 {
				t.Fatalf("import %q: %d\n%s%s", args, status, out, errOut)
			}
		}
		_, out, _ = runCLI(t, "people", "--db", db)
		if !strings.Contains(out, "Allan Thompson\t2 meetings") || strings.Contains(out, "Allan Thomson") || !strings.Contains(out, "Gorazd Božič\t2 meetings") {
			t.Errorf("people after the aliases file (%q):\n%s", args, out)
		}
		_, out, _ = runCLI(t, "people", "--db", db, "--duplicates")
		if !strings.Contains(out, "0 pairs of people") {
			t.Errorf("a merged pair is still offered:\n%s", out)
		}
	}

	if status, out, errOut := runCLI(t, "import", "--db", db, "--relink"); status != 0 || !strings.Contains(out, "linked again") {
		t.Errorf("import --relink: %d\n%s%s", status, out, errOut)
	}
	if _, out, _ = runCLI(t, "people", "--db", db); !strings.Contains(out, "Allan Thompson\t2 meetings") {
		t.Errorf("people after --relink:\n%s", out)
	}

	if err := os.WriteFile(aliases, []byte("person,Allan Thomson\nbeing,X,Y\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _, errOut = runCLI(t, "import", "--db", db, "--aliases", aliases)
	if status != 1 || !strings.Contains(errOut, "line 2") {
		t.Errorf("a bad aliases file: status %d, %q", status, errOut)
	}
}

// corpusFile is a document of the shared corpus, or skips the test when
// the corpus is not beside the checkout.
func corpusFile(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "corpus", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("the corpus is not here: %v", err)
	}
	return path
}

// TestCorpusPeopleHaveNoJunk imports the corpus documents whose tables
// were misread into names that are not people — a header row, names glued
// to status words, two people in one cell, a table of contents read as
// participants — and checks that none of those names is a person, that
// the people they hide are, and that actions_by_owner does not list
// initials apart from the person they name.
func TestCorpusPeopleHaveNoJunk(t *testing.T) {
	var files []string
	for _, name := range []string{
		"pdf/nmnwse-board-minutes-2016-02-13.pdf",
		"pdf/nmnwse-board-minutes-2005-12-17.pdf",
		"pdf/scouts-ramon-llull-kraal-acta-2018-03-09.pdf",
		"html/w3c-browser-extension-cg-minutes-2016-09-22.html",
		"pdf/oasis-csaf-tc-minutes-2018-10-31-meeting-20.pdf",
		"md/openwis-action-tracker-2016-09-13.md",
		"md/openwis-annual-meeting-2017-03-23-toulouse.md",
		"md/openwis-steering-committee-2016-03-09.md",
	} {
		files = append(files, corpusFile(t, name))
	}
	db := filepath.Join(t.TempDir(), "m.db")
	if status, out, errOut := runCLI(t, append([]string{"import", "-q", "--db", db}, files...)...); status != 0 {
		t.Fatalf("import: %d\n%s%s", status, out, errOut)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	people, err := store.QueryStrings(context.Background(), s.DB(), `SELECT name FROM people`)
	if err != nil {
		t.Fatal(err)
	}
	isPerson := map[string]bool{}
	for _, p := range people {
		isPerson[p] = true
	}
	for _, junk := range []string{
		"Committee Due Date Status", "Diane Oyen Open Meeting", "Phyllis Baca Open Meeting", "Rebecca Galves Open",
		"Rebecca Galves Open Meeting", "Jeanne Banks April Board", "All Board April Board", "Tinka Gammel Georgia Pedicini",
		"Teck Trek.", "Erik and Florian and Mike", "Previas", "Contenido", "Valoración TROFO", "Realización", "Póstumas",
		"Dineros", "Proyectores", "Bombonas", "Esmenes", "Metodológico", "Organizativo",
	} {
		if isPerson[junk] {
			t.Errorf("%q is a person", junk)
		}
	}
	for _, real := range []string{"Diane Oyen", "Rebecca Galves", "Tinka Gammel", "Jeremy Tandy", "Ernesto"} {
		if !isPerson[real] {
			t.Errorf("%q is not a person", real)
		}
	}
	owners, err := store.QueryStrings(context.Background(), s.DB(), `SELECT owner FROM actions_by_owner WHERE owner IN ('JT', 'Jeremy Tandy')`)
	if err != nil || len(owners) != 1 {
		t.Errorf("actions_by_owner lists %q for Jeremy Tandy (%v), want one owner", owners, err)
	}
}
