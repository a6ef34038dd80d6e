package serve

import (
	"encoding/csv"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDataTwins checks that list and detail pages have .json and .csv
// twins with the same rows as the page, every row rather than a page.
func TestDataTwins(t *testing.T) {
	s, _ := testServer(t)
	tests := []struct {
		url       string
		total     int    // the JSON's total, -1 when none
		csvRows   int    // data rows of the CSV
		csvHas    string // a header the CSV has
		jsonHas   string
		jsonLacks string
	}{
		{"/meetings.json", 4, 4, "", `"title": "CSAF TC meeting 12"`, `"Bodies"`},
		{"/meetings.csv?body=TF-CSIRT", 2, 2, "attendees", "", ""},
		{"/meetings/1.json", -1, 0, "", `"items": [`, ""},
		{"/meetings/1.csv", -1, 6, "section", "", ""},
		{"/people.json?q=bozic", 1, 1, "", `"name": "Gorazd Božič"`, ""},
		{"/people/1.json", -1, 0, "", `"spellings"`, ""},
		{"/organisations.csv?year=2018", 3, 3, "people", "", ""},
		{"/organisations/1.json", -1, 0, "", `"meetings": [`, ""},
		{"/actions.csv?status=open", 1, 1, "owner", "", ""},
		{"/actions.json?status=any", 3, 3, "", `"history": [`, ""},
		{"/search.json?q=%22white+paper%22", -1, 0, "", `"kind": "items"`, ""},
		{"/search.csv?q=%22white+paper%22", -1, 3, "excerpt", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("GET", tt.url, nil))
			body := rec.Body.String()
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, body)
			}
			if strings.Contains(tt.url, ".json") {
				if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
					t.Errorf("Content-Type %s", ct)
				}
				var v map[string]any
				if err := json.Unmarshal([]byte(body), &v); err != nil {
					t.Fatalf("not JSON: %v\n%s", err, body)
				}
				if tt.total >= 0 && v["total"] != float64(tt.total) {
					t.Errorf("total %v, want %d", v["total"], tt.total)
				}
				if !strings.Contains(body, tt.jsonHas) || tt.jsonLacks != "" && strings.Contains(body, tt.jsonLacks) {
					t.Errorf("JSON lacks %q or has %q:\n%s", tt.jsonHas, tt.jsonLacks, body)
				}
				return
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
				t.Errorf("Content-Type %s", ct)
			}
			records, err := csv.NewReader(strings.NewReader(body)).ReadAll()
			if err != nil {
				t.Fatalf("not CSV: %v\n%s", err, body)
			}
			if len(records)-1 != tt.csvRows {
				t.Errorf("%d rows, want %d:\n%s", len(records)-1, tt.csvRows, body)
			}
			if !strings.Contains(strings.Join(records[0], ","), tt.csvHas) {
				t.Errorf("header %v lacks %s", records[0], tt.csvHas)
			}
		})
	}
	for _, url := range []string{"/meetings/1/text.json", "/meetings/1/source.csv", "/meetings/99.json"} {
		if status, _ := get(t, s, url); status != 404 {
			t.Errorf("%s: status %d, want 404", url, status)
		}
	}
}

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{"MeetingID": "meeting_id", "SHA256": "sha256", "ID": "id", "FirstDate": "first_date", "ItemCount": "item_count"} {
		if got := snake(in); got != want {
			t.Errorf("snake(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestSource serves originals by id: as imported, or a sentence when the
// file is gone or changed; HTML as sandboxed plain text.
func TestSource(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "m.html")
	content := []byte(`<html><script>alert(1)</script><p>Minutes</p></html>`)
	os.WriteFile(html, content, 0o644)
	// The test records name files that do not exist; point one at a real file.
	s, _ := testServerWith(t, func(path string) {
		st := openStore(t, path)
		defer st.Close()
		if _, err := st.DB().Exec(`UPDATE documents SET original = ?, sha256 = ?, format = 'html' WHERE id = 1`, html, sha(content)); err != nil {
			t.Fatal(err)
		}
	})
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/meetings/1/source", nil))
	if rec.Code != 200 || rec.Body.String() != string(content) {
		t.Fatalf("source: %d %q", rec.Code, rec.Body.String())
	}
	h := rec.Header()
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("an HTML original served as %s", ct)
	}
	if csp := h.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "sandbox") {
		t.Errorf("an HTML original served under %q", csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
	os.WriteFile(html, []byte("changed"), 0o644)
	if status, body := get(t, s, "/meetings/1/source"); status != 404 || !strings.Contains(body, "has changed since it was imported") {
		t.Errorf("changed file: %d %s", status, body)
	}
	os.Remove(html)
	if status, body := get(t, s, "/meetings/1/source"); status != 404 || !strings.Contains(body, "no longer at") {
		t.Errorf("missing file: %d %s", status, body)
	}
	for _, url := range []string{"/meetings/2/source", "/meetings/../../etc/passwd/source", "/meetings/1/source?path=/etc/passwd", "/meetings/%2e%2e/source"} {
		if status, body := get(t, s, url); status == 200 || strings.Contains(body, "root:") {
			t.Errorf("%s: %d", url, status)
		}
	}
}
