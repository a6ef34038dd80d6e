package serve

import (
	"context"
	"database/sql"
	"net/http"
)

// A history is one action across meetings, with each time it was
// recorded; its id, owner and text are those of its first record.
type history struct {
	Key                   string
	ActionID, Owner, Text sql.NullString
	Events                []event
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

// histories reads the history of each action key the query returns, from
// the key's records (action_events, by the key's index).
func (s *Server) histories(ctx context.Context, keysQuery string, args ...any) ([]history, error) {
	keys, err := s.strings(ctx, keysQuery, args...)
	if err != nil {
		return nil, err
	}
	out := make([]history, 0, len(keys))
	for _, key := range keys {
		h := history{Key: key}
		err = s.each(ctx, `SELECT meeting_id, date, status, action_id, owner_name, text FROM action_events
			WHERE action_key = ? ORDER BY date, id`, []any{key}, func(rows *sql.Rows) error {
			var e event
			var id, owner, text sql.NullString
			if err := rows.Scan(&e.MeetingID, &e.Date, &e.Status, &id, &owner, &text); err != nil {
				return err
			}
			if len(h.Events) == 0 {
				h.ActionID, h.Owner, h.Text = id, owner, text
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
