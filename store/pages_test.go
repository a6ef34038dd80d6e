package store

import (
	"testing"

	"minutes/parse"
)

func TestItemPages(t *testing.T) {
	text := "Minutes\n1. Welcome and apologies\nGorazd welcomed all.\n2. GRID SECURITY and the\nnext generation\nWelcome again"
	pages := []int{1, 1, 1, 2, 2, 3}
	items := []parse.Item{
		{Number: "1", Title: "Welcome and apologies"},
		{Number: "2", Title: "Grid security and the next generation"},
		{Number: "3", Title: "Not in the text"},
		{Number: "4", Title: ""},
	}
	got := itemPages(text, pages, items)
	want := []int{1, 2, 0, 0}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: page %d, want %d", i+1, got[i], want[i])
		}
	}
	if got := itemPages(text, []int{1}, items); got[0] != 0 {
		t.Errorf("pages for other lines than the text's gave page %d", got[0])
	}
}

func TestItemPagesStored(t *testing.T) {
	s, _ := openTemp(t)
	e := entry(meeting17(), "v1")
	e.Text = "1. Welcome and apologies\nGorazd\n7. Grid security"
	e.LinePages = []int{1, 1, 3}
	mustImport(t, s, e, Imported)
	if got := count(t, s.DB(), `SELECT page FROM items WHERE title = 'Grid security'`); got != 3 {
		t.Errorf("Grid security on page %d, want 3", got)
	}
	if got := count(t, s.DB(), `SELECT count(*) FROM documents WHERE original LIKE '/%a/17.txt'`); got != 1 {
		t.Errorf("the original's absolute path is not stored")
	}
}
