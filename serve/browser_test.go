package serve

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns the path of a Chromium or Chrome browser, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// A browser is a headless Chromium tab driven by a test.
type browser struct {
	t   *testing.T
	ctx context.Context
}

// newBrowser starts a headless browser for a test. CI installs Chromium
// (.ci/run), so there the browser tests always run; on a machine without a
// browser the test says so and skips, unless MINUTES_REQUIRE_BROWSER is
// set, which makes a missing browser a failure.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := findChromium()
	if path == "" {
		if os.Getenv("MINUTES_REQUIRE_BROWSER") != "" {
			t.Fatal("no Chromium found, and MINUTES_REQUIRE_BROWSER is set")
		}
		t.Skip("no Chromium on this machine (apt-get install chromium); CI installs it and runs this test")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 1200),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	return &browser{t: t, ctx: ctx}
}

// do runs steps, failing the test with what was being done.
func (b *browser) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// text is the text of the first element the selector finds.
func (b *browser) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("reading %s: %v", sel, err)
	}
	return s
}

// screenshot saves the page in the test's artifact directory (go test
// -artifacts).
func (b *browser) screenshot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(b.t.ArtifactDir(), name), png, 0o644); err != nil {
		b.t.Error(err)
	}
}

// TestInBrowser drives a real headless browser through the site as a
// person would: search for a person, open the meeting, follow the link to
// the person's page, and check what is shown.
func TestInBrowser(t *testing.T) {
	b := newBrowser(t)
	s, _ := testServer(t)
	site := httptest.NewServer(s)
	defer site.Close()

	b.do("search for a person",
		chromedp.Navigate(site.URL+"/"),
		chromedp.SendKeys(chromedp.CSS(`main input[name=q]`), "kouril"),
		chromedp.Submit(chromedp.CSS(`main input[name=q]`)),
		chromedp.WaitVisible(chromedp.CSS(`ol.hits`)))
	results := b.text(`main`)
	b.screenshot("1-search.png")

	b.do("open the meeting", chromedp.Click(chromedp.CSS(`ol.hits a`)), chromedp.WaitVisible(chromedp.CSS(`h1`)))
	meetingTitle, attendance := b.text(`h1`), b.text(`main`)
	b.screenshot("2-meeting.png")

	b.do("follow to the person", chromedp.Click(chromedp.Search(`//a[text()="Gorazd Božič"]`)), chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)))
	personName, personMeetings := b.text(`h1`), b.text(`main`)
	b.screenshot("3-person.png")

	checks := []struct{ what, text, want string }{
		{"search results", results, "Grid security"},
		{"search results", results, "People (1)"},
		{"meeting title", meetingTitle, "Minutes of the 17th TF-CSIRT meeting"},
		{"attendance", attendance, "<script>alert(1)</script>"}, // shown as text, not run
		{"person", personName, "Gorazd Božič"},
		{"person's meetings", personMeetings, "18th TF-CSIRT meeting"},
	}
	for _, c := range checks {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s: %q lacks %q", c.what, c.text, c.want)
		}
	}
}
