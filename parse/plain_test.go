package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitIntoSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Minutes of the December 15, 2002, meeting were read. Kim moved to accept as they stand and Debby seconded; Approved. Treasurer’s report was presented.",
			[]string{"Minutes of the December 15, 2002, meeting were read.", "Kim moved to accept as they stand and Debby seconded; Approved.", "Treasurer’s report was presented."}}, // nmnwse 2003
		{"The meeting was called to order by J. Margo Clark at 8:14 a.m. October 22, 2000 Minutes were reviewed.",
			[]string{"The meeting was called to order by J. Margo Clark at 8:14 a.m. October 22, 2000 Minutes were reviewed."}}, // nmnwse 2000: initials and a.m.
		{"Next Meeting #17 will be on June 27, 2018 (i.e. 2018-03-28 19:00). Done.", []string{"Next Meeting #17 will be on June 27, 2018 (i.e. 2018-03-28 19:00).", "Done."}},
		{"Mr. Smith agreed. Dr. Jones too.", []string{"Mr. Smith agreed.", "Dr. Jones too."}},
		{"Das Protokoll der Sitzung vom 10. Februar 2010 wurde genehmigt. Die nächste Sitzung findet am 7. April statt.", []string{"Das Protokoll der Sitzung vom 10. Februar 2010 wurde genehmigt.", "Die nächste Sitzung findet am 7. April statt."}},
		{"They counted 12. Then they left.", []string{"They counted 12.", "Then they left."}},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, splitIntoSentences(tt.in)); diff != "" {
			t.Errorf("splitIntoSentences(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestStripMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"## **2. Roll call**", "2. Roll call"},
		{"* **Audio Recording**: <https://soundcloud.com/x>", "Audio Recording: <https://soundcloud.com/x>"},
		{"> quoted *emphasis* here", "quoted emphasis here"},
		{"\uf0b7 It was noted that the Board papers need numbers.", "It was noted that the Board papers need numbers."}, // suffolk PDF bullet
		{"2 * 3 = 6", "2 * 3 = 6"},
	}
	for _, tt := range tests {
		if got := stripMarkup(tt.in); got != tt.want {
			t.Errorf("stripMarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := chatText("09:13:20 <JeniT> Topic: http/2 update"); got != "Topic: http/2 update" {
		t.Errorf("chatText = %q", got)
	}
}
