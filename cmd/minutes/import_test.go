package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"minutes/store"
)

// mixedArchive writes a folder of minutes with a README, a licence and a
// folder of drafts beside them, as archives come.
func mixedArchive(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "archive")
	files := map[string]string{
		"README.md":                "# Board archive\n\nThe minutes of the board, one file per meeting.\n\n## Usage\n\nOpen a file.\n\n## License\n\nCC-BY 4.0\n",
		"LICENSE":                  "MIT License\n\nCopyright (c) 2020 The Board\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n",
		"2019/board-2019-03-12.md": "# Board meeting, 12 March 2019\n\nPresent: Anna Meyer, Chris Gibson\n\n1. Budget\n\nThe budget was approved.\n\n2. Garden\n\nAction: Anna to buy seeds.\n",
		"2020/protokoll-2020.txt":  "Protokoll der Vorstandssitzung vom 3. März 2020\n\nTOP 1 Begrüßung\n\nTOP 2 Kasse\n",
		"2020/drafts/draft.txt":    "Minutes of the board meeting, 1 April 2020 (draft)\n\n1. Budget\n",
	}
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// reportLines reads --report's JSON lines by file base name.
func reportLines(t *testing.T, path string) map[string]map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines := map[string]map[string]any{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("report line %q: %v", sc.Text(), err)
		}
		lines[filepath.Base(line["path"].(string))] = line
	}
	return lines
}

// storedPaths are the base names of the documents a database holds, in
// order.
func storedPaths(t *testing.T, db string) []string {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	paths, err := store.QueryStrings(context.Background(), s.DB(), `SELECT d.path FROM documents d JOIN meetings m ON m.document_id = d.id ORDER BY d.path`)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		paths[i] = filepath.Base(p)
	}
	return paths
}

// TestImportSkipsFilesThatAreNotMinutes imports a mixed archive: the
// README and the licence are skipped with their reasons, in the file
// lines, the summary and the report, and stored as no meeting; the next
// import skips them again, and one with --all imports them.
func TestImportSkipsFilesThatAreNotMinutes(t *testing.T) {
	dir := mixedArchive(t)
	db := filepath.Join(t.TempDir(), "m.db")
	report := filepath.Join(t.TempDir(), "report.jsonl")
	status, out, errOut := runCLI(t, "import", "--db", db, "--report", report, dir)
	if status != 0 {
		t.Fatalf("import exited %d: %s%s", status, out, errOut)
	}
	for _, want := range []string{
		"skipped   " + filepath.Join(dir, "LICENSE") + ": not minutes: no date, no attendance",
		"it reads as a licence (--all imports it)",
		"skipped   " + filepath.Join(dir, "README.md") + ": not minutes: no date, no attendance",
		"it reads as a README (--all imports it)",
		"5 files", "3 imported, 0 unchanged, 0 replaced, 2 skipped (not minutes), 0 failed",
		"skipped as not minutes (2; --all imports them):",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	lines := reportLines(t, report)
	for name, readsAs := range map[string]string{"LICENSE": "a licence", "README.md": "a README"} {
		line := lines[name]
		reason, _ := line["reason"].(string)
		if line["outcome"] != "skipped" || !strings.HasPrefix(reason, "not minutes: no date") || !strings.HasSuffix(reason, "it reads as "+readsAs) {
			t.Errorf("report line of %s: %v", name, line)
		}
	}
	for _, name := range []string{"board-2019-03-12.md", "protokoll-2020.txt", "draft.txt"} {
		if lines[name]["outcome"] != "imported" {
			t.Errorf("report line of %s: %v", name, lines[name])
		}
	}
	if got := strings.Join(storedPaths(t, db), " "); got != "board-2019-03-12.md draft.txt protokoll-2020.txt" {
		t.Errorf("meetings stored: %s, want the three minutes", got)
	}

	// Not lost: the next import reads them again and skips them again.
	status, out, _ = runCLI(t, "import", "--db", db, dir)
	if status != 0 || !strings.Contains(out, "0 imported, 3 unchanged, 0 replaced, 2 skipped (not minutes)") {
		t.Errorf("second import: status %d\n%s", status, out)
	}
	status, out, _ = runCLI(t, "import", "--db", db, "--all", dir)
	if status != 0 || !strings.Contains(out, "2 imported, 3 unchanged, 0 replaced, 0 skipped (not minutes)") {
		t.Errorf("import --all: status %d\n%s", status, out)
	}
	if got := len(storedPaths(t, db)); got != 5 {
		t.Errorf("%d meetings stored after --all, want 5", got)
	}
}

// TestImportIncludeExclude picks files of the mixed archive by glob: the
// files left out are counted, an excluded folder is not walked, and a bad
// pattern is a usage error.
func TestImportIncludeExclude(t *testing.T) {
	dir := mixedArchive(t)
	tests := []struct {
		args     []string
		stored   string
		leftOut  string
		imported string
	}{
		{[]string{"--include", "2020/**"}, "draft.txt protokoll-2020.txt", "left out by --include/--exclude: 3 files, 0 folders", "2 imported"},
		{[]string{"--include", "*.md", "--include", "*.txt", "--exclude", "drafts", "--exclude", "README*"}, "board-2019-03-12.md protokoll-2020.txt", "left out by --include/--exclude: 2 files, 1 folder", "2 imported"},
		{[]string{"--exclude", "**/drafts/*.txt"}, "board-2019-03-12.md protokoll-2020.txt", "left out by --include/--exclude: 1 file, 0 folders", "2 imported"},
	}
	for _, tt := range tests {
		db := filepath.Join(t.TempDir(), "m.db")
		status, out, errOut := runCLI(t, append(append([]string{"import", "--db", db}, tt.args...), dir)...)
		if status != 0 || !strings.Contains(out, tt.leftOut) || !strings.Contains(out, tt.imported) {
			t.Errorf("%q: status %d, want %q and %q:\n%s%s", tt.args, status, tt.leftOut, tt.imported, out, errOut)
		}
		if got := strings.Join(storedPaths(t, db), " "); got != tt.stored {
			t.Errorf("%q: stored %s, want %s", tt.args, got, tt.stored)
		}
	}
	status, _, errOut := runCLI(t, "import", "--db", filepath.Join(t.TempDir(), "m.db"), "--exclude", "[a-", dir)
	if status != 2 || !strings.Contains(errOut, `"[a-" is not a valid glob pattern`) {
		t.Errorf("a bad pattern: status %d, %q", status, errOut)
	}
}

// TestExtractWarnsOfFilesThatAreNotMinutes: extract prints the record of
// a README all the same, and warns on standard error; minutes get no
// warning.
func TestExtractWarnsOfFilesThatAreNotMinutes(t *testing.T) {
	dir := mixedArchive(t)
	readme, minutes := filepath.Join(dir, "README.md"), filepath.Join(dir, "2019", "board-2019-03-12.md")
	status, out, errOut := runCLI(t, "extract", readme, minutes)
	if status != 0 || strings.Count(out, "\n") != 2 {
		t.Fatalf("extract: status %d, %d records", status, strings.Count(out, "\n"))
	}
	if !strings.Contains(errOut, "minutes: warning: "+readme+": not minutes: no date") || !strings.Contains(errOut, "it reads as a README; import skips it unless given --all") {
		t.Errorf("no warning for the README: %q", errOut)
	}
	if strings.Contains(errOut, minutes) {
		t.Errorf("a warning for minutes: %q", errOut)
	}
}
