package store

import (
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
)

// The schema's versions are the files of migrations/, applied in name
// order: file N takes a database from user_version N-1 to N. A released
// migration is never edited; a change is a new file.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// backfills are Go steps run right after a migration's SQL, in the same
// transaction, for what SQL alone cannot do (folding names to link
// existing rows to people). A backfill runs the program's current code on
// the schema of its version, so it may only touch what that version has:
// linking people waits for version 3, whose tables it needs.
var backfills = map[int]func(tx *sql.Tx) error{
	2: keyActions,
	3: relinkAll,
}

func migrationScripts() ([]string, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	scripts := make([]string, len(names))
	for i, n := range names {
		b, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		scripts[i] = string(b)
	}
	return scripts, nil
}

// SchemaVersion is the user_version of a database this program made or
// upgraded.
func SchemaVersion() int {
	scripts, _ := migrationScripts()
	return len(scripts)
}

// migrate applies the migrations a database lacks, each in a transaction
// with its new user_version, so a crash leaves it at a whole version. The
// version is read inside the write transaction, so two processes opening
// a new database at once apply each migration once.
func migrate(db *sql.DB) error {
	if err := CheckFTS5(db); err != nil {
		return err
	}
	scripts, err := migrationScripts()
	if err != nil {
		return err
	}
	for {
		done, err := migrateOnce(db, scripts)
		if err != nil || done {
			return err
		}
	}
}

// migrateOnce applies the next missing migration, or reports that none is
// missing.
func migrateOnce(db *sql.DB, scripts []string) (done bool, err error) {
	tx, err := db.Begin() // BEGIN IMMEDIATE: the write lock is ours until commit
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		return false, err
	}
	switch {
	case version > len(scripts):
		return false, fmt.Errorf("database schema version %d is newer than this program knows (%d): use a newer minutes", version, len(scripts))
	case version == len(scripts):
		return true, nil
	}
	next := version + 1
	if _, err := tx.Exec(scripts[next-1]); err != nil {
		return false, fmt.Errorf("migrating schema to version %d: %w", next, err)
	}
	if backfill := backfills[next]; backfill != nil {
		if err := backfill(tx); err != nil {
			return false, fmt.Errorf("migrating schema to version %d: %w", next, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, next)); err != nil {
		return false, err
	}
	return false, tx.Commit()
}

// ErrNoFTS5 says the program was built without SQLite's full-text search,
// which the schema needs: go-sqlite3 compiles it in only under a build tag.
var ErrNoFTS5 = errors.New("this minutes program was built without SQLite's full-text search (FTS5): build it with `make build` or `go build -tags sqlite_fts5 ./cmd/minutes`")

// CheckFTS5 returns ErrNoFTS5 when the SQLite linked in lacks FTS5.
func CheckFTS5(db *sql.DB) error {
	var used int
	if err := db.QueryRow(`SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&used); err != nil {
		return err
	}
	if used == 0 {
		return ErrNoFTS5
	}
	return nil
}
