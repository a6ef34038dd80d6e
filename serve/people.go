package serve

import (
	"context"
	"database/sql"
	"net/http"

	"minutes/store"
)

// A listed is a person or organisation in an index, with how many meetings
// they appear in.
type listed struct {
	ID       int64
	Name     string
	Meetings int
}

type indexPage struct {
	page
	Kind   string // "people" or "organisations"
	Filter string
	Rows   []listed
	Pager  pager
}

// handlePeople lists people by name, with the number of meetings each
// attended; ?q= filters by name, diacritics and case ignored.
func (s *Server) handlePeople(w http.ResponseWriter, r *http.Request) {
	s.index(w, r, "people", `
SELECT pe.id, pe.name, count(DISTINCT pa.meeting_id)
FROM people pe LEFT JOIN participants pa ON pa.person_id = pe.id
WHERE pe.key LIKE '%' || ?1 || '%'
GROUP BY pe.id ORDER BY pe.name LIMIT ?2 OFFSET ?3`)
}

// handleOrganisations lists organisations like handlePeople.
func (s *Server) handleOrganisations(w http.ResponseWriter, r *http.Request) {
	s.index(w, r, "organisations", `
SELECT o.id, o.name, count(DISTINCT pa.meeting_id)
FROM organisations o LEFT JOIN participants pa ON pa.organisation_id = o.id
WHERE o.key LIKE '%' || ?1 || '%'
GROUP BY o.id ORDER BY o.name LIMIT ?2 OFFSET ?3`)
}

func (s *Server) index(w http.ResponseWriter, r *http.Request, kind, query string) {
	ctx, cancel := queryContext(r)
	defer cancel()
	title := "People"
	if kind == "organisations" {
		title = "Organisations"
	}
	p := indexPage{page: page{Title: title}, Kind: kind, Filter: r.URL.Query().Get("q"),
		Pager: pager{Page: pageNumber(r), Values: r.URL.Query()}}
	err := s.each(ctx, query, []any{store.NameKey(p.Filter), PageSize + 1, (p.Pager.Page - 1) * PageSize}, func(rows *sql.Rows) error {
		var l listed
		if err := rows.Scan(&l.ID, &l.Name, &l.Meetings); err != nil {
			return err
		}
		p.Rows = append(p.Rows, l)
		return nil
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(p.Rows) > PageSize {
		p.Rows, p.Pager.HasNext = p.Rows[:PageSize], true
	}
	s.render(w, "index.html", p)
}

// An attended is a meeting a person attended.
type attended struct {
	MeetingID                                        int64
	Meeting, Date, Organisation, Country, Role, Mode sql.NullString
}

// A yearCount is a bar of the timeline chart.
type yearCount struct {
	Year  string
	Count int
}

// A timeline is the chart of meetings per year on person and organisation
// pages; MaxYear scales its bars.
type timeline struct {
	Years   []yearCount
	MaxYear int
}

// timeline reads a chart from a query of (year, count) rows.
func (s *Server) timeline(ctx context.Context, query string, id int64) (timeline, error) {
	var t timeline
	err := s.each(ctx, query, []any{id}, func(rows *sql.Rows) error {
		var y yearCount
		if err := rows.Scan(&y.Year, &y.Count); err != nil {
			return err
		}
		t.Years = append(t.Years, y)
		t.MaxYear = max(t.MaxYear, y.Count)
		return nil
	})
	return t, err
}

// periods reads rows of (id, name, first date, last date, meetings).
func (s *Server) periods(ctx context.Context, query string, id int64) ([]period, error) {
	var out []period
	err := s.each(ctx, query, []any{id}, func(rows *sql.Rows) error {
		var x period
		if err := rows.Scan(&x.ID, &x.Name, &x.First, &x.Last, &x.Meetings); err != nil {
			return err
		}
		out = append(out, x)
		return nil
	})
	return out, err
}

// A period is an organisation or country a person was listed with, from
// the first to the last meeting.
type period struct {
	ID          sql.NullInt64
	Name        string
	First, Last sql.NullString
	Meetings    int
}

type presentation struct {
	MeetingID           int64
	Date, Title, Number sql.NullString
}

type personPage struct {
	page
	ID        int64
	Name      string
	Spellings []string
	Attended  []attended
	timeline
	Organisations []period
	Countries     []period
	Presentations []presentation
	Actions       []history
}

func (s *Server) handlePerson(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := queryContext(r)
	defer cancel()
	p := personPage{ID: id}
	if err := s.db.QueryRowContext(ctx, `SELECT name FROM people WHERE id = ?`, id).Scan(&p.Name); err != nil {
		s.fail(w, r, err)
		return
	}
	p.Title = p.Name
	for _, step := range []func(context.Context, *personPage) error{s.personMeetings, s.personPeriods, s.personPresentations, s.personActions} {
		if err := step(ctx, &p); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	if p.Spellings, err = s.strings(ctx, `SELECT name FROM participants WHERE person_id = ?1
		UNION SELECT name FROM presenters WHERE person_id = ?1
		UNION SELECT owner FROM actions WHERE owner_id = ?1 ORDER BY 1`, id); err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, "person.html", p)
}

func (s *Server) personMeetings(ctx context.Context, p *personPage) error {
	err := s.each(ctx, `SELECT meeting_id, meeting, date, organisation, country, role, attendance
		FROM attendance WHERE person_id = ? ORDER BY date DESC`, []any{p.ID}, func(rows *sql.Rows) error {
		var a attended
		if err := rows.Scan(&a.MeetingID, &a.Meeting, &a.Date, &a.Organisation, &a.Country, &a.Role, &a.Mode); err != nil {
			return err
		}
		p.Attended = append(p.Attended, a)
		return nil
	})
	if err != nil {
		return err
	}
	// The same count as the attendance_per_person view, by the person's
	// index rather than over everyone.
	p.timeline, err = s.timeline(ctx, `SELECT substr(m.date, 1, 4) AS year, count(DISTINCT m.id)
		FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
		WHERE pa.person_id = ? AND pa.attendance IN ('present', 'remote', 'proxy') AND m.date IS NOT NULL
		GROUP BY year ORDER BY year`, p.ID)
	return err
}

// personPeriods reads the organisations and countries a person was
// listed with, and when.
func (s *Server) personPeriods(ctx context.Context, p *personPage) error {
	var err error
	p.Organisations, err = s.periods(ctx, `SELECT pa.organisation_id, COALESCE(o.name, pa.organisation), min(m.date), max(m.date), count(DISTINCT m.id)
		FROM participants pa JOIN meetings m ON m.id = pa.meeting_id LEFT JOIN organisations o ON o.id = pa.organisation_id
		WHERE pa.person_id = ? AND pa.organisation IS NOT NULL
		GROUP BY COALESCE(o.name, pa.organisation) ORDER BY min(m.date)`, p.ID)
	if err != nil {
		return err
	}
	p.Countries, err = s.periods(ctx, `SELECT NULL, pa.country, min(m.date), max(m.date), count(DISTINCT m.id)
		FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
		WHERE pa.person_id = ? AND pa.country IS NOT NULL
		GROUP BY pa.country ORDER BY min(m.date)`, p.ID)
	return err
}

func (s *Server) personPresentations(ctx context.Context, p *personPage) error {
	return s.each(ctx, `SELECT m.id, m.date, i.title, i.number FROM presenters pr
		JOIN items i ON i.id = pr.item_id JOIN meetings m ON m.id = i.meeting_id
		WHERE pr.person_id = ? ORDER BY m.date DESC`, []any{p.ID}, func(rows *sql.Rows) error {
		var x presentation
		if err := rows.Scan(&x.MeetingID, &x.Date, &x.Title, &x.Number); err != nil {
			return err
		}
		p.Presentations = append(p.Presentations, x)
		return nil
	})
}

func (s *Server) personActions(ctx context.Context, p *personPage) error {
	var err error
	p.Actions, err = s.histories(ctx, `SELECT DISTINCT action_key FROM action_events WHERE owner_id = ?`, p.ID)
	return err
}

type orgPage struct {
	page
	ID   int64
	Name string
	timeline
	Members []period // people who attended for it, first and last meeting
}

func (s *Server) handleOrganisation(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := queryContext(r)
	defer cancel()
	p := orgPage{ID: id}
	if err := s.db.QueryRowContext(ctx, `SELECT name FROM organisations WHERE id = ?`, id).Scan(&p.Name); err != nil {
		s.fail(w, r, err)
		return
	}
	p.Title = p.Name
	p.Members, err = s.periods(ctx, `SELECT pa.person_id, COALESCE(pe.name, pa.name), min(m.date), max(m.date), count(DISTINCT m.id)
		FROM participants pa JOIN meetings m ON m.id = pa.meeting_id LEFT JOIN people pe ON pe.id = pa.person_id
		WHERE pa.organisation_id = ? GROUP BY COALESCE(pe.name, pa.name) ORDER BY count(DISTINCT m.id) DESC, 2`, id)
	if err == nil {
		p.timeline, err = s.timeline(ctx, `SELECT substr(m.date, 1, 4) AS year, count(DISTINCT m.id)
			FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
			WHERE pa.organisation_id = ? AND m.date IS NOT NULL GROUP BY year ORDER BY year`, id)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, "organisation.html", p)
}
