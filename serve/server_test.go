package serve

import (
	"database/sql"
	"io"
	"net/http"
	"net/http/httptest"
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
	}
}

// testServer imports the records into a new database and serves it
// read-only.
func testServer(t *testing.T) (*Server, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range testRecords() {
		if _, err := st.Import(store.Entry{Record: r, Version: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	db, err := OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := New(db)
	if err != nil {
		t.Fatal(err)
	}
	return s, db
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
		{"/search?q=kouril", 200, []string{"Grid security", "<mark>Kouřil</mark>", `href="/meetings/1"`}, nil},
		{"/search?q=volunteers&sort=relevance", 200, []string{"Decision", "<mark>volunteers</mark>"}, nil},
		{"/search?q=kouril&year=2005", 200, []string{"Nothing found"}, []string{"Grid security"}},
		{"/search?q=kouril&body=Other", 200, []string{"Nothing found"}, nil},
		{`/search?q=%22+OR+1%3D1+--+NEAR(`, 200, []string{"Nothing found"}, nil},
		{"/meetings", 200, []string{"18th TF-CSIRT meeting", "Minutes of the 17th TF-CSIRT meeting", "Vilnius"}, nil},
		{"/meetings/1", 200, []string{
			"Minutes of the 17th TF-CSIRT meeting", "TF-CSIRT · meeting 17", "7. Grid security",
			`<a href="/people/`, "Daniel Kouřil", "http://example.org/kouril.pdf", "unanimous",
			"&lt;script&gt;alert(1)&lt;/script&gt;", "Evil &amp; Co", "Attendance (2)", "sha256 sha-17", `/meetings/1/text`,
		}, []string{"<script>alert"}},
		{"/meetings/1/text", 200, nil, nil},
		{"/meetings/999", 404, []string{"Not found"}, nil},
		{"/meetings/abc", 404, nil, nil},
		{"/people", 200, []string{"Gorazd Božič", "Christoph Graf"}, nil},
		{"/people?q=BOZIC", 200, []string{"Gorazd Božič"}, []string{"Christoph Graf"}},
		{"/people/" + gorazd, 200, []string{"Gorazd Božič", "Also written: Gorazd Bozic, Gorazd Božič", "<svg", "2006", "SI-CERT", "Slovenia", "chair"}, nil},
		{"/organisations", 200, []string{"SI-CERT", "Evil &amp; Co"}, nil},
		{"/organisations/" + org, 200, []string{"SI-CERT", "Gorazd Božič", "<svg"}, nil},
		{"/actions", 200, []string{"No actions."}, nil}, // 16-04 closed at the 18th meeting
		{"/actions?all=1", 200, []string{"16-04", "to inform the group", "ongoing", "done", "2006-05-25"}, nil},
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

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kouril", `"kouril"*`},
		{"grid security", `"grid" "security"*`},
		{`" OR 1=1 --`, `"OR" "1" "1"`},
		{"CERT-EE", `"CERT-EE"*`},
		{"   ", ""},
		{"a", `"a"`},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tt.in, got, tt.want)
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
