package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"minutes/parse"
)

// sampleDatabase imports the two samples' expected records — hand-written
// from the documents, so the data is known to be right — into a new
// database, with the expected records of testdata's other sets that hold
// a vote taken by name, which the samples do not.
func sampleDatabase(t *testing.T) *Store {
	t.Helper()
	s, _ := openTemp(t)
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "samples", "*.expected.json"))
	if len(paths) < 2 {
		t.Fatalf("want the two samples' expected records, found %v", paths)
	}
	others, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*.expected.json"))
	rollCalls := 0
	for _, p := range others {
		if data, err := os.ReadFile(p); err == nil && strings.Contains(string(data), `"for": [`) && !strings.Contains(p, "samples") {
			paths = append(paths, p)
			rollCalls++
		}
	}
	if rollCalls == 0 {
		t.Fatal("want an expected record with a roll call under testdata")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var rec parse.Record
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		rec.Source.File = p
		rec.Source.SHA256 = p // a stand-in: the records need not carry their digest
		if _, err := s.Import(Entry{Record: &rec, Version: "docs"}); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

var sqlBlock = regexp.MustCompile("(?s)```sql\n(.*?)```")

// TestSchemaDocQueries runs every query of docs/schema.md on the sample
// database: each must run and answer with at least one row.
func TestSchemaDocQueries(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "schema.md"))
	if err != nil {
		t.Fatal(err)
	}
	queries := sqlBlock.FindAllStringSubmatch(string(doc), -1)
	if len(queries) < 12 {
		t.Fatalf("docs/schema.md has %d example queries, want at least 12", len(queries))
	}
	s := sampleDatabase(t)
	for _, q := range queries {
		query := strings.TrimSpace(q[1])
		rows, err := s.DB().Query(query)
		if err != nil {
			t.Errorf("%s\n-> %v", query, err)
			continue
		}
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		if n == 0 {
			t.Errorf("%s\n-> no rows on the sample database", query)
		}
	}
}

// TestSampleDatabaseAnswers checks a few answers that the samples fix.
func TestSampleDatabaseAnswers(t *testing.T) {
	s := sampleDatabase(t)
	tests := []struct {
		query string
		want  int
	}{
		// Božič (2006, as presenter and owner) and Bozic (2010 table) are one person.
		{`SELECT count(DISTINCT spelling) FROM person_spellings s JOIN people p ON p.id = s.person_id WHERE p.key = 'gorazd bozic'`, 2},
		{`SELECT count(*) FROM people WHERE name = 'Gorazd Božič'`, 1},
		{`SELECT count(*) FROM items_fts WHERE items_fts MATCH 'kouril'`, 1},
		{`SELECT count(*) FROM attendance WHERE date = '2010-01-25'`, 109},
	}
	for _, tt := range tests {
		if got := count(t, s.DB(), tt.query); got != tt.want {
			t.Errorf("%s = %d, want %d", tt.query, got, tt.want)
		}
	}
}
