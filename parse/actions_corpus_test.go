package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"minutes/extract"
	"minutes/normalize"
)

// Whole documents of the shared corpus (../shared/corpus, read in place),
// through the reader, normalize and the item splitter. Those stages are
// improved by others at the same time, so these tests check what does
// not depend on where items begin: the actions and decisions found, their
// ids, owners, texts, statuses, kinds and votes.

// corpusSections reads a corpus file into sections, or skips the test when
// the shared corpus is not there.
func corpusSections(t *testing.T, rel string) []section {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "corpus", rel)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	doc, err := extract.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", rel, err)
	}
	doc, _ = normalize.Run(doc)
	return splitItems(lexLines(doc.Lines))
}

// sampleSections reads one of the repository's own samples.
func sampleSections(t *testing.T, name string) []section {
	t.Helper()
	doc, err := extract.ReadFile(filepath.Join("..", "testdata", "samples", name))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	doc, _ = normalize.Run(doc)
	return splitItems(lexLines(doc.Lines))
}

// withoutItems blanks the items of actions, which depend on the splitter.
func withoutItems(as []Action) []Action {
	out := make([]Action, len(as))
	for i, a := range as {
		a.Item = ""
		out[i] = a
	}
	return out
}

func TestActionsSample2006(t *testing.T) {
	got := withoutItems(findActions(sampleSections(t, "tf-csirt-17-2006-amsterdam.txt"), nil))
	want := map[String]String{ // id → status; "" is an older action with no word
		"16-01": statusDone, "16-02": statusSuperseded, "16-03": statusDone, "16-04": statusOngoing,
		"16-05": statusDone, "16-06": statusDone, "15-01": statusDone, "17.01": statusOpen, "17.02": statusOpen,
	}
	if len(got) != len(want) {
		t.Fatalf("%d actions, want %d (the closing table repeats three): %+v", len(got), len(want), got)
	}
	for _, a := range got {
		st, ok := want[a.ID]
		if !ok || a.Status != st || a.Owner == "" || !strings.HasPrefix(string(a.Text), "to ") {
			t.Errorf("action %+v: want id in the document, status %q, an owner, a text starting with \"to\"", a, st)
		}
	}
}

// trackerLine is a line of the OpenWIS action tracker.
var trackerLine = regexp.MustCompile(`(?m)^- \w{3} (ACT-OWIS-\w+-\d+-\d+)`)

func TestActionsTracker(t *testing.T) {
	rel := filepath.Join("md", "openwis-action-tracker-2016-09-13.md")
	sections := corpusSections(t, rel)
	raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", rel))
	if err != nil {
		t.Fatal(err)
	}
	closedAt := strings.Index(string(raw), "Actions closed")
	wantStatus := map[String]String{}
	for _, m := range trackerLine.FindAllStringSubmatchIndex(string(raw), -1) {
		st := statusOpen
		if m[0] > closedAt {
			st = statusDone
		}
		wantStatus[String(raw[m[2]:m[3]])] = st
	}
	got := findActions(sections, nil)
	if len(got) != len(wantStatus) {
		t.Errorf("%d actions, the file has %d tracker lines", len(got), len(wantStatus))
	}
	for _, a := range got {
		if st, ok := wantStatus[a.ID]; !ok || a.Status != st || a.Owner == "" || a.Text == "" || strings.HasSuffix(string(a.Text), "OWIS-ACT") {
			t.Errorf("action %+v: want a tracker id with status %q, an owner and a text without the tag", a, st)
		}
	}
}

func TestActionsCorpus(t *testing.T) {
	tests := []struct {
		file string
		want []Action // found among the document's actions (items ignored)
		n    int      // how many actions the document has
	}{
		{"md/oasis-csaf-tc-minutes-2018-05-30-meeting-16.md", []Action{
			{Owner: "Eric", Text: "will take a look at the STIX specification and will suggest changes to the product representation in the JSON schema", Status: statusOpen},
			{Owner: "Mike Gorski", Text: "volunteered to update or create a CSAF 2.0 parser based on the JSON schema", Status: statusOpen},
			{Owner: "Omar", Text: "will create Jira issues to track all of these items and will send the links to the TC email list", Status: statusOpen},
		}, 5},
		{"md/enisa-rsit-wg-2019-01-23-tallinn.md", []Action{
			{Owner: "ENISA", Text: "Prepare minutes", Status: statusDone},
			{Owner: "CERT-Bund", Text: "Create a new pull request for Malware DGA Domain so that WG can discuss it before Tallinn meeting", Status: statusDone},
			{Owner: "ENISA", Text: "Prepare minutes", Status: statusOpen}, // the same task set again
			{Owner: "ALL WG", Text: "Refer RSIT in the annual report", Status: statusOpen},
		}, -1},
		{"md/enisa-rsit-wg-2018-09-26-vilnius.md", []Action{
			{Owner: "CIRCL", Text: "to provide the JSON and scheme", Status: statusDone},
			{Owner: "CERT-Bund", Text: "has to pull request deletion for Malware DGA Domain so we can delete from the current version", Status: statusOpen},
		}, -1},
		{"md/openwis-annual-meeting-2017-03-23-toulouse.md", []Action{
			{ID: "Action-BM-2017-01", Owner: "EE", Text: "Update Financial Supplement", Status: statusOpen},
		}, -1},
		{"html/w3c-tag-2015-01-29-packaging-minutes.html", nil, 0},
		{"txt/asf-board-minutes-2002-10-09.txt", nil, 0},
		{"txt/ietf-httpbis-70-minutes-2007.txt", nil, 0},
		{"md/nodejs-tsc-minutes-2015-06-03.md", nil, 0},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			got := withoutItems(findActions(corpusSections(t, tt.file), nil))
			if tt.n >= 0 && len(got) != tt.n {
				t.Errorf("%d actions, want %d: %+v", len(got), tt.n, got)
			}
			for _, w := range tt.want {
				if !containsAction(got, w) {
					t.Errorf("missing %+v", w)
				}
			}
		})
	}
}

// containsAction reports whether as holds a, items ignored.
func containsAction(as []Action, a Action) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// corpusTextFiles lists the corpus files the text and HTML readers read.
func corpusTextFiles(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..", "shared", "corpus")
	var files []string
	for _, dir := range []string{"md", "txt", "html"} {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			t.Skipf("shared corpus not available: %v", err)
		}
		for _, e := range entries {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	return files
}

// TestCorpusInvariants runs both recognisers on every text and HTML file of
// the corpus and checks what must hold whatever the document.
func TestCorpusInvariants(t *testing.T) {
	for _, rel := range corpusTextFiles(t) {
		sections := corpusSections(t, rel)
		for _, a := range findActions(sections, nil) {
			if a.Text == "" && a.ID == "" {
				t.Errorf("%s: action with neither text nor id: %+v", rel, a)
			}
			if isQuestion(string(a.Text)) && a.Owner != "" && a.ID == "" {
				t.Errorf("%s: a question taken for an action: %+v", rel, a)
			}
		}
		for _, d := range findDecisions(sections) {
			if d.Text == "" || isProcedural(string(d.Text)) {
				t.Errorf("%s: empty or procedural decision: %+v", rel, d)
			}
		}
	}
}
