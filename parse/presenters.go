package parse

import (
	"regexp"

	"minutes/extract"
)

var presenterSentence = regexp.MustCompile(`^((?:\p{Lu}[\p{L}'-]+ ){1,3}\p{Lu}[\p{L}'-]+) (?:gave|spoke|presented|provided|reported)`)

// findPresenters returns the people who presented under an item.
func findPresenters(lines []extract.Line) []string {
	var names []string
	seen := map[string]bool{}
	for _, l := range lines {
		if m := presenterSentence.FindStringSubmatch(l.Text); m != nil && !seen[m[1]] {
			seen[m[1]] = true
			names = append(names, m[1])
		}
	}
	return names
}
