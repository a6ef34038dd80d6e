package normalize

import (
	"math/rand"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestHyphenation(t *testing.T) {
	runPassCases(t, hyphenation, []passCase{
		{"a compound keeps its hyphens (2010 seed)",
			[]string{"applications being 8 February 2010. The cost was EUR 500 for participants from not-for-", "profit organisations, and EUR 750 for participants"},
			[]string{"applications being 8 February 2010. The cost was EUR 500 for participants from not-for-profit", "organisations, and EUR 750 for participants"}, 1},
		{"free-of-charge",
			[]string{"The first stage towards accreditation was to have one’s CSIRT listed. This was free-of-", "charge and required the support of two accredited teams."},
			[]string{"The first stage towards accreditation was to have one’s CSIRT listed. This was free-of-charge", "and required the support of two accredited teams."}, 1},
		{"a word of the word list",
			[]string{"The first milestone will be delivered on 6 April 2006 with the docu-", "ment describing the features."},
			[]string{"The first milestone will be delivered on 6 April 2006 with the document", "describing the features."}, 1},
		{"the document's own spelling wins",
			[]string{"E-coat consisted mainly of ISPs' abuse teams. The 5th e-", "coat workshop was held on 12 January 2006."},
			[]string{"E-coat consisted mainly of ISPs' abuse teams. The 5th e-coat", "workshop was held on 12 January 2006."}, 1},
		{"unknown closed form keeps the hyphen",
			[]string{"data should be pseudo-", "nymised before"},
			[]string{"data should be pseudo-nymised", "before"}, 1},
		{"a verb and its particle keep the hyphen (corpus)",
			[]string{"Patron for £150 a year with various offers at each level. The start-", "up costs would be for design of the cards"},
			[]string{"Patron for £150 a year with various offers at each level. The start-up", "costs would be for design of the cards"}, 1},
		{"a number keeps its hyphen (corpus)",
			[]string{"local du patrimoine, à l’effet d’accepter la demande de démolition 2023-", "0379;"},
			[]string{"local du patrimoine, à l’effet d’accepter la demande de démolition 2023-0379;"}, 1},
		{"capitals: a name",
			[]string{"the 29th TF-", "CSIRT meeting"}, []string{"the 29th TF-CSIRT", "meeting"}, 1},
		{"a label before a capital stays",
			[]string{"Regrets-", "Chair wolfgang"}, []string{"Regrets-", "Chair wolfgang"}, 0},
		{"a soft hyphen was only a break",
			[]string{"We discussed the docu\u00ad", "mentation and the self\u00ad", "assessment."},
			[]string{"We discussed the documentation", "and the selfassessment."}, 2},
		{"a dash between spaces stays", []string{"Annual Meeting -", "next year"}, []string{"Annual Meeting -", "next year"}, 0},
		{"a URL is the broken-urls pass's",
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/kaskina-gn3-", "security.pdf"},
			[]string{"http://www.terena.org/activities/tf-csirt/meeting29/kaskina-gn3-", "security.pdf"}, 0},
		{"a new list item is no continuation", []string{"the 2023-", "1. Approval of the minutes"}, []string{"the 2023-", "1. Approval of the minutes"}, 0},
		{"a rule line stays", []string{"-----", "text"}, []string{"-----", "text"}, 0},
		{"a blank line between stays", []string{"docu-", "", "ment"}, []string{"docu-", "", "ment"}, 0},
	})
}

// TestHyphenationGenerated hyphenates words of the 2006 seed at line ends,
// as a justified PDF would, and checks the pass gives each word back:
// words the word list knows lose the hyphen ("docu-" / "ment"); the
// compounds the seed itself writes with a hyphen at least twice keep it
// ("e-" / "coat"), as the seed attests them.
func TestHyphenationGenerated(t *testing.T) {
	doc := readDocument(t, filepath.Join(samplesDir, "tf-csirt-17-2006-amsterdam.txt"))
	vocab := documentVocabulary(doc.Lines)
	var plain, compounds []string
	for w, n := range vocab {
		switch {
		case strings.Count(w, "-") == 1 && n >= 2 && isLowerWord(strings.ReplaceAll(w, "-", "")):
			compounds = append(compounds, w)
		case utf8.RuneCountInString(w) >= 8 && isLowerWord(w) && isEnglishWord(w):
			plain = append(plain, w)
		}
	}
	if len(plain) < 50 || len(compounds) < 3 {
		t.Fatalf("%d plain words, %d compounds in the seed", len(plain), len(compounds))
	}
	sort.Strings(plain) // the rounds must not depend on map order
	sort.Strings(compounds)
	t.Logf("%d plain words, compounds %q", len(plain), compounds)
	rng := rand.New(rand.NewSource(2006))
	for round := 0; round < 200; round++ {
		var word, head, tail string
		if rng.Intn(3) == 0 {
			word = compounds[rng.Intn(len(compounds))]
			head, tail, _ = strings.Cut(word, "-")
		} else {
			word = plain[rng.Intn(len(plain))]
			cut := 2 + rng.Intn(utf8.RuneCountInString(word)-4)
			head, tail = string([]rune(word)[:cut]), string([]rune(word)[cut:])
		}
		if phrasalParticles[tail] {
			continue
		}
		lines := append(textsOf(doc), "The group discussed the "+head+"-", tail+" at length.")
		got, _ := applyPass(t, hyphenation, lines...)
		if last := got[len(got)-2:]; !cmp.Equal(last, []string{"The group discussed the " + word, "at length."}) {
			t.Errorf("round %d: %q / %q gave %q, want %q", round, head+"-", tail, last, word)
		}
	}
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

func FuzzHyphenation(f *testing.F) {
	f.Add("participants from not-for-\nprofit organisations\nthe docu-\nment\nTF-\nCSIRT\n2023-\n0379;")
	f.Add("docu\u00ad\nment\nRegrets-\nChair\nhttp://x.org/a-\nb.pdf\n-\n-\nx-\ny-\nz")
	f.Fuzz(func(t *testing.T, text string) {
		checkFuzzedPass(t, hyphenation, text, noGrowth)
	})
}
