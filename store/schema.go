package store

import (
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// The schema's versions are the files of migrations/, applied in number
// order: file N takes a database to user_version N. A released migration
// is never edited; a change is a new file.
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

// A migration is one file of migrations/: its number (the user_version
// it takes a database to) and its SQL.
type migration struct {
	number int
	script string
}

// migrations returns the files of migrations/ in number order. Numbers
// come from the file names ("004_search.sql" is 4), not from their rank,
// so branches that each add a numbered file agree on what a version means.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := path.Base(n)
		number, err := strconv.Atoi(base[:strings.IndexByte(base+"_", '_')])
		if err != nil || number <= 0 {
			return nil, fmt.Errorf("migration %s: the name must start with its number", base)
		}
		b, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{number, string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].number < out[j].number })
	return out, nil
}

// SchemaVersion is the user_version of a database this program made or
// upgraded: the number of its last migration.
func SchemaVersion() int {
	all, _ := migrations()
	if len(all) == 0 {
		return 0
	}
	return all[len(all)-1].number
}

// migrate applies the migrations a database lacks, each in a transaction
// with its new user_version, so a crash leaves it at a whole version. The
// version is read inside the write transaction, so two processes opening
// a new database at once apply each migration once.
func migrate(db *sql.DB) error {
	if err := CheckFTS5(db); err != nil {
		return err
	}
	all, err := migrations()
	if err != nil {
		return err
	}
	for {
		done, err := migrateOnce(db, all)
		if err != nil || done {
			return err
		}
	}
}

// migrateOnce applies the next missing migration, or reports that none is
// missing.
func migrateOnce(db *sql.DB, all []migration) (done bool, err error) {
	tx, err := db.Begin() // BEGIN IMMEDIATE: the write lock is ours until commit
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		return false, err
	}
	latest := SchemaVersion()
	if version > latest {
		return false, fmt.Errorf("database schema version %d is newer than this program knows (%d): use a newer minutes", version, latest)
	}
	var next migration
	for _, m := range all {
		if m.number > version {
			next = m
			break
		}
	}
	if next.number == 0 {
		return true, nil
	}
	if _, err := tx.Exec(next.script); err != nil {
		return false, fmt.Errorf("migrating schema to version %d: %w", next.number, err)
	}
	if backfill := backfills[next.number]; backfill != nil {
		if err := backfill(tx); err != nil {
			return false, fmt.Errorf("migrating schema to version %d: %w", next.number, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, next.number)); err != nil {
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
