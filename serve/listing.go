package serve

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// A listing is a list page's sorting: the columns it sorts by (a name in
// ?sort= to an SQL expression) and the sort it starts with. ?sort=date
// sorts up, ?sort=-date down.
type listing struct {
	columns     map[string]string
	defaultSort string
}

// order returns the ORDER BY clause of the request's sort, and that sort
// (the default when the request names no column of the listing).
func (l listing) order(r *http.Request) (clause, sort string) {
	expr, sort := l.sortKey(r)
	return orderBy(expr, sort), sort
}

// sortKey returns the SQL expression of the request's sort column, and
// the sort.
func (l listing) sortKey(r *http.Request) (expr, sort string) {
	sort = r.URL.Query().Get("sort")
	if _, ok := l.columns[strings.TrimPrefix(sort, "-")]; !ok {
		sort = l.defaultSort
	}
	return l.columns[strings.TrimPrefix(sort, "-")], sort
}

// orderBy is the ORDER BY clause sorting by expr as sort says. NULLs come
// last either way: a missing date is not the newest nor the oldest.
func orderBy(expr, sort string) string {
	dir := " ASC"
	if strings.HasPrefix(sort, "-") {
		dir = " DESC"
	}
	return expr + " IS NULL, " + expr + dir
}

// sortLink is the query string of a column heading's link: the same
// filters, sorted by the column, the other way when it is the sort now.
func sortLink(values url.Values, col, current string) string {
	v := url.Values{}
	for k, vs := range values {
		if k != "page" && k != "sort" {
			v[k] = vs
		}
	}
	if current == col {
		col = "-" + col
	}
	v.Set("sort", col)
	return "?" + v.Encode()
}

// heading is a sortable column's heading: a link that sorts by it.
func heading(values url.Values, col, label, current string) template.HTML {
	return template.HTML(`<a href="` + template.HTMLEscapeString(sortLink(values, col, current)) + `">` +
		template.HTMLEscapeString(label+sortMark(col, current)) + `</a>`)
}

// sortMark is the arrow a column heading shows when the list is sorted by it.
func sortMark(col, current string) string {
	switch current {
	case col:
		return " ▲"
	case "-" + col:
		return " ▼"
	}
	return ""
}

// filters are the choices a list page narrows by. Status means what it
// means for the list: a meeting's (draft, approved), an action's (open,
// done…), a person's or organisation's attendance.
type filters struct {
	Body, Year, Status string
	Bodies, Years      []string `json:"-"`
	Statuses           []string `json:"-"`
}

// readFilters reads ?body=, ?year= and ?status= and the choices the page
// offers.
func (s *Server) readFilters(ctx context.Context, r *http.Request, statuses []string, defaultStatus string) (filters, error) {
	q := r.URL.Query()
	f := filters{Body: q.Get("body"), Year: q.Get("year"), Status: q.Get("status"), Statuses: statuses}
	if f.Status == "" {
		f.Status = defaultStatus
	}
	var err error
	f.Bodies, f.Years, err = s.filterChoices(ctx)
	return f, err
}

// where collects the conditions and arguments of a query's WHERE clause.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// String is the clause, "" when there is no condition.
func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// meetingFilters adds the body and year conditions on a meetings table
// aliased m.
func (w *where) meetingFilters(f filters) {
	if f.Body != "" {
		w.add("m.body = ?", f.Body)
	}
	if from, to, ok := yearSpan(f.Year); ok {
		w.add("m.date >= ? AND m.date < ?", from, to)
	}
}

// yearSpan turns "2018" into the dates from "2018" up to "2019", which
// compare as text with ISO dates.
func yearSpan(year string) (from, to string, ok bool) {
	y, err := strconv.Atoi(year)
	if err != nil || len(year) != 4 {
		return "", "", false
	}
	return year, strconv.Itoa(y + 1), true
}

// count runs a count(*) query.
func (s *Server) count(ctx context.Context, query string, args ...any) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, query, args...).Scan(&n)
	return n, err
}

// listed is the part of a list page's data every list has: its filters,
// sort, pager and the number of rows in all pages.
type listed struct {
	filters `json:"-"`
	Sort    string `json:"-"`
	Pager   pager  `json:"-"`
	Total   int    `json:"total" csv:"-"`
	// Truncated says a .json or .csv holds only the first ExportLimit rows.
	Truncated bool `json:"truncated" csv:"-"`
}

// Shown describes the rows of the page shown: "1–25 of 1,234 meetings",
// "1 meeting".
func (l listed) Shown(rows int, noun string) string {
	if rows == 0 || l.Total <= rows && l.Pager.Page == 1 {
		return plural(l.Total, noun)
	}
	first := (l.Pager.Page-1)*PageSize + 1
	return fmt.Sprintf("%s–%s of %s", number(first), number(first+rows-1), plural(l.Total, noun))
}

// trim ends a listing's rows at a page (HTML) or at ExportLimit (.json,
// .csv), noting whether more exist.
func trim[T any](r *http.Request, l *listed, rows []T) []T {
	if formatOf(r) == "html" || r.URL.Query().Get("page") != "" {
		if len(rows) > PageSize {
			rows, l.Pager.HasNext = rows[:PageSize], true
		}
		return rows
	}
	l.Truncated = l.Total > len(rows)
	return rows
}

// newListed starts a list page's data.
func newListed(r *http.Request, f filters, sort string) listed {
	return listed{filters: f, Sort: sort, Pager: pager{Page: pageNumber(r), Values: r.URL.Query()}}
}

// liveLink is the href of a document's link as the view shows it: only an
// absolute http, https or mailto URL is live; for a javascript:, data: or
// relative link (which would point into the view itself) it is "", and the
// page shows the link as text.
func liveLink(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
	case "mailto":
		if u.Opaque == "" {
			return ""
		}
	default:
		return ""
	}
	return u.String()
}
