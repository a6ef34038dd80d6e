// Package fold removes the differences between spellings that name the
// same thing — letter case, diacritics and the transliterations of
// letters — so "Gorazd Božič" and "GORAZD BOZIC", or "Thorbrügge" and
// "Thorbruegge", can be matched. Every function is safe for concurrent use:
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

// transliterations are the letters written with two or more letters when
// a keyboard or an old system lacks them: German ü → ue, Danish and
// Norwegian ø → oe and å → aa, ß → ss, and the like. Letters that are a
// base letter with a mark and have no such convention (č, é, ř) are left
// to Diacritics.
var transliterations = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", // German (ö, ü also Turkish, Hungarian, Estonian)
	'æ': "ae", 'ø': "oe", 'å': "aa", // Danish, Norwegian, Swedish
	'œ': "oe",           // French
	'þ': "th", 'ð': "d", // Icelandic
	'ł': "l",            // Polish
	'đ': "dj",           // Croatian, Serbian
	'ı': "i", 'ĳ': "ij", // Turkish dotless i, Dutch ij
	'ħ': "h", // Maltese
}

// Transliterate writes the letters that have a conventional spelling in
// plain letters that way, keeping case ("Thorbrügge" → "Thorbruegge",
// "Åsgård" → "Aasgaard", "STRAUß" → "STRAUSS", "Łódź" → "Lódź"), so that
// a name typed without them folds to the same key. Other letters,
// diacritics included, are kept: Diacritics or Key remove those.
func Transliterate(s string) string {
	if isASCII(s) {
		return s
	}
	s = norm.NFC.String(s) // "u" + combining diaeresis is ü
	var b strings.Builder
	b.Grow(len(s) + 8)
	runes := []rune(s)
	for i, r := range runes {
		letter, marks := r, ""
		t, ok := transliterations[unicode.ToLower(letter)]
		if !ok {
			// A letter of the table with a mark of its own ("ǽ", "Ǿ"): the
			// letter is transliterated, the mark kept for Diacritics.
			if d := []rune(norm.NFD.String(string(r))); len(d) > 1 {
				letter, marks = d[0], string(d[1:])
				t, ok = transliterations[unicode.ToLower(letter)]
			}
		}
		switch {
		case !ok:
			b.WriteRune(r)
			continue
		case !unicode.IsUpper(letter):
			b.WriteString(t)
		default:
			// A capital: "Ü" → "Ue" before a small letter, "UE" in a word
			// written in capitals.
			upperWord := i+1 < len(runes) && unicode.IsUpper(runes[i+1]) || i > 0 && unicode.IsUpper(runes[i-1])
			first, rest := t[:1], t[1:]
			if upperWord {
				rest = strings.ToUpper(rest)
			}
			b.WriteString(strings.ToUpper(first) + rest)
		}
		b.WriteString(marks)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
