// Package store writes records to SQLite so an analyst can query the
// minutes with plain SQL. Each document is written in one transaction:
// either all of its rows are there or none, whatever happens to the
// process. People and organisations are resolved here, across meetings.
//
// The schema is in migrations/ and documented for analysts in
// docs/schema.md.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver, built with -tags sqlite_fts5

	"minutes/document"
	"minutes/parse"
)

// A Store is an open minutes database.
type Store struct {
	db *sql.DB
}

// Open opens the database at path, creating it if needed, and brings its
// schema up to date. The database uses write-ahead logging and waits for
// other writers instead of failing, so two imports can share it.
func Open(path string) (*Store, error) {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "60000")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate") // take the write lock at BEGIN: no deadlocks between two writers
	db, err := sql.Open("sqlite3", "file:"+url.PathEscape(path)+"?"+q.Encode())
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

// DB gives access to the database for queries and exports.
func (s *Store) DB() *sql.DB { return s.db }

// An Entry is one document ready to store: its record and its text before
// and after repair.
type Entry struct {
	Record  *parse.Record
	RawText string
	Text    string // the repaired text
	Version string // the pipeline version that made the record
	// LinePages is the page of each line of Text (0 when the format has
	// no pages), from which the page of each item is found; nil when
	// unknown.
	LinePages []int
	// OCR is the provenance of the document's scanned pages; nil when it
	// has none.
	OCR *document.OCRReport
}

// An Outcome says what Import did with a document.
type Outcome string

// The outcomes of Import.
const (
	Imported  Outcome = "imported"  // a new document
	Unchanged Outcome = "unchanged" // the same bytes were already stored by this pipeline version
	Replaced  Outcome = "replaced"  // the path's bytes changed, or another pipeline version made its record
)

// Unchanged reports whether the document with these bytes is stored
// already, made by this pipeline version: the batch importer then skips
// extraction altogether.
func (s *Store) Unchanged(sha256, version string) (bool, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM documents WHERE sha256 = ? AND pipeline_version = ?`, sha256, version).Scan(&n)
	return n > 0, err
}

// Import stores one document in a single transaction. A document already
// stored with the same bytes and pipeline version is left alone; one
// stored under the same path with other bytes, or the same bytes made by
// another pipeline version, is replaced.
func (s *Store) Import(e Entry) (Outcome, error) {
	return s.importEntry(e, false)
}

// Reimport is Import that replaces the document even when it is unchanged
// (`minutes import --force`).
func (s *Store) Reimport(e Entry) (Outcome, error) {
	return s.importEntry(e, true)
}

func (s *Store) importEntry(e Entry, force bool) (Outcome, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return "", fmt.Errorf("%s: storing: %w", e.Record.Source.File, err)
	}
	defer tx.Rollback() // a no-op after Commit
	outcome, err := importTx(tx, e, force)
	if err == nil && outcome != Unchanged {
		err = tx.Commit()
	}
	if err != nil {
		return "", fmt.Errorf("%s: storing: %w", e.Record.Source.File, err)
	}
	return outcome, nil
}

func importTx(tx *sql.Tx, e Entry, force bool) (Outcome, error) {
	src := e.Record.Source
	old, err := storedDocuments(tx, src.SHA256, src.File)
	if err != nil {
		return "", err
	}
	for _, d := range old {
		if d.sha256 == src.SHA256 && d.version == e.Version && !force {
			return Unchanged, nil
		}
	}
	var touched []string // the actions whose history the change rewrites
	for _, d := range old {
		keys, err := actionKeysOf(tx, d.id)
		if err != nil {
			return "", err
		}
		touched = append(touched, keys...)
		if _, err := tx.Exec(`DELETE FROM documents WHERE id = ?`, d.id); err != nil {
			return "", err
		}
	}
	if len(old) > 0 {
		if err := removeOrphans(tx); err != nil {
			return "", err
		}
	}
	docID, elsewhere, err := insertDocument(tx, e)
	if err != nil {
		return "", err
	}
	keys, err := actionKeysOf(tx, docID)
	if err != nil {
		return "", err
	}
	touched = append(append(touched, keys...), elsewhere...)
	if err := refreshActionHistory(tx, touched); err != nil {
		return "", err
	}
	if len(old) > 0 {
		return Replaced, nil
	}
	return Imported, nil
}

type storedDocument struct {
	id              int64
	sha256, version string
}

// storedDocuments returns the documents a new one supersedes: the same
// bytes, or the same path.
func storedDocuments(tx *sql.Tx, sha256, path string) ([]storedDocument, error) {
	rows, err := tx.Query(`SELECT id, sha256, pipeline_version FROM documents WHERE sha256 = ? OR path = ?`, sha256, path)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedDocument
	for rows.Next() {
		var d storedDocument
		if err := rows.Scan(&d.id, &d.sha256, &d.version); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// insertDocument writes every row of one record, then links its names to
// people and organisations. It returns the document's id and the action
// keys of other documents whose owners it linked.
func insertDocument(tx *sql.Tx, e Entry) (docID int64, elsewhere []string, err error) {
	r := e.Record
	src := r.Source
	original, err := filepath.Abs(src.File)
	if err != nil {
		return 0, nil, err
	}
	docID, err = insert(tx, `INSERT INTO documents (path, sha256, format, pages, encoding, imported_at, pipeline_version, raw_text, text, original)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		src.File, src.SHA256, src.Format, nullInt(int(src.Pages)), nullString(src.Encoding),
		time.Now().UTC().Format(time.RFC3339), e.Version, e.RawText, e.Text, original)
	if err != nil {
		return 0, nil, err
	}
	meetingID, err := insertMeeting(tx, docID, r)
	if err != nil {
		return 0, nil, err
	}
	if err := insertParticipants(tx, meetingID, r); err != nil {
		return 0, nil, err
	}
	if err := insertItems(tx, meetingID, r, itemPages(e.Text, e.LinePages, r.Items)); err != nil {
		return 0, nil, err
	}
	steps := []func(*sql.Tx, int64, *parse.Record) error{
		insertActions,
		insertDecisions,
		insertNextMeetings,
	}
	for _, step := range steps {
		if err := step(tx, meetingID, r); err != nil {
			return 0, nil, err
		}
	}
	for i, u := range r.Links {
		if _, err := tx.Exec(`INSERT INTO links (document_id, position, url) VALUES (?, ?, ?)`, docID, i+1, u); err != nil {
			return 0, nil, err
		}
	}
	if err := insertOCRPages(tx, docID, e.OCR); err != nil {
		return 0, nil, err
	}
	for i, w := range r.Warnings {
		if _, err := tx.Exec(`INSERT INTO warnings (document_id, position, stage, page, line, message) VALUES (?, ?, ?, ?, ?, ?)`,
			docID, i+1, nullIfEmpty(w.Stage), nullInt(w.Place.Page), nullInt(w.Place.Line), w.Message); err != nil {
			return 0, nil, err
		}
	}
	elsewhere, err = linkMeeting(tx, meetingID)
	return docID, elsewhere, err
}

// insertOCRPages writes a document's scanned pages, read and not.
func insertOCRPages(tx *sql.Tx, docID int64, rep *document.OCRReport) error {
	if rep == nil {
		return nil
	}
	langs := strings.Join(rep.Languages, "+")
	for _, p := range rep.Pages {
		if _, err := tx.Exec(`INSERT OR REPLACE INTO ocr_pages (document_id, page, read, words, confidence, engine, languages) VALUES (?, ?, 1, ?, ?, ?, ?)`,
			docID, p.Page, p.Words, p.Conf, rep.Engine, langs); err != nil {
			return err
		}
	}
	for _, page := range rep.NotRead {
		if _, err := tx.Exec(`INSERT OR REPLACE INTO ocr_pages (document_id, page, read) VALUES (?, ?, 0)`, docID, page); err != nil {
			return err
		}
	}
	return nil
}

func insertMeeting(tx *sql.Tx, docID int64, r *parse.Record) (int64, error) {
	m := r.Meeting
	var prevDate, prevApproved any
	if p := r.PreviousMinutes; p != nil {
		prevDate = nullString(p.Date)
		if p.Approved != nil {
			prevApproved = *p.Approved
		}
	}
	return insert(tx, `INSERT INTO meetings (document_id, title, body, number, date, end_date, venue, city, country, status,
			previous_minutes_date, previous_minutes_approved)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, nullString(m.Title), nullString(m.Body), nullInt(int(m.Number)), nullString(m.Date), nullString(m.EndDate),
		nullString(m.Venue), nullString(m.City), nullString(m.Country), nullString(m.Status), prevDate, prevApproved)
}

func insertParticipants(tx *sql.Tx, meetingID int64, r *parse.Record) error {
	for i, p := range r.Participants {
		if _, err := tx.Exec(`INSERT INTO participants (meeting_id, position, name, organisation, country, role, attendance, short)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(p.Name), nullString(p.Organisation), nullString(p.Country), nullString(p.Role),
			nullString(p.Attendance), nullString(p.Short)); err != nil {
			return err
		}
	}
	return nil
}

func insertItems(tx *sql.Tx, meetingID int64, r *parse.Record, pages []int) error {
	for i, it := range r.Items {
		itemID, err := insert(tx, `INSERT INTO items (meeting_id, position, number, title, text, page) VALUES (?, ?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(it.Number), nullString(it.Title), nullString(it.Text), nullInt(pages[i]))
		if err != nil {
			return err
		}
		for j, name := range it.Presenters {
			if _, err := tx.Exec(`INSERT INTO presenters (item_id, position, name) VALUES (?, ?, ?)`, itemID, j+1, name); err != nil {
				return err
			}
		}
		for j, u := range it.Links {
			if _, err := tx.Exec(`INSERT INTO item_links (item_id, position, url) VALUES (?, ?, ?)`, itemID, j+1, u); err != nil {
				return err
			}
		}
	}
	return nil
}

func insertActions(tx *sql.Tx, meetingID int64, r *parse.Record) error {
	for i, a := range r.Actions {
		if _, err := tx.Exec(`INSERT INTO actions (meeting_id, position, action_id, owner, text, status, item, action_key)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(a.ID), nullString(a.Owner), nullString(a.Text), nullString(a.Status), nullString(a.Item),
			actionKey(string(r.Meeting.Body), string(a.ID), fmt.Sprintf("document %s, action %d", r.Source.SHA256, i+1))); err != nil {
			return err
		}
	}
	return nil
}

func insertDecisions(tx *sql.Tx, meetingID int64, r *parse.Record) error {
	for i, d := range r.Decisions {
		var votesFor, against, abstain, unanimous any
		if v := d.Votes; v != nil {
			votesFor, against, abstain = intOrNil(v.For), intOrNil(v.Against), intOrNil(v.Abstain)
			if v.Unanimous != nil {
				unanimous = *v.Unanimous
			}
		}
		id, err := insert(tx, `INSERT INTO decisions (meeting_id, position, decision_id, text, item, kind, votes_for, votes_against, votes_abstain, unanimous, mover, seconder)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(d.ID), nullString(d.Text), nullString(d.Item), nullString(d.Kind),
			votesFor, against, abstain, unanimous, nullString(d.Mover), nullString(d.Seconder))
		if err != nil {
			return err
		}
		if err := insertRollCall(tx, id, d.RollCall); err != nil {
			return err
		}
	}
	return nil
}

// insertRollCall stores a vote taken by name, one row per person and vote.
func insertRollCall(tx *sql.Tx, decisionID int64, rc *parse.RollCall) error {
	if rc == nil {
		return nil
	}
	position := 0
	for _, side := range []struct {
		vote  string
		names []string
	}{{"for", rc.For}, {"against", rc.Against}, {"abstain", rc.Abstain}, {"absent", rc.Absent}} {
		for _, name := range side.names {
			position++
			if _, err := tx.Exec(`INSERT INTO roll_call_votes (decision_id, position, name, vote) VALUES (?, ?, ?, ?)`,
				decisionID, position, name, side.vote); err != nil {
				return err
			}
		}
	}
	return nil
}

func insertNextMeetings(tx *sql.Tx, meetingID int64, r *parse.Record) error {
	for i, n := range r.NextMeetings {
		if _, err := tx.Exec(`INSERT INTO next_meetings (meeting_id, position, date, end_date, city, country, host) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			meetingID, i+1, nullString(n.Date), nullString(n.EndDate), nullString(n.City), nullString(n.Country), nullString(n.Host)); err != nil {
			return err
		}
	}
	return nil
}

// insert executes an INSERT and returns the new row's id.
func insert(tx *sql.Tx, query string, args ...any) (int64, error) {
	res, err := tx.Exec(query, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
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

func intOrNil(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// Digests returns the sha256 of every document stored by the given
// pipeline version: what a batch can skip without reading further than
// the bytes.
func (s *Store) Digests(version string) (map[string]bool, error) {
	list, err := s.strings(`SELECT sha256 FROM documents WHERE pipeline_version = ?`, version)
	digests := make(map[string]bool, len(list))
	for _, d := range list {
		digests[d] = true
	}
	return digests, err
}

// OrganisationNames returns every organisation name stored, the evidence
// the parser uses to rebuild table rows whose spaces were lost
// (parse.Options.KnownOrganisations). A record therefore depends on the
// database it is imported into: import reads the names once, before its
// first file, and `minutes extract --db` reads the same.
func (s *Store) OrganisationNames() ([]string, error) {
	return s.strings(organisationNames)
}

const organisationNames = `SELECT name FROM organisations ORDER BY name`

// KnownOrganisations opens the database at path read-only and returns its
// OrganisationNames, for extracting records as an import into it would.
func KnownOrganisations(path string) ([]string, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_busy_timeout", "60000")
	db, err := sql.Open("sqlite3", "file:"+url.PathEscape(path)+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	defer db.Close()
	names, err := QueryStrings(context.Background(), db, organisationNames)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (is it a minutes database?)", path, err)
	}
	return names, nil
}

// strings runs a query of one text column and returns its values.
func (s *Store) strings(query string, args ...any) ([]string, error) {
	return QueryStrings(context.Background(), s.db, query, args...)
}

// A Queryer runs queries: a database or a transaction.
type Queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// QueryStrings runs a query of one text column and returns its values, for
// the importer here and the read-only web view.
func QueryStrings(ctx context.Context, q Queryer, query string, args ...any) ([]string, error) {
	return queryAll(ctx, q, query, args, func(rows *sql.Rows) (v string, err error) {
		err = rows.Scan(&v)
		return v, err
	})
}

// queryAll runs a query and makes a T of each row with scan.
func queryAll[T any](ctx context.Context, q Queryer, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
