package store

import (
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"minutes/document"
	"minutes/parse"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func ptr[T any](v T) *T { return &v }

// meeting17 is a record like the 2006 sample's, written by hand.
func meeting17() *parse.Record {
	return &parse.Record{
		Schema: 1,
		Source: parse.Source{File: "a/17.txt", Format: "text", SHA256: "sha-17", Encoding: "utf-8"},
		Meeting: parse.Meeting{Title: "Minutes of the 17th TF-CSIRT meeting", Body: "TF-CSIRT", Number: 17,
			Date: "2006-01-23", City: "Amsterdam"},
		PreviousMinutes: &parse.PreviousMinutes{Date: "2005-09-16", Approved: ptr(true)},
		Items: []parse.Item{
			{Number: "1", Title: "Welcome and apologies", Text: "Gorazd Božič welcomed the participants."},
			{Number: "7", Title: "Grid security", Text: "Daniel Kouřil gave a presentation.", Presenters: []string{"Daniel Kouřil"},
				Links: []string{"http://example.org/kouril.pdf"}},
		},
		Actions: []parse.Action{
			{ID: "16-04", Owner: "Christoph Graf", Text: "to inform the group", Status: "ongoing", Item: "2"},
			{ID: "17.02", Owner: "GB", Text: "to initiate discussion", Status: "open", Item: "11"},
		},
		Participants: []parse.Participant{
			{Name: "Gorazd Božič", Organisation: "SI-CERT", Country: "Slovenia", Role: "chair", Attendance: "present", Short: "GB"},
			{Name: "Timo Porjamo", Organisation: "FUNET CERT", Country: "Finland", Attendance: "present"},
		},
		Decisions: []parse.Decision{{Text: "to look for volunteers on case by case basis", Item: "2", Kind: "agreement",
			Votes: &parse.Votes{Unanimous: ptr(true)}}},
		NextMeetings: []parse.NextMeeting{{Date: "2006-05-25", EndDate: "2006-05-26", City: "Vilnius", Country: "Lithuania", Host: "LITNET CERT"}},
		Links:        []string{"http://example.org/kouril.pdf"},
		Warnings:     parse.Warnings{{Stage: "char-per-line", Place: document.Place{Page: 6}, Message: "participant row rebuilt"}},
	}
}

// meeting18 is the next meeting: the same people spelled otherwise, and
// action 16-04 reported done.
func meeting18() *parse.Record {
	return &parse.Record{
		Schema:  1,
		Source:  parse.Source{File: "a/18.txt", Format: "text", SHA256: "sha-18"},
		Meeting: parse.Meeting{Title: "18th TF-CSIRT meeting", Body: "TF-CSIRT", Number: 18, Date: "2006-05-25"},
		Actions: []parse.Action{{ID: "16.04", Owner: "Christoph Graf", Text: "to inform the group", Status: "done", Item: "2"}},
		Participants: []parse.Participant{
			{Name: "Gorazd Bozic", Organisation: "SI-CERT", Country: "Slovenia", Attendance: "present"},
			{Name: "Timo Porjamo", Organisation: "Funet CERT", Country: "Finland", Attendance: "apologies"},
		},
	}
}

func entry(r *parse.Record, version string) Entry {
	return Entry{Record: r, RawText: "raw", Text: "text", Version: version}
}

func count(t *testing.T, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func mustImport(t *testing.T, s *Store, e Entry, want Outcome) {
	t.Helper()
	got, err := s.Import(e)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("import %s: outcome %s, want %s", e.Record.Source.File, got, want)
	}
}

// tableCounts is every table's row count, to compare databases.
func tableCounts(t *testing.T, db *sql.DB) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, table := range []string{"documents", "meetings", "items", "presenters", "item_links", "actions", "participants",
		"decisions", "next_meetings", "links", "warnings", "people", "organisations"} {
		counts[table] = count(t, db, "SELECT count(*) FROM "+table)
	}
	return counts
}

func TestImportWritesEveryPart(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(meeting17(), "v1"), Imported)
	want := map[string]int{"documents": 1, "meetings": 1, "items": 2, "presenters": 1, "item_links": 1, "actions": 2,
		"participants": 2, "decisions": 1, "next_meetings": 1, "links": 1, "warnings": 1, "people": 4, "organisations": 2}
	// people: the two participants, the presenter, the owner Christoph Graf; "GB" is Gorazd's initials.
	got := tableCounts(t, s.DB())
	for table, n := range want {
		if got[table] != n {
			t.Errorf("%s: %d rows, want %d", table, got[table], n)
		}
	}
	var owner string
	if err := s.DB().QueryRow(`SELECT p.name FROM actions a JOIN people p ON p.id = a.owner_id WHERE a.action_id = '17.02'`).Scan(&owner); err != nil || owner != "Gorazd Božič" {
		t.Errorf("owner by initials: %q, %v; want Gorazd Božič", owner, err)
	}
	var page int
	if err := s.DB().QueryRow(`SELECT page FROM warnings`).Scan(&page); err != nil || page != 6 {
		t.Errorf("warning page %d, %v; want 6", page, err)
	}
}

func TestImportOutcomes(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(meeting17(), "v1"), Imported)
	before := tableCounts(t, s.DB())

	mustImport(t, s, entry(meeting17(), "v1"), Unchanged)
	if after := tableCounts(t, s.DB()); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("importing the same bytes again changed the database: %v -> %v", before, after)
	}

	mustImport(t, s, entry(meeting17(), "v2"), Replaced) // a new pipeline version
	changed := meeting17()
	changed.Source.SHA256 = "sha-17-edited" // the same path with other bytes
	changed.Items = changed.Items[:1]
	mustImport(t, s, entry(changed, "v2"), Replaced)
	if n := count(t, s.DB(), `SELECT count(*) FROM documents`); n != 1 {
		t.Errorf("%d documents after replacing, want 1", n)
	}
	if n := count(t, s.DB(), `SELECT count(*) FROM items`); n != 1 {
		t.Errorf("%d items after replacing, want the new record's 1", n)
	}
	if n := count(t, s.DB(), `SELECT count(*) FROM people WHERE name = 'Daniel Kouřil'`); n != 0 {
		t.Errorf("the presenter of the replaced record is still a person")
	}
	if got, err := s.Reimport(entry(changed, "v2")); err != nil || got != Replaced {
		t.Errorf("forced re-import: %s, %v; want replaced", got, err)
	}
	if ok, err := s.Unchanged("sha-17-edited", "v2"); err != nil || !ok {
		t.Errorf("Unchanged(stored bytes) = %v, %v", ok, err)
	}
	if ok, _ := s.Unchanged("sha-17-edited", "v3"); ok {
		t.Errorf("Unchanged is true for another pipeline version")
	}
}

func TestPeopleAndOrganisationsAcrossMeetings(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(meeting18(), "v1"), Imported) // the plain spelling first
	mustImport(t, s, entry(meeting17(), "v1"), Imported)
	tests := []struct {
		query string
		want  int
	}{
		{`SELECT count(*) FROM people WHERE key = 'gorazd bozic'`, 1},
		{`SELECT count(*) FROM people WHERE name = 'Gorazd Božič'`, 1}, // the fullest spelling wins
		{`SELECT count(DISTINCT person_id) FROM participants WHERE name LIKE 'Gorazd%'`, 1},
		{`SELECT count(*) FROM organisations WHERE key = 'funet cert'`, 1},
		{`SELECT count(*) FROM attendance WHERE person = 'Gorazd Božič'`, 2},
		{`SELECT meetings FROM attendance_per_person WHERE person = 'Timo Porjamo' AND year = '2006'`, 1}, // apologies don't count
	}
	for _, tt := range tests {
		if got := count(t, s.DB(), tt.query); got != tt.want {
			t.Errorf("%s = %d, want %d", tt.query, got, tt.want)
		}
	}
}

func TestActionHistory(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(meeting17(), "v1"), Imported)
	mustImport(t, s, entry(meeting18(), "v1"), Imported)
	var first, latest, closed string
	var times int
	err := s.DB().QueryRow(`SELECT first_status, latest_status, closed_date, times_recorded FROM action_history WHERE action_key = 'tf csirt:16 04'`).
		Scan(&first, &latest, &closed, &times)
	if err != nil {
		t.Fatal(err)
	}
	if first != "ongoing" || latest != "done" || closed != "2006-05-25" || times != 2 {
		t.Errorf("16-04: first %s, latest %s, closed %s, recorded %d times; want ongoing, done, 2006-05-25, 2", first, latest, closed, times)
	}
	if n := count(t, s.DB(), `SELECT count(*) FROM open_actions`); n != 1 {
		t.Errorf("%d open actions, want 1 (17.02)", n)
	}
}

func TestFullTextSearchIgnoresDiacritics(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(meeting17(), "v1"), Imported)
	tests := []struct {
		query string
		want  int
	}{
		{"kouril", 1},
		{"Kouřil", 1},
		{"bozic", 1},
		{"presentation", 1},
		{"nonexistentword", 0},
	}
	for _, tt := range tests {
		if got := count(t, s.DB(), `SELECT count(*) FROM items_fts WHERE items_fts MATCH ?`, tt.query); got != tt.want {
			t.Errorf("items matching %q: %d, want %d", tt.query, got, tt.want)
		}
	}
	if got := count(t, s.DB(), `SELECT count(*) FROM decisions_fts WHERE decisions_fts MATCH 'volunteers'`); got != 1 {
		t.Errorf("decisions matching volunteers: %d, want 1", got)
	}
	// Replacing the document keeps the index in step.
	mustImport(t, s, entry(meeting17(), "v2"), Replaced)
	if got := count(t, s.DB(), `SELECT count(*) FROM items_fts WHERE items_fts MATCH 'kouril'`); got != 1 {
		t.Errorf("after replace: %d matches, want 1", got)
	}
}

// TestNothingHalfWritten makes the last insert of a document fail and
// checks that none of its rows remain.
func TestNothingHalfWritten(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.DB().Exec(`CREATE TRIGGER fail_on_boom BEFORE INSERT ON warnings WHEN new.message = 'boom'
		BEGIN SELECT RAISE(ABORT, 'injected failure'); END`); err != nil {
		t.Fatal(err)
	}
	r := meeting17()
	r.Warnings = append(r.Warnings, document.Warning{Message: "boom"})
	if _, err := s.Import(entry(r, "v1")); err == nil {
		t.Fatal("the injected failure was not reported")
	}
	for table, n := range tableCounts(t, s.DB()) {
		if n != 0 {
			t.Errorf("%s has %d rows after a failed import", table, n)
		}
	}
}

// TestMigrateFromFirstSchema opens a database made by the first released
// schema and checks that it upgrades with nothing lost.
func TestMigrateFromFirstSchema(t *testing.T) {
	s, v1 := migrateFixture(t, "schema-v1.db", "documents", "meetings", "items", "actions", "participants", "decisions", "links")
	if got := count(t, s.DB(), `SELECT count(DISTINCT person_id) FROM participants WHERE name LIKE 'Gorazd Bo%'`); got != 1 {
		t.Errorf("the old rows' Božič and Bozic are %d people, want 1", got)
	}
	if got := count(t, s.DB(), `SELECT count(*) FROM items_fts WHERE items_fts MATCH 'kouril'`); got == 0 {
		t.Errorf("old items are not in the full-text index")
	}
	if got := count(t, s.DB(), `SELECT count(*) FROM actions WHERE action_key IS NOT NULL`); got != v1["actions"] {
		t.Errorf("old actions have no action_key")
	}
	for _, index := range []string{"actions_fts", "people_fts", "organisations_fts", "documents_fts"} {
		if got := count(t, s.DB(), `SELECT count(*) FROM `+index); got == 0 {
			t.Errorf("%s holds none of the old rows", index)
		}
	}
}

// migrateFixture opens a copy of a database made by an older schema,
// which migrates it, and checks that the tables keep their rows. It
// returns the store and the row counts before.
func migrateFixture(t *testing.T, fixture string, tables ...string) (*Store, map[string]int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), fixture)
	copyFile(t, filepath.Join("testdata", fixture), path)
	old, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	before := map[string]int{}
	for _, table := range tables {
		before[table] = count(t, old, "SELECT count(*) FROM "+table)
	}
	old.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if v := count(t, s.DB(), `PRAGMA user_version`); v != SchemaVersion() {
		t.Errorf("user_version %d after opening, want %d", v, SchemaVersion())
	}
	for table, n := range before {
		if got := count(t, s.DB(), "SELECT count(*) FROM "+table); got != n {
			t.Errorf("%s: %d rows after migrating, had %d", table, got, n)
		}
	}
	return s, before
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestTwoWritersAtOnce imports through two connections to one file at the
// same time: neither may fail with "database is locked".
func TestTwoWritersAtOnce(t *testing.T) {
	_, path := openTemp(t)
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s, err := Open(path)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			for i := 0; i < 25; i++ {
				r := meeting17()
				r.Source.File = fmt.Sprintf("w%d/%d.txt", w, i)
				r.Source.SHA256 = fmt.Sprintf("sha-%d-%d", w, i)
				if _, err := s.Import(entry(r, "v1")); err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := count(t, s.DB(), `SELECT count(*) FROM documents`); n != 50 {
		t.Errorf("%d documents, want 50", n)
	}
}

// TestMigrateFromSecondSchema opens a database made by the second schema
// and pipeline 0.2.0 and checks that migration 3 links every name again:
// transliterations folded, legal forms folded, a heading read as a
// participant ("Actions") no person, owners' initials linked, nothing lost.
func TestMigrateFromSecondSchema(t *testing.T) {
	s, _ := migrateFixture(t, "schema-v2.db", "documents", "meetings", "items", "presenters", "actions", "participants",
		"decisions", "links", "warnings")
	tests := []struct {
		query string
		want  int
	}{
		{`SELECT count(*) FROM people WHERE name IN ('Marco Thorbrügge', 'Marco Thorbruegge')`, 1}, // two rows in schema 2
		{`SELECT count(*) FROM person_duplicates WHERE rule = '` + pairAccents + `' AND name_a || name_b LIKE '%Thorbrugge%'`, 1},
		{`SELECT count(*) FROM organisations WHERE name LIKE 'Met Office%'`, 1},
		{`SELECT count(*) FROM participants WHERE name = 'Actions' AND person_id IS NULL AND not_a_person = '` + notHeader + `'`, 1},
		{`SELECT count(*) FROM actions_by_owner WHERE owner = 'Jeremy Tandy'`, 1},
		{`SELECT count(*) FROM actions_by_owner WHERE owner = 'JT'`, 0},
		{`SELECT count(*) FROM action_history WHERE owner_id IS NULL AND owner IN (SELECT name FROM people)`, 0},
		{`SELECT count(*) FROM people WHERE key = 'gorazd bozic' AND name = 'Gorazd Božič'`, 1},
	}
	for _, tt := range tests {
		if got := count(t, s.DB(), tt.query); got != tt.want {
			t.Errorf("%s = %d, want %d", tt.query, got, tt.want)
		}
	}
}
