package store

import (
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Exportable returns the tables and views an analyst may export, in
// name order: everything but SQLite's own tables and the full-text
// indexes' internals.
func (s *Store) Exportable() ([]string, error) {
	return s.strings(`SELECT name FROM sqlite_schema
		WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'
		ORDER BY name`)
}

// Export writes every row of a table or view to w as CSV (a header row,
// then one row per record; NULL is an empty field) or as JSON (an array of
// objects; NULL is null).
func (s *Store) Export(w io.Writer, table, format string) error {
	names, err := s.Exportable()
	if err != nil {
		return err
	}
	if !contains(names, table) {
		return fmt.Errorf("no table or view %q (there are: %s)", table, strings.Join(names, ", "))
	}
	rows, err := s.db.Query(`SELECT * FROM "` + table + `"`) // the name is one of Exportable's
	if err != nil {
		return err
	}
	defer rows.Close()
	switch format {
	case "csv":
		return exportCSV(w, rows)
	case "json":
		return exportJSON(w, rows)
	}
	return fmt.Errorf("unknown export format %q (csv or json)", format)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scanRow reads the current row as generic values: text as strings, bytes
// as strings, NULL as nil.
func scanRow(rows *sql.Rows, n int) ([]any, error) {
	values := make([]any, n)
	ptrs := make([]any, n)
	for i := range values {
		ptrs[i] = &values[i]
	}
	if err := rows.Scan(ptrs...); err != nil {
		return nil, err
	}
	for i, v := range values {
		if b, ok := v.([]byte); ok {
			values[i] = string(b)
		}
	}
	return values, nil
}

func exportCSV(w io.Writer, rows *sql.Rows) error {
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	out := csv.NewWriter(w)
	if err := out.Write(cols); err != nil {
		return err
	}
	record := make([]string, len(cols))
	for rows.Next() {
		values, err := scanRow(rows, len(cols))
		if err != nil {
			return err
		}
		for i, v := range values {
			if v == nil {
				record[i] = ""
			} else {
				record[i] = fmt.Sprint(v)
			}
		}
		if err := out.Write(record); err != nil {
			return err
		}
	}
	out.Flush()
	if err := out.Error(); err != nil {
		return err
	}
	return rows.Err()
}

func exportJSON(w io.Writer, rows *sql.Rows) error {
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	first := true
	for rows.Next() {
		values, err := scanRow(rows, len(cols))
		if err != nil {
			return err
		}
		obj := make(map[string]any, len(cols))
		for i, c := range cols {
			obj[c] = values[i]
		}
		b, err := json.Marshal(obj)
		if err != nil {
			return err
		}
		sep := ",\n"
		if first {
			sep, first = "\n", false
		}
		if _, err := io.WriteString(w, sep+string(b)); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(w, "\n]\n"); err != nil {
		return err
	}
	return rows.Err()
}
