package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"minutes/check"
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
	for name := range commands {
		status, _, errOut := runCLI(t, name, "-h")
		if status != 0 || !strings.Contains(errOut, "Usage: minutes "+name) {
			t.Errorf("%s -h: status %d, output %q", name, status, errOut)
		}
	}
	if status, _, _ := runCLI(t, "frobnicate"); status != 2 {
		t.Errorf("an unknown command exits %d, want 2", status)
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
