package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"minutes/parse"
	"minutes/pipeline"
)

// BenchmarkPipeline runs extract, normalize and parse over the samples and
// the corpus, by format, and reports documents per second on one core
// (the batch importer runs one such pipeline per core).
func BenchmarkPipeline(b *testing.B) {
	sets := []struct {
		name     string
		patterns []string
	}{
		{"text", []string{"../testdata/samples/*.txt", "../../shared/corpus/txt/*", "../../shared/corpus/md/*"}},
		{"html", []string{"../../shared/corpus/html/*"}},
		{"pdf", []string{"../../shared/corpus/pdf/*"}},
	}
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			var paths []string
			for _, p := range set.patterns {
				m, _ := filepath.Glob(p)
				paths = append(paths, m...)
			}
			if len(paths) == 0 {
				b.Fatalf("no documents for %v", set.patterns)
			}
			data := make([][]byte, len(paths))
			size := 0
			for i, p := range paths {
				var err error
				if data[i], err = os.ReadFile(p); err != nil {
					b.Fatal(err)
				}
				size += len(data[i])
			}
			b.SetBytes(int64(size))
			b.ResetTimer()
			for n := 0; n < b.N; n++ {
				for i, p := range paths {
					pipeline.Process(p, data[i], parse.Options{})
				}
			}
			b.ReportMetric(float64(len(paths)*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
