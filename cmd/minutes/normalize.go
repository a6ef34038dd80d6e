package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/extract"
	"minutes/normalize"
)

func init() {
	register(&command{
		name:    "normalize",
		usage:   "normalize [--explain] [--no-ocr] [--ocr-lang L] FILE...",
		summary: "Print each file's repaired text; with --explain, also what each repair pass changed.",
		run:     runNormalize,
	})
}

// explainDiffLines is how many removed and added lines --explain shows for
// each pass before it only counts the rest.
const explainDiffLines = 12

// explainLineWidth is where --explain cuts long lines of its diffs.
const explainLineWidth = 100

func runNormalize(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(commands["normalize"], stderr)
	explain := fs.Bool("explain", false, "before the text, list each pass with what it changed and the lines it removed (-) and added (+)")
	ocrOptions := ocrFlags(fs)
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return usageStatus(err)
	}
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	status := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", &document.Error{Path: path, Err: err})
			status = 1
			continue
		}
		raw, err := extract.ReadContext(context.Background(), path, data, extract.Options{OCR: ocrOptions()})
		if err != nil {
			fmt.Fprintf(stderr, "minutes: %v\n", err)
			status = 1
			continue
		}
		if len(files) > 1 {
			fmt.Fprintf(out, "==> %s <==\n", path)
		}
		var repaired *document.Document
		if *explain {
			repaired = explainPasses(out, raw)
		} else {
			repaired, _ = normalize.Run(raw)
		}
		writeText(out, repaired)
		out.Flush() // before the next file's errors
	}
	return status
}

// writeText writes the document's Text and a newline, a line at a time:
// a long document's text is not built as one string first.
func writeText(w *bufio.Writer, doc *document.Document) {
	for i, l := range doc.Lines {
		if i > 0 {
			w.WriteByte('\n')
		}
		w.WriteString(l.Text)
	}
	w.WriteByte('\n')
}

// explainPasses runs the passes one at a time and says what each changed:
// its warnings and a short diff of its lines. It returns the repaired
// document, the same as normalize.Run gives.
func explainPasses(w io.Writer, doc *document.Document) *document.Document {
	for _, x := range doc.Warnings {
		fmt.Fprintf(w, "# reader: %s\n", x)
	}
	for _, p := range normalize.Passes {
		out, warnings := normalize.RunPasses(doc, []normalize.Pass{p})
		changed := warnings[len(doc.Warnings):]
		before, after := lineTexts(doc), lineTexts(out)
		fmt.Fprintf(w, "# %s: %s\n", p.Name, p.About)
		if len(changed) == 0 && equalLines(before, after) {
			fmt.Fprintln(w, "#   no change")
		}
		for _, x := range changed {
			fmt.Fprintf(w, "#   %s\n", x)
		}
		writeDiff(w, lineDiff(before, after))
		doc = out
	}
	fmt.Fprintln(w)
	return doc
}

func lineTexts(doc *document.Document) []string {
	texts := make([]string, len(doc.Lines))
	for i, l := range doc.Lines {
		texts[i] = l.Text
	}
	return texts
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// writeDiff writes the first explainDiffLines edits, then how many more.
func writeDiff(w io.Writer, edits []edit) {
	for i, e := range edits {
		if i == explainDiffLines {
			fmt.Fprintf(w, "#     … %s\n", plural(len(edits)-i, "more changed line"))
			return
		}
		fmt.Fprintf(w, "#     %c%s\n", e.op, clip(visible(e.text), explainLineWidth))
	}
}

// visible shows the characters a reader cannot see — spaces other than
// the plain one, tabs, format and control characters — as <U+00A0>, so
// that a change to them shows in a diff.
func visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r != ' ' && (unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r)) {
			fmt.Fprintf(&b, "<U+%04X>", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// clip cuts s to n characters, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)
	return string(runes[:n-1]) + "…"
}

// An edit is one line of a diff: '-' removed, '+' added.
type edit struct {
	op   byte
	text string
}

// lineDiff returns the lines removed from a and added in b, in order,
// from a shortest edit script (Myers' greedy algorithm: time in proportion
// to the inputs' length times the number of edits, and memory to the
// square of the number of edits; passes change few lines).
func lineDiff(a, b []string) []edit {
	// Common ends are not edits; trimming them keeps the search small.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	n, m := len(a), len(b)
	if n+m == 0 {
		return nil
	}
	// frontier[k] is the furthest x reached on diagonal k = x-y; trace
	// keeps the frontier before each round d, for diagonals -d..d.
	frontier := map[int]int{1: 0}
	var trace []map[int]int
	for d := 0; d <= n+m; d++ {
		saved := make(map[int]int, 2*d+2)
		for k := -d - 1; k <= d+1; k++ {
			if x, ok := frontier[k]; ok {
				saved[k] = x
			}
		}
		trace = append(trace, saved)
		for k := -d; k <= d; k += 2 {
			x := nextX(frontier, k, d)
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			frontier[k] = x
			if x >= n && y >= m {
				return backtrack(trace, a, b)
			}
		}
	}
	return nil
}

// nextX is where round d of lineDiff starts on diagonal k: one down from
// diagonal k+1 (an insertion) or one right from k-1 (a deletion),
// whichever reached further.
func nextX(frontier map[int]int, k, d int) int {
	if k == -d || (k != d && frontier[k-1] < frontier[k+1]) {
		return frontier[k+1]
	}
	return frontier[k-1] + 1
}

// backtrack walks the saved frontiers of lineDiff back from the end and
// returns the edits in order, a run of changes as its removed lines then
// its added lines.
func backtrack(trace []map[int]int, a, b []string) []edit {
	x, y := len(a), len(b)
	var rev []edit
	for d := len(trace) - 1; d > 0; d-- {
		k := x - y
		prevK := k - 1
		if k == -d || (k != d && trace[d][k-1] < trace[d][k+1]) {
			prevK = k + 1
		}
		prevX := trace[d][prevK]
		prevY := prevX - prevK
		if x > prevX && y > prevY {
			rev = append(rev, edit{}) // common lines: the end of a run
		}
		for x > prevX && y > prevY {
			x, y = x-1, y-1
		}
		if x == prevX {
			rev = append(rev, edit{'+', b[prevY]})
		} else {
			rev = append(rev, edit{'-', a[prevX]})
		}
		x, y = prevX, prevY
	}
	edits := make([]edit, len(rev))
	for i := range rev {
		edits[i] = rev[len(rev)-1-i]
	}
	return groupEdits(edits)
}

// groupEdits orders each run of changes (between zero edits, which mark
// common lines) as its removed lines, then its added lines, as people
// read diffs, and drops the markers.
func groupEdits(edits []edit) []edit {
	out := make([]edit, 0, len(edits))
	for i := 0; i < len(edits); {
		j := i
		for j < len(edits) && edits[j].op != 0 {
			j++
		}
		for _, op := range []byte{'-', '+'} {
			for _, e := range edits[i:j] {
				if e.op == op {
					out = append(out, e)
				}
			}
		}
		i = j + 1
	}
	return out
}
