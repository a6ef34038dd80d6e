//go:build unix

package pipeline

import (
	"context"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"minutes/extract"
	"minutes/extract/ocr"
	"minutes/internal/scantest"
	"minutes/normalize"
	"minutes/parse"
)

// BenchmarkOCR reads a scan of the two-page Halesworth minutes (rendered
// at 300 dpi, wrapped as an image-only PDF) through the whole pipeline,
// two documents at once as an import on two cores does, and reports
// scanned pages per second, with the OCR repair passes and without them,
// and the CPU time a page takes, Tesseract's included (on a loaded
// machine the rate falls, the CPU time per page does not).
func BenchmarkOCR(b *testing.B) {
	if _, err := ocr.FindEngine(); err != nil {
		b.Skip("tesseract is not installed")
	}
	name := "friends-halesworth-library-trustees-minutes-2015-06-02.pdf"
	pages := scantest.Render(b, corpusPDF(name), 300)
	scan := scantest.ImagePDF(b, pages, 300, scantest.JPEG)
	var withoutOCRPasses []normalize.Pass
	for _, p := range normalize.Passes {
		if !strings.HasPrefix(p.Name, "ocr-") {
			withoutOCRPasses = append(withoutOCRPasses, p)
		}
	}
	runs := []struct {
		name   string
		passes []normalize.Pass
	}{
		{"repairs", normalize.Passes},
		{"no-repairs", withoutOCRPasses},
	}
	const workers = 2
	for _, run := range runs {
		b.Run(run.name, func(b *testing.B) {
			cpu := cpuTime()
			for n := 0; n < b.N; n++ {
				var wg sync.WaitGroup
				for range workers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						doc, err := extract.ReadContext(context.Background(), "scan.pdf", scan, extract.Options{})
						if err != nil {
							b.Error(err)
							return
						}
						repaired, _ := normalize.RunPasses(doc, run.passes)
						parse.Parse(repaired, parse.Options{})
					}()
				}
				wg.Wait()
			}
			read := float64(workers * len(pages) * b.N)
			b.ReportMetric(read/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric((cpuTime()-cpu).Seconds()/read, "cpu-s/page")
		})
	}
}

// cpuTime is the CPU time used so far by this process and the processes
// it waited for (Tesseract's).
func cpuTime() time.Duration {
	var self, children syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	total := time.Duration(0)
	for _, r := range []syscall.Rusage{self, children} {
		total += time.Duration(r.Utime.Nano() + r.Stime.Nano())
	}
	return total
}
