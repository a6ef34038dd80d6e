package normalize

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBrokenURLs(t *testing.T) {
	runPassCases(t, brokenURLs, []passCase{
		{"after a slash, a path follows",
			[]string{"Pascal Steichen have a presentation about CIRCL (see", "http://www.terena.org/activities/", "tf-csirt/meeting29/steichen-circl.pdf", "). This was the government CSIRT"},
			[]string{"Pascal Steichen have a presentation about CIRCL (see", "http://www.terena.org/activities/tf-csirt/meeting29/steichen-circl.pdf", "). This was the government CSIRT"}, 1},
		{"after a hyphen",
			[]string{"http://www.terena.org/activities/tf-", "csirt/meeting29/pattloch-dfncert-portal.pdf", ")."},
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/pattloch-dfncert-portal.pdf", ")."}, 1},
		{"after the host",
			[]string{"http://www.terena.org/", "activities/tf-csirt/meeting29/rattray-dns-security.pdf"},
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/rattray-dns-security.pdf"}, 1},
		{"a file name after a slash",
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/", "stikvoort-ti.pdf", ")."},
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/stikvoort-ti.pdf", ")."}, 1},
		{"inside a file name",
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/kaskina-gn3-", "security.pdf"},
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/kaskina-gn3-security.pdf"}, 1},
		{"a new item after a URL ending in a slash",
			[]string{"More information was available at", "http://www.trusted-introducer.org/", "10. GN3 Security Activities"},
			[]string{"More information was available at", "http://www.trusted-introducer.org/", "10. GN3 Security Activities"}, 0},
		{"a heading after a URL ending in a slash",
			[]string{"http://www.enisa.europa.eu/act/cert/support/chiht/", "Open Actions"},
			[]string{"http://www.enisa.europa.eu/act/cert/support/chiht/", "Open Actions"}, 0},
		{"closing punctuation on its own line",
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/peterka-cznic.pdf", ").", "CZ.NIC"},
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/peterka-cznic.pdf", ").", "CZ.NIC"}, 0},
		{"a URL between brackets on its own lines",
			[]string{"(", "https://portal.cert.dfn.de/", ")", "aimed"},
			[]string{"(", "https://portal.cert.dfn.de/", ")", "aimed"}, 0},
		{"three pieces, over a page break (OASIS minutes)",
			[]string{"https://www.oasis-", "open.org/apps/org/workgroup/csaf/record_my_attendance.php?event_id=46223&confirmed=", "1", "Agenda"},
			[]string{"https://www.oasis-open.org/apps/org/workgroup/csaf/record_my_attendance.php?event_id=46223&confirmed=1", "Agenda"}, 1},
		{"cut anywhere, a query goes on",
			[]string{"start): https://www.oasis-open.org/apps/org/workgroup/csaf/record_my_attendance.php?event_id=47736&conf", "irmed=1"},
			[]string{"start): https://www.oasis-open.org/apps/org/workgroup/csaf/record_my_attendance.php?event_id=47736&conf" + "irmed=1"}, 1},
		{"indented continuation with its bracket (ASF minutes)",
			[]string{"    See <http://www.apache.org/foundation/records/minutes/2000/", "    board_minutes_2000_10_22.txt.NY>."},
			[]string{"    See <http://www.apache.org/foundation/records/minutes/2000/board_minutes_2000_10_22.txt.NY>."}, 1},
		{"the rest of the next line stays",
			[]string{"see http://www.terena.org/activities/tf-csirt/meeting29/", "stikvoort-ti.pdf). This accredited CSIRTs"},
			[]string{"see http://www.terena.org/activities/tf-csirt/meeting29/stikvoort-ti.pdf).", "This accredited CSIRTs"}, 1},
		{"a complete URL then a word with a slash",
			[]string{"see http://www.example.org", "and/or the mailing list"},
			[]string{"see http://www.example.org", "and/or the mailing list"}, 0},
		{"a URL then another URL",
			[]string{"http://www.enisa.europa.eu/", "www.first.org/", "http://a.example/"},
			[]string{"http://www.enisa.europa.eu/", "www.first.org/", "http://a.example/"}, 0},
		{"a new list item is no continuation",
			[]string{"record your attendance at https://www.oasis-open.org/attend.php?id=", "1. Roll call"},
			[]string{"record your attendance at https://www.oasis-open.org/attend.php?id=", "1. Roll call"}, 0},
		{"a numbered item after a URL that cannot end",
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/kaskina-gn3-", "10. GN3 Security Activities"},
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/kaskina-gn3-", "10. GN3 Security Activities"}, 0},
		{"a markdown link is closed",
			[]string{"- [slides](https://docs.google.com/presentation/d/1fvJ0M4y-M8FD8Vep1sKBftumx_LkENSlwEU3yC3bOIc/edit)", "- [PR](https://github.com/tc39/ecma262/pull/1527)"},
			[]string{"- [slides](https://docs.google.com/presentation/d/1fvJ0M4y-M8FD8Vep1sKBftumx_LkENSlwEU3yC3bOIc/edit)", "- [PR](https://github.com/tc39/ecma262/pull/1527)"}, 0},
		{"right after the scheme (a PDF laid out at a fixed width)",
			[]string{"Martin Brown's slides are on the TERENA site (see http://", "www.example.org/activities/tf-csirt/meeting29/brown-5.pdf). The next meeting"},
			[]string{"Martin Brown's slides are on the TERENA site (see http://www.example.org/activities/tf-csirt/meeting29/brown-5.pdf).", "The next meeting"}, 1},
		{"right after the scheme, the URL alone on its line (TF-CSIRT minutes)",
			[]string{"Martin Peterka gave a presentation about CZ.NIC and its associated CSIRT (see http://", "www.terena.org/activities/tf-csirt/meeting29/peterka-cznic.pdf", ")."},
			[]string{"Martin Peterka gave a presentation about CZ.NIC and its associated CSIRT (see http://www.terena.org/activities/tf-csirt/meeting29/peterka-cznic.pdf", ")."}, 1},
		{"right after the scheme, a host without www, then broken again after a hyphen",
			[]string{"DFN-CERT showed its portal ( https://", "portal.cert.dfn.de/tf-", "csirt/meeting29/pattloch-dfncert-portal.pdf )"},
			[]string{"DFN-CERT showed its portal ( https://portal.cert.dfn.de/tf-csirt/meeting29/pattloch-dfncert-portal.pdf", ")"}, 1},
		{"right after the scheme, in angle brackets (ASF minutes)",
			[]string{"    See <http://", "    www.apache.org/foundation/records/minutes/2000/board_minutes_2000_10_22.txt>."},
			[]string{"    See <http://www.apache.org/foundation/records/minutes/2000/board_minutes_2000_10_22.txt>."}, 1},
		{"a scheme alone, then words: no host",
			[]string{"The list of those present is available on-line at http://", "the TERENA web site"},
			[]string{"The list of those present is available on-line at http://", "the TERENA web site"}, 0},
		{"a scheme alone, then a numbered item",
			[]string{"More information was available at http://", "10. GN3 Security Activities"},
			[]string{"More information was available at http://", "10. GN3 Security Activities"}, 0},
		{"a scheme alone, then a URL of its own",
			[]string{"see http://", "http://www.trusted-introducer.org/"},
			[]string{"see http://", "http://www.trusted-introducer.org/"}, 0},
		{"a hyphenated word is not a URL's", []string{"The cost was EUR 500 for participants from not-for-", "profit organisations"},
			[]string{"The cost was EUR 500 for participants from not-for-", "profit organisations"}, 0},
	})
}

// TestBrokenURLsGenerated breaks real URLs of the seeds and the corpus
// after a "/" or a "-", as wrapping does, with closing punctuation or the
// rest of a sentence after them, and checks they come back exactly.
func TestBrokenURLsGenerated(t *testing.T) {
	urls := []string{
		"http://www.terena.org/activities/tf-csirt/meeting29/peterka-cznic.pdf",
		"http://www.terena.org/activities/tf-csirt/meeting29/kaskina-gn3-security.pdf",
		"http://www.terena.nl/activities/tf-csirt/meeting17/registrations.php",
		"https://www.oasis-open.org/apps/org/workgroup/csaf/download.php/63332/Minutes%20of%202018-06-27%20Meeting#17.html",
		"http://www.apache.org/foundation/records/minutes/2000/board_minutes_2000_11_15.txt",
		"https://github.com/tc39/proposal-dynamic-import",
		"http://www.enisa.europa.eu/act/cert/support/chiht/",
	}
	endings := []string{"", ").", ")", ".", "). This accredited CSIRTs in Europe", " and the survey results"}
	rng := rand.New(rand.NewSource(68))
	joined := 0
	for round := 0; round < 300; round++ {
		url := urls[rng.Intn(len(urls))]
		cuts := []int{strings.Index(url, "://") + 3} // right after the scheme
		for i := strings.Index(url, "://") + 3; i < len(url)-1; i++ {
			if url[i] == '/' || url[i] == '-' {
				cuts = append(cuts, i+1)
			}
		}
		cut := cuts[rng.Intn(len(cuts))]
		ending := endings[rng.Intn(len(endings))]
		if !strings.HasSuffix(url[:cut], "://") && !meantToJoin(url[cut:], url[cut-1], ending) {
			continue
		}
		in := []string{"handling in NRENs (see " + url[:cut], url[cut:] + ending}
		want := []string{"handling in NRENs (see " + url + ending}
		if rest, ok := strings.CutPrefix(ending, " "); ok {
			want = []string{"handling in NRENs (see " + url, rest}
		} else if i := strings.Index(ending, " "); i >= 0 {
			want = []string{"handling in NRENs (see " + url + ending[:i], ending[i+1:]}
		}
		got, _ := applyPass(t, brokenURLs, in...)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("round %d: %q (-want +got):\n%s", round, in, diff)
		}
		joined++
	}
	if joined < 100 {
		t.Errorf("only %d of the rounds were URLs meant to be joined", joined)
	}
}

// meantToJoin reports whether a URL cut before rest, after the character
// cutAfter, is one the pass is meant to join (a URL cut right after its
// scheme always is): after a "-" always; after a "/" when rest holds a
// "/" or ends in a file's extension, or when it is a hyphenated name
// alone on its line.
// ("http://www.terena.org/" / "Open Actions" must stay apart, so a bare
// word after a "/" cannot be joined.)
func meantToJoin(rest string, cutAfter byte, ending string) bool {
	if cutAfter == '-' {
		return true
	}
	for _, ext := range []string{".pdf", ".php", ".html", ".txt"} {
		if strings.HasSuffix(rest, ext) {
			return true
		}
	}
	alone := !strings.Contains(ending, " ")
	return strings.Contains(rest, "/") || (alone && strings.Contains(rest, "-"))
}

func FuzzBrokenURLs(f *testing.F) {
	f.Add("see http://www.terena.org/activities/\ntf-csirt/meeting29/steichen-circl.pdf\n).")
	f.Add("https://www.oasis-\nopen.org/a.php?x=\n1\nhttp://x.org/\n10. GN3\nwww.\nexample.org")
	f.Add("(see http://\nwww.example.org/activities/brown-5.pdf). Next\nhttps://\n10. GN3\nftp://\nftp.example.org:21/x")
	f.Fuzz(func(t *testing.T, text string) {
		checkFuzzedPass(t, brokenURLs, text, noGrowth)
	})
}
