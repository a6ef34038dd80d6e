package serve

import (
	"context"
	"database/sql"
	"net/http"
	"strconv"
	"strings"
)

// A history is one action across meetings (a row of action_history), with
// each time it was recorded; its id, owner and text are those of its first
// record, its meeting and status those of its latest.
type history struct {
	Key                   string `json:"action_key"`
	ActionID, Text, Body  nstring
	Owner                 nstring
	OwnerID               nint
	Status                nstring // the latest
	MeetingID             nint    // the latest meeting that recorded it
	Meeting               nstring
	FirstDate, LatestDate nstring
	Events                []event `json:"history"`
}

// An event is one meeting's record of an action.
type event struct {
	MeetingID    int64
	Date, Status string
}

type actionsPage struct {
	page `json:"-"`
	listed
	Owner   string    `json:"-"`
	Problem string    `json:"-"` // why the owner filter could not be read
	Actions []history `json:"actions"`
}

// actionStatuses are the tracker's status filter: "open" is open, ongoing
// or unknown (the open_actions view); "closed" done, superseded or
// cancelled; "any" every action.
var actionStatuses = []string{"open", "closed", "any", "ongoing", "done", "superseded", "cancelled"}

var actionsListing = listing{columns: map[string]string{
	"id": "h.action_id", "action": "h.text", "body": "h.body", "meeting": "h.latest_date", "owner": "h.owner",
	"status": "h.latest_status", "first": "h.first_date", "latest": "h.latest_date",
}, defaultSort: "first"}

// handleActions is the tracker: actions across meetings with their body,
// latest meeting, owner and status, filtered by body, the year they were
// raised, status (open ones at first) and owner, and sorted by any column.
func (s *Server) handleActions(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := queryContext(r)
	defer cancel()
	q := r.URL.Query()
	status := "open"
	if q.Get("all") != "" { // the tracker's old link to every action
		status = "any"
	}
	f, err := s.readFilters(ctx, r, actionStatuses, status)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	order, sort := actionsListing.order(r)
	p := actionsPage{page: page{Title: "Actions"}, listed: newListed(r, f, sort), Owner: strings.TrimSpace(q.Get("owner"))}
	var cond where
	if f.Body != "" {
		cond.add("h.body = ?", f.Body)
	}
	if from, to, ok := yearSpan(f.Year); ok {
		cond.add("h.first_date >= ? AND h.first_date < ?", from, to)
	}
	switch f.Status {
	case "open":
		cond.add("(h.latest_status IS NULL OR h.latest_status IN ('open', 'ongoing'))")
	case "closed":
		cond.add("h.latest_status IN ('done', 'superseded', 'cancelled')")
	case "any", "":
	default:
		cond.add("h.latest_status = ?", f.Status)
	}
	if p.Owner != "" {
		match, err := ownerMatch(p.Owner)
		if err != nil {
			p.Problem = err.Error()
			s.respond(w, r, "actions.html", &p)
			return
		}
		cond.add("h.action_key IN (SELECT action_key FROM actions WHERE "+ownedBy("")+")", match, match)
	}
	if p.Total, err = s.count(ctx, `SELECT count(*) FROM action_history h`+cond.String(), cond.args...); err != nil {
		s.fail(w, r, err)
		return
	}
	limit, offset := window(r)
	p.Actions, err = s.histories(ctx, cond.String()+` ORDER BY `+order+`, h.action_id LIMIT ? OFFSET ?`, append(cond.args, limit, offset)...)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Actions = trim(r, &p.listed, p.Actions)
	s.respond(w, r, "actions.html", &p)
}

// ownedBy holds for an action (of the actions table, its columns prefixed
// by alias) whose owner, as written or as the person it is linked to,
// matches the FTS5 query given twice as arguments.
func ownedBy(alias string) string {
	return `(` + alias + `id IN (SELECT rowid FROM actions_fts WHERE actions_fts MATCH '{owner} : (' || ? || ')')
	OR ` + alias + `owner_id IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?))`
}

// histories reads the tracker's rows of action_history h that the clause
// (WHERE, ORDER BY, LIMIT) selects, each with its records.
func (s *Server) histories(ctx context.Context, clause string, args ...any) ([]history, error) {
	var out []history
	err := s.each(ctx, `SELECT x.*, m.title FROM (
	SELECT h.action_key, h.action_id, h.text, h.body, h.owner, h.latest_status, h.first_date, h.latest_date,
		(SELECT owner_id FROM actions a WHERE a.action_key = h.action_key AND a.owner_id IS NOT NULL LIMIT 1),
		(SELECT group_concat(meeting_id || ' ' || COALESCE(date, '') || ' ' || COALESCE(status, ''), char(10))
			FROM (SELECT e.meeting_id, e.date, e.status FROM action_events e WHERE e.action_key = h.action_key ORDER BY e.date, e.id)) AS events
	FROM action_history h`+clause+`) x
LEFT JOIN meetings m ON m.id = (SELECT a.meeting_id FROM actions a JOIN meetings lm ON lm.id = a.meeting_id
	WHERE a.action_key = x.action_key ORDER BY lm.date DESC, a.id DESC LIMIT 1)`, args, func(rows *sql.Rows) error {
		var h history
		var events sql.NullString
		if err := rows.Scan(&h.Key, &h.ActionID, &h.Text, &h.Body, &h.Owner, &h.Status, &h.FirstDate, &h.LatestDate,
			&h.OwnerID, &events, &h.Meeting); err != nil {
			return err
		}
		for _, line := range strings.Split(events.String, "\n") {
			id, rest, _ := strings.Cut(line, " ")
			date, status, _ := strings.Cut(rest, " ")
			if n, err := strconv.ParseInt(id, 10, 64); err == nil {
				h.Events = append(h.Events, event{MeetingID: n, Date: date, Status: status})
				h.MeetingID = nint{sql.NullInt64{Int64: n, Valid: true}}
			}
		}
		out = append(out, h)
		return nil
	})
	return out, err
}
