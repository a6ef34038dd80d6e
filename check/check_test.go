package check

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func decode(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("bad test JSON %s: %v", s, err)
	}
	return m
}

func TestScoreFields(t *testing.T) {
	tests := []struct {
		name     string
		expected string
		got      string
		want     map[string]Tally
	}{
		{
			name:     "equal scalar",
			expected: `{"meeting": {"date": "2010-01-25"}}`,
			got:      `{"meeting": {"date": "2010-01-25", "title": "x"}}`,
			want:     map[string]Tally{"meeting.date": {TP: 1}},
		},
		{
			name:     "wrong scalar is a false positive and a false negative",
			expected: `{"meeting": {"date": "2010-01-25"}}`,
			got:      `{"meeting": {"date": "2010-01-24"}}`,
			want:     map[string]Tally{"meeting.date": {FP: 1, FN: 1}},
		},
		{
			name:     "expected null, found a value",
			expected: `{"meeting": {"country": null}}`,
			got:      `{"meeting": {"country": "Germany"}}`,
			want:     map[string]Tally{"meeting.country": {FP: 1}},
		},
		{
			name:     "both null scores nothing",
			expected: `{"meeting": {"country": null}}`,
			got:      `{"meeting": {"country": null}}`,
			want:     map[string]Tally{},
		},
		{
			name:     "missed value",
			expected: `{"meeting": {"number": 29}}`,
			got:      `{"meeting": {"number": null}}`,
			want:     map[string]Tally{"meeting.number": {FN: 1}},
		},
		{
			name:     "white space and NFC do not matter",
			expected: `{"meeting": {"title": "Minutes of the 17th  TF-CSIRT meeting"}}`,
			got:      `{"meeting": {"title": " Minutes of the 17th TF-CSIRT meeting"}}`,
			want:     map[string]Tally{"meeting.title": {TP: 1}},
		},
		{
			name:     "links as a set",
			expected: `{"links": ["http://a", "http://b"]}`,
			got:      `{"links": ["http://b", "http://c", "http://b"]}`,
			want:     map[string]Tally{"links": {TP: 1, FP: 1, FN: 1}},
		},
		{
			name:     "participants matched by name ignoring diacritics, attributes scored",
			expected: `{"participants": [{"name": "Gorazd Božič", "country": "Slovenia"}, {"name": "Kevin Meynell", "role": "secretary"}]}`,
			got:      `{"participants": [{"name": "Gorazd Bozic", "country": "Slovenia"}, {"name": "Someone Else", "role": null}]}`,
			want: map[string]Tally{
				"participants":         {TP: 1, FP: 1, FN: 1},
				"participants.name":    {FP: 1, FN: 1},
				"participants.country": {TP: 1},
			},
		},
		{
			name:     "actions matched by id whatever the separator",
			expected: `{"actions": [{"id": "17.01", "owner": "Wilfried Wöber", "status": null}]}`,
			got:      `{"actions": [{"id": "17-01", "owner": "Wilfried Wöber", "status": "open"}]}`,
			want: map[string]Tally{
				"actions":        {TP: 1},
				"actions.id":     {FP: 1, FN: 1},
				"actions.owner":  {TP: 1},
				"actions.status": {FP: 1},
			},
		},
		{
			name:     "items by title; presenters as pairs; absent text not scored",
			expected: `{"items": [{"number": "3", "title": "ENISA update", "presenters": ["Marco Thorbrügge"]}, {"number": "4", "title": "e-coat update", "presenters": ["Don Stikvoort"]}]}`,
			got:      `{"items": [{"number": "3", "title": "ENISA update", "text": "x", "presenters": ["Marco Thorbrügge", "Gorazd Božič"]}]}`,
			want: map[string]Tally{
				"items":            {TP: 1, FN: 1},
				"items.number":     {TP: 1},
				"items.title":      {TP: 1},
				"items.presenters": {TP: 1, FP: 1, FN: 1},
			},
		},
		{
			name:     "long text agrees when nearly the same words",
			expected: `{"items": [{"title": "A", "text": "one two three four five six seven eight nine ten eleven twelve"}]}`,
			got:      `{"items": [{"title": "A", "text": "one two three four five six seven eight nine ten eleven twelve thirteen"}]}`,
			want: map[string]Tally{
				"items":       {TP: 1},
				"items.title": {TP: 1},
				"items.text":  {TP: 1},
			},
		},
		{
			name:     "previous minutes null expected, found one",
			expected: `{"previous_minutes": null}`,
			got:      `{"previous_minutes": {"date": "2009-09-25", "approved": true}}`,
			want: map[string]Tally{
				"previous_minutes.date":     {FP: 1},
				"previous_minutes.approved": {FP: 1},
			},
		},
		{
			name:     "votes compared as objects",
			expected: `{"decisions": [{"text": "to appoint Bill Stoddard", "votes": {"unanimous": true}}]}`,
			got:      `{"decisions": [{"text": "to appoint Bill Stoddard", "votes": {"for": 5}}]}`,
			want: map[string]Tally{
				"decisions":       {TP: 1},
				"decisions.text":  {TP: 1},
				"decisions.votes": {FP: 1, FN: 1},
			},
		},
		{
			name:     "mover and seconder compared as names are",
			expected: `{"decisions": [{"text": "to buy a new kettle", "mover": "Anna  Smith", "seconder": "Bo Chen"}]}`,
			got:      `{"decisions": [{"text": "to buy a new kettle", "mover": "Anna Smith", "seconder": "Ann Lee"}]}`,
			want: map[string]Tally{
				"decisions":          {TP: 1},
				"decisions.text":     {TP: 1},
				"decisions.mover":    {TP: 1},
				"decisions.seconder": {FP: 1, FN: 1},
			},
		},
		{
			name:     "mover expected null, found one",
			expected: `{"decisions": [{"text": "to buy a new kettle", "mover": null, "seconder": null}]}`,
			got:      `{"decisions": [{"text": "to buy a new kettle", "mover": "Secretary", "seconder": null}]}`,
			want: map[string]Tally{
				"decisions":       {TP: 1},
				"decisions.text":  {TP: 1},
				"decisions.mover": {FP: 1},
			},
		},
		{
			name:     "roll call as (side, name) pairs, names folded as participants",
			expected: `{"decisions": [{"text": "to adopt the budget", "roll_call": {"for": ["Anna Smith", "José Núñez"], "against": ["Bo Chen"], "abstain": [], "absent": ["Ann Lee"]}}]}`,
			got:      `{"decisions": [{"text": "to adopt the budget", "roll_call": {"for": ["anna smith", "Jose Nunez", "Bo Chen", "Anna Smith"], "against": [], "abstain": ["Ann Lee"]}}]}`,
			want: map[string]Tally{
				"decisions":           {TP: 1},
				"decisions.text":      {TP: 1},
				"decisions.roll_call": {TP: 2, FP: 2, FN: 2}, // Bo Chen and Ann Lee on the wrong side: a miss and an extra each
			},
		},
		{
			name:     "roll call expected null, found names",
			expected: `{"decisions": [{"text": "to adopt the budget", "roll_call": null}]}`,
			got:      `{"decisions": [{"text": "to adopt the budget", "roll_call": {"for": ["Anna Smith"], "against": ["Bo Chen"]}}]}`,
			want: map[string]Tally{
				"decisions":           {TP: 1},
				"decisions.text":      {TP: 1},
				"decisions.roll_call": {FP: 2},
			},
		},
		{
			name:     "roll call not scored when the expected decision leaves it out",
			expected: `{"decisions": [{"text": "to adopt the budget"}]}`,
			got:      `{"decisions": [{"text": "to adopt the budget", "roll_call": {"for": ["Anna Smith"]}}]}`,
			want: map[string]Tally{
				"decisions":      {TP: 1},
				"decisions.text": {TP: 1},
			},
		},
		{
			name:     "roll calls of a missed and of an extra decision",
			expected: `{"decisions": [{"text": "to adopt the budget", "roll_call": {"for": ["Anna Smith", "Bo Chen"]}}]}`,
			got:      `{"decisions": [{"text": "to close the bar at ten", "roll_call": {"against": ["Ann Lee"]}}]}`,
			want: map[string]Tally{
				"decisions":           {FP: 1, FN: 1},
				"decisions.roll_call": {FP: 1, FN: 2},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scores, _ := Score(decode(t, tt.expected), decode(t, tt.got))
			got := map[string]Tally{}
			for f, tally := range scores {
				if !tally.Empty() {
					got[f] = *tally
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("scores (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTallyMeasures(t *testing.T) {
	tests := []struct {
		t        Tally
		p, r, f1 float64
	}{
		{Tally{TP: 3, FP: 1, FN: 0}, 0.75, 1, 6.0 / 7},
		{Tally{TP: 0, FP: 2, FN: 2}, 0, 0, 0},
		{Tally{}, 1, 1, 1},
	}
	for _, tt := range tests {
		if tt.t.Precision() != tt.p || tt.t.Recall() != tt.r || tt.t.F1() != tt.f1 {
			t.Errorf("%+v: got P %v R %v F1 %v, want %v %v %v", tt.t, tt.t.Precision(), tt.t.Recall(), tt.t.F1(), tt.p, tt.r, tt.f1)
		}
	}
}

// writeCase makes a directory with one document, its expected record and
// floors.
func writeCase(t *testing.T, expected string, floors Floors) string {
	t.Helper()
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "m.txt"), []byte("Minutes\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "m.expected.json"), []byte(expected), 0o644))
	must(t, floors.Save(filepath.Join(dir, "floors.json")))
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestFloorsCatchRegression feeds the check a record worse than the floors
// allow and expects failures naming the fields that dropped.
func TestFloorsCatchRegression(t *testing.T) {
	expected := `{"meeting": {"title": "Board meeting", "date": "2020-03-01"}, "links": ["http://a"]}`
	dir := writeCase(t, expected, Floors{"meeting.title": 1, "meeting.date": 1, "links": 1})
	cases, err := FindCases(dir)
	must(t, err)
	if len(cases) != 1 || filepath.Base(cases[0].Document) != "m.txt" {
		t.Fatalf("cases = %+v, want m.txt paired with m.expected.json", cases)
	}
	floors, err := LoadFloors(filepath.Join(dir, "floors.json"))
	must(t, err)

	good := func(string) (any, error) { return decode(t, expected), nil }
	if f := floors.Failures(Run(cases, good).Total); len(f) != 0 {
		t.Errorf("a perfect record fails: %v", f)
	}

	worse := func(string) (any, error) {
		return decode(t, `{"meeting": {"title": "Board meeting", "date": "2020-01-03"}, "links": []}`), nil
	}
	var fields []string
	for _, f := range floors.Failures(Run(cases, worse).Total) {
		fields = append(fields, f.Field)
	}
	if diff := cmp.Diff([]string{"meeting.date", "links"}, fields); diff != "" {
		t.Errorf("failing fields (-want +got):\n%s", diff)
	}
}

// TestFloorsRaised raises floors to a set's scores: every field the check
// scores gets a floor, none is lowered.
func TestFloorsRaised(t *testing.T) {
	tests := []struct {
		name   string
		floors Floors
		total  Scores
		want   Floors // the fields that are not 1.00 in the result, and any unknown ones
	}{
		{
			name:   "a floor above the score stays",
			floors: Floors{"meeting.date": 0.8},
			total:  Scores{"meeting.date": {TP: 1, FN: 1}},
			want:   Floors{"meeting.date": 0.8},
		},
		{
			name:   "a floor below the score rises, rounded down",
			floors: Floors{"links": 0.5},
			total:  Scores{"links": {TP: 9, FN: 1}},
			want:   Floors{"links": 0.94},
		},
		{
			name:   "a field without a floor gets its score",
			floors: Floors{},
			total:  Scores{"items": {TP: 2, FP: 1}},
			want:   Floors{"items": 0.8},
		},
		{
			name:   "a field scoring 0 without a floor gets 0.00",
			floors: Floors{},
			total:  Scores{"next_meetings.city": {FN: 1}},
			want:   Floors{"next_meetings.city": 0},
		},
		{
			name:   "a field nothing scored gets 1.00, even over a lower floor",
			floors: Floors{"meeting.end_date": 0.5},
			total:  Scores{"meeting.end_date": {}},
			want:   Floors{},
		},
		{
			name:   "a floor of a field the check does not score is kept",
			floors: Floors{"meeting.colour": 0.5},
			total:  Scores{},
			want:   Floors{"meeting.colour": 0.5},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.floors.Raised(tt.total)
			for _, field := range Fields() {
				if _, ok := got[field]; !ok {
					t.Errorf("no floor for %s", field)
				}
			}
			notOne := Floors{}
			for field, v := range got {
				if v != 1 {
					notOne[field] = v
				}
			}
			if diff := cmp.Diff(tt.want, notOne); diff != "" {
				t.Errorf("raised floors other than 1.00 (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDocumentBySourceFile(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	must(t, os.MkdirAll(filepath.Join(dir, "expected"), 0o755))
	must(t, os.MkdirAll(docs, 0o755))
	must(t, os.WriteFile(filepath.Join(docs, "a.md"), []byte("# A\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "expected", "a.expected.json"), []byte(`{"source": {"file": "../docs/a.md"}}`), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "expected", "b.expected.json"), []byte(`{"source": {"file": "../docs/missing.md"}}`), 0o644))
	_, err := FindCases(filepath.Join(dir, "expected"))
	if err == nil {
		t.Fatal("a missing document is not reported")
	}
	must(t, os.Remove(filepath.Join(dir, "expected", "b.expected.json")))
	cases, err := FindCases(filepath.Join(dir, "expected"))
	must(t, err)
	if len(cases) != 1 || cases[0].Document != filepath.Join(docs, "a.md") {
		t.Errorf("cases = %+v", cases)
	}
}
