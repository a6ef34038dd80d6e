package serve

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"minutes/parse"
	"minutes/store"
)

func ptr[T any](v T) *T { return &v }

// testRecords are two meetings of one body, written by hand: the same
// person spelled two ways, an action raised and closed, and a participant
// whose name is markup.
func testRecords() []*parse.Record {
	return []*parse.Record{
		{
			Source:  parse.Source{File: "a/17.txt", Format: "text", SHA256: "sha-17"},
			Meeting: parse.Meeting{Title: "Minutes of the 17th TF-CSIRT meeting", Body: "TF-CSIRT", Number: 17, Date: "2006-01-23", City: "Amsterdam"},
			Items: []parse.Item{
				{Number: "7", Title: "Grid security", Text: "Daniel Kouřil gave a presentation on grid security.", Presenters: []string{"Daniel Kouřil"},
					Links: []string{"http://example.org/kouril.pdf"}},
			},
			Actions: []parse.Action{{ID: "16-04", Owner: "Christoph Graf", Text: "to inform the group", Status: "ongoing"}},
			Participants: []parse.Participant{
				{Name: "Gorazd Božič", Organisation: "SI-CERT", Country: "Slovenia", Role: "chair", Attendance: "present"},
				{Name: "<script>alert(1)</script>", Organisation: "Evil & Co", Attendance: "present"},
			},
			Decisions: []parse.Decision{{Text: "to look for volunteers on a case by case basis", Kind: "agreement", Votes: &parse.Votes{Unanimous: ptr(true)}}},
		},
		{
			Source:       parse.Source{File: "a/18.txt", Format: "text", SHA256: "sha-18"},
			Meeting:      parse.Meeting{Title: "18th TF-CSIRT meeting", Body: "TF-CSIRT", Number: 18, Date: "2006-05-25", City: "Vilnius"},
			Actions:      []parse.Action{{ID: "16.04", Owner: "Christoph Graf", Text: "to inform the group", Status: "done"}},
			Participants: []parse.Participant{{Name: "Gorazd Bozic", Organisation: "SI-CERT", Country: "Slovenia", Attendance: "present"}},
		},
		{
			Source:  parse.Source{File: "b/12.pdf", Format: "pdf", SHA256: "sha-csaf-12", Pages: 3},
			Meeting: parse.Meeting{Title: "CSAF TC meeting 12", Body: "OASIS CSAF TC", Number: 12, Date: "2018-03-14", City: "Online", Status: "approved"},
			Items: []parse.Item{
				{Number: "1", Title: "Roadmap", Text: "The white paper on advisories was discussed at length."},
				{Number: "2", Title: "Tooling", Text: "Links were shared.", Links: []string{
					"https://example.com/spec", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "/meetings/1/source"}},
			},
			Actions: []parse.Action{
				{ID: "12-01", Owner: "Jane Doe", Text: "circulate the white paper draft", Status: "open"},
				{ID: "12-02", Owner: "Omar Khan", Text: "review the tooling", Status: "open"},
			},
			Decisions: []parse.Decision{{Text: "to adopt the outline of the paper", Kind: "resolution"}},
			Participants: []parse.Participant{
				{Name: "Jane Doe", Organisation: "Cisco", Attendance: "present"},
				{Name: "Omar Khan", Organisation: "Cisco", Attendance: "present"},
				{Name: "Gorazd Božič", Organisation: "SI-CERT", Attendance: "remote"},
				{Name: "Ann Smith", Organisation: "Red Hat", Attendance: "apologies"},
			},
		},
		{
			Source:  parse.Source{File: "b/13.txt", Format: "text", SHA256: "sha-csaf-13"},
			Meeting: parse.Meeting{Title: "CSAF TC meeting 13", Body: "OASIS CSAF TC", Number: 13, Date: "2018-06-20", City: "Online", Status: "draft"},
			Actions: []parse.Action{{ID: "12.01", Owner: "Jane Doe", Text: "circulate the white paper draft", Status: "done"}},
			Participants: []parse.Participant{
				{Name: "Jane Doe", Organisation: "Cisco", Attendance: "present"},
				{Name: "Ann Smith", Organisation: "Red Hat", Attendance: "present"},
			},
		},
	}
}

// testServer imports the records into a new database and serves it
// read-only.
func testServer(t *testing.T) (*Server, *sql.DB) {
	t.Helper()
	return testServerWith(t, nil)
}

// testServerWith is testServer with a step that changes the database
// before it is served.
func testServerWith(t *testing.T, prepare func(path string)) (*Server, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.db")
	st := openStore(t, path)
	for _, r := range testRecords() {
		if _, err := st.Import(store.Entry{Record: r, Version: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	if prepare != nil {
		prepare(path)
	}
	return serveFile(t, path)
}

// serveFile serves the database at path, read-only, until the test ends.
func serveFile(t testing.TB, path string) (*Server, *sql.DB) {
	t.Helper()
	db, err := OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := New(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Log = log.New(testWriter{t}, "", 0)
	return s, db
}

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func sha(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// testWriter logs what the server logs in the test's log.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}

func get(t *testing.T, s *Server, url string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", url, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(body)
}

func personID(t *testing.T, db *sql.DB, key string) string {
	t.Helper()
	var id string
	if err := db.QueryRow(`SELECT id FROM people WHERE key = ?`, key).Scan(&id); err != nil {
		t.Fatalf("person %s: %v", key, err)
	}
	return id
}

func TestPages(t *testing.T) {
	s, db := testServer(t)
	gorazd := personID(t, db, "gorazd bozic")
	var org string
	db.QueryRow(`SELECT id FROM organisations WHERE key = 'si cert'`).Scan(&org)
	tests := []struct {
		url        string
		status     int
		want, dont []string
	}{
		{"/", 200, []string{`<form action="/search"`, "Search the minutes"}, nil},
		{"/search?q=kouril", 200, []string{"Grid security", "<mark>Kouřil</mark>", `href="/meetings/1#item-1"`,
			"Agenda items <span class=\"meta\">(1)</span>", "People <span class=\"meta\">(1)</span>", "Daniel Kouřil"}, nil},
		{"/search?q=volunteers&sort=relevance", 200, []string{"Decision", "<mark>volunteers</mark>", "#decision-1"}, nil},
		{"/search?q=kouril&year=2005", 200, []string{"0 matches"}, []string{"Grid security"}},
		{"/search?q=kouril&body=Other", 200, []string{`no body is called &#34;Other&#34;`}, nil},
		{"/search?q=inform", 200, []string{"Actions <span class=\"meta\">(2)</span>", "#action-", "<mark>inform</mark>"}, nil},
		{"/search?q=owner:graf", 200, []string{"owner: finds actions only", "Actions <span class=\"meta\">(2)</span>"}, []string{"Agenda items"}},
		{"/search?q=owner:doe+year:2018+body:csaf", 200, []string{"Actions <span class=\"meta\">(2)</span>"}, nil},
		{"/search?q=cisco", 200, []string{"Organisations <span class=\"meta\">(1)</span>", `href="/organisations/`}, nil},
		{"/search?q=%22white+paper%22", 200, []string{"Roadmap", "Full text of the documents"}, nil},
		{"/search?q=%22white+paper%22&kind=actions", 200, []string{"Actions <span class=\"meta\">(2)</span>", "all kinds"}, []string{"Roadmap"}},
		{`/search?q=%22+OR+1%3D1+--+NEAR(`, 200, []string{`class="problem"`, "closing quote"}, nil},
		{"/search?q=-budget", 200, []string{`class="problem"`, "only words to leave out"}, nil},
		{"/meetings", 200, []string{"18th TF-CSIRT meeting", "Minutes of the 17th TF-CSIRT meeting", "Vilnius", "4 meetings"}, nil},
		{"/meetings?body=OASIS+CSAF+TC&year=2018&status=draft", 200, []string{"1 meeting<", "CSAF TC meeting 13"}, []string{"CSAF TC meeting 12"}},
		{"/meetings?sort=-attendees", 200, []string{"▼"}, nil},
		{"/meetings/1", 200, []string{
			"Minutes of the 17th TF-CSIRT meeting", "TF-CSIRT · meeting 17", "7. Grid security", `id="item-1"`,
			`<a href="/people/`, "Daniel Kouřil", `href="http://example.org/kouril.pdf"`, "unanimous",
			"&lt;script&gt;alert(1)&lt;/script&gt;", "Evil &amp; Co", "Attendance (2 listed, 2 attended)", "sha256 sha-17",
			`/meetings/1/text`, `/meetings/1/source`,
		}, []string{"<script>alert"}},
		{"/meetings/3", 200, []string{`href="https://example.com/spec"`, `<span class="dead-link"`, "javascript:alert(1)"},
			[]string{`href="javascript:`, `href="data:`, `href="/meetings/1/source" rel`}},
		{"/meetings/1/text", 200, nil, nil},
		{"/meetings/999", 404, []string{"Not found"}, nil},
		{"/meetings/abc", 404, nil, nil},
		// "<script>alert(1)</script>" has no name's shape: a participant, no person.
		{"/people", 200, []string{"Gorazd Božič", "Christoph Graf", "6 people"}, []string{"alert(1)"}},
		{"/people?q=BOZIC", 200, []string{"Gorazd Božič", "1 person"}, []string{"Christoph Graf"}},
		{"/people?status=apologies", 200, []string{"Ann Smith", "1 person"}, []string{"Jane Doe"}},
		{"/people/" + gorazd, 200, []string{"Gorazd Božič", "Also written: Gorazd Bozic, Gorazd Božič", "<svg", "2006", "SI-CERT", "Slovenia", "chair",
			"3 meetings listed", "CSAF TC meeting 12"}, nil},
		{"/organisations", 200, []string{"SI-CERT", "Evil &amp; Co", "4 organisations"}, nil},
		{"/organisations?year=2018&sort=-meetings", 200, []string{"3 organisations"}, []string{"Evil"}},
		{"/organisations/" + org, 200, []string{"SI-CERT", "Gorazd Božič", "<svg", "Attended 3 meetings, through 1 person.", "Meetings attended", "18th TF-CSIRT meeting"}, nil},
		{"/actions", 200, []string{"1 action still open", "12-02", "Omar Khan"}, []string{"16-04"}}, // 16-04 closed at the 18th meeting
		{"/actions?all=1", 200, []string{"16-04", "to inform the group", "ongoing", "done", "2006-05-25", "3 actions"}, nil},
		{"/actions?status=closed&body=TF-CSIRT", 200, []string{"16-04", "1 action closed"}, []string{"12-01"}},
		{"/actions?status=any&owner=doe", 200, []string{"12-01", "1 action"}, []string{"16-04"}},
		{"/actions?owner=%22", 200, []string{`class="problem"`}, nil},
		{"/actions?all=1&page=99999", 200, nil, []string{"16-04"}},
		{"/nonsense", 404, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			status, body := get(t, s, tt.url)
			if status != tt.status {
				t.Fatalf("status %d, want %d\n%s", status, tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, d := range tt.dont {
				if strings.Contains(body, d) {
					t.Errorf("page contains %q", d)
				}
			}
		})
	}
}

func TestDatabaseIsReadOnly(t *testing.T) {
	_, db := testServer(t)
	if _, err := db.Exec(`DELETE FROM meetings`); err == nil {
		t.Error("a write through the server's connection succeeded")
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in, match, owner, problem string
		from, to                  string
	}{
		{in: "kouril", match: `"kouril"`},
		{in: "grid security", match: `("grid" AND "security")`},
		{in: `"white paper"`, match: `"white paper"`},
		{in: `budget OR finance`, match: `("budget" OR "finance")`},
		{in: `budget NOT draft`, match: `("budget" NOT "draft")`},
		{in: `budget -draft -"old plan"`, match: `("budget" NOT "draft" NOT "old plan")`},
		{in: `secur*`, match: `"secur"*`},
		{in: `(a OR b) c`, match: `(("a" OR "b") AND "c")`},
		{in: "CERT-EE", match: `"CERT-EE"`},
		{in: `" OR 1=1 --`, problem: "closing quote"},
		{in: `owner:graf`, owner: `"graf"`},
		{in: `owner:"Christoph Graf" inform`, match: `"inform"`, owner: `"Christoph" AND "Graf"`},
		{in: `security year:2018`, match: `"security"`, from: "2018", to: "2019"},
		{in: `security year:2016-2018`, match: `"security"`, from: "2016", to: "2019"},
		{in: `year:18`, problem: "year:"},
		{in: `owner:`, problem: "owner: needs"},
		{in: `-draft`, problem: "not only words to leave out"},
		{in: `NOT`, problem: "NOT (or -) needs a word"},
		{in: `OR budget`, problem: "OR needs"},
		{in: `budget OR`, problem: "OR needs"},
		{in: `(budget`, problem: "no closing one"},
		{in: `budget)`, problem: "no opening one"},
		{in: `a OR owner:x`, problem: "narrows the whole search"},
		{in: `"" budget`, problem: "hold nothing"},
		{in: `-- = &`, match: ``},
		{in: strings.Repeat("w ", 65), problem: "65 words; at most 64"},
		{in: `10:30 http://x.org`, match: `("10:30" AND "http://x.org")`},
	}
	for _, tt := range tests {
		q, err := parseQuery(tt.in)
		if tt.problem != "" {
			if err == nil || !strings.Contains(err.Error(), tt.problem) {
				t.Errorf("parseQuery(%q) error %v, want one saying %q", tt.in, err, tt.problem)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseQuery(%q): %v", tt.in, err)
			continue
		}
		if q.Match != tt.match || q.Owner != tt.owner || q.From != tt.from || q.To != tt.to {
			t.Errorf("parseQuery(%q) = %+v, want match %s owner %s years %s-%s", tt.in, q, tt.match, tt.owner, tt.from, tt.to)
		}
	}
}

// TestEveryQueryRuns runs odd queries against the database: each gives a
// page, never a 500, and a problem is one line on the page.
func TestEveryQueryRuns(t *testing.T) {
	s, _ := testServer(t)
	for _, q := range []string{`"`, `(`, `)`, `OR`, `NOT NOT`, `*`, `a*b`, `"a" *`, `^`, `{owner}:x`, `owner:x`, `year:2006 body:tf-csirt group`,
		`body:nothing`, `-`, `AND`, `a AND`, `NEAR(a b)`, `x:y`, `"*"`, `\`, `owner:"Christoph"*`, strings.Repeat("(", 200)} {
		status, body := get(t, s, "/search?q="+url.QueryEscape(q))
		if status != 200 {
			t.Errorf("search %q: status %d", q, status)
		}
		if strings.Contains(body, "class=\"problem\"") && strings.Count(body[strings.Index(body, "class=\"problem\""):], "\n") < 1 {
			t.Errorf("search %q: the problem is not one line", q)
		}
	}
}

func TestStaticAndHeaders(t *testing.T) {
	s, _ := testServer(t)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/static/style.css", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "font-family") {
		t.Errorf("style.css: %d", rec.Code)
	}
	if rec.Header().Get("Content-Security-Policy") == "" {
		t.Error("no Content-Security-Policy header")
	}
}
