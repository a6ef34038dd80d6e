package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestDatasetteMetadata checks that the metadata describes every table
// and view of the schema, and only columns that exist, that it carries
// every question as a canned query, keyed by the name Datasette gives the
// file, and that the repository's metadata.json (for minutes.db) is up to
// date; -update writes it.
func TestDatasetteMetadata(t *testing.T) {
	data, err := Metadata("somewhere/minutes.db")
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "metadata.json"))
	if err != nil {
		t.Fatal(err)
	}
	if string(committed) != string(data) {
		if *update {
			if err := os.WriteFile(filepath.Join("..", "metadata.json"), data, 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Errorf("metadata.json is not what minutes metadata writes: run go test ./store -update")
		}
	}
	other, err := Metadata("/data/archive 2024.sqlite3")
	if err != nil {
		t.Fatal(err)
	}
	var keyed struct {
		Databases map[string]struct {
			Queries map[string]struct{ Title, SQL string } `json:"queries"`
		} `json:"databases"`
	}
	if err := json.Unmarshal(other, &keyed); err != nil {
		t.Fatal(err)
	}
	queries := keyed.Databases["archive 2024"].Queries
	if len(queries) != len(Questions()) {
		t.Errorf("the metadata of archive 2024.sqlite3 has %d canned queries under %v, want %d", len(queries), keyed.Databases, len(Questions()))
	}
	for _, q := range Questions() {
		if queries[q.Name].SQL != q.SQL {
			t.Errorf("canned query %s is not the question's SQL", q.Name)
		}
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
