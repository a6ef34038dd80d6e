package parse

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Generated decisions: each form of decision with generated content and
// vote phrases, mixed with sentences that must not be decisions (a person
// agreeing, a proposal, a failed motion, procedure). The generator knows
// what it wrote; the recogniser must read it back.

var (
	genBodies = []string{
		"publish the report on the website",
		"hold the next meeting in Vilnius in May",
		"increase the budget to €10,000 for 2018",
		"ask ENISA for a liaison to the working group",
		"adopt the taxonomy as version 1.1",
	}
	genClauses = []string{
		"the working group continues its work for another year",
		"the chair writes to the steering committee",
		"the Treasurer opens an account with a Belgian bank",
		"the secretariat keeps the archive of the minutes online",
		"members pay their fees before the end of March",
	}
	genPeople = []string{"Anna Novák", "Jörg Müller", "Siân O'Neill", "Dana", "Tinka Gammel"}
)

// genVotes draws a vote phrase and the votes it means; "" gives none.
func genVotes(r *rand.Rand) (string, *Votes) {
	f, a, ab := 1+r.Intn(9), r.Intn(3), r.Intn(3)
	switch r.Intn(4) {
	case 0:
		return "unanimously", unanimous()
	case 1:
		return fmt.Sprintf("(%d-%d-%d)", f, a, ab), votes(f, a, ab)
	case 2:
		return fmt.Sprintf("with %d in favour, %d against and %d abstentions", f, a, ab), votes(f, a, ab)
	}
	return "", nil
}

// genDecision writes one paragraph; want is nil when it decides nothing.
func genDecision(r *rand.Rand, n int) (string, *Decision) {
	// Each paragraph of a round decides something else: the same words
	// twice under one item are one decision.
	body := genBodies[n%len(genBodies)]
	clause := genClauses[n%len(genClauses)]
	who, second := genPeople[r.Intn(len(genPeople))], genPeople[r.Intn(len(genPeople))]
	phrase, v := genVotes(r)
	switch r.Intn(11) {
	case 0:
		return "It was agreed to " + body + ".", &Decision{Text: String("to " + body), Kind: kindAgreement}
	case 1:
		return "After discussion, it was decided that " + clause + ".", &Decision{Text: String("that " + clause), Kind: kindAgreement}
	case 2:
		return "The Board agreed to " + body + ".", &Decision{Text: String("to " + body), Kind: kindAgreement}
	case 3:
		return "RESOLUTION: " + strings.ToUpper(clause[:1]) + clause[1:] + ".", &Decision{Text: String(strings.ToUpper(clause[:1]) + clause[1:]), Kind: kindResolution}
	case 4:
		return "RESOLVED, that " + clause + ".", &Decision{Text: String("that " + clause), Kind: kindResolution}
	case 5:
		outcome := "Motion carried " + phrase + "."
		if phrase == "" {
			outcome = "Motion carried."
		}
		return who + " moved to " + body + "; " + second + " seconded. " + outcome, &Decision{Text: String(who + " moved to " + body + "; " + second + " seconded"), Kind: kindMotion, Votes: v, Mover: String(who), Seconder: String(second)}
	case 6:
		id := fmt.Sprintf("RES-XX-BM-2020-%02d", n)
		f, a := 1+r.Intn(9), r.Intn(3)
		return fmt.Sprintf("%s: Vote: %d-%d in favour – %s. XX-RES", id, f, a, strings.ToUpper(body[:1])+body[1:]),
			&Decision{ID: String(id), Text: String(strings.ToUpper(body[:1]) + body[1:]), Kind: kindResolution, Votes: votes(f, a, -1)}
	case 7:
		return who + " agreed that " + clause + ".", nil // a person's opinion
	case 8:
		return "PROPOSED RESOLUTION: " + clause + ".", nil // not yet decided
	case 9:
		return "A motion to " + body + " was made by " + who + ". The motion failed.", nil
	}
	return "The minutes of the last meeting were approved " + phrase + ".", nil // previous_minutes
}

func TestDecisionsGenerated(t *testing.T) {
	r := rand.New(rand.NewSource(23))
	for round := range 80 {
		var paras []string
		var want []Decision
		for n := 1; n <= 1+r.Intn(5); n++ {
			p, d := genDecision(r, n)
			paras = append(paras, p)
			if d != nil {
				d.Item = "4"
				want = append(want, *d)
			}
		}
		text := strings.Join(paras, "\n\n")
		got := findDecisions([]section{actSection("4", "Decisions of the board", text)})
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("round %d:\n%s\n(-want +got):\n%s", round, text, diff)
		}
	}
}
