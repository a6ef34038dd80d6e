package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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

	if err := os.WriteFile(aliases, []byte("person,Allan Thomson\nbeing,X,Y\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _, errOut = runCLI(t, "import", "--db", db, "--aliases", aliases)
	if status != 1 || !strings.Contains(errOut, "line 2") {
		t.Errorf("a bad aliases file: status %d, %q", status, errOut)
	}
}
