package serve

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// meetingScan says how the document's scanned pages were read, from
// ocr_pages: "Scanned: pages 1, 2 read by OCR (tesseract 5.3.0, eng),
// mean word confidence 94%; page 3 not read (see the warnings)."
func (s *Server) meetingScan(ctx context.Context, m *meeting) error {
	var read, notRead []string
	var engine, langs string
	var words int
	var confSum float64
	err := s.each(ctx, `SELECT page, read, COALESCE(words, 0), COALESCE(confidence, 0), COALESCE(engine, ''), COALESCE(languages, '')
		FROM ocr_pages WHERE document_id = ? ORDER BY page`, []any{m.DocumentID}, func(rows *sql.Rows) error {
		var page, ok, n int
		var conf float64
		var e, l string
		if err := rows.Scan(&page, &ok, &n, &conf, &e, &l); err != nil {
			return err
		}
		if ok == 0 {
			notRead = append(notRead, fmt.Sprint(page))
			return nil
		}
		read = append(read, fmt.Sprint(page))
		words += n
		confSum += conf * float64(n)
		engine, langs = e, l
		return nil
	})
	if err != nil || len(read)+len(notRead) == 0 {
		return err
	}
	var parts []string
	if len(read) > 0 {
		conf := 0.0
		if words > 0 {
			conf = confSum / float64(words)
		}
		parts = append(parts, fmt.Sprintf("%s %s read by OCR (%s, %s), mean word confidence %.0f%%", pagesWord(len(read)), strings.Join(read, ", "), engine, langs, conf))
	}
	if len(notRead) > 0 {
		parts = append(parts, fmt.Sprintf("%s %s not read (see the warnings)", pagesWord(len(notRead)), strings.Join(notRead, ", ")))
	}
	m.Scan = "Scanned: " + strings.Join(parts, "; ") + "."
	return nil
}

func pagesWord(n int) string {
	if n == 1 {
		return "page"
	}
	return "pages"
}
