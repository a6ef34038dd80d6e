package store

import (
	"context"
	"database/sql"
)

// refreshActionHistory recomputes the action_history rows of the given
// action keys from their records in actions: called in the transaction
// that adds or removes records, so the table never disagrees with them.
// A key with no record left loses its row.
func refreshActionHistory(tx *sql.Tx, keys []string) error {
	for _, key := range keys {
		if _, err := tx.Exec(`DELETE FROM action_history WHERE action_key = ?`, key); err != nil {
			return err
		}
		if _, err := tx.Exec(historyOfKey, key); err != nil {
			return err
		}
	}
	return nil
}

// historyOfKey computes one action's history from its records, ranked
// from the first meeting and from the last.
const historyOfKey = `
INSERT INTO action_history (action_key, action_id, body, owner, owner_id, text, first_date, latest_date,
	times_recorded, first_status, latest_status, closed_date)
WITH ranked AS (
	SELECT e.*,
	       row_number() OVER (ORDER BY date, id) AS from_first,
	       row_number() OVER (ORDER BY date DESC, id DESC) AS from_last
	FROM action_events e
	WHERE action_key = ?1
)
SELECT action_key,
       max(CASE WHEN from_first = 1 THEN action_id END),
       max(body),
       max(CASE WHEN from_first = 1 THEN owner_name END),
       max(CASE WHEN from_first = 1 THEN owner_id END),
       max(CASE WHEN from_first = 1 THEN text END),
       min(date), max(date), count(*),
       max(CASE WHEN from_first = 1 THEN status END),
       max(CASE WHEN from_last = 1 THEN status END),
       min(CASE WHEN status IN ('done', 'superseded', 'cancelled') THEN date END)
FROM ranked
GROUP BY action_key`

// actionKeysOf returns the action keys of a stored document's actions.
func actionKeysOf(tx *sql.Tx, documentID int64) ([]string, error) {
	return QueryStrings(context.Background(), tx, `SELECT DISTINCT a.action_key FROM actions a JOIN meetings m ON m.id = a.meeting_id
		WHERE m.document_id = ? AND a.action_key IS NOT NULL`, documentID)
}

// allActionKeys returns every action key, for the migration that
// introduced the history.
func allActionKeys(tx *sql.Tx) ([]string, error) {
	return QueryStrings(context.Background(), tx, `SELECT DISTINCT action_key FROM actions WHERE action_key IS NOT NULL`)
}

// RebuildActionHistory recomputes the whole action_history table from the
// actions: for databases whose rows were written other than by Import
// (generated archives in benchmarks, hand repairs).
func (s *Store) RebuildActionHistory() error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`DELETE FROM action_history`); err != nil {
		return err
	}
	keys, err := allActionKeys(tx)
	if err == nil {
		err = refreshActionHistory(tx, keys)
	}
	if err != nil {
		return err
	}
	return tx.Commit()
}
