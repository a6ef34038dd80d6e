package normalize

import (
	"math/rand"
	"testing"

	"github.com/google/go-cmp/cmp"

	"golang.org/x/text/unicode/norm"
)

func TestUnicodeForm(t *testing.T) {
	runPassCases(t, unicodeForm, []passCase{
		{"clean text stays", []string{"Daniel Kouřil gave a presentation", "Bente Christian Åsgård"},
			[]string{"Daniel Kouřil gave a presentation", "Bente Christian Åsgård"}, 0},
		{"decomposed letters are composed (NFC)", []string{"Daniel Kour\u030cil", "Do\u0308rges"},
			[]string{"Daniel Kouřil", "Dörges"}, 1},
		{"spacing accent before its letter, as TeX draws it", []string{"Schr¨odinger and J´ozsef"},
			[]string{"Schrödinger and József"}, 1},
		{"spacing accent after its letter", []string{"Jo´zsef Komli, Kourˇil"},
			[]string{"József Komli, Kouřil"}, 1},
		{"caron, ring, tilde, cedilla", []string{"Kouˇril ˚Angstr¨om S˜ao fa¸cade"},
			[]string{"Kouřil Ångström São façade"}, 1},
		{"acute as apostrophe stays", []string{"don´t, Suffolk´s, we´ll"},
			[]string{"don´t, Suffolk´s, we´ll"}, 0},
		{"ring after a digit stays", []string{"Useful discussion was had regarding 360˚ appraisals."},
			[]string{"Useful discussion was had regarding 360˚ appraisals."}, 0},
		{"backticks quoting code stay", []string{"use `Array.prototype.at` and `e`"},
			[]string{"use `Array.prototype.at` and `e`"}, 0},
		{"backtick inside a word is a grave", []string{"Gen`eve"}, []string{"Genève"}, 1},
		{"odd spaces become plain, tabs stay", []string{"December 1\u00a0Rio Rancho", "17-01\tWilfried\u2009Wöber", "a\u3000b"},
			[]string{"December 1 Rio Rancho", "17-01\tWilfried Wöber", "a b"}, 1},
		{"invisible characters are dropped", []string{"docu\u00adment", "zero\u200bwidth\ufeff"},
			[]string{"document", "zerowidth"}, 1},
		{"soft hyphen ending a line is left for hyphenation", []string{"docu\u00ad", "ment"},
			[]string{"docu\u00ad", "ment"}, 0},
		{"ligatures are expanded", []string{"the ﬁrst ﬂoor, eﬀort"}, []string{"the first floor, effort"}, 1},
		{"zero-width joiner in emoji stays", []string{"family 👨\u200d👩\u200d👧"}, []string{"family 👨\u200d👩\u200d👧"}, 0},
		{"mojibake halves are left for the mojibake pass", []string{"MartÃ\u00adn Ã\u00a0 la", "Ã¨"},
			[]string{"MartÃ\u00adn Ã\u00a0 la", "Ã¨"}, 0},
	})
}

// TestUnicodeFormMustNotChange lists text in many languages, already in
// the one form, that the pass must leave exactly as it is.
func TestUnicodeFormMustNotChange(t *testing.T) {
	for _, s := range mustNotChange {
		var c unicodeChanges
		if got := cleanUnicode(s, &c); got != s {
			t.Errorf("cleanUnicode(%q) = %q, want it unchanged", s, got)
		}
	}
}

// mustNotChange is text with legitimate accents and punctuation from many
// languages, which the unicode-form and mojibake passes must not touch.
var mustNotChange = []string{
	"Åsgård", "Dörges", "Jószef Komli", "Kouřil", "Thorbrügge", "Müller", "Ångström",
	"São Paulo", "Zürich", "Łódź", "naïve", "Ðorđević", "façade", "Õismäe", "Õnne",
	"Gorazd Božič", "Baiba Kaškina", "Thorben Jändling", "Benôit Moreau", "Egils Stūrmanis",
	"István Sebestyén", "Nicolò Ribaudo", "Gaëtan Gagné", "Sainte-Adèle", "l’école d’été",
	"Øystein Ødegård", "Þórður", "Ærøskøbing", "ÇÃO", "SÃO PAULO", "NÃO", "Straße",
	"Ελληνικά", "Привет", "日本語", "한국어", "Œuvre", "ŒUVRE", "m² and km³", "Nº 5", "1ª",
	"Word®", "Brand™", "col·lecció", "«guillemets»", "„Anführung“", "‘single’ “double”",
	"5 €", "£150", "360°", "1–2 — 3…", "•", "Dvořák’s", "don’t", "Cuyahoga – Ford Room",
}

// TestUnicodeFormGenerated decomposes real names with accents (NFD), or
// sets their accents apart as PDFs do, and checks that the pass gives the
// names back. A spacing accent goes before its letter, as TeX draws it,
// or, when the document also writes the name whole elsewhere (names
// recur: in the text and in the list of participants), on either side.
func TestUnicodeFormGenerated(t *testing.T) {
	names := []string{
		"Gorazd Božič", "Baiba Kaškina", "Wilfried Wöber", "Marco Thorbrügge", "Daniel Kouřil",
		"Bente Christian Åsgård", "Thorben Jändling", "Jószef Komli", "Till Dörges", "Benôit Moreau",
		"Gaëtan Gagné", "Sainte-Adèle", "São Paulo", "Nicolò Ribaudo", "István Sebestyén",
	}
	toSpacing := map[rune]rune{}
	for spacing, a := range spacingAccents {
		toSpacing[a.mark] = spacing
	}
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 300; round++ {
		name := names[rng.Intn(len(names))]
		attested := rng.Intn(2) == 0
		var damaged []rune
		for _, r := range []rune(norm.NFD.String(name)) {
			spacing, ok := toSpacing[r]
			switch {
			case !ok || rng.Intn(3) == 0:
				damaged = append(damaged, r) // NFD: the mark after its letter
			case !attested || rng.Intn(2) == 0:
				base := damaged[len(damaged)-1]
				damaged = append(damaged[:len(damaged)-1], spacing, base)
			default:
				damaged = append(damaged, spacing)
			}
		}
		lines := []string{"Presentation by " + string(damaged) + "."}
		want := []string{"Presentation by " + name + "."}
		if attested {
			lines = append(lines, name+" replied.")
			want = append(want, name+" replied.")
		}
		got, _ := applyPass(t, unicodeForm, lines...)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("round %d: %q (-want +got):\n%s", round, lines, diff)
		}
	}
}

func FuzzUnicodeForm(f *testing.F) {
	for _, s := range mustNotChange {
		f.Add(s)
	}
	f.Add("Schr¨odinger J´ozsef ˇ´¨ a\u00a0b docu\u00ad\nment ﬁ Ã\u00ad `x`")
	f.Add("e\u0301\u0301\u0344 \u0958 ´´a ¨¨")
	f.Fuzz(func(t *testing.T, text string) {
		// NFC may make text up to three times longer (U+0958 → U+0915
		// U+093C); nothing else the pass does lengthens it.
		checkFuzzedPass(t, unicodeForm, text, func(n int) int { return 3 * n })
	})
}
