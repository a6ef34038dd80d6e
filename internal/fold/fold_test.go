package fold

import (
	"sync"
	"testing"
)

func TestDiacritics(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Gorazd Božič", "Gorazd Bozic"},
		{"Publié le", "Publie le"},
		{"Thorbrügge", "Thorbrugge"},
		{"Åsgård", "Asgard"},
		{"Łódź", "Łodz"}, // ł is a letter of its own, not l with a mark
		{"plain ASCII", "plain ASCII"},
		{"e\u0301", "e"}, // a combining accent
		{"", ""},
	}
	for _, tt := range tests {
		if got := Diacritics(tt.in); got != tt.want {
			t.Errorf("Diacritics(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Gorazd Božič", "gorazd bozic"},
		{"  GORAZD   BOZIC ", "gorazd bozic"},
		{"FUNET CERT", "funet cert"},
		{"Funet-CERT", "funet cert"},
		{"1&1 Internet", "1&1 internet"},
		{"CERT Polska (NASK)", "cert polska nask"},
		{"...", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTransliterate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Thorbrügge", "Thorbruegge"},       // German
		{"Thorbru\u0308gge", "Thorbruegge"}, // the same with a combining diaeresis
		{"Jürgen Möller-Straße", "Juergen Moeller-Strasse"},
		{"ÜBERMÄẞIG", "UEBERMAESSIG"},            // a word in capitals stays in capitals
		{"Ärger Öl Über", "Aerger Oel Ueber"},    // a capital before small letters
		{"Åsgård", "Aasgaard"},                   // Norwegian, Swedish
		{"Søren Kjærgaard", "Soeren Kjaergaard"}, // Danish
		{"Œuvre cœur", "Oeuvre coeur"},           // French
		{"Þórður", "Thórdur"},                    // Icelandic: ó is left to Diacritics
		{"Michał Łukasz", "Michal Lukasz"},       // Polish
		{"Đurđević", "Djurdjević"},               // Croatian
		{"ǽ Ǿ", "ae\u0301 Oe\u0301"},             // a letter of the table with a mark of its own
		{"Gorazd Božič", "Gorazd Božič"},         // no convention: left to Diacritics
		{"Kouřil", "Kouřil"},
		{"plain ASCII", "plain ASCII"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Transliterate(tt.in); got != tt.want {
			t.Errorf("Transliterate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTransliteratedKeys checks the promise names rely on: spellings with
// and without transliteration, and with and without diacritics, share a
// key once transliterated and folded.
func TestTransliteratedKeys(t *testing.T) {
	same := [][]string{
		{"Marco Thorbrügge", "Marco Thorbruegge", "MARCO THORBRUEGGE"},
		{"Gorazd Božič", "Gorazd Bozic", "GORAZD BOZIC"},
		{"Bente Åsgård", "Bente Aasgaard"},
		{"Søren Møller", "Soeren Moeller"},
		{"Hans Strauß", "Hans Strauss"},
		{"Michał Nowak", "Michal Nowak"},
		{"Þóra Björk", "Thora Bjoerk"},
		{"Nicolò Ribaudo", "Nicolo Ribaudo"},
	}
	for _, group := range same {
		want := Key(Transliterate(group[0]))
		for _, s := range group[1:] {
			if got := Key(Transliterate(s)); got != want {
				t.Errorf("key of %q = %q, of %q = %q: want one key", group[0], want, s, got)
			}
		}
	}
}

// TestConcurrentUse folds from many goroutines at once; run with -race.
func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if Key("Gorazd Božič") != "gorazd bozic" || Transliterate("Thorbrügge") != "Thorbruegge" {
					t.Error("wrong key under concurrency")
					return
				}
			}
		}()
	}
	wg.Wait()
}
