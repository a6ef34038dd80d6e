package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// The statuses of the contract. "closed" and "completed" are done.
const (
	statusOpen       String = "open"
	statusDone       String = "done"
	statusOngoing    String = "ongoing"
	statusSuperseded String = "superseded"
	statusCancelled  String = "cancelled"
)

// statusVocabulary maps the words minutes use for an action's state
// (vocab.ActionStatuses) to the contract's statuses. Keys are lower case.
var statusVocabulary = map[string]String{}

func init() {
	for _, term := range vocab.ActionStatuses {
		statusVocabulary[term.Text] = String(term.Sense)
	}
	for w := range statusVocabulary {
		statusPhrases = append(statusPhrases, w)
	}
	// Longest first, so "in progress" wins over a shorter phrase and
	// "still open" over "open".
	sort.Slice(statusPhrases, func(i, j int) bool {
		if len(statusPhrases[i]) != len(statusPhrases[j]) {
			return len(statusPhrases[i]) > len(statusPhrases[j])
		}
		return statusPhrases[i] < statusPhrases[j]
	})
}

// statusPhrases are the keys of statusVocabulary, longest first.
var statusPhrases []string

// statusLead is what may come before the status word on a status line:
// "Status: done", "Action complete", "This action is closed".
var statusLead = rx.New(`(?i)^(?:status\s*:\s*|state\s*:\s*|statut\s*:\s*|stand\s*:\s*|(?:this\s+)?actions?\s+(?:is\s+|was\s+|has\s+been\s+)?)`)

// leadingStatus reports whether s starts with a status: a status phrase
// standing alone or followed by punctuation ("Done.", "Ongoing", "Done, an
// application was…", "Superseded. Gorazd asked…", "CLOSED", "Action
// complete"). rest is what follows the status, after its punctuation.
func leadingStatus(s string) (status String, rest string, ok bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "([")
	for _, mark := range []string{"✓", "✔", "✅"} {
		if rest, ok := strings.CutPrefix(s, mark); ok {
			return statusDone, strings.TrimSpace(rest), true // a tick
		}
	}
	body := s
	if loc := statusLead.FindStringIndex(body); loc != nil {
		body = body[loc[1]:]
	}
	lower := strings.ToLower(body)
	for _, p := range statusPhrases {
		if !strings.HasPrefix(lower, p) {
			continue
		}
		after := body[len(p):]
		if !endsStatusPhrase(after) {
			continue
		}
		rest = strings.TrimLeft(after, " \t.,;:!)]–—-")
		return statusVocabulary[p], strings.TrimSpace(rest), true
	}
	return "", "", false
}

// endsStatusPhrase reports whether what follows a status phrase lets it
// stand as a status: nothing, or punctuation. "Open Actions" and "Done by"
// are not statuses.
func endsStatusPhrase(after string) bool {
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	if unicode.IsSpace(r) {
		t := strings.TrimLeft(after, " \t")
		if t == "" {
			return true
		}
		r2, _ := utf8.DecodeRuneInString(t)
		return strings.ContainsRune("–—-(", r2)
	}
	return true
}

// bracketStatus is a status written at the end of a task: "(done)",
// "[Ongoing]", "– DONE".
var bracketStatus = rx.New(`(?i)\s*(?:[(\[]\s*([\p{L} -]{2,30}?)\s*[)\]]|\s[–—-]\s*([\p{L} -]{2,30}?))\s*\.?$`)

// cutTrailingStatus finds a status written after the task in the same
// text — as a sentence of its own ("… mailing list. Done.") or in brackets
// ("… (done)") — and returns the task without it and the status. What
// follows the status sentence is discussion, not task.
func cutTrailingStatus(text string) (task string, status String) {
	sentences := sentencesOf(text)
	for i := 1; i < len(sentences); i++ {
		if st, _, ok := leadingStatus(sentences[i]); ok {
			return strings.Join(sentences[:i], " "), st
		}
	}
	if m := bracketStatus.FindStringSubmatchIndex(text); m != nil {
		word := ""
		for _, g := range []int{2, 4} {
			if m[g] >= 0 {
				word = strings.ToLower(collapseSpace(text[m[g]:m[g+1]]))
			}
		}
		if st, ok := statusVocabulary[word]; ok {
			return text[:m[0]], st
		}
	}
	return text, ""
}

// checkboxStatus is the status a task-list checkbox gives.
func checkboxStatus(box checkbox) String {
	switch box {
	case boxDone:
		return statusDone
	case boxOpen:
		return statusOpen
	}
	return ""
}

// headingStatus is the status a heading gives the actions under it:
// "Actions closed by 13th September", "Completed actions", "Open actions".
func headingStatus(heading string) String {
	for _, w := range strings.Fields(strings.ToLower(heading)) {
		w = strings.Trim(w, ":.,;()")
		switch st := statusVocabulary[w]; st {
		case statusDone, statusOpen, statusOngoing, statusCancelled, statusSuperseded:
			if w == "new" {
				continue // "New actions" are open, but "new" also qualifies other words
			}
			return st
		}
	}
	return ""
}

// statusRank orders statuses by how much they tell: a final state says
// more than a running one, which says more than none.
func statusRank(s String) int {
	switch s {
	case statusDone, statusSuperseded, statusCancelled:
		return 3
	case statusOngoing:
		return 2
	case statusOpen:
		return 1
	}
	return 0
}
