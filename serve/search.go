package serve

import (
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"minutes/store"
)

// SearchCap bounds how many matches of each kind a search ranks: the best
// ones by relevance. A query that matches more — a common word in a big
// archive — shows those, says "1,000+" and that the list is cut; more
// words, a year or a body narrow it. Without the bound such a query would
// rank every item of the archive.
const SearchCap = 1000

// GroupSize is how many hits of each kind the results page shows before
// its link to all of them.
const GroupSize = 5

// A kind is something a search finds: its name in ?kind=, its heading,
// and the SQL of its candidates and of the hits shown.
type kind struct {
	Name, Label string
	// candidates selects (id, date, rank) of the rows matching ?1, best
	// first; %s is the extra WHERE conditions of the filters, on a
	// meetings table m. LIMIT is added.
	candidates string
	// filtered is candidates for a search with filters (a join before
	// ranking); "" when candidates serves both.
	filtered string
	// driven is filtered led by the meetings the filters leave, each row
	// matched on its own: for filters that leave few meetings. Its rows
	// are not ranked (ranking one row costs as much as ranking all the
	// matches of a common word), so they come newest first.
	driven string
	// details reads one hit by id (?1) with the snippet of the match (?2).
	details func(ctx context.Context, s *Server, id int64, match string) (hit, error)
}

// A hit is one search result, with the place it links to.
type hit struct {
	Kind      string        `json:"kind"`
	URL       string        `json:"url"`
	Title     string        `json:"title"`
	MeetingID nint          `json:"meeting_id"`
	Meeting   nstring       `json:"meeting"`
	Body      nstring       `json:"body"`
	Date      nstring       `json:"date"`
	Owner     nstring       `json:"owner"`
	Status    nstring       `json:"status"`
	Page      nint          `json:"page"`
	Excerpt   string        `json:"excerpt"` // the snippet as text, matches in [brackets]
	Snippet   template.HTML `json:"-"`
}

// A group is the hits of one kind.
type group struct {
	Kind   string `json:"kind"`
	Label  string `json:"-"`
	Count  int    `json:"count"`
	Capped bool   `json:"capped"` // Count is SearchCap: there may be more
	Hits   []hit  `json:"hits"`
	Pager  pager  `json:"-"`
}

type searchPage struct {
	page     `json:"-"`
	Body     string   `json:"-"`
	Year     string   `json:"-"`
	Sort     string   `json:"-"`
	Kind     string   `json:"-"`
	Bodies   []string `json:"-"`
	Years    []string `json:"-"`
	Searched bool     `json:"-"`
	Problem  string   `json:"problem,omitempty" csv:"-"` // why the query could not be run, one sentence
	Note     string   `json:"note,omitempty" csv:"-"`    // what the query did that its words do not show
	Total    int      `json:"total" csv:"-"`
	Cap      int      `json:"-"`
	Groups   []group  `json:"groups" csv:"-"`
	Hits     []hit    `json:"-" csv:"hits"` // every group's hits, for CSV
}

// AnyCapped reports whether a kind's matches reached SearchCap.
func (p *searchPage) AnyCapped() bool {
	for _, g := range p.Groups {
		if g.Capped {
			return true
		}
	}
	return false
}

// KindLink is the query string of the results of one kind.
func (p *searchPage) KindLink(kind string) string {
	v := url.Values{"q": {p.Query}, "kind": {kind}}
	for k, x := range map[string]string{"body": p.Body, "year": p.Year, "sort": p.Sort} {
		if x != "" {
			v.Set(k, x)
		}
	}
	return "?" + v.Encode()
}

// AllKinds is the query string of the results of every kind.
func (p *searchPage) AllKinds() string {
	return strings.Replace(p.KindLink(""), "kind=&", "", 1)
}

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	s.handleSearch(w, r)
}

// handleSearch answers /search?q=&body=&year=&sort=new|relevance&kind=&page=:
// every kind's best matches with their counts, or with ?kind= one kind's,
// page by page.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := queryContext(r)
	defer cancel()
	v := r.URL.Query()
	p := searchPage{
		page: page{Title: "Search", Query: strings.TrimSpace(v.Get("q"))},
		Body: v.Get("body"), Year: v.Get("year"), Sort: v.Get("sort"), Kind: v.Get("kind"), Cap: SearchCap,
	}
	var err error
	if p.Bodies, p.Years, err = s.filterChoices(ctx); err != nil {
		s.fail(w, r, err)
		return
	}
	if p.Query == "" {
		s.respond(w, r, "search.html", &p)
		return
	}
	p.Searched = true
	p.Title = "Results for " + p.Query
	q, err := s.readQuery(p.Query, p.Body, p.Year, p.Bodies)
	if err != nil {
		p.Problem = err.Error()
		s.respond(w, r, "search.html", &p)
		return
	}
	if q.Match == "" && q.Owner == "" {
		p.Problem = "there is nothing to search for: give a word or a name beside the filters (or browse the meetings, which filter by body and year)"
		s.respond(w, r, "search.html", &p)
		return
	}
	if q.Owner != "" {
		p.Note = "owner: finds actions only"
	}
	for _, k := range kinds {
		if p.Kind != "" && p.Kind != k.Name {
			continue
		}
		if q.Owner != "" && k.Name != "actions" {
			continue
		}
		g, err := s.searchKind(ctx, r, k, q, p.Sort == "relevance", p.Kind != "")
		if err != nil {
			if strings.Contains(err.Error(), "fts5") {
				p.Problem = "SQLite's full-text search refused it (" + err.Error() + ")"
				s.respond(w, r, "search.html", &p)
				return
			}
			s.fail(w, r, err)
			return
		}
		p.Total += g.Count
		p.Groups = append(p.Groups, g)
		p.Hits = append(p.Hits, g.Hits...)
	}
	s.respond(w, r, "search.html", &p)
}

// readQuery parses the search box and adds the form's body and year.
func (s *Server) readQuery(input, body, year string, bodies []string) (query, error) {
	q, err := parseQuery(input)
	if err != nil {
		return q, err
	}
	if body != "" {
		q.Bodies = append(q.Bodies, body)
	}
	if from, to, ok := yearSpan(year); ok && q.From == "" {
		q.From, q.To = from, to
	}
	// body: names one or more bodies by a part of their name, case,
	// diacritics and punctuation ignored.
	var matched []string
	for _, want := range q.Bodies {
		key := store.NameKey(want)
		n := len(matched)
		for _, b := range bodies {
			if strings.Contains(store.NameKey(b), key) {
				matched = append(matched, b)
			}
		}
		if len(matched) == n {
			return q, queryError(fmt.Sprintf("no body is called %q; the bodies are: %s", want, strings.Join(bodies, ", ")))
		}
	}
	q.Bodies = matched
	return q, nil
}

// searchKind finds one kind's matches: their count (up to SearchCap) and
// the hits of the page shown.
func (s *Server) searchKind(ctx context.Context, r *http.Request, k kind, q query, byRelevance, paged bool) (group, error) {
	g := group{Kind: k.Name, Label: k.Label, Pager: pager{Page: 1, Values: r.URL.Query()}}
	var cond where
	if len(q.Bodies) > 0 {
		cond.add("m.body IN ("+strings.TrimSuffix(strings.Repeat("?,", len(q.Bodies)), ",")+")", anys(q.Bodies)...)
	}
	if q.From != "" {
		cond.add("m.date >= ? AND m.date < ?", q.From, q.To)
	}
	if k.Name == "actions" && q.Owner != "" {
		cond.add(ownedBy("a."), q.Owner, q.Owner)
	}
	sqlText := k.candidates
	if len(cond.conds) > 0 && k.filtered != "" {
		sqlText = k.filtered
		if k.driven != "" && (len(q.Bodies) > 0 || q.From != "") {
			// A filter that leaves few meetings is faster to follow than
			// the matches, when a word matches much of the archive.
			n, err := s.count(ctx, `SELECT count(*) FROM (SELECT 1 FROM meetings m WHERE `+strings.Join(cond.conds[:meetingConds(q)], " AND ")+` LIMIT ?)`,
				append(slices.Clone(cond.args[:meetingArgs(q)]), DrivenMeetings+1)...)
			if err != nil {
				return g, err
			}
			if n <= DrivenMeetings {
				sqlText = k.driven
			}
		}
	}
	args := append([]any{q.Match}, cond.args...)
	if q.Match == "" { // owner: alone: every action of the owner
		sqlText, args = actionsByOwner, cond.args
	}
	extra := ""
	if len(cond.conds) > 0 {
		extra = " AND " + strings.Join(cond.conds, " AND ")
	}
	type cand struct {
		id   int64
		date nstring
		rank float64
	}
	var cands []cand
	err := s.each(ctx, fmt.Sprintf(sqlText, extra)+` ORDER BY rank LIMIT `+fmt.Sprint(SearchCap), args, func(rows *sql.Rows) error {
		var c cand
		if err := rows.Scan(&c.id, &c.date, &c.rank); err != nil {
			return err
		}
		cands = append(cands, c)
		return nil
	})
	if err != nil {
		return g, err
	}
	g.Count, g.Capped = len(cands), len(cands) >= SearchCap
	if !byRelevance {
		sortByDate(cands, func(c cand) string { return c.date.String })
	}
	size, from := GroupSize, 0
	switch {
	case formatOf(r) != "html" && r.URL.Query().Get("page") == "": // .json and .csv hold every hit
		size = SearchCap
	case paged:
		g.Pager.Page = pageNumber(r)
		size, from = PageSize, (g.Pager.Page-1)*PageSize
	}
	for i := from; i < len(cands) && i < from+size; i++ {
		h, err := k.details(ctx, s, cands[i].id, q.Match)
		if err != nil {
			return g, err
		}
		h.Kind = k.Name
		g.Hits = append(g.Hits, h)
	}
	g.Pager.HasNext = paged && from+size < len(cands)
	return g, nil
}

// DrivenMeetings is the most meetings a search's filters may leave for the
// search to look in their items, decisions and actions one by one rather
// than through all the matches.
const DrivenMeetings = 2000

// meetingConds and meetingArgs are how many of a search's conditions, and
// their arguments, are on the meeting (body:, year:), which come first.
func meetingConds(q query) int {
	n := 0
	if len(q.Bodies) > 0 {
		n++
	}
	if q.From != "" {
		n++
	}
	return n
}

func meetingArgs(q query) int {
	n := len(q.Bodies)
	if q.From != "" {
		n += 2
	}
	return n
}

// sortByDate puts the newest first, keeping the relevance order among
// equal dates.
func sortByDate[T any](list []T, date func(T) string) {
	for i := 1; i < len(list); i++ { // insertion sort: stable, and lists are at most SearchCap long
		for j := i; j > 0 && date(list[j]) > date(list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

func anys(list []string) []any {
	out := make([]any, len(list))
	for i, x := range list {
		out[i] = x
	}
	return out
}

// actionsByOwner selects the actions of an owner: filter when no word is
// searched for.
const actionsByOwner = `SELECT a.id, m.date, 0 AS rank FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE 1%s`

// kinds are what a search finds, in the order the page shows them.
var kinds = []kind{
	{Name: "items", Label: "Agenda items",
		candidates: `SELECT h.id, m.date, h.rank FROM (SELECT rowid AS id, bm25(items_fts, 5.0, 1.0) AS rank FROM items_fts
			WHERE items_fts MATCH ?1 ORDER BY rank LIMIT ` + fmt.Sprint(SearchCap) + `) h
			JOIN items i ON i.id = h.id JOIN meetings m ON m.id = i.meeting_id WHERE 1%s`,
		filtered: `SELECT i.id, m.date, bm25(items_fts, 5.0, 1.0) AS rank FROM items_fts
			JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id WHERE items_fts MATCH ?1%s`,
		driven: `SELECT i.id, m.date, 0 AS rank FROM meetings m JOIN items i ON i.meeting_id = m.id
			WHERE EXISTS (SELECT 1 FROM items_fts WHERE items_fts MATCH ?1 AND rowid = i.id)%s`,
		details: func(ctx context.Context, s *Server, id int64, match string) (hit, error) {
			var h hit
			var number, title nstring
			var raw string
			err := s.db.QueryRowContext(ctx, `SELECT i.meeting_id, m.title, m.body, m.date, i.number, i.title, i.page,
				snippet(items_fts, -1, char(1), char(2), '…', 16)
				FROM items_fts JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id
				WHERE items_fts MATCH ?2 AND items_fts.rowid = ?1`, id, match).Scan(
				&h.MeetingID, &h.Meeting, &h.Body, &h.Date, &number, &title, &h.Page, &raw)
			h.Title = strings.TrimSpace(strings.TrimSuffix(number.String, ".") + ". " + title.String)
			if !number.Valid {
				h.Title = title.String
			}
			h.URL = fmt.Sprintf("/meetings/%d#item-%d", h.MeetingID.Int64, id)
			h.setSnippet(raw)
			return h, err
		}},
	{Name: "decisions", Label: "Decisions",
		candidates: `SELECT h.id, m.date, h.rank FROM (SELECT rowid AS id, bm25(decisions_fts) AS rank FROM decisions_fts
			WHERE decisions_fts MATCH ?1 ORDER BY rank LIMIT ` + fmt.Sprint(SearchCap) + `) h
			JOIN decisions d ON d.id = h.id JOIN meetings m ON m.id = d.meeting_id WHERE 1%s`,
		filtered: `SELECT d.id, m.date, bm25(decisions_fts) AS rank FROM decisions_fts
			JOIN decisions d ON d.id = decisions_fts.rowid JOIN meetings m ON m.id = d.meeting_id WHERE decisions_fts MATCH ?1%s`,
		driven: `SELECT d.id, m.date, 0 AS rank FROM meetings m JOIN decisions d ON d.meeting_id = m.id
			WHERE EXISTS (SELECT 1 FROM decisions_fts WHERE decisions_fts MATCH ?1 AND rowid = d.id)%s`,
		details: func(ctx context.Context, s *Server, id int64, match string) (hit, error) {
			var h hit
			var kind, number nstring
			var raw string
			err := s.db.QueryRowContext(ctx, `SELECT d.meeting_id, m.title, m.body, m.date, d.kind, d.decision_id,
				snippet(decisions_fts, -1, char(1), char(2), '…', 24)
				FROM decisions_fts JOIN decisions d ON d.id = decisions_fts.rowid JOIN meetings m ON m.id = d.meeting_id
				WHERE decisions_fts MATCH ?2 AND decisions_fts.rowid = ?1`, id, match).Scan(
				&h.MeetingID, &h.Meeting, &h.Body, &h.Date, &kind, &number, &raw)
			h.Title = strings.TrimSpace("Decision " + number.String)
			if kind.Valid {
				h.Title += " (" + kind.String + ")"
			}
			h.URL = fmt.Sprintf("/meetings/%d#decision-%d", h.MeetingID.Int64, id)
			h.setSnippet(raw)
			return h, err
		}},
	{Name: "actions", Label: "Actions",
		candidates: `SELECT h.id, m.date, h.rank FROM (SELECT rowid AS id, bm25(actions_fts, 2.0, 2.0, 1.0) AS rank FROM actions_fts
			WHERE actions_fts MATCH ?1 ORDER BY rank LIMIT ` + fmt.Sprint(SearchCap) + `) h
			JOIN actions a ON a.id = h.id JOIN meetings m ON m.id = a.meeting_id WHERE 1%s`,
		filtered: `SELECT a.id, m.date, bm25(actions_fts, 2.0, 2.0, 1.0) AS rank FROM actions_fts
			JOIN actions a ON a.id = actions_fts.rowid JOIN meetings m ON m.id = a.meeting_id WHERE actions_fts MATCH ?1%s`,
		driven: `SELECT a.id, m.date, 0 AS rank FROM meetings m JOIN actions a ON a.meeting_id = m.id
			WHERE EXISTS (SELECT 1 FROM actions_fts WHERE actions_fts MATCH ?1 AND rowid = a.id)%s`,
		details: func(ctx context.Context, s *Server, id int64, match string) (hit, error) {
			var h hit
			var number nstring
			var text string
			err := s.db.QueryRowContext(ctx, `SELECT a.meeting_id, m.title, m.body, m.date, a.action_id, COALESCE(pe.name, a.owner), a.status, COALESCE(a.text, '')
				FROM actions a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN people pe ON pe.id = a.owner_id WHERE a.id = ?1`, id).Scan(
				&h.MeetingID, &h.Meeting, &h.Body, &h.Date, &number, &h.Owner, &h.Status, &text)
			if err != nil {
				return h, err
			}
			h.Title = strings.TrimSpace("Action " + number.String)
			h.URL = fmt.Sprintf("/meetings/%d#action-%d", h.MeetingID.Int64, id)
			if match == "" {
				h.setSnippet(text)
				return h, nil
			}
			var raw string
			err = s.db.QueryRowContext(ctx, `SELECT snippet(actions_fts, -1, char(1), char(2), '…', 24) FROM actions_fts
				WHERE actions_fts MATCH ?2 AND rowid = ?1`, id, match).Scan(&raw)
			h.setSnippet(raw)
			return h, err
		}},
	namedKind("people", "People", "person_id"),
	namedKind("organisations", "Organisations", "organisation_id"),
	{Name: "documents", Label: "Full text of the documents",
		candidates: `SELECT m.id, m.date, h.rank FROM (SELECT rowid AS id, rank FROM documents_fts
			WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ` + fmt.Sprint(SearchCap) + `) h
			JOIN meetings m ON m.document_id = h.id WHERE 1%s`,
		filtered: `SELECT m.id, m.date, documents_fts.rank AS rank FROM documents_fts
			JOIN meetings m ON m.document_id = documents_fts.rowid WHERE documents_fts MATCH ?1%s`,
		driven: `SELECT m.id, m.date, 0 AS rank FROM meetings m
			WHERE EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ?1 AND rowid = m.document_id)%s`,
		details: func(ctx context.Context, s *Server, id int64, match string) (hit, error) {
			var h hit
			var raw string
			err := s.db.QueryRowContext(ctx, `SELECT m.id, m.title, m.body, m.date, snippet(documents_fts, 0, char(1), char(2), '…', 24)
				FROM meetings m JOIN documents_fts ON documents_fts.rowid = m.document_id
				WHERE documents_fts MATCH ?2 AND m.id = ?1`, id, match).Scan(&h.MeetingID, &h.Meeting, &h.Body, &h.Date, &raw)
			h.Title = h.Meeting.String
			if h.Title == "" {
				h.Title = "Meeting of " + h.Date.String
			}
			h.URL = fmt.Sprintf("/meetings/%d/text", id)
			h.setSnippet(raw)
			return h, err
		}},
}

// namedKind is the search of people or organisations (table) by name;
// filtered by body or year, of those who attended a meeting they leave
// (column is the participants' link to the table).
func namedKind(table, label, column string) kind {
	return kind{Name: table, Label: label,
		candidates: `SELECT rowid, NULL, rank FROM ` + table + `_fts WHERE ` + table + `_fts MATCH ?1%s`,
		filtered: `SELECT rowid, NULL, rank FROM ` + table + `_fts WHERE ` + table + `_fts MATCH ?1 AND EXISTS (
			SELECT 1 FROM participants pa JOIN meetings m ON m.id = pa.meeting_id WHERE pa.` + column + ` = ` + table + `_fts.rowid%s)`,
		details: func(ctx context.Context, s *Server, id int64, match string) (hit, error) {
			return s.namedHit(ctx, table, column, id)
		}}
}

// namedHit is a person or organisation found by name, with the number of
// meetings they attended.
func (s *Server) namedHit(ctx context.Context, table, column string, id int64) (hit, error) {
	var h hit
	var meetings int
	var first, last nstring
	err := s.db.QueryRowContext(ctx, `SELECT x.name, count(DISTINCT pa.meeting_id), min(m.date), max(m.date) FROM `+table+` x
		LEFT JOIN participants pa ON pa.`+column+` = x.id LEFT JOIN meetings m ON m.id = pa.meeting_id WHERE x.id = ?`, id).Scan(
		&h.Title, &meetings, &first, &last)
	h.URL = fmt.Sprintf("/%s/%d", table, id)
	summary := plural(meetings, "meeting") + " listed"
	if first.Valid {
		summary += ", " + first.String
		if last.String != first.String {
			summary += " to " + last.String
		}
	}
	h.setSnippet(summary)
	return h, err
}

// setSnippet keeps a snippet as HTML (escaped, matches marked) and as text
// (matches in brackets).
func (h *hit) setSnippet(raw string) {
	h.Snippet = template.HTML(highlight(raw))
	h.Excerpt = strings.NewReplacer("\x01", "[", "\x02", "]").Replace(raw)
}

// filterChoices returns the bodies and years the search can be narrowed
// to. Reading them means scanning every meeting, so they are kept for a
// minute: an import running beside the server shows up soon enough.
func (s *Server) filterChoices(ctx context.Context) (bodies, years []string, err error) {
	s.choices.Lock()
	defer s.choices.Unlock()
	if time.Since(s.choices.read) < time.Minute {
		return s.choices.bodies, s.choices.years, nil
	}
	if bodies, err = s.strings(ctx, `SELECT DISTINCT body FROM meetings WHERE body IS NOT NULL ORDER BY body`); err != nil {
		return nil, nil, err
	}
	if years, err = s.strings(ctx, `SELECT DISTINCT substr(date, 1, 4) FROM meetings WHERE date IS NOT NULL ORDER BY 1 DESC`); err != nil {
		return nil, nil, err
	}
	s.choices.bodies, s.choices.years, s.choices.read = bodies, years, time.Now()
	return bodies, years, nil
}

// highlight escapes a snippet for HTML and turns the match markers (\x01,
// \x02, chosen because documents cannot hold them after repair) into
// <mark> elements.
func highlight(raw string) string {
	return marks.Replace(template.HTMLEscapeString(raw))
}

var marks = strings.NewReplacer("\x01", "<mark>", "\x02", "</mark>")

// strings runs a query of one text column.
func (s *Server) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	return store.QueryStrings(ctx, s.db, query, args...)
}
