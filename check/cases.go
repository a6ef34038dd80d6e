// Package check scores the records the pipeline makes against expected
// records written by hand, field by field, and compares the scores with
// floors kept in the repository — the regression check of `minutes check`.
//
// # Pairing documents with expected records
//
// Every file named NAME.expected.json under the directory is an expected
// record. Its document is given by its "source"."file" value, a path
// relative to the expected file's folder; when that is absent, the document
// is the file beside it named NAME with any other extension.
//
// # What is scored
//
// Expected records follow the JSON contract. A key absent from an expected
// record is not scored; a key present with null is: the program must then
// find nothing there. Scalar fields (meeting.date, source.encoding, …)
// count a true positive when the values agree, a false positive when the
// program gives a value the expected record lacks or contradicts, and a
// false negative when the program misses or contradicts an expected value.
// Lists (items, actions, participants, decisions, next meetings, links) are
// matched element by element first (items by title, participants by name,
// actions by id or text, decisions by text, next meetings by date or city);
// matched, missing and extra elements score the list, and the fields of the
// matched elements score as scalars ("participants.country", a decision's
// "mover" and "seconder"). The lists inside elements score as sets over
// all elements, matched or not: an item's presenters and links as (item,
// value) pairs, a decision's roll_call as (decision, side, name) triples,
// the name folded as participants' names are for matching (case,
// diacritics and spacing ignored).
//
// Scores are micro-averaged over all documents: precision, recall and F1
// per field.
package check

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ExpectedSuffix ends the name of every expected record.
const ExpectedSuffix = ".expected.json"

// A Case is one document paired with its expected record.
type Case struct {
	Name     string         // the expected record's path relative to the directory checked
	Document string         // the document's path
	Expected map[string]any // the expected record as decoded JSON
}

// FindCases returns the cases under dir, in path order.
func FindCases(dir string) ([]Case, error) {
	var cases []Case
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ExpectedSuffix) {
			return nil
		}
		c, err := loadCase(dir, path)
		if err != nil {
			return err
		}
		cases = append(cases, c)
		return nil
	})
	sort.Slice(cases, func(i, j int) bool { return cases[i].Name < cases[j].Name })
	return cases, err
}

func loadCase(dir, path string) (Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Case{}, err
	}
	var expected map[string]any
	if err := json.Unmarshal(data, &expected); err != nil {
		return Case{}, fmt.Errorf("%s: not a JSON object: %w", path, err)
	}
	name, _ := filepath.Rel(dir, path)
	doc, err := documentOf(path, expected)
	if err != nil {
		return Case{}, err
	}
	return Case{Name: name, Document: doc, Expected: expected}, nil
}

// documentOf finds the document an expected record describes.
func documentOf(path string, expected map[string]any) (string, error) {
	if src, ok := expected["source"].(map[string]any); ok {
		if file, ok := src["file"].(string); ok && file != "" {
			doc := filepath.Join(filepath.Dir(path), filepath.FromSlash(file))
			if _, err := os.Stat(doc); err != nil {
				return "", fmt.Errorf("%s: its document %s: %w", path, file, err)
			}
			return doc, nil
		}
	}
	stem := strings.TrimSuffix(path, ExpectedSuffix)
	matches, _ := filepath.Glob(globEscape(stem) + ".*")
	var docs []string
	for _, m := range matches {
		if !strings.HasSuffix(m, ExpectedSuffix) && !strings.HasSuffix(m, ".notes.md") {
			docs = append(docs, m)
		}
	}
	switch len(docs) {
	case 1:
		return docs[0], nil
	case 0:
		return "", fmt.Errorf("%s: no document beside it (expected %s.<ext>) and no source.file", path, filepath.Base(stem))
	}
	return "", fmt.Errorf("%s: several documents beside it (%s); name one in source.file", path, strings.Join(docs, ", "))
}

func globEscape(s string) string {
	r := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`, `\`, `\\`)
	return r.Replace(s)
}
