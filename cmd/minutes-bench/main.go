// Command minutes-bench measures a batch import the way an archivist runs
// one: it generates an archive of thousands of minutes (the samples and
// the corpus, replicated with varied content so nothing dedupes), imports
// it cold, again with nothing changed, and again after the pipeline
// version changed, and prints documents per second, MB per second and
// peak memory for each run. Then it sets our PDF text against mutool's
// and poppler's, each program a process of its own (pdf.go).
//
//	go run ./cmd/minutes-bench [-docs 5000] [-j N] [-keep DIR] [-pdf-only] [-rounds 7]
//
// `make bench` runs it with the Go benchmarks.
package main

import (
	"bytes"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"text/tabwriter"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"minutes/internal/archive"
)

func main() {
	docs := flag.Int("docs", 5000, "documents in the generated archive")
	jobs := flag.Int("j", 0, "passed to minutes import -j (0: its default)")
	keep := flag.String("keep", "", "generate the archive and database in this folder and keep them")
	corpus := flag.String("corpus", filepath.Join("..", "shared", "corpus"), "the corpus folder")
	bench500 := flag.String("bench500", filepath.Join("..", "shared", "bench", "bench500.pdf"), "a long PDF to time the text layer on (made from the corpus with qpdf if missing)")
	pdfOnly := flag.Bool("pdf-only", false, "only set PDF text against mutool and pdftotext; no import")
	rounds := flag.Int("rounds", 7, "rounds of the PDF comparison; medians are reported")
	flag.Parse()
	if err := run(*docs, *jobs, *keep, *corpus, pdfBench{long: *bench500, rounds: *rounds}, *pdfOnly); err != nil {
		fmt.Fprintln(os.Stderr, "minutes-bench:", err)
		os.Exit(1)
	}
}

func run(docs, jobs int, keep, corpus string, pb pdfBench, pdfOnly bool) error {
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
	sources, err := archive.Sources(corpus)
	if err != nil {
		return err
	}
	if pdfOnly {
		return pb.compare(bin, sources, work)
	}
	dir := filepath.Join(work, "archive")
	os.RemoveAll(dir)
	stats, err := archive.Generate(dir, sources, docs)
	if err != nil {
		return err
	}
	fmt.Printf("archive: %d documents (%s), %.1f MB, in %s\n\n", stats.Docs, stats.Mix(), float64(stats.Bytes)/(1<<20), dir)

	db := filepath.Join(work, "bench.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(db + suffix)
	}
	args := []string{"import", "-q", "--db", db}
	if jobs > 0 {
		args = append(args, "-j", fmt.Sprint(jobs))
	}
	args = append(args, dir)

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
		fmt.Fprintf(tw, "%s\t%.0f\t%.1f\t%.0f\t%.2f\t\n", step.name, float64(stats.Docs)/secs,
			float64(stats.Bytes)/(1<<20)/secs, float64(m.maxRSS)/(1<<20), secs)
	}
	tw.Flush()
	fmt.Println()
	return pb.compare(bin, sources, work)
}

// concatenatePDFs makes a PDF of about n pages from the given ones with
// qpdf.
func concatenatePDFs(pdfs []string, n int, out string) (string, error) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		return "", err
	}
	args := []string{"--empty", "--pages"}
	for pages := 0; pages < n; {
		for _, p := range pdfs {
			if pages >= n {
				break
			}
			args = append(args, p)
			pages += countPages([]string{p})
		}
	}
	args = append(args, "--", out)
	if msg, err := exec.Command("qpdf", args...).CombinedOutput(); err != nil && !bytes.Contains(msg, []byte("warning")) {
		return "", fmt.Errorf("qpdf: %v: %s", err, msg)
	}
	return out, nil
}

// countPages counts the pages of PDFs with qpdf, or pdfinfo's count.
func countPages(files []string) int {
	total := 0
	for _, f := range files {
		out, err := exec.Command("qpdf", "--show-npages", f).Output()
		if err != nil {
			continue
		}
		var n int
		fmt.Sscan(string(out), &n)
		total += n
	}
	return total
}

type measurement struct {
	elapsed time.Duration
	cpu     time.Duration // user and system time
	maxRSS  int64         // bytes
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
		m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
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
