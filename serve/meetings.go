package serve

import (
	"context"
	"database/sql"
	"net/http"
)

// A meetingRow is a meeting in a listing.
type meetingRow struct {
	ID                               int64
	Title, Body, Date, City, Country sql.NullString
	Number                           sql.NullInt64
}

type meetingsPage struct {
	page
	Body     string
	Bodies   []string
	Meetings []meetingRow
	Pager    pager
}

// handleMeetings lists meetings, newest first, optionally of one body.
func (s *Server) handleMeetings(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := queryContext(r)
	defer cancel()
	p := meetingsPage{page: page{Title: "Meetings"}, Body: r.URL.Query().Get("body"),
		Pager: pager{Page: pageNumber(r), Values: r.URL.Query()}}
	var err error
	if p.Bodies, _, err = s.filterChoices(ctx); err != nil {
		s.fail(w, r, err)
		return
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, body, date, city, country, number FROM meetings
		WHERE ?1 = '' OR body = ?1 ORDER BY date DESC, id DESC LIMIT ?2 OFFSET ?3`,
		p.Body, PageSize+1, (p.Pager.Page-1)*PageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var m meetingRow
		if err := rows.Scan(&m.ID, &m.Title, &m.Body, &m.Date, &m.City, &m.Country, &m.Number); err != nil {
			s.fail(w, r, err)
			return
		}
		p.Meetings = append(p.Meetings, m)
	}
	if len(p.Meetings) > PageSize {
		p.Meetings, p.Pager.HasNext = p.Meetings[:PageSize], true
	}
	s.render(w, "meetings.html", p)
}

// A meeting is everything the meeting page shows.
type meeting struct {
	meetingRow
	EndDate, Venue, Status, PreviousDate sql.NullString
	PreviousApproved                     sql.NullBool
	DocumentID                           int64
	Path, SHA256, Format, Encoding       string
	Pages                                sql.NullInt64
	Items                                []item
	Decisions                            []decision
	Actions                              []action
	Participants                         []participant
	NextMeetings                         []nextMeeting
	Warnings                             []warning
	Scan                                 string // how its scanned pages were read (scan.go), "" when it has none
}

type item struct {
	ID                  int64
	Number, Title, Text sql.NullString
	Presenters          []personRef
	Links               []string
}

type personRef struct {
	ID   sql.NullInt64
	Name string
}

type decision struct {
	ID, Text, Item, Kind  sql.NullString
	For, Against, Abstain sql.NullInt64
	Unanimous             sql.NullBool
}

type action struct {
	ActionID, Owner, Text, Status, Item, Key sql.NullString
	OwnerID                                  sql.NullInt64
}

type participant struct {
	PersonID, OrganisationID                             sql.NullInt64
	Name, Organisation, Country, Role, Attendance, Short sql.NullString
}

type nextMeeting struct {
	Date, EndDate, City, Country, Host sql.NullString
}

type warning struct {
	Stage      sql.NullString
	Page, Line sql.NullInt64
	Message    string
}

type meetingPage struct {
	page
	Meeting meeting
}

func (s *Server) handleMeeting(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := queryContext(r)
	defer cancel()
	m, err := s.meeting(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	title := m.Title.String
	if title == "" {
		title = "Meeting of " + m.Date.String
	}
	s.render(w, "meeting.html", meetingPage{page: page{Title: title}, Meeting: m})
}

// meeting reads a meeting and all it holds.
func (s *Server) meeting(ctx context.Context, id int64) (meeting, error) {
	var m meeting
	err := s.db.QueryRowContext(ctx, `
SELECT m.id, m.title, m.body, m.date, m.city, m.country, m.number, m.end_date, m.venue, m.status,
       m.previous_minutes_date, m.previous_minutes_approved,
       d.id, d.path, d.sha256, d.format, COALESCE(d.encoding, ''), d.pages
FROM meetings m JOIN documents d ON d.id = m.document_id WHERE m.id = ?`, id).Scan(
		&m.ID, &m.Title, &m.Body, &m.Date, &m.City, &m.Country, &m.Number, &m.EndDate, &m.Venue, &m.Status,
		&m.PreviousDate, &m.PreviousApproved, &m.DocumentID, &m.Path, &m.SHA256, &m.Format, &m.Encoding, &m.Pages)
	if err != nil {
		return m, err
	}
	steps := []func(context.Context, *meeting) error{s.meetingItems, s.meetingDecisions, s.meetingActions,
		s.meetingParticipants, s.meetingNext, s.meetingWarnings, s.meetingScan}
	for _, step := range steps {
		if err := step(ctx, &m); err != nil {
			return m, err
		}
	}
	return m, nil
}

func (s *Server) meetingItems(ctx context.Context, m *meeting) error {
	err := s.each(ctx, `SELECT id, number, title, text FROM items WHERE meeting_id = ? ORDER BY position`, []any{m.ID},
		func(rows *sql.Rows) error {
			var it item
			if err := rows.Scan(&it.ID, &it.Number, &it.Title, &it.Text); err != nil {
				return err
			}
			m.Items = append(m.Items, it)
			return nil
		})
	if err != nil {
		return err
	}
	for i := range m.Items {
		it := &m.Items[i]
		err := s.each(ctx, `SELECT person_id, name FROM presenters WHERE item_id = ? ORDER BY position`, []any{it.ID},
			func(rows *sql.Rows) error {
				var p personRef
				if err := rows.Scan(&p.ID, &p.Name); err != nil {
					return err
				}
				it.Presenters = append(it.Presenters, p)
				return nil
			})
		if err != nil {
			return err
		}
		if it.Links, err = s.strings(ctx, `SELECT url FROM item_links WHERE item_id = ? ORDER BY position`, it.ID); err != nil {
			return err
		}
	}
	return nil
}

func (s *Server) meetingDecisions(ctx context.Context, m *meeting) error {
	return s.each(ctx, `SELECT decision_id, text, item, kind, votes_for, votes_against, votes_abstain, unanimous
		FROM decisions WHERE meeting_id = ? ORDER BY position`, []any{m.ID}, func(rows *sql.Rows) error {
		var d decision
		if err := rows.Scan(&d.ID, &d.Text, &d.Item, &d.Kind, &d.For, &d.Against, &d.Abstain, &d.Unanimous); err != nil {
			return err
		}
		m.Decisions = append(m.Decisions, d)
		return nil
	})
}

func (s *Server) meetingActions(ctx context.Context, m *meeting) error {
	return s.each(ctx, `SELECT action_id, owner, owner_id, text, status, item, action_key
		FROM actions WHERE meeting_id = ? ORDER BY position`, []any{m.ID}, func(rows *sql.Rows) error {
		var a action
		if err := rows.Scan(&a.ActionID, &a.Owner, &a.OwnerID, &a.Text, &a.Status, &a.Item, &a.Key); err != nil {
			return err
		}
		m.Actions = append(m.Actions, a)
		return nil
	})
}

func (s *Server) meetingParticipants(ctx context.Context, m *meeting) error {
	return s.each(ctx, `SELECT person_id, organisation_id, name, organisation, country, role, attendance, short
		FROM participants WHERE meeting_id = ? ORDER BY position`, []any{m.ID}, func(rows *sql.Rows) error {
		var p participant
		if err := rows.Scan(&p.PersonID, &p.OrganisationID, &p.Name, &p.Organisation, &p.Country, &p.Role, &p.Attendance, &p.Short); err != nil {
			return err
		}
		m.Participants = append(m.Participants, p)
		return nil
	})
}

func (s *Server) meetingNext(ctx context.Context, m *meeting) error {
	return s.each(ctx, `SELECT date, end_date, city, country, host FROM next_meetings WHERE meeting_id = ? ORDER BY position`,
		[]any{m.ID}, func(rows *sql.Rows) error {
			var n nextMeeting
			if err := rows.Scan(&n.Date, &n.EndDate, &n.City, &n.Country, &n.Host); err != nil {
				return err
			}
			m.NextMeetings = append(m.NextMeetings, n)
			return nil
		})
}

func (s *Server) meetingWarnings(ctx context.Context, m *meeting) error {
	return s.each(ctx, `SELECT stage, page, line, message FROM warnings WHERE document_id = ? ORDER BY position`,
		[]any{m.DocumentID}, func(rows *sql.Rows) error {
			var wn warning
			if err := rows.Scan(&wn.Stage, &wn.Page, &wn.Line, &wn.Message); err != nil {
				return err
			}
			m.Warnings = append(m.Warnings, wn)
			return nil
		})
}

// handleMeetingText serves the document's repaired text as plain text.
func (s *Server) handleMeetingText(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := queryContext(r)
	defer cancel()
	var text string
	if err := s.db.QueryRowContext(ctx, `SELECT d.text FROM meetings m JOIN documents d ON d.id = m.document_id WHERE m.id = ?`, id).Scan(&text); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte(text))
}

// each runs a query and calls fn for every row.
func (s *Server) each(ctx context.Context, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
