package normalize

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestSplitDiacritics(t *testing.T) {
	runPassCases(t, splitDiacritics, []passCase{
		{"the 2010 seed", []string{"7.", "Daniel Kou", "ř", "il gave a presentation on the latest Grid Security developments (see"},
			[]string{"7.", "Daniel Kouřil gave a presentation on the latest Grid Security developments (see"}, 1},
		{"letter ending its word, space kept", []string{"Gorazd Boži", "č", " welcomed the participants"},
			[]string{"Gorazd Božič welcomed the participants"}, 1},
		{"letter ending its word before punctuation", []string{"Baiba Kaškin", "ā", ", Latvia"},
			[]string{"Baiba Kaškinā, Latvia"}, 1},
		{"two letters", []string{"Gorazd Bo", "ž", "i", "č welcomed"}, []string{"Gorazd Božič welcomed"}, 1},
		{"letter ending a line", []string{"Egils St", "ū", "", "Next"}, []string{"Egils Stū", "", "Next"}, 1},
		{"a one-letter word whose pieces are not words", []string{"Wilfried W", "ö", "ber asked about the encrypted packets."},
			[]string{"Wilfried Wöber asked about the encrypted packets."}, 1},
		{"a one-letter word attested whole", []string{"Till Dörges spoke.", "Till D", "ö", "rges"},
			[]string{"Till Dörges spoke.", "Till Dörges"}, 1},
		{"French à between words stays", []string{"Il a été voté", "à", "l’unanimité.", "Le comité procède à la lecture."},
			[]string{"Il a été voté", "à", "l’unanimité.", "Le comité procède à la lecture."}, 0},
		{"French à before a capital stays", []string{"Il est allé", "à", "Paris."},
			[]string{"Il est allé", "à", "Paris."}, 0},
		{"Scandinavian å between words stays", []string{"Vi har mulighet til", "å", "gjøre det.", "Det er viktig å lese."},
			[]string{"Vi har mulighet til", "å", "gjøre det.", "Det er viktig å lese."}, 0},
		{"a capital starts its word", []string{"Bente Christian", "Å", "sgård", "UiO-CERT"},
			[]string{"Bente Christian", "Åsgård", "UiO-CERT"}, 1},
		{"an accent alone, TeX order", []string{"Daniel Kou", "ˇ", "ril gave"}, []string{"Daniel Kouřil gave"}, 1},
		{"a combining mark alone", []string{"Till Do", "\u0308", "rges"}, []string{"Till Dörges"}, 1},
		{"drop capital", []string{"T", "he meeting was opened at 9:00."}, []string{"The meeting was opened at 9:00."}, 1},
		{"a lone I is a word", []string{"I", "think so."}, []string{"I", "think so."}, 0},
		{"a lone letter of a table column stays", []string{"Name", "é", "Country"}, []string{"Name", "é", "Country"}, 0},
		{"plain letters are word-per-line's", []string{"CZ.NIC", "is", "a", "special interest association"},
			[]string{"CZ.NIC", "is", "a", "special interest association"}, 0},
		{"a run of three is char-per-line's", []string{"Gorazd Bo", "ž", "i", "č", " welcomed"},
			[]string{"Gorazd Bo", "ž", "i", "č", " welcomed"}, 0},
	})
}

// TestSplitDiacriticsGenerated cuts sentences of the seeds with accented
// names at an accented small letter, which lands alone on its line with
// the rest of the line after it (as the 2010 seed's "Kou" / "ř" / "il
// gave…"), and checks the pass gives the sentences back.
func TestSplitDiacriticsGenerated(t *testing.T) {
	sentences := []string{
		"Gorazd Božič welcomed the participants of the first joint TF-CSIRT and FIRST event.",
		"16-06 Baiba Kaškina – to ask Don Stikvoort if the e-coat forum would organise a workshop.",
		"Wilfried Wöber asked about the encrypted packets.",
		"Marco Thorbrügge gave an update about ENISA.",
		"Daniel Kouřil gave a presentation on the latest Grid Security developments (see",
		"Benôit Moreau asked how they knew who was responsible for IP address ranges when a",
		"Thorben Jändling, Till Dörges and Klaus Möller were present.",
		"Présences Membres : M. Gaëtan Gagné, conseiller municipal",
		"István Sebestyén (Ecma) and Nicolò Ribaudo (Igalia) joined remotely.",
		"Egils Stūrmanis and Girts Mažonis of DDIRV, Latvia.",
	}
	rng := rand.New(rand.NewSource(164))
	for round := 0; round < 200; round++ {
		sentence := []rune(sentences[rng.Intn(len(sentences))])
		var cuts []int
		for i, r := range sentence {
			if i > 0 && r >= utf8.RuneSelf && unicode.IsLower(r) && unicode.IsLetter(sentence[i-1]) {
				cuts = append(cuts, i)
			}
		}
		cut := cuts[rng.Intn(len(cuts))]
		in := []string{string(sentence[:cut]), string(sentence[cut]), string(sentence[cut+1:])}
		if in[2] == "" {
			in = in[:2]
		}
		got, warnings := applyPass(t, splitDiacritics, in...)
		if diff := cmp.Diff([]string{string(sentence)}, got); diff != "" || len(warnings) != 1 {
			t.Errorf("round %d: %q (-want +got):\n%s%v", round, in, diff, warnings)
		}
	}
}

// TestSplitDiacriticsSeed checks the damaged seed: its only split
// diacritic in prose is put back, and no lone letter of its tables is
// taken for one.
func TestSplitDiacriticsSeed(t *testing.T) {
	doc := readDocument(t, filepath.Join(samplesDir, "tf-csirt-29-2010-hamburg.txt"))
	repaired, _ := RunPasses(doc, []Pass{charPerLine, splitDiacritics})
	text := strings.Join(textsOf(repaired), "\n")
	if !strings.Contains(text, "Daniel Kouřil gave a presentation on the latest Grid Security developments") {
		t.Error("Kouřil not rejoined")
	}
	for _, l := range repaired.Lines {
		if r, ok := soleRune(l); ok && r >= utf8.RuneSelf {
			t.Errorf("line %d: lone %q left", l.Num, r)
		}
	}
}

func FuzzSplitDiacritics(f *testing.F) {
	f.Add("Daniel Kou\nř\nil gave a presentation")
	f.Add("Gorazd Boži\nč\n welcomed\nIl est allé\nà\nParis.\nT\nhe\nKou\nˇ\nril\nDo\n\u0308\nrges")
	f.Fuzz(func(t *testing.T, text string) {
		checkFuzzedPass(t, splitDiacritics, text, noGrowth)
	})
}
