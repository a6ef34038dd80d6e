package parse

import "testing"

func TestLooksLikePerson(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Hillar Aareleid", true},
		{"Bente Christian Åsgård", true},
		{"Bob van der Kamp", true},
		{"Klaus-Peter Kossakowski", true},
		{"Scott McIntyre", true},
		{"Matteo Dell'Aqua", true},
		{"J. Margo Clark", true},
		{"Roy T. Fielding", true},
		{"dede Collins", true}, // NMNWSE 2003: a first name in lower case
		{"M. Gaëtan Gagné", true},
		{"Cllr Richard Smith", true},
		{"Dan", true}, // W3C: first names
		{"dka", true}, // and nicknames
		{"jonas_lillqvist", true},
		{"CharlesL", true},
		{"Art MANION", true}, // OASIS 2016: a surname in capitals
		{"Jean-Luc SAINT-JUST", true},
		{"Aoife O'NEILL", true},
		{"CERT Polska", false}, // capitals first: a body
		{"Funet CERT", false},
		{"Cisco PSIRT", false},
		{"Telia SOC", false},
		{"Art MANION SMITH", false}, // two words in capitals: an organisation's style
		{"ENISA", false},
		{"CERT-EE", false},
		{"Taltech-CSIRT", false},
		{"UiO-CERT", false},
		{"SURFcert", false},
		{"Banco Santander", false},
		{"Kaiser Permanente Foundation", false},
		{"Directors", false},
		{"Chair", false},
		{"Hon. Secretary & Treasurer", false},
		{"conseiller municipal", false},
		{"Germany", false},
		{"None", false},
		{"All participants recorded their attendance", false},
		{"2015 - 2016", false},
	}
	for _, tt := range tests {
		if got := looksLikePerson(tt.s); got != tt.want {
			t.Errorf("looksLikePerson(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestInitialsOf(t *testing.T) {
	tests := []struct {
		short, name string
		want        bool
	}{
		{"SF", "Sheila Freeman", true}, // Halesworth trustees
		{"AHol", "Alan Holzer", true},
		{"AHop", "Alison Hopkins", true},
		{"NRO", "Nicolò Ribaudo", true}, // Ecma TC39
		{"VYG", "Valerie Young", true},
		{"RGr", "Remy Giraud", true}, // OpenWIS
		{"SCC", "Stephen Taylor", false},
		{"TSC", "Rod Vagg", false},
		{"LSRCC", "Ryan Warsing", false},
		{"dka", "Dan", false},
		{"", "Dan", false},
	}
	for _, tt := range tests {
		if got := initialsOf(tt.short, tt.name); got != tt.want {
			t.Errorf("initialsOf(%q, %q) = %v, want %v", tt.short, tt.name, got, tt.want)
		}
	}
}

func TestRoleAndAttendance(t *testing.T) {
	tests := []struct {
		phrase, role, attendance string
	}{
		{"Chair", roleChair, ""},
		{"(Chairing)", roleChair, ""},
		{"Vice-chair", roleViceChair, ""},
		{"Vice President/President Elect", roleViceChair, ""},
		{"Past President", "", ""},
		{"Hon. Secretary & Treasurer", roleSecretary, ""},
		{"Treasurer", roleTreasurer, ""},
		{"HR Administrator – Minutes", roleScribe, ""},
		{"Minuting", roleScribe, ""},
		{"ScribeNick", roleScribe, ""},
		{"Secrétaire", roleSecretary, ""},
		{"Staff Advisory Group Observer", roleGuest, ""},
		{"Guests", roleGuest, ""},
		{"Chief Executive", "", ""},
		{"phone conference", "", attendRemote},
		{"video conference", "", attendRemote},
		{"WebEx", "", attendRemote},
		{"remote", "", attendRemote},
		{"by proxy", "", attendProxy},
		{"by poxy", "", attendProxy}, // NMNWSE 2016, a typing slip
		{"Regrets", "", attendApologies},
		{"Apologies for Absence", "", attendApologies},
		{"excusés", "", attendApologies},
		{"Directors Absent", "", attendAbsent},
		{"present", "", attendPresent},
		{"Anwesend", "", attendPresent}, // one letter from "abwesend": exact words win
		{"Abwesend", "", attendAbsent},
		{"Facilitator", roleChair, ""},
		{"Team Cymru", "", ""}, // "team" is not "teams"
		{"Telefónica", "", ""},
	}
	for _, tt := range tests {
		if got := roleOf(tt.phrase); got != tt.role {
			t.Errorf("roleOf(%q) = %q, want %q", tt.phrase, got, tt.role)
		}
		if got := attendanceOf(tt.phrase); got != tt.attendance {
			t.Errorf("attendanceOf(%q) = %q, want %q", tt.phrase, got, tt.attendance)
		}
	}
}

func TestIsTimeNote(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"10:09am", true},        // ASF 2002
		{"arrived 9:11am", true}, // ASF 2000
		{"afternoon", true},      // W3C TAG
		{"for discussion on Capability URLs", true},
		{"left at 11.30", true},
		{"14h30", true},
		{"Department of Health", false},
		{"SCC", false},
		{"phone", false},
	}
	for _, tt := range tests {
		if got := isTimeNote(tt.s); got != tt.want {
			t.Errorf("isTimeNote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestSplitLabel(t *testing.T) {
	tests := []struct {
		line, content string
		ok            bool
		ctx           listContext
	}{
		{"Present: Dan, Peter", "Dan, Peter", true, listContext{attendance: attendPresent, stated: true}},
		{"Present; Sheila Freeman (SF)", "Sheila Freeman (SF)", true, listContext{attendance: attendPresent, stated: true}},
		{"    Directors Present Post-Roll Call:", "", true, listContext{attendance: attendPresent, stated: true}},
		{"o Commissioners Absent: Shelley Young", "Shelley Young", true, listContext{attendance: attendAbsent, stated: true}},
		{"### **2.1.3 Observers present**", "", true, listContext{attendance: attendPresent, role: roleGuest, stated: true}},
		{"*Chairs:* Daniel Appelquist", "Daniel Appelquist", true, listContext{attendance: attendPresent, role: roleChair, stated: true}},
		{"09:05:31 <JeniT> Scribe: JeniT", "JeniT", true, listContext{attendance: attendPresent, role: roleScribe, stated: true}},
		{"Attendees                        Shona Bendix", "Shona Bendix", true, listContext{attendance: attendPresent, stated: true}},
		{"Membres :", "", true, listContext{attendance: attendPresent}},
		{"Chair", "", true, listContext{attendance: attendPresent, role: roleChair, stated: true}},
		{"Treasurer\tJ. Tinka Gammel", "", false, listContext{}}, // an election result
		{"BOARD MEETING MINUTES", "", false, listContext{}},
		{"Present the budget to the board", "", false, listContext{}},
		{"Approval of Minutes", "", false, listContext{}},
	}
	for _, tt := range tests {
		ctx, content, ok := splitLabel(tt.line)
		if ok != tt.ok || ok && (content != tt.content || ctx != tt.ctx) {
			t.Errorf("splitLabel(%q) = %+v, %q, %v; want %+v, %q, %v", tt.line, ctx, content, ok, tt.ctx, tt.content, tt.ok)
		}
	}
}
