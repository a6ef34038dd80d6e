package html

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file decides what of a page is content and what is the site's
// chrome around it, by the page's structure. The token stream cannot see
// structure: whether a <header> is the site's banner or an article's
// title block depends on where it stands, and whether a block is a menu
// on how much of its text is links. So the page is also parsed into a
// tree, as a browser builds it (golang.org/x/net/html), and queried with
// goquery; what the tree decides is handed to the token stream, which
// still makes the lines (it alone knows each line's source line).
//
// The tree and the stream name an element by its start tag: before the
// page is parsed, every start tag of the stream gets an attribute holding
// its ordinal (annotate), which the tree's element carries.
//
// The content root is the page's <main> or [role=main] (the largest, when
// there are several), else its <article> or [role=article], else the
// block of densest text as Mozilla's Readability scores it (densest). What
// goes, with all it holds:
//
//   - anywhere: <nav>, <aside>, [role=navigation], [role=complementary],
//     [role=search]; elements whose id or class names navigation ("menu",
//     "navbar", "breadcrumbs"); skip links ("Skip to content"); cookie
//     banners (id or class "cookie…", "consent", "gdpr");
//   - the page's banner — [role=banner], or a <header> outside an
//     article, aside, main, nav or section, or an element named "header"
//     outside the root — when most of its words are links (a logo and a
//     menu). A banner of plain words is the page's title block
//     (scribe.perl puts the meeting's title and date in <header>, Quarto
//     its title and date) and stays, without its menus;
//   - the page's footer — [role=contentinfo], a <footer> outside an
//     article, aside, main, nav or section, an element named "footer",
//     "sidebar" or "aside" outside the root;
//   - a site generator's credit ("Built with Nikola", "Powered by
//     Jekyll", "Desenvolvido com WordPress"): the short block holding it,
//     with its links;
//   - outside the root, a block of two links or more whose words are
//     mostly links: a menu, a list of other posts, tag clouds.
//
// The root and the elements that hold it never go, so a <body
// class="nav-fixed"> (Quarto, Bootstrap) or a wrapper named "page-navbar"
// keeps the page. Inside the root, names of headers, footers and sidebars
// are not judged, credits go only when they open a short block, and
// lists of links stay: a list of links in the minutes is content. Links
// to a place in the page are never counted as links: a table of contents
// is not a menu by its links, and scribe.perl's summaries of resolutions
// link each to its place. Text outside the root that none of these rules
// removes stays: scribe.perl writes the attendees before <main>.
//
// A page nested deeper than the tree's parser follows (512 elements) gets
// no tree; then only the stream's own rules hold (<nav>,
// [role=navigation], hidden elements).

// indexAttr is the attribute annotate adds to every start tag.
const indexAttr = "data-minutes-tag"

// A selection is what the structure of a page says: drop[i] is set when
// the element of the i-th start tag of the stream is chrome, to be left
// out with all it holds.
type selection struct {
	drop []bool
}

// dropped reports whether the element of start tag i is chrome.
func (s *selection) dropped(i int) bool {
	return s != nil && i >= 0 && i < len(s.drop) && s.drop[i]
}

// selectContent parses page into a tree and decides what of it is chrome,
// by the rules of this file's comment. It returns nil when the page
// cannot be parsed into a tree.
func selectContent(page string) *selection {
	if c := choose(page); c != nil {
		return c.sel
	}
	return nil
}

// choose parses page into a tree and decides what is chrome; nil when
// the page cannot be parsed into a tree.
func choose(page string) *chooser {
	annotated, tags := annotate(page)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(annotated))
	if err != nil {
		return nil
	}
	c := &chooser{doc: doc, stats: map[*html.Node]textStats{}, sel: &selection{drop: make([]bool, tags)}}
	c.count(doc.Get(0))
	c.body = doc.Get(0)
	if body := doc.Find("body, frameset").First(); body.Length() > 0 { // a frameset page has no body
		c.body = body.Get(0)
	}
	c.dropLandmarks()
	c.root = c.chooseRoot()
	c.dropNamed()
	c.dropAroundRoot()
	return c
}

// annotate returns page with an attribute indexAttr="N" added to its N-th
// start tag (from 0, in the order the tokenizer reads them), and the
// number of start tags.
func annotate(page string) (string, int) {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	b.Grow(len(page) + len(page)/4)
	n := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			b.Write(raw)
			continue
		}
		end := 1 // the tag's name ends at white space, "/" or ">"
		for end < len(raw) && !strings.ContainsRune(" \t\n\f\r/>", rune(raw[end])) {
			end++
		}
		b.Write(raw[:end])
		b.WriteString(" " + indexAttr + `="`)
		b.WriteString(strconv.Itoa(n))
		b.WriteString(`"`)
		b.Write(raw[end:])
		n++
	}
	return b.String(), n
}

// textStats counts the visible words under a node: all of them, those
// inside links that lead away from the page, and those links. Links to a
// place in the page (a table of contents, scribe.perl's summary of
// resolutions) are not counted: menus lead elsewhere.
type textStats struct {
	words, linkWords, links int
}

// linkDominated reports whether most of the words are links' and there
// are two links or more: a menu, not a sentence with a link in it.
func (s textStats) linkDominated() bool {
	return s.links >= 2 && 2*s.linkWords >= s.words
}

// A chooser holds the tree and what is decided about it.
type chooser struct {
	doc   *goquery.Document
	body  *html.Node
	root  *html.Node
	stats map[*html.Node]textStats
	gone  map[*html.Node]bool // elements dropped, by node
	sel   *selection
}

// count fills c.stats for n and every node under it, and returns n's.
func (c *chooser) count(n *html.Node) textStats {
	var s textStats
	switch n.Type {
	case html.TextNode:
		s.words = len(strings.Fields(n.Data))
		return s
	case html.ElementNode:
		if invisible(n) {
			c.stats[n] = s
			return s
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		cs := c.count(ch)
		s.words += cs.words
		s.linkWords += cs.linkWords
		s.links += cs.links
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A && leavesPage(n) {
		s.linkWords, s.links = s.words, s.links+1
	}
	c.stats[n] = s
	return s
}

// leavesPage reports whether an element is a link to another page.
func leavesPage(n *html.Node) bool {
	href, ok := attrOK(n, "href")
	return ok && !strings.HasPrefix(strings.TrimSpace(href), "#")
}

// invisible reports whether an element shows nothing in a browser.
func invisible(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title,
		atom.Iframe, atom.Object, atom.Svg, atom.Math, atom.Select:
		return true
	}
	return hasAttr(n, "hidden") || parseStyle(attr(n, "style")).hidden
}

// drop marks an element as chrome, unless it is the root, holds it, or
// is the body or the page itself.
func (c *chooser) drop(n *html.Node) {
	if n == nil || n.Type != html.ElementNode || n.DataAtom == atom.Html || n.DataAtom == atom.Body || c.holdsRoot(n) {
		return
	}
	if c.gone == nil {
		c.gone = map[*html.Node]bool{}
	}
	c.gone[n] = true
	if i, err := strconv.Atoi(attr(n, indexAttr)); err == nil && i >= 0 && i < len(c.sel.drop) {
		c.sel.drop[i] = true
	}
}

// holdsRoot reports whether n is the root or an element around it.
func (c *chooser) holdsRoot(n *html.Node) bool {
	for r := c.root; r != nil; r = r.Parent {
		if r == n {
			return true
		}
	}
	return false
}

// isGone reports whether n is dropped or under an element dropped.
func (c *chooser) isGone(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if c.gone[n] {
			return true
		}
	}
	return false
}

// inRoot reports whether n is the root or under it.
func (c *chooser) inRoot(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == c.root {
			return true
		}
	}
	return false
}

// each calls f on every element the selector matches.
func (c *chooser) each(selector string, f func(n *html.Node)) {
	c.doc.Find(selector).Each(func(_ int, s *goquery.Selection) { f(s.Get(0)) })
}

// dropLandmarks drops what is chrome by its element or role wherever it
// stands: navigation, asides, search. It runs before the root is chosen,
// and no root is chosen inside what it drops.
func (c *chooser) dropLandmarks() {
	c.each("nav, aside, [role=navigation], [role=complementary], [role=search]", c.drop)
}

// dropNamed drops, once the root is known, what is chrome by its name
// wherever it stands: elements whose id or class names navigation or a
// cookie banner, and skip links.
func (c *chooser) dropNamed() {
	c.each("[id], [class]", func(n *html.Node) {
		for _, name := range []string{attr(n, "id"), attr(n, "class")} {
			if isNavName(name) || isCookieName(name) {
				c.drop(n)
			}
		}
	})
	c.each(`a[href^="#"]`, func(n *html.Node) {
		if hasNameWord(attr(n, "class")+" "+attr(n, "id"), "skip") || skipLinkText.MatchString(nodeText(n)) {
			c.drop(n)
		}
	})
}

// skipLinkText is the text of a link that lets a keyboard skip the menus.
var skipLinkText = regexp.MustCompile(`(?i)^\s*(skip|jump) (to|over|navigation|nav\b|links|main)|^\s*(aller|passer) (au|directement au) contenu|^\s*zum inhalt|^\s*(saltar|ir) al contenido|^\s*(vai|salta) al contenuto|^\s*(pular|ir) para o conteúdo`)

// chooseRoot returns the content root: the largest <main> or
// [role=main], else the largest <article> or [role=article], else the
// block of densest text; never one inside chrome, never one without
// words.
func (c *chooser) chooseRoot() *html.Node {
	for _, selector := range []string{"main, [role=main]", "article, [role=article]"} {
		var best *html.Node
		c.each(selector, func(n *html.Node) {
			if c.isGone(n) || c.stats[n].words == 0 {
				return
			}
			if best == nil || c.stats[n].words > c.stats[best].words {
				best = n
			}
		})
		if best != nil {
			return best
		}
	}
	return c.densest()
}

// dropAroundRoot drops the chrome that is judged against the root: the
// page's banner and footer, sidebars, credits, and menus outside the
// root.
func (c *chooser) dropAroundRoot() {
	c.each("header, [role=banner], footer, [role=contentinfo], [id], [class]", func(n *html.Node) {
		if c.isGone(n) {
			return
		}
		names := attr(n, "id") + " " + attr(n, "class")
		role := strings.ToLower(strings.TrimSpace(attr(n, "role")))
		outside, pageLevel := !c.inRoot(n), !c.inSection(n)
		switch {
		case role == "contentinfo" || n.DataAtom == atom.Footer && pageLevel ||
			outside && hasNameWord(names, "footer", "sidebar", "aside"):
			c.drop(n)
		case role == "banner" || n.DataAtom == atom.Header && pageLevel ||
			outside && hasNameWord(names, "header", "masthead"):
			if s := c.stats[n]; 2*s.linkWords >= s.words {
				c.drop(n)
			}
		}
	})
	c.dropCredits()
	c.dropMenus(c.body)
}

// inSection reports whether n stands inside an article, aside, main, nav
// or section, where a <header> or <footer> is that section's, not the
// page's banner or footer.
func (c *chooser) inSection(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Article, atom.Aside, atom.Main, atom.Nav, atom.Section:
			return true
		}
		switch strings.ToLower(attr(p, "role")) {
		case "main", "article":
			return true
		}
	}
	return false
}

// dropMenus drops, top down from n, the blocks outside the root whose
// words are mostly links.
func (c *chooser) dropMenus(n *html.Node) {
	if n == c.root {
		return
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode || c.gone[ch] || ch == c.root {
			continue
		}
		if !c.holdsRoot(ch) && c.stats[ch].linkDominated() {
			c.drop(ch)
			continue
		}
		c.dropMenus(ch)
	}
}

// creditText is how a site generator signs the pages it builds.
var creditText = regexp.MustCompile(`(?i)\b(proudly powered by|powered by|built with|built using|generated by|generated with|made with|created with|desenvolvido (com|por|pelo)|propulsé par|généré (par|avec)|erstellt mit|bereitgestellt von|creado con|hecho con|generado (con|por)|realizzato con|generato (con|da))\b`)

// dropCredits drops the short block holding a site generator's credit,
// with the link to the generator: outside the root, a block of at most
// 25 words that holds the credit and a link, or of at most 8 that opens
// with it ("Powered by Hugo"); inside the root, a block of at most 12
// words that opens with the credit and holds a link.
func (c *chooser) dropCredits() {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (invisible(n) || c.gone[n]) {
			return
		}
		if n.Type == html.TextNode {
			// A credit's block holds 25 words at most: longer text is no
			// credit, and the search is costly.
			if fewWords(n.Data, 25) && mayBeCredit(n.Data) && creditText.MatchString(n.Data) {
				c.dropCredit(n)
			}
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(c.body)
}

// creditStems are words of which every creditText holds one: a cheap
// test before the regular expression.
var creditStems = []string{"powered", "built", "generated", "made", "created", "desenvolvido",
	"propulsé", "généré", "erstellt", "bereitgestellt", "creado", "hecho", "generado", "realizzato", "generato"}

// mayBeCredit reports whether s holds one of the creditStems.
func mayBeCredit(s string) bool {
	s = strings.ToLower(s)
	for _, stem := range creditStems {
		if strings.Contains(s, stem) {
			return true
		}
	}
	return false
}

// fewWords reports whether s holds at most n words.
func fewWords(s string, n int) bool {
	words, inWord := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f'
		if !space && !inWord {
			if words++; words > n {
				return false
			}
		}
		inWord = !space
	}
	return true
}

// dropCredit drops the block around t, a text node holding a credit,
// when the block is a credit by the rules of dropCredits.
func (c *chooser) dropCredit(t *html.Node) {
	block := t.Parent
	for block != nil && block.Type == html.ElementNode && isInline(block) {
		block = block.Parent
	}
	if block == nil || block.Type != html.ElementNode {
		return
	}
	s := c.stats[block]
	loc := creditText.FindStringIndex(nodeText(block))
	opens := loc != nil && loc[0] == 0
	switch {
	case c.inRoot(block):
		if opens && s.words <= 12 && s.links > 0 {
			c.drop(block)
		}
	case s.words <= 25 && s.links > 0, opens && s.words <= 8:
		c.drop(block)
	}
}

// isInline reports whether an element flows inside a line.
func isInline(n *html.Node) bool {
	return tags[n.DataAtom].brk == noBreak // unknown elements (Word's o:p) too
}

// densest returns the block of densest text, scored as Mozilla's
// Readability scores it: each paragraph of 25 characters or more (a
// <p>, <pre>, <td>, <blockquote>, <li>, <dd>, or a block holding text of
// its own) scores 1, plus its commas, plus one for each 100 characters (3
// at most); its parent gains the score, its grandparent half of it, and
// the three elements above a sixth, a ninth and a twelfth. Each element
// starts from a bonus for what it is (a <div> 5, a list -3, a heading
// -5), and its total counts for the share of its words that are not
// links. It returns the body when no paragraph scores.
func (c *chooser) densest() *html.Node {
	scores := map[*html.Node]float64{}
	var order []*html.Node // the scored elements, in the order first scored
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode || invisible(ch) || c.gone[ch] {
				continue
			}
			if isParagraph(ch) {
				text := nodeText(ch)
				if len(text) >= 25 {
					score := 1 + float64(strings.Count(text, ",")) + float64(min(len(text)/100, 3))
					level := 0
					for a := ch.Parent; a != nil && a.Type == html.ElementNode && level < 5; a = a.Parent {
						if _, ok := scores[a]; !ok {
							scores[a] = initialScore(a)
							order = append(order, a)
						}
						scores[a] += score / [...]float64{1, 2, 6, 9, 12}[level]
						level++
					}
				}
			}
			walk(ch)
		}
	}
	walk(c.body)
	best, bestScore := c.body, 0.0
	for _, n := range order {
		s := c.stats[n]
		if s.words == 0 || n.DataAtom == atom.Html {
			continue
		}
		if score := scores[n] * (1 - float64(s.linkWords)/float64(s.words)); score > bestScore {
			best, bestScore = n, score
		}
	}
	return best
}

// isParagraph reports whether an element is a paragraph for densest: a
// paragraph-like element, or a block whose own text nodes hold words.
func isParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Li, atom.Dd:
		return true
	}
	if isInline(n) {
		return false
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.TextNode && strings.TrimSpace(ch.Data) != "" {
			return true
		}
	}
	return false
}

// initialScore is Readability's bonus for what an element is.
func initialScore(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// nodeText returns the visible text under n, its white space collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case n.Type == html.ElementNode && invisible(n):
		default:
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				walk(ch)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// hasAttr reports whether an element has the attribute.
func hasAttr(n *html.Node, key string) bool {
	_, ok := attrOK(n, key)
	return ok
}

// attrOK returns the value of an element's attribute and whether it has
// it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// nameWords splits an id or class attribute into its words: "main-menu
// top_navbar" is main, menu, top, navbar.
func nameWords(v string) []string {
	return strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// hasNameWord reports whether an id or class attribute holds one of the
// words.
func hasNameWord(v string, words ...string) bool {
	for _, w := range nameWords(v) {
		for _, want := range words {
			if w == want {
				return true
			}
		}
	}
	return false
}

// isCookieName reports whether an id or class attribute names a cookie
// banner: a word holding "cookie", or "consent" or "gdpr".
func isCookieName(v string) bool {
	for _, w := range nameWords(v) {
		if strings.Contains(w, "cookie") || w == "consent" || w == "gdpr" {
			return true
		}
	}
	return false
}
