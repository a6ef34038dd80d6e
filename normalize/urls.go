package normalize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
)

// brokenURLs rejoins URLs split over lines ('…/activities/' / 'tf-csirt/…'), exactly.
var brokenURLs = Pass{
	Name:  "broken-urls",
	About: "Rejoins URLs split over lines ('…/activities/' / 'tf-csirt/…'), exactly.",
	Apply: untilStable(applyBrokenURLs, "broken URL rejoined|broken URLs rejoined"),
}

// A URL too long for its line is broken after a "/" or a "-", or anywhere
// when the tool that wrapped it did not care: "http://www.terena.org/
// activities/" / "tf-csirt/meeting29/steichen-circl.pdf", or right after
// its scheme: "(see http://" / "www.terena.org/activities/…". The pieces
// are joined without a space. A line ending in a URL is joined with the
// first word of the next line when both sides say the URL goes on:
//
//   - the URL is a scheme alone ("http://", "https://", "ftp://"): then
//     the next word must begin with a host name of two labels or more
//     ("www.example.org", "portal.cert.dfn.de"), and may begin with
//     "www.";
//   - the URL ends where it cannot end: after "-", "_", "=", "&", "?",
//     "%", "#", "~", "+" (or "www." with nothing after): then any run of
//     URL characters carries it on;
//   - the URL ends after "/", where a URL may end: then the next word must
//     look like a path — a "/", a query, a "_", a file extension
//     ("stikvoort-ti.pdf"), or a "-" when it is alone on its line. A new
//     item "10. GN3 Security Activities" or a word "Open" does not;
//   - the URL ends in a letter or digit, where the wrap may have cut it
//     anywhere ("…&conf" / "irmed=1"): then the next line must be one
//     path-like word alone, with a "/", "=", "?", "&", "%", "#" or a file
//     extension in it.
//
// The next word must start with a letter or digit and never be a URL of
// its own (but for the host after a scheme alone). What follows the URL
// on the next line stays there: a line ")." after a complete URL is left
// alone.

// applyBrokenURLs joins the pieces of each broken URL.
func applyBrokenURLs(doc *document.Document) []document.Warning {
	lines := doc.Lines
	out := lines[:0] // in place (see Pass): it reads only lines[i] and after
	var warnings []document.Warning
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		pieces := 1
		for i+1 < len(lines) && isURLText(l) && isContinuation(lines[i+1]) {
			word, rest, ok := urlContinuation(l.Text, lines[i+1].Text)
			if !ok {
				break
			}
			l.Text += word
			pieces++
			if rest != "" {
				lines[i+1].Text = rest
				break
			}
			i++
		}
		if pieces > 1 {
			url := strings.TrimRight(lastField(l.Text), ")]}>\"'.,;:!?")
			if i := strings.Index(strings.ToLower(url), "http"); i > 0 {
				url = url[i:]
			}
			warnings = append(warnings, document.Warning{
				Place:   document.Place{Page: l.Page, Line: l.Num},
				Message: fmt.Sprintf("rejoined a URL broken over %d lines: %s", pieces, preview(url, 120)),
			})
		}
		out = append(out, l)
	}
	doc.Lines = out
	return warnings
}

// isContinuation reports whether a line can carry on the line before it:
// prose, not a new list item, heading or table row.
func isContinuation(l document.Line) bool {
	return l.Kind == document.Prose && !l.IsBlank()
}

// isURLText reports whether a line is running text a URL can be on.
func isURLText(l document.Line) bool {
	return (l.Kind == document.Prose || l.Kind == document.ListItem) && !l.IsBlank()
}

// urlContinuation returns the first word of next when it carries on the
// URL that ends text, and what is left of next after it (trimmed; "" when
// the word was all of it).
func urlContinuation(text, next string) (word, rest string, ok bool) {
	url, end := urlAtEnd(text)
	if url == "" || end == urlClosed {
		return "", "", false
	}
	next = strings.TrimLeft(next, " \t")
	word, rest, _ = strings.Cut(next, " ")
	rest = strings.TrimLeft(rest, " \t")
	path := strings.TrimRight(word, ")]}>\"'.,;:!?")
	if path == "" || !isURLPath(path) {
		return "", "", false
	}
	switch {
	case isBareScheme(url): // "http://" / "www.example.org/…": the host must follow
		if !startsWithHost(path) {
			return "", "", false
		}
	case startsURL(path):
		return "", "", false
	}
	first, _ := utf8.DecodeRuneInString(path)
	if !isASCIIAlnum(first) {
		return "", "", false
	}
	alone := rest == ""
	if !alone && path != word && strings.Trim(path, "0123456789") == "" {
		return "", "", false // "10. GN3 Security Activities": a numbered item
	}
	switch end {
	case urlCannotEnd:
		return word, rest, true
	case urlAfterSlash:
		if looksLikePath(path) || (alone && strings.Contains(path, "-")) {
			return word, rest, true
		}
	case urlMayEnd:
		if alone && looksLikePath(path) && !unicode.IsUpper(first) {
			return word, rest, true
		}
	}
	return "", "", false
}

// How a URL at the end of a line ends, from most to least sure that it
// goes on.
const (
	urlClosed     = iota // closed by a bracket, or a sentence's period after it
	urlCannotEnd         // "tf-", "id=", "www.": it must go on
	urlAfterSlash        // ".../": it may end there, or go on
	urlMayEnd            // "…/steichen": it may have been cut anywhere
)

// urlAtEnd returns the URL the text ends with, if it does, and how it
// ends. The URL starts at "http://", "https://", "ftp://" or "www." in
// the last word of the text.
func urlAtEnd(text string) (string, int) {
	word := lastField(text)
	start := -1
	for _, scheme := range []string{"https://", "http://", "ftp://", "www."} {
		if i := strings.Index(strings.ToLower(word), scheme); i >= 0 && (start < 0 || i < start) {
			start = i
		}
	}
	if start < 0 || text != strings.TrimRight(text, " \t") {
		return "", urlClosed
	}
	url := word[start:]
	last, _ := utf8.DecodeLastRuneInString(url)
	switch {
	case strings.ContainsRune(")]}>\"'.,;:!?", last) && !isBareHostStart(url):
		return url, urlClosed
	case strings.ContainsRune("-_=&?%#~+", last) || isBareHostStart(url):
		return url, urlCannotEnd
	case last == '/':
		return url, urlAfterSlash
	case isASCIIAlnum(last):
		return url, urlMayEnd
	}
	return url, urlClosed
}

// isBareHostStart reports whether url is a scheme or "www." with no host
// after it yet: "http://", "http://www.", "www.".
func isBareHostStart(url string) bool {
	rest := strings.ToLower(url)
	for _, p := range []string{"https://", "http://", "ftp://"} {
		rest = strings.TrimPrefix(rest, p)
	}
	return rest == "" || rest == "www."
}

// isBareScheme reports whether url is a scheme with nothing after it:
// "http://", "https://", "ftp://".
func isBareScheme(url string) bool {
	switch strings.ToLower(url) {
	case "http://", "https://", "ftp://":
		return true
	}
	return false
}

// startsWithHost reports whether s begins with a host name of two labels
// or more ("www.example.org", "portal.cert.dfn.de:8080"), alone or
// before a path, query or fragment, and holds no scheme of its own.
func startsWithHost(s string) bool {
	if strings.Contains(s, "://") {
		return false
	}
	host := s
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		host = s[:i]
	}
	if h, port, ok := strings.Cut(host, ":"); ok {
		if port == "" || strings.Trim(port, "0123456789") != "" {
			return false
		}
		host = h
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return false
	}
	for _, label := range labels {
		if label == "" || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !isASCIIAlnum(r) && r != '-' {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	return strings.Trim(tld, "0123456789") != "" // a name, or an address's last number
}

// lastField returns the last space-separated word of text.
func lastField(text string) string {
	text = strings.TrimRight(text, " \t")
	return text[strings.LastIndexAny(text, " \t")+1:]
}

// startsURL reports whether s is a URL of its own.
func startsURL(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.")
}

// isURLPath reports whether s is made of the characters of a URL (RFC
// 3986, ASCII only).
func isURLPath(s string) bool {
	for _, r := range s {
		if !isASCIIAlnum(r) && !strings.ContainsRune("-._~:/?#[]@!$&'()*+,;=%", r) {
			return false
		}
	}
	return true
}

// looksLikePath reports whether s has what words do not and paths do: a
// "/", a query or fragment ("=", "?", "&", "#"), an escape "%", a "_", or
// ends in a file extension after a dot (".pdf", ".html").
func looksLikePath(s string) bool {
	if strings.ContainsAny(s, "/=?&#%_") {
		return true
	}
	dot := strings.LastIndex(s, ".")
	if dot <= 0 {
		return false
	}
	ext := s[dot+1:]
	if len(ext) < 2 || len(ext) > 5 {
		return false
	}
	for _, r := range ext {
		if !isASCIIAlnum(r) {
			return false
		}
	}
	return true
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
