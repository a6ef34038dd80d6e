package check

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
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

// writeSet makes a set of expected records in a temporary directory: one
// document per expected record (m0.txt, m1.txt, …), and floors unless
// floors is nil.
func writeSet(t *testing.T, floors Floors, expected ...string) string {
	t.Helper()
	dir := t.TempDir()
	for i, e := range expected {
		must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("m%d.txt", i)), []byte("Minutes\n"), 0o644))
		must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("m%d.expected.json", i)), []byte(e), 0o644))
	}
	if floors != nil {
		must(t, floors.Save(filepath.Join(dir, "floors.json")))
	}
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// oneDayMeeting and twoDayMeeting are expected records as a person writes
// them: a one-day meeting has end_date null.
const (
	oneDayMeeting = `{"meeting": {"title": "Board meeting", "date": "2020-03-01", "end_date": null, "city": "Leeds"},
		"decisions": [{"text": "to buy a kettle", "mover": "Ann Lee", "seconder": null, "roll_call": null}],
		"next_meetings": [{"date": "2020-04-05", "city": null}],
		"links": ["http://a"]}`
	twoDayMeeting = `{"meeting": {"title": "Annual meeting", "date": "2020-05-20", "end_date": "2020-05-21", "city": null}, "links": []}`
)

// TestCheckCatchesWrongRecords runs the check over a small set whose floors
// were raised on a correct record, with records each wrong in one way: the
// check must fail on the field that is wrong, and on it only. A field that
// nothing scored on the correct record (end_date of a one-day meeting,
// the roll call) is floored at 1.00, so its first false positive fails.
func TestCheckCatchesWrongRecords(t *testing.T) {
	right := map[string]string{"m0.txt": oneDayMeeting, "m1.txt": twoDayMeeting}
	tests := []struct {
		name  string
		wrong map[string]string // by document: the record the program makes, where it is not the right one
		fails []string
	}{
		{name: "the right records", fails: nil},
		{
			name: "end_date set to the date of a one-day meeting",
			wrong: map[string]string{"m0.txt": `{"meeting": {"title": "Board meeting", "date": "2020-03-01", "end_date": "2020-03-01", "city": "Leeds"},
				"decisions": [{"text": "to buy a kettle", "mover": "Ann Lee"}], "next_meetings": [{"date": "2020-04-05"}], "links": ["http://a"]}`},
			fails: []string{"meeting.end_date"},
		},
		{
			name:  "a city invented for a next meeting",
			wrong: map[string]string{"m0.txt": strings.Replace(oneDayMeeting, `"city": null`, `"city": "York"`, 1)},
			fails: []string{"next_meetings.city"},
		},
		{
			name:  "a seconder invented",
			wrong: map[string]string{"m0.txt": strings.Replace(oneDayMeeting, `"seconder": null`, `"seconder": "Bo Chen"`, 1)},
			fails: []string{"decisions.seconder"},
		},
		{
			name:  "a roll call invented",
			wrong: map[string]string{"m0.txt": strings.Replace(oneDayMeeting, `"roll_call": null`, `"roll_call": {"for": ["Ann Lee"]}`, 1)},
			fails: []string{"decisions.roll_call"},
		},
		{
			name:  "a date and a link wrong",
			wrong: map[string]string{"m0.txt": strings.Replace(strings.Replace(oneDayMeeting, `"2020-03-01"`, `"2020-01-03"`, 1), `"http://a"`, `"http://b"`, 1)},
			fails: []string{"meeting.date", "links"},
		},
		{
			name:  "the end of a two-day meeting lost",
			wrong: map[string]string{"m1.txt": strings.Replace(twoDayMeeting, `"2020-05-21"`, `null`, 1)},
			fails: []string{"meeting.end_date"},
		},
	}
	dir := writeSet(t, nil, oneDayMeeting, twoDayMeeting)
	cases, err := FindCases(dir)
	must(t, err)
	extractor := func(records map[string]string) Extractor {
		return func(path string) (any, error) {
			if r, ok := records[filepath.Base(path)]; ok {
				return decode(t, r), nil
			}
			return decode(t, right[filepath.Base(path)]), nil
		}
	}
	floors := Floors{}.Raised(Run(cases, extractor(nil)).Total)
	if floors["meeting.end_date"] != 1 || floors["decisions.roll_call"] != 1 {
		t.Fatalf("floors raised on the right records: %v", floors)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fields []string
			for _, f := range floors.Failures(Run(cases, extractor(tt.wrong)).Total) {
				fields = append(fields, f.Field)
			}
			if diff := cmp.Diff(tt.fails, fields); diff != "" {
				t.Errorf("failing fields (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFailuresWithoutFloor: a field without a floor fails, whatever it
// scores; a field nothing scored holds its floor of 1.00.
func TestFailuresWithoutFloor(t *testing.T) {
	complete := Floors{}.Raised(Scores{})
	without := func(fields ...string) Floors {
		f := maps.Clone(complete)
		for _, field := range fields {
			delete(f, field)
		}
		return f
	}
	tests := []struct {
		name   string
		floors Floors
		total  Scores
		want   []Failure
	}{
		{name: "every floor, nothing scored", floors: complete, total: Scores{}},
		{name: "every floor, all right", floors: complete, total: Scores{"meeting.date": {TP: 3}}},
		{
			name: "one false positive under a floor of 1.00", floors: complete,
			total: Scores{"meeting.end_date": {FP: 1}},
			want:  []Failure{{Field: "meeting.end_date", Score: 0, Floor: 1}},
		},
		{
			name: "no floor for two fields, one scored right", floors: without("meeting.end_date", "next_meetings.city"),
			total: Scores{"next_meetings.city": {TP: 1}},
			want:  []Failure{{Field: "meeting.end_date", Score: 1, NoFloor: true}, {Field: "next_meetings.city", Score: 1, NoFloor: true}},
		},
		{name: "no floors at all", floors: Floors{}, total: Scores{}, want: func() []Failure {
			var all []Failure
			for _, f := range Fields() {
				all = append(all, Failure{Field: f, Score: 1, NoFloor: true})
			}
			return all
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.floors.Failures(tt.total)); diff != "" {
				t.Errorf("failures (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLoadFloors reads floors files: a missing one is an error, as are
// values that are not floors.
func TestLoadFloors(t *testing.T) {
	tests := []struct {
		name     string
		content  *string // nil: no file
		want     Floors
		errMatch string // "" for no error
	}{
		{name: "no floors.json", content: nil, errMatch: "no floors"},
		{name: "floors", content: ptr(`{"meeting.date": 0.5, "links": 1}`), want: Floors{"meeting.date": 0.5, "links": 1}},
		{name: "not JSON", content: ptr(`{"meeting.date": 0.5,`), errMatch: "floors.json"},
		{name: "not an object", content: ptr(`null`), errMatch: "not a JSON object"},
		{name: "a null floor", content: ptr(`{"meeting.date": null}`), errMatch: "meeting.date is null"},
		{name: "a floor as a string", content: ptr(`{"meeting.date": "0.5"}`), errMatch: "meeting.date is \"0.5\""},
		{name: "a floor above 1", content: ptr(`{"links": 1.5}`), errMatch: "links is 1.5"},
		{name: "a negative floor", content: ptr(`{"links": -0.1}`), errMatch: "links is -0.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "floors.json")
			if tt.content != nil {
				must(t, os.WriteFile(path, []byte(*tt.content), 0o644))
			}
			got, err := LoadFloors(path)
			if tt.errMatch == "" {
				must(t, err)
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("floors (-want +got):\n%s", diff)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.errMatch) {
				t.Errorf("error %v, want one saying %q", err, tt.errMatch)
			}
			if tt.content == nil && !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("error %v does not wrap fs.ErrNotExist", err)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// TestFloorsMissingAndUnknown lists the fields without a floor and the
// floors of fields the check does not score.
func TestFloorsMissingAndUnknown(t *testing.T) {
	complete := Floors{}.Raised(Scores{})
	tests := []struct {
		name             string
		add              Floors
		remove           []string
		missing, unknown []string
	}{
		{name: "complete"},
		{name: "two missing, in the contract's order", remove: []string{"next_meetings.city", "meeting.end_date"}, missing: []string{"meeting.end_date", "next_meetings.city"}},
		{name: "a typo", add: Floors{"meeting.enddate": 1}, unknown: []string{"meeting.enddate"}},
		{name: "the new decision fields missing", remove: []string{"decisions.mover", "decisions.seconder", "decisions.roll_call"}, missing: []string{"decisions.mover", "decisions.seconder", "decisions.roll_call"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := maps.Clone(complete)
			maps.Copy(f, tt.add)
			for _, k := range tt.remove {
				delete(f, k)
			}
			if diff := cmp.Diff(tt.missing, f.Missing()); diff != "" {
				t.Errorf("missing (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.unknown, f.Unknown()); diff != "" {
				t.Errorf("unknown (-want +got):\n%s", diff)
			}
		})
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
