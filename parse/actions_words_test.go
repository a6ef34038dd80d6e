package parse

import (
	"strings"
	"testing"
)

// TestAtMostFieldsCountsAsFields checks the word count isOwnerHeadLine
// makes first against strings.Fields.
func TestAtMostFieldsCountsAsFields(t *testing.T) {
	for _, s := range []string{
		"", "   ", "ENISA", "ENISA and CERT.AT", "CIRCL to provide", " ALL  WG\tto ", "ENISA :",
		"Jean-Luc\u00a0Picard will", "a b c d e f g h i j", "a b c d e f g h i j k", "\xff \xfe x",
		"東京 大阪", "Secretary\u2003to circulate the draft minutes to all members by Friday please",
	} {
		for n := 0; n <= 12; n++ {
			if got, want := atMostFields(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Errorf("atMostFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
