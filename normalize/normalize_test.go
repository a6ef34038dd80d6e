package normalize

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"minutes/document"
	"minutes/extract"
)

// update rewrites the golden files: go test ./normalize -update. Read the
// diff of testdata/golden as a person before committing it.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// samplesDir holds the two seed documents; corpusDir the shared corpus,
// read in place, never copied.
var (
	samplesDir = filepath.Join("..", "testdata", "samples")
	corpusDir  = filepath.Join("..", "..", "shared", "corpus")
)

// testDocument makes a text document of lines, numbered from 1, blank
// lines of kind Blank and the others prose.
func testDocument(lines ...string) *document.Document {
	doc := &document.Document{Format: document.Text}
	for i, s := range lines {
		l := document.Line{Text: s, Num: i + 1}
		if strings.TrimSpace(s) == "" {
			l.Kind = document.Blank
		}
		doc.Lines = append(doc.Lines, l)
	}
	return doc
}

// textsOf returns the texts of a document's lines.
func textsOf(doc *document.Document) []string {
	texts := make([]string, len(doc.Lines))
	for i, l := range doc.Lines {
		texts[i] = l.Text
	}
	return texts
}

// readDocument reads a file with the real readers, or skips the test when
// the shared corpus is not there (a checkout without ../shared).
func readDocument(t testing.TB, path string) *document.Document {
	t.Helper()
	if _, err := os.Stat(path); os.IsNotExist(err) && strings.Contains(path, "shared") {
		t.Skipf("corpus file %s not present", path)
	}
	doc, err := extract.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return doc
}

// checkPassOutput is the property every fuzz target checks: a pass applied
// to any text does not panic, gives valid UTF-8 for valid UTF-8, and never
// makes the text longer (passes drop and join lines, they do not invent
// text).
func checkPassOutput(t *testing.T, p Pass, text string) {
	text = strings.ToValidUTF8(text, "\uFFFD")
	doc, err := extract.Read("fuzz.txt", []byte(text))
	if err != nil {
		return // empty or binary: the reader refuses it
	}
	before := doc.Text()
	warnings := p.Apply(doc)
	after := doc.Text()
	if !utf8.ValidString(after) {
		t.Fatalf("%s: output is not valid UTF-8: %q", p.Name, after)
	}
	if len(after) > len(before) {
		t.Fatalf("%s: output (%d bytes) longer than input (%d bytes)\nin:  %q\nout: %q", p.Name, len(after), len(before), before, after)
	}
	for _, w := range warnings {
		if w.Message == "" || !utf8.ValidString(w.Message) {
			t.Fatalf("%s: bad warning %+v", p.Name, w)
		}
	}
}

// seeds are the two sample documents the golden files are made from.
var seeds = []string{"tf-csirt-29-2010-hamburg.txt", "tf-csirt-17-2006-amsterdam.txt"}

// TestGolden runs the whole chain on the seeds and compares the text and
// the warnings with testdata/golden/NAME.txt and NAME.warnings.txt.
func TestGolden(t *testing.T) {
	for _, name := range seeds {
		t.Run(name, func(t *testing.T) {
			raw := readDocument(t, filepath.Join(samplesDir, name))
			repaired, warnings := Run(raw)
			var ws strings.Builder
			for _, w := range warnings {
				fmt.Fprintf(&ws, "%s: %s\n", w.Stage, w)
			}
			base := strings.TrimSuffix(name, filepath.Ext(name))
			compareGolden(t, filepath.Join("testdata", "golden", base+".txt"), repaired.Text()+"\n")
			compareGolden(t, filepath.Join("testdata", "golden", base+".warnings.txt"), ws.String())
		})
	}
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./normalize -update to create it)", err)
	}
	if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got, "\n")); diff != "" {
		t.Errorf("%s differs (-golden +got); if the change is right, run go test ./normalize -update:\n%s", path, diff)
	}
}

// corpusDocuments lists the corpus files of the given folders.
func corpusDocuments(t *testing.T, folders ...string) []string {
	var paths []string
	for _, folder := range folders {
		matches, err := filepath.Glob(filepath.Join(corpusDir, folder, "*"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, matches...)
	}
	if len(paths) == 0 {
		t.Skip("shared corpus not present")
	}
	return paths
}

// TestIdempotent checks that normalizing a normalized document changes
// nothing, on the seeds and the text, markdown, HTML and PDF documents of
// the corpus.
func TestIdempotent(t *testing.T) {
	paths := []string{filepath.Join(samplesDir, seeds[0]), filepath.Join(samplesDir, seeds[1])}
	paths = append(paths, corpusDocuments(t, "txt", "md", "html", "pdf")...)
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc, err := extract.ReadFile(path)
			if err != nil {
				t.Skipf("the reader refuses it: %v", err)
			}
			once, _ := Run(doc)
			twice, _ := Run(once)
			if diff := cmp.Diff(textsOf(once), textsOf(twice)); diff != "" {
				t.Errorf("second run changed the text (-once +twice):\n%s", diff)
			}
		})
	}
}

// TestRunKeepsItsInput checks that Run repairs a copy: the passes that
// join or drop lines write over the lines they are given (see Pass), and
// the pipeline keeps the document as read (Result.Raw) beside the
// repaired one. The seeds and the corpus documents have lines that the
// joining passes rejoin (soft wraps, hyphenation, running headers).
func TestRunKeepsItsInput(t *testing.T) {
	paths := []string{filepath.Join(samplesDir, seeds[0]), filepath.Join(samplesDir, seeds[1])}
	paths = append(paths, corpusDocuments(t, "txt", "md", "pdf")...)
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc, err := extract.ReadFile(path)
			if err != nil {
				t.Skipf("the reader refuses it: %v", err)
			}
			before := slices.Clone(doc.Lines)
			for i := range before {
				before[i].Cells = slices.Clone(before[i].Cells)
			}
			repaired, _ := Run(doc)
			if diff := cmp.Diff(before, doc.Lines); diff != "" {
				t.Errorf("Run changed its input (-before +after):\n%s", diff)
			}
			if slices.Equal(textsOf(repaired), textsOf(doc)) && path == filepath.Join(samplesDir, seeds[0]) {
				t.Errorf("the first seed should need repairs, and got none")
			}
		})
	}
}

// TestEachPassIdempotent checks every pass alone: given the document as
// the chain hands it over, applying the pass a second time changes nothing.
func TestEachPassIdempotent(t *testing.T) {
	paths := []string{filepath.Join(samplesDir, seeds[0]), filepath.Join(samplesDir, seeds[1])}
	paths = append(paths, corpusDocuments(t, "txt", "md", "html", "pdf")...)
	for _, path := range paths {
		doc, err := extract.ReadFile(path)
		if err != nil {
			continue // the reader refuses it; TestIdempotent says so
		}
		for _, p := range Passes {
			once, _ := RunPasses(doc, []Pass{p})
			twice, _ := RunPasses(once, []Pass{p})
			if diff := cmp.Diff(textsOf(once), textsOf(twice)); diff != "" {
				t.Errorf("%s on %s: second run changed the text (-once +twice):\n%s", p.Name, filepath.Base(path), diff)
			}
			doc = once
		}
	}
}

// cleanDocuments are corpus documents without damage: normalize may only
// join their soft-wrapped lines. (nmnwse-board-minutes-2001-10-21.html is
// left out: its charset is wrong, so repairs are expected.)
var cleanDocuments = []string{
	"md/ecma-tc39-notes-2012-05-21.md",
	"md/ecma-tc39-notes-2019-06-04-berlin.md",
	"md/ecma-tc39-notes-2021-01-25.md",
	"md/enisa-rsit-wg-2018-09-26-vilnius.md",
	"md/enisa-rsit-wg-2019-01-23-tallinn.md",
	"md/enisa-rsit-wg-2021-01-26-online.md",
	"md/nodejs-tsc-minutes-2015-06-03.md",
	"md/oasis-csaf-tc-minutes-2018-05-30-meeting-16.md",
	"md/openwis-action-tracker-2016-09-13.md",
	"md/openwis-annual-meeting-2017-03-23-toulouse.md",
	"md/openwis-steering-committee-2016-03-09.md",
	"md/w3c-tag-2014-09-29-london-minutes.md",
	"html/nmnwse-board-agenda-2000-12-02.html",
	"html/nmnwse-board-minutes-2000-10-22.html",
	"html/nmnwse-board-minutes-2002-06-01.html",
	"html/oasis-csaf-tc-minutes-2016-11-16-inaugural.html",
	"html/w3c-publishingcg-2024-02-15-minutes.html",
	"html/w3c-tag-2015-01-29-packaging-minutes.html",
	"txt/ietf-httpbis-70-minutes-2007.txt",
	"txt/ietf-httpbis-77-minutes-2010.txt",
	"txt/ietf-httpbis-84-minutes-2012.txt",
	"txt/w3c-tag-2014-09-29-london-irc.txt",
}

// TestCleanDocumentsOnlyJoined checks the "must not change" set: the clean
// 2006 seed and the clean corpus documents come out of the whole chain with
// the same words in the same lines, except that lines may be joined.
func TestCleanDocumentsOnlyJoined(t *testing.T) {
	paths := []string{filepath.Join(samplesDir, "tf-csirt-17-2006-amsterdam.txt")}
	for _, p := range cleanDocuments {
		paths = append(paths, filepath.Join(corpusDir, filepath.FromSlash(p)))
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw := readDocument(t, path)
			repaired, _ := Run(raw)
			if err := onlyJoined(textsOf(raw), textsOf(repaired)); err != nil {
				t.Error(err)
			}
		})
	}
}

// onlyJoined reports how after differs from before other than by joining
// runs of consecutive lines (and dropping the blank lines inside a run).
// Words are compared after NFC and white space folding.
func onlyJoined(before, after []string) error {
	i := 0
	for _, out := range after {
		want := strings.Fields(norm.NFC.String(out))
		if len(want) == 0 {
			// A blank line must be one of the input's blank lines.
			for i < len(before) && strings.TrimSpace(before[i]) != "" {
				return fmt.Errorf("blank output line where input line %d is %q", i+1, before[i])
			}
			i++
			continue
		}
		var got []string
		start := i
		for i < len(before) && len(got) < len(want) {
			got = append(got, strings.Fields(norm.NFC.String(before[i]))...)
			i++
		}
		if diff := cmp.Diff(want, got); diff != "" {
			return fmt.Errorf("output line %q is not input lines %d-%d joined (-out +in):\n%s", out, start+1, i, diff)
		}
	}
	for ; i < len(before); i++ {
		if strings.TrimSpace(before[i]) != "" {
			return fmt.Errorf("input line %d %q was dropped", i+1, before[i])
		}
	}
	return nil
}

// TestOnlyJoined checks the checker.
func TestOnlyJoined(t *testing.T) {
	tests := []struct {
		before, after []string
		ok            bool
	}{
		{[]string{"a b", "c", "", "d"}, []string{"a b c", "", "d"}, true},
		{[]string{"a b", "", "c"}, []string{"a b c"}, true},
		{[]string{"a b", "c"}, []string{"a b"}, false},
		{[]string{"a b", "c"}, []string{"a", "b c"}, false},
		{[]string{"a", "b"}, []string{"a", "x"}, false},
		{[]string{"a", "b"}, []string{"a", "", "b"}, false},
	}
	for _, tt := range tests {
		if err := onlyJoined(tt.before, tt.after); (err == nil) != tt.ok {
			t.Errorf("onlyJoined(%q, %q) = %v, want ok = %v", tt.before, tt.after, err, tt.ok)
		}
	}
}

// TestRepairGeneratedDamage takes clean paragraphs of the 2006 seed,
// damages them as the 2010 seed is damaged — wrapped at a random width
// without blank lines, some lines torn into one word per line, a running
// header block inserted every so many lines, in the middle of sentences —
// and checks that the whole chain gives the paragraphs back, with the page
// numbers of the headers.
func TestRepairGeneratedDamage(t *testing.T) {
	paragraphs := cleanParagraphs(t)
	rng := rand.New(rand.NewSource(2010))
	for round := 0; round < 40; round++ {
		start := rng.Intn(len(paragraphs) - 14)
		want := paragraphs[start : start+8+rng.Intn(7)]
		width := 55 + rng.Intn(45)
		damaged, pages := damageParagraphs(rng, want, width)
		doc := testDocument(damaged...)
		repaired, _ := Run(doc)
		got := nonBlank(textsOf(repaired))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d (width %d): (-want +got):\n%s\ndamaged:\n%s", round, width, diff, strings.Join(damaged, "\n"))
		}
		last := repaired.Lines[len(repaired.Lines)-1]
		if pages > 1 && last.Page < 1 {
			t.Errorf("round %d: last line has no page number", round)
		}
		for i := 1; i < len(repaired.Lines); i++ {
			if repaired.Lines[i].Page < repaired.Lines[i-1].Page {
				t.Errorf("round %d: page numbers go down at line %d", round, i)
			}
		}
	}
}

// cleanParagraphs returns the paragraphs of the 2006 seed that end a
// sentence and hold no table: the material damage is made from.
func cleanParagraphs(t *testing.T) []string {
	doc := readDocument(t, filepath.Join(samplesDir, "tf-csirt-17-2006-amsterdam.txt"))
	var paragraphs []string
	for _, l := range doc.Lines {
		text := strings.TrimSpace(l.Text)
		if len(strings.Fields(text)) < 12 || strings.ContainsAny(text, "\t*") || !strings.HasSuffix(text, ".") || startsLower(text) {
			continue
		}
		paragraphs = append(paragraphs, text)
	}
	if len(paragraphs) < 20 {
		t.Fatalf("only %d paragraphs in the 2006 seed", len(paragraphs))
	}
	return paragraphs
}

func nonBlank(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// damageParagraphs wraps paragraphs at width without blank lines (a
// paragraph whose last line came out nearly full gets a blank line after
// it, as nothing else could tell where it ends), tears some lines but the
// last of a paragraph into one word per line, and puts a running header block every 20 to 40 lines, on
// two pages at least (one header does not run). It
// returns the lines and the number of pages.
func damageParagraphs(rng *rand.Rand, paragraphs []string, width int) ([]string, int) {
	var lines []string
	lastWordAlone := false
	for _, p := range paragraphs {
		wrapped := greedyWrap(p, width)
		for k, l := range wrapped {
			// Justification, and so tearing, spares a paragraph's
			// last line. After a paragraph whose last line is one
			// word, a torn first line would read as the same paragraph
			// going on: that input is ambiguous, so it is not made.
			if k == len(wrapped)-1 || k == 0 && lastWordAlone {
				lines = append(lines, l)
				continue
			}
			lines = append(lines, tearWords(rng, l)...)
		}
		last := wrapped[len(wrapped)-1]
		lastWordAlone = !strings.Contains(last, " ")
		if utf8.RuneCountInString(last) > width*6/10 {
			lines = append(lines, "")
			lastWordAlone = false
		}
	}
	title := fmt.Sprintf("Draft minutes of the %dth meeting of the Working Group", 10+rng.Intn(30))
	place := fmt.Sprintf("%d March 20%02d, Vilnius, Lithuania", 1+rng.Intn(28), rng.Intn(20))
	pageLength := min(20+rng.Intn(20), (len(lines)+1)/2) // two pages at least
	total := (len(lines) + pageLength - 1) / pageLength
	var out []string
	for i, l := range lines {
		if i%pageLength == 0 {
			out = append(out, "SUBJECT", title, place, fmt.Sprintf("Page %d/%d", i/pageLength+1, total))
		}
		out = append(out, l)
	}
	return out, total
}

// greedyWrap wraps text at width, as editors do.
func greedyWrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}

// tearWords puts, one time in five, the first words of a line on lines of
// their own, as justified PDF text sometimes comes out. Only runs that read
// as prose are torn: a run without a function word is a list, which the
// pass rightly leaves alone.
func tearWords(rng *rand.Rand, line string) []string {
	words := strings.Fields(line)
	if rng.Intn(5) != 0 || len(words) < 6 {
		return []string{line}
	}
	n := 3 + rng.Intn(len(words)-3)
	if !readsAsProse(testDocument(words[:n]...).Lines) {
		return []string{line}
	}
	torn := append([]string(nil), words[:n]...)
	if rest := strings.Join(words[n:], " "); rest != "" {
		torn = append(torn, rest)
	}
	return torn
}
