package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	ledongthuc "github.com/ledongthuc/pdf"

	"minutes/extract/pdf"
)

// A pdfSide is what one extractor made of a PDF, and how long it took.
type pdfSide struct {
	text string
	err  error
	time time.Duration
}

// ledongthucTimeout bounds one extraction by ledongthuc/pdf, which may
// loop on a malformed file; it cannot be stopped, only left behind.
const ledongthucTimeout = 2 * time.Minute

func runPDF(args []string) error {
	fl := flag.NewFlagSet("pdf", flag.ExitOnError)
	corpus := fl.String("corpus", filepath.Join("..", "shared", "corpus"), "the corpus folder")
	bench := fl.String("bench", filepath.Join("..", "shared", "bench", "bench500.pdf"), "a long PDF, timed on its own")
	fixtures := fl.String("fixtures", filepath.Join("extract", "pdf", "testdata"), "the PDF reader's encrypted fixtures")
	runs := fl.Int("runs", 3, "runs of each extractor per file; the median time is kept")
	fl.Parse(args)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return errors.New("pdftotext is not installed (apt-get install poppler-utils)")
	}
	groups, cleanup, err := pdfGroups(*corpus, *bench, *fixtures)
	defer cleanup()
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "files\tpages\tpdftotext words\tms: pdftotext\tminutes\tledongthuc\twords recovered: minutes\tledongthuc\tfailed: pdftotext\tminutes\tledongthuc\t")
	var failures []string
	for _, g := range groups {
		var pages, refWords, oursWords, theirWords, refFailed, oursFailed, theirFailed int
		var tRef, tOurs, tTheirs time.Duration
		for _, f := range g.files {
			data, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			ref := pdftotextSide(f, *runs)
			ours, n := oursPDF(data, *runs)
			theirs := ledongthucPDF(data, *runs)
			name := strings.TrimSuffix(filepath.Base(f), ".pdf")
			for _, side := range []struct {
				tool string
				err  error
				n    *int
			}{{"pdftotext", ref.err, &refFailed}, {"minutes", ours.err, &oursFailed}, {"ledongthuc/pdf", theirs.err, &theirFailed}} {
				if side.err != nil {
					*side.n++
					failures = append(failures, fmt.Sprintf("%s failed on %s: %v", side.tool, name, side.err))
				}
			}
			tRef, tOurs, tTheirs = tRef+ref.time, tOurs+ours.time, tTheirs+theirs.time
			pages += n
			if ref.err == nil {
				refBag := bagOf(ref.text)
				refWords += refBag.size()
				oursWords += recovered(refBag, bagOf(ours.text))
				theirWords += recovered(refBag, bagOf(theirs.text))
			}
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%.0f\t%.0f\t%.0f\t%.1f%%\t%.1f%%\t%d\t%d\t%d\t\n", g.name, pages, refWords,
			ms(tRef), ms(tOurs), ms(tTheirs), share(oursWords, refWords), share(theirWords, refWords), refFailed, oursFailed, theirFailed)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	for _, f := range failures {
		fmt.Println(f)
	}
	return nil
}

// A pdfGroup is a set of files whose figures are added up.
type pdfGroup struct {
	name  string
	files []string
}

// pdfGroups returns the corpus's PDFs, the long PDF, and the PDF reader's
// encrypted fixtures with two damaged copies of its plain fixture (every
// object moved 100 bytes on, so that the cross-reference table points
// wrong; and cut before its cross-reference table, as a download cut
// short), which are written to a temporary folder that cleanup removes.
func pdfGroups(corpus, bench, fixtures string) ([]pdfGroup, func(), error) {
	cleanup := func() {}
	files, err := filepath.Glob(filepath.Join(corpus, "pdf", "*.pdf"))
	if err != nil {
		return nil, cleanup, err
	}
	groups := []pdfGroup{{fmt.Sprintf("%d corpus PDFs", len(files)), files}}
	if _, err := os.Stat(bench); err == nil {
		groups = append(groups, pdfGroup{filepath.Base(bench), []string{bench}})
	}
	encrypted, _ := filepath.Glob(filepath.Join(fixtures, "*.pdf"))
	plain, err := os.ReadFile(filepath.Join(fixtures, "plain.pdf"))
	if err != nil {
		return groups, cleanup, nil
	}
	dir, err := os.MkdirTemp("", "minutes-peers-")
	if err != nil {
		return nil, cleanup, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	header, body, _ := bytes.Cut(plain, []byte("\n"))
	end := bytes.LastIndex(plain, []byte("xref"))
	damaged := map[string][]byte{
		"shifted-xref.pdf": bytes.Join([][]byte{header, bytes.Repeat([]byte("% padding\n"), 10), body}, []byte("\n")),
		"truncated.pdf":    plain[:max(end, 0)],
	}
	for name, data := range damaged {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return nil, cleanup, err
		}
		encrypted = append(encrypted, path)
	}
	groups = append(groups, pdfGroup{fmt.Sprintf("%d encrypted or damaged", len(encrypted)), encrypted})
	return groups, cleanup, nil
}

// pdftotextSide runs poppler's pdftotext on the file, as a process.
func pdftotextSide(path string, runs int) pdfSide {
	var s pdfSide
	s.time = median(runs, func() {
		out, err := exec.Command("pdftotext", "-q", path, "-").Output()
		s.text, s.err = string(out), err
	})
	return s
}

// oursPDF reads the file with extract/pdf, in this process, and returns
// its text and its number of pages.
func oursPDF(data []byte, runs int) (pdfSide, int) {
	var s pdfSide
	pages := 0
	s.time = median(runs, func() {
		doc, err := pdf.Read(data)
		s.err = err
		if err == nil {
			s.text, pages = doc.Text(), doc.Pages
		}
	})
	return s, pages
}

// ledongthucPDF extracts the file's plain text with ledongthuc/pdf's
// GetPlainText, in this process. A panic is its failure on the file.
func ledongthucPDF(data []byte, runs int) pdfSide {
	var s pdfSide
	s.time = median(runs, func() {
		done := make(chan pdfSide, 1)
		go func() {
			var r pdfSide
			defer func() {
				if p := recover(); p != nil {
					r.err = fmt.Errorf("panic: %v", p)
				}
				done <- r
			}()
			reader, err := ledongthuc.NewReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				r.err = err
				return
			}
			text, err := reader.GetPlainText()
			if err != nil {
				r.err = err
				return
			}
			b, err := io.ReadAll(text)
			r.text, r.err = string(b), err
		}()
		select {
		case s = <-done:
		case <-time.After(ledongthucTimeout):
			s = pdfSide{err: fmt.Errorf("no answer in %v", ledongthucTimeout)}
		}
	})
	return s
}
