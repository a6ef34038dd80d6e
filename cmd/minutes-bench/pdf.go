package main

// PDF text against the peers: our text layer (extract --text) and the
// text after the repairs (normalize) set against mutool's and poppler's,
// each program a process of its own on each file, in rounds that take
// the programs in turn so that a busy machine slows them alike. Medians
// of the rounds are reported, with each program's time relative to
// mutool's and pdftotext's.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"text/tabwriter"
	"time"
)

// A pdfBench says what to compare on: a long PDF and how many rounds.
type pdfBench struct {
	long   string // a long PDF (bench500.pdf); made from the corpus if missing
	rounds int
}

// A peer is one program that prints a PDF's text, as a command line for
// one file.
type peer struct {
	name string
	args func(bin, file string) []string // the program first
}

// peers are the programs compared, ours first; the text goes to stdout,
// which is thrown away, for all of them. Ours read the text layer only, as
// the peers do: a scanned page is not read by OCR (--no-ocr).
var peers = []peer{
	{"minutes extract --text", func(bin, f string) []string { return []string{bin, "extract", "--text", "--no-ocr", f} }},
	{"minutes normalize", func(bin, f string) []string { return []string{bin, "normalize", "--no-ocr", f} }},
	{"mutool draw -F txt", func(_, f string) []string { return []string{"mutool", "draw", "-q", "-F", "txt", "-o", "-", f} }},
	{"pdftotext", func(_, f string) []string { return []string{"pdftotext", f, "-"} }},
	{"pdftotext -layout", func(_, f string) []string { return []string{"pdftotext", "-layout", f, "-"} }},
}

// compare prints, for the corpus PDFs and for the long PDF, each
// program's median wall time, CPU time and peak memory, and its time
// relative to mutool's and pdftotext's.
func (pb pdfBench) compare(bin string, sources []string, work string) error {
	var pdfs []string
	for _, s := range sources {
		if filepath.Ext(s) == ".pdf" {
			pdfs = append(pdfs, s)
		}
	}
	long := pb.long
	if _, err := os.Stat(long); err != nil {
		made, err := concatenatePDFs(pdfs, 500, filepath.Join(work, "500-pages.pdf"))
		if err != nil {
			return fmt.Errorf("no long PDF (%s) and none made: %w", pb.long, err)
		}
		long = made
	}
	var present []peer
	for _, p := range peers {
		if _, err := exec.LookPath(p.args(bin, "")[0]); err == nil {
			present = append(present, p)
		} else {
			fmt.Printf("%s: not installed, left out (apt-get install mupdf-tools poppler-utils)\n", p.name)
		}
	}
	for _, set := range []struct {
		name  string
		files []string
	}{
		{fmt.Sprintf("%s (%d pages)", filepath.Base(long), countPages([]string{long})), []string{long}},
		{fmt.Sprintf("%d corpus PDFs (%d pages)", len(pdfs), countPages(pdfs)), pdfs},
	} {
		results, err := pb.time(present, bin, set.files)
		if err != nil {
			return err
		}
		fmt.Printf("\n%s, medians of %d rounds, each program a process per file:\n\n", set.name, pb.rounds)
		printPeers(present, results)
	}
	return nil
}

// time runs every peer on every file, round after round, and returns the
// median of each peer's rounds: wall and CPU time summed over the files,
// and the largest peak memory.
func (pb pdfBench) time(present []peer, bin string, files []string) ([]measurement, error) {
	rounds := make([][]measurement, len(present))
	for r := 0; r < pb.rounds; r++ {
		for i, p := range present {
			var total measurement
			for _, f := range files {
				args := p.args(bin, f)
				m, err := measure(args[0], args[1:])
				if err != nil {
					return nil, fmt.Errorf("%s %s: %w", p.name, f, err)
				}
				total.elapsed += m.elapsed
				total.cpu += m.cpu
				total.maxRSS = max(total.maxRSS, m.maxRSS)
			}
			rounds[i] = append(rounds[i], total)
		}
	}
	medians := make([]measurement, len(present))
	for i, ms := range rounds {
		medians[i] = measurement{
			elapsed: median(ms, func(m measurement) time.Duration { return m.elapsed }),
			cpu:     median(ms, func(m measurement) time.Duration { return m.cpu }),
			maxRSS:  int64(median(ms, func(m measurement) time.Duration { return time.Duration(m.maxRSS) })),
		}
	}
	return medians, nil
}

// median is the median of one quantity of the measurements.
func median(ms []measurement, of func(measurement) time.Duration) time.Duration {
	vs := make([]time.Duration, len(ms))
	for i, m := range ms {
		vs[i] = of(m)
	}
	slices.Sort(vs)
	return vs[len(vs)/2]
}

// printPeers prints the table of one set: times, then ratios to mutool
// and pdftotext where they ran (below 1: faster than the peer).
func printPeers(present []peer, results []measurement) {
	ref := func(name string) (measurement, bool) {
		i := slices.IndexFunc(present, func(p peer) bool { return p.name == name })
		if i < 0 {
			return measurement{}, false
		}
		return results[i], true
	}
	mutool, hasMutool := ref("mutool draw -F txt")
	poppler, hasPoppler := ref("pdftotext")
	ratio := func(a, b time.Duration, ok bool) string {
		if !ok || b == 0 {
			return "–"
		}
		return fmt.Sprintf("%.2f×", a.Seconds()/b.Seconds())
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "program\twall s\t÷ mutool\t÷ pdftotext\tCPU s\tCPU ÷ mutool\tpeak MB\t")
	for i, p := range present {
		m := results[i]
		fmt.Fprintf(tw, "%s\t%.2f\t%s\t%s\t%.2f\t%s\t%.0f\t\n", p.name, m.elapsed.Seconds(),
			ratio(m.elapsed, mutool.elapsed, hasMutool), ratio(m.elapsed, poppler.elapsed, hasPoppler),
			m.cpu.Seconds(), ratio(m.cpu, mutool.cpu, hasMutool), float64(m.maxRSS)/(1<<20))
	}
	tw.Flush()
}
