package normalize

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"minutes/document"
	"minutes/extract"
)

func TestMojibake(t *testing.T) {
	runPassCases(t, mojibake, []passCase{
		{"UTF-8 read as Latin-1, C1 byte kept", []string{"Gorazd BoÅ¾iÄ\u008d welcomed the participants"},
			[]string{"Gorazd Božič welcomed the participants"}, 1},
		{"a lost byte leaves the rest repaired", []string{"Gorazd BoÅ¾iÄ welcomed"},
			[]string{"Gorazd BožiÄ welcomed"}, 1},
		{"a lost byte put back when the word is attested", []string{"Gorazd BoÅ¾iÄ welcomed", "Gorazd Božič asked"},
			[]string{"Gorazd Božič welcomed", "Gorazd Božič asked"}, 1},
		{"a lost byte put back by a repaired witness", []string{"Gorazd BoÅ¾iÄ welcomed", "Gorazd BoÅ¾iÄ\u008d asked"},
			[]string{"Gorazd Božič welcomed", "Gorazd Božič asked"}, 2},
		{"Windows-1252 quotes", []string{"The first stage was to have oneâ€™s CSIRT listed â€“ free-of-charge."},
			[]string{"The first stage was to have one’s CSIRT listed – free-of-charge."}, 1},
		{"a closing quote that lost its last byte", []string{"issues related to â€œrunning a CERTâ€, including advanced training"},
			[]string{"issues related to “running a CERT”, including advanced training"}, 1},
		{"double encoding", []string{"didnÃ¢â‚¬â„¢t simply use existing CSIRTs"},
			[]string{"didn’t simply use existing CSIRTs"}, 1},
		{"UTF-8 read as MacRoman", []string{"Marco Thorbr√ºgge asked Wilfried W√∂ber ‚Äúwhy‚Äù"},
			[]string{"Marco Thorbrügge asked Wilfried Wöber “why”"}, 1},
		{"no-break space and soft hyphen halves", []string{"MartÃ\u00adn and Ã\u00a0 la carte"},
			[]string{"Martín and à la carte"}, 1},
		{"Cyrillic", []string{"ÐŸÑ€Ð¸Ð²ÐµÑ‚ CERT"}, []string{"Привет CERT"}, 1},
		{"MacRoman apostrophes read as Latin-1", []string{"Suffolk Libraries IPS (UK) â SuffolkÕs libraries", "then IÕll need"},
			[]string{"Suffolk Libraries IPS (UK) â Suffolk’s libraries", "then I’ll need"}, 2},
		{"MacRoman dash and quotes, with evidence", []string{"So we need a check for $200 (or more Ð see below).", "last yearÕs ÒfreeÓ conference, 10Ð12"},
			[]string{"So we need a check for $200 (or more – see below).", "last year’s “free” conference, 10–12"}, 2},
		{"MacRoman dash without evidence stays", []string{"So we need a check for $200 (or more Ð see below)."},
			[]string{"So we need a check for $200 (or more Ð see below)."}, 0},
		{"MacRoman bullet", []string{"¥ Dana Chapman", "¥ 500 is a price"}, []string{"• Dana Chapman", "¥ 500 is a price"}, 1},
		{"legitimate accents stay", []string{"Bente Christian Åsgård, Till Dörges, Jószef Komli", "Õismäe Õnne Ðorđević ÒRBITA"},
			[]string{"Bente Christian Åsgård, Till Dörges, Jószef Komli", "Õismäe Õnne Ðorđević ÒRBITA"}, 0},
		{"a stray letter of another script is not made", []string{"l’école d’été, Ö’"}, []string{"l’école d’été, Ö’"}, 0},
	})
}

// TestMojibakeMustNotChange runs the pass on text with legitimate accents
// from many languages: nothing may change.
func TestMojibakeMustNotChange(t *testing.T) {
	for _, s := range mustNotChange {
		for _, evidence := range []bool{false, true} {
			if got, example := repairMojibakeLine(s, evidence); got != s || example != "" {
				t.Errorf("repairMojibakeLine(%q, %v) = %q (%s), want it unchanged", s, evidence, got, example)
			}
		}
	}
}

// TestMojibakeCleanCorpus checks that no document of the corpus, as the
// readers give it, nor the seeds, sets the pass off: they are decoded
// right, and their accents and symbols are real.
func TestMojibakeCleanCorpus(t *testing.T) {
	paths := []string{filepath.Join(samplesDir, seeds[0]), filepath.Join(samplesDir, seeds[1])}
	paths = append(paths, corpusDocuments(t, "txt", "md", "html", "pdf")...)
	for _, path := range paths {
		doc, err := extract.ReadFile(path)
		if err != nil {
			continue // a reader refuses it; not this pass's business
		}
		before := textsOf(doc)
		if ws := mojibake.Apply(doc); len(ws) != 0 {
			t.Errorf("%s: %d repairs, want none; first: %s", filepath.Base(path), len(ws), ws[0])
		}
		if got := textsOf(doc); strings.Join(got, "\n") != strings.Join(before, "\n") {
			t.Errorf("%s: text changed", filepath.Base(path))
		}
	}
}

// misread returns text encoded in UTF-8 and decoded one byte at a time
// with cm; sloppy keeps the bytes cm leaves undefined as C1 controls, as
// Latin-1 does.
func misread(text string, cm *charmap.Charmap, sloppy bool) string {
	var b strings.Builder
	for _, c := range []byte(text) {
		r := cm.DecodeByte(c)
		if r == utf8.RuneError && sloppy {
			r = rune(c)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestMojibakeGenerated damages real names and sentences of the seeds by
// every misreading the pass knows, once or twice, and checks they come
// back.
func TestMojibakeGenerated(t *testing.T) {
	texts := []string{
		"Gorazd Božič welcomed the participants",
		"Baiba Kaškina – to ask Don Stikvoort",
		"Wilfried Wöber asked about the encrypted packets.",
		"Marco Thorbrügge gave an update about ENISA.",
		"Daniel Kouřil gave a presentation on the latest Grid Security developments",
		"Egils Stūrmanis, Girts Mažonis, Thorben Jändling, Jószef Komli, Benôit Moreau",
		"issues related to “running a CERT”, including advanced training",
		"Marcus Pattloch asked why the Grid community didn’t simply use existing CSIRTs",
		"Présences Membres : M. Gaëtan Gagné, conseiller municipal",
		"István Sebestyén (Ecma), Nicolò Ribaudo — 👍",
		"Łódź, Ðorđević, Zürich, São Paulo, Ångström, façade, naïve",
	}
	misreadings := []struct {
		name   string
		cm     *charmap.Charmap
		sloppy bool
	}{
		{"latin-1", charmap.ISO8859_1, false},
		{"windows-1252 through latin-1", charmap.Windows1252, true},
		{"macroman", charmap.Macintosh, false},
	}
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 100; round++ {
		text := texts[rng.Intn(len(texts))]
		m := misreadings[rng.Intn(len(misreadings))]
		damaged := misread(text, m.cm, m.sloppy)
		twice := rng.Intn(3) == 0 && m.name != "macroman"
		if twice {
			damaged = misread(damaged, m.cm, m.sloppy)
		}
		got, _ := applyPass(t, mojibake, damaged)
		if len(got) != 1 || got[0] != text {
			t.Errorf("round %d (%s, twice %v): %q gave %q, want %q", round, m.name, twice, damaged, got, text)
		}
	}
}

// TestMojibakeMacRomanDocument reads a corpus page written in MacRoman
// whose header says ISO-8859-1, decodes it as the header says, and checks
// that every character the pass changes is changed to what MacRoman says
// it is, and that the tell-tale apostrophes are all repaired.
func TestMojibakeMacRomanDocument(t *testing.T) {
	path := filepath.Join(corpusDir, "html", "nmnwse-board-minutes-2001-10-21.html")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("corpus file not present: %v", err)
	}
	asLatin1 := strings.Split(misreadBytes(raw, charmap.ISO8859_1), "\n")
	asMac := strings.Split(misreadBytes(raw, charmap.Macintosh), "\n")
	doc := &document.Document{Format: document.Text}
	for i, s := range asLatin1 {
		doc.Lines = append(doc.Lines, document.Line{Text: s, Num: i + 1})
	}
	warnings := mojibake.Apply(doc)
	got := textsOf(doc)
	if len(warnings) == 0 {
		t.Fatal("no repairs")
	}
	repaired, tellTales := 0, 0
	for i := range got {
		in, out, mac := []rune(asLatin1[i]), []rune(got[i]), []rune(asMac[i])
		if len(out) != len(in) {
			t.Errorf("line %d changed length: %q → %q", i+1, asLatin1[i], got[i])
			continue
		}
		for j := range out {
			if out[j] != in[j] && out[j] != mac[j] {
				t.Errorf("line %d: %q repaired to %q, MacRoman says %q", i+1, in[j], out[j], mac[j])
			}
			if out[j] != in[j] {
				repaired++
			}
			if strings.ContainsRune("ÕÐÒÓ", in[j]) {
				tellTales++
			}
			if in[j] == 'Õ' && isMacApostrophe(in, j) && out[j] != '’' {
				t.Errorf("line %d: apostrophe at %d not repaired: %q", i+1, j, got[i])
			}
		}
	}
	// The page's other non-ASCII characters are HTML references (&#146;),
	// which the reader decodes: its tell-tale MacRoman marks, all of them in
	// positions MacRoman explains, are all to be repaired.
	if repaired == 0 || repaired != tellTales {
		t.Errorf("%d characters repaired, %d MacRoman quotes and dashes in the page", repaired, tellTales)
	}
}

// misreadBytes decodes raw bytes with cm, one byte a character.
func misreadBytes(raw []byte, cm *charmap.Charmap) string {
	var b strings.Builder
	for _, c := range raw {
		b.WriteRune(cm.DecodeByte(c))
	}
	return b.String()
}

func FuzzMojibake(f *testing.F) {
	for _, s := range mustNotChange {
		f.Add(s)
	}
	f.Add("BoÅ¾iÄ\u008d donâ€™t Ã¢â‚¬â„¢ SuffolkÕs more Ð see ÒfreeÓ √© ‚Äô ÐŸÑ€Ð¸")
	f.Add("ðŸ‘\u008d Ã\u00a0 Ã\u00ad ¥ x\nIÕll")
	f.Fuzz(func(t *testing.T, text string) {
		// A MacRoman repair lengthens by one byte ("Õ" → "’"), and the
		// clean-up after a repair may compose more (NFC): at most three
		// times over, as in the unicode-form pass.
		checkFuzzedPass(t, mojibake, text, func(n int) int { return 3 * n })
	})
}
