package ocr_test

import (
	"context"
	"image"
	"strings"
	"testing"

	"minutes/extract/ocr"
	"minutes/internal/scantest"
)

// TestReaderLimits reads three pages with a (fake) tesseract under each
// limit: --no-ocr, a page limit, given languages, a time limit.
func TestReaderLimits(t *testing.T) {
	runs := scantest.FakeTesseract(t)
	img := image.NewGray(image.Rect(0, 0, 100, 100))
	tests := []struct {
		name    string
		ctx     func() context.Context
		opts    ocr.Options
		read    int
		notRead int
		because string
		langs   string
	}{
		{name: "off", opts: ocr.Options{Off: true}, notRead: 3, because: "--no-ocr"},
		{name: "page limit", opts: ocr.Options{MaxPages: 2}, read: 2, notRead: 1, because: "--ocr-max-pages", langs: "eng"},
		{name: "languages given", opts: ocr.Options{Languages: []string{"fra"}}, read: 3, langs: "fra"},
		{name: "time limit", ctx: func() context.Context {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx
		}, notRead: 3, because: "--timeout"},
	}
	for _, tt := range tests {
		ctx := context.Background()
		if tt.ctx != nil {
			ctx = tt.ctx()
		}
		r := ocr.NewReader(ctx, tt.opts)
		for page := 1; page <= 3; page++ {
			r.ReadPage(page, img, 300)
		}
		rep := r.Report()
		if len(rep.Pages) != tt.read || len(rep.NotRead) != tt.notRead {
			t.Errorf("%s: %d read, %d not, want %d and %d", tt.name, len(rep.Pages), len(rep.NotRead), tt.read, tt.notRead)
		}
		if tt.because != "" && !strings.Contains(r.Warnings()[len(r.Warnings())-1].Message, tt.because) {
			t.Errorf("%s: last warning %q does not say %s", tt.name, r.Warnings()[len(r.Warnings())-1].Message, tt.because)
		}
		if tt.read > 0 && (strings.Join(rep.Languages, "+") != tt.langs || rep.Engine != "tesseract 9.9.9" || rep.Pages[0].Words != 13 || rep.Pages[0].Conf != 91) {
			t.Errorf("%s: report %+v", tt.name, rep)
		}
	}
	if n := runs(); n != 5 {
		t.Errorf("tesseract ran %d times, want 5 (2 pages, then 3)", n)
	}
}
