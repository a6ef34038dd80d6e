package store

import (
	"strings"

	"minutes/internal/fold"
	"minutes/parse"
)

// itemPages finds the page each item's heading stands on: the first line,
// after the previous item's, whose folded text holds the start of the
// item's title. linePages gives the page of each line of text (0 when the
// format has none); an item not found, or a document without pages, gets
// 0, stored as NULL.
func itemPages(text string, linePages []int, items []parse.Item) []int {
	pages := make([]int, len(items))
	lines := strings.Split(text, "\n")
	if len(lines) != len(linePages) {
		return pages // not the lines the pages were given for
	}
	from := 0
	for i, it := range items {
		title := headingStart(string(it.Title))
		if title == "" {
			continue
		}
		for j := from; j < len(lines); j++ {
			if strings.Contains(fold.Key(lines[j]), title) {
				pages[i], from = linePages[j], j+1
				break
			}
		}
	}
	return pages
}

// headingStart is the folded first words of a title, as much as a heading
// line wrapped in the document still holds whole.
func headingStart(title string) string {
	words := strings.Fields(fold.Key(title))
	if len(words) > 4 {
		words = words[:4]
	}
	return strings.Join(words, " ")
}
