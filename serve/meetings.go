package serve

import (
	"context"
	"database/sql"
	"net/http"
	"slices"
)

// A meetingRow is a meeting in a listing.
type meetingRow struct {
	ID                                               int64
	Date                                             nstring
	Title, Body                                      nstring
	Number                                           nint
	City, Country, Status                            nstring
	Attendees, ItemCount, DecisionCount, ActionCount int
}

type meetingsPage struct {
	page `json:"-"`
	listed
	Meetings []meetingRow `json:"meetings"`
}

// meetingStatuses are the statuses a meeting's minutes can have.
var meetingStatuses = []string{"draft", "approved"}

// meetingCounts are the counts a meeting's row shows, each a query of
// the meeting m.
var meetingCounts = map[string]string{
	"attendees": `(SELECT count(*) FROM participants pa WHERE pa.meeting_id = m.id AND ` + attendedCond + `)`,
	"items":     `(SELECT count(*) FROM items i WHERE i.meeting_id = m.id)`,
	"decisions": `(SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id)`,
	"actions":   `(SELECT count(*) FROM actions a WHERE a.meeting_id = m.id)`,
}

var meetingsListing = listing{columns: map[string]string{
	"date": "m.date", "title": "m.title", "body": "m.body", "number": "m.number", "place": "m.city", "status": "m.status",
	"attendees": meetingCounts["attendees"], "items": meetingCounts["items"], "decisions": meetingCounts["decisions"], "actions": meetingCounts["actions"],
}, defaultSort: "-date"}

// handleMeetings lists meetings, newest first, filtered by body, year and
// status and sorted by any column. The page's meetings are chosen first,
// and only they are counted: sorting by date needs no count at all.
func (s *Server) handleMeetings(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := queryContext(r)
	defer cancel()
	f, err := s.readFilters(ctx, r, meetingStatuses, "")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	key, sort := meetingsListing.sortKey(r)
	p := meetingsPage{page: page{Title: "Meetings"}, listed: newListed(r, f, sort)}
	var cond where
	cond.meetingFilters(f)
	if f.Status != "" {
		cond.add("m.status = ?", f.Status)
	}
	if p.Total, err = s.count(ctx, `SELECT count(*) FROM meetings m`+cond.String(), cond.args...); err != nil {
		s.fail(w, r, err)
		return
	}
	limit, offset := window(r)
	err = s.each(ctx, `SELECT m.id, m.date, m.title, m.body, m.number, m.city, m.country, m.status,
		`+meetingCounts["attendees"]+`, `+meetingCounts["items"]+`, `+meetingCounts["decisions"]+`, `+meetingCounts["actions"]+`
		FROM (SELECT m.*, `+key+` AS sort_key FROM meetings m`+cond.String()+` ORDER BY `+orderBy(key, sort)+`, m.id DESC LIMIT ? OFFSET ?) m
		ORDER BY `+orderBy("m.sort_key", sort)+`, m.id DESC`,
		append(cond.args, limit, offset), func(rows *sql.Rows) error {
			var m meetingRow
			if err := rows.Scan(&m.ID, &m.Date, &m.Title, &m.Body, &m.Number, &m.City, &m.Country, &m.Status,
				&m.Attendees, &m.ItemCount, &m.DecisionCount, &m.ActionCount); err != nil {
				return err
			}
			p.Meetings = append(p.Meetings, m)
			return nil
		})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Meetings = trim(r, &p.listed, p.Meetings)
	s.respond(w, r, "meetings.html", &p)
}

// attendedCond holds for a participant (pa) who attended: present, remote,
// by proxy, or listed without saying how.
const attendedCond = `(pa.attendance IS NULL OR pa.attendance IN ('present', 'remote', 'proxy'))`

// A meeting is everything the meeting page shows.
type meeting struct {
	meetingRow
	EndDate, Venue, Status, PreviousDate nstring
	PreviousApproved                     nbool
	DocumentID                           int64
	Path, SHA256, Format, Encoding       string
	Pages                                nint
	Items                                []item
	Decisions                            []decision
	Actions                              []action
	Participants                         []participant
	NextMeetings                         []nextMeeting
	Links                                []string
	Warnings                             []warning
	Scan                                 string // how its scanned pages were read (scan.go), "" when it has none
}

type item struct {
	ID                  int64
	Number, Title, Text nstring
	Page                nint // where its heading stands in the original
	Presenters          []personRef
	Links               []string
}

type personRef struct {
	ID   nint
	Name string
}

type decision struct {
	RowID                 int64   `json:"id"`
	ID                    nstring `json:"decision_id"`
	Text, Item, Kind      nstring
	For, Against, Abstain nint
	Unanimous             nbool
}

type action struct {
	ID                                       int64
	ActionID, Owner, Text, Status, Item, Key nstring
	OwnerID                                  nint
}

type participant struct {
	PersonID, OrganisationID                             nint
	Name, Organisation, Country, Role, Attendance, Short nstring
}

type nextMeeting struct {
	Date, EndDate, City, Country, Host nstring
}

type warning struct {
	Stage      nstring
	Page, Line nint
	Message    string
}

type meetingPage struct {
	page    `json:"-"`
	Meeting meeting `json:",inline"`
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
	s.respond(w, r, "meeting.html", &meetingPage{page: page{Title: title}, Meeting: m})
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
	if m.Links, err = s.strings(ctx, `SELECT url FROM links WHERE document_id = ? ORDER BY position`, m.DocumentID); err != nil {
		return m, err
	}
	m.ItemCount, m.DecisionCount, m.ActionCount = len(m.Items), len(m.Decisions), len(m.Actions)
	for _, p := range m.Participants {
		if !p.Attendance.Valid || slices.Contains([]string{"present", "remote", "proxy"}, p.Attendance.String) {
			m.Attendees++
		}
	}
	return m, nil
}

func (s *Server) meetingItems(ctx context.Context, m *meeting) error {
	err := s.each(ctx, `SELECT id, number, title, text, page FROM items WHERE meeting_id = ? ORDER BY position`, []any{m.ID},
		func(rows *sql.Rows) error {
			var it item
			if err := rows.Scan(&it.ID, &it.Number, &it.Title, &it.Text, &it.Page); err != nil {
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
	return s.each(ctx, `SELECT id, decision_id, text, item, kind, votes_for, votes_against, votes_abstain, unanimous
		FROM decisions WHERE meeting_id = ? ORDER BY position`, []any{m.ID}, func(rows *sql.Rows) error {
		var d decision
		if err := rows.Scan(&d.RowID, &d.ID, &d.Text, &d.Item, &d.Kind, &d.For, &d.Against, &d.Abstain, &d.Unanimous); err != nil {
			return err
		}
		m.Decisions = append(m.Decisions, d)
		return nil
	})
}

func (s *Server) meetingActions(ctx context.Context, m *meeting) error {
	return s.each(ctx, `SELECT id, action_id, owner, owner_id, text, status, item, action_key
		FROM actions WHERE meeting_id = ? ORDER BY position`, []any{m.ID}, func(rows *sql.Rows) error {
		var a action
		if err := rows.Scan(&a.ID, &a.ActionID, &a.Owner, &a.OwnerID, &a.Text, &a.Status, &a.Item, &a.Key); err != nil {
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
	id, ok := s.fileID(w, r)
	if !ok {
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
