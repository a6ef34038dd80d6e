package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestURLsIn(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Martin Peterka gave a presentation about CZ.NIC (see http://www.terena.org/activities/tf-csirt/meeting29/peterka-cznic.pdf).", []string{"http://www.terena.org/activities/tf-csirt/meeting29/peterka-cznic.pdf"}},                                                                                                                                                                                                                                              // tf-csirt-29
		{"The list of those present is available on-line: <http://www.terena.nl/activities/tf-csirt/meeting17/registrations.php>", []string{"http://www.terena.nl/activities/tf-csirt/meeting17/registrations.php"}},                                                                                                                                                                                                                                                     // tf-csirt-17
		{"* **Audio Recording**: <https://soundcloud.com/node-foundation/tsc-meeting-2015-06-03>", []string{"https://soundcloud.com/node-foundation/tsc-meeting-2015-06-03"}},                                                                                                                                                                                                                                                                                            // nodejs-tsc
		{"(Daniel Ehrenberg) [proposal](https://github.com/tc39/???) [slides](https://x.example/s.pdf)", []string{"https://github.com/tc39/???", "https://x.example/s.pdf"}},                                                                                                                                                                                                                                                                                             // ecma-tc39-2019
		{"[https://www.oasis-open.org/apps/org/workgroup/csaf/record\\_my\\_attendance.php?event\\_id=46223&amp;confirmed=1](https://www.oasis-open.org/apps/org/workgroup/csaf/record_my_attendance.php?event_id=46223&amp;confirmed=1)", []string{"https://www.oasis-open.org/apps/org/workgroup/csaf/record_my_attendance.php?event_id=46223&confirmed=1", "https://www.oasis-open.org/apps/org/workgroup/csaf/record_my_attendance.php?event_id=46223&confirmed=1"}}, // oasis-csaf md: escapes and entities read
		{"see http://en.wikipedia.org/wiki/Foo_(bar), and “http://example.org/q”.", []string{"http://en.wikipedia.org/wiki/Foo_(bar)", "http://example.org/q"}},
		{"**http://www.enisa.europa.eu/act/cert/support/chiht/**", []string{"http://www.enisa.europa.eu/act/cert/support/chiht/"}},
		{"LAWIS.LANL.GOV and lawis@lanl.gov and www.example.org", nil}, // no scheme: no link
		{"http:// and https://.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, urlsIn(tt.in)); diff != "" {
			t.Errorf("urlsIn(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFindLinksDeduplicates(t *testing.T) {
	lines := linesOf(t, "a.md", "See <http://a.example/x>.\nAgain http://a.example/x and http://b.example/y\n| cell | http://c.example/z |\n")
	want := []string{"http://a.example/x", "http://b.example/y", "http://c.example/z"}
	if diff := cmp.Diff(want, findLinks(lexLines(lines))); diff != "" {
		t.Errorf("findLinks (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "b", "c"}, mergeLinks([]string{"a", "b"}, []string{"b", "c"})); diff != "" {
		t.Errorf("mergeLinks (-want +got):\n%s", diff)
	}
}
