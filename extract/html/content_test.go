package html

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quartoPage is laid out as Quarto (1.3) lays out a website's page:
// <body class="nav-fixed">, a fixed navigation bar in a <header>, the
// title block in a second <header> outside <main>, a wrapper whose class
// names the navbar, a margin sidebar with the table of contents, and a
// footer with the generator's credit.
const quartoPage = `<!DOCTYPE html>
<html lang="en"><head><meta name="generator" content="quarto-1.3.450"><title>Board minutes</title></head>
<body class="nav-fixed">
<div id="quarto-search-results"></div>
<header id="quarto-header" class="headroom fixed-top">
<nav class="navbar navbar-expand-lg"><div class="navbar-container container-fluid">
<a class="navbar-brand" href="./index.html"><span class="navbar-title">Riverside Allotment Society</span></a>
<ul class="navbar-nav navbar-nav-scroll me-auto">
<li class="nav-item"><a class="nav-link" href="./index.html"><span class="menu-text">Home</span></a></li>
<li class="nav-item"><a class="nav-link active" href="./minutes.html"><span class="menu-text">Minutes</span></a></li>
</ul></div></nav>
</header>
<header id="title-block-header" class="quarto-title-block default page-columns page-full">
<div class="quarto-title-banner page-columns page-full"><div class="quarto-title column-body">
<h1 class="title">Committee meeting</h1>
</div></div>
<div class="quarto-title-meta"><div>
<div class="quarto-title-meta-heading">Published</div>
<div class="quarto-title-meta-contents"><p class="date">March 4, 2024</p></div>
</div></div>
</header>
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar">
<nav id="TOC" role="doc-toc" class="toc-active"><h2 id="toc-title">On this page</h2>
<ul><li><a href="#attendance" class="nav-link active">Attendance</a></li></ul></nav>
</div>
<main class="content quarto-banner-title-block" id="quarto-document-content">
<section id="attendance" class="level2">
<h2 class="anchored">Attendance</h2>
<p>Present: Ana Peña (chair), Bob Smith, Carol Jones</p>
</section>
<section id="plots" class="level2">
<h2 class="anchored">Plots</h2>
<p>The waiting list stands at 12. Agreed: plot 7 goes to the next on the list.</p>
</section>
</main>
</div>
<footer class="footer"><div class="nav-footer">
<div class="nav-footer-left">&nbsp;</div>
<div class="nav-footer-center"><p>Built with <a href="https://quarto.org/">Quarto</a></p></div>
</div></footer>
</body></html>`

func TestHTMLContentSelection(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{
		{"Quarto: body.nav-fixed, a wrapper named page-navbar, the title block outside <main>", quartoPage,
			[]string{"Committee meeting", "", "Published", "", "March 4, 2024", "", "Attendance", "",
				"Present: Ana Peña (chair), Bob Smith, Carol Jones", "", "Plots", "",
				"The waiting list stands at 12. Agreed: plot 7 goes to the next on the list."}},
		{"skip link and cookie banner",
			`<body><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="cookie-notice" role="dialog">This site uses cookies. <a href="/privacy/">Privacy policy</a> <button>Accept</button></div>
<div id="content"><p>Minutes of the annual general meeting</p></div></body>`,
			[]string{"Minutes of the annual general meeting"}},
		{"a skip link in another language",
			`<a href="#main">Zum Inhalt springen</a><main id="main"><p>Protokoll der Sitzung</p></main>`,
			[]string{"Protokoll der Sitzung"}},
		{"a banner of links goes, a footer goes, an article's own header and footer stay",
			`<header class="site-header"><a class="site-title" href="/">Chess Club</a><a href="/about/">About</a></header>
<article><header><h1>AGM minutes</h1><p>Posted by <a href="/author/sec/">the secretary</a></p></header>
<p>The AGM was held on 4 September 2025.</p><footer>Tags: <a href="/t/agm">agm</a></footer></article>
<footer class="site-footer"><p>Minutes of the chess club, kept since 1974.</p></footer>`,
			[]string{"AGM minutes", "", "Posted by the secretary", "", "The AGM was held on 4 September 2025.", "", "Tags: agm"}},
		{"generator credits outside the root, with their links",
			`<main><p>Minutes of the steering call</p></main>
<div class="credits">Powered by <a href="https://jekyllrb.com">Jekyll</a> &amp; <a href="https://mademistakes.com/">Minimal Mistakes</a>.</div>
<p>Contents © 2019 <a href="mailto:sec@example.org">The Secretary</a> - Powered by <a href="https://getnikola.com" rel="nofollow">Nikola</a></p>
<div>Proudly powered by Pelican</div>`,
			[]string{"Minutes of the steering call"}},
		{"a credit inside the root goes only when it opens a short block with a link",
			`<main><p>The new shed, built with <a href="/grants/">council funds</a>, was opened.</p><p>Built with <a href="https://getnikola.com">Nikola</a></p></main>`,
			[]string{"The new shed, built with council funds, was opened."}},
		{"outside the root, menus go and sentences with a link stay",
			`<div id="top"><a href="/">Home</a> | <a href="/minutes/">Minutes</a> | <a href="/contact/">Contact</a></div>
<p>Approved at the next meeting; see <a href="/minutes/2019-02.html">the February minutes</a>.</p>
<main><ul><li><a href="https://example.org/slides1.pdf">Slides 1</a></li><li><a href="https://example.org/slides2.pdf">Slides 2</a></li></ul></main>`,
			[]string{"Approved at the next meeting; see the February minutes.", "", "Slides 1", "Slides 2"}},
		{"links within the page are no menu (scribe.perl's summaries)",
			`<div class="meeting"><p>Resolutions, as recorded below, were taken by consensus of those present.</p></div>
<h2>Summary of resolutions</h2><ol><li><a href="#resolution01">drop optional permissions</a></li><li><a href="#resolution02">prefix all names</a></li></ol>`,
			[]string{"Resolutions, as recorded below, were taken by consensus of those present.", "", "Summary of resolutions", "", "1. drop optional permissions", "2. prefix all names"}},
		{"no landmark: the menu column of a layout table goes",
			`<table><tr><td class="side"><a href="/">Home</a><br><a href="/minutes/">Minutes</a><br><a href="/links/">Links</a></td>
<td><p>The meeting was called to order at 7 p.m. by the president, with eight members present.</p><p>The minutes of the last meeting, as amended, were approved.</p></td></tr></table>`,
			[]string{"The meeting was called to order at 7 p.m. by the president, with eight members present.", "", "The minutes of the last meeting, as amended, were approved."}},
		{"menus by name go, not the body nor the wrapper of the root",
			`<body class="nav-fixed"><div id="layoutSidenav"><div id="layoutSidenav_nav"><a href="/a">Users</a> <a href="/b">Keys</a></div>
<div id="layoutSidenav_content" class="page-navbar"><p class="breadcrumbs">You are here: Minutes</p><main><p>Minutes of the board</p></main></div></div></body>`,
			[]string{"Minutes of the board"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, texts(readHTMLString(t, tt.page))); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHTMLQuartoProvenance checks that the lines of the Quarto page keep
// their source lines once its chrome is dropped.
func TestHTMLQuartoProvenance(t *testing.T) {
	wantProvenance(t, "Quarto page", quartoPage, readHTMLString(t, quartoPage))
}

func TestHTMLNoContent(t *testing.T) {
	tests := []struct {
		name string
		page string
		want error
	}{
		{"only navigation", `<nav><a href="/">Home</a> <a href="/minutes/">Minutes</a></nav>`, ErrOnlyChrome},
		{"only a banner and a footer", `<body class="nav-fixed"><header><a href="/">Club</a> <a href="/about/">About</a></header><footer>© 2024 The Club</footer></body>`, ErrOnlyChrome},
		{"a frameset, no body", `<html><frameset><frame src="minutes.html"><noframes><p>Minutes</p></noframes></frameset></html>`, ErrNoText},
		{"nothing shown", `<html><head><title>Minutes</title></head><body><script>var x = "minutes";</script><img src="scan.png" alt="Minutes"></body></html>`, ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read([]byte(tt.page))
			if !errors.Is(err, tt.want) {
				t.Errorf("Read = %v, %v; want the error %q", doc, err, tt.want)
			}
		})
	}
}

// TestHTMLTooDeepForATree checks a page nested deeper than the tree's
// parser follows: it is read by the stream's own rules (<nav> goes, a
// class naming a menu does not).
func TestHTMLTooDeepForATree(t *testing.T) {
	page := `<nav><a href="/">Home</a></nav><div class="menu">Minutes of the board</div>` +
		strings.Repeat("<div>", 600) + "deep" + strings.Repeat("</div>", 600)
	if selectContent(page) != nil {
		t.Fatal("the page has a tree")
	}
	if diff := cmp.Diff([]string{"Minutes of the board", "deep"}, texts(readHTMLString(t, page))); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

func TestAnnotate(t *testing.T) {
	page := "<p class=x>a<BR/>b</p><!-- <div> --><script>var s = '<i>';</script><IMG\nsrc=y>"
	got, n := annotate(page)
	want := `<p data-minutes-tag="0" class=x>a<BR data-minutes-tag="1"/>b</p><!-- <div> --><script data-minutes-tag="2">var s = '<i>';</script><IMG data-minutes-tag="3"` + "\nsrc=y>"
	if got != want || n != 4 {
		t.Errorf("annotate = %q, %d\nwant       %q, 4", got, n, want)
	}
}
