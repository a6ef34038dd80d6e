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

// TestConcurrentUse folds from many goroutines at once; run with -race.
func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if Key("Gorazd Božič") != "gorazd bozic" {
					t.Error("wrong key under concurrency")
					return
				}
			}
		}()
	}
	wg.Wait()
}
