package main

import (
	"bufio"
	"database/sql"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"minutes/batch"
)

// buildBinary compiles the minutes command for tests that need a real
// process to kill.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "minutes")
	cmd := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", bin, ".")
	cmd.Env = os.Environ()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// makeArchive writes copies of the samples and of the corpus's text,
// markdown and HTML minutes, each copy made distinct so nothing dedupes.
func makeArchive(t *testing.T, copies int) string {
	t.Helper()
	var sources []string
	sources = append(sources, samples...)
	for _, pattern := range []string{"txt/*.txt", "md/*.md", "html/*.html"} {
		m, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", pattern))
		sources = append(sources, m...)
	}
	dir := t.TempDir()
	for _, src := range sources {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		ext := filepath.Ext(src)
		base := strings.TrimSuffix(filepath.Base(src), ext)
		for i := 0; i < copies; i++ {
			copyData := append(append([]byte{}, data...), fmt.Sprintf("\n\nArchive copy %d of %s.\n", i, base)...)
			path := filepath.Join(dir, fmt.Sprintf("year%02d", i%7), fmt.Sprintf("%s-%03d%s", base, i, ext))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, copyData, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// dbState describes a database by what matters to a user: each document
// with the number of rows it owns, and whether the file is sound.
func dbState(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q, %v", check, err)
	}
	var schema int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	if schema == 0 {
		return map[string]string{} // an import killed before it wrote the schema: no document yet
	}
	rows, err := db.Query(`
SELECT d.path, d.sha256,
       (SELECT count(*) FROM meetings m WHERE m.document_id = d.id),
       (SELECT count(*) FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE m.document_id = d.id),
       (SELECT count(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.document_id = d.id),
       (SELECT count(*) FROM decisions x JOIN meetings m ON m.id = x.meeting_id WHERE m.document_id = d.id),
       (SELECT count(*) FROM participants p JOIN meetings m ON m.id = p.meeting_id WHERE m.document_id = d.id),
       (SELECT count(*) FROM links l WHERE l.document_id = d.id)
FROM documents d`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	state := map[string]string{}
	for rows.Next() {
		var path, sha string
		var meetings, items, actions, decisions, participants, links int
		if err := rows.Scan(&path, &sha, &meetings, &items, &actions, &decisions, &participants, &links); err != nil {
			t.Fatal(err)
		}
		if _, dup := state[path]; dup {
			t.Errorf("%s stored twice", path)
		}
		state[path] = fmt.Sprintf("%s meetings=%d items=%d actions=%d decisions=%d participants=%d links=%d",
			sha[:12], meetings, items, actions, decisions, participants, links)
	}
	return state
}

func compareStates(t *testing.T, want, got map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d documents, want %d", len(got), len(want))
	}
	shown := 0
	for path, w := range want {
		if g := got[path]; g != w && shown < 5 {
			shown++
			t.Errorf("%s:\n got  %s\n want %s", path, g, w)
		}
	}
}

// TestKilledImportResumes kills the import at random moments, runs it
// again to the end, and checks the database against a clean import: no
// duplicate, no partial document, nothing lost.
func TestKilledImportResumes(t *testing.T) {
	bin := buildBinary(t)
	archive := makeArchive(t, 12)

	clean := filepath.Join(t.TempDir(), "clean.db")
	if out, err := exec.Command(bin, "import", "-q", "--db", clean, archive).CombinedOutput(); err != nil {
		t.Fatalf("clean import: %v\n%s", err, out)
	}
	want := dbState(t, clean)

	killed := filepath.Join(t.TempDir(), "killed.db")
	rng := rand.New(rand.NewSource(7))
	interrupted := false
	for i := 0; i < 5; i++ {
		cmd := exec.Command(bin, "import", "-q", "--db", killed, archive)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(20+rng.Intn(400)) * time.Millisecond)
		cmd.Process.Kill() // SIGKILL: no chance to clean up
		cmd.Wait()
		if n := len(dbState(t, killed)); n < len(want) {
			interrupted = true
		}
	}
	if !interrupted {
		t.Fatalf("no kill interrupted the import (%d documents): the archive is too small to test resuming", len(want))
	}
	if out, err := exec.Command(bin, "import", "-q", "--db", killed, archive).CombinedOutput(); err != nil {
		t.Fatalf("import after kills: %v\n%s", err, out)
	}
	compareStates(t, want, dbState(t, killed))
}

// TestTwoImportsAtOnce runs two imports of the same archive into one
// database at the same time: both must finish, without "database is
// locked", and the result must equal a single import.
func TestTwoImportsAtOnce(t *testing.T) {
	bin := buildBinary(t)
	archive := makeArchive(t, 4)
	clean := filepath.Join(t.TempDir(), "clean.db")
	if out, err := exec.Command(bin, "import", "-q", "--db", clean, archive).CombinedOutput(); err != nil {
		t.Fatalf("clean import: %v\n%s", err, out)
	}
	shared := filepath.Join(t.TempDir(), "shared.db")
	a := exec.Command(bin, "import", "-q", "--db", shared, archive)
	b := exec.Command(bin, "import", "-q", "--db", shared, archive)
	var outA, outB strings.Builder
	a.Stdout, a.Stderr = &outA, &outA
	b.Stdout, b.Stderr = &outB, &outB
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	if err := b.Start(); err != nil {
		t.Fatal(err)
	}
	if err := a.Wait(); err != nil {
		t.Errorf("first import: %v\n%s", err, outA.String())
	}
	if err := b.Wait(); err != nil {
		t.Errorf("second import: %v\n%s", err, outB.String())
	}
	compareStates(t, dbState(t, clean), dbState(t, shared))
}

// TestInterruptedImportSaysSoAndResumes interrupts an import with Ctrl-C
// (SIGINT) once it has stored a file: it must finish the files under way,
// say that it was interrupted and that running it again resumes, and exit
// 130; run again, it must finish the job as a clean import would.
func TestInterruptedImportSaysSoAndResumes(t *testing.T) {
	bin := buildBinary(t)
	archive := makeArchive(t, 1)
	db := filepath.Join(t.TempDir(), "m.db")
	cmd := exec.Command(bin, "import", "-v", "-j", "1", "--db", db, archive)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if strings.HasPrefix(lines.Text(), "imported ") {
			break
		}
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	for lines.Scan() {
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 {
		t.Fatalf("interrupted import: %v, want exit status 130; stderr:\n%s", err, stderr.String())
	}
	msg := stderr.String()
	if !strings.Contains(msg, "interrupted") || !strings.Contains(msg, "again to resume") || strings.Count(strings.TrimSpace(msg), "\n") != 0 {
		t.Errorf("the interrupted import says %q; want one line saying it was interrupted and that running it again resumes", msg)
	}
	stored := len(dbState(t, db))
	files := len(batch.WalkPaths([]string{archive}).Files)
	if stored == 0 || stored >= files {
		t.Fatalf("%d of %d files stored before the interruption: the test did not interrupt an import under way", stored, files)
	}
	if out, err := exec.Command(bin, "import", "-q", "--db", db, archive).CombinedOutput(); err != nil {
		t.Fatalf("import after the interruption: %v\n%s", err, out)
	}
	clean := filepath.Join(t.TempDir(), "clean.db")
	if out, err := exec.Command(bin, "import", "-q", "--db", clean, archive).CombinedOutput(); err != nil {
		t.Fatalf("clean import: %v\n%s", err, out)
	}
	compareStates(t, dbState(t, clean), dbState(t, db))
}
