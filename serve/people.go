package serve

import (
	"context"
	"database/sql"
	"net/http"
	"strings"

	"minutes/store"
)

// A named is a person or organisation in an index: how many meetings they
// attended (or, with a status filter, were listed with that attendance),
// the first and the last, and for an organisation how many people
// attended for it.
type named struct {
	ID          int64
	Name        string
	Meetings    int
	First, Last nstring
	People      nint `json:"people,omitempty"`
}

type indexPage struct {
	page `json:"-"`
	listed
	Kind   string  `json:"-"` // "people" or "organisations"
	Filter string  `json:"-"`
	Rows   []named `json:"rows"`
}

// attendanceStatuses are the status filter of people and organisations:
// how they were listed at a meeting. "attended" (the default) is present,
// remote or by proxy; "listed" is any.
var attendanceStatuses = []string{"attended", "present", "remote", "proxy", "apologies", "absent", "listed"}

var indexListing = listing{columns: map[string]string{
	"name": "x.name", "meetings": "meetings", "first": "first", "last": "last", "people": "people",
}, defaultSort: "name"}

// handlePeople lists people with the meetings each attended; ?q= filters
// by name, diacritics and case ignored, and body, year and status by the
// meetings counted.
func (s *Server) handlePeople(w http.ResponseWriter, r *http.Request) {
	s.index(w, r, "people", "person_id", "people")
}

// handleOrganisations lists organisations like handlePeople, with the
// number of people who attended for each.
func (s *Server) handleOrganisations(w http.ResponseWriter, r *http.Request) {
	s.index(w, r, "organisations", "organisation_id", "organisations")
}

func (s *Server) index(w http.ResponseWriter, r *http.Request, kind, idColumn, table string) {
	ctx, cancel := queryContext(r)
	defer cancel()
	f, err := s.readFilters(ctx, r, attendanceStatuses, "attended")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	key, sort := indexListing.sortKey(r)
	title := "People"
	if kind == "organisations" {
		title = "Organisations"
	}
	p := indexPage{page: page{Title: title}, listed: newListed(r, f, sort), Kind: kind, Filter: r.URL.Query().Get("q")}
	// The meetings counted are those of the filters. Everyone is listed,
	// with 0 meetings if need be, unless a filter asks for meetings.
	var on, byName where
	on.meetingFilters(f)
	switch f.Status {
	case "attended":
		on.add(attendedCond)
	case "listed":
	default:
		on.add("pa.attendance = ?", f.Status)
	}
	on.conds = append([]string{"pa." + idColumn + " = x.id"}, on.conds...)
	if k := store.NameKey(p.Filter); k != "" {
		byName.add("x.key LIKE '%' || ? || '%'", k)
	}
	needsMeetings := f.Body != "" || f.Year != "" || (f.Status != "attended" && f.Status != "listed")
	people := "NULL"
	if kind == "organisations" {
		people = "count(DISTINCT pa.person_id)"
	}
	// Each row's figures, as queries of the row x.
	figure := func(expr string) string {
		return `(SELECT ` + expr + ` FROM participants pa JOIN meetings m ON m.id = pa.meeting_id` + on.String() + `)`
	}
	figures := `SELECT x.id, x.name, ` + figure("count(DISTINCT m.id)") + ` AS meetings, ` + figure("min(m.date)") + ` AS first, ` +
		figure("max(m.date)") + ` AS last, ` + figure(people) + ` AS people FROM ` + table + ` x` + byName.String()
	args := append(append(append(append(append([]any{}, on.args...), on.args...), on.args...), on.args...), byName.args...)
	limit, offset := window(r)
	var query string
	var queryArgs []any
	if key == "x.name" && !needsMeetings {
		// Sorted by name: the page's rows are chosen by name, and only
		// they are counted.
		if p.Total, err = s.count(ctx, `SELECT count(*) FROM `+table+` x`+byName.String(), byName.args...); err != nil {
			s.fail(w, r, err)
			return
		}
		query = `SELECT x.id, x.name, ` + figure("count(DISTINCT m.id)") + `, ` + figure("min(m.date)") + `, ` + figure("max(m.date)") + `, ` + figure(people) +
			` FROM (SELECT x.* FROM ` + table + ` x` + byName.String() + ` ORDER BY ` + orderBy(key, sort) + `, x.id LIMIT ? OFFSET ?) x ORDER BY ` + orderBy(key, sort) + `, x.id`
		queryArgs = append(append(append(append(append(append([]any{}, on.args...), on.args...), on.args...), on.args...), byName.args...), limit, offset)
	} else {
		having := ""
		if needsMeetings {
			having = " WHERE meetings > 0"
		}
		grouped := `SELECT * FROM (` + figures + `)` + having
		if p.Total, err = s.count(ctx, `SELECT count(*) FROM (`+grouped+`)`, args...); err != nil {
			s.fail(w, r, err)
			return
		}
		query = grouped + ` ORDER BY ` + orderBy(strings.TrimPrefix(key, "x."), sort) + `, name LIMIT ? OFFSET ?`
		queryArgs = append(args, limit, offset)
	}
	err = s.each(ctx, query, queryArgs, func(rows *sql.Rows) error {
		var n named
		if err := rows.Scan(&n.ID, &n.Name, &n.Meetings, &n.First, &n.Last, &n.People); err != nil {
			return err
		}
		p.Rows = append(p.Rows, n)
		return nil
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Rows = trim(r, &p.listed, p.Rows)
	s.respond(w, r, "index.html", &p)
}

// An attended is a meeting a person attended.
type attended struct {
	MeetingID                                              int64
	Date, Meeting, Body, Organisation, Country, Role, Mode nstring
}

// A yearCount is a bar of the timeline chart.
type yearCount struct {
	Year  string
	Count int
}

// A timeline is the chart of meetings per year on person and organisation
// pages; MaxYear scales its bars.
type timeline struct {
	Years   []yearCount `json:"meetings_per_year"`
	MaxYear int         `json:"-"`
}

// timeline reads the chart of the meetings a person or organisation (the
// participants' column person_id or organisation_id) attended per year:
// the count of the attendance_per_person view, by the column's index
// rather than over everyone.
func (s *Server) timeline(ctx context.Context, column string, id int64) (timeline, error) {
	var t timeline
	err := s.each(ctx, `SELECT substr(m.date, 1, 4) AS year, count(DISTINCT m.id)
		FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
		WHERE pa.`+column+` = ? AND `+attendedCond+` AND m.date IS NOT NULL GROUP BY year ORDER BY year`, []any{id}, func(rows *sql.Rows) error {
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
	ID          nint
	Name        string
	First, Last nstring
	Meetings    int
}

type presentation struct {
	MeetingID           int64
	Date, Title, Number nstring
}

type personPage struct {
	page      `json:"-"`
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
	s.respond(w, r, "person.html", &p)
}

func (s *Server) personMeetings(ctx context.Context, p *personPage) error {
	err := s.each(ctx, `SELECT meeting_id, date, meeting, body, organisation, country, role, attendance
		FROM attendance WHERE person_id = ? ORDER BY date DESC`, []any{p.ID}, func(rows *sql.Rows) error {
		var a attended
		if err := rows.Scan(&a.MeetingID, &a.Date, &a.Meeting, &a.Body, &a.Organisation, &a.Country, &a.Role, &a.Mode); err != nil {
			return err
		}
		p.Attended = append(p.Attended, a)
		return nil
	})
	if err != nil {
		return err
	}
	p.timeline, err = s.timeline(ctx, "person_id", p.ID)
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
	p.Actions, err = s.histories(ctx, ` WHERE h.action_key IN (SELECT action_key FROM actions WHERE owner_id = ?) ORDER BY h.first_date, h.action_id`, p.ID)
	return err
}

type orgPage struct {
	page `json:"-"`
	ID   int64
	Name string
	timeline
	// MeetingCount is how many meetings it attended; Meetings holds a
	// page of them, newest first (every one in .json and .csv).
	MeetingCount  int
	Meetings      []orgMeeting
	Pager         pager `json:"-"`
	limit, offset int
	Members       []period // people who attended for it, first and last meeting
	ByYear        []yearPeople
}

// An orgMeeting is a meeting an organisation attended, and who came for it.
type orgMeeting struct {
	MeetingID           int64
	Date, Meeting, Body nstring
	People              string
}

// A yearPeople is who attended for an organisation in a year.
type yearPeople struct {
	Year   string
	People string
}

func (s *Server) handleOrganisation(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := queryContext(r)
	defer cancel()
	p := orgPage{ID: id, Pager: pager{Page: pageNumber(r), Values: r.URL.Query()}}
	p.limit, p.offset = window(r)
	if err := s.db.QueryRowContext(ctx, `SELECT name FROM organisations WHERE id = ?`, id).Scan(&p.Name); err != nil {
		s.fail(w, r, err)
		return
	}
	p.Title = p.Name
	for _, step := range []func(context.Context, *orgPage) error{s.orgMeetings, s.orgPeople} {
		if err := step(ctx, &p); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	s.respond(w, r, "organisation.html", &p)
}

// orgMeetings reads the meetings an organisation attended, newest first,
// and the chart of them per year.
func (s *Server) orgMeetings(ctx context.Context, p *orgPage) error {
	var err error
	if p.MeetingCount, err = s.count(ctx, `SELECT count(DISTINCT pa.meeting_id) FROM participants pa WHERE pa.organisation_id = ? AND `+attendedCond, p.ID); err != nil {
		return err
	}
	err = s.each(ctx, `SELECT m.id, m.date, m.title, m.body, group_concat(DISTINCT COALESCE(pe.name, pa.name))
		FROM participants pa JOIN meetings m ON m.id = pa.meeting_id LEFT JOIN people pe ON pe.id = pa.person_id
		WHERE pa.organisation_id = ? AND `+attendedCond+`
		GROUP BY m.id ORDER BY m.date DESC, m.id DESC LIMIT ? OFFSET ?`, []any{p.ID, p.limit, p.offset}, func(rows *sql.Rows) error {
		var m orgMeeting
		if err := rows.Scan(&m.MeetingID, &m.Date, &m.Meeting, &m.Body, &m.People); err != nil {
			return err
		}
		m.People = strings.ReplaceAll(m.People, ",", ", ")
		p.Meetings = append(p.Meetings, m)
		return nil
	})
	if err != nil {
		return err
	}
	if len(p.Meetings) == PageSize+1 && p.limit == PageSize+1 {
		p.Meetings, p.Pager.HasNext = p.Meetings[:PageSize], true
	}
	p.timeline, err = s.timeline(ctx, "organisation_id", p.ID)
	return err
}

// orgPeople reads the people who attended for an organisation: each with
// their first and last meeting, and who came in each year.
func (s *Server) orgPeople(ctx context.Context, p *orgPage) error {
	var err error
	p.Members, err = s.periods(ctx, `SELECT pa.person_id, COALESCE(pe.name, pa.name), min(m.date), max(m.date), count(DISTINCT m.id)
		FROM participants pa JOIN meetings m ON m.id = pa.meeting_id LEFT JOIN people pe ON pe.id = pa.person_id
		WHERE pa.organisation_id = ? AND `+attendedCond+` GROUP BY COALESCE(pe.name, pa.name) ORDER BY min(m.date), 2`, p.ID)
	if err != nil {
		return err
	}
	return s.each(ctx, `SELECT year, group_concat(name, ', ') FROM (
			SELECT DISTINCT substr(m.date, 1, 4) AS year, COALESCE(pe.name, pa.name) AS name
			FROM participants pa JOIN meetings m ON m.id = pa.meeting_id LEFT JOIN people pe ON pe.id = pa.person_id
			WHERE pa.organisation_id = ? AND `+attendedCond+` AND m.date IS NOT NULL ORDER BY year, name)
		GROUP BY year ORDER BY year DESC`, []any{p.ID}, func(rows *sql.Rows) error {
		var y yearPeople
		if err := rows.Scan(&y.Year, &y.People); err != nil {
			return err
		}
		p.ByYear = append(p.ByYear, y)
		return nil
	})
}
