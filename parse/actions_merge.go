package parse

import (
	"strings"
	"unicode"
)

// Minutes list an action more than once: under its item and again in a
// closing table ("RESULTING ACTION ITEMS"), in the body and in a "Summary of
// Action Items", or as a later status line ("Action 2016-07 CLOSED"). Two
// records are one action when
//
//   - both have identifiers and these are equal but for separators and
//     leading zeros ("17.01" and "17-01"), or
//   - at most one has an identifier, the owners are equal and the texts
//     are similar, and their statuses do not contradict each other (an
//     action done last time and the same task set again are two).
//
// The merged action keeps the first record's id, item, owner and text,
// fills what it lacks from the later one, and takes the status that says
// more (done over ongoing over open over none).

// mergeActions returns the actions with duplicates merged, in the order of
// first appearance.
func mergeActions(actions []Action) []Action {
	var out []Action
	for _, a := range actions {
		if a.Text == "" && a.Owner == "" && a.ID == "" {
			continue
		}
		if i := findSameAction(out, a); i >= 0 {
			out[i] = mergeAction(out[i], a)
			continue
		}
		out = append(out, a)
	}
	// An id and a status alone ("Action 2016-07 CLOSED") with nothing to
	// attach to is still a recorded action; keep it.
	return out
}

// findSameAction returns the index in known of the action a repeats, or -1.
func findSameAction(known []Action, a Action) int {
	for i, k := range known {
		if sameAction(k, a) {
			return i
		}
	}
	return -1
}

// sameAction reports whether two records are one action.
func sameAction(a, b Action) bool {
	if a.ID != "" && b.ID != "" {
		return idKey(a.ID) == idKey(b.ID)
	}
	if a.Text == "" || b.Text == "" {
		return false
	}
	if !strings.EqualFold(string(a.Owner), string(b.Owner)) {
		return false
	}
	if a.Status != "" && b.Status != "" && a.Status != b.Status {
		return false
	}
	return similarTexts(string(a.Text), string(b.Text))
}

// mergeAction combines a record with a later record of the same action.
func mergeAction(first, later Action) Action {
	m := first
	if m.ID == "" {
		m.ID = later.ID
	}
	if m.Item == "" {
		m.Item = later.Item
	}
	if m.Owner == "" {
		m.Owner = later.Owner
	}
	if m.Text == "" {
		m.Text = later.Text
	}
	if statusRank(later.Status) > statusRank(m.Status) {
		m.Status = later.Status
	}
	return m
}

// similarTexts reports whether two task texts say the same: their content
// words overlap by at least four fifths of the shorter text ("to ask Yuri
// Ito about …" and "Ask Yuri Ito about …").
func similarTexts(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	return common*5 >= len(wa)*4
}

// stopWords are left out when texts are compared.
var stopWords = wordSet("a an the to of on in at for and or by with from about into be is are was were will this that these those it its their our")

// contentWords returns the set of lower-case words of s, less stop words.
func contentWords(s string) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	set := map[string]bool{}
	for _, w := range words {
		if !stopWords[w] {
			set[w] = true
		}
	}
	return set
}
