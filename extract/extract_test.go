package extract

import (
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
	"minutes/extract/internal/readertest"
	"minutes/extract/ocr"
	"minutes/internal/scantest"
)

func TestSniff(t *testing.T) {
	junk := readertest.RandomBytes(2000, 1)
	tests := []struct {
		name string
		path string
		data []byte
		want document.Format
	}{
		{"pdf header", "a.bin", []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj"), document.PDF},
		{"pdf header wins over .txt", "a.txt", []byte("%PDF-1.7\n"), document.PDF},
		{"pdf after junk within 1024 bytes", "", append([]byte("HTTP/1.0 200 OK\r\nContent-Type: application/pdf\r\n\r\n"), []byte("%PDF-1.3\n")...), document.PDF},
		{"pdf marker past 1024 bytes is not a header", "", append([]byte(strings.Repeat("x ", 600)), []byte("%PDF-1.3")...), document.Text},
		{"%PDF- in prose without a version", "", []byte("we discussed the %PDF- marker"), document.Text},
		{"damaged pdf named .pdf", "minutes.pdf", []byte("garbage without a header"), document.PDF},
		{"png is a scan, whatever its name", "a.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), document.Image},
		{"jpeg", "", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), document.Image},
		{"tiff, little-endian", "scan.tif", []byte("II*\x00\x08\x00\x00\x00"), document.Image},
		{"tiff, big-endian", "", []byte("MM\x00*\x00\x00\x00\x08"), document.Image},
		{"gif is no scan read here", "", []byte("GIF89a\x01\x00"), ""},
		{"zip (docx)", "minutes.docx", []byte("PK\x03\x04\x14\x00\x06\x00"), ""},
		{"ole2 (doc)", "minutes.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), ""},
		{"rtf", "minutes.rtf", []byte(`{\rtf1\ansi\deff0 {\fonttbl}`), ""},
		{"gzip", "", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), ""},
		{"elf", "", []byte("\x7fELF\x02\x01\x01\x00"), ""},
		{"windows program", "", append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00"), junk[:200]...), ""},
		{"text starting MZ is text", "", []byte("MZ Smith opened the meeting at 10:00.\n"), document.Text},
		{"mp4", "", []byte("\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00"), ""},
		{"doctype", "", []byte("<!DOCTYPE html>\n<html><body><p>x</p></body></html>"), document.HTML},
		{"doctype after BOM and space", "", []byte("\xef\xbb\xbf\n\n  <!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\">"), document.HTML},
		{"html tag wins over .txt", "saved.txt", []byte("<html>\n<head><title>x</title></head>"), document.HTML},
		{"xml declaration then xhtml", "", []byte("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"), document.HTML},
		{"comment then html", "", []byte("<!-- saved from url=(0022)http://x.org/ -->\n<html>"), document.HTML},
		{"utf-16 html with BOM", "", readertest.UTF16LEWithBOM("<html><body>Minutes</body></html>"), document.HTML},
		{"utf-16 html without BOM", "", readertest.UTF16BENoBOM("<!DOCTYPE html><p>Minutes</p>"), document.HTML},
		{".html extension", "a.HTML", []byte("Minutes of the board meeting"), document.HTML},
		{".htm extension", "a.htm", []byte("<P>Minutes"), document.HTML},
		{"fragment without extension", "", []byte("<p>Minutes of the board</p>"), document.HTML},
		{"table fragment without extension", "", []byte("<TABLE><TR><TD>x"), document.HTML},
		{"comment then markup without extension", "", []byte("<!-- x -->\n<div>y</div>"), document.HTML},
		{"markdown with an html comment stays text", "notes.md", []byte("<!-- toc -->\n# Minutes\n"), document.Text},
		{"markdown with a paragraph tag stays text", "notes.md", []byte("<p align=center>Minutes</p>\n"), document.Text},
		{"a tag-like word is not html", "", []byte("<bogus> is not a tag\n"), document.Text},
		{".txt", "a.txt", []byte("Minutes"), document.Text},
		{".md", "a.md", []byte("# Minutes"), document.Text},
		{".markdown", "a.markdown", []byte("Minutes"), document.Text},
		{"binary junk named .txt goes to the text reader", "junk.txt", junk, document.Text},
		{"plain text without extension", "README", []byte("Minutes of the 17th meeting\nPresent: A, B\n"), document.Text},
		{"latin-1 text without extension", "", []byte("R\xe9union du comit\xe9\n"), document.Text},
		{"utf-16 text without extension", "", readertest.UTF16LEWithBOM("Minutes\r\n"), document.Text},
		{"binary junk without extension", "", junk, ""},
		{"nul bytes without extension", "", []byte("abc\x00\x00\x00def\x00\x00"), ""},
		{"unknown extension, text content", "minutes.log", []byte("10:00 meeting opened\n"), document.Text},
		{"unknown extension, binary content", "a.dat", junk, ""},
		{"empty", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.path, tt.data); got != tt.want {
				t.Errorf("Sniff(%q, %.20q) = %q, want %q", tt.path, tt.data, got, tt.want)
			}
		})
	}
}

// TestSniffLooksOnlyAtTheHead checks that Sniff decides from the first 1024
// bytes, as the batch walker gives it no more.
// TestReadCorpusFormats reads every file of the shared corpus and checks
// that it is read as the format its manifest gives (txt and md are text).
func TestReadCorpusFormats(t *testing.T) {
	formats := map[string]document.Format{"pdf": document.PDF, "html": document.HTML, "txt": document.Text, "md": document.Text}
	for _, f := range readertest.Manifest(t) {
		want, ok := formats[f.Format]
		if !ok {
			t.Errorf("%s: format %q in the manifest", f.Path, f.Format)
			continue
		}
		doc, err := ReadFile(readertest.CorpusPath(f.Path))
		if err != nil {
			t.Errorf("%s: %v", f.Path, err)
			continue
		}
		if doc.Format != want || (doc.Encoding == "" && want != document.PDF) {
			t.Errorf("%s: format %q encoding %q, want %q", f.Path, doc.Format, doc.Encoding, want)
		}
	}
}

// TestReadPagesGivesReadsLines checks that the lines ReadPages hands
// over, page by page for a PDF and all at once otherwise, are Read's, on
// a corpus file of each format.
func TestReadPagesGivesReadsLines(t *testing.T) {
	for _, path := range []string{
		"pdf/suffolk-libraries-board-minutes-2012-09-11.pdf",
		"pdf/oasis-csaf-tc-minutes-2018-10-31-meeting-20.pdf",
		"txt/asf-board-minutes-2000-12-20.txt",
	} {
		data, err := os.ReadFile(readertest.CorpusPath(path))
		if err != nil {
			t.Fatal(err)
		}
		whole, err := Read(path, data)
		if err != nil {
			t.Fatal(err)
		}
		var got []document.Line
		calls := 0
		doc, err := ReadPages(context.Background(), path, data, Options{}, func(lines []document.Line) {
			calls++
			got = append(got, lines...) // copied: the buffer is the next page's
		})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(whole.Lines, got); diff != "" {
			t.Errorf("%s: ReadPages's lines differ from Read's (-Read +ReadPages):\n%s", path, diff)
		}
		if doc.Lines != nil || doc.Pages != whole.Pages || len(doc.Warnings) != len(whole.Warnings) {
			t.Errorf("%s: ReadPages's document has %d lines, %d pages, %d warnings; want none, %d, %d",
				path, len(doc.Lines), doc.Pages, len(doc.Warnings), whole.Pages, len(whole.Warnings))
		}
		if want := max(whole.Pages, 1); whole.Format == document.PDF && calls != want || whole.Format != document.PDF && calls != 1 {
			t.Errorf("%s: %d calls for %d pages", path, calls, whole.Pages)
		}
	}
}

// TestReadPagesReadsScans checks that ReadPages reads a scanned page by
// OCR as it is met, giving the lines, warnings and OCR report ReadContext
// gives, and reads none with OCR turned off (a fake tesseract).
func TestReadPagesReadsScans(t *testing.T) {
	runs := scantest.FakeTesseract(t)
	page := image.NewGray(image.Rect(0, 0, 850, 1100))
	for i := range page.Pix {
		page.Pix[i] = 0xff
	}
	data := scantest.ImagePDF(t, []*image.Gray{page, page}, 100, scantest.Flate)
	for _, opts := range []Options{{}, {OCR: ocr.Options{Off: true}}} {
		whole, err := ReadContext(context.Background(), "scan.pdf", data, opts)
		if err != nil {
			t.Fatal(err)
		}
		before := runs()
		var got []document.Line
		doc, err := ReadPages(context.Background(), "scan.pdf", data, opts, func(lines []document.Line) {
			got = append(got, lines...)
		})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(whole.Lines, got); diff != "" {
			t.Errorf("OCR off %v: ReadPages's lines differ from ReadContext's (-want +got):\n%s", opts.OCR.Off, diff)
		}
		if diff := cmp.Diff(whole.Warnings, doc.Warnings); diff != "" {
			t.Errorf("OCR off %v: warnings differ (-want +got):\n%s", opts.OCR.Off, diff)
		}
		if diff := cmp.Diff(whole.OCR, doc.OCR); diff != "" {
			t.Errorf("OCR off %v: OCR reports differ (-want +got):\n%s", opts.OCR.Off, diff)
		}
		if want := map[bool]int{false: 2, true: 0}[opts.OCR.Off]; runs()-before != want {
			t.Errorf("OCR off %v: tesseract ran %d times, want %d", opts.OCR.Off, runs()-before, want)
		}
	}
}

func TestSniffLooksOnlyAtTheHead(t *testing.T) {
	text := []byte(strings.Repeat("Minutes of the meeting.\n", 100))
	withTail := append(append([]byte{}, text...), readertest.RandomBytes(5000, 2)...)
	if got, want := Sniff("", withTail), Sniff("", text[:sniffSize]); got != want {
		t.Errorf("Sniff with a binary tail = %q, with the head only = %q", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
		data []byte
		want error
	}{
		{"empty", "a.txt", nil, document.ErrEmpty},
		{"white space", "a.txt", []byte(" \n\t\r\n"), document.ErrEmpty},
		{"utf-16 white space", "a.txt", readertest.UTF16LEWithBOM("  \r\n "), document.ErrEmpty},
		{"binary junk named .txt", "junk.txt", readertest.RandomBytes(4096, 3), document.ErrBinary},
		{"binary junk named .html", "junk.html", readertest.RandomBytes(4096, 4), document.ErrBinary},
		{"image of another format", "photo", []byte("GIF89a\x01\x00\x01\x00"), document.ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.path, tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read = %v, %v; want error %v", doc, err, tt.want)
			}
			var e *document.Error
			if !errors.As(err, &e) || e.Path != tt.path {
				t.Errorf("error %v does not name the file %q", err, tt.path)
			}
		})
	}
}

func TestReadFillsTheDocument(t *testing.T) {
	tests := []struct {
		path   string
		data   string
		format document.Format
		enc    string
	}{
		{"a.txt", "Minutes\n", document.Text, "utf-8"},
		{"a.html", "<p>Minutes</p>", document.HTML, "utf-8"},
		{"noext", "<!DOCTYPE html><p>Caf\xe9</p>", document.HTML, "iso-8859-1"},
	}
	for _, tt := range tests {
		doc, err := Read(tt.path, []byte(tt.data))
		if err != nil {
			t.Fatalf("Read(%q): %v", tt.path, err)
		}
		if doc.Path != tt.path || doc.Format != tt.format || doc.Encoding != tt.enc || len(doc.SHA256) != 64 {
			t.Errorf("Read(%q) = path %q format %q encoding %q sha %q; want %q %q %q", tt.path,
				doc.Path, doc.Format, doc.Encoding, doc.SHA256, tt.path, tt.format, tt.enc)
		}
	}
}

func TestReadFileNamesTheFile(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "missing.txt"))
	var e *document.Error
	if !errors.As(err, &e) || !strings.HasSuffix(e.Path, "missing.txt") || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile of a missing file = %v", err)
	}
}

// TestMarkdownHTMLBlocks reads the raw HTML blocks of markdown (CommonMark
// delimits them) as the HTML reader reads a page: a <table> gives rows of
// cells, a <dl> its terms and definitions, a comment nothing. Each line
// keeps the number of the source line it comes from. Inline tags, code
// and indented lines stay text as written.
func TestMarkdownHTMLBlocks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each line as "num kind text", cells joined by " | "
	}{
		{"a table of votes (Japanese council page)",
			"## 賛否\n\n<table>\n  <tr>\n    <td>氏名</td><td>15号</td>\n  </tr>\n  <tr><td>伊藤 央</td><td>〇</td></tr>\n</table>\n\nafter",
			[]string{"1 heading ## 賛否", "2 blank ", "5 table 氏名 | 15号", "7 table 伊藤 央 | 〇", "9 blank ", "10 prose after"}},
		{"a definition list of officers (Jekyll page)",
			"Minutes\n\n<dl class=\"dl-horizontal\">\n\t<dt>In the Chair</dt>\n\t\t<dd>James Alexander</dd>\n</dl>\n",
			[]string{"1 prose Minutes", "2 blank ", "4 prose In the Chair: James Alexander"}},
		{"details with a blank line inside: the block ends there, markdown goes on",
			"<details>\n<summary>Patch for the bylaws</summary>\n\n- one change\n\n</details>\n",
			[]string{"2 prose Patch for the bylaws", "3 blank ", "4 list - one change", "5 blank "}},
		{"a comment runs to its end, blank lines and all",
			"<!-- draft\n\nnot for publication -->\nPresent: Ann Lee",
			[]string{"4 prose Present: Ann Lee"}},
		{"inline tags and text in angle brackets stay markdown",
			"<b>Present:</b> Ann Lee\n<ann@example.org> wrote:",
			[]string{"1 prose <b>Present:</b> Ann Lee", "2 prose <ann@example.org> wrote:"}},
		{"indented or fenced HTML is code",
			"    <table><tr><td>x</td></tr></table>\n```\n<table>\n```",
			[]string{"1 prose     <table><tr><td>x</td></tr></table>", "2 rule ```", "3 prose <table>", "4 rule ```"}},
	}
	kinds := map[document.Kind]string{document.Prose: "prose", document.Heading: "heading", document.ListItem: "list",
		document.TableRow: "table", document.Rule: "rule", document.Blank: "blank"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("x.md", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range doc.Lines {
				text := l.Text
				if l.Kind == document.TableRow {
					text = strings.Join(l.Cells, " | ")
				}
				got = append(got, fmt.Sprintf("%d %s %s", l.Num, kinds[l.Kind], text))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
