package normalize

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"minutes/document"
)

// ocrPasses are the passes that repair OCR's damage.
var ocrPasses = []Pass{ocrDoubtful, ocrSpecks, ocrOrdinals, ocrLabels, ocrDigits, ocrHyphens}

// doubtMark is how test inputs mark a word OCR doubted: "Smlth{31}".
var doubtMark = regexp.MustCompile(`(\S+)\{(\d+)\}`)

// ocrDocument makes a document of lines read by OCR, one per line of
// text; a word marked "{NN}" was read with confidence NN.
func ocrDocument(text string) *document.Document {
	doc := &document.Document{Format: document.PDF, Pages: 1}
	for i, line := range strings.Split(text, "\n") {
		o := &document.OCRLine{Conf: 90}
		for _, m := range doubtMark.FindAllStringSubmatch(line, -1) {
			conf, _ := strconv.ParseFloat(m[2], 64)
			o.Doubtful = append(o.Doubtful, document.Doubt{Word: m[1], Conf: conf})
		}
		l := document.Line{Text: doubtMark.ReplaceAllString(line, "$1"), Page: 1, Num: i + 1, OCR: o}
		if l.IsBlank() {
			l.Kind = document.Blank
		}
		doc.Lines = append(doc.Lines, l)
	}
	return doc
}

func TestOCRPasses(t *testing.T) {
	tests := []struct {
		pass     Pass
		in, want string
	}{
		{ocrOrdinals, `Meeting of 2"? June 2015`, "Meeting of 2nd June 2015"},
		{ocrOrdinals, `held on 5" May and 21’ Sept.`, "held on 5th May and 21st Sept."},
		{ocrOrdinals, `on 13* of June`, `on 13* of June`}, // "of" is no month
		{ocrOrdinals, `a 5" pipe`, `a 5" pipe`},
		{ocrOrdinals, `on 2nd June`, `on 2nd June`},
		{ocrLabels, "Present; Sheila Freeman (SF)", "Present: Sheila Freeman (SF)"},
		{ocrLabels, "3.1 In attendance; the clerk", "3.1 In attendance: the clerk"},
		{ocrLabels, "Apologies;", "Apologies:"},
		{ocrLabels, "the motion was carried; it passed", "the motion was carried; it passed"},
		{ocrLabels, "Sheila proposed that the hall be hired; Alan agreed", "Sheila proposed that the hall be hired; Alan agreed"},
		{ocrDigits, "held in 2O15 at 1O.3O", "held in 2015 at 10.30"},
		{ocrDigits, "a sum of £1,25O.OO, (£3l,000)", "a sum of £1,250.00, (£31,000)"},
		{ocrDigits, "the Counci1 and the c0mmittee", "the Council and the committee"},
		{ocrDigits, "Room B1, COVID19, MP3, A4 paper, l0", "Room B1, COVID19, MP3, A4 paper, l0"},
		{ocrDigits, "Mr Smlth{31} paid 2O15{20}", "Mr Smlth paid 2O15"}, // doubted: left as read
		{ocrSpecks, "2.1 ~~ Ali informed the Trustees", "2.1 Ali informed the Trustees"},
		{ocrSpecks, "11. ~— Any other business", "11. Any other business"},
		{ocrSpecks, "Smith – chair, 10 - 12", "Smith – chair, 10 - 12"},
		{ocrHyphens, "The com—\nmittee met", "The com-\nmittee met"},
		{ocrHyphens, "the policy be~\nfore", "the policy be-\nfore"},
		{ocrHyphens, "Item 4 —\nnext", "Item 4 —\nnext"},
		{ocrHyphens, "a dash—\nThe next", "a dash—\nThe next"},
	}
	for _, tt := range tests {
		doc := ocrDocument(tt.in)
		tt.pass.Apply(doc)
		if got := doc.Text(); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.pass.Name, tt.in, got, tt.want)
		}
	}
}

// TestOCRPassesLeaveTextLinesAlone runs the OCR passes on damaged text
// that was not read by OCR: nothing changes.
func TestOCRPassesLeaveTextLinesAlone(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "ocr", "invented-scan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := ocrDocument(string(data))
	for i := range doc.Lines {
		doc.Lines[i].OCR = nil
	}
	before := doc.Text()
	repaired, warnings := RunPasses(doc, ocrPasses)
	if repaired.Text() != before || len(warnings) != 0 {
		t.Errorf("text lines changed: %v", warnings)
	}
}

// TestOCRPassesLeaveCleanTextAlone marks every line of the two samples as
// read by OCR, with full confidence: the OCR passes find nothing to repair.
func TestOCRPassesLeaveCleanTextAlone(t *testing.T) {
	for _, name := range seeds {
		raw := readDocument(t, filepath.Join(samplesDir, name))
		for i := range raw.Lines {
			raw.Lines[i].OCR = &document.OCRLine{Conf: 96}
		}
		repaired, warnings := RunPasses(raw, ocrPasses)
		if repaired.Text() != raw.Text() {
			t.Errorf("%s: clean text changed: %v", name, warnings)
		}
	}
}

// TestGoldenScan runs the whole chain on an invented scan as OCR reads
// it (testdata/ocr) and compares the text and warnings with the golden
// files.
func TestGoldenScan(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "ocr", "invented-scan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	repaired, warnings := Run(ocrDocument(strings.TrimRight(string(data), "\n")))
	var ws strings.Builder
	for _, w := range warnings {
		fmt.Fprintf(&ws, "%s: %s\n", w.Stage, w)
	}
	compareGolden(t, filepath.Join("testdata", "golden", "invented-scan.txt"), repaired.Text()+"\n")
	compareGolden(t, filepath.Join("testdata", "golden", "invented-scan.warnings.txt"), ws.String())
}

// TestOCRPassesIdempotent: a second run changes nothing.
func TestOCRPassesIdempotent(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "ocr", "invented-scan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	once, _ := RunPasses(ocrDocument(string(data)), ocrPasses)
	twice, _ := RunPasses(once, ocrPasses)
	if once.Text() != twice.Text() {
		t.Errorf("a second run changed the text:\n%s\n---\n%s", once.Text(), twice.Text())
	}
}
