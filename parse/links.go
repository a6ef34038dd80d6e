package parse

// Links: every URL with a scheme (http, https, ftp), repaired:
//
//   - without the punctuation around it in prose: "(see http://x/a.pdf)."
//     gives "http://x/a.pdf"; a closing bracket stays when the URL opened
//     one ("http://en.wikipedia.org/wiki/Foo_(bar)");
//   - without markdown around it: "<http://x>", "[text](http://x)",
//     "**http://x**";
//   - with markdown escapes and HTML entities read: "record\_my\_attendance"
//     → "record_my_attendance", "&amp;" → "&".
//
// Bare domains ("www.example.org", "LAWIS.LANL.GOV") and e-mail addresses
// are not links: nothing says they are meant as addresses to follow.
// URLs broken over lines are normalize's to rejoin (broken-urls pass).
// The targets of HTML hyperlinks, which the text may not show ("see
// w3c/publishingcg#70"), come with the line (extract.Line.Links) and
// follow the URLs of its text.

import (
	"html"
	"strings"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
)

// maxURLLength bounds a URL: anything longer is a run of text without
// spaces that happens to start with "http".
const maxURLLength = 2048

// urlPattern matches http, https and ftp URLs up to white space or a
// character that cannot be in one.
var urlPattern = rx.New(`(?i)\b(?:https?|ftp)://[^\s<>"\x60{}|^\[\]]+`)

// findLinks returns every URL in lines, in order, without duplicates.
func findLinks(lines []line) []string {
	var links []string
	seen := map[string]bool{}
	for _, l := range lines {
		text := l.Text
		if l.Kind == document.TableRow && len(l.Cells) > 0 {
			text = strings.Join(l.Cells, " ")
		}
		for _, u := range append(urlsIn(text), hyperlinks(l)...) {
			if !seen[u] {
				seen[u] = true
				links = append(links, u)
			}
		}
	}
	return links
}

// hyperlinks returns the line's hyperlink targets that are web addresses
// (not mailto: or in-page anchors), as the reader gave them.
func hyperlinks(l line) []string {
	var out []string
	for _, u := range l.Links {
		if urlPattern.MatchString(u) && len(u) <= maxURLLength && hasHost(u) {
			out = append(out, u)
		}
	}
	return out
}

// markdownTarget matches the target of a markdown link, which its brackets
// delimit: "[proposal](https://github.com/tc39/???)" keeps its "???".
var markdownTarget = rx.New(`\]\(((?:https?|ftp)://[^()\s]+(?:\([^()\s]*\)[^()\s]*)*)\)`)

// urlsIn returns the repaired URLs of one text, in order: markdown link
// targets as written, other URLs without the punctuation around them.
func urlsIn(text string) []string {
	text = unescapeMarkdown(text)
	targets := markdownTarget.FindAllStringSubmatchIndex(text, -1)
	var out []string
	for _, loc := range urlPattern.FindAllStringIndex(text, -1) {
		raw := text[loc[0]:loc[1]]
		trim := true
		for _, t := range targets {
			if loc[0] == t[2] {
				raw, trim = text[t[2]:t[3]], false
			}
		}
		u := html.UnescapeString(raw)
		if trim {
			u = trimURL(u)
		}
		if len(u) > len("http://") && len(u) <= maxURLLength && hasHost(u) {
			out = append(out, u)
		}
	}
	return out
}

// unescapeMarkdown reads markdown's backslash escapes: "\_" is "_".
func unescapeMarkdown(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	return markdownEscape.ReplaceAllString(s, "$1")
}

var markdownEscape = rx.New(`\\([\\_*#()\[\]{}.!+\-~&])`)

// hasHost reports whether a URL names a host after its scheme.
func hasHost(u string) bool {
	_, rest, ok := strings.Cut(u, "://")
	return ok && rest != "" && rest[0] != '/' && rest[0] != '.'
}

// trimURL removes the punctuation that belongs to the sentence around a
// URL: final periods, commas, quotes, emphasis marks, and a closing bracket
// the URL did not open.
func trimURL(u string) string {
	for u != "" {
		switch {
		case strings.HasSuffix(u, "…"):
			u = strings.TrimSuffix(u, "…")
		case strings.HasSuffix(u, "”") || strings.HasSuffix(u, "’") || strings.HasSuffix(u, "»"):
			_, size := utf8.DecodeLastRuneInString(u)
			u = u[:len(u)-size]
		case strings.IndexByte(".,;:!?'\"*_>", u[len(u)-1]) >= 0:
			u = u[:len(u)-1]
		case u[len(u)-1] == ')' && strings.Count(u, "(") < strings.Count(u, ")"):
			u = u[:len(u)-1]
		default:
			return u
		}
	}
	return u
}

// mergeLinks appends to a list the links of more that it lacks.
func mergeLinks(list, more []string) []string {
	seen := map[string]bool{}
	for _, u := range list {
		seen[u] = true
	}
	for _, u := range more {
		if !seen[u] {
			seen[u] = true
			list = append(list, u)
		}
	}
	return list
}
