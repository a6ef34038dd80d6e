package parse

import (
	"regexp"
	"strings"

	"minutes/extract"
)

// urlPattern matches http, https and ftp URLs and bare www. addresses.
var urlPattern = regexp.MustCompile(`(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>"'\x60{}|\\^\[\]]+`)

// findLinks returns every URL in lines, in order, without duplicates and
// without the punctuation that surrounds a URL in prose ("(see http://x).").
func findLinks(lines []extract.Line) []string {
	var links []string
	seen := map[string]bool{}
	for _, l := range lines {
		for _, u := range urlPattern.FindAllString(l.Text, -1) {
			u = trimURL(u)
			if u == "" || seen[u] {
				continue
			}
			seen[u] = true
			links = append(links, u)
		}
	}
	return links
}

// trimURL removes trailing punctuation that belongs to the sentence, and a
// closing parenthesis unless the URL opened one itself.
func trimURL(u string) string {
	for u != "" {
		last := u[len(u)-1]
		switch {
		case strings.IndexByte(".,;:!?'\"", last) >= 0:
			u = u[:len(u)-1]
		case last == ')' && strings.Count(u, "(") < strings.Count(u, ")"):
			u = u[:len(u)-1]
		case last == '>' || last == '*' || last == '_':
			u = u[:len(u)-1]
		default:
			return u
		}
	}
	return u
}
