package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"minutes/check"
	"minutes/pipeline"
	"minutes/store"
)

// runCLI runs the command line in-process and returns its exit status and
// outputs.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	status := run(args, &stdout, &stderr)
	return status, stdout.String(), stderr.String()
}

var samples = []string{
	filepath.Join("..", "..", "testdata", "samples", "tf-csirt-17-2006-amsterdam.txt"),
	filepath.Join("..", "..", "testdata", "samples", "tf-csirt-29-2010-hamburg.txt"),
}

func TestHelpListsEveryCommand(t *testing.T) {
	status, out, _ := runCLI(t, "help")
	if status != 0 {
		t.Fatalf("help exited %d", status)
	}
	for name := range commands {
		if !strings.Contains(out, "minutes "+name) {
			t.Errorf("help does not list %s:\n%s", name, out)
		}
	}
	for name := range topics {
		if !strings.Contains(out, name) {
			t.Errorf("help does not list the topic %s:\n%s", name, out)
		}
	}
}

// TestHelpGoesToStandardOutput checks that asking for help — help CMD,
// CMD -h, CMD --help among other flags — prints the command's usage to
// standard output and succeeds, as help TOPIC does, while a usage error
// still goes to standard error.
func TestHelpGoesToStandardOutput(t *testing.T) {
	for name := range commands {
		for _, args := range [][]string{{"help", name}, {name, "-h"}, {name, "--db", "x.db", "--help"}} {
			status, out, errOut := runCLI(t, args...)
			if status != 0 || !strings.HasPrefix(out, "Usage: minutes "+name) || errOut != "" {
				t.Errorf("%q: status %d, stdout %q, stderr %q", args, status, out, errOut)
			}
		}
	}
	for name := range topics {
		if status, out, errOut := runCLI(t, "help", name); status != 0 || out == "" || errOut != "" {
			t.Errorf("help %s: status %d, stdout %q, stderr %q", name, status, out, errOut)
		}
	}
	status, out, errOut := runCLI(t, "import", "--no-such-flag")
	if status != 2 || out != "" || !strings.Contains(errOut, "no-such-flag") {
		t.Errorf("a bad flag: status %d, stdout %q, stderr %q", status, out, errOut)
	}
	// After "--", -h is a file name.
	if asksForHelp([]string{"--", "-h"}) {
		t.Errorf("-h after -- is taken as a request for help")
	}
}

// TestUnknownCommandOrTopic checks that an unknown command or help topic
// exits 2 with one line on standard error.
func TestUnknownCommandOrTopic(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"help", "frobnicate"}, {"--frobnicate"}} {
		status, out, errOut := runCLI(t, args...)
		if status != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "frobnicate") {
			t.Errorf("%q: status %d, stdout %q, stderr %q; want 2 and one line naming it", args, status, out, errOut)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		status, out, _ := runCLI(t, args...)
		if status != 0 || !strings.HasPrefix(out, "minutes ") || !strings.Contains(out, "pipeline "+pipeline.Version) ||
			!strings.Contains(out, fmt.Sprintf("schema %d", store.SchemaVersion())) || strings.Count(out, "\n") != 1 {
			t.Errorf("%q: status %d, output %q", args, status, out)
		}
	}
}

func TestExtractPrintsOneRecordPerFile(t *testing.T) {
	status, out, errOut := runCLI(t, "extract", samples[0], samples[1])
	if status != 0 {
		t.Fatalf("extract exited %d: %s", status, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines of output, want one JSON record per file", len(lines))
	}
	for i, line := range lines {
		var rec struct {
			Schema int `json:"schema"`
			Source struct {
				File, Format, Encoding, SHA256 string
			} `json:"source"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if rec.Schema != 1 || rec.Source.File != samples[i] || rec.Source.Format != "text" || rec.Source.Encoding != "utf-8" || len(rec.Source.SHA256) != 64 {
			t.Errorf("line %d: %+v", i+1, rec)
		}
	}
}

func TestExtractReportsBadFilesAndGoesOn(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, errOut := runCLI(t, "extract", empty, samples[0])
	if status != 1 {
		t.Errorf("exit status %d, want 1 when a file failed", status)
	}
	if !strings.Contains(errOut, empty) || !strings.Contains(errOut, "empty") {
		t.Errorf("the error does not name the file and the reason: %q", errOut)
	}
	if strings.Count(out, "\n") != 1 {
		t.Errorf("the good file's record is missing after the bad one")
	}
}

func TestImportTwiceAddsNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	status, out, errOut := runCLI(t, "import", samples[0], samples[1], "--db", db) // flags after the paths
	if status != 0 {
		t.Fatalf("import exited %d: %s\n%s", status, out, errOut)
	}
	if strings.Count(out, "imported ") != 2 {
		t.Errorf("want a line per imported file:\n%s", out)
	}
	status, out, _ = runCLI(t, "import", "--db", db, samples[0], samples[1])
	if status != 0 || strings.Count(out, "unchanged ") != 2 || !strings.Contains(out, "0 imported") {
		t.Errorf("second import: status %d\n%s", status, out)
	}
}

// TestCheck runs check over a one-document set: it fails below a floor,
// without floors.json, and when a field has no floor; --raise-floors
// writes a floor for every field and lowers none.
func TestCheck(t *testing.T) {
	const (
		oneDay = "Minutes of the Board\n\nDate: 3 March 2011\n"
		twoDay = "Minutes of the Annual Meeting of the Board\n\nDate: 20-21 May 2010\n"
	)
	every := check.Floors{}.Raised(check.Scores{}) // 1.00 for every field
	tests := []struct {
		name     string
		doc      string
		expected string
		floors   check.Floors // nil: no floors.json
		args     []string     // before the directory
		status   int
		out      []string // in stdout, in this order
		errOut   string   // in stderr
		after    map[string]float64
	}{
		{name: "the right record", doc: oneDay, expected: `{"meeting": {"date": "2011-03-03", "end_date": null}}`, floors: every,
			status: 0, out: []string{"ok: 1 document checked"}},
		{name: "a wrong date", doc: oneDay, expected: `{"meeting": {"date": "2012-03-03"}}`, floors: every,
			status: 1, out: []string{"BELOW FLOOR", "FAIL", "meeting.date: F1 0.000 is below its floor 1.00"}},
		// The expected record is deliberately wrong: the meeting has two days.
		// end_date has nothing scored on the right record; its floor is 1.00.
		{name: "an end date where none is expected", doc: twoDay, expected: `{"meeting": {"date": "2010-05-20", "end_date": null}}`, floors: every,
			status: 1, out: []string{"FAIL", "meeting.end_date: F1 0.000 is below its floor 1.00"}},
		{name: "no floors.json", doc: oneDay, expected: `{"meeting": {"date": "2011-03-03"}}`, floors: nil,
			status: 1, errOut: "floors.json: no floors"},
		{name: "fields without a floor", doc: oneDay, expected: `{"meeting": {"date": "2011-03-03"}}`, floors: without(every, "next_meetings.city", "meeting.end_date"),
			status: 1, errOut: "no floor for 2 of the " + fmt.Sprint(len(check.Fields())) + " fields the check scores: meeting.end_date, next_meetings.city"},
		{name: "a floor of a field the check does not score", doc: oneDay, expected: `{"meeting": {"date": "2011-03-03"}}`, floors: check.Floors{"meeting.enddate": 1}.Raised(check.Scores{}),
			status: 1, errOut: "floors for fields the check does not score: meeting.enddate"},
		{name: "--raise-floors writes the floors of a new set", doc: oneDay, expected: `{"meeting": {"date": "2011-03-03", "city": "Leeds"}}`, floors: nil, args: []string{"--raise-floors"},
			status: 0, out: []string{"floors raised"}, after: map[string]float64{"meeting.date": 1, "meeting.city": 0, "meeting.end_date": 1}},
		{name: "--raise-floors fills in missing fields and lowers none", doc: oneDay, expected: `{"meeting": {"date": "2011-03-03", "city": "Leeds"}}`,
			floors: check.Floors{"meeting.city": 0.5, "meeting.date": 0.25}, args: []string{"--raise-floors"},
			status: 0, out: []string{"floors raised"}, after: map[string]float64{"meeting.date": 1, "meeting.city": 0.5, "next_meetings.city": 1}},
		{name: "--raise-floors refuses a floor of a field the check does not score", doc: oneDay, expected: `{"meeting": {"date": "2011-03-03"}}`,
			floors: check.Floors{"meeting.enddate": 1}, args: []string{"--raise-floors"},
			status: 1, errOut: "floors for fields the check does not score: meeting.enddate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write := func(name, content string) {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write("board.txt", tt.doc)
			write("board.expected.json", tt.expected)
			floorsPath := filepath.Join(dir, "floors.json")
			if tt.floors != nil {
				if err := tt.floors.Save(floorsPath); err != nil {
					t.Fatal(err)
				}
			}
			status, out, errOut := runCLI(t, append(append([]string{"check"}, tt.args...), dir)...)
			if status != tt.status {
				t.Errorf("status %d, want %d\n%s\n%s", status, tt.status, out, errOut)
			}
			rest := out
			for _, want := range tt.out {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Errorf("stdout lacks %q (in order):\n%s", want, out)
					break
				}
				rest = rest[i+len(want):]
			}
			if !strings.Contains(errOut, tt.errOut) {
				t.Errorf("stderr %q lacks %q", errOut, tt.errOut)
			}
			if tt.after == nil {
				return
			}
			floors, err := check.LoadFloors(floorsPath)
			if err != nil {
				t.Fatal(err)
			}
			if m := floors.Missing(); len(m) > 0 {
				t.Errorf("no floor written for %v", m)
			}
			for field, want := range tt.after {
				if floors[field] != want {
					t.Errorf("floor of %s = %.2f, want %.2f", field, floors[field], want)
				}
			}
		})
	}
}

// without returns a copy of floors without the fields.
func without(floors check.Floors, fields ...string) check.Floors {
	f := maps.Clone(floors)
	for _, field := range fields {
		delete(f, field)
	}
	return f
}

// TestMissingFileFailsBeforeTheSummary names a file that does not exist:
// the import counts it failed and prints its error before the summary.
func TestMissingFileFailsBeforeTheSummary(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-minutes.txt")
	status, out, errOut := runCLI(t, "import", "--db", filepath.Join(dir, "m.db"), missing, samples[0])
	if status != 1 {
		t.Errorf("exit status %d, want 1", status)
	}
	errAt, sumAt := strings.Index(out, missing), strings.Index(out, "2 files")
	if errAt < 0 || sumAt < 0 || errAt > sumAt || !strings.Contains(out, "1 imported") || !strings.Contains(out, "1 failed") {
		t.Errorf("the missing file's error is not before a summary counting it failed:\n%s%s", out, errOut)
	}
}

// TestExportForExcel exports a table whose text is longer than a
// spreadsheet cell holds: --excel writes a byte-order mark and warns,
// naming the table and the column; a plain export does neither.
func TestExportForExcel(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	long := filepath.Join(dir, "long.txt")
	text := "Minutes of the Board meeting\n\nDate: 3 March 2011\n\n" + strings.Repeat("The board discussed the budget at length. ", 1000) + "\n"
	if err := os.WriteFile(long, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if status, out, errOut := runCLI(t, "import", "-q", "--db", db, long); status != 0 {
		t.Fatalf("import: %d\n%s%s", status, out, errOut)
	}
	status, out, errOut := runCLI(t, "export", "--db", db, "--format", "csv", "--excel", "--table", "documents")
	if status != 0 || !strings.HasPrefix(out, "\uFEFFid,") {
		t.Errorf("export --excel: status %d, starts %q", status, out[:min(len(out), 10)])
	}
	if !strings.Contains(errOut, "warning: documents: 2 cells longer than the 32767 characters") || !strings.Contains(errOut, "column raw_text") {
		t.Errorf("export --excel does not warn of the long cells: %q", errOut)
	}
	status, out, errOut = runCLI(t, "export", "--db", db, "--format", "csv", "--table", "documents")
	if status != 0 || strings.HasPrefix(out, "\uFEFF") || errOut != "" {
		t.Errorf("plain export: status %d, stderr %q, starts %q", status, errOut, out[:min(len(out), 10)])
	}
	if status, _, _ := runCLI(t, "export", "--db", db, "--format", "json", "--excel", "--table", "documents"); status != 2 {
		t.Errorf("--excel with JSON: status %d, want 2", status)
	}
}

// TestExtractWithTheDatabaseAgreesWithImport rebuilds a participants
// table whose spaces were lost, which needs the organisations a database
// knows: extract --db must give the record an import into that database
// stores, and plain extract may not.
func TestExtractWithTheDatabaseAgreesWithImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	known := filepath.Join(dir, "known.txt")
	if err := os.WriteFile(known, []byte("Minutes of the Board meeting\n\nDate: 1 March 2011\n\nParticipants\n\n"+
		"| Name | Organisation | Country |\n|---|---|---|\n| Anna Meyer | Universität Zürich | Switzerland |\n| Chris Gibson | citi | United Kingdom |\n\n"+
		"1. Welcome\n\nOpened.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The same table written one character per line, as some PDF tools do.
	glued := filepath.Join(dir, "glued.txt")
	text := "Minutes of the Board meeting\n\nDate: 3 March 2011\n\nParticipants\n\nName\nOrganisation\nCountry\n" +
		strings.Join(strings.Split("ChrisGibsoncitiUnitedKingdomAnnaMeyerUniversitätZürichSwitzerland", ""), "\n") +
		"\n\n1. Welcome\n\nThe chair opened the meeting.\n"
	if err := os.WriteFile(glued, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if status, out, errOut := runCLI(t, "import", "-q", "--db", db, known); status != 0 {
		t.Fatalf("import: %d\n%s%s", status, out, errOut)
	}
	organisations := func(args ...string) []string {
		t.Helper()
		status, out, errOut := runCLI(t, append([]string{"extract"}, args...)...)
		if status != 0 {
			t.Fatalf("extract %q: %d\n%s", args, status, errOut)
		}
		var rec struct {
			Participants []struct{ Organisation string } `json:"participants"`
		}
		if err := json.Unmarshal([]byte(out), &rec); err != nil {
			t.Fatal(err)
		}
		var orgs []string
		for _, p := range rec.Participants {
			orgs = append(orgs, p.Organisation)
		}
		return orgs
	}
	withDB := organisations("--db", db, glued)
	if strings.Join(withDB, "|") != "citi|Universität Zürich" {
		t.Errorf("extract --db: organisations %q, want the ones the database knows", withDB)
	}
	if without := organisations(glued); strings.Join(without, "|") == strings.Join(withDB, "|") {
		t.Errorf("the record does not depend on the database here (%q): the test proves nothing", without)
	}
	if status, out, errOut := runCLI(t, "import", "-q", "--db", db, glued); status != 0 {
		t.Fatalf("import: %d\n%s%s", status, out, errOut)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	stored, err := store.QueryStrings(context.Background(), s.DB(), `SELECT organisation FROM participants p JOIN meetings m ON m.id = p.meeting_id
		JOIN documents d ON d.id = m.document_id WHERE d.path = ? ORDER BY p.position`, glued)
	if err != nil || strings.Join(stored, "|") != strings.Join(withDB, "|") {
		t.Errorf("import stored %q (%v), extract --db gave %q", stored, err, withDB)
	}
	if status, _, errOut := runCLI(t, "extract", "--db", filepath.Join(dir, "none.db"), glued); status != 1 || !strings.Contains(errOut, "none.db") {
		t.Errorf("extract --db with no database: status %d, %q", status, errOut)
	}
}
