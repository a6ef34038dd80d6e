package extract

import (
	"bytes"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"
)

// readHTML reads an HTML page into lines: one per block (heading,
// paragraph, list item, table row), dropping scripts, styles and
// navigation.
func readHTML(data []byte) (*Document, error) {
	_, name, _ := charset.DetermineEncoding(data, "text/html")
	reader, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return nil, err
	}
	page, err := goquery.NewDocumentFromReader(reader)
	if err != nil {
		return nil, err
	}
	page.Find("script, style, nav, noscript, head").Remove()
	doc := &Document{Encoding: name}
	num := 0
	for _, s := range splitLines(page.Find("body").Text()) {
		num++
		doc.Lines = append(doc.Lines, textLine(strings.TrimSpace(s), num))
	}
	return doc, nil
}
