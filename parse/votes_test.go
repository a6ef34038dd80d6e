package parse

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"minutes/parse/vocab"
)

// TestCountFollowsColonNeverHidesACount checks the quick test findVotes
// runs before countAfter: every text countAfter matches passes it, in
// every count countWord knows, in any letter case and spacing; prose whose
// colons are followed by no count does not.
func TestCountFollowsColonNeverHidesACount(t *testing.T) {
	words := strings.Split(strings.Trim(countWord, `()`), "|")
	var texts []string
	for _, w := range words {
		if w == `\d{1,4}` {
			w = "12"
		}
		texts = append(texts,
			"Ayes: "+w+", Nays: 0",
			"Vote on the budget. FOR:"+strings.ToUpper(w),
			"Abstentions =\t"+w,
			"Pour : "+strings.Title(w),
			"voor:"+strings.ReplaceAll(w, "s", "\u017f"), // the long s is an s under (?i)
		)
	}
	for _, s := range texts {
		if countAfter.MatchString(s) && !countFollowsColon(s) {
			t.Errorf("countFollowsColon(%q) = false, but countAfter matches it", s)
		}
		if !countAfter.MatchString(s) && !strings.Contains(s, "\u017f") {
			t.Errorf("countAfter does not match %q: the test's texts no longer say votes", s)
		}
	}
	// The quick test looks for a letter before the sign: every side word
	// must end with one.
	for _, table := range []vocab.Table{vocab.VoteFor, vocab.VoteAgainst, vocab.VoteAbstain} {
		for _, term := range table {
			if r, _ := utf8.DecodeLastRuneInString(term.Text); !unicode.IsLetter(r) {
				t.Errorf("the side word %q does not end with a letter: countFollowsColon would pass over it", term.Text)
			}
		}
	}
	for _, s := range []string{
		"Note: budget discussed; see the annex.",
		"The meeting opened at 10:30 and closed at 12:15.",
		"Votes: by show of hands, see https://example.org/votes",
		"Action: Ann to circulate the draft",
		"Present: Ann Lee (Chair), Bo Chen",
		"The motion was carried.",
		"Ordre du jour : approbation du procès-verbal",
	} {
		if countFollowsColon(s) {
			t.Errorf("countFollowsColon(%q) = true, want false", s)
		}
	}
}
