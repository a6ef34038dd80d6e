package text

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"

	"minutes/document"
	"minutes/extract/internal/readertest"
)

// shape is what a test expects of one line.
type shape struct {
	Kind  document.Kind
	Level int
	Cells []string
	Bold  bool
}

// shapes reads text and returns the kind, level and cells of each line.
func shapes(t *testing.T, text string) []shape {
	t.Helper()
	doc, err := Read([]byte(text))
	if err != nil {
		t.Fatalf("Read(%q): %v", text, err)
	}
	var got []shape
	for _, l := range doc.Lines {
		got = append(got, shape{l.Kind, l.Level, l.Cells, l.Bold})
	}
	return got
}

func TestMarkdownLines(t *testing.T) {
	P, H, L, R, B, T := document.Prose, document.Heading, document.ListItem, document.Rule, document.Blank, document.TableRow
	tests := []struct {
		name string
		text string
		want []shape
	}{
		{"atx headings", "# Minutes\n## 1. Welcome\n####### seven\n#hashtag\n   ### indented",
			[]shape{{H, 1, nil, false}, {H, 2, nil, false}, {P, 0, nil, false}, {P, 0, nil, false}, {H, 3, nil, false}}},
		{"setext headings (IETF 84)", "httpbis minutes - ietf84\n========================\n\nSession One - Tuesday\n---------------------",
			[]shape{{H, 1, nil, false}, {R, 0, nil, false}, {B, 0, nil, false}, {H, 2, nil, false}, {R, 0, nil, false}}},
		{"dashes under a heading are a rule (TC39)", "# May 21, 2012 Meeting Notes\n-----",
			[]shape{{H, 1, nil, false}, {R, 0, nil, false}}},
		{"dashes under a paragraph of names are a rule (TC39 2019)", "Remote:\nBrian Terlson (BT), Ron Buckton (RBN)\n-----",
			[]shape{{P, 0, nil, false}, {P, 0, nil, false}, {R, 0, nil, false}}},
		{"thematic breaks", "---\n* * *\n___\n+-----+----+\n──────",
			[]shape{{R, 0, nil, false}, {R, 0, nil, false}, {R, 0, nil, false}, {R, 0, nil, false}, {R, 0, nil, false}}},
		{"bullets and nesting (OpenWIS)", "1. **Welcome and introductions**\n    1. MDA - Welcome everyone.\n        - 2016-07: MDA – Establish\n2. **Approval of agenda**",
			[]shape{{L, 1, nil, true}, {L, 2, nil, false}, {L, 3, nil, false}, {L, 1, nil, true}}},
		{"tab indentation", "1. a\n\t1. b\n\t\t- c\n\t1. d",
			[]shape{{L, 1, nil, false}, {L, 2, nil, false}, {L, 3, nil, false}, {L, 2, nil, false}}},
		{"task items (ENISA)", "ENISA\n- [x] organize the meeting in Vilnius\n- [ ] to set up GitHub",
			[]shape{{P, 0, nil, false}, {L, 1, nil, false}, {L, 1, nil, false}}},
		{"other bullets", "• one\n+ two\n   o  three\n1) four",
			[]shape{{L, 1, nil, false}, {L, 1, nil, false}, {L, 2, nil, false}, {L, 1, nil, false}}},
		{"not list items", "1.\nApproval of Minutes\n2010. A year\nA. Smith said\n-dash\nomega  x",
			[]shape{{P, 0, nil, false}, {P, 0, nil, false}, {P, 0, nil, false}, {P, 0, nil, false}, {P, 0, nil, false}, {P, 0, nil, false}}},
		{"a paragraph at the margin ends a list", "- a\n  - b\ntext\n  - c",
			[]shape{{L, 1, nil, false}, {L, 2, nil, false}, {P, 0, nil, false}, {L, 1, nil, false}}},
		{"table with outer pipes (TC39 2021)", "| Name | Abbreviation | Organization |\n| ---- | :---: | ---: |\n| Ross Kirsling | RKG | Sony |",
			[]shape{{T, 0, []string{"Name", "Abbreviation", "Organization"}, false}, {R, 0, nil, false},
				{T, 0, []string{"Ross Kirsling", "RKG", "Sony"}, false}}},
		{"table without outer pipes", "Name | Org\n--- | ---\nAna Peña | CERT.PT\n\nafter | table",
			[]shape{{T, 0, []string{"Name", "Org"}, false}, {R, 0, nil, false}, {T, 0, []string{"Ana Peña", "CERT.PT"}, false},
				{B, 0, nil, false}, {P, 0, nil, false}}},
		{"plain text's table: three lines cut alike by spaced pipes, a numbered row among them", "Action | Who | Status\n14. Update the website | Colin Fraser | Done\n15. Renew the insurance | Joseph Mbeki | Ongoing\nA | B test\nx|y | z | w",
			[]shape{{T, 0, []string{"Action", "Who", "Status"}, false}, {T, 0, []string{"14. Update the website", "Colin Fraser", "Done"}, false},
				{T, 0, []string{"15. Renew the insurance", "Joseph Mbeki", "Ongoing"}, false}, {P, 0, nil, false}, {P, 0, nil, false}}},
		{"two lines with a spaced pipe are no table", "Topic | Notes\nBudget | approved",
			[]shape{{P, 0, nil, false}, {P, 0, nil, false}}},
		{"escaped pipes and empty cells", `| a \| b | | c |`,
			[]shape{{T, 0, []string{"a | b", "", "c"}, false}}},
		{"fenced code keeps its lines as prose", "```\n# not a heading\n- not an item\n```\n# heading",
			[]shape{{R, 0, nil, false}, {P, 0, nil, false}, {P, 0, nil, false}, {R, 0, nil, false}, {H, 1, nil, false}}},
		{"an unclosed fence is no fence", "~~~~~~~~\n# heading\n- item",
			[]shape{{R, 0, nil, false}, {H, 1, nil, false}, {L, 1, nil, false}}},
		{"bold lines", "**Minutes of the 17th meeting**\n## **2. Roll call**\n**Remote attendees:** list",
			[]shape{{P, 0, nil, true}, {H, 2, nil, true}, {P, 0, nil, false}}},
		{"blank lines", "a\n \t\nb",
			[]shape{{P, 0, nil, false}, {B, 0, nil, false}, {P, 0, nil, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, shapes(t, tt.text)); diff != "" {
				t.Errorf("lines of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestTextKeepsSourceLines checks that Text is the source line without
// trailing white space, numbered as the source numbers it, for every line
// ending.
func TestTextKeepsSourceLines(t *testing.T) {
	lines := []string{"# Minutes  ", "", "Present: Ana Peña\t", "  - indented item", "| a | b |"}
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		text := strings.Join(lines, eol) + eol
		doc, err := Read([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Lines) != len(lines) {
			t.Fatalf("%q: %d lines, want %d", eol, len(doc.Lines), len(lines))
		}
		for i, l := range doc.Lines {
			if want := strings.TrimRight(lines[i], " \t"); l.Text != want || l.Num != i+1 || l.Page != 0 {
				t.Errorf("%q line %d = %d %q, want %d %q", eol, i, l.Num, l.Text, i+1, want)
			}
		}
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		lines []document.Line
	}{
		{
			name: "OpenWIS header",
			text: "---\nlayout: page\ntitle: \"OpenWIS Annual Meeting 2017\"\nminuteOwner: annual\ndate: 2017-03-23\n---\n\n# Minutes",
			lines: []document.Line{{Text: "OpenWIS Annual Meeting 2017", Num: 3, Kind: document.Heading, Level: 1},
				{Text: "date: 2017-03-23", Num: 5}, {Num: 7, Kind: document.Blank}, {Text: "# Minutes", Num: 8, Kind: document.Heading, Level: 1}},
		},
		{
			name:  "a rule, then prose, is no front matter",
			text:  "---\nThe meeting opened at ten. It was long, and\n---",
			lines: []document.Line{{Text: "---", Num: 1, Kind: document.Rule}, {Text: "The meeting opened at ten. It was long, and", Num: 2}, {Text: "---", Num: 3, Kind: document.Rule}},
		},
		{
			name:  "never closed",
			text:  "---\ntitle: x\n",
			lines: []document.Line{{Text: "---", Num: 1, Kind: document.Rule}, {Text: "title: x", Num: 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read([]byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.lines, doc.Lines); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
			// FrontMatter gives the lines Read gives for the front matter.
			front, n := FrontMatter(tt.text)
			var want []document.Line
			for _, l := range doc.Lines {
				if l.Num <= n {
					want = append(want, l)
				}
			}
			if !cmp.Equal(want, front) {
				t.Errorf("FrontMatter = %v, %d lines; want %v", front, n, want)
			}
		})
	}
}

func TestTextControlCharacters(t *testing.T) {
	// The W3C IRC log has backspaces; form feeds are old page breaks.
	text := "12:56:31 <JeniT> dherman: it’\bs been\n\fPage 2\n12:58:27 <JeniT> \b/me votes\n"
	doc, err := Read([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"12:56:31 <JeniT> dherman: it’s been", "Page 2", "12:58:27 <JeniT> /me votes"}
	var got []string
	for _, l := range doc.Lines {
		got = append(got, l.Text)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].String() != "line 1: 2 control characters removed, the first here" {
		t.Errorf("warnings = %v", doc.Warnings)
	}
}

func TestTextBinary(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		binary bool
	}{
		{"random bytes", readertest.RandomBytes(10000, 5), true},
		{"NUL-padded", append([]byte("Minutes\n"), make([]byte, 100)...), true},
		{"control characters", []byte(strings.Repeat("a\x01\x02\x03\x1b", 100)), true},
		{"utf-16 of junk", append([]byte{0xFF, 0xFE}, readertest.RandomBytes(2000, 6)...), true},
		{"utf-8 mark before junk", append([]byte{0xEF, 0xBB, 0xBF}, readertest.RandomBytes(2000, 7)...), true},
		{"one stray NUL in a long text", append([]byte(strings.Repeat("Minutes of the meeting.\n", 100)), 0), false},
		{"a few backspaces", []byte(strings.Repeat("ok\b line\n", 3) + strings.Repeat("text\n", 100)), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.data)
			if got := errors.Is(err, document.ErrBinary); got != tt.binary {
				t.Errorf("Read error = %v, want binary %v", err, tt.binary)
			}
		})
	}
}

func TestTextEncodingsRecorded(t *testing.T) {
	text := "Présents : Gaëtan Gagné – conseiller’s\n"
	tests := []struct {
		data []byte
		want string
	}{
		{[]byte(text), "utf-8"},
		{append([]byte("\xef\xbb\xbf"), text...), "utf-8"},
		{readertest.UTF16LEWithBOM(text), "utf-16le"},
		{readertest.UTF16BENoBOM(text + "Minutes of the meeting\n"), "utf-16be"},
		{readertest.Encode(t, charmap.Windows1252, text), "windows-1252"},
		{readertest.Encode(t, charmap.Macintosh, text), "macintosh"},
		{readertest.Encode(t, charmap.ISO8859_1, "Présents : Gaëtan Gagné\n"), "iso-8859-1"},
	}
	for _, tt := range tests {
		doc, err := Read(tt.data)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Encoding != tt.want || !strings.HasPrefix(doc.Lines[0].Text, "Présents : Gaëtan Gagné") {
			t.Errorf("Read(%.30q) = %s %q, want %s", tt.data, doc.Encoding, doc.Lines[0].Text, tt.want)
		}
	}
}

// TestTextCorpus reads the text and markdown files of the shared corpus
// and the seed samples, and checks what their manifest lines promise.
func TestTextCorpus(t *testing.T) {
	tests := []struct {
		file  []string
		check func(t *testing.T, doc *document.Document)
	}{
		{[]string{"txt", "ietf-httpbis-77-minutes-2010.txt"}, func(t *testing.T, doc *document.Document) {
			if n := readertest.CountWhere(doc, func(l document.Line) bool { return strings.ContainsAny(l.Text, "\r\n") }); n > 0 {
				t.Errorf("%d lines keep a CR or LF", n)
			}
		}},
		{[]string{"txt", "ietf-httpbis-84-minutes-2012.txt"}, func(t *testing.T, doc *document.Document) {
			readertest.WantLine(t, doc, "httpbis minutes - ietf84", document.Heading, 1)
			readertest.WantLine(t, doc, "Session One - Tuesday", document.Heading, 2)
			readertest.WantLine(t, doc, "### agenda bashing", document.Heading, 3)
		}},
		{[]string{"txt", "w3c-tag-2014-09-29-london-irc.txt"}, func(t *testing.T, doc *document.Document) {
			if n := readertest.CountWhere(doc, func(l document.Line) bool { return strings.ContainsRune(l.Text, '\b') }); n > 0 {
				t.Errorf("%d lines keep a backspace", n)
			}
			if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0].Message, "control characters removed") {
				t.Errorf("warnings = %v", doc.Warnings)
			}
		}},
		{[]string{"txt", "asf-board-minutes-2002-10-09.txt"}, func(t *testing.T, doc *document.Document) {
			readertest.WantLine(t, doc, " 2. Roll Call", document.ListItem, 1)
			readertest.WantLine(t, doc, "        Brian Behlendorf", document.Prose, 0)
		}},
		{[]string{"md", "ecma-tc39-notes-2021-01-25.md"}, func(t *testing.T, doc *document.Document) {
			readertest.WantCells(t, doc, "Ross Kirsling", []string{"Ross Kirsling", "RKG", "Sony"})
			readertest.WantCells(t, doc, "Name", []string{"Name", "Abbreviation", "Organization"})
			if n := readertest.CountWhere(doc, func(l document.Line) bool { return l.Kind == document.TableRow && strings.Contains(l.Text, "---") }); n > 0 {
				t.Errorf("%d delimiter rows are table rows", n)
			}
		}},
		{[]string{"md", "openwis-annual-meeting-2017-03-23-toulouse.md"}, func(t *testing.T, doc *document.Document) {
			if doc.Lines[0].Text != "OpenWIS Annual Meeting 2017" || doc.Lines[0].Kind != document.Heading {
				t.Errorf("first line = %+v, want the front matter's title", doc.Lines[0])
			}
			if n := readertest.CountWhere(doc, func(l document.Line) bool {
				return strings.HasPrefix(l.Text, "layout:") || strings.HasPrefix(l.Text, "minuteOwner:")
			}); n > 0 {
				t.Errorf("%d front matter lines kept", n)
			}
			for level := 1; level <= 4; level++ {
				if readertest.CountWhere(doc, func(l document.Line) bool { return l.Kind == document.ListItem && l.Level == level }) == 0 {
					t.Errorf("no list item at level %d", level)
				}
			}
		}},
		{[]string{"md", "enisa-rsit-wg-2018-09-26-vilnius.md"}, func(t *testing.T, doc *document.Document) {
			readertest.WantLine(t, doc, "Meeting:\tReference taxonomy meeting", document.Prose, 0)
			readertest.WantLine(t, doc, "- [x] organize the meeting in Vilnius", document.ListItem, 1)
		}},
		{[]string{"md", "ecma-tc39-notes-2019-06-04-berlin.md"}, func(t *testing.T, doc *document.Document) {
			readertest.WantLine(t, doc, "## 7. Report from the ECMA Secretariat", document.Heading, 2)
			if readertest.CountWhere(doc, func(l document.Line) bool {
				return strings.Contains(l.Text, "István Sebestyén (IS)") && l.Kind == document.Prose
			}) != 1 {
				t.Error("the attendee line is missing or not prose")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file[1], func(t *testing.T) {
			doc, err := Read(readertest.ReadCorpus(t, tt.file...))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Encoding != "utf-8" {
				t.Errorf("encoding %s", doc.Encoding)
			}
			tt.check(t, doc)
		})
	}
}

// TestTextCorpusProvenance checks every text and markdown file of the
// corpus: each line's Text is its source line (front matter aside), and
// line numbers rise.
func TestTextCorpusProvenance(t *testing.T) {
	var files []string
	for _, dir := range []string{"txt", "md"} {
		found, _ := filepath.Glob(readertest.CorpusPath(dir, "*"))
		files = append(files, found...)
	}
	samples, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "samples", "*.txt"))
	files = append(files, samples...)
	if len(files) < 20 {
		t.Fatalf("found only %d corpus files", len(files))
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		source := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
		fm := findFrontMatter(string(data))
		prev := 0
		for _, l := range doc.Lines {
			if l.Num <= prev || l.Num > len(source) {
				t.Fatalf("%s: line number %d after %d", path, l.Num, prev)
			}
			prev = l.Num
			if l.Num <= fm.lines {
				continue
			}
			if want := strings.TrimRight(strings.TrimPrefix(source[l.Num-1], "\ufeff"), " \t"); l.Text != want && !strings.ContainsAny(want, "\b\f") {
				t.Errorf("%s:%d: Text %q, source %q", path, l.Num, l.Text, want)
			}
		}
	}
}

func TestSamples(t *testing.T) {
	for name, want := range map[string]string{
		"tf-csirt-17-2006-amsterdam.txt": "16-01 Gorazd Božič – to inform APCERT",
		"tf-csirt-29-2010-hamburg.txt":   "Lionel Ferette to circulate some ideas",
	} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "samples", name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Encoding != "utf-8" || !strings.Contains(doc.Text(), want) {
			t.Errorf("%s: encoding %s, text holds %q: %v", name, doc.Encoding, want, strings.Contains(doc.Text(), want))
		}
	}
}

// TestTextLinearTime reads hostile text of growing size: a file of many
// lines, one huge line, a file of lone CRs, a huge table row, a deep list.
// Time must grow linearly: eight times the input may take at most 24
// times as much processor time (a quadratic reader takes 64 times), and
// the largest must finish in seconds.
func TestTextLinearTime(t *testing.T) {
	makers := map[string]func(n int) []byte{
		"many lines":   func(n int) []byte { return []byte(strings.Repeat("Ana Peña – approved.\n", n/22)) },
		"one line":     func(n int) []byte { return []byte(strings.Repeat("word ", n/5)) },
		"lone CRs":     func(n int) []byte { return []byte(strings.Repeat("\r", n)) },
		"wide row":     func(n int) []byte { return []byte("|" + strings.Repeat(" a |", n/4)) },
		"deep list":    func(n int) []byte { return deepList(n) },
		"invalid utf8": func(n int) []byte { return []byte(strings.Repeat("Božič \x92 ", n/10)) },
	}
	for name, make := range makers {
		t.Run(name, func(t *testing.T) {
			small, large := timeRead(make(512<<10)), timeRead(make(4<<20))
			if large > 24*small+50*time.Millisecond || large > 20*time.Second {
				t.Errorf("512 KiB in %v, 4 MiB in %v of processor time: not linear", small, large)
			}
		})
	}
}

// deepList makes list items indented ever deeper, then back.
func deepList(n int) []byte {
	var b []byte
	for depth := 0; len(b) < n; depth = (depth + 1) % 2000 {
		b = append(b, strings.Repeat(" ", depth)...)
		b = append(b, "- item\n"...)
	}
	return b
}

// timeRead returns the least processor time of three reads of data.
func timeRead(data []byte) time.Duration {
	return readertest.LeastTime(func() { Read(data) })
}

// BenchmarkReadText200MB reads a 200 MB file of minutes-like lines, the
// size the reader must handle in linear time:
//
//	go test ./extract -run - -bench ReadText200MB -benchtime 1x
func BenchmarkReadText200MB(b *testing.B) {
	data := []byte(strings.Repeat("27.2 Lionel Ferette – to circulate ideas about drill exercises.\r\n", 200<<20/66))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(data); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzReadText checks that any input reads without panic into valid UTF-8
// lines, no more lines than input bytes, and text of bounded size.
func FuzzReadText(f *testing.F) {
	f.Add([]byte("# Minutes\n\n| a | b |\n|---|---|\n- item\n"))
	f.Add([]byte("---\ntitle: x\n---\n```\ncode\n"))
	f.Add(readertest.UTF16LEWithBOM("Minutes\r\n"))
	f.Add([]byte("Bo\xc5\xbei\xc4\x8d \x92 \xd5\r\r\n"))
	for _, name := range []string{"ietf-httpbis-84-minutes-2012.txt"} {
		if data, err := os.ReadFile(readertest.CorpusPath("txt", name)); err == nil {
			f.Add(data)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 4 {
		f.Add(readertest.RandomBytes(64+rng.IntN(256), rng.Uint64()))
	}
	f.Fuzz(func(t *testing.T, data []byte) { readertest.CheckRead(t, Read, data) })
}

func TestFormFeedsNumberPages(t *testing.T) {
	tests := []struct {
		text  string
		pages int
		want  []int // page of each line, in order
	}{
		{"one\ntwo\n", 0, []int{0, 0}},
		{"one\n\fPage 2\ntwo\n\fthree\n", 3, []int{1, 2, 2, 3}},
		{"one\ntwo\f\nthree\n", 2, []int{1, 2, 2}},
		{"one\n\f", 1, []int{1, 2}}, // a closing form feed starts no page with text
	}
	for _, tt := range tests {
		doc, err := Read([]byte(tt.text))
		if err != nil {
			t.Fatalf("%q: %v", tt.text, err)
		}
		var got []int
		for _, l := range doc.Lines {
			got = append(got, l.Page)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) || doc.Pages != tt.pages {
			t.Errorf("%q: pages %v (%d), want %v (%d)", tt.text, got, doc.Pages, tt.want, tt.pages)
		}
	}
}
