package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"minutes/batch"
)

// progress shows how an import goes: a bar on a terminal, a plain line
// every few seconds otherwise, nothing when quiet.
type progress struct {
	out        io.Writer
	bar        *progressbar.ProgressBar // nil when not a terminal
	quiet      bool
	files      int
	totalFiles int
	bytes      int64
	totalBytes int64
	started    time.Time
	lastLine   time.Time
}

func newProgress(walk *batch.Walk, out io.Writer, quiet bool) *progress {
	p := &progress{out: out, quiet: quiet, totalFiles: len(walk.Files), started: time.Now(), lastLine: time.Now()}
	for _, f := range walk.Files {
		p.totalBytes += f.Size
	}
	if f, ok := out.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(p.totalBytes,
			progressbar.OptionSetWriter(out),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionFullWidth(),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) step(r batch.Result) {
	p.files++
	p.bytes += r.Size
	switch {
	case p.quiet:
	case p.bar != nil:
		p.bar.Describe(fmt.Sprintf("%d/%d files", p.files, p.totalFiles))
		p.bar.Add64(r.Size)
	case time.Since(p.lastLine) >= plainInterval:
		p.lastLine = time.Now()
		fmt.Fprintln(p.out, p.line())
	}
}

// line is the plain progress line: files, MB, rate and time left.
func (p *progress) line() string {
	elapsed := time.Since(p.started).Seconds()
	rate := float64(p.files) / elapsed
	left := "?"
	if rate > 0 {
		left = (time.Duration(float64(p.totalFiles-p.files)/rate) * time.Second).Round(time.Second).String()
	}
	return fmt.Sprintf("%d/%d files, %.1f/%.1f MB, %.0f files/s, %s left",
		p.files, p.totalFiles, float64(p.bytes)/(1<<20), float64(p.totalBytes)/(1<<20), rate, left)
}

// clear removes the bar before a line is printed over it.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
