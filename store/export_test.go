package store

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"
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
