package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"minutes/check"
	"minutes/extract/charset"
	"minutes/extract/html"
	"minutes/parse"
	"minutes/pipeline"
)

// An htmlPage is a page to compare, with its expected record if it has
// one.
type htmlPage struct {
	path     string
	expected map[string]any
}

// An htmlSide is what one extractor made of a page.
type htmlSide struct {
	text   string
	err    error
	time   time.Duration
	scores check.Scores // against the expected record, when there is one
	misses []check.Mismatch
}

func runHTML(args []string) error {
	fl := flag.NewFlagSet("html", flag.ExitOnError)
	corpus := fl.String("corpus", filepath.Join("..", "shared", "corpus"), "the corpus folder")
	runs := fl.Int("runs", 5, "runs of each extractor per page; the median time is kept")
	verbose := fl.Bool("v", false, "print, for each page, the words one side kept and the other did not, and the mismatches of one side's record that the other does not have")
	fl.Parse(args)
	pages, err := htmlPages(*corpus, "testdata")
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "page\tvisible words\tours kept\treadability kept\trecord words: ours\treadability\tF1: ours\treadability\tms: ours\treadability\t")
	var visible, ours, theirs, recWords, recOurs, recTheirs int
	var tOurs, tTheirs time.Duration
	totalOurs, totalTheirs := check.Scores{}, check.Scores{}
	var details []string
	for _, p := range pages {
		data, err := os.ReadFile(p.path)
		if err != nil {
			return err
		}
		all := visibleText(data)
		a, b := oursHTML(p, data, *runs), readabilityHTML(p, data, *runs)
		allBag, aBag, bBag := bagOf(all), bagOf(a.text), bagOf(b.text)
		visible, ours, theirs = visible+allBag.size(), ours+recovered(allBag, aBag), theirs+recovered(allBag, bBag)
		tOurs, tTheirs = tOurs+a.time, tTheirs+b.time
		rec, f1a, f1b := "", "", ""
		recB := ""
		detail := fmt.Sprintf("== %s\n  words only ours kept: %s\n  words only readability kept: %s", filepath.Base(p.path), excess(aBag, bBag), excess(bBag, aBag))
		if p.expected != nil {
			want := recordWords(p.expected)
			recWords += want.size()
			ka, kb := recovered(want, aBag), recovered(want, bBag)
			recOurs, recTheirs = recOurs+ka, recTheirs+kb
			rec, recB = fmt.Sprintf("%.0f%%", share(ka, want.size())), fmt.Sprintf("%.0f%%", share(kb, want.size()))
			f1a, f1b = fmt.Sprintf("%.3f", overall(a.scores)), fmt.Sprintf("%.3f", overall(b.scores))
			totalOurs.Add(a.scores)
			totalTheirs.Add(b.scores)
			detail += fmt.Sprintf("\n  record mismatches only ours has:\n%s\n  record mismatches only readability has:\n%s",
				strings.Join(onlyIn(a.misses, b.misses), "\n"), strings.Join(onlyIn(b.misses, a.misses), "\n"))
		}
		details = append(details, detail)
		fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%.1f\t%.1f\t\n", strings.TrimSuffix(filepath.Base(p.path), ".html"),
			allBag.size(), kept(a, aBag, allBag), kept(b, bBag, allBag), rec, recB, f1a, f1b, ms(a.time), ms(b.time))
	}
	fmt.Fprintf(w, "all %d pages\t%d\t%.0f%%\t%.0f%%\t%.0f%%\t%.0f%%\t%.3f\t%.3f\t%.1f\t%.1f\t\n", len(pages), visible,
		share(ours, visible), share(theirs, visible), share(recOurs, recWords), share(recTheirs, recWords),
		overall(totalOurs), overall(totalTheirs), ms(tOurs), ms(tTheirs))
	if err := w.Flush(); err != nil {
		return err
	}
	if *verbose {
		for _, d := range details {
			fmt.Println(d)
		}
	}
	return nil
}

// onlyIn lists the mismatches of a that b does not have.
func onlyIn(a, b []check.Mismatch) []string {
	have := map[string]bool{}
	for _, m := range b {
		have[m.String()] = true
	}
	var out []string
	for _, m := range a {
		if !have[m.String()] {
			out = append(out, "    "+m.String())
		}
	}
	return out
}

// kept says what share of the page's visible words a side kept, or why
// it kept nothing.
func kept(s htmlSide, got, all bag) string {
	if s.err != nil {
		return "error"
	}
	return fmt.Sprintf("%.0f%%", share(recovered(all, got), all.size()))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// overall is the F1 of all fields' tallies added up.
func overall(s check.Scores) float64 {
	var t check.Tally
	for _, f := range s {
		t.Add(*f)
	}
	return t.F1()
}

// htmlPages returns the corpus's HTML pages and the HTML documents of
// testdata's expected records, each once, with its expected record when
// it has one.
func htmlPages(corpus, testdata string) ([]htmlPage, error) {
	expected := map[string]map[string]any{}
	dirs, err := filepath.Glob(filepath.Join(testdata, "*"))
	if err != nil {
		return nil, err
	}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		cases, err := check.FindCases(dir)
		if err != nil {
			return nil, err
		}
		for _, c := range cases {
			if strings.HasSuffix(c.Document, ".html") {
				abs, _ := filepath.Abs(c.Document)
				expected[abs] = c.Expected
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(corpus, "html", "*.html"))
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var pages []htmlPage
	for _, f := range files {
		abs, _ := filepath.Abs(f)
		seen[abs] = true
		pages = append(pages, htmlPage{path: f, expected: expected[abs]})
	}
	var rest []string
	for abs := range expected {
		if !seen[abs] {
			rest = append(rest, abs)
		}
	}
	sort.Strings(rest)
	for _, abs := range rest {
		pages = append(pages, htmlPage{path: abs, expected: expected[abs]})
	}
	return pages, nil
}

// oursHTML reads the page with extract/html and, when it has an
// expected record, scores the pipeline's record.
func oursHTML(p htmlPage, data []byte, runs int) htmlSide {
	var s htmlSide
	s.time = median(runs, func() {
		doc, err := html.Read(data)
		s.err = err
		if err == nil {
			s.text = doc.Text()
		}
	})
	if p.expected != nil {
		res, err := pipeline.Process(p.path, data, parse.Options{})
		s.scores, s.misses = score(p.expected, res, err)
	}
	return s
}

// readabilityHTML extracts the page with go-readability: its title and
// byline, as a reader view shows them above the article, and the
// article. When the page has an expected record, the pipeline reads the
// article's HTML (under the page's name: a date in the file name counts
// for both sides) and its record is scored.
func readabilityHTML(p htmlPage, data []byte, runs int) htmlSide {
	var s htmlSide
	page := charset.DecodeHTML(data).Text // decoded as for our reader: the same text for both
	var article readability.Article
	s.time = median(runs, func() {
		article, s.err = readability.FromReader(strings.NewReader(page), nil)
	})
	var text, markup bytes.Buffer
	if s.err == nil && article.Node != nil {
		fmt.Fprintf(&text, "%s\n%s\n", article.Title(), article.Byline())
		article.RenderText(&text)
		fmt.Fprintf(&markup, "<html><head><meta charset=utf-8></head><body><h1>%s</h1>\n<p>%s</p>\n",
			xhtml.EscapeString(article.Title()), xhtml.EscapeString(article.Byline()))
		article.RenderHTML(&markup)
		markup.WriteString("</body></html>\n")
	} else if s.err == nil {
		s.err = fmt.Errorf("no article")
	}
	s.text = text.String()
	if p.expected != nil {
		res, err := pipeline.Process(p.path, markup.Bytes(), parse.Options{})
		if s.err != nil {
			err = s.err
		}
		s.scores, s.misses = score(p.expected, res, err)
	}
	return s
}

// score scores a pipeline's result against the expected record, as
// minutes check does (a failure scores as a record that found nothing).
// The fields of the source (file, hash, encoding) are left out: the
// article that go-readability gives is other bytes than the page.
func score(expected map[string]any, res *pipeline.Result, err error) (check.Scores, []check.Mismatch) {
	got := map[string]any{}
	if err == nil {
		data, _ := json.Marshal(res.Record)
		json.Unmarshal(data, &got)
	}
	scores, misses := check.Score(expected, got)
	for field := range scores {
		if strings.HasPrefix(field, "source") {
			delete(scores, field)
		}
	}
	misses = slices.DeleteFunc(misses, func(m check.Mismatch) bool { return strings.HasPrefix(m.Field, "source") })
	return scores, misses
}

// recordWords returns the words of an expected record's values, but for
// its source: the words the minutes hold that a reader must keep.
func recordWords(rec map[string]any) bag {
	var b strings.Builder
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if !strings.HasPrefix(v, "http") { // links are scored by the record, not as words
				b.WriteString(v)
				b.WriteByte(' ')
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for k, x := range v {
				if k != "source" && k != "warnings" && k != "kind" && k != "status" && k != "role" {
					walk(x)
				}
			}
		}
	}
	walk(rec)
	return bagOf(b.String())
}

// visibleText returns the words a browser shows of the whole page, chrome
// and all: the text of its body but for scripts, styles and hidden
// elements ("" when the page is too deep to parse).
func visibleText(data []byte) string {
	doc, err := xhtml.Parse(strings.NewReader(charset.DecodeHTML(data).Text))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math:
				return
			}
		}
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// excess lists the words a holds more often than b, with how many more.
func excess(a, b bag) string {
	var out []string
	for w, c := range a {
		if c > b[w] {
			out = append(out, fmt.Sprintf("%s×%d", w, c-b[w]))
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}
