package serve

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAnalystQuestionsInBrowser answers, in a real browser and with the
// web view alone, the questions a new user brings (issue 16):
//   - every meeting X attended;
//   - open actions of body Y, by owner;
//   - which organisations attended most in 2018;
//   - where 'white paper' was discussed.
//
// Each starts from the home page and uses only the forms and links a
// person sees.
func TestAnalystQuestionsInBrowser(t *testing.T) {
	b := newBrowser(t)
	s, _ := testServer(t)
	site := httptest.NewServer(s)
	defer site.Close()

	t.Run("every meeting Gorazd Božič attended", func(t *testing.T) {
		b.do("search for the person and open their page",
			chromedp.Navigate(site.URL+"/"),
			chromedp.SendKeys(chromedp.CSS(`main input[name=q]`), "bozic"),
			chromedp.Submit(chromedp.CSS(`main input[name=q]`)),
			chromedp.WaitVisible(chromedp.CSS(`#people ol.hits a`)),
			chromedp.Click(chromedp.CSS(`#people ol.hits a`)),
			chromedp.WaitVisible(chromedp.Search(`//h2[text()="Meetings"]`)))
		b.screenshot("q1-person.png")
		page := b.text("main")
		for _, want := range []string{"3 meetings listed", "Minutes of the 17th TF-CSIRT meeting", "18th TF-CSIRT meeting", "CSAF TC meeting 12"} {
			if !strings.Contains(page, want) {
				t.Errorf("the person's page lacks %q:\n%s", want, page)
			}
		}
	})

	t.Run("open actions of OASIS CSAF TC by owner", func(t *testing.T) {
		b.do("choose the body on the tracker and sort by owner",
			chromedp.Navigate(site.URL+"/"),
			chromedp.Click(chromedp.Search(`//nav/a[text()="Actions"]`)),
			chromedp.WaitVisible(chromedp.CSS(`select[name=body]`)),
			chromedp.SetValue(chromedp.CSS(`select[name=body]`), "OASIS CSAF TC"),
			chromedp.Submit(chromedp.CSS(`select[name=body]`)),
			chromedp.WaitVisible(chromedp.CSS(`p.count`)),
			chromedp.Click(chromedp.Search(`//th/a[starts-with(text(), "Owner")]`)),
			chromedp.WaitVisible(chromedp.CSS(`p.count`)))
		b.screenshot("q2-actions.png")
		count, table := b.text("p.count"), b.text("table")
		if !strings.Contains(count, "1 action still open") || !strings.Contains(table, "Omar Khan") || !strings.Contains(table, "12-02") ||
			strings.Contains(table, "16-04") || strings.Contains(table, "Jane Doe") {
			t.Errorf("open actions of the body:\n%s\n%s", count, table)
		}
	})

	t.Run("organisations that attended most in 2018", func(t *testing.T) {
		b.do("choose 2018 on the organisations and sort by meetings, most first",
			chromedp.Navigate(site.URL+"/organisations"),
			chromedp.SetValue(chromedp.CSS(`select[name=year]`), "2018"),
			chromedp.Submit(chromedp.CSS(`select[name=year]`)),
			chromedp.WaitVisible(chromedp.CSS(`p.count`)),
			chromedp.Click(chromedp.Search(`//th/a[starts-with(text(), "Meetings")]`)),
			chromedp.WaitVisible(chromedp.CSS(`p.count`)),
			chromedp.Click(chromedp.Search(`//th/a[starts-with(text(), "Meetings")]`)),
			chromedp.WaitVisible(chromedp.CSS(`p.count`)))
		b.screenshot("q3-organisations.png")
		first := b.text("tbody tr")
		if count := b.text("p.count"); !strings.Contains(count, "3 organisations") || !strings.HasPrefix(strings.TrimSpace(first), "Cisco\t2") {
			t.Errorf("2018's organisations by meetings: %s; first row %q", count, first)
		}
	})

	t.Run("where was 'white paper' discussed", func(t *testing.T) {
		b.do("search for the phrase and open the item",
			chromedp.Navigate(site.URL+"/"),
			chromedp.SendKeys(chromedp.CSS(`main input[name=q]`), `"white paper"`),
			chromedp.Submit(chromedp.CSS(`main input[name=q]`)),
			chromedp.WaitVisible(chromedp.CSS(`#items ol.hits a`)))
		b.screenshot("q4-search.png")
		results := b.text("main")
		for _, want := range []string{"Agenda items (1)", "Roadmap", "CSAF TC meeting 12", "Actions (2)"} {
			if !strings.Contains(results, want) {
				t.Errorf("the results lack %q:\n%s", want, results)
			}
		}
		b.do("open the item", chromedp.Click(chromedp.CSS(`#items ol.hits a`)), chromedp.WaitVisible(chromedp.CSS(`section[id^=item-]`)))
		loc, err := chromedp.Run(b.ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(loc, "/meetings/3#item-") || !strings.Contains(b.text(`h1`), "CSAF TC meeting 12") {
			t.Errorf("the item link led to %s", loc)
		}
	})
}
