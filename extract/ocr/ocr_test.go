package ocr

import (
	"context"
	"image"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestParseTSV(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t\n" +
		"4\t1\t1\t1\t1\t0\t439\t246\t1606\t54\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t439\t247\t195\t42\t96.209076\tMinutes\n" +
		"5\t1\t1\t1\t1\t2\t653\t247\t50\t42\t96.738708\tof\n" +
		"5\t1\t1\t1\t2\t1\t929\t323\t199\t53\t95.868843\tMeeting\n" +
		"5\t1\t1\t1\t2\t2\t1215\t318\t64\t46\t20.068123\t2\"?\n" +
		"5\t1\t1\t1\t2\t3\t1300\t318\t64\t46\t-1\t \n" +
		"5\t1\t2\t1\t1\t1\t100\t900\t80\t40\t91\tItem\n"
	words := parseTSV([]byte(tsv))
	want := []Word{
		{Text: "Minutes", Box: image.Rect(439, 247, 634, 289), Conf: 96.209076, Line: 1},
		{Text: "of", Box: image.Rect(653, 247, 703, 289), Conf: 96.738708, Line: 1},
		{Text: "Meeting", Box: image.Rect(929, 323, 1128, 376), Conf: 95.868843, Line: 2},
		{Text: "2\"?", Box: image.Rect(1215, 318, 1279, 364), Conf: 20.068123, Line: 2},
		{Text: "Item", Box: image.Rect(100, 900, 180, 940), Conf: 91, Line: 3},
	}
	if !slices.Equal(words, want) {
		t.Errorf("parseTSV =\n%+v\nwant\n%+v", words, want)
	}
}

func TestParseEngineOutput(t *testing.T) {
	langs, osd := parseLanguages("List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (4):\ndeu\neng\nfra\nosd\n")
	if strings.Join(langs, " ") != "deu eng fra" || !osd {
		t.Errorf("parseLanguages = %v, %v", langs, osd)
	}
	if v := parseVersion("tesseract 5.3.0\n leptonica-1.82.0\n"); v != "5.3.0" {
		t.Errorf("parseVersion = %q", v)
	}
	tests := []struct {
		out  string
		want int
	}{
		{"Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 12.5\nScript: Latin\n", 90},
		{"Orientation in degrees: 180\nRotate: 180\nOrientation confidence: 4.1\n", 180},
		{"Orientation in degrees: 90\nRotate: 270\nOrientation confidence: 0.8\n", 0}, // unsure
		{"Orientation in degrees: 0\nRotate: 0\nOrientation confidence: 14.6\n", 0},
		{"garbage", 0},
	}
	for _, tt := range tests {
		if got := parseOSD([]byte(tt.out)); got != tt.want {
			t.Errorf("parseOSD(%q) = %d, want %d", tt.out, got, tt.want)
		}
	}
}

func TestChooseLanguages(t *testing.T) {
	e := &Engine{languages: []string{"deu", "eng", "fra"}}
	french := "Le conseil a approuvé le procès-verbal de la séance et les comptes pour que la réunion des membres soit tenue dans les délais"
	tests := []struct {
		name, declared, text string
		want                 string
	}{
		{"declared and installed", "fr-CA", "", "fra"},
		{"declared as Tesseract names it", "deu", "", "deu"},
		{"declared but not installed", "es", "", "eng"},
		{"nothing known", "", "", "eng"},
		{"the words of the first page", "", french, "fra"},
		{"too few words to tell", "", "le 12", "eng"},
		{"the declaration wins", "en", french, "eng"},
	}
	for _, tt := range tests {
		if got := strings.Join(e.chooseLanguages(tt.declared, tt.text), "+"); got != tt.want {
			t.Errorf("%s: chooseLanguages(%q, …) = %s, want %s", tt.name, tt.declared, got, tt.want)
		}
	}
	if got := (&Engine{languages: []string{"fra"}}).chooseLanguages("", ""); got[0] != "fra" {
		t.Errorf("without English, the first installed language: got %v", got)
	}
}

// skewedLines makes words on lines that fall by slope pixels per pixel,
// as a page fed askew gives them.
func skewedLines(slope float64) []Word {
	var words []Word
	for line := 1; line <= 6; line++ {
		for i := range 8 {
			x := 100 + 150*i
			y := 200*line + int(math.Round(float64(x)*slope))
			words = append(words, Word{Text: "word", Box: image.Rect(x, y-40, x+120, y), Line: line, Conf: 90})
		}
	}
	return words
}

func TestDeskewStraightensLines(t *testing.T) {
	for _, degrees := range []float64{0, 1.5, -3} {
		p := &Page{Words: skewedLines(math.Tan(degrees * math.Pi / 180)), Size: image.Pt(1400, 1500)}
		deskew(p)
		if math.Abs(p.Skew-degrees) > 0.2 {
			t.Errorf("skew %.1f°: measured %.1f°", degrees, p.Skew)
		}
		for _, line := range byLine(p.Words) {
			lo, hi := line[0].Box.Max.Y, line[0].Box.Max.Y
			for _, w := range line {
				lo, hi = min(lo, w.Box.Max.Y), max(hi, w.Box.Max.Y)
				if w.Baseline != line[0].Baseline {
					t.Errorf("skew %.1f°: words of one line on baselines %d and %d", degrees, w.Baseline, line[0].Baseline)
				}
			}
			if hi-lo > 4 {
				t.Errorf("skew %.1f°: a line's bottoms still spread over %d pixels", degrees, hi-lo)
			}
		}
	}
}

func TestTurn(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 3, 2)) // a b c / d e f
	copy(img.Pix, []uint8{1, 2, 3, 4, 5, 6})
	tests := []struct {
		degrees int
		want    []uint8
		w       int
	}{
		{90, []uint8{4, 1, 5, 2, 6, 3}, 2},
		{180, []uint8{6, 5, 4, 3, 2, 1}, 3},
		{270, []uint8{3, 6, 2, 5, 1, 4}, 2},
	}
	for _, tt := range tests {
		got := Turn(img, tt.degrees)
		if got.Rect.Dx() != tt.w || !slices.Equal(got.Pix, tt.want) {
			t.Errorf("Turn %d = %v (width %d), want %v", tt.degrees, got.Pix, got.Rect.Dx(), tt.want)
		}
	}
}

func TestLineOCR(t *testing.T) {
	words := []Word{{Text: "Present:", Conf: 96}, {Text: "Smlth", Conf: 31}, {Text: "and", Conf: 90}, {Text: "and", Conf: 40}}
	l := NewLineOCR(words)
	got := l.Line("Present: Smlth and")
	if got.Conf != 72.3 || len(got.Doubtful) != 1 || got.Doubtful[0].Word != "Smlth" {
		t.Errorf("first line: %+v", got)
	}
	got = l.Line("and more")
	if got.Conf != 40 || len(got.Doubtful) != 1 || got.Doubtful[0].Word != "and" {
		t.Errorf("second line (each word used once): %+v", got)
	}
}

// TestReaderWithoutTesseract: with no tesseract on PATH, every scanned
// page is counted as not read, with a warning that says how to install it.
func TestReaderWithoutTesseract(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	r := NewReader(context.Background(), Options{})
	for page := 1; page <= 2; page++ {
		if _, ok := r.ReadPage(page, image.NewGray(image.Rect(0, 0, 10, 10)), 300); ok {
			t.Fatal("a page was read without tesseract")
		}
	}
	rep := r.Report()
	if rep == nil || len(rep.NotRead) != 2 || len(rep.Pages) != 0 {
		t.Fatalf("report = %+v, want 2 pages not read", rep)
	}
	ws := r.Warnings()
	if len(ws) != 2 || ws[1].Place.Page != 2 || !strings.Contains(ws[0].Message, "tesseract is not installed") ||
		!strings.Contains(ws[0].Message, "apt-get install tesseract-ocr") {
		t.Errorf("warnings = %v", ws)
	}
}

// TestMarkBold draws words as vertical strokes, most two pixels thick and
// one four: that one is bold.
func TestMarkBold(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 400, 40))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	var words []Word
	for i := range 12 {
		x0 := 30 * i
		stroke := 2
		if i == 5 {
			stroke = 4
		}
		for x := x0 + 5; x < x0+25; x += 6 {
			for y := 10; y < 30; y++ {
				for s := range stroke {
					img.Pix[y*img.Stride+x+s] = 0
				}
			}
		}
		words = append(words, Word{Text: "word", Box: image.Rect(x0, 8, x0+28, 32)})
	}
	markBold(img, words)
	for i, w := range words {
		if w.Bold != (i == 5) {
			t.Errorf("word %d: bold %v", i, w.Bold)
		}
	}
}
