package html

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"

	"minutes/document"
	"minutes/extract/charset"
	"minutes/extract/internal/readertest"
)

// readHTMLString reads a page or fails the test.
func readHTMLString(t testing.TB, page string) *document.Document {
	t.Helper()
	doc, err := Read([]byte(page))
	if err != nil {
		t.Fatalf("Read(%q): %v", page, err)
	}
	return doc
}

// texts returns the text of every line, a Blank as "" and a Rule as "--".
func texts(doc *document.Document) []string {
	var out []string
	for _, l := range doc.Lines {
		switch l.Kind {
		case document.Rule:
			out = append(out, "--")
		default:
			out = append(out, l.Text)
		}
	}
	return out
}

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{
		{"paragraphs with a blank between", "<p>One\n  two</p><p>Three</p>", []string{"One two", "", "Three"}},
		{"inline elements never split a line", "<p>A<b>b</b><i> c</i> <a href=x>d</a>e<span>f</span></p>", []string{"Ab c def"}},
		{"br ends a line, two make a paragraph", "<p>a<br>b<br/><br>c</p>", []string{"a", "b", "", "c"}},
		{"unclosed paragraphs", "<p>a<p>b<div>c</div>d", []string{"a", "", "b", "", "c", "d"}},
		{"entities", "<p>&lt;plinss&gt; Spec Reviews &amp; Future &eacute;t&eacute; &#x2013; &#8212;</p>", []string{"<plinss> Spec Reviews & Future été – —"}},
		{"C1 references mean Windows-1252", "<p>TREASURER&#146;S REPORT &#151; Yolanda&#133; &#147;x&#148; &#128;5</p>", []string{"TREASURER’S REPORT — Yolanda… “x” €5"}},
		{"no-break spaces collapse", "<p>April 13&nbsp;Socorro&nbsp;&nbsp; (Science Fair)</p>", []string{"April 13 Socorro (Science Fair)"}},
		{"soft hyphens and zero-width spaces are invisible", "<p>Ad&shy;ministra&#173;tion&#8203;report</p>", []string{"Administrationreport"}},
		{"explicit tabs stay", "<p>Treasurer&#9;J. Tinka Gammel</p>", []string{"Treasurer\tJ. Tinka Gammel"}},
		{"hidden content", `<head><title>T</title><style>p{}</style></head><body><script>var a="<p>x</p>"</script><nav><a href=/>Home</a></nav><div id="main-menu">Menu</div><p style="display: none">hidden</p><noscript>enable js</noscript><p>shown</p></body>`, []string{"shown"}},
		{"validator badge", `<p>Minutes</p><p><a href="http://validator.w3.org/check?uri=referer"><img src="valid-html401" alt="Valid HTML 4.01"> Valid HTML</a></p>`, []string{"Minutes"}},
		{"images show no alt text", `<p><img src=logo.png alt="W3C"> Minutes</p>`, []string{"Minutes"}},
		{"pre keeps its lines", "<pre>\nChat transcript\n    indented  line \n\n&lt;tag&gt; end</pre>", []string{"Chat transcript", "    indented  line", "", "<tag> end"}},
		{"hr is a rule", "<p>a</p><hr><p>b</p>", []string{"a", "--", "b"}},
		{"head left open", "<html><head><title>x</title><p>body text</p>", []string{"body text"}},
		{"text in a head left open", "<head><meta charset=utf-8>\nMinutes of the board", []string{"Minutes of the board"}},
		{"comments and conditional comments", "<p>a<!-- hidden -->b<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->c</p>", []string{"abc"}},
		{"stray end tags", "</p>a</b></td></table>b</p>c", []string{"ab", "", "c"}},
		{"inline end tag inside a block (adoption)", "<b><u><p>TREASURER’S REPORT</u> — Yolanda King</p></b>", []string{"TREASURER’S REPORT — Yolanda King"}},
		{"details and summary are inline", "<dl><dt>Present</dt><dd><details><summary>ashley,</summary> Avneesh, duga</details></dd></dl>", []string{"Present: ashley, Avneesh, duga"}},
		{"self-closing non-void elements close", `<p><a name="x"/>Minutes</p><div/>after`, []string{"Minutes", "", "after"}},
		{"self-closing script still hides its text", `<script src=x />var x = 1;</script><p>shown</p>`, []string{"shown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, texts(readHTMLString(t, tt.page))); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTMLKinds(t *testing.T) {
	P, H, L, B, T := document.Prose, document.Heading, document.ListItem, document.Blank, document.TableRow
	tests := []struct {
		name string
		page string
		want []document.Line
	}{
		{"headings", "<h1>Minutes</h1>\n<h3>1. Call to order</h3>",
			[]document.Line{{Text: "Minutes", Num: 1, Kind: H, Level: 1}, {Num: 1, Kind: B}, {Text: "1. Call to order", Num: 2, Kind: H, Level: 3}}},
		{"ordered list numbers as a browser shows them", "<ol start=\"2\">\n<li>Archives</li>\n<li value=7>Elections<br>No report.</li></ol>",
			[]document.Line{{Text: "2. Archives", Num: 2, Kind: L, Level: 1}, {Text: "7. Elections", Num: 3, Kind: L, Level: 1}, {Text: "No report.", Num: 3, Kind: P}}},
		{"nested lists and list types", "<ul><li>Topics<ol type=a><li>Spec<li>Future</ol><li>Actions</ul><ol type=I start=4><li>Roll call</ol>",
			[]document.Line{{Text: "Topics", Num: 1, Kind: L, Level: 1}, {Text: "a. Spec", Num: 1, Kind: L, Level: 2}, {Text: "b. Future", Num: 1, Kind: L, Level: 2},
				{Text: "Actions", Num: 1, Kind: L, Level: 1}, {Num: 1, Kind: B}, {Text: "IV. Roll call", Num: 1, Kind: L, Level: 1}}},
		{"a list item that opens with a heading: the heading takes the number", "<ol>\n<li>\n<h4>Welcome</h4>\n<p>Apologies from Bob.</p>\n</li><li><h4>Minutes</h4></li></ol>",
			[]document.Line{{Text: "1. Welcome", Num: 3, Kind: H, Level: 4}, {Num: 3, Kind: B}, {Text: "Apologies from Bob.", Num: 4, Kind: P},
				{Num: 4, Kind: B}, {Text: "2. Minutes", Num: 5, Kind: H, Level: 4}}},
		{"bold lines", "<p><b>Present:</b> Ana</p><p><strong>ACTION</strong></p><p style='font-weight:700'>Heavy</p>",
			[]document.Line{{Text: "Present: Ana", Num: 1, Kind: P}, {Num: 1, Kind: B}, {Text: "ACTION", Num: 1, Kind: P, Bold: true}, {Num: 1, Kind: B}, {Text: "Heavy", Num: 1, Kind: P, Bold: true}}},
		{"links", `<p>See <a href="http://www.w3.org/2015/01/29-tagmem-irc">IRC log</a> and <a href="#x">here</a></p>`,
			[]document.Line{{Text: "See IRC log and here", Num: 1, Kind: P, Links: []string{"http://www.w3.org/2015/01/29-tagmem-irc"}}}},
		{"data table", "<table>\n<tr><th>Name</th><th>Organisation</th></tr>\n<tr><td>Ana Peña</td><td><p>CERT.PT</p></td></tr>\n<tr><td colspan=2>Total</td><td>2</td></tr></table>",
			[]document.Line{{Text: "Name | Organisation", Num: 2, Kind: T, Cells: []string{"Name", "Organisation"}, Bold: true},
				{Text: "Ana Peña | CERT.PT", Num: 3, Kind: T, Cells: []string{"Ana Peña", "CERT.PT"}},
				{Text: "Total |  | 2", Num: 4, Kind: T, Cells: []string{"Total", "", "2"}}}},
		{"cells and rows left open", "<table><tr><td>a<td>b<tr><td>c<td>d</table>",
			[]document.Line{{Text: "a | b", Num: 1, Kind: T, Cells: []string{"a", "b"}}, {Text: "c | d", Num: 1, Kind: T, Cells: []string{"c", "d"}}}},
		{"a cell without a row", "<table><td>a</td><td>b</td></table>",
			[]document.Line{{Text: "a | b", Num: 1, Kind: T, Cells: []string{"a", "b"}}}},
		{"layout table gives its lines", "<table><tr><td><h3>Agenda</h3><p>Board Meeting</p></td><td>x</td></tr><tr><td>one cell</td></tr></table>",
			[]document.Line{{Text: "Agenda", Num: 1, Kind: H, Level: 3}, {Num: 1, Kind: B}, {Text: "Board Meeting", Num: 1, Kind: P}, {Text: "x", Num: 1, Kind: P}, {Text: "one cell", Num: 1, Kind: P}}},
		{"nested table", "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>",
			[]document.Line{{Text: "a | b", Num: 1, Kind: T, Cells: []string{"a", "b"}}, {Text: "c", Num: 1, Kind: P}}},
		{"parallel columns with placeholders", "<table><tr><td><dl><dd>Central<dd>Eastern<dd>Northern</dl></td><td><dl><dt>Kelly Bitner<dt>&nbsp;<dt>Ann Mauzy</dl></td></tr></table>",
			[]document.Line{{Text: "Central | Kelly Bitner", Num: 1, Kind: T, Cells: []string{"Central", "Kelly Bitner"}},
				{Text: "Eastern | ", Num: 1, Kind: T, Cells: []string{"Eastern", ""}},
				{Text: "Northern | Ann Mauzy", Num: 1, Kind: T, Cells: []string{"Northern", "Ann Mauzy"}}}},
		{"definition list", "<dl>\n<dt>Present</dt><dd>Alice</dd><dd>Bob</dd>\n<dt>Chair:</dt><dd>Carol</dd>\n<dt>Note</dt><dd>A long sentence that is a paragraph.</dd><dd>Another one.</dd></dl>",
			[]document.Line{{Text: "Present: Alice, Bob", Num: 2, Kind: P}, {Text: "Chair: Carol", Num: 3, Kind: P},
				{Text: "Note: A long sentence that is a paragraph.", Num: 4, Kind: P}, {Text: "Another one.", Num: 4, Kind: P}}},
		{"scribe.perl's malformed dl", "<dl>\n<dt>Present</dt>\n<dl>Dan, Peter, Mark</dl>\n<dt>Regrets</dt>\n<dd>slightlyoff</dd>\n</dl>",
			[]document.Line{{Text: "Present: Dan, Peter, Mark", Num: 2, Kind: P}, {Text: "Regrets: slightlyoff", Num: 4, Kind: P}}},
		{"pre holds plain text minutes", "<pre>\nMinutes\n=======\n\n 1. Call to order\n | Name | Org |\n</pre>",
			[]document.Line{{Text: "Minutes", Num: 2, Kind: H, Level: 1}, {Text: "=======", Num: 3, Kind: document.Rule}, {Num: 4, Kind: B},
				{Text: " 1. Call to order", Num: 5, Kind: L, Level: 1}, {Text: " | Name | Org |", Num: 6, Kind: T, Cells: []string{"Name", "Org"}}}},
		{"a site generator's front matter", "---\nlayout: minutes\ntitle: \"Board meeting\"\ndate: 2016-09-22\n---\n\n<p>Present: Ana</p>",
			[]document.Line{{Text: "Board meeting", Num: 3, Kind: H, Level: 1}, {Text: "date: 2016-09-22", Num: 4, Kind: P}, {Num: 7, Kind: B}, {Text: "Present: Ana", Num: 7, Kind: P}}},
		{"a rule that opens no front matter", "---\n<p>Minutes</p>",
			[]document.Line{{Text: "---", Num: 1, Kind: P}, {Num: 2, Kind: B}, {Text: "Minutes", Num: 2, Kind: P}}},
		{"definitions without terms stay", "<dl><dd>Minutes were amended.</dd><dd>Motion passed.</dd></dl>",
			[]document.Line{{Text: "Minutes were amended.", Num: 1, Kind: P}, {Text: "Motion passed.", Num: 1, Kind: P}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, readHTMLString(t, tt.page).Lines); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

// wordPage is the kind of page Microsoft Word writes when it saves as HTML.
const wordPage = `<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties><o:Author>Secretary</o:Author></o:DocumentProperties>
</xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style>
</head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<div class=Section1>
<p class=MsoTitle>Minutes of the Board<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Present:<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span></b>Ana Pe` + "\xf1" + `a, Bob<o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>` + "\xb7" + `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Welcome<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level2 lfo2'><![if !supportLists]><span
style='mso-list:Ignore'>2.1.<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]>Approval of the minutes<o:p></o:p></p>
<p class=MsoNormal><span style='display:none;mso-hide:all'>hidden bookmark</span>Next meeting ` + "\x96" + ` May<o:p></o:p></p>
</div></body></html>`

func TestHTMLWordExport(t *testing.T) {
	doc := readHTMLString(t, wordPage)
	want := []document.Line{
		{Text: "Minutes of the Board", Num: 10},
		{Num: 10, Kind: document.Blank}, // a Blank has the line where the paragraph before it ends
		{Text: "Present:\tAna Peña, Bob", Num: 12},
		{Num: 12, Kind: document.Blank},
		{Text: "Welcome", Num: 15, Kind: document.ListItem, Level: 1},
		{Num: 15, Kind: document.Blank},
		{Text: "2.1. Approval of the minutes", Num: 17, Kind: document.ListItem, Level: 2},
		{Num: 17, Kind: document.Blank},
		{Text: "Next meeting – May", Num: 18},
	}
	if diff := cmp.Diff(want, doc.Lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	if doc.Encoding != "windows-1252" {
		t.Errorf("encoding %s", doc.Encoding)
	}
}

func TestHTMLCharsets(t *testing.T) {
	sentence := "Kelly’s report – “draft” approved; I’ll send the café’s bill"
	mac := string(readertest.Encode(t, charmap.Macintosh, sentence))
	cp1252 := string(readertest.Encode(t, charmap.Windows1252, sentence))
	tests := []struct {
		name     string
		page     string
		enc      string
		warnings int
	}{
		{"meta charset utf-8", `<meta charset="utf-8"><p>` + sentence, "utf-8", 0},
		{"http-equiv windows-1252", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>` + cp1252, "windows-1252", 0},
		{"declared latin-1 holding Windows-1252 bytes", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>` + cp1252, "windows-1252", 0},
		{"declared latin-1 holding MacRoman bytes", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>` + mac, "macintosh", 1},
		{"declared latin-1 holding UTF-8 bytes", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>` + sentence, "utf-8", 1},
		{"declared utf-8 holding Windows-1252 bytes", `<meta charset=utf-8><p>` + cp1252, "windows-1252", 1},
		{"declared utf-8 with one Windows-1252 line", "<meta charset=utf-8><p>Božič</p>\n<p>" + cp1252, "utf-8", 2},
		{"undeclared MacRoman", `<p>` + mac, "macintosh", 0},
		{"undeclared UTF-8", `<p>` + sentence, "utf-8", 0},
		{"unknown charset", `<meta charset="x-klingon"><p>` + sentence, "utf-8", 1},
		{"xml declaration", `<?xml version="1.0" encoding="windows-1252"?><html><p>` + cp1252, "windows-1252", 0},
		{"utf-8 byte-order mark", "\xef\xbb\xbf<meta charset=iso-8859-1><p>" + sentence, "utf-8", 0},
		{"utf-16 byte-order mark", string(readertest.UTF16LEWithBOM(`<meta charset="utf-8"><p>` + sentence)), "utf-16le", 0},
		{"declared utf-16 without a mark", `<meta charset="utf-16"><p>` + sentence, "utf-8", 0},
		{"meta after a long style block", `<head><style>` + strings.Repeat("p { margin: 0 }\n", 200) + `</style><meta charset="windows-1252"></head><p>` + cp1252, "windows-1252", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := readHTMLString(t, tt.page)
			last := doc.Lines[len(doc.Lines)-1].Text
			if doc.Encoding != tt.enc || last != sentence || len(doc.Warnings) != tt.warnings {
				t.Errorf("encoding %s, text %q, warnings %v\nwant %s, %q, %d warnings", doc.Encoding, last, doc.Warnings, tt.enc, sentence, tt.warnings)
			}
		})
	}
}

// TestHTMLWrongCharsetGenerated declares ISO-8859-1 over generated text
// in MacRoman and in Windows-1252: the MacRoman pages must be caught, the
// Windows-1252 ones left alone.
func TestHTMLWrongCharsetGenerated(t *testing.T) {
	const head = `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`
	for i, text := range readertest.Sentences(readertest.WesternWords, 150, 21) {
		for _, tt := range []struct {
			enc  *charmap.Charmap
			want []string
		}{{charmap.Macintosh, []string{"macintosh"}}, {charmap.Windows1252, []string{"windows-1252", "iso-8859-1"}}} {
			page := head + "<p>" + string(readertest.Encode(t, tt.enc, strings.ReplaceAll(text, "\n", "<br>\n")))
			doc := readHTMLString(t, page)
			got := strings.Join(texts(doc), "\n")
			want := strings.Join(strings.Fields(text), " ")
			if strings.Join(strings.Fields(got), " ") != want || !contains(tt.want, doc.Encoding) {
				t.Fatalf("text %d in %s read as %s:\n%s", i, tt.enc, doc.Encoding, cmp.Diff(want, got))
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestHTMLCorpus reads the HTML files of the shared corpus and checks what
// their manifest lines promise.
func TestHTMLCorpus(t *testing.T) {
	tests := []struct {
		file  string
		enc   string
		check func(t *testing.T, doc *document.Document)
	}{
		{"w3c-tag-2015-01-29-packaging-minutes.html", "utf-8", func(t *testing.T, doc *document.Document) {
			wantHTMLLine(t, doc, "Present: Dan, Peter, Mark, Yan, Yves, Yehuda", document.Prose, 0)
			wantHTMLLine(t, doc, "Regrets: slightlyoff", document.Prose, 0)
			wantHTMLLine(t, doc, "Scribe: dka", document.Prose, 0)
			wantHTMLLine(t, doc, "Technical Architecture Group Teleconference", document.Heading, 1)
			wantHTMLLine(t, doc, "Yves: hasn’t been that much discussion on the webapps list -", document.Prose, 0)
			notInText(t, doc, "W3C", "text/css")
		}},
		{"w3c-publishingcg-2024-02-15-minutes.html", "utf-8", func(t *testing.T, doc *document.Document) {
			present := findLine(doc, func(l document.Line) bool {
				return strings.HasPrefix(l.Text, "Present: ashley, AvneeshSingh, CharlesL,")
			})
			if present == nil || !strings.HasSuffix(present.Text, "wendyreid, wolfgang") {
				t.Errorf("Present line = %v", present)
			}
			wantHTMLLine(t, doc, "Scribe: duga, wendyreid", document.Prose, 0)
			wantHTMLLine(t, doc, "Webtoons", document.Heading, 3)
			if n := readertest.CountWhere(doc, func(l document.Line) bool { return l.Kind == document.ListItem }); n != 0 {
				t.Errorf("%d list items: the table of contents in <nav> is not dropped", n)
			}
			issue := findLine(doc, func(l document.Line) bool { return l.Text == "<wendyreid> w3c/publishingcg#70" })
			if issue == nil || !cmp.Equal(issue.Links, []string{"https://github.com/w3c/publishingcg/issues/70"}) {
				t.Errorf("issue line = %v", issue)
			}
		}},
		{"nmnwse-board-minutes-2000-10-22.html", "iso-8859-1", func(t *testing.T, doc *document.Document) {
			wantHTMLLine(t, doc, "TREASURER’S REPORT — J. Tinka Gammel", document.Prose, 0)
			wantHTMLLine(t, doc, "1. Annual Meeting — Karen Saenz", document.ListItem, 1)
			noC1(t, doc)
		}},
		{"nmnwse-board-minutes-2001-10-21.html", "macintosh", func(t *testing.T, doc *document.Document) {
			notInText(t, doc, "Õ", "Ð")
			wantHTMLLine(t, doc, "So, if you choose, as we did last year, then I’ll need an additional $30 for each additional site.", document.Prose, 0)
			if !strings.Contains(doc.Text(), "(or more – see below)") {
				t.Error("the en dash is not read")
			}
			if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0].Message, "declares iso-8859-1") || !strings.Contains(doc.Warnings[0].Message, "MacRoman") {
				t.Errorf("warnings = %v", doc.Warnings)
			}
			noC1(t, doc)
		}},
		{"nmnwse-board-minutes-2002-06-01.html", "iso-8859-1", func(t *testing.T, doc *document.Document) {
			wantHTMLLine(t, doc, "SECRETARY'S REPORT - Alexine Salazar", document.Heading, 3)
			wantHTMLLine(t, doc, "9. Science Fair - Mercedes Agogino and Dana Roberson (proxy)", document.ListItem, 1)
			wantHTMLLine(t, doc, "Motion to accept the minutes as amended was made by Yolanda, seconded by Carol; motion was passed.", document.Prose, 0)
		}},
		{"nmnwse-board-agenda-2000-12-02.html", "utf-8", func(t *testing.T, doc *document.Document) {
			readertest.WantCells(t, doc, "Call to Order", []string{"Call to Order", "Margo Clark"})
			readertest.WantCells(t, doc, "Archives", []string{"Archives", "Mary Campbell"})
			readertest.WantCells(t, doc, "Northern", []string{"Northern", "Ann Mauzy"})
			readertest.WantCells(t, doc, "Los Alamos", []string{"Los Alamos", "Dana Roberson"})
		}},
		{"acma-agm-minutes-2023-10-11.html", "utf-8", func(t *testing.T, doc *document.Document) {
			if last := doc.Lines[len(doc.Lines)-1].Text; last != "None" { // the last item's text, without the footer after it
				t.Errorf("last line %q", last)
			}
			notInText(t, doc, "© Australasian Computer Music Association", "Code of Conduct for Conferences", "Duties of Office Bearers")
		}},
		{"caa-sig-sslarch-meeting-minutes-2020-11-03.html", "utf-8", func(t *testing.T, doc *document.Document) {
			if doc.Lines[0].Text != "1st regular meeting" {
				t.Errorf("first line %q, not the meeting's title: the banner is kept", doc.Lines[0].Text)
			}
			notInText(t, doc, "Powered by", "A special interest group of", "CAA/SSLA")
		}},
		{"eclipse-sumo-developer-meeting-minutes-2025-09-23.html", "utf-8", func(t *testing.T, doc *document.Document) {
			notInText(t, doc, "Privacy Policy", "Who's involved")
			if l := findLine(doc, func(l document.Line) bool { return strings.Contains(strings.Join(l.Links, " "), "eclipse.org/legal") }); l != nil {
				t.Errorf("line %d links the footer's pages: %v", l.Num, l.Links)
			}
		}},
		{"w3c-publishingcg-2024-02-15-minutes.html", "utf-8", func(t *testing.T, doc *document.Document) {
			// scribe.perl puts the title and the date in <header> and the
			// attendees before <main>: they stay.
			wantHTMLLine(t, doc, "Publishing Community Group: Plenary Session", document.Heading, 1)
			wantHTMLLine(t, doc, "15 February 2024", document.Heading, 2)
			wantHTMLLine(t, doc, "Chair: wolfgang", document.Prose, 0)
		}},
		{"oasis-csaf-tc-minutes-2016-11-16-inaugural.html", "utf-8", func(t *testing.T, doc *document.Document) {
			wantHTMLLine(t, doc, "1. Call to Order and Welcome", document.Heading, 2)
			wantHTMLLine(t, doc, "    Adam Montville (Center for Internet Security (CIS))", document.Prose, 0)
			notInText(t, doc, "font-family", "sha512")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc, err := Read(readertest.ReadCorpus(t, "html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Encoding != tt.enc {
				t.Errorf("encoding %s, want %s", doc.Encoding, tt.enc)
			}
			tt.check(t, doc)
		})
	}
}

// TestHTMLCorpusProvenance checks, on every HTML file of the corpus, that
// a line's number is the source line where its first word stands.
func TestHTMLCorpusProvenance(t *testing.T) {
	files, _ := filepath.Glob(readertest.CorpusPath("html", "*.html"))
	if len(files) < 7 {
		t.Fatalf("found %d HTML files", len(files))
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Fatal(err)
		}
		wantProvenance(t, filepath.Base(path), normalizeNewlines(charset.DecodeHTML(data).Text), doc)
	}
}

// wantProvenance fails for each line of doc whose first word is not on
// the line of source its number names.
func wantProvenance(t *testing.T, name, source string, doc *document.Document) {
	t.Helper()
	lines := strings.Split(source, "\n")
	for _, l := range doc.Lines {
		word := firstWord(l)
		if word == "" {
			continue
		}
		if l.Num < 1 || l.Num > len(lines) || !strings.Contains(lines[l.Num-1], word) {
			t.Errorf("%s: line %d %q: its first word %q is not on source line %d", name, l.Num, l.Text, word, l.Num)
		}
	}
}

// firstWord returns the first run of letters and digits of a line's first
// non-empty cell or text, after a list number the reader added. The
// reader writes an ordered list item's number ("1. ") before the first
// line of the item, which is a ListItem, or a Heading when the item opens
// with one (<li><h4>WELCOME</h4>); the number is in no source line.
func firstWord(l document.Line) string {
	text := l.Text
	for _, c := range l.Cells {
		if c != "" {
			text = c
			break
		}
	}
	if l.Kind == document.ListItem || l.Kind == document.Heading {
		if _, rest, ok := strings.Cut(text, ". "); ok && len(rest) < len(text) && !strings.ContainsAny(text[:len(text)-len(rest)-2], " ") {
			text = rest
		}
	}
	start := strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if start < 0 {
		return ""
	}
	end := strings.IndexFunc(text[start:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if end < 0 {
		return text[start:]
	}
	return text[start : start+end]
}

func findLine(doc *document.Document, f func(document.Line) bool) *document.Line {
	for i := range doc.Lines {
		if f(doc.Lines[i]) {
			return &doc.Lines[i]
		}
	}
	return nil
}

func wantHTMLLine(t *testing.T, doc *document.Document, text string, kind document.Kind, level int) {
	t.Helper()
	readertest.WantLine(t, doc, text, kind, level)
}

// notInText fails when a line holds one of the strings.
func notInText(t *testing.T, doc *document.Document, unwanted ...string) {
	t.Helper()
	for _, u := range unwanted {
		if l := findLine(doc, func(l document.Line) bool { return strings.Contains(l.Text+"\n", u) }); l != nil {
			t.Errorf("line %d holds %q: %q", l.Num, u, l.Text)
		}
	}
}

// noC1 fails when a line holds a C1 control character, the sign of a
// Windows-1252 reference or byte read as Latin-1.
func noC1(t *testing.T, doc *document.Document) {
	t.Helper()
	if l := findLine(doc, func(l document.Line) bool {
		return strings.ContainsFunc(l.Text, func(r rune) bool { return r >= 0x80 && r <= 0x9F })
	}); l != nil {
		t.Errorf("line %d holds a C1 control: %q", l.Num, l.Text)
	}
}

// TestHTMLGenerated builds random pages (fixed seed) of paragraphs, lists,
// tables and definition lists around known phrases, and checks that each
// phrase comes out whole, once, in order, on the source line where it
// was written.
func TestHTMLGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for page := range 200 {
		src, phrases := generatePage(rng)
		doc := readHTMLString(t, src)
		sourceLines := strings.Split(src, "\n")
		next := 0
		for _, l := range doc.Lines {
			for _, part := range append([]string{l.Text}, l.Cells...) {
				for next < len(phrases) && strings.Contains(part, phrases[next]) {
					first := strings.HasPrefix(l.Text, phrases[next])
					if first && !strings.Contains(sourceLines[l.Num-1], strings.Fields(phrases[next])[0]) {
						t.Fatalf("page %d: %q on line %d, not in source line %q", page, phrases[next], l.Num, sourceLines[l.Num-1])
					}
					next++
				}
			}
		}
		if next != len(phrases) {
			t.Fatalf("page %d: phrase %d %q missing or out of order\n%s\n%q", page, next, phrases[next], src, texts(doc))
		}
	}
}

// generatePage writes a page of random blocks; each holds a phrase.
func generatePage(rng *rand.Rand) (string, []string) {
	var b strings.Builder
	var phrases []string
	phrase := func() string {
		p := fmt.Sprintf("phrase%d %s", len(phrases), readertest.WesternWords[rng.IntN(len(readertest.WesternWords))])
		phrases = append(phrases, p)
		return p
	}
	inline := func(p string) string {
		w := strings.SplitN(p, " ", 2)
		switch rng.IntN(4) {
		case 0:
			return "<b>" + w[0] + "</b> " + w[1]
		case 1:
			return w[0] + " <span class=x>" + w[1] + "</span>"
		case 2:
			return "<a href=\"http://example.org/\">" + p + "</a>"
		}
		return p
	}
	b.WriteString("<html><head><title>Minutes</title></head><body>\n")
	for range 5 + rng.IntN(15) {
		switch rng.IntN(6) {
		case 0:
			fmt.Fprintf(&b, "<p>%s</p>\n", inline(phrase()))
		case 1:
			fmt.Fprintf(&b, "<h%d>%s</h%d>\n", 1+rng.IntN(6), phrase(), 1)
		case 2:
			b.WriteString("<ul>\n")
			for range 1 + rng.IntN(4) {
				fmt.Fprintf(&b, "<li>%s\n", inline(phrase()))
			}
			b.WriteString("</ul>\n")
		case 3:
			b.WriteString("<table>\n")
			for range 1 + rng.IntN(3) {
				fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td></tr>\n", phrase(), phrase())
			}
			b.WriteString("</table>\n")
		case 4:
			fmt.Fprintf(&b, "<dl><dt>%s</dt>\n<dd>%s</dd></dl>\n", phrase(), phrase())
		case 5:
			fmt.Fprintf(&b, "<div>%s<br>\n%s</div>\n", inline(phrase()), phrase())
		}
	}
	b.WriteString("</body></html>\n")
	return b.String(), phrases
}

// TestHTMLHostile reads pages built to hurt a reader: 100,000 nested or
// unclosed elements of each kind. Each must read in linear time (eight
// times the tags in at most 24 times the time) and keep its text.
func TestHTMLHostile(t *testing.T) {
	pages := map[string]func(n int) string{
		"nested divs":    func(n int) string { return strings.Repeat("<div>", n) + "deep" + strings.Repeat("</div>", n) },
		"nested bold":    func(n int) string { return strings.Repeat("<b>", n) + "deep" + strings.Repeat("</b>", n) },
		"unclosed spans": func(n int) string { return strings.Repeat("<span style='font-weight:bold'>", n) + "deep" },
		"nested markers": func(n int) string {
			return strings.Repeat("<span style='mso-list:Ignore'>", n) + "1." + strings.Repeat("</span>", n) + "deep"
		},
		"nested lists":       func(n int) string { return strings.Repeat("<ul><li>", n) + "deep" },
		"nested tables":      func(n int) string { return strings.Repeat("<table><tr><td>", n) + "deep" },
		"nested dl":          func(n int) string { return strings.Repeat("<dl><dt>t<dd>", n) + "deep" },
		"unclosed p":         func(n int) string { return strings.Repeat("<p>x", n) + "deep" },
		"unmatched end tags": func(n int) string { return strings.Repeat("<i>", 200) + strings.Repeat("</u>", n) + "deep" },
		"many rows":          func(n int) string { return "<table>" + strings.Repeat("<tr><td>a<td>b", n) + "</table>deep" },
		"wide row":           func(n int) string { return "<table><tr>" + strings.Repeat("<td colspan=9>a", n) + "</table>deep" },
		"nested pre":         func(n int) string { return strings.Repeat("<pre>x\n", n) + "deep" },
		"many rules":         func(n int) string { return strings.Repeat("<hr>", n) + "deep" },
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			small, large := page(12500), page(100000)
			doc := readHTMLString(t, large)
			if !strings.Contains(doc.Text(), "deep") {
				t.Errorf("the text is lost: %.200q", doc.Text())
			}
			tSmall, tLarge := timeHTML(small), timeHTML(large)
			if tLarge > 24*tSmall+50*time.Millisecond || tLarge > 10*time.Second {
				t.Errorf("12,500 tags in %v, 100,000 in %v of processor time: not linear", tSmall, tLarge)
			}
		})
	}
}

// timeHTML returns the least processor time of three reads of page.
func timeHTML(page string) time.Duration {
	data := []byte(page)
	return readertest.LeastTime(func() { Read(data) })
}

// FuzzReadHTML checks that any page reads without panic into valid UTF-8
// lines, no more lines than input bytes, and text of bounded size.
func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(wordPage))
	f.Add([]byte("<table><tr><td><dl><dt>a<dd>&nbsp;</dl><td>b</table><ol start=999999999><li>x<li>y"))
	f.Add([]byte("<pre>\n a\r\n\r b</pre><p>&#146;&#x80;&#0;&#xD800;"))
	f.Add([]byte("<meta charset=iso-8859-1><p>year\xd5s \xd0 x"))
	f.Add([]byte("---\ntitle: \"x\x01\"\r\ndate: y\n...\n<p>z"))
	f.Add([]byte(quartoPage))
	f.Add([]byte(`<frameset><frame src=a></frameset><body class=nav><nav>x</nav><footer role=contentinfo>Powered by <a href=//h>Hugo</a></footer>`))
	files, _ := filepath.Glob(readertest.CorpusPath("html", "*.html"))
	for _, path := range files {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) { readertest.CheckRead(t, Read, data) })
}

func TestListMarker(t *testing.T) {
	tests := []struct {
		n     int
		style string
		want  string
	}{
		{3, "", "3. "}, {3, "1", "3. "}, {3, "decimal", "3. "},
		{1, "a", "a. "}, {27, "a", "aa. "}, {28, "lower-alpha", "ab. "}, {3, "A", "C. "}, {3, "upper-latin", "C. "},
		{4, "i", "iv. "}, {1994, "I", "MCMXCIV. "}, {9, "lower-roman", "ix. "}, {40, "upper-roman", "XL. "},
		{0, "a", "0. "}, {-2, "i", "-2. "}, {5000, "I", "5000. "}, {5, "none", ""}, {5, "disc", "5. "},
	}
	for _, tt := range tests {
		if got := listMarker(tt.n, tt.style); got != tt.want {
			t.Errorf("listMarker(%d, %q) = %q, want %q", tt.n, tt.style, got, tt.want)
		}
	}
}

func TestIsListMarkerText(t *testing.T) {
	tests := map[string]bool{
		"1.": true, "2.3.": true, "a)": true, "iv.": true, "(1)": true, "Ab.": true,
		"·": false, "§": false, "o": false, "Ø": false, "-": false, "": false, "toolong.": false, "a": false,
	}
	for s, want := range tests {
		if got := isListMarkerText(s); got != want {
			t.Errorf("isListMarkerText(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseStyle(t *testing.T) {
	tests := []struct {
		style string
		want  styleInfo
	}{
		{"DISPLAY: none", styleInfo{hidden: true}},
		{"display:none;mso-hide:all", styleInfo{hidden: true}},
		{"font-weight: bold", styleInfo{bold: true}},
		{"font-weight:700", styleInfo{bold: true}},
		{"font-weight:400", styleInfo{}},
		{"mso-list:Ignore", styleInfo{marker: true}},
		{"text-indent:-18.0pt;mso-list:l0 level3 lfo1", styleInfo{listLevel: 3}},
		{"mso-tab-count:2", styleInfo{tab: true}},
		{"list-style-type: lower-roman", styleInfo{listType: "lower-roman"}},
		{"color: red; ; broken", styleInfo{}},
	}
	for _, tt := range tests {
		if got := parseStyle(tt.style); got != tt.want {
			t.Errorf("parseStyle(%q) = %+v, want %+v", tt.style, got, tt.want)
		}
	}
}

func TestAttributeHelpers(t *testing.T) {
	navs := map[string]bool{"nav": true, "main-menu": true, "top_navbar x": true, "Breadcrumbs": true,
		"navigation": true, "intro": false, "phone s03": false, "canvas": false, "lst-kix_a-0": false}
	for v, want := range navs {
		if got := isNavName(v); got != want {
			t.Errorf("isNavName(%q) = %v, want %v", v, got, want)
		}
	}
	numbers := []struct {
		in string
		n  int
		ok bool
	}{{"3", 3, true}, {" 12px", 12, true}, {"-4", -4, true}, {"+7", 7, true}, {"x", 0, false}, {"99999999999999", 1_000_000_000, true}}
	for _, tt := range numbers {
		if n, ok := atoiPrefix([]byte(tt.in)); n != tt.n || ok != tt.ok {
			t.Errorf("atoiPrefix(%q) = %d %v, want %d %v", tt.in, n, ok, tt.n, tt.ok)
		}
	}
}

func TestHTMLListNumbering(t *testing.T) {
	tests := []struct {
		page string
		want []string
	}{
		{"<ol reversed start=3><li>c<li>b<li>a</ol>", []string{"3. c", "2. b", "1. a"}},
		{"<ol style='list-style-type: upper-alpha'><li>x<li>y</ol>", []string{"A. x", "B. y"}},
		{"<ol type=i><li type=A>x<li>y</ol>", []string{"A. x", "ii. y"}},
		{"<li>stray item</li>", []string{"stray item"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, texts(readHTMLString(t, tt.page))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.page, diff)
		}
	}
}

func TestHTMLRowLinks(t *testing.T) {
	doc := readHTMLString(t, `<table><tr><td><a href="http://a.org/">A</a></td><td><a href="http://b.org/">B</a> <a href="http://a.org/">again</a></td></tr></table>`)
	if len(doc.Lines) != 1 || !cmp.Equal(doc.Lines[0].Links, []string{"http://a.org/", "http://b.org/"}) {
		t.Errorf("lines = %+v", doc.Lines)
	}
}

// TestHTMLMarginNotes reads paragraphs and list items that end with a
// note the author tabbed to the right margin before an <em> — an action's
// owner, or "Noted" — and checks each is a row of its text and the note,
// while an <em> after plain spaces, one inside the text, or one after a
// tab with text following it stays in the line.
func TestHTMLMarginNotes(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string // the lines, a row as "text | note"
	}{
		{"English paragraph", "<p>4.4.4.4.5iv) The identification of Common Land in Salem was still ongoing.\t\t\t\t         <em>Clerk</em></p>",
			[]string{"4.4.4.4.5iv) The identification of Common Land in Salem was still ongoing. | Clerk"}},
		{"a list item with an owner of two names", "<ul><li>Cllr. W. Loynton had received an enquiry regarding footpaths.\t \t<em>Cllrs. O. Williams and W. Loynton</em></li></ul>",
			[]string{"Cllr. W. Loynton had received an enquiry regarding footpaths. | Cllrs. O. Williams and W. Loynton"}},
		{"Welsh, the italic word", "<p>Derbyniwyd llythyr gan yr Arolygiaeth Gynllunio yn sôn am ddatblygiad newydd.\t<i>Clerc</i> </p>",
			[]string{"Derbyniwyd llythyr gan yr Arolygiaeth Gynllunio yn sôn am ddatblygiad newydd. | Clerc"}},
		{"a note of what became of an item", "<p>Lloyds Bank, Sheet Number 27 dated 1st April 2020, Balance of £6,564.21\t\t<em>Noted</em></p>",
			[]string{"Lloyds Bank, Sheet Number 27 dated 1st April 2020, Balance of £6,564.21 | Noted"}},
		{"spaces only: emphasis in the line", "<p>Councillors were asked to support local communities. <em>ALL</em></p>",
			[]string{"Councillors were asked to support local communities. ALL"}},
		{"emphasis inside the text", "<p>The report was\t<em>approved</em> by all members present.</p>",
			[]string{"The report was approved by all members present."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := readHTMLString(t, tt.page)
			var got []string
			for _, l := range doc.Lines {
				if l.Kind == document.TableRow {
					got = append(got, strings.Join(l.Cells, " | "))
					continue
				}
				got = append(got, l.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
