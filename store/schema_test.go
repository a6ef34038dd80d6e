package store

import (
	"database/sql"
	"testing"
)

// TestCheckFTS5 holds under the build tag every make target uses; a build
// without it is refused at Open with ErrNoFTS5 instead of failing inside a
// migration.
func TestCheckFTS5(t *testing.T) {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := CheckFTS5(db); err != nil {
		t.Fatalf("CheckFTS5: %v (run the tests with -tags sqlite_fts5, as make test does)", err)
	}
}
