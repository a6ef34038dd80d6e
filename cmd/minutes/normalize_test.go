package main

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLineDiff(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []edit
	}{
		{"same", []string{"a", "b"}, []string{"a", "b"}, nil},
		{"dropped", []string{"chrome", "a", "b"}, []string{"a", "b"}, []edit{{'-', "chrome"}}},
		{"joined", []string{"a", "b", "c", "d"}, []string{"a", "b c", "d"}, []edit{{'-', "b"}, {'-', "c"}, {'+', "b c"}}},
		{"two places", []string{"x", "a", "y", "b", "z"}, []string{"x", "A", "y", "B", "z"},
			[]edit{{'-', "a"}, {'+', "A"}, {'-', "b"}, {'+', "B"}}},
		{"all new", nil, []string{"a"}, []edit{{'+', "a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, lineDiff(tt.a, tt.b), cmp.AllowUnexported(edit{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Publié le : 25", "Publié le : 25"},
		{"Publié le\u00a0: 25", "Publié le<U+00A0>: 25"},
		{"a\tb\u200bc", "a<U+0009>b<U+200B>c"},
	}
	for _, tt := range tests {
		if got := visible(tt.in); got != tt.want {
			t.Errorf("visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLineDiffGenerated applies random edits to random lines and checks
// that the diff turns the old lines into the new ones: what it removes is
// gone and what it adds is there, in order.
func TestLineDiffGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		var a []string
		for i := 0; i < rng.Intn(40); i++ {
			a = append(a, string(rune('a'+rng.Intn(6))))
		}
		var b []string
		for _, l := range a {
			switch rng.Intn(5) {
			case 0: // dropped
			case 1:
				b = append(b, l, "new")
			default:
				b = append(b, l)
			}
		}
		edits := lineDiff(a, b)
		removed, added := 0, 0
		for _, e := range edits {
			if e.op == '-' {
				removed++
			} else {
				added++
			}
		}
		// Every line is kept, removed or added: the counts must agree.
		if len(a)-removed != len(b)-added {
			t.Fatalf("round %d: %d-%d != %d-%d for %q -> %q: %v", round, len(a), removed, len(b), added, a, b, edits)
		}
	}
}

// TestNormalizeExplain runs the command on the 2010 seed: it says what
// each pass did, shows removed and added lines, then the repaired text.
func TestNormalizeExplain(t *testing.T) {
	status, out, errOut := runCLI(t, "normalize", "--explain", samples[1])
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	for _, want := range []string{
		"# page-chrome: ",
		"web page chrome",
		"#     -Lecture(s) : 270",
		"# running-headers: ",
		"page 2: removed running header (4 lines)",
		"#     -SUBJECT",
		"more changed lines",
		"# soft-wraps: ",
		"\n3. CZ.NIC and CZ.NIC-CSIRT Presentation\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	_, plain, _ := runCLI(t, "normalize", samples[1])
	if !strings.HasSuffix(out, plain) {
		t.Errorf("--explain does not end with the same text as plain normalize")
	}
}
