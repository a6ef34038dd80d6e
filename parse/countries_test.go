package parse

import (
	"testing"
)

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		in, canonical string
		ok            bool
	}{
		{"Germany", "Germany", true},
		{"The Netherlands", "Netherlands", true}, // a variant of the 2010 seed's table
		{"the Netherlands", "Netherlands", true},
		{"TheNetherlands", "Netherlands", true}, // spaces lost
		{"United Kingdom", "United Kingdom", true},
		{"UnitedKingdom", "United Kingdom", true},
		{"UK", "United Kingdom", true}, // OpenWIS participants
		{"U.K.", "United Kingdom", true},
		{"uk", "", false}, // abbreviations only in capitals
		{"us", "", false},
		{"USA", "United States", true},
		{"United States of America", "United States", true},
		{"Czech Republic", "Czechia", true},
		{"CzechRepublic", "Czechia", true},
		{"Macedonia", "Macedonia", true},
		{"Korea", "South Korea", true},
		{"Republic of Korea", "South Korea", true},
		{"Bosnia and Herzegovina", "Bosnia & Herzegovina", true},
		{"Côte d'Ivoire", "Côte d’Ivoire", true},
		{"Cote d’Ivoire", "Côte d’Ivoire", true},
		{"Allemagne", "Germany", true},   // French
		{"Deutschland", "Germany", true}, // German
		{"España", "Spain", true},        // Spanish
		{"Türkiye", "Turkey", true},
		{"Island", "", false}, // German for Iceland, an English noun
		{"Diego Garcia", "", false},
		{"Hamburg, Germany", "", false}, // a whole string only
		{"-", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := lookupCountry(tt.in)
		if ok != tt.ok || got != tt.canonical {
			t.Errorf("lookupCountry(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.canonical, tt.ok)
		}
	}
}

func TestCountrySuffix(t *testing.T) {
	tests := []struct {
		in, country, rest string
		ok                bool
	}{
		{"Hamburg, Germany", "Germany", "Hamburg", true}, // the 2010 seed's running header
		{"Grand Elysee Hotel, Hamburg, Germany", "Germany", "Grand Elysee Hotel, Hamburg", true},
		{"Heraklion, Greece (hosted by FORTH", "", "Heraklion, Greece (hosted by FORTH", false},
		{"Heraklion, Greece", "Greece", "Heraklion", true},
		{"CERT-EEEstonia", "Estonia", "CERT-EE", true}, // a glued row's tail
		{"SURFcertTheNetherlands", "TheNetherlands", "SURFcert", true},
		{"CESNETCERTCzechRepublic", "CzechRepublic", "CESNETCERT", true},
		{"Vilnius, Lithuania.", "Lithuania", "Vilnius", true},
		{"Amsterdam, the Netherlands", "the Netherlands", "Amsterdam", true},
		{"Espoo, Finland", "Finland", "Espoo", true},
		{"RCTS CERT (Portugal)", "Portugal", "RCTS CERT", true},
		{"Somalia", "Somalia", "", true},
		{"Romania", "Romania", "", true}, // not "Oman"
		{"thomas", "", "thomas", false},
	}
	for _, tt := range tests {
		country, rest, ok := countrySuffix(tt.in)
		if country != tt.country || rest != tt.rest || ok != tt.ok {
			t.Errorf("countrySuffix(%q) = %q, %q, %v; want %q, %q, %v", tt.in, country, rest, ok, tt.country, tt.rest, tt.ok)
		}
	}
}

// TestCountriesAt finds countries inside glued runs of the 2010 seed's
// table, with the spaces the gazetteer gives them.
func TestCountriesAt(t *testing.T) {
	tests := []struct {
		glued string
		want  []string // the countries found, in order, longest first at each place
	}{
		{"BELNETCERTBelgiumCarlosFuentesIRISCERTSpain", []string{"Belgium", "Spain"}},
		{"SvenGabrielNIKHEFTheNetherlandsChrisGibsoncitiUnitedKingdom", []string{"The Netherlands", "Netherlands", "United Kingdom"}},
		{"DanielKourilCESNETCERTCzechRepublicThorstenKraft", []string{"Czech Republic"}},
		{"RomanoMalik", nil}, // "Oman" and "Mali" inside words do not count
		{"GeorgiaKillcreceCERT/CCUnitedStates", []string{"Georgia", "United States"}},
	}
	for _, tt := range tests {
		var got []string
		for i := range tt.glued {
			for _, c := range countriesAt(tt.glued, i) {
				got = append(got, c.spelled)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("countries in %q = %q, want %q", tt.glued, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("countries in %q = %q, want %q", tt.glued, got, tt.want)
				break
			}
		}
	}
}
