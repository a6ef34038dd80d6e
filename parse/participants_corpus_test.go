package parse

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
	"minutes/extract"
	"minutes/normalize"
)

// readCorpus reads a corpus document through the real readers and
// normalize passes, as the import command does.
func readCorpus(t *testing.T, name string) []document.Line {
	t.Helper()
	doc, err := extract.ReadFile(corpusPath(name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	doc, _ = normalize.Run(doc)
	return doc.Lines
}

// corpusAttendance are whole documents of the corpus, of different
// organisations and forms, with every participant a person reads in
// them. They go through the real readers, so they also check that the
// lists survive extraction.
var corpusAttendance = []struct {
	file string
	want []Participant
}{
	{"txt/asf-board-minutes-2002-10-09.txt", concat(
		present("Brian Behlendorf", "Ken Coar", "Roy T. Fielding", "Jim Jagielski", "Ben Laurie", "Sam Ruby", "Greg Stein", "Dirk-Willem van Gulik"),
		[]Participant{p("Randy Terbush", "", "", roleGuest, attendPresent, "")})},
	{"html/w3c-tag-2015-01-29-packaging-minutes.html", concat(
		[]Participant{p("Dan", "", "", roleChair, attendPresent, "")}, present("Peter", "Mark", "Yan", "Yves", "Yehuda"),
		[]Participant{p("slightlyoff", "", "", "", attendApologies, "slightlyoff"), p("dka", "", "", roleScribe, attendPresent, "dka")})},
	{"md/oasis-csaf-tc-minutes-2018-05-30-meeting-16.md", []Participant{
		p("Omar Santos", "Cisco", "", roleChair, attendPresent, ""), p("Jamison Day", "LookingGlass", "", "", attendPresent, ""),
		p("Feng Cao", "Oracle", "", "", attendPresent, ""), p("Jared Semrau", "FireEye", "", "", attendPresent, ""),
		p("Paul Patrick", "FireEye", "", "", attendPresent, ""), p("Eric Johnson", "TIBCO Software Inc.", "", "", attendPresent, ""),
		p("Denny Page", "TIBCO Software Inc.", "", "", attendPresent, ""), p("Jonathan Bitle", "Kaiser Permanente", "", "", attendPresent, ""),
		p("Zach Turk", "Microsoft", "", "", attendPresent, ""), p("Troy Fridley", "Cisco", "", "", attendPresent, ""),
		p("Lou Ronnau", "Cisco", "", "", attendPresent, ""), p("Kazuo Noguchi", "Hitachi", "", "", attendPresent, ""),
		p("Masato Terada", "Hitachi", "", "", attendPresent, ""), p("Allan Thompson", "LookingGlass", "", "", attendPresent, ""),
		p("Mike Gorski", "Cisco", "", "", attendPresent, ""),
	}},
	{"md/openwis-annual-meeting-2017-03-23-toulouse.md", []Participant{
		p("Matteo Dell'Aqua", "Meteo-France", "France", roleChair, attendPresent, "MDA"),
		p("Jeremy Tandy", "Met Office", "UK", roleViceChair, attendPresent, "JT"),
		p("Weiqing Qu", "Bureau of Meteorology", "Australia", "", attendRemote, "WQ"),
		p("Sungsoo Do", "Korea Meteorological Administration", "Republic of Korea", "", attendPresent, "SD"),
		p("Loic Le Gallou", "Meteo-France International", "", "", attendPresent, "LLG"),
		p("Kari Sheets", "National Weather Service", "United States of America", "", attendPresent, "KS"),
		p("Remy Giraud", "Meteo-France", "France", "", attendPresent, "RGr"),
		p("Emma Edwards", "Met Office", "UK", roleTreasurer, attendRemote, "EE"),
		p("Michael Robbins", "Met Office", "UK", "", attendRemote, "MR"),
		p("Paul Rogers", "Met Office", "UK", "", attendPresent, "PR"),
		p("Mikko Visa", "FMI", "", "", attendProxy, ""),
		p("Si Ryong Lee", "KMA", "", "", attendProxy, ""),
		p("Patrick Benichou", "MFI", "", "", attendProxy, ""),
	}},
	{"md/enisa-rsit-wg-2021-01-26-online.md", func() []Participant {
		var out []Participant
		for _, o := range []string{"ENISA", "Banco Santander - Cyber Incident Management", "BSI/CERT-BUND", "CERT-AT", "CERT.PT",
			"CIRCL", "CSIRT.UMINHO", "Cudeso.be and NVISO MDR/CSIRT", "Govcert.lu", "INCIBE-CERT", "LITNET CERT", "RCTS CERT",
			"RESTENA", "SWITCH-CERT", "Taltech-CSIRT", "Thales CERT", "TERNA-CERT", "UK MOD"} {
			country := ""
			if o == "RCTS CERT" {
				country = "Portugal"
			}
			out = append(out, p("", o, country, "", attendPresent, ""))
		}
		return out
	}()},
	{"pdf/friends-halesworth-library-trustees-minutes-2015-06-02.pdf", []Participant{
		p("Sheila Freeman", "", "", "", attendPresent, "SF"), p("Alan Holzer", "", "", "", attendPresent, "AHol"),
		p("Evelyn Lindqvist", "", "", "", attendPresent, "EL"), p("Alison Hopkins", "", "", "", attendPresent, "AHop"),
		p("Andrew Payne", "", "", "", attendPresent, "AP"), p("Alison Britton", "", "", "", attendPresent, "AB"),
		p("Mike Stephens", "", "", "", attendPresent, "MS"), p("David Thomas", "", "", "", attendApologies, ""),
		p("David Olds", "", "", "", attendApologies, ""), p("Arlene Roberts", "", "", "", attendApologies, ""),
	}},
	{"pdf/sainte-adele-comite-demolition-pv-2023-06-20.pdf", []Participant{
		p("Gaëtan Gagné", "", "", "", attendPresent, ""), p("David Huggins-Daines", "", "", "", attendPresent, ""),
		p("Ariane Bélanger", "Service du greffe", "", roleSecretary, attendPresent, ""),
	}},
	{"pdf/suffolk-libraries-open-board-minutes-2016-12-15.pdf", concat(
		present("Tony Brown", "Sylvia Knights", "Alison Wheeler", "Maureen Garrett Simpson", "Sarah Wilson", "Jonathan Ogden", "Colin Rockall", "Peter Callaghan"),
		[]Participant{
			p("Stephen Taylor", "SCC", "", "", attendPresent, ""), p("Richard Hunt", "SCC", "", "", attendPresent, ""),
			p("Richard Smith", "SCC", "", "", attendApologies, ""),
		},
		present("Charlotte Clark"),
		[]Participant{
			p("Marion Harvey", "", "", "", attendApologies, ""), p("Nikki Sturmey", "", "", roleGuest, attendApologies, ""),
			p("Krystal Vittles", "", "", roleGuest, attendPresent, ""), p("Peter Baker", "", "", roleGuest, attendPresent, ""),
			p("Mandy Wilkinson", "", "", roleGuest, attendPresent, ""), p("Paul Howarth", "", "", roleGuest, attendPresent, ""),
			p("Daniel Harvey", "", "", roleGuest, attendPresent, ""), p("Paula Phelan", "", "", roleGuest, attendPresent, ""),
			p("James Powell", "", "", roleGuest, attendPresent, ""), p("Amy Scarlett", "", "", roleScribe, attendPresent, ""),
		})},
}

// TestCorpusAttendance reads the attendance lists of whole corpus
// documents from eight organisations: ASF board text, W3C HTML, OASIS
// and OpenWIS and ENISA markdown, and PDF minutes from a UK charity, a
// Québec town and a UK library board.
func TestCorpusAttendance(t *testing.T) {
	for _, tt := range corpusAttendance {
		t.Run(tt.file, func(t *testing.T) {
			got, _ := findParticipants(lexLines(readCorpus(t, tt.file)), Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestParticipantStats checks the person-level summary the import
// command prints, on the damaged seed parsed whole, and that it survives
// the record's JSON (where warnings lose their stage).
func TestParticipantStats(t *testing.T) {
	doc := &document.Document{Path: "tf-csirt-29-2010-hamburg.txt", Format: document.Text,
		Lines: simulateNormalize(t, samplePath("tf-csirt-29-2010-hamburg.txt"))}
	rec := Parse(doc, Options{})
	stats := rec.ParticipantStats()
	if stats.Found != 109 || stats.Rebuilt != 61 {
		t.Errorf("stats = %+v, want 109 found and 61 rebuilt", stats)
	}
	// "ChrisGibsoncitiUnitedKingdom": nothing shows where the name ends
	// and "citi" begins, so the row must be reported uncertain.
	uncertain := false
	for _, w := range rec.Warnings {
		if w.Stage == stageParticipantUncertain && strings.Contains(w.Message, "Chris Gibson") {
			uncertain = true
		}
	}
	if !uncertain || stats.Uncertain < 1 || stats.Uncertain > 5 {
		t.Errorf("uncertain rows: %d, Chris Gibson's among them: %v", stats.Uncertain, uncertain)
	}
	data, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	var back Record
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if got := back.ParticipantStats(); got != stats {
		t.Errorf("stats from JSON = %+v, want %+v", got, stats)
	}
}
