package store

// Lists of people and organisations for the command line (minutes
// people): what the views give, in Go values.

import (
	"database/sql"
	"fmt"
)

// A Duplicate is a pair of people (organisations) who may be one, with
// the evidence: the rule that paired them, what they share, and how far
// apart their names are.
type Duplicate struct {
	A, B         string
	Rule         string
	SameBody     string // the bodies both appear in, "; "-separated
	Shared       string // people: the organisations both attended for; organisations: the people who attended for both
	SameInitials bool   // people only
	Distance     int    // Damerau-Levenshtein distance between the keys
	Similarity   float64
	Together     int // people: meetings both attended
}

// Duplicates returns the near-duplicate people, or organisations when
// kind is "organisation", those with the most evidence first.
func (s *Store) Duplicates(kind string) ([]Duplicate, error) {
	query := `SELECT name_a, name_b, rule, COALESCE(same_body, ''), COALESCE(same_organisation, ''), same_initials,
		distance, similarity, meetings_together
	FROM person_duplicates
	ORDER BY (same_body IS NOT NULL) + (same_organisation IS NOT NULL) + same_initials DESC, distance, name_a, name_b`
	if kind == organisation.kind {
		query = `SELECT name_a, name_b, rule, COALESCE(same_body, ''), COALESCE(same_people, ''), 0, distance, similarity, 0
	FROM organisation_duplicates
	ORDER BY (same_body IS NOT NULL) + (same_people IS NOT NULL) DESC, distance, name_a, name_b`
	}
	return queryAll(bg, s.db, query, nil, func(rows *sql.Rows) (d Duplicate, err error) {
		err = rows.Scan(&d.A, &d.B, &d.Rule, &d.SameBody, &d.Shared, &d.SameInitials, &d.Distance, &d.Similarity, &d.Together)
		return d, err
	})
}

// A NotPerson is a name written where a person stands that is not taken
// as one, with the reason.
type NotPerson struct {
	Spelling, Reason, WrittenAs string
	Times                       int
}

// NotPeople returns the names not taken as people, by reason.
func (s *Store) NotPeople() ([]NotPerson, error) {
	return queryAll(bg, s.db, `SELECT spelling, reason, written_as, times FROM not_people ORDER BY reason, times DESC, spelling`, nil,
		func(rows *sql.Rows) (n NotPerson, err error) {
			err = rows.Scan(&n.Spelling, &n.Reason, &n.WrittenAs, &n.Times)
			return n, err
		})
}

// A Listed is a person or an organisation with the meetings they
// attended and the spellings documents use.
type Listed struct {
	Name        string
	Meetings    int
	First, Last string // the dates of the first and last meeting attended
	Spellings   int
}

// List returns every person, or every organisation when kind is
// "organisation", by name.
func (s *Store) List(kind string) ([]Listed, error) {
	column, table := "person_id", "people"
	if kind == organisation.kind {
		column, table = "organisation_id", "organisations"
	}
	spelling := "pa.name"
	if kind == organisation.kind {
		spelling = "pa.organisation"
	}
	query := fmt.Sprintf(`SELECT t.name, count(DISTINCT pa.meeting_id), COALESCE(min(m.date), ''), COALESCE(max(m.date), ''),
		count(DISTINCT %s)
	FROM %s t LEFT JOIN participants pa ON pa.%s = t.id LEFT JOIN meetings m ON m.id = pa.meeting_id
	GROUP BY t.id ORDER BY t.name`, spelling, table, column)
	return queryAll(bg, s.db, query, nil, func(rows *sql.Rows) (l Listed, err error) {
		err = rows.Scan(&l.Name, &l.Meetings, &l.First, &l.Last, &l.Spellings)
		return l, err
	})
}
