package store

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"minutes/parse"
)

func TestExport(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(meeting17(), "v1"), Imported)

	var out bytes.Buffer
	if err := s.Export(&out, "participants", "csv"); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != 3 || records[0][0] != "id" || records[1][3] != "Gorazd Božič" {
		t.Errorf("participants CSV = %q", records)
	}

	out.Reset()
	if err := s.Export(&out, "attendance", "json"); err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("JSON export does not parse: %v\n%s", err, out.String())
	}
	if len(rows) != 2 || rows[0]["person"] != "Gorazd Božič" || rows[1]["role"] != nil {
		t.Errorf("attendance JSON = %v", rows)
	}

	for _, bad := range []string{"sqlite_schema", "items_fts", "nope", `x"; DROP TABLE items; --`} {
		if err := s.Export(&out, bad, "csv"); err == nil {
			t.Errorf("export of %q succeeded", bad)
		}
	}
}

// TestExportForSpreadsheets checks that a CSV export for Excel starts with
// a byte-order mark and counts the cells a spreadsheet would cut short,
// in characters as a spreadsheet counts them.
func TestExportForSpreadsheets(t *testing.T) {
	s, _ := openTemp(t)
	r := meeting17()
	r.Items[0].Text = parse.String(strings.Repeat("é", SpreadsheetCellLimit))     // 2 bytes a letter, at the limit: fits
	r.Items[1].Text = parse.String(strings.Repeat("😀", SpreadsheetCellLimit/2+1)) // 2 UTF-16 units each: over
	mustImport(t, s, entry(r, "v1"), Imported)

	var out bytes.Buffer
	long, err := s.ExportFor(&out, "items", "csv", true)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out.Bytes(), []byte("\xEF\xBB\xBFid,")) || !bytes.Contains(out.Bytes(), []byte("\r\n")) {
		t.Errorf("no byte-order mark or CRLF: %q", out.Bytes()[:20])
	}
	if long.Count != 1 || long.Column != "text" || long.Row != 3 || long.LongestSize != SpreadsheetCellLimit+1 {
		t.Errorf("long cells: %+v, want 1 in column text, row 3, of %d", long, SpreadsheetCellLimit+1)
	}
	records, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out.Bytes(), []byte("\xEF\xBB\xBF")))).ReadAll()
	if err != nil || len(records) != 3 {
		t.Errorf("the CSV does not read back: %d records, %v", len(records), err)
	}

	out.Reset()
	if long, err := s.ExportFor(&out, "items", "csv", false); err != nil || long.Count != 0 || bytes.HasPrefix(out.Bytes(), []byte("\xEF")) {
		t.Errorf("a plain CSV export: %+v, %v, starts %q", long, err, out.Bytes()[:3])
	}
}
