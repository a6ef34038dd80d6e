package normalize

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWordPerLine(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{
			name: "brackets around a URL (2010 seed)",
			in: []string{
				"effectiveness of what was trying to be achieved.",
				"As", "a", "result,", "the", "DFN-CERT", "portal", "(", "https://portal.cert.dfn.de/", ")", "aimed", "to", "provide",
				"information that was only relevant to individual sites, as identified by their site",
			},
			want: []string{
				"effectiveness of what was trying to be achieved.",
				"As a result, the DFN-CERT portal (https://portal.cert.dfn.de/) aimed to provide information that was only relevant to individual sites, as identified by their site",
			},
		},
		{
			name: "the start of a line (2010 seed)",
			in: []string{
				"CZ.NIC", "is", "a",
				"special interest association founded in 1998 by a number of leading ISPs to operate the",
			},
			want: []string{
				"CZ.NIC is a special interest association founded in 1998 by a number of leading ISPs to operate the",
			},
		},
		{
			name: "a sentence ends inside the run (2010 seed)",
			in: []string{
				"advisories,", "and", "finally", "providing", "security", "training", "and", "consultancy.", "This", "included",
				"development of the LEWIS project (Luxembourg Early Warning and Information Sharing",
			},
			want: []string{
				"advisories, and finally providing security training and consultancy. This included development of the LEWIS project (Luxembourg Early Warning and Information Sharing",
			},
		},
		{
			name: "two words before the rest of the sentence (2010 seed)",
			in:   []string{"The", "next", "workshop would be held on 4-5 March 2010 in Uppsala, Sweden, with the deadline for"},
			want: []string{"The next workshop would be held on 4-5 March 2010 in Uppsala, Sweden, with the deadline for"},
		},
		{
			name: "a roll call of one name a line is a list",
			in:   []string{"Present:", "Brian", "Ken", "Roy", "Dirk-Willem", "Greg"},
			want: []string{"Present:", "Brian", "Ken", "Roy", "Dirk-Willem", "Greg"},
		},
		{
			name: "statuses are not a sentence",
			in:   []string{"Done.", "Ongoing.", "Superseded."},
			want: []string{"Done.", "Ongoing.", "Superseded."},
		},
		{
			name: "two words before a new item stay",
			in:   []string{"The", "next", "3. Date of the next meeting"},
			want: []string{"The", "next", "3. Date of the next meeting"},
		},
		{
			name: "one-character lines are char-per-line's",
			in:   []string{"H", "i", "l", "l", "a", "r", "A", "a", "r", "e"},
			want: []string{"H", "i", "l", "l", "a", "r", "A", "a", "r", "e"},
		},
		{
			name: "a word next to a run of one-character lines stays out of it",
			in:   []string{"Denmark", "A", "n", "t", "t", "i"},
			want: []string{"Denmark", "A", "n", "t", "t", "i"},
		},
		{
			name: "French",
			in:   []string{"La", "séance", "est", "levée", "à", "16h05", "après", "la", "lecture du procès-verbal."},
			want: []string{"La séance est levée à 16h05 après la lecture du procès-verbal."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := testDocument(tt.in...)
			warnings := wordPerLine.Apply(doc)
			if diff := cmp.Diff(tt.want, textsOf(doc)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if changed := len(tt.in) != len(tt.want); changed != (len(warnings) > 0) {
				t.Errorf("changed = %v, warnings = %v", changed, warnings)
			}
		})
	}
}

func TestJoinWords(t *testing.T) {
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"portal", "(", "https://portal.cert.dfn.de/", ")", "aimed"}, "portal (https://portal.cert.dfn.de/) aimed"},
		{[]string{"see", "[", "1", "]", "."}, "see [1]."},
		{[]string{"security", "–", "responding"}, "security – responding"},
		{[]string{"one", ",", "two"}, "one, two"},
		{[]string{"(see", "http://x/", ")."}, "(see http://x/)."},
	}
	for _, tt := range tests {
		if got := joinWords(testDocument(tt.words...).Lines); got != tt.want {
			t.Errorf("joinWords(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// TestWordPerLineGenerated tears generated wrapped text into one word per
// line, as justified PDF text comes out, and checks that every line the
// pass gives back lies inside one paragraph, with its words in order: the
// paragraphs are then the pass's lines joined, which soft-wraps does.
// As justification spares a paragraph's last line, that line is not torn;
// nor is a first line after a paragraph whose last line is one word, as
// nothing could tell the two paragraphs apart.
func TestWordPerLineGenerated(t *testing.T) {
	paragraphs := cleanParagraphs(t)
	rng := rand.New(rand.NewSource(13))
	for round := 0; round < 100; round++ {
		width := 55 + rng.Intn(40)
		want := paragraphs[rng.Intn(len(paragraphs)-8):][:8]
		var in []string
		torn, lastWordAlone := 0, false
		for _, p := range want {
			wrapped := greedyWrap(p, width)
			for k, l := range wrapped {
				words := strings.Fields(l)
				n := len(words)
				if rng.Intn(2) == 0 && n > 3 {
					n = 3 + rng.Intn(n-3) // the first words, before the rest
				}
				if k == len(wrapped)-1 || k == 0 && lastWordAlone || rng.Intn(3) != 0 || len(words) < 3 ||
					!readsAsProse(testDocument(words[:n]...).Lines) {
					in = append(in, l)
					continue
				}
				torn++
				in = append(in, words[:n]...)
				if n < len(words) {
					in = append(in, strings.Join(words[n:], " "))
				}
			}
			lastWordAlone = !strings.Contains(wrapped[len(wrapped)-1], " ")
		}
		doc := testDocument(in...)
		warnings := wordPerLine.Apply(doc)
		got := textsOf(doc)
		if err := onlyJoined(got, want); err != nil {
			t.Fatalf("round %d, width %d: the paragraphs are not the pass's lines joined: %v\ngot:\n%s",
				round, width, err, strings.Join(got, "\n"))
		}
		// A fully torn line runs on into the next torn one: one run.
		if len(warnings) > torn || (torn > 0) != (len(warnings) > 0) {
			t.Fatalf("round %d: %d warnings for %d torn lines", round, len(warnings), torn)
		}
	}
}

func FuzzWordPerLine(f *testing.F) {
	f.Add("As\na\nresult,\nthe\nportal\n(\nhttps://x/\n)\naimed\nto provide\n")
	f.Add("a\nb\nc\n")
	f.Add("The\nnext\n")
	f.Fuzz(func(t *testing.T, text string) {
		checkPassOutput(t, wordPerLine, text)
	})
}
