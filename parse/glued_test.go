package parse

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
	"minutes/extract"
	"minutes/normalize"
)

func TestSplitGluedName(t *testing.T) {
	tests := []struct {
		glued string
		want  []string
	}{
		{"HillarAareleid", []string{"Hillar", "Aareleid"}},
		{"JorgeChineaLopez", []string{"Jorge", "Chinea", "Lopez"}},
		{"ScottMcIntyre", []string{"Scott", "McIntyre"}},
		{"DougMacEachern", []string{"Doug", "MacEachern"}},
		{"MatteoDell'Aqua", []string{"Matteo", "Dell'Aqua"}},
		{"AlexanderTalos-Zens", []string{"Alexander", "Talos-Zens"}},
		{"SeánO'Neill", []string{"Seán", "O'Neill"}},
		{"Egils Stūrmanis", []string{"Egils", "Stūrmanis"}},
		{"BenôitMoreau", []string{"Benôit", "Moreau"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, splitGluedName(tt.glued)); diff != "" {
			t.Errorf("splitGluedName(%q) (-want +got):\n%s", tt.glued, diff)
		}
	}
}

func TestRespaceName(t *testing.T) {
	tests := []struct {
		glued, want string
		guessed     bool
	}{
		{"BobvanderKamp", "Bob van der Kamp", false},
		{"MaríadelaCruz", "María de la Cruz", false},
		{"JaapvanGinkel", "Jaap van Ginkel", true},
		{"DieterStolte", "Dieter Stolte", false}, // "ter" ends first names
		{"ClaudeDurand", "Claude Durand", false}, // and so does "de"
		{"AlexanderTalos-Zens", "Alexander Talos-Zens", false},
		{"LionelFerette(Chair)", "Lionel Ferette (Chair)", false},
	}
	for _, tt := range tests {
		got, guessed := respaceName(tt.glued, newRosterEvidence())
		if got != tt.want || guessed != tt.guessed {
			t.Errorf("respaceName(%q) = %q, %v; want %q, %v", tt.glued, got, guessed, tt.want, tt.guessed)
		}
	}
}

// TestRespaceOrg restores organisations from the kinds of evidence the
// issue names, with snippets of the 2010 seed's table and prose.
func TestRespaceOrg(t *testing.T) {
	ev := newRosterEvidence()
	for _, o := range []string{"CERT Polska (NASK)", "BT CERT CC", "Deutsche Telekom", "FUNET CERT (CSC)", "TeliaSonera CERT", "CESNET"} {
		ev.addOrg(o)
	}
	// Prose of the same document: "as FORTH was located a few kilometres".
	ev.addWords("Lionel Ferette pointed out that as FORTH was located a few kilometres outside of Heraklion")
	ev.addWords("ICANN was ultimately responsible for the DNS which was critical to the entire Internet infrastructure")
	tests := []struct {
		glued, want string
	}{
		{"CERTPolska(NASK)", "CERT Polska (NASK)"}, // spelled the same way elsewhere
		{"NASK(CERTPolska)", "NASK (CERT Polska)"}, // words inside parentheses
		{"BTCERTCC", "BT CERT CC"},
		{"DeutscheTelekom", "Deutsche Telekom"},
		{"FORTHCERT", "FORTH CERT"},     // two words the document writes alone
		{"FunetCERT", "Funet CERT"},     // spacing from "FUNET CERT", letters as glued
		{"CESNETCERT", "CESNET CERT"},   // a known organisation and a known word
		{"1&1Internet", "1&1 Internet"}, // a digit before a capitalised word
		{"TeamCymru", "Team Cymru"},     // letter case alone
		{"IsraelCERT", "Israel CERT"},   // a country's name and a known word
		{"NorCERT", "NorCERT"},          // no evidence for a space
		{"SURFcert", "SURFcert"},        // capitals then lower case: one word
		{"JPCERT/CC", "JPCERT/CC"},      // a two-letter fragment is not a word
		{"CERTA", "CERTA"},              // nor is one letter
		{"PRESECURE", "PRESECURE"},      // "PRE" is too short to count
		{"GRNET-CERT", "GRNET-CERT"},    // hyphens stay
		{"TeliaSoneraCERT", "TeliaSonera CERT"},
	}
	for _, tt := range tests {
		if got := respaceOrg(tt.glued, ev); got != tt.want {
			t.Errorf("respaceOrg(%q) = %q, want %q", tt.glued, got, tt.want)
		}
	}
}

// TestSegmentGluedRows segments runs of glued rows from the 2010 seed,
// with the evidence the rest of its table gives.
func TestSegmentGluedRows(t *testing.T) {
	ev := newRosterEvidence()
	for _, o := range []string{"UiO-CERT", "DANTE", "SURFcert", "GOVCERT.NL", "DFN-CERT", "CERT Polska (NASK)"} {
		ev.addOrg(o)
	}
	cols := []columnKind{colName, colOrg, colCountry}
	tests := []struct {
		pieces []tablePiece
		want   [][3]string
	}{
		{[]tablePiece{{text: "HillarAareleidCERT-EEEstonia", glued: true}},
			[][3]string{{"Hillar Aareleid", "CERT-EE", "Estonia"}}},
		{[]tablePiece{{text: "IoannisAskoxylakisFORTHCERTGreeceJavierBercianoINTECO-CERTSpainWimBiemoltSURFcertTheNetherlands", glued: true}},
			[][3]string{{"Ioannis Askoxylakis", "FORTH CERT", "Greece"}, {"Javier Berciano", "INTECO-CERT", "Spain"}, {"Wim Biemolt", "SURFcert", "The Netherlands"}}},
		// A row cut by a clean line, and countries written "-".
		{[]tablePiece{{text: "Maurizio Molina"}, {text: "DANTE"}, {text: "-KlausMöllerDFN-CERTGermany", glued: true}},
			[][3]string{{"Maurizio Molina", "DANTE", ""}, {"Klaus Möller", "DFN-CERT", "Germany"}}},
		{[]tablePiece{{text: "MargreteRaaumUiO-CERTNorwayGregRattrayICANN-WayneRoutlyDANTE-", glued: true}},
			[][3]string{{"Margrete Raaum", "UiO-CERT", "Norway"}, {"Greg Rattray", "ICANN", ""}, {"Wayne Routly", "DANTE", ""}}},
		// A clean line whose name goes on in the glued run.
		{[]tablePiece{{text: "Egils Stūrmanis" + "DDIRVLatvia", glued: true, junction: len("Egils St")}},
			[][3]string{{"Egils Stūrmanis", "DDIRV", "Latvia"}}},
		{[]tablePiece{{text: "ThorstenKraft1&1InternetGermanyMiroslawMajCERTPolska(NASK)Poland", glued: true}},
			[][3]string{{"Thorsten Kraft", "1&1 Internet", "Germany"}, {"Miroslaw Maj", "CERT Polska (NASK)", "Poland"}}},
	}
	for _, tt := range tests {
		rows := segmentCells(tt.pieces, cols, ev)
		var got [][3]string
		for _, r := range rows {
			got = append(got, [3]string{r.cells[0].text, r.cells[1].text, r.cells[2].text})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("segmentCells(%q) (-want +got):\n%s", tt.pieces[len(tt.pieces)-1].text, diff)
		}
	}
}

// Pools for generated rosters: names, organisations and countries of the
// kinds participant tables hold — diacritics, particles, hyphens,
// apostrophes, Mc/Mac, digits, '&', parentheses, all-capital and
// lower-case organisations, countries of several words, and "-".
var (
	rosterFirstNames = []string{
		"Ana", "Bjørn", "Chloé", "Dmitri", "Eleni", "François", "Giulia", "Hiroshi", "Ingrid",
		"José", "Katarzyna", "Lars", "Małgorzata", "Niamh", "Oğuz", "Pieter", "Rúna", "Sébastien",
		"Tomasz", "Úlfar", "Wojciech", "Xiomara", "Yusuf", "Zdeněk", "Jean-Luc", "Anne-Marie",
		"Seán", "Zoë", "Mihai", "Kristiina", "Nikolaos", "Sanne", "Radu", "Aoife", "Emil",
	}
	rosterSurnames = []string{
		"Novák", "Müller", "O'Neill", "McAllister", "MacLeod", "Dell'Acqua", "Fernández",
		"Kowalczyk", "Nguyen", "Papadopoulos", "Sørensen", "Virtanen", "Horváth", "Ionescu",
		"Petrović", "Smith-Jones", "van den Berg", "de la Cruz", "von Trapp", "Jansen",
		"Lindqvist", "Rossi", "Dubois", "Ó Súilleabháin", "Kaminski", "Vasquez", "Berger",
		"Öztürk", "Haugen", "Bianchi", "Eriksson", "Kuznetsov", "Mäkelä", "Walsh", "Zieliński",
	}
	rosterOrgs = []string{
		"NORDUnet CERT", "CERT-Bund", "GovCERT.ch", "Red Hat", "1&1 IONOS", "AT&T", "KPN-CERT",
		"CSIRT Telefónica", "Universidad de Murcia", "Banco Santander", "Team Cymru", "SWITCH-CERT",
		"NASK (CERT Polska)", "Orange Cyberdefense", "Deutsche Bahn AG", "ESnet", "Q-CERT",
		"HEAnet", "RESTENA-CSIRT", "CIRCL", "Siemens ProductCERT", "NCSC-NL", "FIRST.org",
		"Telia Company", "BSI", "Nokia", "CERT.LV", "CZ.NIC-CSIRT", "ANSSI", "CCN-CERT",
		"NTT-CERT", "S21sec", "IBM X-Force", "Cisco PSIRT", "mnemonic", "ESET",
	}
	rosterCountries = []string{
		"Norway", "Germany", "Switzerland", "United States", "United Kingdom", "The Netherlands",
		"Czech Republic", "Bosnia and Herzegovina", "South Korea", "New Zealand", "Portugal",
		"France", "Poland", "Spain", "Finland", "-", "Latvia", "Luxembourg", "Ireland", "Türkiye",
	}
)

// A rosterGenRow is one row of a generated roster.
type rosterGenRow struct{ name, org, country string }

// makeRoster builds n rows with distinct names.
func makeRoster(rng *rand.Rand, n int) []rosterGenRow {
	seen := map[string]bool{}
	var rows []rosterGenRow
	for len(rows) < n {
		name := rosterFirstNames[rng.IntN(len(rosterFirstNames))] + " " + rosterSurnames[rng.IntN(len(rosterSurnames))]
		if rng.IntN(8) == 0 {
			name = rosterFirstNames[rng.IntN(len(rosterFirstNames))] + " " + name
		}
		if seen[name] || strings.Contains(name, "Ó ") {
			// Names whose glued form starts a word with two capitals
			// ("ÓSúilleabháin") are left out: letter case cannot show
			// where they begin. The pool keeps them as a reminder.
			continue
		}
		seen[name] = true
		rows = append(rows, rosterGenRow{name, rosterOrgs[rng.IntN(len(rosterOrgs))], rosterCountries[rng.IntN(len(rosterCountries))]})
	}
	return rows
}

// damageRoster writes a roster as a table one cell per line, gluing about half
// of the rows: consecutive glued rows run together into one Glued line
// with all spaces gone, as PDF-to-text tools and normalize leave them.
func damageRoster(rng *rand.Rand, rows []rosterGenRow, gluedShare float64) (lines []document.Line, glued map[string]bool) {
	glued = map[string]bool{}
	add := func(s string, k document.Kind) {
		lines = append(lines, document.Line{Text: s, Kind: k, Num: len(lines) + 1, Page: 1})
	}
	add("Participants", document.Prose)
	for _, h := range []string{"Name", "Organisation", "Country"} {
		add(h, document.Prose)
	}
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			add(run.String(), document.Glued)
			run.Reset()
		}
	}
	for _, r := range rows {
		if rng.Float64() < gluedShare {
			glued[r.name] = true
			run.WriteString(strings.ReplaceAll(r.name+r.org+r.country, " ", ""))
			continue
		}
		flush()
		add(r.name, document.Prose)
		add(r.org, document.Prose)
		add(r.country, document.Prose)
	}
	flush()
	return lines, glued
}

// segmentationAccuracy generates rosters, damages them and reads them
// back, and returns the share of glued rows read exactly, with the rows
// that were not.
func segmentationAccuracy(t *testing.T, seed uint64, tables int, known func(org string) bool) (float64, []string) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed*7+1))
	right, total := 0, 0
	var failures []string
	for range tables {
		rows := makeRoster(rng, 20+rng.IntN(20))
		lines, glued := damageRoster(rng, rows, 0.5)
		var opts Options
		for _, o := range rosterOrgs {
			if known(o) {
				opts.KnownOrganisations = append(opts.KnownOrganisations, o)
			}
		}
		got, _ := findParticipants(lexLines(lines), opts)
		byName := map[string]Participant{}
		for _, p := range got {
			byName[string(p.Name)] = p
		}
		for _, r := range rows {
			if !glued[r.name] {
				continue
			}
			total++
			want := Participant{Name: String(r.name), Organisation: String(r.org), Country: String(strings.Trim(r.country, "-")), Attendance: attendPresent}
			if p, ok := byName[r.name]; ok && p == want {
				right++
				continue
			}
			failures = append(failures, fmt.Sprintf("%s | %s | %s  (read: %s)", r.name, r.org, r.country, nearest(got, r.name)))
		}
	}
	return float64(right) / float64(total), failures
}

// TestGeneratedRostersWithEvidence measures how many glued rows of
// generated tables are read back exactly when the organisations are
// known from other meetings (Options.KnownOrganisations) or from the
// table's clean rows, as the issue asks. The floor is what the method
// reaches, not a wish: failures are printed.
func TestGeneratedRostersWithEvidence(t *testing.T) {
	acc, failures := segmentationAccuracy(t, 1, 30, func(string) bool { return true })
	t.Logf("glued rows read exactly with evidence: %.1f%%", 100*acc)
	for _, f := range failures {
		t.Logf("not read exactly: %s", f)
	}
	if acc < 0.95 {
		t.Errorf("accuracy %.1f%% with evidence, want at least 95%%", 100*acc)
	}
}

// TestGeneratedRostersWithoutEvidence is the harder case: only the
// table's own clean rows are evidence, so an organisation seen only in
// glued rows must be rebuilt from letter case and the document's words.
func TestGeneratedRostersWithoutEvidence(t *testing.T) {
	acc, failures := segmentationAccuracy(t, 2, 30, func(string) bool { return false })
	t.Logf("glued rows read exactly without outside evidence: %.1f%%", 100*acc)
	for _, f := range failures {
		t.Logf("not read exactly: %s", f)
	}
	if acc < 0.85 {
		t.Errorf("accuracy %.1f%% without outside evidence, want at least 85%%", 100*acc)
	}
}

// nearest describes what was read where a generated row was expected:
// the participant with the same name, or one whose name starts alike.
func nearest(got []Participant, name string) string {
	first := strings.Fields(name)[0]
	var out []string
	for _, p := range got {
		if p.Name == String(name) || strings.HasPrefix(string(p.Name), first) {
			out = append(out, describe(p))
		}
	}
	return strings.Join(out, " ; ")
}

// BenchmarkGluedTable reads the participants of the 2010 sample, whose
// table of 229 one-character lines and glued runs is rebuilt by
// segmentCells. The document is read, normalized and lexed once, outside
// the timer; each iteration runs the participant finder on its lines.
func BenchmarkGluedTable(b *testing.B) {
	doc, err := extract.ReadFile(samplePath("tf-csirt-29-2010-hamburg.txt"))
	if err != nil {
		b.Fatal(err)
	}
	doc, _ = normalize.Run(doc)
	lines := lexLines(doc.Lines)
	b.ReportAllocs()
	for b.Loop() {
		findParticipants(lines, Options{})
	}
}

// TestLeastCellCost checks the bound the search relies on to pass over
// cells: no name or organisation cut from generated glued rows costs less
// than leastCellCost says, with evidence that lowers costs at hand.
func TestLeastCellCost(t *testing.T) {
	ev := newRosterEvidence()
	for _, o := range rosterOrgs {
		ev.addOrg(o)
	}
	for _, n := range rosterSurnames {
		ev.addName("Anna " + n)
	}
	rng := rand.New(rand.NewPCG(3, 5))
	cols := []columnKind{colName, colOrg, colCountry}
	for range 40 {
		rows := makeRoster(rng, 3)
		var g strings.Builder
		for k, r := range rows {
			ev.addWords(r.name) // a person the document names
			row := strings.ReplaceAll(r.name+r.org+r.country, " ", "")
			if k == 1 {
				first, size := utf8.DecodeRuneInString(row)
				row = string(unicode.ToLower(first)) + row[size:] // a name that starts in lower case
			}
			g.WriteString(row)
		}
		s := newSegmenter([]tablePiece{{text: g.String(), glued: true}}, cols, ev)
		text := s.texts[0]
		for i := range len(text.s) {
			for j := i + 1; j <= len(text.s) && j-i <= maxGluedCellLength; j++ {
				if !utf8.RuneStart(text.s[i]) || j < len(text.s) && !utf8.RuneStart(text.s[j]) {
					continue
				}
				for c := range cols[:2] {
					if cost, least := s.gluedCost(c, 0, i, j), leastCellCost(cols[c], text, i); cost < least {
						t.Errorf("%v %q costs %v, less than leastCellCost %v", cols[c], text.s[i:j], cost, least)
					}
				}
			}
		}
	}
}
