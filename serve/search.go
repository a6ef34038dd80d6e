package serve

import (
	"context"
	"database/sql"
	"html/template"
	"net/http"
	"strings"
	"time"
	"unicode"

	"minutes/store"
)

// A hit is one search result: an item or a decision of a meeting.
type hit struct {
	Kind      string // "item" or "decision"
	MeetingID int64
	Meeting   string
	Body      sql.NullString
	Date      sql.NullString
	Title     sql.NullString // the item's title; empty for a decision
	Snippet   template.HTML  // escaped text with <mark> around the matches
}

type searchPage struct {
	page
	Body, Year, Sort string
	Bodies, Years    []string
	Hits             []hit
	Pager            pager
	Searched         bool
	Capped           bool // the query matched more than SearchCap of a kind
	Cap              int
}

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	s.handleSearch(w, r)
}

// handleSearch answers /search?q=&body=&year=&sort=new|relevance&page=.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := queryContext(r)
	defer cancel()
	q := r.URL.Query()
	p := searchPage{
		page: page{Title: "Search", Query: strings.TrimSpace(q.Get("q"))},
		Body: q.Get("body"), Year: q.Get("year"), Sort: q.Get("sort"),
		Pager: pager{Page: pageNumber(r), Values: q}, Cap: SearchCap,
	}
	var err error
	if p.Bodies, p.Years, err = s.filterChoices(ctx); err != nil {
		s.fail(w, r, err)
		return
	}
	if match := ftsQuery(p.Query); match != "" {
		p.Searched = true
		p.Hits, p.Capped, err = s.search(ctx, match, p.Body, p.Year, p.Sort == "relevance", p.Pager.Page)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if len(p.Hits) > PageSize {
			p.Hits, p.Pager.HasNext = p.Hits[:PageSize], true
		}
	}
	s.render(w, "search.html", p)
}

// SearchCap bounds how many matches of each kind (items, decisions) a
// search ranks: the best ones by relevance. A query that matches more — a
// common word in a big archive — shows those, in the order asked, and the
// page says so; more words or a filter narrow it. Without the bound such a
// query would rank every item of the archive.
const SearchCap = 1000

// hitCandidates are the best matches of each kind, as (kind, row id,
// rank), restricted by body and year when asked. Each form lets FTS5 rank
// without a join when there is no filter, its fast path.
const (
	hitCandidates = `
item_hits AS (SELECT rowid AS id, bm25(items_fts, 5.0, 1.0) AS rank FROM items_fts
	WHERE items_fts MATCH ?1 ORDER BY rank LIMIT ?6),
decision_hits AS (SELECT rowid AS id, bm25(decisions_fts) AS rank FROM decisions_fts
	WHERE decisions_fts MATCH ?1 ORDER BY rank LIMIT ?6)`
	filteredHitCandidates = `
item_hits AS (SELECT items_fts.rowid AS id, bm25(items_fts, 5.0, 1.0) AS rank
	FROM items_fts JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id
	WHERE items_fts MATCH ?1 AND (?2 = '' OR m.body = ?2) AND (?3 = '' OR substr(m.date, 1, 4) = ?3)
	ORDER BY rank LIMIT ?6),
decision_hits AS (SELECT decisions_fts.rowid AS id, bm25(decisions_fts) AS rank
	FROM decisions_fts JOIN decisions d ON d.id = decisions_fts.rowid JOIN meetings m ON m.id = d.meeting_id
	WHERE decisions_fts MATCH ?1 AND (?2 = '' OR m.body = ?2) AND (?3 = '' OR substr(m.date, 1, 4) = ?3)
	ORDER BY rank LIMIT ?6)`
)

// search runs a full-text query over items and decisions and returns a
// page of hits, fetching one row more than a page to know whether a next
// page exists, and whether the matches of a kind reached SearchCap.
func (s *Server) search(ctx context.Context, match, body, year string, byRelevance bool, pageNum int) ([]hit, bool, error) {
	candidates := hitCandidates
	if body != "" || year != "" {
		candidates = filteredHitCandidates
	}
	order := "date DESC, rank"
	if byRelevance {
		order = "rank, date DESC"
	}
	query := `WITH ` + candidates + `
SELECT kind, id, meeting_id, meeting, body, date, title, count(*) OVER (PARTITION BY kind) FROM (
	SELECT 'item' AS kind, i.id, m.id AS meeting_id, COALESCE(m.title, '') AS meeting, m.body, m.date, i.title, h.rank
	FROM item_hits h JOIN items i ON i.id = h.id JOIN meetings m ON m.id = i.meeting_id
	UNION ALL
	SELECT 'decision', d.id, m.id, COALESCE(m.title, ''), m.body, m.date, NULL, h.rank
	FROM decision_hits h JOIN decisions d ON d.id = h.id JOIN meetings m ON m.id = d.meeting_id
)
ORDER BY ` + order + `
LIMIT ?4 OFFSET ?5`
	rows, err := s.db.QueryContext(ctx, query, match, body, year, PageSize+1, (pageNum-1)*PageSize, SearchCap)
	if err != nil {
		return nil, false, err
	}
	var hits []hit
	var ids []int64
	capped := false
	for rows.Next() {
		var h hit
		var id int64
		var ofKind int
		if err := rows.Scan(&h.Kind, &id, &h.MeetingID, &h.Meeting, &h.Body, &h.Date, &h.Title, &ofKind); err != nil {
			rows.Close()
			return nil, false, err
		}
		capped = capped || ofKind >= SearchCap
		hits = append(hits, h)
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	for i := range hits {
		if hits[i].Snippet, err = s.snippet(ctx, hits[i].Kind, ids[i], match); err != nil {
			return nil, false, err
		}
	}
	return hits, capped, nil
}

// snippet is the excerpt of one hit with its matches marked, made only for
// the hits a page shows.
func (s *Server) snippet(ctx context.Context, kind string, id int64, match string) (template.HTML, error) {
	query := `SELECT snippet(items_fts, -1, char(1), char(2), '…', 16) FROM items_fts WHERE items_fts MATCH ? AND rowid = ?`
	if kind == "decision" {
		query = `SELECT snippet(decisions_fts, -1, char(1), char(2), '…', 16) FROM decisions_fts WHERE decisions_fts MATCH ? AND rowid = ?`
	}
	var raw string
	if err := s.db.QueryRowContext(ctx, query, match, id).Scan(&raw); err != nil {
		return "", err
	}
	return template.HTML(highlight(raw)), nil // highlight escapes everything else
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

// ftsQuery turns what a person typed into an FTS5 query: each word a
// quoted term (so operators and punctuation cannot break the syntax), all
// required, the last one also matching as a prefix.
func ftsQuery(input string) string {
	words := strings.FieldsFunc(input, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.'
	})
	var terms []string
	for i, w := range words {
		w = strings.Trim(w, "-.")
		if w == "" || i >= 12 {
			continue
		}
		term := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if i == len(words)-1 && len([]rune(w)) >= 3 {
			term += "*"
		}
		terms = append(terms, term)
	}
	return strings.Join(terms, " ")
}

// highlight escapes a snippet for HTML and turns the match markers (\x01,
// \x02, chosen because documents cannot hold them after repair) into
// <mark> elements.
func highlight(raw string) string {
	var b strings.Builder
	for _, r := range raw {
		switch r {
		case 1:
			b.WriteString("<mark>")
		case 2:
			b.WriteString("</mark>")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// strings runs a query of one text column.
func (s *Server) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	return store.QueryStrings(ctx, s.db, query, args...)
}
