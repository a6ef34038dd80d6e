package serve

import (
	"fmt"
	"math/rand"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"minutes/store"
)

// benchMeetings is the size of the generated archive the page benchmarks
// run on: the "archive of 100,000 meetings".
const benchMeetings = 100_000

// generateArchive writes a database of n meetings of 40 bodies over 30
// years, each with items, participants drawn from 20,000 people, actions
// and decisions, straight through SQL (importing records one by one would
// take minutes) and with the same schema the store makes.
//
// The archive is made once per run of the benchmarks, in a folder removed
// when they end (TestMain), or once and for all at MINUTES_BENCH_DB when
// that is set: the same seed makes the same archive, so a file there is
// reused.
func generateArchive(b *testing.B, n int) (path, topic string) {
	b.Helper()
	path = os.Getenv("MINUTES_BENCH_DB")
	if path == "" {
		dir, err := os.MkdirTemp("", "minutes-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDir, path = dir, filepath.Join(dir, "big.db")
	}
	st, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	db := st.DB()
	rng := rand.New(rand.NewSource(1))
	// A vocabulary of 5,000 words used with Zipf's law, as in real text:
	// a few words are everywhere, most are rare, so a search for a topic
	// matches a small part of the archive.
	words := strings.Fields("the of and to meeting board security incident response network budget report update " +
		"workshop policy training member election treasurer agenda project review liaison survey standard")
	for len(words) < 5000 {
		words = append(words, fmt.Sprintf("%c%c%c%c%c", 'a'+rng.Intn(26), 'a'+rng.Intn(26), 'a'+rng.Intn(26), 'a'+rng.Intn(26), 'a'+rng.Intn(26)))
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(words)-1))
	topic = words[300] // a word of the long tail: a topic searched for
	var made int
	if db.QueryRow(`SELECT count(*) FROM meetings`).Scan(&made); made == n {
		return path, topic // made before with the same seed
	}
	phrase := func(k int) string {
		out := make([]string, k)
		for i := range out {
			out[i] = words[zipf.Uint64()]
		}
		return strings.Join(out, " ")
	}
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	exec := func(q string, args ...any) int64 {
		res, err := tx.Exec(q, args...)
		if err != nil {
			b.Fatal(err)
		}
		id, _ := res.LastInsertId()
		return id
	}
	for p := 1; p <= 20000; p++ {
		exec(`INSERT INTO people (id, key, name) VALUES (?, ?, ?)`, p, fmt.Sprintf("person %d", p), fmt.Sprintf("Person %d", p))
	}
	for o := 1; o <= 500; o++ {
		exec(`INSERT INTO organisations (id, key, name) VALUES (?, ?, ?)`, o, fmt.Sprintf("org %d", o), fmt.Sprintf("Org %d", o))
	}
	for m := 1; m <= n; m++ {
		doc := exec(`INSERT INTO documents (path, sha256, format, imported_at, pipeline_version, raw_text, text) VALUES (?, ?, 'text', '2026-01-01', 'bench', '', '')`,
			fmt.Sprintf("a/%d.txt", m), fmt.Sprintf("sha-%d", m))
		date := fmt.Sprintf("%d-%02d-%02d", 1995+rng.Intn(30), 1+rng.Intn(12), 1+rng.Intn(28))
		body := fmt.Sprintf("Body %d", rng.Intn(40))
		meeting := exec(`INSERT INTO meetings (document_id, title, body, number, date, city) VALUES (?, ?, ?, ?, ?, ?)`,
			doc, fmt.Sprintf("Meeting %d of %s", m, body), body, m, date, "City")
		for i := 1; i <= 5; i++ {
			exec(`INSERT INTO items (meeting_id, position, number, title, text) VALUES (?, ?, ?, ?, ?)`,
				meeting, i, fmt.Sprint(i), phrase(3), phrase(60))
		}
		for i := 1; i <= 10; i++ {
			exec(`INSERT INTO participants (meeting_id, position, name, organisation, country, attendance, person_id, organisation_id) VALUES (?, ?, ?, ?, ?, 'present', ?, ?)`,
				meeting, i, "Person", "Org", "Country", 1+rng.Intn(20000), 1+rng.Intn(500))
		}
		exec(`INSERT INTO actions (meeting_id, position, action_id, owner, text, status, owner_id, action_key) VALUES (?, 1, ?, 'Person', ?, ?, ?, ?)`,
			meeting, fmt.Sprintf("%d.1", m%500), phrase(8), []string{"open", "done", "ongoing"}[rng.Intn(3)], 1+rng.Intn(20000),
			fmt.Sprintf("%s:%d 1", strings.ToLower(body), m%500))
		exec(`INSERT INTO decisions (meeting_id, position, text, kind) VALUES (?, 1, ?, 'agreement')`, meeting, phrase(12))
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if err := st.RebuildActionHistory(); err != nil {
		b.Fatal(err)
	}
	if _, err := db.Exec(`ANALYZE`); err != nil {
		b.Fatal(err)
	}
	return path, topic
}

var benchArchive, benchTopic, benchDir string

// TestMain removes the generated archive when the benchmarks end.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// BenchmarkPages serves the main pages of a generated archive of 100,000
// meetings; ms/page is the figure to keep well under 100.
func BenchmarkPages(b *testing.B) {
	if benchArchive == "" {
		benchArchive, benchTopic = generateArchive(b, benchMeetings)
	}
	s, db := serveFile(b, benchArchive)
	var person, org int
	db.QueryRow(`SELECT person_id FROM participants GROUP BY person_id ORDER BY count(*) DESC LIMIT 1`).Scan(&person)
	db.QueryRow(`SELECT organisation_id FROM participants GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1`).Scan(&org)
	pages := []string{
		"/search?q=" + benchTopic, // a topic: a small part of the archive
		"/search?q=security",      // a word in most items: the worst case
		"/search?q=" + benchTopic + "&sort=relevance",
		"/search?q=budget+training&sort=relevance",
		"/search?q=security&body=Body+7&year=2010",
		"/meetings",
		"/meetings?page=400",
		"/meetings/54321",
		fmt.Sprintf("/people/%d", person),
		fmt.Sprintf("/organisations/%d", org),
		"/people?q=person+12",
		"/actions",
	}
	for _, url := range pages {
		b.Run(strings.NewReplacer("/", "_", "?", "_").Replace(url), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest("GET", url, nil))
				if rec.Code != 200 {
					b.Fatalf("%s: %d", url, rec.Code)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/page")
		})
	}
}
