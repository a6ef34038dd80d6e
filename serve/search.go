package serve

import (
	"context"
	"database/sql"
	"html/template"
	"net/http"
	"strings"
	"unicode"
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
		Pager: pager{Page: pageNumber(r), Values: q},
	}
	var err error
	if p.Bodies, err = s.strings(ctx, `SELECT DISTINCT body FROM meetings WHERE body IS NOT NULL ORDER BY body`); err != nil {
		s.fail(w, r, err)
		return
	}
	if p.Years, err = s.strings(ctx, `SELECT DISTINCT substr(date, 1, 4) FROM meetings WHERE date IS NOT NULL ORDER BY 1 DESC`); err != nil {
		s.fail(w, r, err)
		return
	}
	if match := ftsQuery(p.Query); match != "" {
		p.Searched = true
		p.Hits, err = s.search(ctx, match, p.Body, p.Year, p.Sort == "relevance", p.Pager.Page)
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

// search runs a full-text query over items and decisions. It fetches one
// row more than a page to know whether a next page exists.
func (s *Server) search(ctx context.Context, match, body, year string, byRelevance bool, pageNum int) ([]hit, error) {
	order := "date DESC, rank"
	if byRelevance {
		order = "rank, date DESC"
	}
	query := `
SELECT kind, meeting_id, meeting, body, date, title, snippet FROM (
	SELECT 'item' AS kind, m.id AS meeting_id, COALESCE(m.title, '') AS meeting, m.body, m.date, i.title,
	       snippet(items_fts, -1, char(1), char(2), '…', 16) AS snippet, bm25(items_fts, 5.0, 1.0) AS rank
	FROM items_fts JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id
	WHERE items_fts MATCH ?1
	UNION ALL
	SELECT 'decision', m.id, COALESCE(m.title, ''), m.body, m.date, NULL,
	       snippet(decisions_fts, -1, char(1), char(2), '…', 16), bm25(decisions_fts)
	FROM decisions_fts JOIN decisions d ON d.id = decisions_fts.rowid JOIN meetings m ON m.id = d.meeting_id
	WHERE decisions_fts MATCH ?1
)
WHERE (?2 = '' OR body = ?2) AND (?3 = '' OR substr(date, 1, 4) = ?3)
ORDER BY ` + order + `
LIMIT ?4 OFFSET ?5`
	rows, err := s.db.QueryContext(ctx, query, match, body, year, PageSize+1, (pageNum-1)*PageSize)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []hit
	for rows.Next() {
		var h hit
		var raw string
		if err := rows.Scan(&h.Kind, &h.MeetingID, &h.Meeting, &h.Body, &h.Date, &h.Title, &raw); err != nil {
			return nil, err
		}
		h.Snippet = template.HTML(highlight(raw)) // highlight escapes everything else
		hits = append(hits, h)
	}
	return hits, rows.Err()
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
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
