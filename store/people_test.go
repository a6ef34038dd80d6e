package store

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"minutes/parse"
)

// minutesOf is a record of one meeting of body, with participants
// written "Name" or "Name|Organisation|short", items by title, and
// actions written "owner: text".
func minutesOf(file, body, date string, participants, items, actions []string) *parse.Record {
	r := &parse.Record{
		Schema:  1,
		Source:  parse.Source{File: file, Format: "text", SHA256: "sha-" + file},
		Meeting: parse.Meeting{Title: parse.String(body + " meeting"), Body: parse.String(body), Date: parse.String(date)},
	}
	for _, p := range participants {
		f := strings.Split(p+"||", "|")
		r.Participants = append(r.Participants, parse.Participant{Name: parse.String(f[0]), Organisation: parse.String(f[1]),
			Short: parse.String(f[2]), Attendance: "present"})
	}
	for i, title := range items {
		r.Items = append(r.Items, parse.Item{Number: parse.String(fmt.Sprint(i + 1)), Title: parse.String(title)})
	}
	for _, a := range actions {
		owner, text, _ := strings.Cut(a, ": ")
		r.Actions = append(r.Actions, parse.Action{Owner: parse.String(owner), Text: parse.String(text), Status: "open"})
	}
	return r
}

func strs(t *testing.T, s *Store, query string, args ...any) []string {
	t.Helper()
	out, err := QueryStrings(bg, s.DB(), query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	sort.Strings(out)
	return out
}

// TestNamesThatAreNotPeople imports minutes whose tables were misread —
// a header row, names glued to status words, a table of contents read as
// a list of participants, two people in one cell — in English, German
// and Spanish, and checks that people holds only people, each row saying
// why its name is not one.
func TestNamesThatAreNotPeople(t *testing.T) {
	s, _ := openTemp(t)
	board := minutesOf("board.txt", "Board", "2016-02-13",
		[]string{"Diane Oyen", "Rebecca Galves", "Tinka Gammel", "MyChelle Andrews"},
		[]string{"Treasurer's report"},
		[]string{
			"Committee Due Date Status: Action Item",
			"Diane Oyen Open Meeting: would like to chair the next annual meeting",
			"Rebecca Galves Open: EYH local directors",
			"Jeanne Banks April Board: present a white paper",
			"All Board April Board: provide draft changes",
			"Tinka Gammel Georgia Pedicini: a proposal to bundle awards",
			"Georgia Pedicini: a budget",
			"Teck Trek.: MyChelle, Diane",
			"Erik and Florian and Mike: a joint statement",
		})
	vorstand := minutesOf("vorstand.txt", "Vorstand", "2019-11-05",
		[]string{"Jürgen Sander", "Dr. Anna Meyer"},
		nil,
		[]string{"Verantwortlich Termin Status: Aufgabe", "Anna Meyer erledigt: Protokoll versenden"})
	kraal := minutesOf("kraal.txt", "Kraal", "2018-03-09",
		[]string{"Previas", "Valoración TROFO", "Contenido", "Ernesto", "Paula", "Peter-Paul Koch"},
		[]string{"Asistentes", "Previas", "Valoración TROFO", "Contenido", "Peter-Paul Koch"},
		[]string{"Acción Responsable Fecha: Tarea", "Paula pendiente: bombonas"})
	for _, r := range []*parse.Record{board, vorstand, kraal} {
		mustImport(t, s, entry(r, "v1"), Imported)
	}
	got := strs(t, s, `SELECT name FROM people`)
	want := []string{"Anna Meyer", "Diane Oyen", "Ernesto", "Georgia Pedicini", "Jeanne Banks", "Jürgen Sander", "MyChelle Andrews",
		"Paula", "Peter-Paul Koch", "Rebecca Galves", "Tinka Gammel"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("people:\n got %q\nwant %q", got, want)
	}
	reasons := map[string]string{
		"Committee Due Date Status":     notHeader,
		"All Board April Board":         notGroup,
		"Tinka Gammel Georgia Pedicini": notTwoPeople,
		"Teck Trek.":                    notShape,
		"Erik and Florian and Mike":     notSeveral,
		"Verantwortlich Termin Status":  notHeader,
		"Acción Responsable Fecha":      notHeader,
		"Previas":                       notHeading,
		"Valoración TROFO":              notHeading,
	}
	for spelling, reason := range reasons {
		if n := count(t, s.DB(), `SELECT count(*) FROM not_people WHERE spelling = ? AND reason = ?`, spelling, reason); n != 1 {
			t.Errorf("not_people has no %q for %q", reason, spelling)
		}
	}
	// A name glued to a status word is linked to the person.
	for owner, person := range map[string]string{"Diane Oyen Open Meeting": "Diane Oyen", "Anna Meyer erledigt": "Anna Meyer", "Paula pendiente": "Paula"} {
		if got := strs(t, s, `SELECT p.name FROM actions a JOIN people p ON p.id = a.owner_id WHERE a.owner = ?`, owner); len(got) != 1 || got[0] != person {
			t.Errorf("owner %q linked to %q, want %q", owner, got, person)
		}
	}
}

// TestTransliterationsAreOnePerson checks that spellings with and without
// umlauts and Scandinavian letters, written out as their convention does
// (ü as ue, ø as oe, å as aa, ß as ss), are one person named with the
// fullest spelling, while Božič = Bozic still holds.
func TestTransliterationsAreOnePerson(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(minutesOf("a.txt", "TF-CSIRT", "2006-01-23",
		[]string{"Marco Thorbruegge", "Soeren Moeller", "Gorazd Bozic", "Hans Weiss", "Bente Aasgaard"}, nil, nil), "v1"), Imported)
	mustImport(t, s, entry(minutesOf("b.txt", "TF-CSIRT", "2006-05-25",
		[]string{"Marco Thorbrügge", "Søren Møller", "Gorazd Božič", "Hans Weiß", "Bente Åsgård"}, nil, nil), "v1"), Imported)
	got := strs(t, s, `SELECT name FROM people`)
	want := []string{"Bente Åsgård", "Gorazd Božič", "Hans Weiß", "Marco Thorbrügge", "Søren Møller"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("people: got %q, want %q", got, want)
	}
	if n := count(t, s.DB(), `SELECT count(*) FROM attendance WHERE person = 'Marco Thorbrügge'`); n != 2 {
		t.Errorf("Thorbrügge attended %d meetings, want 2", n)
	}
}

// TestOwnersLinkedAcrossMeetings checks that an owner written as initials
// is the person a participant list ties them to — in the same meeting,
// in another meeting of the body, or in any meeting when the document
// names no body — whichever is imported first, so actions_by_owner counts
// "JT" and "Jeremy Tandy" as one owner.
func TestOwnersLinkedAcrossMeetings(t *testing.T) {
	tracker := minutesOf("tracker.md", "", "2016-09-13", nil, nil,
		[]string{"JT: circulate the draft", "JT: book the room", "Jeremy Tandy: write the report", "JT/PR: agree the budget", "ENISA: publish"})
	steering := minutesOf("steering.md", "Steering Committee", "2016-03-09",
		[]string{"Jeremy Tandy|Met Office|JT", "Paul Rogers|Met Office|PR", "Betsy Frederick", "Betsy Smith"},
		nil, []string{"JT: send the minutes", "PR: chase the bank", "Paul: call the bank", "Betsy: send the invitation"})
	for _, order := range [][]*parse.Record{{tracker, steering}, {steering, tracker}} {
		s, _ := openTemp(t)
		for _, r := range order {
			mustImport(t, s, entry(r, "v1"), Imported)
		}
		byOwner := map[string]int{}
		rows, err := s.DB().Query(`SELECT owner, actions FROM actions_by_owner`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var owner string
			var n int
			rows.Scan(&owner, &n)
			byOwner[owner] = n
		}
		rows.Close()
		want := map[string]int{"Jeremy Tandy": 4, "Paul Rogers": 2, "JT/PR": 1, "ENISA": 1, "Betsy": 1}
		if !reflect.DeepEqual(byOwner, want) {
			t.Errorf("%s first: actions_by_owner = %v, want %v", order[0].Source.File, byOwner, want)
		}
		if n := count(t, s.DB(), `SELECT count(*) FROM actions WHERE owner = 'ENISA' AND not_a_person = ?`, notOwnerShape); n != 1 {
			t.Errorf("ENISA as owner: no reason given")
		}
	}
}

// TestInitialsOfSeveralPeople checks that initials two people use in the
// archive link an owner of a meeting without a body to neither.
func TestInitialsOfSeveralPeople(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(minutesOf("a.md", "Board", "2016-01-01", []string{"Jeremy Tandy||JT"}, nil, nil), "v1"), Imported)
	mustImport(t, s, entry(minutesOf("b.md", "Council", "2016-02-01", []string{"Julia Tanaka||JT"}, nil, nil), "v1"), Imported)
	mustImport(t, s, entry(minutesOf("c.md", "", "2016-03-01", nil, nil, []string{"JT: decide"}), "v1"), Imported)
	mustImport(t, s, entry(minutesOf("d.md", "Council", "2016-04-01", nil, nil, []string{"JT: decide again"}), "v1"), Imported)
	if got := strs(t, s, `SELECT COALESCE(p.name, a.not_a_person) FROM actions a LEFT JOIN people p ON p.id = a.owner_id`); !reflect.DeepEqual(got, []string{"Julia Tanaka", notAmbiguousIDs}) {
		t.Errorf("owners: %q", got)
	}
}

// TestAcronymsWrittenWithTheirName checks that an organisation written as
// an acronym is the organisation a document writes it with, whichever
// document comes first, and that an acronym written with two names joins
// neither.
func TestAcronymsWrittenWithTheirName(t *testing.T) {
	alone := minutesOf("alone.md", "Steering Committee", "2017-03-23", []string{"Mikko Visa|FMI"}, nil, nil)
	together := minutesOf("together.md", "Steering Committee", "2016-03-09",
		[]string{"Mikko Partio|Finnish Meteorological Institute", "Adam Montville|Center for Internet Security (CIS)"}, nil, nil)
	text := "Participants\n- Mikko Partio [MP], Finnish Meteorological Institute, Finland [FMI]\n"
	for _, order := range [][]*parse.Record{{alone, together}, {together, alone}} {
		s, _ := openTemp(t)
		for _, r := range order {
			e := entry(r, "v1")
			if r == together {
				e.Text = text
			}
			mustImport(t, s, e, Imported)
		}
		got := strs(t, s, `SELECT name FROM organisations`)
		if want := []string{"Center for Internet Security", "Finnish Meteorological Institute"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s first: organisations %q, want %q", order[0].Source.File, got, want)
		}
		if n := count(t, s.DB(), `SELECT count(DISTINCT organisation_id) FROM participants WHERE name LIKE 'Mikko%'`); n != 1 {
			t.Errorf("%s first: FMI and its full name are %d organisations", order[0].Source.File, n)
		}
	}
	// FMI written with a second name: the acronym alone names neither.
	s, _ := openTemp(t)
	e := entry(together, "v1")
	e.Text = text
	mustImport(t, s, e, Imported)
	other := minutesOf("other.md", "Council", "2018-01-01", []string{"Ann Other|Fictional Mining Institute"}, nil, nil)
	e = entry(other, "v1")
	e.Text = "Ann Other, Fictional Mining Institute (FMI)\n"
	mustImport(t, s, e, Imported)
	mustImport(t, s, entry(alone, "v1"), Imported)
	if got := strs(t, s, `SELECT o.name FROM participants p JOIN organisations o ON o.id = p.organisation_id WHERE p.name = 'Mikko Visa'`); !reflect.DeepEqual(got, []string{"FMI"}) {
		t.Errorf("an acronym of two organisations resolved to %q", got)
	}
}

// TestDuplicateCandidates checks that near-duplicates are offered with
// their evidence and never merged, and that a first name alone is offered
// only beside a full name of the same body.
func TestDuplicateCandidates(t *testing.T) {
	s, _ := openTemp(t)
	mustImport(t, s, entry(minutesOf("a.txt", "CSAF TC", "2018-08-29",
		[]string{"Allan Thomson|LookingGlass", "Roy T. Fielding", "Tinka", "Dan Appelquist", "Omar Santos|Cisco"}, nil, nil), "v1"), Imported)
	mustImport(t, s, entry(minutesOf("b.txt", "CSAF TC", "2018-10-31",
		[]string{"Allan Thompson|LookingGlass", "Roy Fielding", "Tinka Gammel", "Omar Santos|Cisco Systems"}, nil, nil), "v1"), Imported)
	mustImport(t, s, entry(minutesOf("c.txt", "Other Body", "2018-11-01",
		[]string{"Daniel Appelquist", "Dan"}, nil, nil), "v1"), Imported)
	if n := count(t, s.DB(), `SELECT count(*) FROM people`); n != 10 {
		t.Errorf("%d people, want 10: candidates are never merged", n)
	}
	type pair struct{ a, b, rule, body, org string }
	var got []pair
	rows, err := s.DB().Query(`SELECT name_a, name_b, rule, COALESCE(same_body, ''), COALESCE(same_organisation, '') FROM person_duplicates`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var p pair
		rows.Scan(&p.a, &p.b, &p.rule, &p.body, &p.org)
		got = append(got, p)
	}
	rows.Close()
	sort.Slice(got, func(i, j int) bool { return got[i].a < got[j].a })
	want := []pair{
		{"Allan Thomson", "Allan Thompson", pairSpelling, "CSAF TC", "LookingGlass"},
		{"Dan Appelquist", "Daniel Appelquist", pairShortName, "", ""},
		{"Roy T. Fielding", "Roy Fielding", pairMiddle, "CSAF TC", ""},
		{"Tinka", "Tinka Gammel", pairFirstOnly, "CSAF TC", ""},
		// Dan and Dan Appelquist share no body: not offered.
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("person_duplicates:\n got %v\nwant %v", got, want)
	}
	var distance, same int
	var similarity float64
	if err := s.DB().QueryRow(`SELECT distance, same_initials, similarity FROM person_duplicates WHERE name_a = 'Allan Thomson'`).Scan(&distance, &same, &similarity); err != nil {
		t.Fatal(err)
	}
	if distance != 1 || same != 1 || similarity < 0.95 {
		t.Errorf("Thomson/Thompson evidence: distance %d, same initials %d, similarity %.3f", distance, same, similarity)
	}
	orgs := strs(t, s, `SELECT name_a || ' / ' || name_b || ': ' || rule || ', ' || same_people FROM organisation_duplicates`)
	if want := []string{"Cisco / Cisco Systems: " + pairBegins + ", Omar Santos"}; !reflect.DeepEqual(orgs, want) {
		t.Errorf("organisation_duplicates: %q, want %q", orgs, want)
	}
}

// TestRelinkGivesTheImportsLinks checks that linking every row again
// (after a migration or a new aliases file) gives what the imports gave
// one by one.
func TestRelinkGivesTheImportsLinks(t *testing.T) {
	s, _ := openTemp(t)
	for _, r := range []*parse.Record{
		minutesOf("tracker.md", "", "2016-09-13", nil, nil, []string{"JT: circulate the draft"}),
		minutesOf("a.txt", "Steering Committee", "2016-03-09",
			[]string{"Jeremy Tandy|Met Office|JT", "Allan Thomson|KMA", "Tinka", "Marco Thorbruegge"}, nil, []string{"Diane Oyen Open: report"}),
		minutesOf("b.txt", "Steering Committee", "2016-05-09",
			[]string{"Allan Thompson|Korea Meteorological Administration (KMA)", "Tinka Gammel", "Marco Thorbrügge", "Diane Oyen"}, nil, nil),
		meeting17(), meeting18(),
	} {
		mustImport(t, s, entry(r, "v1"), Imported)
	}
	snapshot := func() []string {
		return strs(t, s, `
SELECT 'participant ' || pa.name || ' → ' || COALESCE(pe.name, pa.not_a_person, '-') || ' / ' || COALESCE(o.name, '-')
FROM participants pa LEFT JOIN people pe ON pe.id = pa.person_id LEFT JOIN organisations o ON o.id = pa.organisation_id
UNION ALL SELECT 'owner ' || a.owner || ' → ' || COALESCE(pe.name, a.not_a_person, '-') FROM actions a LEFT JOIN people pe ON pe.id = a.owner_id
UNION ALL SELECT 'pair ' || name_a || ' / ' || name_b FROM person_duplicates
UNION ALL SELECT 'history ' || action_key || ' ' || COALESCE(owner, '-') FROM action_history`)
	}
	before := snapshot()
	if err := s.Relink(); err != nil {
		t.Fatal(err)
	}
	if after := snapshot(); !reflect.DeepEqual(before, after) {
		t.Errorf("relinking changed the links:\nbefore %q\n after %q", before, after)
	}
}
