package serve

import (
	"context"
	"database/sql"
	"net/http"
)

// A history is one action across meetings, with each time it was
// recorded.
type history struct {
	Key, ActionID, Body, Owner, Text  sql.NullString
	FirstDate, LatestDate, ClosedDate sql.NullString
	FirstStatus, LatestStatus         sql.NullString
	Events                            []event
}

// An event is one meeting's record of an action.
type event struct {
	MeetingID    int64
	Date, Status sql.NullString
}

type actionsPage struct {
	page
	All     bool // every action, not only the open ones
	Actions []history
	Pager   pager
}

// handleActions is the tracker: open actions across meetings, oldest
// first, with their status history; ?all=1 shows closed ones too.
func (s *Server) handleActions(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := queryContext(r)
	defer cancel()
	p := actionsPage{page: page{Title: "Actions"}, All: r.URL.Query().Get("all") != "",
		Pager: pager{Page: pageNumber(r), Values: r.URL.Query()}}
	view := "open_actions"
	if p.All {
		view = "action_history"
	}
	var err error
	p.Actions, err = s.histories(ctx, `SELECT action_key FROM `+view+` ORDER BY first_date, action_id LIMIT ? OFFSET ?`,
		PageSize+1, (p.Pager.Page-1)*PageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(p.Actions) > PageSize {
		p.Actions, p.Pager.HasNext = p.Actions[:PageSize], true
	}
	s.render(w, "actions.html", p)
}

// histories reads the action history of each action key the query
// returns, with its events.
func (s *Server) histories(ctx context.Context, keysQuery string, args ...any) ([]history, error) {
	keys, err := s.strings(ctx, keysQuery, args...)
	if err != nil {
		return nil, err
	}
	out := make([]history, 0, len(keys))
	for _, key := range keys {
		var h history
		err := s.db.QueryRowContext(ctx, `SELECT action_key, action_id, body, owner, text, first_date, latest_date, closed_date, first_status, latest_status
			FROM action_history WHERE action_key = ?`, key).Scan(&h.Key, &h.ActionID, &h.Body, &h.Owner, &h.Text,
			&h.FirstDate, &h.LatestDate, &h.ClosedDate, &h.FirstStatus, &h.LatestStatus)
		if err != nil {
			return nil, err
		}
		err = s.each(ctx, `SELECT meeting_id, date, status FROM action_events WHERE action_key = ? ORDER BY date, id`, []any{key},
			func(rows *sql.Rows) error {
				var e event
				if err := rows.Scan(&e.MeetingID, &e.Date, &e.Status); err != nil {
					return err
				}
				h.Events = append(h.Events, e)
				return nil
			})
		if err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, nil
}
