package extract

import (
	"bytes"
	"strings"

	"github.com/ledongthuc/pdf"
)

// readPDF reads a PDF's text page by page.
func readPDF(data []byte) (*Document, error) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	doc := &Document{Pages: r.NumPage()}
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		rows, err := p.GetTextByRow()
		if err != nil {
			return nil, err
		}
		for n, row := range rows {
			var b strings.Builder
			for _, w := range row.Content {
				b.WriteString(w.S)
			}
			doc.Lines = append(doc.Lines, Line{Text: b.String(), Page: i, Num: n + 1})
		}
	}
	return doc, nil
}
