package parse

import (
	"regexp"
	"strings"

	"minutes/extract"
)

// numberedHeading matches "3. Title" and "10 Title".
var numberedHeading = regexp.MustCompile(`^\s*(\d{1,2})\.?\s+(\S.*)$`)

// splitItems cuts the document into sections, one per top-level item.
func splitItems(lines []extract.Line) []section {
	sections := []section{{}}
	for _, l := range lines {
		if m := numberedHeading.FindStringSubmatch(l.Text); m != nil && len(m[2]) < 100 {
			it := &Item{Number: String(m[1]), Title: String(strings.TrimSpace(m[2]))}
			sections = append(sections, section{item: it})
			continue
		}
		last := &sections[len(sections)-1]
		last.lines = append(last.lines, l)
		if last.item != nil && !l.IsBlank() {
			last.item.Text = joinText(last.item.Text, l.Text)
		}
	}
	return sections
}

func joinText(a String, b string) String {
	b = strings.TrimSpace(b)
	if a == "" {
		return String(b)
	}
	return a + " " + String(b)
}
