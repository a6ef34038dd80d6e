package parse

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Generated actions: every combination of identifier style, owner form,
// separator, status word and layout, with names and tasks drawn from pools
// that include diacritics, particles, initials and organisations. The
// generator knows what it wrote; the recogniser must read it back.

var (
	genFirstNames = []string{"Anna", "Jörg", "Łukasz", "Zoë", "Jean-Luc", "Siân", "Ørjan", "Renée", "Tomás", "Kai"}
	genSurnames   = []string{"Novák", "van der Berg", "O'Neill", "Kowalska", "Dell'Aqua", "Smith-Jones", "Þórsson", "de la Cruz", "Müller", "Ilves"}
	genInitials   = []string{"AB", "RGb", "MGo/LM", "JT/PR/SO", "LLG"}
	genOrgs       = []string{"ENISA", "CERT-EE", "SURFcert", "CERT.AT and CIRCL", "DFN-CERT"}
	genVerbs      = []string{"circulate", "ask", "prepare", "review", "send", "update", "draft", "contact", "investigate", "organise"}
	genObjects    = []string{
		"the report on incident statistics",
		"a proposal for the next TRANSITS workshop in Vilnius",
		"the list of 27 teams to the mailing list",
		"Yuri Ito about the APNIC conference",
		"the terms of reference with the steering committee",
	}
	// genStatuses are status words as minutes write them, with the status
	// each means; "" writes none.
	genStatuses = []struct {
		word   string
		status String
	}{
		{"Done", statusDone}, {"Ongoing", statusOngoing}, {"Superseded", statusSuperseded},
		{"Closed", statusDone}, {"Completed", statusDone}, {"In progress", statusOngoing},
		{"Cancelled", statusCancelled}, {"CLOSED", statusDone}, {"", ""},
	}
)

// A genAction is one generated action: the lines written and what they say.
type genAction struct {
	lines []string
	want  Action
}

// genOwner draws an owner: a person, initials or an organisation.
func genOwner(r *rand.Rand) string {
	switch r.Intn(3) {
	case 0:
		return genFirstNames[r.Intn(len(genFirstNames))] + " " + genSurnames[r.Intn(len(genSurnames))]
	case 1:
		return genInitials[r.Intn(len(genInitials))]
	}
	return genOrgs[r.Intn(len(genOrgs))]
}

// genID draws an identifier in one of the styles minutes use.
func genID(r *rand.Rand, n int) string {
	meeting := 10 + r.Intn(40)
	switch r.Intn(4) {
	case 0:
		return fmt.Sprintf("%d.%d", meeting, n)
	case 1:
		return fmt.Sprintf("%d-%02d", meeting, n)
	case 2:
		return fmt.Sprintf("ACT-OWIS-TC-20%d-%d", 10+r.Intn(15), n)
	}
	return fmt.Sprintf("Action-BM-20%d-%02d", 10+r.Intn(15), n)
}

// genOne writes action number n in a random layout.
func genOne(r *rand.Rand, n int) genAction {
	id, owner := genID(r, n), genOwner(r)
	verb, object := genVerbs[r.Intn(len(genVerbs))], genObjects[r.Intn(len(genObjects))]
	st := genStatuses[r.Intn(len(genStatuses))]
	var body, task string
	switch r.Intn(4) {
	case 0:
		task = "to " + verb + " " + object
		body = owner + " – " + task
	case 1:
		task = "to " + verb + " " + object
		body = owner + " " + task
	case 2:
		task = strings.ToUpper(verb[:1]) + verb[1:] + " " + object
		body = owner + " - " + task
	default:
		task = verb + " " + object
		body = owner + ": " + task
	}
	want := Action{ID: String(id), Owner: String(owner), Text: String(task), Status: st.status}
	statusLine := ""
	if st.word != "" {
		statusLine = st.word + "."
	}
	var lines []string
	switch r.Intn(4) {
	case 0: // one line, status at its end
		lines = []string{strings.TrimSpace(id + " " + body + ". " + statusLine)}
	case 1: // id alone, then the text, then the status
		lines = []string{id, body + "."}
		if statusLine != "" {
			lines = append(lines, statusLine)
		}
	case 2: // status in the next paragraph
		lines = []string{id + " " + body + "."}
		if statusLine != "" {
			lines = append(lines, "", statusLine+" The group discussed it further.")
		}
	default: // with the keyword
		lines = []string{"ACTION " + id + ": " + body + ". " + statusLine}
	}
	return genAction{lines: lines, want: want}
}

func TestActionsGenerated(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	for round := range 60 {
		var text []string
		var want []Action
		for n := 1; n <= 1+r.Intn(5); n++ {
			g := genOne(r, n)
			text = append(text, g.lines...)
			text = append(text, "")
			g.want.Item = "2"
			want = append(want, g.want)
		}
		sec := actSection("2", "Actions from the last meeting", strings.Join(text, "\n"))
		got := findActions([]section{sec}, nil)
		if len(got) != len(want) {
			t.Errorf("round %d: %d actions, want %d\n%s\ngot %+v", round, len(got), len(want), strings.Join(text, "\n"), got)
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("round %d, action %d:\n%s\ngot  %+v\nwant %+v", round, i, strings.Join(text, "\n"), got[i], want[i])
			}
		}
	}
}

// TestActionsGeneratedMerge writes each action in an item and again in a
// closing table with the other separator in its id: one action each.
func TestActionsGeneratedMerge(t *testing.T) {
	r := rand.New(rand.NewSource(29))
	for round := range 30 {
		n := 1 + r.Intn(4)
		var body, table []string
		for i := 1; i <= n; i++ {
			owner := genOwner(r)
			task := genVerbs[r.Intn(len(genVerbs))] + " " + genObjects[r.Intn(len(genObjects))]
			meeting := 10 + r.Intn(40)
			body = append(body, fmt.Sprintf("ACTION %d.%02d: %s – to %s.", meeting, i, owner, task), "")
			table = append(table, fmt.Sprintf("%d-%02d\t%s\t%s.", meeting, i, owner, strings.ToUpper(task[:1])+task[1:]))
		}
		sections := []section{
			actSection("4", "Discussion", strings.Join(body, "\n")),
			actSection("", "", "RESULTING ACTION ITEMS\n\n"+strings.Join(table, "\n")),
		}
		got := findActions(sections, nil)
		if len(got) != n {
			t.Errorf("round %d: %d actions, want %d: %+v", round, len(got), n, got)
			continue
		}
		for _, a := range got {
			if a.Item != "4" || !strings.Contains(string(a.ID), ".") || !strings.HasPrefix(string(a.Text), "to ") || a.Status != statusOpen {
				t.Errorf("round %d: merged action %+v keeps the first occurrence's id, text and item, status open", round, a)
			}
		}
	}
}
