// Package fold removes the differences between spellings that name the
// same thing — letter case and diacritics — so "Gorazd Božič" and
// "GORAZD BOZIC" can be matched. Every function is safe for concurrent use:
// unlike a shared transform.Transformer chain, it keeps no state between
// calls.
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Diacritics removes the diacritics of s and composes what remains:
// "Božič" → "Bozic", "Publié" → "Publie". Letters that are not a base
// letter with marks ("ø", "ł", "ß") stay as they are.
func Diacritics(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Key is the key under which spellings of one name match: diacritics and
// case removed, letters, digits and "&" kept, everything else a single
// space. "Gorazd Božič" and "GORAZD BOZIC" share the key "gorazd bozic";
// "FUNET CERT" and "Funet-CERT" share "funet cert".
func Key(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(Diacritics(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
