package store

import (
	"reflect"
	"strings"
	"testing"

	"minutes/parse"
)

func TestReadAliases(t *testing.T) {
	file := `kind,spelling,name
# merges
person, Allan Thomson, Allan Thompson
People,Thompson A.,Allan Thomson
person,Gorazd Bozic,Gorazd Božič
organization,Cisco,Cisco Systems
org,FMI,Finnish Meteorological Institute
person,Feng Guest,
person,"Dell'Aqua, Matteo",Matteo Dell'Acqua
`
	got, err := ReadAliases(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	want := []Alias{
		{"person", "Allan Thomson", "Allan Thompson", 3},
		{"person", "Thompson A.", "Allan Thompson", 4}, // the chain followed
		{"person", "Gorazd Bozic", "Gorazd Božič", 5},
		{"organisation", "Cisco", "Cisco Systems", 6},
		{"organisation", "FMI", "Finnish Meteorological Institute", 7},
		{"person", "Feng Guest", "", 8},
		{"person", "Dell'Aqua, Matteo", "Matteo Dell'Acqua", 9},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadAliases:\n got %v\nwant %v", got, want)
	}
	bad := []struct{ file, err string }{
		{"persona,A B,C D\n", `line 1: kind "persona"`},
		{"person,A B\nperson,A B,C D,E\n", "line 2: 4 fields"},
		{"person,...,C D\n", "no letters"},
		{"person,Anna Meyer,Anna Maier\nperson,ANNA MEYER,Anna Mayer\n", `line 2: "ANNA MEYER" is already given the name "Anna Maier" on line 1`},
		{"person,A Aa,B Bb\nperson,B Bb,A Aa\n", "come back"},
		{"person,A Aa,Gorazd Bozic\nperson,B Bb,Gorazd Božič\n", "two names"},
	}
	for _, b := range bad {
		if _, err := ReadAliases(strings.NewReader(b.file)); err == nil || !strings.Contains(err.Error(), b.err) {
			t.Errorf("ReadAliases(%q) = %v, want an error with %q", b.file, err, b.err)
		}
	}
}

// TestAliasesMergeRenameAndSurvive loads an aliases file into a database,
// checks that it merges, renames and rejects, that it holds for documents
// imported, re-imported and forced afterwards, and that a changed file
// undoes what the old one did.
func TestAliasesMergeRenameAndSurvive(t *testing.T) {
	s, _ := openTemp(t)
	a := minutesOf("a.txt", "CSAF TC", "2018-08-29",
		[]string{"Allan Thomson|Cisco", "Gorazd Bozic|SI-CERT", "Feng Guest|Cisco"}, nil, []string{"Allan Thomson: review"})
	mustImport(t, s, entry(a, "v1"), Imported)
	aliases, err := ReadAliases(strings.NewReader(`person,Allan Thomson,Allan Thompson
person,Gorazd Bozic,Gorazd Božič
person,Feng Guest,
organisation,Cisco,Cisco Systems
`))
	if err != nil {
		t.Fatal(err)
	}
	if changed, err := s.SetAliases(aliases); err != nil || !changed {
		t.Fatalf("SetAliases: %v, %v", changed, err)
	}
	b := minutesOf("b.txt", "CSAF TC", "2018-10-31",
		[]string{"Allan Thompson|Cisco Systems", "Gorazd Božič|SI-CERT"}, nil, nil)
	mustImport(t, s, entry(b, "v1"), Imported)
	check := func(when string) {
		t.Helper()
		if got, want := strs(t, s, `SELECT name FROM people`), []string{"Allan Thompson", "Gorazd Božič"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: people %q, want %q", when, got, want)
		}
		if got, want := strs(t, s, `SELECT name FROM organisations`), []string{"Cisco Systems", "SI-CERT"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: organisations %q, want %q", when, got, want)
		}
		if n := count(t, s.DB(), `SELECT count(*) FROM participants WHERE name = 'Feng Guest' AND person_id IS NULL AND not_a_person = ?`, notAlias); n != 1 {
			t.Errorf("%s: Feng Guest is a person", when)
		}
		if n := count(t, s.DB(), `SELECT count(*) FROM actions a JOIN people p ON p.id = a.owner_id WHERE p.name = 'Allan Thompson'`); n != 1 {
			t.Errorf("%s: the owner Allan Thomson is not Allan Thompson", when)
		}
		if n := count(t, s.DB(), `SELECT count(*) FROM person_duplicates`); n != 0 {
			t.Errorf("%s: a merged pair is still offered", when)
		}
	}
	check("after loading")
	if changed, err := s.SetAliases(aliases); err != nil || changed {
		t.Errorf("loading the same file again: changed %v, %v", changed, err)
	}
	for _, r := range []*parse.Record{a, b} {
		if _, err := s.Reimport(entry(r, "v1")); err != nil { // minutes import --force
			t.Fatal(err)
		}
	}
	check("after --force")
	mustImport(t, s, entry(a, "v2"), Replaced) // a new pipeline version
	check("after a re-import")

	if changed, err := s.SetAliases(aliases[1:]); err != nil || !changed {
		t.Fatalf("SetAliases without Thomson: %v, %v", changed, err)
	}
	if got := strs(t, s, `SELECT name FROM people WHERE name LIKE 'Allan%'`); !reflect.DeepEqual(got, []string{"Allan Thompson", "Allan Thomson"}) {
		t.Errorf("after the line went: %q, want Thompson and Thomson apart", got)
	}
	if n := count(t, s.DB(), `SELECT count(*) FROM person_duplicates`); n != 1 {
		t.Errorf("Thomson and Thompson are not offered again")
	}
	stored, err := s.Aliases()
	if err != nil || len(stored) != 3 || stored[0].Spelling != "Gorazd Bozic" {
		t.Errorf("Aliases() = %v, %v", stored, err)
	}
}
