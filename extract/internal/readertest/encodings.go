package readertest

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// Encode encodes s with enc or fails the test.
func Encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// WesternWords are words of minutes in several languages, with the
// accents and typographic punctuation old files carry; every one is in
// Windows-1252 and MacRoman.
var WesternWords = []string{
	"réunion", "comité", "procès-verbal", "présents", "Gaëtan", "Gagné", "conseiller", "secrétaire",
	"Sitzung", "Protokoll", "Ausschuß", "Vorsitzender", "Bürgermeister", "Tagesordnung", "über",
	"reunión", "acta", "señor", "aprobación", "año", "Peña", "Muñoz",
	"reunião", "aprovação", "São", "João", "direção",
	"möte", "närvarande", "Åsa", "Ødegård", "Bjørn", "Jürgen", "Zoë", "naïve", "café", "Égalité",
	"minutes", "approved", "action", "meeting", "chair", "apologies", "treasurer",
	"Kelly’s", "don’t", "“draft”", "–", "—", "…", "€30",
}

// Sentences makes n texts of random words (fixed seed), each with at
// least three non-ASCII words, joined by spaces and line ends.
func Sentences(words []string, n int, seed uint64) []string {
	rng := rand.New(rand.NewPCG(seed, 7))
	var texts []string
	for len(texts) < n {
		var b strings.Builder
		nonASCII := 0
		for i := range 8 + rng.IntN(40) {
			w := words[rng.IntN(len(words))]
			if i > 0 {
				b.WriteString([]string{" ", " ", " ", ", ", ".\n", "\r\n"}[rng.IntN(6)])
			}
			b.WriteString(w)
			if !isASCII(w) {
				nonASCII++
			}
		}
		if nonASCII >= 3 {
			texts = append(texts, b.String())
		}
	}
	return texts
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
