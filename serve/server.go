// Package serve is the read-only web view of a minutes database: search,
// meetings, people, organisations and the actions tracker, as plain HTML
// pages with stable URLs that work without JavaScript.
//
// The database is opened read-only (mode=ro); every query is
// parameterised, bounded by pagination and by a deadline, so a slow query
// cannot hold the server. Documents are untrusted input: everything taken
// from them is escaped, their links are live only for http, https and
// mailto, and their original files are served by database id under a
// policy that lets nothing in them run (source.go).
package serve

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"minutes/store"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// QueryTimeout bounds the queries of one request.
const QueryTimeout = 5 * time.Second

// MaxConns is the number of database connections the server reads with,
// and of requests it answers at once; the others wait their turn, up to
// QueueTimeout, and their queries' deadline starts with their turn. Many
// clients at once are then served one after the other instead of all
// running out of time together.
const (
	MaxConns     = 8
	QueueTimeout = 2 * time.Minute
)

// PageSize is the number of rows a listing shows per page; MaxPage bounds
// how deep pagination goes.
const (
	PageSize = 25
	MaxPage  = 400
)

// A Server serves one database.
type Server struct {
	db    *sql.DB
	pages map[string]*template.Template
	mux   *http.ServeMux
	turns chan struct{} // a request's turn to read the database
	Log   *log.Logger   // where failed requests are logged; nil for none

	// choices are the search's filter choices, read at most once a minute.
	choices struct {
		sync.Mutex
		bodies, years []string
		read          time.Time
	}
}

// OpenDB opens a minutes database read-only.
func OpenDB(path string) (*sql.DB, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_busy_timeout", "5000")
	q.Set("_query_only", "true")
	db, err := sql.Open("sqlite3", "file:"+url.PathEscape(path)+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	if err := store.CheckFTS5(db); err != nil {
		db.Close()
		return nil, err
	}
	// Each connection keeps its own page cache: a few, shared by all
	// requests, serve many clients at once; a request waits for one
	// within its deadline.
	db.SetMaxOpenConns(MaxConns)
	db.SetMaxIdleConns(MaxConns)
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM meetings`).Scan(&n); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s is not a minutes database: %w", path, err)
	}
	return db, nil
}

// New makes a server for an open database.
func New(db *sql.DB) (*Server, error) {
	s := &Server{db: db, mux: http.NewServeMux(), turns: make(chan struct{}, MaxConns)}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	static, _ := fs.Sub(staticFiles, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.FS(static))))
	s.mux.HandleFunc("GET /{$}", s.handleHome)
	s.mux.HandleFunc("GET /search", s.handleSearch)
	s.mux.HandleFunc("GET /meetings", s.handleMeetings)
	s.mux.HandleFunc("GET /meetings/{id}", s.handleMeeting)
	s.mux.HandleFunc("GET /meetings/{id}/text", s.handleMeetingText)
	s.mux.HandleFunc("GET /meetings/{id}/source", s.handleSource)
	s.mux.HandleFunc("GET /people", s.handlePeople)
	s.mux.HandleFunc("GET /people/{id}", s.handlePerson)
	s.mux.HandleFunc("GET /organisations", s.handleOrganisations)
	s.mux.HandleFunc("GET /organisations/{id}", s.handleOrganisation)
	s.mux.HandleFunc("GET /actions", s.handleActions)
	return s, nil
}

// pagePolicy is the Content-Security-Policy of every page: the view runs
// no script at all, loads only its own style sheet, and cannot be framed,
// so markup that slipped through escaping could still not act.
const pagePolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", pagePolicy)
	w.Header().Set("Referrer-Policy", "no-referrer")
	if !strings.HasPrefix(r.URL.Path, "/static/") {
		wait := time.NewTimer(QueueTimeout)
		select {
		case s.turns <- struct{}{}:
			wait.Stop()
			defer func() { <-s.turns }()
		case <-wait.C:
			http.Error(w, "the server is busy; try again in a moment", http.StatusServiceUnavailable)
			return
		case <-r.Context().Done():
			wait.Stop()
			return
		}
	}
	s.mux.ServeHTTP(w, withFormat(r))
}

var funcs = template.FuncMap{
	"add":     func(a, b int) int { return a + b },
	"sub":     func(a, b int) int { return a - b },
	"mul":     func(a, b int) int { return a * b },
	"query":   pageQuery,
	"plural":  plural,
	"number":  number,
	"link":    liveLink,
	"heading": heading,
	"lower":   strings.ToLower,
	"int":     func(n int64) int { return int(n) },
	"pct": func(n, max int) int {
		if max == 0 {
			return 0
		}
		return n * 100 / max
	},
}

// parseTemplates parses each page with the shared layout.
func (s *Server) parseTemplates() error {
	names, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return err
	}
	s.pages = map[string]*template.Template{}
	for _, n := range names {
		base := n[len("templates/"):]
		if base == "layout.html" {
			continue
		}
		t, err := template.New(base).Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", n)
		if err != nil {
			return err
		}
		s.pages[base] = t
	}
	return nil
}

// render writes a page, or a 500 if the template fails.
func (s *Server) render(w http.ResponseWriter, page string, data any) {
	t, ok := s.pages[page]
	if !ok {
		http.Error(w, "no such page template "+page, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := t.ExecuteTemplate(w, "layout", data); err != nil {
		s.logf("rendering %s: %v", page, err)
	}
}

// fail answers a request that could not be served: 404 for rows that do
// not exist, 503 for queries past their deadline, 500 otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, sql.ErrNoRows), errors.Is(err, errNotFound):
		if formatOf(r) != "html" {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusNotFound)
		s.render(w, "notfound.html", page{Title: "Not found"})
	case errors.Is(err, context.DeadlineExceeded):
		http.Error(w, "the query took too long; try a narrower search", http.StatusServiceUnavailable)
	default:
		s.logf("%s: %v", r.URL, err)
		http.Error(w, "something went wrong reading the database", http.StatusInternalServerError)
	}
}

func (s *Server) logf(format string, args ...any) {
	if s.Log != nil {
		s.Log.Printf(format, args...)
	}
}

var errNotFound = errors.New("not found")

// queryContext bounds a request's queries by QueryTimeout.
func queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), QueryTimeout)
}

// idParam reads a numeric path parameter.
func idParam(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errNotFound
	}
	return id, nil
}

// pageNumber reads ?page=, from 1 to MaxPage.
func pageNumber(r *http.Request) int {
	p, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || p < 1 {
		return 1
	}
	if p > MaxPage {
		return MaxPage
	}
	return p
}

// pageQuery returns the current query string with page set to n, for
// pagination links.
func pageQuery(values url.Values, n int) string {
	v := url.Values{}
	for k, vs := range values {
		v[k] = vs
	}
	v.Set("page", strconv.Itoa(n))
	return "?" + v.Encode()
}

// page holds what every page shows, embedded in each page's data.
type page struct {
	Title string
	Query string // the search box's text
	// JSON and CSV are the links to this page's data.
	JSON, CSV string
}

// setSelf sets the links to the page's data, the same path and query
// with .json or .csv.
func (p *page) setSelf(u *url.URL) {
	for _, f := range []struct {
		link *string
		ext  string
	}{{&p.JSON, ".json"}, {&p.CSV, ".csv"}} {
		v := url.URL{Path: strings.TrimSuffix(u.Path, "/") + f.ext, RawQuery: u.RawQuery}
		if u.Path == "/" {
			v.Path = "/search" + f.ext
		}
		*f.link = v.String()
	}
}

// pager is the pagination of a listing.
type pager struct {
	Page    int
	HasNext bool
	Values  url.Values
	Total   int // rows in all pages; 0 when not counted
}

// ExportLimit bounds the rows of a listing's .json or .csv, which hold
// every row, not one page; past it they hold the first ExportLimit and say
// so (JSON: "truncated"; CSV: the X-Truncated header).
const ExportLimit = 100_000

// window is the LIMIT and OFFSET of a listing: one page and one row more
// (to know whether a next page exists) for HTML, or for a .json or .csv
// every row up to ExportLimit (one page when ?page= is given).
func window(r *http.Request) (limit, offset int) {
	if formatOf(r) != "html" && r.URL.Query().Get("page") == "" {
		return ExportLimit, 0
	}
	p := pageNumber(r)
	return PageSize + 1, (p - 1) * PageSize
}

// plural writes a count with its noun: "1 meeting", "2 meetings", "1,234
// people". A noun's plural is given after a slash when it is not the
// noun and "s": "person/people", "body/bodies".
func plural(n int, noun string) string {
	one, many, ok := strings.Cut(noun, "/")
	if !ok {
		many = one + "s"
	}
	if n == 1 {
		return "1 " + one
	}
	return number(n) + " " + many
}

// number writes an integer with thousands separated: 12,345.
func number(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + number(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
