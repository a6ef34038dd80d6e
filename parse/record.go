package parse

import (
	"bytes"
	"encoding/json"
	"strconv"

	"minutes/document"
)

// Schema is the version of the record contract (../shared/spec/record.md)
// this package writes.
const Schema = 1

// A Record is everything the pipeline learns from one document: the JSON
// contract of `minutes extract` and what `minutes import` stores.
type Record struct {
	Schema          int              `json:"schema"`
	Source          Source           `json:"source"`
	Meeting         Meeting          `json:"meeting"`
	PreviousMinutes *PreviousMinutes `json:"previous_minutes"`
	Items           []Item           `json:"items"`
	Actions         []Action         `json:"actions"`
	Participants    []Participant    `json:"participants"`
	Decisions       []Decision       `json:"decisions"`
	NextMeetings    []NextMeeting    `json:"next_meetings"`
	Links           []string         `json:"links"`
	Warnings        Warnings         `json:"warnings"`

	// Evidence is whether the document is minutes at all, and why
	// (evidence.go). It is no part of the contract: an import skips a
	// document that is not minutes, and extract warns.
	Evidence Evidence `json:"-"`
}

// Warnings are what the pipeline repaired, guessed or could not read, with
// their places. JSON has them as the sentences a person reads
// ("page 6: participant row rebuilt from 29 one-character lines"); the store
// keeps the page and line apart.
type Warnings []document.Warning

// MarshalJSON writes each warning as its sentence.
func (ws Warnings) MarshalJSON() ([]byte, error) {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.String()
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads sentences back; their places stay in the message.
func (ws *Warnings) UnmarshalJSON(b []byte) error {
	var sentences []string
	if err := json.Unmarshal(b, &sentences); err != nil {
		return err
	}
	*ws = make(Warnings, len(sentences))
	for i, s := range sentences {
		(*ws)[i] = document.Warning{Message: s}
	}
	return nil
}

// Source describes the file a record came from.
type Source struct {
	File     string  `json:"file"`
	Format   string  `json:"format"`
	SHA256   string  `json:"sha256"`
	Pages    NullInt `json:"pages"`
	Encoding String  `json:"encoding"`
}

// Meeting is the meeting the minutes record.
type Meeting struct {
	Title   String  `json:"title"`
	Body    String  `json:"body"`
	Number  NullInt `json:"number"`
	Date    String  `json:"date"`
	EndDate String  `json:"end_date"`
	Venue   String  `json:"venue"`
	City    String  `json:"city"`
	Country String  `json:"country"`
	Status  String  `json:"status"` // draft | approved
}

// PreviousMinutes is what the meeting did with the minutes of the one before.
type PreviousMinutes struct {
	Date     String `json:"date"`
	Approved *bool  `json:"approved"`
}

// An Item is a top-level agenda item or topic.
type Item struct {
	Number     String   `json:"number"`
	Title      String   `json:"title"`
	Text       String   `json:"text"`
	Presenters []string `json:"presenters"`
	Links      []string `json:"links"`
}

// An Action is an action item.
type Action struct {
	ID     String `json:"id"`
	Owner  String `json:"owner"`
	Text   String `json:"text"`
	Status String `json:"status"` // open | done | ongoing | superseded | cancelled
	Item   String `json:"item"`
}

// A Participant is someone the document lists as present, excused or absent.
type Participant struct {
	Name         String `json:"name"`
	Organisation String `json:"organisation"`
	Country      String `json:"country"`
	Role         String `json:"role"`       // chair | vice-chair | secretary | treasurer | scribe | guest
	Attendance   String `json:"attendance"` // present | remote | proxy | apologies | absent
	Short        String `json:"short"`
}

// A Decision is what the meeting decided or agreed.
type Decision struct {
	ID       String    `json:"id"`
	Text     String    `json:"text"`
	Item     String    `json:"item"`
	Kind     String    `json:"kind"` // resolution | motion | agreement | election
	Votes    *Votes    `json:"votes"`
	Mover    String    `json:"mover"`     // who moved or proposed it, as written
	Seconder String    `json:"seconder"`  // who seconded it, as written
	RollCall *RollCall `json:"roll_call"` // the vote taken by name, where the minutes give the names
}

// A RollCall is a vote taken by name: who voted for, against, abstained
// or was absent, names as written. The counts of the decision's Votes
// agree with it.
type RollCall struct {
	For     []string `json:"for"`
	Against []string `json:"against"`
	Abstain []string `json:"abstain"`
	Absent  []string `json:"absent"`
}

// Votes are the counts of a vote, where the document gives them.
type Votes struct {
	For       *int  `json:"for,omitempty"`
	Against   *int  `json:"against,omitempty"`
	Abstain   *int  `json:"abstain,omitempty"`
	Unanimous *bool `json:"unanimous,omitempty"`
}

// A NextMeeting is a future meeting of the same body the document announces.
type NextMeeting struct {
	Date    String `json:"date"`
	EndDate String `json:"end_date"`
	City    String `json:"city"`
	Country String `json:"country"`
	Host    String `json:"host"`
}

// String is a string that is null in JSON when empty: the contract writes
// unknown values as null, never "".
type String string

// MarshalJSON writes null for the empty string.
func (s String) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads null as the empty string.
func (s *String) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*s = ""
		return nil
	}
	var v string
	err := json.Unmarshal(b, &v)
	*s = String(v)
	return err
}

// NullInt is a whole number that is null in JSON when zero: no meeting is
// number 0 and no document has 0 pages.
type NullInt int

// MarshalJSON writes null for zero.
func (n NullInt) MarshalJSON() ([]byte, error) {
	if n == 0 {
		return []byte("null"), nil
	}
	return []byte(strconv.Itoa(int(n))), nil
}

// UnmarshalJSON reads null as zero.
func (n *NullInt) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*n = 0
		return nil
	}
	var v int
	err := json.Unmarshal(b, &v)
	*n = NullInt(v)
	return err
}
