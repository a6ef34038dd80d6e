package batch

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"minutes/store"
)

// TestFilterPicksFilesByGlob walks one archive with --include and
// --exclude patterns: each is matched against the path under the PATH
// argument and against the base name, "**" at any depth, and an excluded
// folder is not walked. Files left out are counted.
func TestFilterPicksFilesByGlob(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"README.md", "2019/board-01.txt", "2019/drafts/board-02.txt", "2019/drafts/old/board-00.txt",
		"2020/board-03.pdf", "2020/board-03.html", "notes/links.md"} {
		write(t, filepath.Join(dir, name), []byte("Minutes of the board\n"))
	}
	tests := []struct {
		name             string
		filter           Filter
		want             string
		excluded, pruned int
	}{
		{"no filter", Filter{}, "2019/board-01.txt 2019/drafts/board-02.txt 2019/drafts/old/board-00.txt 2020/board-03.html 2020/board-03.pdf README.md notes/links.md", 0, 0},
		{"base name at any depth", Filter{Include: []string{"*.txt"}}, "2019/board-01.txt 2019/drafts/board-02.txt 2019/drafts/old/board-00.txt", 4, 0},
		{"a folder and all below", Filter{Include: []string{"2019/**"}}, "2019/board-01.txt 2019/drafts/board-02.txt 2019/drafts/old/board-00.txt", 4, 0},
		{"one level only", Filter{Include: []string{"2019/*"}}, "2019/board-01.txt", 6, 0},
		{"braces", Filter{Include: []string{"{2019,2020}/board-0[13].*"}}, "2019/board-01.txt 2020/board-03.html 2020/board-03.pdf", 4, 0},
		{"several includes", Filter{Include: []string{"*.pdf", "README.md"}}, "2020/board-03.pdf README.md", 5, 0},
		{"an excluded folder is not walked", Filter{Exclude: []string{"drafts"}}, "2019/board-01.txt 2020/board-03.html 2020/board-03.pdf README.md notes/links.md", 0, 1},
		{"files of every folder named so", Filter{Exclude: []string{"**/drafts/**"}}, "2019/board-01.txt 2020/board-03.html 2020/board-03.pdf README.md notes/links.md", 0, 1},
		{"several excludes", Filter{Exclude: []string{"README*", "notes"}}, "2019/board-01.txt 2019/drafts/board-02.txt 2019/drafts/old/board-00.txt 2020/board-03.html 2020/board-03.pdf", 1, 1},
		{"include and exclude", Filter{Include: []string{"**/*.txt"}, Exclude: []string{"old"}}, "2019/board-01.txt 2019/drafts/board-02.txt", 4, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.filter.Validate(); err != nil {
				t.Fatal(err)
			}
			w := tt.filter.Walk([]string{dir})
			var got []string
			for _, f := range w.Files {
				rel, _ := filepath.Rel(dir, f.Path)
				got = append(got, filepath.ToSlash(rel))
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("files %v\nwant  %s", got, tt.want)
			}
			if w.Excluded != tt.excluded || w.Pruned != tt.pruned {
				t.Errorf("%d files and %d folders left out, want %d and %d", w.Excluded, w.Pruned, tt.excluded, tt.pruned)
			}
		})
	}
}

// TestFilterMatchesNamedFilesByBaseName names files on the command line:
// their path relative to themselves is their base name.
func TestFilterMatchesNamedFilesByBaseName(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "sub", "minutes.txt"), filepath.Join(dir, "README.md")
	write(t, a, []byte("Minutes\n"))
	write(t, b, []byte("# x\n"))
	w := Filter{Exclude: []string{"README.*"}}.Walk([]string{a, b})
	if len(w.Files) != 1 || w.Files[0].Path != a || w.Excluded != 1 {
		t.Errorf("files %v, %d excluded; want only %s", w.Files, w.Excluded, a)
	}
}

func TestFilterRejectsBadPatterns(t *testing.T) {
	for _, p := range []string{"[a-", "{a,b"} {
		if err := (Filter{Exclude: []string{p}}).Validate(); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%q: %v, want an error naming the pattern", p, err)
		}
	}
	if err := (Filter{Include: []string{"**/*.{pdf,txt}"}, Exclude: []string{"draft?"}}).Validate(); err != nil {
		t.Error(err)
	}
}

// TestFilesThatAreNotMinutesAreSkipped imports minutes beside a README and
// a licence: the two are skipped with their reasons, counted, and not
// stored; a second import skips them again (they were not lost), and one
// with All imports them.
func TestFilesThatAreNotMinutesAreSkipped(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "2006.txt"), sample(t, "tf-csirt-17-2006-amsterdam.txt"))
	write(t, filepath.Join(dir, "README.md"), []byte("# Archive\n\nThe minutes of the board, one file per meeting.\n\n## Usage\n\nOpen a file.\n\n## License\n\nCC-BY\n"))
	write(t, filepath.Join(dir, "LICENSE"), []byte("MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n"))
	s, err := store.Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	documents := func() int {
		var n int
		s.DB().QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
		return n
	}
	run := func(opts Options) (*Summary, map[string]Result) {
		results := map[string]Result{}
		im := &Importer{Store: s, Options: opts, OnResult: func(r Result) { results[filepath.Base(r.Path)] = r }}
		sum, err := im.Run(context.Background(), WalkPaths([]string{dir}))
		if err != nil {
			t.Fatal(err)
		}
		return sum, results
	}

	sum, results := run(Options{Jobs: 2})
	if sum.Outcomes[store.Imported] != 1 || sum.Outcomes[Skipped] != 2 || sum.Failed() || len(sum.NotMinutes) != 2 {
		t.Errorf("outcomes %v, want 1 imported and 2 skipped", sum.Outcomes)
	}
	for name, readsAs := range map[string]string{"README.md": "a README", "LICENSE": "a licence"} {
		r := results[name]
		if r.Outcome != Skipped || !strings.HasPrefix(r.Why, "not minutes: no date") || !strings.HasSuffix(r.Why, "it reads as "+readsAs) || r.Record != nil || r.Err != nil {
			t.Errorf("%s: %s %q", name, r.Outcome, r.Why)
		}
	}
	if n := documents(); n != 1 {
		t.Errorf("%d documents stored, want only the minutes", n)
	}
	var out strings.Builder
	sum.Write(&out)
	for _, want := range []string{"1 imported, 0 unchanged, 0 replaced, 2 skipped (not minutes), 0 failed", "skipped as not minutes (2; --all imports them):",
		filepath.Join(dir, "LICENSE") + ": not minutes: no date", filepath.Join(dir, "README.md") + ": not minutes: no date"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}

	if sum, _ := run(Options{Jobs: 2}); sum.Outcomes[store.Unchanged] != 1 || sum.Outcomes[Skipped] != 2 {
		t.Errorf("second import: %v, want the minutes unchanged and the two skipped again", sum.Outcomes)
	}
	if sum, _ := run(Options{Jobs: 2, All: true}); sum.Outcomes[store.Unchanged] != 1 || sum.Outcomes[store.Imported] != 2 || documents() != 3 {
		t.Errorf("import with All: %v, %d documents; want the two imported", sum.Outcomes, documents())
	}
}
