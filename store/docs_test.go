package store

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
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

var update = flag.Bool("update", false, "write docs/schema.md's questions and metadata.json from store/questions.sql")

// TestQuestions runs every example question on the sample database: each
// must run and answer with at least one row. They are docs/schema.md's
// questions and the Datasette metadata's canned queries.
func TestQuestions(t *testing.T) {
	questions := Questions()
	if len(questions) < 16 {
		t.Fatalf("store/questions.sql has %d questions, want at least 16", len(questions))
	}
	s := sampleDatabase(t)
	names := map[string]bool{}
	for _, q := range questions {
		if names[q.Name] {
			t.Errorf("two questions are called %s", q.Name)
		}
		names[q.Name] = true
		rows, err := s.DB().Query(q.SQL)
		if err != nil {
			t.Errorf("%s\n-> %v", q.SQL, err)
			continue
		}
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		if n == 0 {
			t.Errorf("%s: %s\n-> no rows on the sample database", q.Name, q.SQL)
		}
	}
}

// TestSchemaDocShowsQuestions checks that docs/schema.md shows the
// questions of store/questions.sql; -update writes them there.
func TestSchemaDocShowsQuestions(t *testing.T) {
	path := filepath.Join("..", "docs", "schema.md")
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- questions: written by go test ./store -update from store/questions.sql -->\n", "<!-- end of questions -->"
	i, j := strings.Index(string(doc), begin), strings.Index(string(doc), end)
	if i < 0 || j < i {
		t.Fatalf("docs/schema.md lacks the markers of its questions")
	}
	want := string(doc[:i+len(begin)]) + "\n" + QuestionsMarkdown() + string(doc[j:])
	if want == string(doc) {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("docs/schema.md does not show store/questions.sql: run go test ./store -update")
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
