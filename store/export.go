package store

import (
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
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
	_, err := s.ExportFor(w, table, format, false)
	return err
}

// SpreadsheetCellLimit is the most characters a spreadsheet cell holds
// (Excel, LibreOffice Calc): a longer text is cut short when the CSV is
// opened.
const SpreadsheetCellLimit = 32767

// LongCells counts the cells of a CSV export longer than a spreadsheet
// cell holds, and says where the first is.
type LongCells struct {
	Count       int
	Column      string // of the first
	Row         int    // of the first, counting the header as row 1 as a spreadsheet does
	LongestSize int    // characters in the longest
}

// ExportFor is Export for spreadsheets when excel is set: the CSV starts
// with a byte-order mark, so Excel reads it as UTF-8, and ends its lines
// with CRLF; the cells longer than SpreadsheetCellLimit are counted.
func (s *Store) ExportFor(w io.Writer, table, format string, excel bool) (LongCells, error) {
	names, err := s.Exportable()
	if err != nil {
		return LongCells{}, err
	}
	if !contains(names, table) {
		return LongCells{}, fmt.Errorf("no table or view %q (there are: %s)", table, strings.Join(names, ", "))
	}
	rows, err := s.db.Query(`SELECT * FROM "` + table + `"`) // the name is one of Exportable's
	if err != nil {
		return LongCells{}, err
	}
	defer rows.Close()
	switch format {
	case "csv":
		return exportCSV(w, rows, excel)
	case "json":
		return LongCells{}, exportJSON(w, rows)
	}
	return LongCells{}, fmt.Errorf("unknown export format %q (csv or json)", format)
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

func exportCSV(w io.Writer, rows *sql.Rows, excel bool) (LongCells, error) {
	var long LongCells
	cols, err := rows.Columns()
	if err != nil {
		return long, err
	}
	if excel {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return long, err
		}
	}
	out := csv.NewWriter(w)
	out.UseCRLF = excel
	if err := out.Write(cols); err != nil {
		return long, err
	}
	record := make([]string, len(cols))
	for row := 2; rows.Next(); row++ {
		values, err := scanRow(rows, len(cols))
		if err != nil {
			return long, err
		}
		for i, v := range values {
			if v == nil {
				record[i] = ""
			} else {
				record[i] = fmt.Sprint(v)
			}
			if excel && len(record[i]) > SpreadsheetCellLimit {
				if n := spreadsheetLength(record[i]); n > SpreadsheetCellLimit {
					if long.Count == 0 {
						long.Column, long.Row = cols[i], row
					}
					long.Count++
					long.LongestSize = max(long.LongestSize, n)
				}
			}
		}
		if err := out.Write(record); err != nil {
			return long, err
		}
	}
	out.Flush()
	if err := out.Error(); err != nil {
		return long, err
	}
	return long, rows.Err()
}

// spreadsheetLength is the length of a text as a spreadsheet counts it:
// in UTF-16 code units.
func spreadsheetLength(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
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
