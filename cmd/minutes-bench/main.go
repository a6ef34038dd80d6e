// Command minutes-bench measures a batch import the way an archivist runs
// one: it generates an archive of thousands of minutes (the samples and
// the corpus, replicated with varied content so nothing dedupes), imports
// it cold, again with nothing changed, and again after the pipeline
// version changed, and prints documents per second, MB per second and
// peak memory for each run. (PDF extraction against poppler's pdftotext is
// measured by extract's benchmarks: extract/testdata/pdf/bench-ratio.sh.)
//
//	go run ./cmd/minutes-bench [-docs 5000] [-j N] [-keep DIR]
//
// `make bench` runs it with the Go benchmarks.
package main

import (
	"bytes"
	"database/sql"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	_ "github.com/mattn/go-sqlite3"
)

func main() {
	docs := flag.Int("docs", 5000, "documents in the generated archive")
	jobs := flag.Int("j", 0, "passed to minutes import -j (0: its default)")
	keep := flag.String("keep", "", "generate the archive and database in this folder and keep them")
	corpus := flag.String("corpus", filepath.Join("..", "shared", "corpus"), "the corpus folder")
	flag.Parse()
	if err := run(*docs, *jobs, *keep, *corpus); err != nil {
		fmt.Fprintln(os.Stderr, "minutes-bench:", err)
		os.Exit(1)
	}
}

func run(docs, jobs int, keep, corpus string) error {
	work := keep
	if work == "" {
		var err error
		if work, err = os.MkdirTemp("", "minutes-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	bin := filepath.Join(work, "minutes")
	if out, err := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", bin, "./cmd/minutes").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	sources, err := sourceFiles(corpus)
	if err != nil {
		return err
	}
	archive := filepath.Join(work, "archive")
	os.RemoveAll(archive)
	stats, err := generate(archive, sources, docs)
	if err != nil {
		return err
	}
	fmt.Printf("archive: %d documents (%s), %.1f MB, in %s\n\n", stats.docs, stats.mix(), float64(stats.bytes)/(1<<20), archive)

	db := filepath.Join(work, "bench.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(db + suffix)
	}
	args := []string{"import", "-q", "--db", db}
	if jobs > 0 {
		args = append(args, "-j", fmt.Sprint(jobs))
	}
	args = append(args, archive)

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "run\tdocuments/s\tMB/s\tpeak RSS (MB)\tseconds\t")
	for _, step := range []struct {
		name   string
		before func() error
	}{
		{"cold import", nil},
		{"re-import, nothing changed", nil},
		{"re-import, pipeline version changed", func() error { return ageDatabase(db) }},
	} {
		if step.before != nil {
			if err := step.before(); err != nil {
				return err
			}
		}
		m, err := measure(bin, args)
		if err != nil {
			return fmt.Errorf("%s: %w", step.name, err)
		}
		secs := m.elapsed.Seconds()
		fmt.Fprintf(tw, "%s\t%.0f\t%.1f\t%.0f\t%.2f\t\n", step.name, float64(stats.docs)/secs,
			float64(stats.bytes)/(1<<20)/secs, float64(m.maxRSS)/(1<<20), secs)
	}
	tw.Flush()
	return nil
}

// sourceFiles lists the documents the archive is made from.
func sourceFiles(corpus string) ([]string, error) {
	files, _ := filepath.Glob(filepath.Join("testdata", "samples", "*.txt"))
	for _, pattern := range []string{"txt/*.txt", "md/*.md", "html/*.html", "pdf/*.pdf"} {
		m, err := filepath.Glob(filepath.Join(corpus, pattern))
		if err != nil {
			return nil, err
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		return nil, fmt.Errorf("found only %d source documents under testdata/samples and %s", len(files), corpus)
	}
	return files, nil
}

type archiveStats struct {
	docs     int
	bytes    int64
	byFormat map[string]int
}

func (s archiveStats) mix() string {
	var parts []string
	for _, f := range []string{".txt", ".md", ".html", ".pdf"} {
		parts = append(parts, fmt.Sprintf("%d %s", s.byFormat[f], f))
	}
	return strings.Join(parts, ", ")
}

// generate writes n documents, cycling through the sources. Each copy is
// varied so that no two have the same bytes: text and HTML get a line
// with another date and name; PDFs get a comment after their end, which
// readers ignore.
func generate(dir string, sources []string, n int) (archiveStats, error) {
	stats := archiveStats{byFormat: map[string]int{}}
	rng := rand.New(rand.NewSource(1))
	contents := make([][]byte, len(sources))
	for i, src := range sources {
		data, err := os.ReadFile(src)
		if err != nil {
			return stats, err
		}
		contents[i] = data
	}
	names := []string{"Ana Kovač", "Jürgen Weiß", "Siobhán Ó Briain", "Łukasz Żak", "Maria Lopez", "Kofi Mensah"}
	for i := 0; i < n; i++ {
		k := i % len(sources)
		ext := filepath.Ext(sources[k])
		variant := fmt.Sprintf("Archive copy %d, filed %d-%02d-%02d by %s.", i, 1990+rng.Intn(35), 1+rng.Intn(12), 1+rng.Intn(28), names[rng.Intn(len(names))])
		var data []byte
		switch ext {
		case ".pdf":
			data = append(append([]byte{}, contents[k]...), "\n% "+variant+"\n"...)
		case ".html":
			data = bytes.Replace(contents[k], []byte("</body>"), []byte("<p>"+variant+"</p></body>"), 1)
			if bytes.Equal(data, contents[k]) {
				data = append(append([]byte{}, contents[k]...), "<p>"+variant+"</p>"...)
			}
		default:
			data = append(append([]byte{}, contents[k]...), "\n\n"+variant+"\n"...)
		}
		path := filepath.Join(dir, fmt.Sprintf("%04d", i/500), fmt.Sprintf("%05d-%s", i, filepath.Base(sources[k])))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return stats, err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return stats, err
		}
		stats.docs++
		stats.bytes += int64(len(data))
		stats.byFormat[ext]++
	}
	return stats, nil
}

type measurement struct {
	elapsed time.Duration
	maxRSS  int64 // bytes
}

// measure runs a command and returns its wall time and peak resident
// memory. A non-zero exit is an error unless only some files failed (1).
func measure(bin string, args []string) (measurement, error) {
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	m := measurement{elapsed: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.maxRSS = ru.Maxrss * 1024 // Linux reports kilobytes
	}
	if err != nil && cmd.ProcessState.ExitCode() != 1 {
		return m, fmt.Errorf("%v\n%s", err, stderr.String())
	}
	return m, nil
}

// ageDatabase marks every document as made by an older pipeline, as after
// an upgrade of minutes: the next import re-extracts them all.
func ageDatabase(path string) error {
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(`UPDATE documents SET pipeline_version = 'older'`)
	return err
}
