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

// TestInBrowser drives a real headless browser through the site as a
// person would: search for a person, open the meeting, follow the link to
// the person's page, and check what is shown. It saves a screenshot of
// each page in the test's artifact directory (go test -artifacts).
//
// CI installs Chromium (.ci/run), so there the test always runs; on a
// machine without a browser it says so and skips, unless
// MINUTES_REQUIRE_BROWSER is set, which makes a missing browser a failure.
func TestInBrowser(t *testing.T) {
	browser := findChromium()
	if browser == "" {
		if os.Getenv("MINUTES_REQUIRE_BROWSER") != "" {
			t.Fatal("no Chromium found, and MINUTES_REQUIRE_BROWSER is set")
		}
		t.Skip("no Chromium on this machine (apt-get install chromium); CI installs it and runs this test")
	}
	s, _ := testServer(t)
	site := httptest.NewServer(s)
	defer site.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 1200),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	defer cancelTimeout()

	shots := t.ArtifactDir()
	screenshot := func(name string) {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name), png, 0o644); err != nil {
			t.Error(err)
		}
	}
	text := func(sel chromedp.CSS) string {
		s, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("reading %s: %v", sel, err)
		}
		return s
	}
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	step("search for a person",
		chromedp.Navigate(site.URL+"/"),
		chromedp.SendKeys(chromedp.CSS(`main input[name=q]`), "kouril"),
		chromedp.Submit(chromedp.CSS(`main input[name=q]`)),
		chromedp.WaitVisible(chromedp.CSS(`ol.hits`)))
	results := text(`ol.hits`)
	screenshot("1-search.png")

	step("open the meeting", chromedp.Click(chromedp.CSS(`ol.hits a`)), chromedp.WaitVisible(chromedp.CSS(`h1`)))
	meetingTitle, attendance := text(`h1`), text(`main`)
	screenshot("2-meeting.png")

	step("follow to the person", chromedp.Click(chromedp.Search(`//a[text()="Gorazd Božič"]`)), chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)))
	personName, personMeetings := text(`h1`), text(`main`)
	screenshot("3-person.png")

	checks := []struct{ what, text, want string }{
		{"search results", results, "Grid security"},
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
