package ocr

// Languages: which of the installed trained languages a document is read
// in, from what it declares or from the words of its first page.

import (
	"strings"
	"unicode"
)

// iso639 maps the two-letter codes documents declare (a PDF's /Lang
// "fr-CA") to Tesseract's trained-data names.
var iso639 = map[string]string{
	"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "nl": "nld", "pt": "por",
	"cy": "cym", "ca": "cat", "da": "dan", "sv": "swe", "no": "nor", "nb": "nor", "pl": "pol",
	"fi": "fin", "ga": "gle", "ja": "jpn", "zh": "chi_sim",
}

// stopWords are frequent short words of each language Tesseract reads,
// enough to tell the language of a page of minutes.
var stopWords = map[string][]string{
	"eng": {"the", "and", "of", "to", "was", "that", "for", "with", "were", "would", "meeting", "minutes", "present", "apologies"},
	"fra": {"le", "la", "les", "des", "et", "du", "est", "une", "pour", "que", "dans", "au", "séance", "présents"},
	"deu": {"der", "die", "das", "und", "ist", "nicht", "mit", "für", "den", "von", "wird", "sitzung", "anwesend"},
	"spa": {"el", "la", "los", "las", "y", "del", "que", "en", "por", "para", "una", "se", "reunión", "acta"},
	"ita": {"il", "la", "di", "che", "e", "per", "della", "del", "una", "sono", "alla", "verbale", "presenti"},
	"nld": {"de", "het", "een", "en", "van", "dat", "is", "niet", "op", "voor", "met", "vergadering", "notulen"},
	"por": {"o", "a", "os", "as", "e", "do", "da", "que", "em", "para", "uma", "não", "reunião", "ata"},
	"cym": {"y", "yr", "a", "ac", "i", "o", "yn", "bod", "ei", "gan", "cyngor", "cofnodion"},
}

// chooseLanguages picks the languages to read a document in: the
// declared language when installed, else the language of text (the
// words of a page already read) when installed, else English, else the
// first language installed.
func (e *Engine) chooseLanguages(declared, text string) []string {
	if code := tesseractCode(declared); code != "" && e.has(code) {
		return []string{code}
	}
	if code := guessLanguage(text, e.languages); code != "" {
		return []string{code}
	}
	if e.has("eng") {
		return []string{"eng"}
	}
	return e.languages[:1]
}

// has reports whether a trained language is installed.
func (e *Engine) has(code string) bool {
	for _, l := range e.languages {
		if l == code {
			return true
		}
	}
	return false
}

// tesseractCode turns a declared language ("fr-CA", "fra", "EN") into a
// trained-data name, or "".
func tesseractCode(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	base, _, _ := strings.Cut(strings.ReplaceAll(lang, "_", "-"), "-")
	if code, ok := iso639[base]; ok {
		return code
	}
	if len(base) == 3 {
		return base
	}
	return ""
}

// guessLanguage returns the language among candidates whose stop words
// are most frequent in text, or "" when too few words are known to say.
func guessLanguage(text string, candidates []string) string {
	counts := map[string]int{}
	for _, word := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, lang := range candidates {
			for _, s := range stopWords[lang] {
				if word == s {
					counts[lang]++
				}
			}
		}
	}
	best, bestN := "", 0
	for _, lang := range candidates {
		if counts[lang] > bestN {
			best, bestN = lang, counts[lang]
		}
	}
	if bestN < 5 {
		return ""
	}
	return best
}
