package normalize

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
)

// explode puts each character of s, spaces left out, on a line of its
// own: what the damaged extractor makes of a table row.
func explode(s string) []string {
	var lines []string
	for _, r := range s {
		if r != ' ' {
			lines = append(lines, string(r))
		}
	}
	return lines
}

// lines joins its arguments, single lines or slices of lines, into one
// slice, to write test inputs that mix both.
func lines(parts ...any) []string {
	var out []string
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			out = append(out, p)
		case []string:
			out = append(out, p...)
		}
	}
	return out
}

func TestCharPerLine(t *testing.T) {
	runPassCases(t, charPerLine, []passCase{
		{"a table row of the 2010 seed",
			lines("Country", explode("Hillar Aareleid CERT-EE Estonia"), "Bente Christian Åsgård"),
			[]string{"Country", "HillarAareleidCERT-EEEstonia", "Bente Christian Åsgård"}, 1},
		{"consecutive rows run together, a diacritic among them",
			lines("Germany", explode("Girts Mažonis DDIRV Latvia Arturs Medenis CERT NIC.LV Latvia"), "Stefan Metzger"),
			[]string{"Germany", "GirtsMažonisDDIRVLatviaArtursMedenisCERTNIC.LVLatvia", "Stefan Metzger"}, 1},
		{"a run that carries on the word of the line before",
			lines("Germany", "Egils St", explode("ūrmanis DDIRV Latvia"), "Harri Sylvander"),
			[]string{"Germany", "Egils StūrmanisDDIRVLatvia", "Harri Sylvander"}, 1},
		{"a run inside a word of prose",
			lines("Gorazd", explode("Boži"), "č welcomed the participants"),
			[]string{"Gorazd", "Božič welcomed the participants"}, 1},
		{"a run finishing a word",
			lines("Jérôme De", explode("vigne"), "Belgium"),
			[]string{"Jérôme Devigne", "Belgium"}, 1},
		{"a run of repeated letters inside a word",
			lines("Marco Thorbr", explode("ügg"), "e gave an update"),
			[]string{"Marco Thorbrügge gave an update"}, 1},
		{"double-spaced text",
			lines("Name", "H", "", "i", "", "l", "", "l", "", "a", "", "r", "", "Spain"),
			[]string{"Name", "Hillar", "", "Spain"}, 1},
		{"a lone dash is a cell", []string{"TERENA", "-", "Maurizio Molina"}, []string{"TERENA", "-", "Maurizio Molina"}, 0},
		{"two one-character lines are not a run", []string{"Daniel Kou", "ř", "il gave a presentation"},
			[]string{"Daniel Kou", "ř", "il gave a presentation"}, 0},
		{"bullets and brackets", []string{"•", "first", "•", "second", "(", "https://portal.cert.dfn.de/", ")"},
			[]string{"•", "first", "•", "second", "(", "https://portal.cert.dfn.de/", ")"}, 0},
		{"one word per line", []string{"As", "a", "result,", "the", "DFN-CERT"}, []string{"As", "a", "result,", "the", "DFN-CERT"}, 0},
		{"a column of numbers", []string{"For", "7", "0", "1", "Against"}, []string{"For", "7", "0", "1", "Against"}, 0},
		{"labels in order", []string{"A", "B", "C", "D"}, []string{"A", "B", "C", "D"}, 0},
		{"a column of marks", []string{"x", "x", "x", "x"}, []string{"x", "x", "x", "x"}, 0},
	})
}

func TestCharPerLineKindAndPlace(t *testing.T) {
	doc := readLines(t, lines("Country", explode("Hillar Aareleid"), "Germany", "Egils St", explode("ūrmanis DDIRV"))...)
	for i := range doc.Lines {
		doc.Lines[i].Page = 6
	}
	charPerLine.Apply(doc)
	want := []struct {
		text string
		kind document.Kind
		num  int
	}{
		{"Country", document.Prose, 1},
		{"HillarAareleid", document.Glued, 2},
		{"Germany", document.Prose, 16},
		{"Egils StūrmanisDDIRV", document.Glued, 17},
	}
	if len(doc.Lines) != len(want) {
		t.Fatalf("got %d lines: %q", len(doc.Lines), textsOf(doc))
	}
	for i, w := range want {
		l := doc.Lines[i]
		if l.Text != w.text || l.Kind != w.kind || l.Num != w.num || l.Page != 6 {
			t.Errorf("line %d = %q %v page %d line %d, want %q %v page 6 line %d", i, l.Text, l.Kind, l.Page, l.Num, w.text, w.kind, w.num)
		}
	}
}

// roster holds real rows of participants tables: of the 2010 seed, with
// the people and places of the 2006 seed and the corpus.
var roster = [][3]string{
	{"Hillar Aareleid", "CERT-EE", "Estonia"},
	{"Bente Christian Åsgård", "UiO-CERT", "Norway"},
	{"Jordi Aguila", "La Caixa", "Spain"},
	{"Shehzad Ahmed", "DK-CERT (UNI-C)", "Denmark"},
	{"Gorazd Božič", "SI-CERT", "Slovenia"},
	{"Martin Camilleri", "mtCERT", "Malta"},
	{"Till Dörges", "PRE-CERT/PRESENCE", "Germany"},
	{"Thorben Jändling", "SWITCH", "Switzerland"},
	{"Jószef Komli", "CERT-Hungary", "Hungary"},
	{"Daniel Kouřil", "CESNET", "Czech Republic"},
	{"Baiba Kaškina", "TERENA", "The Netherlands"},
	{"Girts Mažonis", "DDIRV", "Latvia"},
	{"Klaus Möller", "DFN-CERT", "Germany"},
	{"Benôit Moreau", "CERTA", "France"},
	{"Egils Stūrmanis", "DDIRV", "Latvia"},
	{"Marco Thorbrügge", "ENISA", "Greece"},
	{"Wilfried Wöber", "RIPE NCC", "The Netherlands"},
	{"Thorsten Kraft", "1&1 Internet", "Germany"},
	{"Jacomo Piccolini", "ESR/RNP", "Brazil"},
	{"Gaëtan Gagné", "Ville de Sainte-Adèle", "Canada"},
}

// TestCharPerLineGenerated builds participants tables from the roster,
// damages rows as the 2010 seed's are damaged — some exploded one
// character per line without spaces, consecutive ones running together;
// some split at an accented letter of the name, which lands alone on its
// line (a capital is joined to the rest of its word only); some whose name starts whole and goes on one character per line
// from its accented letter — and checks that char-per-line and
// split-diacritics give back the rows: the clean ones as they were, the
// exploded ones as one glued line each run.
func TestCharPerLineGenerated(t *testing.T) {
	passes := []Pass{charPerLine, splitDiacritics}
	rng := rand.New(rand.NewSource(29))
	for round := 0; round < 200; round++ {
		in := []string{"Participants", "Name", "Organisation", "Country"}
		want := append([]string(nil), in...)
		glued := "" // the glued line being built from exploded rows
		flush := func() {
			if glued != "" {
				want = append(want, glued)
				glued = ""
			}
		}
		for n := 3 + rng.Intn(8); n > 0; n-- {
			row := roster[rng.Intn(len(roster))]
			cells := strings.Join(row[:], " ")
			accent := firstAccented(row[0])
			switch mode := rng.Intn(4); {
			case mode == 0:
				in = append(in, explode(cells)...)
				glued += strings.ReplaceAll(cells, " ", "")
			case mode == 1 && accent > 0 && (accent > 1 || glued == ""):
				// (A name cut after its first letter, "J" / "ó" / "szef",
				// right after an exploded row would read as more of that
				// row: one-character lines are one-character lines.)
				// "Daniel Kou" / "ř" / "il": the letter alone.
				name := []rune(row[0])
				flush()
				in = append(in, string(name[:accent]), string(name[accent]), string(name[accent+1:]), row[1], row[2])
				if unicode.IsUpper(name[accent]) {
					// A capital starts its word: whether the line before
					// was the same cell cannot be told, and it stays.
					want = append(want, strings.TrimSpace(string(name[:accent])), string(name[accent:]), row[1], row[2])
				} else {
					want = append(want, row[:]...)
				}
			case mode == 2 && accent > 0 && (accent > 1 || glued == "") && unicode.IsLower([]rune(row[0])[accent]):
				// "Egils St" / "ū" / "r" / …: the rest of the row exploded.
				name := []rune(row[0])
				flush()
				in = append(in, string(name[:accent]))
				in = append(in, explode(string(name[accent:])+" "+row[1]+" "+row[2])...)
				glued = string(name[:accent]) + strings.ReplaceAll(string(name[accent:])+row[1]+row[2], " ", "")
			default:
				flush()
				in = append(in, row[:]...)
				want = append(want, row[:]...)
			}
		}
		flush()
		doc := readLines(t, in...)
		out, _ := RunPasses(doc, passes)
		if diff := cmp.Diff(want, textsOf(out)); diff != "" {
			t.Fatalf("round %d (-want +got):\n%s\ninput:\n%s", round, diff, strings.Join(in, "\n"))
		}
	}
}

// firstAccented returns the index (in runes) of the first non-ASCII
// letter of s after its first character, or -1.
func firstAccented(s string) int {
	for i, r := range []rune(s) {
		if i > 0 && r >= utf8.RuneSelf {
			return i
		}
	}
	return -1
}

func FuzzCharPerLine(f *testing.F) {
	f.Add(strings.Join(lines("Country", explode("Hillar Aareleid CERT-EE Estonia"), "Egils St", explode("ūrmanis DDIRV")), "\n"))
	f.Add("Gorazd\nB\no\nž\ni\nč welcomed\nx\nx\nx\n1\n\n2\n\n3")
	f.Fuzz(func(t *testing.T, text string) {
		checkFuzzedPass(t, charPerLine, text, noGrowth)
	})
}
