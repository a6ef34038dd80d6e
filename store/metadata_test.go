package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestDatasetteMetadata checks that metadata.json describes every table
// and view of the schema, and only columns that exist.
func TestDatasetteMetadata(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "metadata.json"))
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		Databases map[string]struct {
			Tables map[string]struct {
				Description string            `json:"description"`
				FTSTable    string            `json:"fts_table"`
				Columns     map[string]string `json:"columns"`
			} `json:"tables"`
		} `json:"databases"`
	}
	if err := json.Unmarshal(data, &meta); err != nil {
		t.Fatal(err)
	}
	tables := meta.Databases["minutes"].Tables
	s, _ := openTemp(t)
	names, err := s.Exportable()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if tables[name].Description == "" {
			t.Errorf("metadata.json does not describe %s", name)
		}
	}
	for name, table := range tables {
		rows, err := s.DB().Query(`SELECT * FROM "` + name + `" LIMIT 0`)
		if err != nil {
			t.Errorf("metadata.json describes %s: %v", name, err)
			continue
		}
		cols, _ := rows.Columns()
		rows.Close()
		have := map[string]bool{}
		for _, c := range cols {
			have[c] = true
		}
		for c := range table.Columns {
			if !have[c] {
				t.Errorf("metadata.json describes %s.%s, which does not exist", name, c)
			}
		}
		if table.FTSTable != "" {
			if _, err := s.DB().Exec(`SELECT * FROM ` + table.FTSTable + ` LIMIT 0`); err != nil {
				t.Errorf("%s: fts_table %s: %v", name, table.FTSTable, err)
			}
		}
	}
}
