package parse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"minutes/document"
)

// fuzzLines turns fuzz input into lines: each line's kind comes from its
// first byte, so the fuzzer reaches tables, glued runs, headings and
// lists.
func fuzzLines(data string) []document.Line {
	var lines []document.Line
	for i, s := range strings.Split(data, "\n") {
		l := document.Line{Text: s, Num: i + 1, Page: 1}
		switch {
		case strings.TrimSpace(s) == "":
			l.Kind = document.Blank
		case strings.HasPrefix(s, "~"):
			l.Kind, l.Text = document.Glued, s[1:]
		case strings.HasPrefix(s, "#"):
			l.Kind = document.Heading
		case strings.HasPrefix(s, "- "):
			l.Kind = document.ListItem
		case strings.HasPrefix(s, "|"):
			l.Kind = document.TableRow
			l.Cells = strings.Split(strings.Trim(s, "|"), "|")
		}
		lines = append(lines, l)
	}
	return lines
}

// FuzzParticipants feeds any text to the recogniser: it must not panic,
// and what it returns must be valid UTF-8 and no bigger than the input
// allows (every field is taken from the input, with spaces put back).
func FuzzParticipants(f *testing.F) {
	for _, seed := range []string{
		"Participants\nName\nOrganisation\nCountry\n~HillarAareleidCERT-EEEstonia\nBente Christian Åsgård\nUiO-CERT\nNorway",
		"Lionel Ferette (Chair)\n~BELNETCERTBelgiumCarlosFuentesIRISCERTSpainChrisGibsoncitiUnitedKingdom",
		"Egils St\n~ūrmanisDDIRVLatviaYoshiSugiuraNTTJapan",
		"Present: Dan, Peter (remote), Mark\nRegrets: -\nChair: Dan\nScribe: dka",
		"- MDA - Matteo Dell'Aqua, Meteo-France, France [MF], [delegate] (proxy for Weiqing Qu [BoM] for afternoon sessions), Chair",
		"|Name|Abbreviation|Organization|\n|---|---|---|\n|Ross Kirsling|RKG|Sony|",
		"Board members in attendance were: J. Margo Clark, Claudia Lewis, and Angelique Neuman.",
		"Apologies were received from Cllr Smith, Nikki Sturmey and Marion\nHarvey.",
		"Présences\nMembres :\nM. Gaëtan Gagné, conseiller municipal",
		"Name    Organisation    Country\nGreg Scott    Cryptsoft Pty Ltd.    -",
		"Attendees: ((((((((( , , , (proxy for (proxy for X",
		"~" + strings.Repeat("Ab", 200),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data string) {
		if len(data) > 4096 {
			return
		}
		ps, ws := findParticipants(lexLines(fuzzLines(data)), Options{KnownOrganisations: []string{"CERT Polska (NASK)", "citi"}})
		if len(ps) > len(data)/2+1 {
			t.Fatalf("%d participants from %d bytes", len(ps), len(data))
		}
		for _, p := range ps {
			for _, s := range []String{p.Name, p.Organisation, p.Country, p.Role, p.Attendance, p.Short} {
				if !utf8.ValidString(string(s)) {
					t.Fatalf("invalid UTF-8 in %+v", p)
				}
				if len(s) > 2*len(data)+64 {
					t.Fatalf("field of %d bytes from %d bytes of input: %q", len(s), len(data), s)
				}
			}
			if p.Name == "" && p.Organisation == "" {
				t.Fatalf("a participant with neither name nor organisation: %+v", p)
			}
		}
		if len(ws) > 2*len(ps)+len(data) {
			t.Fatalf("%d warnings for %d participants", len(ws), len(ps))
		}
		for _, w := range ws {
			if !utf8.ValidString(w.Message) {
				t.Fatalf("invalid UTF-8 in warning %q", w.Message)
			}
		}
	})
}

// FuzzSegmentGlued cuts any glued text into rows: no panic, valid UTF-8,
// and no cell longer than the text it came from with its spaces back.
func FuzzSegmentGlued(f *testing.F) {
	for _, seed := range []string{
		"IoannisAskoxylakisFORTHCERTGreeceJavierBercianoINTECO-CERTSpain",
		"-KlausMöllerDFN-CERTGermany",
		"GregRattrayICANN-WayneRoutlyDANTE-",
		"ThorstenKraft1&1InternetGermany",
		"ū", "(((", "TheNetherlandsTheNetherlands", "McMcMcMacMac'''---",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, g string) {
		if len(g) > 2048 || !utf8.ValidString(g) {
			return
		}
		ev := newRosterEvidence()
		ev.addOrg("CERT Polska (NASK)")
		rows := segmentCells([]tablePiece{{text: g, glued: true}}, []columnKind{colName, colOrg, colCountry}, ev)
		for _, r := range rows {
			for _, c := range r.cells {
				if !utf8.ValidString(c.text) || len(c.text) > 2*len(g)+16 {
					t.Fatalf("bad cell %q from %q", c.text, g)
				}
			}
		}
	})
}
