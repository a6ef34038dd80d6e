package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"minutes/document"
	"minutes/extract/internal/readertest"
)

// corpusPDF is the folder of real PDFs shared by the project (outside the
// repository: they are other people's files).
var corpusPDF = readertest.CorpusPath("pdf")

// readCorpusPDF reads one corpus PDF.
func readCorpusPDF(t *testing.T, name string) *document.Document {
	t.Helper()
	doc, err := Read(readertest.ReadCorpus(t, "pdf", name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// TestCorpusPDFsRead reads every PDF the corpus manifest lists, and
// checks that the folder holds exactly those, and the invariants every
// document keeps: its page count (as pdfinfo reports it, where it is
// known below), every line on a real page with a line number, valid
// UTF-8, text on every document. The list follows the corpus as it grows.
func TestCorpusPDFsRead(t *testing.T) {
	pages := map[string]int{ // pdfinfo's count
		"afpy-assemblee-generale-pv-2011-09-18.pdf":                      2,
		"calico-ufsc-ata-reuniao-2016-04-18.pdf":                         2,
		"chicago-human-relations-2019-meeting-schedule.pdf":              1,
		"chicago-ssa21-commission-minutes-2018-01-29.pdf":                2,
		"cupertino-usd-board-agenda-2016-04-06.pdf":                      1,
		"cuvf-forli-assemblea-verbale-2024-02-01.pdf":                    9,
		"cuvf-forli-direttivo-verbale-2023-11-29.pdf":                    2,
		"cuyahoga-cc-board-of-trustees-agenda-2019-09-26.pdf":            2,
		"enfants-de-simone-ag-constitutive-2023-11-11.pdf":               4,
		"friends-halesworth-library-trustees-minutes-2015-06-02.pdf":     2,
		"heatherstone-hoa-board-minutes-2024-01-17.pdf":                  4,
		"illinois-doc-advisory-board-agenda-2019-11-04.pdf":              1,
		"lhc-campinas-ata-assembleia-fundacao-2019-07-28.pdf":            1,
		"louisa-county-commission-on-aging-minutes-2020-10-07.pdf":       5,
		"manordeilo-salem-community-council-cofnodion-cy-2016-03-09.pdf": 4,
		"manordeilo-salem-community-council-minutes-2016-03-09.pdf":      4,
		"milton-keynes-chess-club-agm-minutes-2023-09-07.pdf":            5,
		"nmnwse-board-agenda-2003-08-16.pdf":                             2,
		"nmnwse-board-minutes-2003-02-08.pdf":                            2,
		"nmnwse-board-minutes-2005-12-17.pdf":                            3,
		"nmnwse-board-minutes-2016-02-13.pdf":                            6,
		"oasis-csaf-tc-minutes-2018-08-29-meeting-18.pdf":                7,
		"oasis-csaf-tc-minutes-2018-10-31-meeting-20.pdf":                6,
		"oasis-csaf-tc-minutes-2019-01-30.pdf":                           4,
		"sainte-adele-comite-demolition-pv-2023-06-20.pdf":               2,
		"scotus-transcript-2009-01-13-p1.pdf":                            1,
		"scouts-ramon-llull-kraal-acta-2018-03-09.pdf":                   8,
		"suffolk-libraries-agm-minutes-2014-09-11.pdf":                   2,
		"suffolk-libraries-board-minutes-2012-09-11.pdf":                 11,
		"suffolk-libraries-board-minutes-2013-02-26.pdf":                 4,
		"suffolk-libraries-formal-notice-agenda-agm.pdf":                 1,
		"suffolk-libraries-open-board-minutes-2016-12-15.pdf":            7,
		"uob-computer-science-society-committee-minutes-2024-07-09.pdf":  4,
	}
	listed := map[string]bool{}
	for _, f := range readertest.Manifest(t) {
		if f.Format == "pdf" {
			listed[filepath.Base(f.Path)] = true
		}
	}
	if len(listed) == 0 {
		t.Fatal("the corpus manifest lists no PDF")
	}
	found, err := filepath.Glob(filepath.Join(corpusPDF, "*.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	inFolder := map[string]bool{}
	for _, path := range found {
		inFolder[filepath.Base(path)] = true
		if !listed[filepath.Base(path)] {
			t.Errorf("%s is in the corpus folder but not in its manifest", filepath.Base(path))
		}
	}
	var files []string
	for name := range listed {
		if !inFolder[name] {
			t.Errorf("%s is in the corpus manifest but not in its folder", name)
			continue
		}
		files = append(files, name)
	}
	sort.Strings(files)
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			doc := readCorpusPDF(t, name)
			if want, ok := pages[name]; (ok && doc.Pages != want) || doc.Pages < 1 {
				t.Errorf("%d pages, want %d (0: not known)", doc.Pages, want)
			}
			words := 0
			for _, l := range doc.Lines {
				if l.Page < 1 || l.Page > doc.Pages || l.Num < 1 {
					t.Errorf("line %q at page %d, line %d", l.Text, l.Page, l.Num)
				}
				if !utf8.ValidString(l.Text) {
					t.Errorf("invalid UTF-8 in %q", l.Text)
				}
				words += len(strings.Fields(l.Text))
			}
			if words < 30 {
				t.Errorf("only %d words", words)
			}
		})
	}
}

// TestCorpusPDFKeyLines checks lines a person sees on the page, in the
// documents whose damage the corpus manifest describes. Each wanted text
// must be (part of) one line; each unwanted text must appear nowhere.
func TestCorpusPDFKeyLines(t *testing.T) {
	tests := []struct {
		file   string
		want   []string
		unwant []string
	}{
		{ // per-glyph positioning split words in naive extraction ("J erry S ue")
			"cuyahoga-cc-board-of-trustees-agenda-2019-09-26.pdf",
			[]string{"Jerry Sue Thornton Center – Ford Room", "Regular Meeting of the Board of Trustees"},
			[]string{"J erry", "S ue"},
		},
		{ // Google Docs: Identity-H glyph ids with a ToUnicode map
			"uob-computer-science-society-committee-minutes-2024-07-09.pdf",
			[]string{"CSS Committee Meeting - Minutes", "Holly Packer (HP) (Chairing), Matty Widdop (MW)", "Needs a buffet"},
			nil,
		},
		{ // fake bold: every glyph drawn twice
			"chicago-human-relations-2019-meeting-schedule.pdf",
			[]string{"CHICAGO COMMISSION ON HUMAN RELATIONS", "TIME: 3:30pm – 5:00pm", "Held every 2nd Thursday of the month"},
			[]string{"CCHH", "C C H H"},
		},
		{ // French accents from WinAnsi octal escapes
			"sainte-adele-comite-demolition-pv-2023-06-20.pdf",
			[]string{"PROCÈS-VERBAL", "M. Gaëtan Gagné, conseiller municipal", "COMITÉ DE DÉMOLITION"},
			nil,
		},
		{ // all text in hex CID strings; code 32 is a letter, not a space
			"suffolk-libraries-board-minutes-2012-09-11.pdf",
			[]string{"11th September 2012 – PART A", "Mike Hosking (MH)(Hon. Secretary & Treasurer)", "• Directors, their appointment and ceasing to hold office."},
			[]string{"Se tember", " eeting", "\uf0b7"},
		},
		{ // MacRoman: ’ is byte 0xD5, which Latin-1 shows as Õ
			"suffolk-libraries-open-board-minutes-2016-12-15.pdf",
			[]string{"Suffolk’s Libraries IPS", "OPEN BOARD MEETING MINUTES"},
			[]string{"Õ", "Ð"},
		},
		{ // MacRoman apostrophe and em dash
			"nmnwse-board-agenda-2003-08-16.pdf",
			[]string{"Place: Los Alamos @ Tinka’s home"},
			[]string{"Õ", "Ñ"},
		},
		{ // a ToUnicode map that sends the space code to "'" and "!".
			// Poppler's pdftotext prints "Formal'notice'for'" here; the
			// embedded TrueType program shows those glyphs are blank, and a
			// person sees spaces. (Its "5.30pmD6.30pm" — a hyphen mapped to
			// "D" — has no such evidence in the font and stays wrong in both.)
			"suffolk-libraries-formal-notice-agenda-agm.pdf",
			[]string{"Formal notice for", "Suffolk’s Libraries IPS Ltd Annual General Meeting", "Thursday, 10th September 2015", "7. Closing Remarks"},
			[]string{"Formal'notice", "The!Cookhouse"},
		},
		{ // the date split into runs in naive extraction
			"suffolk-libraries-agm-minutes-2014-09-11.pdf",
			[]string{"11th September 2014"},
			[]string{"1 1 th", "201 4"},
		},
		{ // split words 'C hair' in naive extraction
			"oasis-csaf-tc-minutes-2018-10-31-meeting-20.pdf",
			[]string{"Chair: Omar Santos", "Framework (CSAF) TC Meeting #20"},
			[]string{"C hair"},
		},
		{ // the participants table font with a custom encoding
			"oasis-csaf-tc-minutes-2018-08-29-meeting-18.pdf",
			[]string{"Jonathan Bitle, Kaiser Permanente", "2.1.1 Voting Members Present"},
			[]string{")#-.()/0&*##$&"},
		},
		{ // WinAnsi en dash and apostrophe in a subset TrueType font
			"illinois-doc-advisory-board-agenda-2019-11-04.pdf",
			[]string{"Woman’s Subcommittee – Program Document", "Welcome, Introductions and Roll Call – Phil Whittington"},
			[]string{"Woman s "},
		},
		{ // hex CID runs mixed with literal strings
			"chicago-ssa21-commission-minutes-2018-01-29.pdf",
			[]string{"Commissioners Present: Anthony Qaiyum, Zach Maiorca", "Lincoln Square Special Service Area #21", "• Perfunctory Business"},
			[]string{"\uf0b7"}, // the Symbol font's bullet, as its ToUnicode map leaves it
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := readCorpusPDF(t, tt.file)
			for _, want := range tt.want {
				if !anyLineContains(doc, want) {
					t.Errorf("no line contains %q", want)
				}
			}
			text := doc.Text()
			for _, bad := range tt.unwant {
				if strings.Contains(text, bad) {
					t.Errorf("text contains %q", bad)
				}
			}
		})
	}
}

func anyLineContains(doc *document.Document, s string) bool {
	for _, l := range doc.Lines {
		if strings.Contains(l.Text, s) {
			return true
		}
	}
	return false
}

// TestCorpusPDFTables checks that the tables a person sees in the corpus
// PDFs come out as rows with cells: form-like header tables, roll calls,
// action tables ruled with lines, banded by shading or filled as thin
// polygons, their last rows included.
func TestCorpusPDFTables(t *testing.T) {
	tests := []struct {
		file  string
		cells []string // the first cells of one row
	}{
		{"suffolk-libraries-board-minutes-2012-09-11.pdf", []string{"Date", "11th September 2012"}},
		{"suffolk-libraries-board-minutes-2013-02-26.pdf", []string{"Place", "SALC, Claydon"}},
		{"uob-computer-science-society-committee-minutes-2024-07-09.pdf", []string{"Location:", "Discord"}},
		// An action table whose cells run to within an em of the next column.
		{"nmnwse-board-minutes-2005-12-17.pdf", []string{"6/2005", "Thank you’s to UM for hosting web page", "Tinka Gammel", "Open"}},
		// Its header's two-line cell, and its last row.
		{"nmnwse-board-minutes-2005-12-17.pdf", []string{"Date Opened", "Action", "Responsible", "Status"}},
		{"nmnwse-board-minutes-2005-12-17.pdf", []string{"12/2005", "Email for upcoming newsletter stories and items.", "Barbara Pollock", "Open"}},
		// The roll call of meeting 20: shaded rows, and the rows between
		// them, which no line divides into cells.
		{"oasis-csaf-tc-minutes-2018-10-31-meeting-20.pdf", []string{"Santos, Omar", "Cisco Systems", "Chair"}},
		{"oasis-csaf-tc-minutes-2018-10-31-meeting-20.pdf", []string{"Cao, Feng", "Oracle", "Voting Member"}},
		// A roll call whose cells are shaded inside their borders.
		{"oasis-csaf-tc-minutes-2019-01-30.pdf", []string{"Oracle", "Feng Cao", "Voting Member"}},
		// Cells of five lines each, and the table's last row.
		{"nmnwse-board-minutes-2016-02-13.pdf", []string{"10.25.15",
			"Function as an exploratory committee and provide suggestions on how the Network could have a presence at TechTrek. Something to wear to identify us as NMNWSE.",
			"Cheri Burch, MyChelle Andrews, Rebecca Galves, Phyllis Baca", "Next Board Meeting", "Open"}},
		{"nmnwse-board-minutes-2016-02-13.pdf", []string{"2.13.16", "Look into providing a bracelet with QR code for the web-site", "Lina Germann", "April Board Meeting", "Open"}},
		{"nmnwse-board-minutes-2016-02-13.pdf", []string{"Date Opened", "Action Item", "Person/ Committee Responsible", "Due Date", "Status"}},
		// A cell of two paragraphs is one cell.
		{"nmnwse-board-agenda-2003-08-16.pdf", []string{"February 8, 2003 — 10:00 AM", "Albuquerque, Debby Potter’s home", "Board Meeting — it’s Saturday"}},
		{"louisa-county-commission-on-aging-minutes-2020-10-07.pdf", []string{"Item", "Amount In", "Check Nbr", "Amount Out", "Balance"}},
		{"louisa-county-commission-on-aging-minutes-2020-10-07.pdf", []string{"Ending Balance (Sept 2020)", "", "", "", "$3,955.10"}},
		// An agenda table without rulings whose last row stands alone
		// after the lists of the row before it.
		{"uob-computer-science-society-committee-minutes-2024-07-09.pdf", []string{"10", "AoB (standing item)", "All"}},
		{"uob-computer-science-society-committee-minutes-2024-07-09.pdf", []string{"11", "Date of Next Meeting", "HP"}},
		{"nmnwse-board-minutes-2005-12-17.pdf", []string{"Treasurer’s Report", "Tinka Gammel"}},
	}
	for _, tt := range tests {
		doc := readCorpusPDF(t, tt.file)
		found := false
		for _, l := range doc.Lines {
			if l.Kind == document.TableRow && len(l.Cells) >= len(tt.cells) && strings.Join(l.Cells[:len(tt.cells)], "|") == strings.Join(tt.cells, "|") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no table row starting %q", tt.file, tt.cells)
		}
	}
}

// TestCorpusPDFSideColumn checks that the notes in the right margin —
// owners' initials in an "Action" column drawn beside an item's prose, or
// an owner set in the margin without rulings — close the paragraph they
// stand beside, as a row of its text and the note, instead of splitting
// the sentence they share a baseline with or running on from it.
func TestCorpusPDFSideColumn(t *testing.T) {
	type note struct{ end, note string } // a row: the end of its paragraph, the note
	tests := []struct {
		file   string
		want   []note
		unwant []string // in no line
	}{
		// An "Action" column drawn as a table's last column.
		{"suffolk-libraries-board-minutes-2012-09-11.pdf",
			// The last: a paragraph running on to the next page, above
			// the page's footer, which stays a line of its own.
			[]note{{"and this is ongoing work.", "AW"}, {"for an update at the next board meeting.", "MH"}, {"once the above letter", "AW"}},
			[]string{"making them public AW", "asked MH", "informing them that RH", "ongoing work. AW", "registered number |"}},
		{"suffolk-libraries-board-minutes-2013-02-26.pdf",
			[]note{{"meeting is 15th March 2013.", "CC/MH"}, {"The Board members have reviewed and accepted the report.", "IB AW"}},
			[]string{"papers of the CC/MH", "operational IB"}},
		{"suffolk-libraries-open-board-minutes-2016-12-15.pdf",
			[]note{{"Executive Sum’ should read ‘Contract Executive Summary’.", "NS"}},
			[]string{"‘Contract NS"}},
		// Notes set in the right margin without rulings, beside the
		// paragraph's last line or alone under it.
		{"manordeilo-salem-community-council-minutes-2016-03-09.pdf",
			[]note{
				{"November and December minutes: Clerk to arrange payment.", "Clerk"},
				{"so that the website could be developed into a source of information and also to showcase the area.", "All"},
				{"It was proposed by Cllr. O. Williams, seconded by Cllr. A. Davies and unanimously approved that Cllr. O. Williams set up these accounts and report back at the next meeting.", "Cllr. O. Williams"},
				{"Cllr. A. Davies to source a quotation from a local supplier and fitter.", "Cllr. A. Davies"},
				{"ix) SLCC, audit guidance and template letters.", "Clerk"},
				{"It was agreed that these be considered next February.", "Feb"},
				{"depositing garden waste on the path", "Clerk"},
			},
			[]string{"payment. Clerk", "showcase the area. All", "meeting. Cllr. O. Williams"}},
		{"manordeilo-salem-community-council-cofnodion-cy-2016-03-09.pdf",
			[]note{
				{"Clerc i drefnu’r taliad.", "Clerc"},
				{"yn fodd o hyrwyddo’r ardal.", "Pawb"},
				{"Clerc i gyflwyno’r ymateb i’r Awdurdod Lleol.", "Clerc"},
				{"gwastraff gardd ar y llwybr.", "Clerc"}, // the note alone under the paragraph
			},
			[]string{"taliad. Clerc", "ardal. Pawb"}},
	}
	for _, tt := range tests {
		doc := readCorpusPDF(t, tt.file)
		for _, want := range tt.want {
			if !slices.ContainsFunc(doc.Lines, func(l document.Line) bool {
				return l.Kind == document.TableRow && len(l.Cells) == 2 && strings.HasSuffix(l.Cells[0], want.end) && l.Cells[1] == want.note
			}) {
				t.Errorf("%s: no row %q | %q", tt.file, want.end, want.note)
			}
		}
		for _, bad := range tt.unwant {
			if anyLineContains(doc, bad) {
				t.Errorf("%s: a line holds %q", tt.file, bad)
			}
		}
	}
}

// TestCorpusPDFNoPageNumberInCells checks that no table row of the corpus
// ends its last cell with the number of its page: a page number drawn
// under a table's last row is the page's, not the row's.
func TestCorpusPDFNoPageNumberInCells(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusPDF, "*.pdf"))
	for _, path := range files {
		doc := readCorpusPDF(t, filepath.Base(path))
		for _, l := range doc.Lines {
			if l.Kind != document.TableRow || len(l.Cells) < 2 {
				continue
			}
			last := l.Cells[len(l.Cells)-1]
			if n := fmt.Sprint(l.Page); last != n && strings.HasSuffix(last, " "+n) {
				t.Errorf("%s, page %d: the page number in a row's last cell: %q", filepath.Base(path), l.Page, l.Text)
			}
		}
	}
}

// TestCorpusPDFFolderExists fails loudly when the shared corpus is not
// beside the repository, rather than letting the tests above pass on
// nothing.
func TestCorpusPDFFolderExists(t *testing.T) {
	if _, err := os.Stat(corpusPDF); err != nil {
		t.Fatalf("the shared corpus is missing: %v", err)
	}
}
