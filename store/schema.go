package store

import (
	"database/sql"
	"embed"
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
// transaction, for what SQL alone cannot do (folding diacritics to link
// existing rows to people).
var backfills = map[int]func(tx *sql.Tx) error{
	2: resolveAll,
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
// with its new user_version, so a crash leaves it at a whole version.
func migrate(db *sql.DB) error {
	scripts, err := migrationScripts()
	if err != nil {
		return err
	}
	var version int
	if err := db.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if version > len(scripts) {
		return fmt.Errorf("database schema version %d is newer than this program knows (%d): use a newer minutes", version, len(scripts))
	}
	for v := version + 1; v <= len(scripts); v++ {
		if err := applyMigration(db, v, scripts[v-1]); err != nil {
			return fmt.Errorf("migrating schema to version %d: %w", v, err)
		}
	}
	return nil
}

func applyMigration(db *sql.DB, version int, script string) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(script); err != nil {
		return err
	}
	if backfill := backfills[version]; backfill != nil {
		if err := backfill(tx); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, version)); err != nil {
		return err
	}
	return tx.Commit()
}
