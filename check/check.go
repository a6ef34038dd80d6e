package check

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strings"
)

// An Extractor makes the record of a document, as anything that encodes
// to the contract's JSON (a *parse.Record).
type Extractor func(path string) (any, error)

// A DocResult is the outcome for one case.
type DocResult struct {
	Case       Case
	Scores     Scores
	Mismatches []Mismatch
	Err        error // the document could not be extracted
}

// A Result is the outcome of checking a set of cases.
type Result struct {
	Total Scores // all documents' tallies added up
	Docs  []DocResult
}

// Run extracts every case's document and scores it against its expected
// record. A document that fails to extract scores as if the program found
// nothing, so a crash lowers the scores rather than hiding the case.
func Run(cases []Case, extract Extractor) Result {
	res := Result{Total: Scores{}}
	for _, c := range cases {
		d := DocResult{Case: c}
		got, err := extractJSON(extract, c.Document)
		if err != nil {
			d.Err = err
			got = map[string]any{}
		}
		d.Scores, d.Mismatches = Score(c.Expected, got)
		res.Total.Add(d.Scores)
		res.Docs = append(res.Docs, d)
	}
	return res
}

// extractJSON runs the extractor and decodes its record as generic JSON,
// the form Score compares.
func extractJSON(extract Extractor, path string) (map[string]any, error) {
	rec, err := extract(path)
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(rec)
	if err != nil {
		return nil, err
	}
	var got map[string]any
	err = json.Unmarshal(data, &got)
	return got, err
}

// Floors are the lowest F1 each field may score: a ratchet kept in the
// repository, raised as the program improves and never lowered to make a
// regression pass. Every field the check scores has one (see Missing);
// where nothing is scored yet it is 1.00, so the first false positive
// fails.
type Floors map[string]float64

// LoadFloors reads floors from a JSON object of field → F1, each a number
// from 0 to 1. A missing file is an error (wrapping fs.ErrNotExist): a set
// without floors would pass whatever the program does.
func LoadFloors(path string) (Floors, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: no floors: every set of expected records needs one (write it with --raise-floors): %w", path, err)
	}
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if raw == nil {
		return nil, fmt.Errorf("%s: not a JSON object of field → floor", path)
	}
	f := Floors{}
	for _, field := range inFieldOrder(raw) {
		v, ok := raw[field].(float64)
		if !ok || v < 0 || v > 1 {
			return nil, fmt.Errorf("%s: the floor of %s is %s, not a number from 0 to 1", path, field, show(raw[field]))
		}
		f[field] = v
	}
	return f, nil
}

// Missing returns the fields the check scores that have no floor, in the
// contract's order.
func (f Floors) Missing() []string {
	var out []string
	for _, field := range allFields {
		if _, ok := f[field]; !ok {
			out = append(out, field)
		}
	}
	return out
}

// Unknown returns the floors of fields the check does not score (a typo, a
// renamed field), in order: they would hold nothing.
func (f Floors) Unknown() []string {
	var out []string
	for _, field := range inFieldOrder(f) {
		if fieldOrder(field) == len(allFields) {
			out = append(out, field)
		}
	}
	return out
}

// Save writes the floors as indented JSON, fields in order.
func (f Floors) Save(path string) error {
	keys := inFieldOrder(f)
	var b strings.Builder
	b.WriteString("{\n")
	for i, k := range keys {
		sep := ","
		if i == len(keys)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "  %q: %.2f%s\n", k, f[k], sep)
	}
	b.WriteString("}\n")
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// A Failure is a field scoring below its floor, or without one.
type Failure struct {
	Field        string
	Score, Floor float64
	NoFloor      bool // the floors have none for the field
}

func (f Failure) String() string {
	if f.NoFloor {
		return fmt.Sprintf("%s: F1 %.3f and no floor", f.Field, f.Score)
	}
	return fmt.Sprintf("%s: F1 %.3f is below its floor %.2f", f.Field, f.Score, f.Floor)
}

// Failures lists the fields the check scores that are below their floor in
// total, or have no floor at all, in the contract's order. A field nothing
// scored (no expected value, none found) has an F1 of 1 by definition: it
// holds any floor until the program gets it wrong once.
func (f Floors) Failures(total Scores) []Failure {
	var out []Failure
	for _, field := range allFields {
		score := 1.0
		if t, ok := total[field]; ok {
			score = t.F1()
		}
		floor, ok := f[field]
		switch {
		case !ok:
			out = append(out, Failure{Field: field, Score: score, NoFloor: true})
		case score < floor-1e-9:
			out = append(out, Failure{Field: field, Score: score, Floor: floor})
		}
	}
	return out
}

// Raised returns a floor for every field the check scores (Fields): its
// floor in f or its score in total, rounded down to two decimals, whichever
// is higher; a field nothing scored scores 1, so its floor becomes 1.00 and
// the first false positive fails it. No floor is ever lowered, and a floor
// of a field the check does not score is kept for a person to see.
func (f Floors) Raised(total Scores) Floors {
	out := Floors{}
	for k, v := range f {
		out[k] = v
	}
	for _, field := range allFields {
		score := 1.0
		if t, ok := total[field]; ok {
			score = math.Floor(t.F1()*100+1e-9) / 100
		}
		if floor, ok := out[field]; !ok || score > floor {
			out[field] = score
		}
	}
	return out
}

// WriteTable prints the per-field table, a row for every field the check
// scores: how many values were expected and found, how many matched,
// precision, recall, F1 ("-" where nothing was scored), the floor and
// whether the field holds it.
func (r Result) WriteTable(w io.Writer, floors Floors) {
	all := map[string]bool{}
	for _, field := range allFields {
		all[field] = true
	}
	for field := range r.Total {
		all[field] = true
	}
	fields := inFieldOrder(all)
	width := len("field")
	for _, field := range fields {
		width = max(width, len(field))
	}
	row := "%-*s %8s %6s %7s %9s %6s %6s %6s  %s\n"
	fmt.Fprintf(w, row, width, "field", "expected", "found", "matched", "precision", "recall", "F1", "floor", "")
	for _, field := range fields {
		var t Tally
		if p := r.Total[field]; p != nil {
			t = *p
		}
		p, rc, f1 := "-", "-", "-"
		if !t.Empty() {
			p, rc, f1 = fmt.Sprintf("%.3f", t.Precision()), fmt.Sprintf("%.3f", t.Recall()), fmt.Sprintf("%.3f", t.F1())
		}
		floor, verdict := "-", "NO FLOOR"
		if fl, ok := floors[field]; ok {
			floor = fmt.Sprintf("%.2f", fl)
			verdict = "ok"
			if t.F1() < fl-1e-9 {
				verdict = "BELOW FLOOR"
			}
		}
		fmt.Fprintf(w, row, width, field, fmt.Sprint(t.TP+t.FN), fmt.Sprint(t.TP+t.FP), fmt.Sprint(t.TP), p, rc, f1, floor, verdict)
	}
}

// WriteDocuments prints one line per document with its overall F1 (all
// fields together) and, when verbose, each of its mismatches.
func (r Result) WriteDocuments(w io.Writer, verbose bool) {
	for _, d := range r.Docs {
		var all Tally
		for _, t := range d.Scores {
			all.Add(*t)
		}
		status := fmt.Sprintf("F1 %.3f  (%d matched, %d missed, %d extra)", all.F1(), all.TP, all.FN, all.FP)
		if d.Err != nil {
			status = "ERROR " + d.Err.Error()
		}
		fmt.Fprintf(w, "%-60s %s\n", d.Case.Name, status)
		if verbose {
			for _, m := range d.Mismatches {
				fmt.Fprintf(w, "    %s\n", m)
			}
		}
	}
}
