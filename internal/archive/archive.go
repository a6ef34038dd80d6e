// Package archive generates a synthetic archive of minutes for
// benchmarks and regression snapshots: the samples and the corpus,
// replicated with varied content so that no two files have the same bytes.
// The same seed always gives the same archive.
package archive

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

// Sources lists the documents an archive is made from: the samples under
// testdata/samples (relative to the working directory) and the corpus's
// text, markdown, HTML and PDF files.
func Sources(corpus string) ([]string, error) {
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

// Stats describe a generated archive.
type Stats struct {
	Docs     int
	Bytes    int64
	ByFormat map[string]int // by extension: ".txt", ".md", ".html", ".pdf"
}

// Mix says how many documents of each format the archive holds.
func (s Stats) Mix() string {
	var parts []string
	for _, f := range []string{".txt", ".md", ".html", ".pdf"} {
		parts = append(parts, fmt.Sprintf("%d %s", s.ByFormat[f], f))
	}
	return strings.Join(parts, ", ")
}

// Generate writes n documents under dir, cycling through the sources, in
// folders of 500. Each copy is varied so that no two have the same bytes:
// text and HTML get a line with another date and name; PDFs get a comment
// after their end, which readers ignore.
func Generate(dir string, sources []string, n int) (Stats, error) {
	stats := Stats{ByFormat: map[string]int{}}
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
		stats.Docs++
		stats.Bytes += int64(len(data))
		stats.ByFormat[ext]++
	}
	return stats, nil
}
