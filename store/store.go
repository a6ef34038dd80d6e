// Package store writes records to SQLite, one transaction per document, so
// an analyst can query the minutes with plain SQL and nothing is ever
// half-written.
package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver, built with -tags sqlite_fts5

	"minutes/parse"
)

// A Store is an open minutes database.
type Store struct {
	db *sql.DB
}

// Open opens the database at path, creating it if needed, and brings its
// schema up to date.
func Open(path string) (*Store, error) {
	dsn := fmt.Sprintf("file:%s?_foreign_keys=on&_journal_mode=WAL&_busy_timeout=30000&_synchronous=NORMAL", path)
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := migrate(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB gives read access to the database for queries and exports.
func (s *Store) DB() *sql.DB { return s.db }

// An Entry is one document ready to store: its record and its text before
// and after repair.
type Entry struct {
	Record   *parse.Record
	RawText  string
	Text     string            // the repaired text
	Version  string            // the pipeline version that made the record
}

// An Outcome says what Import did with a document.
type Outcome string

// The outcomes of Import.
const (
	Imported  Outcome = "imported"  // a new document
	Unchanged Outcome = "unchanged" // the same bytes were already stored by this pipeline version
	Replaced  Outcome = "replaced"  // the path's bytes changed, or an older pipeline made its record
)

// Import stores one document in a single transaction: either all of its
// rows are written or none. A document already stored with the same bytes
// and the same pipeline version is left alone.
func (s *Store) Import(e Entry) (Outcome, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return "", err
	}
	defer tx.Rollback() // a no-op after Commit
	outcome, err := importTx(tx, e)
	if err != nil {
		return "", fmt.Errorf("%s: storing: %w", e.Record.Source.File, err)
	}
	if outcome == Unchanged {
		return outcome, nil
	}
	return outcome, tx.Commit()
}

func importTx(tx *sql.Tx, e Entry) (Outcome, error) {
	src := e.Record.Source
	var oldID int64
	var oldVersion string
	err := tx.QueryRow(`SELECT id, pipeline_version FROM documents WHERE sha256 = ? OR path = ? ORDER BY sha256 = ? DESC LIMIT 1`,
		src.SHA256, src.File, src.SHA256).Scan(&oldID, &oldVersion)
	outcome := Imported
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return "", err
	default:
		var oldSHA string
		if err := tx.QueryRow(`SELECT sha256 FROM documents WHERE id = ?`, oldID).Scan(&oldSHA); err != nil {
			return "", err
		}
		if oldSHA == src.SHA256 && oldVersion == e.Version {
			return Unchanged, nil
		}
		if _, err := tx.Exec(`DELETE FROM documents WHERE id = ?`, oldID); err != nil {
			return "", err
		}
		outcome = Replaced
	}
	return outcome, insertDocument(tx, e)
}

func insertDocument(tx *sql.Tx, e Entry) error {
	r := e.Record
	src := r.Source
	res, err := tx.Exec(`INSERT INTO documents (path, sha256, format, pages, encoding, imported_at, pipeline_version, raw_text, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		src.File, src.SHA256, src.Format, nullInt(int(src.Pages)), nullString(src.Encoding),
		time.Now().UTC().Format(time.RFC3339), e.Version, e.RawText, e.Text)
	if err != nil {
		return err
	}
	docID, _ := res.LastInsertId()
	m := r.Meeting
	res, err = tx.Exec(`INSERT INTO meetings (document_id, title, body, number, date, end_date, venue, city, country, status)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, nullString(m.Title), nullString(m.Body), nullInt(int(m.Number)), nullString(m.Date), nullString(m.EndDate),
		nullString(m.Venue), nullString(m.City), nullString(m.Country), nullString(m.Status))
	if err != nil {
		return err
	}
	meetingID, _ := res.LastInsertId()
	for i, it := range r.Items {
		if _, err := tx.Exec(`INSERT INTO items (meeting_id, position, number, title, text) VALUES (?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(it.Number), nullString(it.Title), nullString(it.Text)); err != nil {
			return err
		}
	}
	for i, a := range r.Actions {
		if _, err := tx.Exec(`INSERT INTO actions (meeting_id, position, action_id, owner, text, status, item) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(a.ID), nullString(a.Owner), nullString(a.Text), nullString(a.Status), nullString(a.Item)); err != nil {
			return err
		}
	}
	for i, p := range r.Participants {
		if _, err := tx.Exec(`INSERT INTO participants (meeting_id, position, name, organisation, country, role, attendance, short) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(p.Name), nullString(p.Organisation), nullString(p.Country), nullString(p.Role), nullString(p.Attendance), nullString(p.Short)); err != nil {
			return err
		}
	}
	for i, d := range r.Decisions {
		if _, err := tx.Exec(`INSERT INTO decisions (meeting_id, position, decision_id, text, item, kind) VALUES (?, ?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(d.ID), nullString(d.Text), nullString(d.Item), nullString(d.Kind)); err != nil {
			return err
		}
	}
	for i, u := range r.Links {
		if _, err := tx.Exec(`INSERT INTO links (document_id, position, url) VALUES (?, ?, ?)`, docID, i+1, u); err != nil {
			return err
		}
	}
	return nil
}

func nullString(s parse.String) any {
	if s == "" {
		return nil
	}
	return string(s)
}

func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}
