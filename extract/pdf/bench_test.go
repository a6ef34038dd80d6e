package pdf

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// benchInput is one file of the PDF benchmarks.
type benchInput struct {
	name  string
	data  []byte
	pages int
}

// benchInputs returns the corpus PDFs, as one input, and a generated
// 500-page file of prose, tables and running headers.
func benchInputs(b *testing.B) []benchInput {
	files, err := filepath.Glob(filepath.Join(corpusPDF, "*.pdf"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus PDFs in %s", corpusPDF)
	}
	var corpus []benchInput
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			b.Fatal(err)
		}
		corpus = append(corpus, benchInput{name: f, data: data, pages: doc.Pages})
	}
	return append(corpus, benchInput{name: "generated-500", data: longDocument(500), pages: 500})
}

// longDocument generates a file of n pages, each with a running header,
// 40 lines of prose in justified and kerned text, and a small table.
func longDocument(pages int) []byte {
	rng := rand.New(rand.NewPCG(500, 1))
	contents := make([]string, pages)
	methods := []lineMethod{drawWithTj, drawWithKerning, drawJustified, drawWordsWithTd}
	for p := range contents {
		var c contentBuilder
		runningHeader(&c, p+1)
		y := 780.0
		for line := 0; line < 40; line++ {
			methods[line%len(methods)](&c, randomWordsUpTo(rng, 10, 7), 60, y, 10)
			y -= 13
		}
		participantTable(&c, rng, 8, y-10)
		contents[p] = c.String()
	}
	return buildTestPDF(contents, true)
}

// BenchmarkReadPDF measures Read on the corpus (all files per
// iteration) and on a generated 500-page file, in pages per second.
func BenchmarkReadPDF(b *testing.B) {
	inputs := benchInputs(b)
	groups := map[string][]benchInput{"corpus": inputs[:len(inputs)-1], "generated-500": inputs[len(inputs)-1:]}
	for _, name := range []string{"corpus", "generated-500"} {
		group := groups[name]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			pages := 0
			for b.Loop() {
				for _, in := range group {
					if _, err := Read(in.data); err != nil {
						b.Fatal(err)
					}
					pages += in.pages
				}
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkPdftotext times poppler's `pdftotext -layout` on the same
// inputs, so the two can be compared (testdata/bench-ratio.sh prints
// the ratio). It needs poppler-utils installed.
func BenchmarkPdftotext(b *testing.B) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext is not installed (apt-get install poppler-utils)")
	}
	inputs := benchInputs(b)
	dir := b.TempDir()
	generated := filepath.Join(dir, "generated-500.pdf")
	if err := os.WriteFile(generated, inputs[len(inputs)-1].data, 0o644); err != nil {
		b.Fatal(err)
	}
	inputs[len(inputs)-1].name = generated
	groups := map[string][]benchInput{"corpus": inputs[:len(inputs)-1], "generated-500": inputs[len(inputs)-1:]}
	for _, name := range []string{"corpus", "generated-500"} {
		group := groups[name]
		b.Run(name, func(b *testing.B) {
			pages := 0
			for b.Loop() {
				for _, in := range group {
					out, err := exec.Command("pdftotext", "-layout", in.name, "-").Output()
					if err != nil || !strings.ContainsAny(string(out), "aeiou") {
						b.Fatalf("pdftotext %s: %v", in.name, err)
					}
					pages += in.pages
				}
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
