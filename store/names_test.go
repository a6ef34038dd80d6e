package store

import "testing"

// TestPersonName checks the rules that keep misread table cells, status
// words and lists out of people, in the languages of the archive, and
// that real names pass unchanged or lose only what was glued to them.
func TestPersonName(t *testing.T) {
	tests := []struct {
		written, name, reason string
	}{
		// Names, as they are.
		{"Gorazd Božič", "Gorazd Božič", ""},
		{"Bob van der Kamp", "Bob van der Kamp", ""},
		{"Roy T. Fielding", "Roy T. Fielding", ""},
		{"José Antonio García López", "José Antonio García López", ""},
		{"María de los Ángeles García de la Torre", "María de los Ángeles García de la Torre", ""},
		{"José Ortega y Gasset", "José Ortega y Gasset", ""}, // "y" joins two surnames of one person
		{"dede Collins", "dede Collins", ""},
		{"jonas_lillqvist", "jonas_lillqvist", ""}, // an IRC nickname
		{"Alina", "Alina", ""},
		{"Theresa May", "Theresa May", ""},   // a month alone is not glued
		{"April May", "April May", ""},       // nor two
		{"Michael Land", "Michael Land", ""}, // "Land" is not a column here
		{"Feng Guest", "Feng Guest", ""},     // a role word alone may be a surname
		{"Art MANION", "Art MANION", ""},
		{"Martin Luther King Jr.", "Martin Luther King Jr.", ""},
		// A title before the name goes.
		{"Avv. Alessandra Bucchi", "Alessandra Bucchi", ""},
		{"Dr. Jürgen Sander", "Jürgen Sander", ""},
		{"Mme Gaëtan Gagné", "Gaëtan Gagné", ""},
		{"Dott.ssa Novella Castori", "Novella Castori", ""},
		// Status and table words a misread table glued after a name go.
		{"Diane Oyen Open Meeting", "Diane Oyen", ""},
		{"Rebecca Galves Open", "Rebecca Galves", ""},
		{"Jeanne Banks April Board", "Jeanne Banks", ""},
		{"Anna Meyer offen", "Anna Meyer", ""},                  // German
		{"Jan de Vries afgerond", "Jan de Vries", ""},           // Dutch
		{"Marie Dupont en cours", "Marie Dupont", ""},           // French
		{"Giulia Rossi chiuso", "Giulia Rossi", ""},             // Italian
		{"Lucía Pérez pendiente 12.03.2019", "Lucía Pérez", ""}, // Spanish, with its due date
		// Table headers.
		{"Committee Due Date Status", "", notHeader},
		{"Name Organisation Country", "", notHeader},
		{"Verantwortlich Termin Status", "", notHeader}, // German
		{"Responsable Échéance Statut", "", notHeader},  // French
		{"Actie Wie Datum", "", notHeader},              // Dutch
		{"Azione Responsabile Scadenza", "", notHeader}, // Italian
		{"Acción Responsable Fecha", "", notHeader},     // Spanish
		{"Actions", "", notHeader},
		{"Verantwortlich", "", notHeader},
		{"Chi", "Chi", ""}, // Italian "who", and a name
		{"Open Meeting", "", notStatus},
		{"Done", "", notStatus},
		{"Erledigt", "", notStatus},
		// Groups.
		{"All", "", notGroup},
		{"EVERYONE", "", notGroup},
		{"All Board April Board", "", notGroup},
		{"Tutti", "", notGroup},
		{"N/A", "", notGroup},
		// Several people.
		{"Erik and Florian and Mike", "", notSeveral},
		{"Anna und Peter Schmidt", "", notSeveral},
		{"Marie et Jean", "", notSeveral},
		{"Kari og Ola Nordmann", "", notSeveral},
		{"LM/NM/GT", "", notSeveral},
		{"Cheri, Tinka Open Meeting", "", notSeveral},
		{"Tom & Jerry", "", notSeveral},
		// Not shaped like a name.
		{"Teck Trek.", "", notShape},
		{"Niclas Später Anwesend: Claudia", "", notShape},
		{"10.25.15 Diane", "", notShape},
		{"the secretary", "", notShape},
		{"jt@example.org", "", notShape},
		{"X", "", notShape},
		{"Anna Maria Luisa Sofia Beatrice Rossi", "", notTooLong},
		{"", "", ""},
	}
	for _, tt := range tests {
		name, reason := personName(tt.written)
		if name != tt.name || reason != tt.reason {
			t.Errorf("personName(%q) = %q, %q; want %q, %q", tt.written, name, reason, tt.name, tt.reason)
		}
	}
}

// TestNameKey checks that a person's key folds transliterations as well
// as case and diacritics (the languages are fold's tests).
func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Marco Thorbrügge":  "marco thorbruegge",
		"Marco Thorbruegge": "marco thorbruegge",
		"GORAZD BOŽIČ":      "gorazd bozic",
		"Søren Møller":      "soeren moeller",
	} {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOrganisationKey checks that legal forms, which never tell two
// organisations apart, are folded, in the countries of the archive, and
// that nothing else is.
func TestOrganisationKey(t *testing.T) {
	same := [][]string{
		{"FireEye", "FireEye, Inc.", "FIREEYE INC"},
		{"Bloomberg", "Bloomberg LP", "Bloomberg L.P."},
		{"Cryptsoft", "Cryptsoft Pty Ltd."},
		{"Siemens", "Siemens AG"},
		{"Beispiel", "Beispiel GmbH", "Beispiel GmbH & Co. KG"},
		{"Förderverein Fronteers", "Förderverein Fronteers e.V."},
		{"Telefónica", "Telefónica, S.A."},
		{"Exemple", "Exemple SARL", "Exemple SAS"},
		{"Voorbeeld", "Voorbeeld B.V.", "Voorbeeld N.V."},
		{"Esempio", "Esempio S.p.A.", "Esempio S.r.l."},
		{"Ericsson", "Ericsson AB"},
		{"Nokia", "Nokia Oyj"},
		{"sFractal Consulting", "sFractal Consulting LLC"},
		{"Mitre", "Mitre Corporation"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if OrganisationKey(s) != OrganisationKey(group[0]) {
				t.Errorf("OrganisationKey(%q) = %q, want %q as for %q", s, OrganisationKey(s), OrganisationKey(group[0]), group[0])
			}
		}
	}
	differ := [][2]string{
		{"Cisco", "Cisco Systems"}, // not a legal form: a candidate, not folded
		{"Meteo-France", "Meteo-France International"},
		{"CERT-AT", "CERT-EE"},
	}
	for _, d := range differ {
		if OrganisationKey(d[0]) == OrganisationKey(d[1]) {
			t.Errorf("%q and %q share a key", d[0], d[1])
		}
	}
	if got := OrganisationKey("AG"); got != "ag" {
		t.Errorf("a name that is only a legal form lost it: %q", got)
	}
}

func TestAcronymOf(t *testing.T) {
	tests := []struct {
		acronym, name string
		want          bool
	}{
		{"FMI", "Finnish Meteorological Institute", true},
		{"CIS", "Center for Internet Security", true},
		{"MFI", "Meteo-France International", true},
		{"KMA", "Korea Meteorological Administration", true},
		{"BSI", "Bundesamt für Sicherheit in der Informationstechnik", true},
		{"DoD", "Department of Defense", true},
		{"ANSSI", "Agence nationale de la sécurité des systèmes d'information", false}, // not its initials
		{"CSC", "FUNET CERT", false},
		{"UNI-C", "DK-CERT", false},
		{"F", "Finnish", false},
		{"delegate", "Deutsche Telekom", false},
	}
	for _, tt := range tests {
		if got := acronymOf(tt.acronym, tt.name); got != tt.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tt.acronym, tt.name, got, tt.want)
		}
	}
}

// TestPersonPair checks which pairs of names are offered as candidates,
// and why; never a merge.
func TestPersonPair(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"Allan Thomson", "Allan Thompson", pairSpelling},
		{"Matteo Dell'Aqua", "Matteo Dell'Acqua", pairSpelling},
		{"Carol La Delfe", "Carol LaDelfe", pairSpelling},
		{"Gwenfil Evans", "Gwenfyl Evans", pairSpelling},
		{"Roy Fielding", "Roy T. Fielding", pairMiddle},
		{"Mark Miller", "Mark S. Miller", pairMiddle},
		{"Dan Appelquist", "Daniel Appelquist", pairShortName},
		{"R. Warsing", "Ryan Warsing", pairShortName},
		{"Marco Thorbrugge", "Marco Thorbrügge", pairAccents}, // ü written u: not folded, offered
		{"Thorben Jandling", "Thorben Jändling", pairAccents},
		{"Tinka", "Tinka Gammel", pairFirstOnly},
		{"Wyona", "Wyonna Turner", pairFirstOnly},
		{"Daniel Brown", "Andrew Brown", ""},
		{"Remy Gibault", "Remy Giraud", ""},
		{"Kim Davies", "Jill Davies", ""},
		{"Mikko Partio", "Mikko Visa", ""},
		{"Gorazd Božič", "Gorazd Bozic", ""}, // one key: already one person
		{"tguild", "tzviya", ""},
	}
	for _, tt := range tests {
		if got := personPair(tt.a, tt.b); got != tt.want {
			t.Errorf("personPair(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
		if got := personPair(tt.b, tt.a); got != tt.want {
			t.Errorf("personPair(%q, %q) = %q, want %q (the other way round)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestOrganisationPair(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"Cisco", "Cisco Systems", pairBegins},
		{"Meteo-France", "Meteo-France International", pairBegins},
		{"Siemans AG", "Siemens AG", pairSpelling},
		{"KMA", "Korea Meteorological Administration", pairAcronym},
		{"Universität Zürich", "Universitat Zurich", pairAccents},
		{"CERT-EE", "CERT-FI", ""},
		{"Govcert.lu", "GOVCERT.NL", ""},
		{"FireEye", "FireEye, Inc.", ""}, // one key: folded
	}
	for _, tt := range tests {
		if got := organisationPair(tt.a, tt.b); got != tt.want {
			t.Errorf("organisationPair(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}
