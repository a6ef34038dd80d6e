package store

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// questions.sql holds the example questions of docs/schema.md, which are
// also the canned queries of the Datasette metadata: one source for both.
//
//go:embed questions.sql
var questionsFile string

// datasette/tables.json describes the tables and views for Datasette.
//
//go:embed datasette/tables.json
var tablesFile []byte

// A Question is an example question an analyst asks of the database, and
// its SQL.
type Question struct {
	Name  string // a name for a URL: every_meeting
	Title string // the question: "Every meeting, newest first"
	SQL   string
}

var questionHeader = regexp.MustCompile(`(?m)^-- ([a-z0-9_]+): (.+)\n`)

// Questions returns the example questions, in the order of questions.sql.
func Questions() []Question {
	var out []Question
	heads := questionHeader.FindAllStringSubmatchIndex(questionsFile, -1)
	for i, h := range heads {
		end := len(questionsFile)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		out = append(out, Question{
			Name:  questionsFile[h[2]:h[3]],
			Title: questionsFile[h[4]:h[5]],
			SQL:   strings.TrimSpace(questionsFile[h[1]:end]),
		})
	}
	return out
}

// QuestionsMarkdown is the questions as docs/schema.md shows them.
func QuestionsMarkdown() string {
	var b strings.Builder
	for _, q := range Questions() {
		fmt.Fprintf(&b, "%s:\n\n```sql\n%s\n```\n\n", q.Title, q.SQL)
	}
	return b.String()
}

// DatasetteName is the name Datasette gives the database in a file: the
// file's name without its extension ("archive.db" → "archive").
func DatasetteName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Metadata is Datasette's metadata.json for the database in the file at
// path: the tables' descriptions and the example questions as canned
// queries, keyed by the name Datasette gives that file.
func Metadata(path string) ([]byte, error) {
	var base struct {
		Title       string          `json:"title"`
		Description string          `json:"description"`
		Tables      json.RawMessage `json:"tables"`
	}
	if err := json.Unmarshal(tablesFile, &base); err != nil {
		return nil, err
	}
	type query struct {
		Title string `json:"title"`
		SQL   string `json:"sql"`
	}
	queries := map[string]query{}
	for _, q := range Questions() {
		queries[q.Name] = query{Title: q.Title, SQL: q.SQL}
	}
	meta := map[string]any{
		"title":       base.Title,
		"description": base.Description,
		"databases": map[string]any{
			DatasetteName(path): map[string]any{"tables": base.Tables, "queries": queries},
		},
	}
	b, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
