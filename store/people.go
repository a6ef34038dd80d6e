package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"minutes/internal/fold"
)

// NameKey is the key under which spellings of one name are one person or
// organisation (fold.Key): "Gorazd Božič" and "GORAZD BOZIC" share a key;
// "FUNET CERT" and "Funet CERT" too.
func NameKey(name string) string { return fold.Key(name) }

// fuller reports whether spelling a shows more of a name than b: more
// letters with diacritics ("Božič" over "Bozic"), then more letters.
func fuller(a, b string) bool {
	da, db := diacriticLetters(a), diacriticLetters(b)
	if da != db {
		return da > db
	}
	return len([]rune(a)) > len([]rune(b))
}

func diacriticLetters(s string) int {
	n := 0
	for _, r := range s {
		if r > 0x7F && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// resolve returns the id of the row of table (people or organisations)
// whose key the name folds to, creating it if needed and keeping the
// fullest spelling as its name. An empty name resolves to NULL.
func resolve(tx *sql.Tx, table, name string) (sql.NullInt64, error) {
	key := NameKey(name)
	if key == "" {
		return sql.NullInt64{}, nil
	}
	var id int64
	var current string
	err := tx.QueryRow(`SELECT id, name FROM `+table+` WHERE key = ?`, key).Scan(&id, &current)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		res, err := tx.Exec(`INSERT INTO `+table+` (key, name) VALUES (?, ?)`, key, name)
		if err != nil {
			return sql.NullInt64{}, err
		}
		id, err = res.LastInsertId()
		return sql.NullInt64{Int64: id, Valid: true}, err
	case err != nil:
		return sql.NullInt64{}, err
	}
	if fuller(name, current) {
		if _, err := tx.Exec(`UPDATE `+table+` SET name = ? WHERE id = ?`, name, id); err != nil {
			return sql.NullInt64{}, err
		}
	}
	return sql.NullInt64{Int64: id, Valid: true}, nil
}

// existingPerson returns the person a name folds to, if one exists already.
func existingPerson(tx *sql.Tx, name string) (sql.NullInt64, error) {
	var id int64
	err := tx.QueryRow(`SELECT id FROM people WHERE key = ?`, NameKey(name)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return sql.NullInt64{}, nil
	}
	return sql.NullInt64{Int64: id, Valid: err == nil}, err
}

// looksLikePersonName reports whether an action owner is written like one
// person's name: two to five words, each starting with a capital letter
// and not all in capitals ("Gorazd Božič", "Bob van der Kamp" — particles
// allowed), not "ENISA" or "LM/NM/GT".
func looksLikePersonName(s string) bool {
	if strings.ContainsAny(s, "/,&;") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	capitalised := 0
	for _, w := range words {
		first := []rune(w)[0]
		switch {
		case w == strings.ToUpper(w) && len([]rune(w)) > 1:
			return false
		case unicode.IsUpper(first):
			capitalised++
		case !unicode.IsLower(first):
			return false
		}
	}
	return capitalised >= 2
}

// ownerPerson links an action's owner to a person: by the initials or
// nickname a participant of the same meeting uses ("MDA"), else by a
// person already known under that name, else by creating one when the
// owner is written as a person's name. Owners that are organisations or
// several people stay unlinked.
func ownerPerson(tx *sql.Tx, meetingID int64, owner string) (sql.NullInt64, error) {
	owner = strings.TrimSpace(owner)
	if owner == "" {
		return sql.NullInt64{}, nil
	}
	var id sql.NullInt64
	err := tx.QueryRow(`SELECT person_id FROM participants WHERE meeting_id = ? AND (short = ? OR name = ?) AND person_id IS NOT NULL LIMIT 1`,
		meetingID, owner, owner).Scan(&id)
	if err == nil && id.Valid {
		return id, nil
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return sql.NullInt64{}, err
	}
	if id, err = existingPerson(tx, owner); err != nil || id.Valid {
		return id, err
	}
	if looksLikePersonName(owner) {
		return resolve(tx, "people", owner)
	}
	return sql.NullInt64{}, nil
}

// actionKey names an action across the meetings of one body: the body and
// the id with case and separators folded ("TF-CSIRT", "16-04" →
// "tf csirt:16 04"). An action without an id is its own action: it gets
// the unique key the caller gives (its document and place), so every
// action has a key and the action views can use the key's index.
func actionKey(body, id, unique string) string {
	k := NameKey(id)
	if k == "" {
		return unique
	}
	return NameKey(body) + ":" + k
}

// removeOrphans deletes people and organisations no row refers to any
// more, after a document was replaced.
func removeOrphans(tx *sql.Tx) error {
	_, err := tx.Exec(`
DELETE FROM people WHERE id NOT IN (
	SELECT person_id FROM participants WHERE person_id IS NOT NULL
	UNION SELECT person_id FROM presenters WHERE person_id IS NOT NULL
	UNION SELECT owner_id FROM actions WHERE owner_id IS NOT NULL);
DELETE FROM organisations WHERE id NOT IN (
	SELECT organisation_id FROM participants WHERE organisation_id IS NOT NULL);`)
	return err
}

// resolveAll links every existing participant and action to people and
// organisations: the backfill of the migration that introduced them.
func resolveAll(tx *sql.Tx) error {
	type row struct {
		id, meeting      int64
		name, org, owner sql.NullString
		actionID, body   sql.NullString
	}
	var parts, acts []row
	rows, err := tx.Query(`SELECT id, meeting_id, name, organisation FROM participants`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.meeting, &r.name, &r.org); err != nil {
			rows.Close()
			return err
		}
		parts = append(parts, r)
	}
	rows.Close()
	for _, r := range parts {
		person, err := resolve(tx, "people", r.name.String)
		if err != nil {
			return err
		}
		org, err := resolve(tx, "organisations", r.org.String)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE participants SET person_id = ?, organisation_id = ? WHERE id = ?`, person, org, r.id); err != nil {
			return err
		}
	}
	rows, err = tx.Query(`SELECT a.id, a.meeting_id, a.owner, a.action_id, m.body FROM actions a JOIN meetings m ON m.id = a.meeting_id`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.meeting, &r.owner, &r.actionID, &r.body); err != nil {
			rows.Close()
			return err
		}
		acts = append(acts, r)
	}
	rows.Close()
	for _, r := range acts {
		owner, err := ownerPerson(tx, r.meeting, r.owner.String)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE actions SET owner_id = ?, action_key = ? WHERE id = ?`,
			owner, actionKey(r.body.String, r.actionID.String, fmt.Sprintf("row %d", r.id)), r.id); err != nil {
			return err
		}
	}
	keys, err := allActionKeys(tx)
	if err != nil {
		return err
	}
	return refreshActionHistory(tx, keys)
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
