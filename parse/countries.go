package parse

// The country gazetteer: every country and territory that has an ISO 3166
// code, under its English name and its names in a few other languages
// minutes are written in (from golang.org/x/text/language/display), plus
// the everyday variants that tables of participants use ("The
// Netherlands", "UK", "Czech Republic", "Korea").
//
// Names are matched on a folded key — lower case, without diacritics,
// spaces or dots — so "Czech Republic", "CzechRepublic" (a table row whose
// spaces were lost) and "czech republic" are one entry. Short all-capital
// abbreviations ("UK", "USA") only match in capitals, so the word "us"
// never becomes a country.

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// A countryName is one way of writing a country.
type countryName struct {
	spelled   string // as written, with its spaces: "The Netherlands"
	canonical string // the English name of the country: "Netherlands"
	capsOnly  bool   // an abbreviation that only counts in capitals: "UK"
}

// countryVariants are names that tables use but the display package does
// not give, mapped to the ISO region they name. Historic names count:
// minutes are old.
var countryVariants = map[string][]string{
	"NL": {"The Netherlands", "the Netherlands", "Holland"},
	"GB": {"United Kingdom", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"},
	"US": {"United States", "United States of America", "USA", "U.S.A.", "US", "U.S."},
	"CZ": {"Czech Republic", "The Czech Republic"},
	"SK": {"Slovak Republic"},
	"MK": {"Macedonia", "North Macedonia", "FYR Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"},
	"KR": {"Korea", "Republic of Korea", "South Korea", "Korea, Republic of"},
	"KP": {"North Korea"},
	"RU": {"Russia", "Russian Federation"},
	"MD": {"Moldova", "Republic of Moldova"},
	"BA": {"Bosnia and Herzegovina", "Bosnia & Herzegovina", "Bosnia-Herzegovina", "Bosnia"},
	"CI": {"Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"},
	"VA": {"Vatican", "Vatican City", "Holy See"},
	"MM": {"Burma", "Myanmar"},
	"TL": {"East Timor", "Timor-Leste"},
	"CV": {"Cape Verde", "Cabo Verde"},
	"SZ": {"Swaziland", "Eswatini"},
	"TR": {"Turkey", "Türkiye"},
	"HK": {"Hong Kong"},
	"MO": {"Macau", "Macao"},
	"PS": {"Palestine"},
	"LA": {"Laos", "Lao PDR"},
	"VN": {"Vietnam", "Viet Nam"},
	"CD": {"DR Congo", "Democratic Republic of the Congo"},
	"CG": {"Republic of the Congo"},
	"GM": {"The Gambia"},
	"BS": {"The Bahamas"},
	"KG": {"Kyrgyz Republic"},
	"AE": {"UAE", "United Arab Emirates"},
	"CH": {"Svizzera"},
}

// gazetteerLanguages are the languages whose country names are matched,
// English first: its names are the canonical ones.
var gazetteerLanguages = []language.Tag{
	language.English, language.French, language.German, language.Spanish, language.Dutch,
}

// notCountries are ISO codes the gazetteer leaves out: reserved codes that
// name no country ("EZ" Eurozone, "UN" United Nations) and small
// territories whose names are also common names of people ("Diego
// Garcia").
var notCountries = map[string]bool{
	"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true,
	"EZ": true, "UN": true, "QO": true,
}

// gazetteerStopNames are names the display package gives that are common
// words in other roles: the German "Island" (Iceland) is an English noun.
var gazetteerStopNames = map[string]bool{"island": true}

var (
	gazetteerOnce  sync.Once
	countryByKey   map[string]countryName
	countryMaxKey  int // the longest key, in bytes
	countryVocabOf map[string]bool
)

// gazetteer builds the tables once.
func gazetteer() map[string]countryName {
	gazetteerOnce.Do(buildGazetteer)
	return countryByKey
}

func buildGazetteer() {
	countryByKey = map[string]countryName{}
	countryVocabOf = map[string]bool{}
	add := func(spelled, canonical string) {
		key := countryKey(spelled)
		if key == "" || gazetteerStopNames[key] {
			return
		}
		if _, seen := countryByKey[key]; seen {
			return // the first language wins: English names are canonical
		}
		countryByKey[key] = countryName{spelled: spelled, canonical: canonical, capsOnly: isAbbreviation(spelled)}
		if len(key) > countryMaxKey {
			countryMaxKey = len(key)
		}
		for _, w := range strings.Fields(spelled) {
			if isCapitalised(w) && utf8.RuneCountInString(w) >= 4 {
				countryVocabOf[foldWord(w)] = true
			}
		}
	}
	english := display.English.Regions()
	for _, code := range isoCountryCodes() {
		region := language.MustParseRegion(code)
		canonical := english.Name(region)
		for _, v := range countryVariants[code] {
			add(v, canonical)
		}
		for _, tag := range gazetteerLanguages {
			add(display.Regions(tag).Name(region), canonical)
		}
	}
}

// isoCountryCodes lists the two-letter codes of current countries and
// territories, in alphabetical order.
func isoCountryCodes() []string {
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || notCountries[code] || r.Canonicalize() != r || r.String() != code {
				continue
			}
			codes = append(codes, code)
		}
	}
	return codes
}

// isAbbreviation reports whether a country name is a short capital
// abbreviation ("UK", "U.S.A.").
func isAbbreviation(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters > 0 && letters <= 3
}

// countryKey folds a country name for matching: lower case, diacritics
// removed, and only letters, digits and '&' kept.
func countryKey(s string) string {
	var b strings.Builder
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&':
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// lookupCountry reports whether s, as a whole, names a country, and gives
// the country's English name: "The Netherlands" → "Netherlands", "UK" →
// "United Kingdom", "CzechRepublic" → "Czechia". Case and diacritics do
// not matter, except that abbreviations count only in capitals.
func lookupCountry(s string) (canonical string, ok bool) {
	s = strings.TrimSpace(s)
	c, ok := gazetteer()[countryKey(s)]
	if !ok || (c.capsOnly && !isAbbreviation(s)) {
		return "", false
	}
	return c.canonical, true
}

// isCountry reports whether s names a country.
func isCountry(s string) bool {
	_, ok := lookupCountry(s)
	return ok
}

// countrySuffix finds the longest country name that ends s and starts a
// word there: "Hamburg, Germany" → ("Germany", "Hamburg"), "CERT-EEEstonia"
// → ("Estonia", "CERT-EE"), "SURFcertTheNetherlands" → ("TheNetherlands",
// "SURFcert"). The country is returned as s writes it; rest is what comes
// before, without the spaces and separators (", - – (") between them.
// s must not be the country alone: then rest would be empty and ok true.
func countrySuffix(s string) (country string, rest string, ok bool) {
	s = strings.TrimRight(s, " \t.)")
	gaz := gazetteer()
	best := -1
	for start := len(s) - 1; start >= 0; start-- {
		if !utf8.RuneStart(s[start]) {
			continue
		}
		if countryKeyLen(s[start:]) > countryMaxKey {
			break
		}
		if !startsCountryWord(s, start) {
			continue
		}
		tail := s[start:]
		if c, found := gaz[countryKey(tail)]; found && (!c.capsOnly || isAbbreviation(tail)) {
			best = start
		}
	}
	if best < 0 {
		return "", s, false
	}
	rest = strings.TrimRight(s[:best], " \t,;:-–—/(")
	return s[best:], rest, true
}

// countryKeyLen is the length of s's key, without building it twice where
// a quick bound will do.
func countryKeyLen(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' {
			n += utf8.RuneLen(unicode.ToLower(r))
		}
	}
	return n
}

// startsCountryWord reports whether a country name may begin at byte i of
// s: at the start, after a character that is not a letter, or — in text
// whose spaces were lost — at a capital letter.
func startsCountryWord(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(r) {
		return false
	}
	if i == 0 || unicode.IsUpper(r) {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(prev) && !unicode.IsDigit(prev)
}

// A gluedCountry is a country name found inside a glued string.
type gluedCountry struct {
	end     int    // byte offset just after the name
	spelled string // the name with its spaces restored: "The Netherlands"
}

// countriesAt lists the country names that start at byte i of a glued
// string g (whose spaces were lost) and end where a new word may start:
// at the end of g or before a character that is not a lower-case letter.
func countriesAt(g string, i int) []gluedCountry {
	r, _ := utf8.DecodeRuneInString(g[i:])
	if !unicode.IsUpper(r) {
		return nil
	}
	gaz := gazetteer()
	var found []gluedCountry
	keyLen := 0
	for j := i; j < len(g); {
		_, size := utf8.DecodeRuneInString(g[j:])
		j += size
		keyLen += size
		if keyLen > countryMaxKey+4 {
			break
		}
		if j < len(g) {
			next, _ := utf8.DecodeRuneInString(g[j:])
			if unicode.IsLower(next) || unicode.Is(unicode.Mn, next) {
				continue
			}
		}
		piece := g[i:j]
		c, ok := gaz[countryKey(piece)]
		if !ok || (c.capsOnly && !isAbbreviation(piece)) {
			continue
		}
		found = append(found, gluedCountry{end: j, spelled: respell(piece, c.spelled)})
	}
	return found
}

// respell gives the letters of piece (as the document has them) the
// spaces of spelled (a gazetteer name with the same key): "TheNetherlands"
// with "The Netherlands" → "The Netherlands". When piece already has
// spaces, or the two do not line up, piece is kept.
func respell(piece, spelled string) string {
	if strings.ContainsRune(piece, ' ') {
		return piece
	}
	out, ok := transferSpaces(piece, spelled)
	if !ok {
		return piece
	}
	return out
}

// transferSpaces inserts into glued (a string without spaces) the spaces
// that model has between the same letters, comparing letters by their
// folded form. It fails when the two strings hold different letters.
func transferSpaces(glued, model string) (string, bool) {
	var b strings.Builder
	g := []rune(glued)
	gi := 0
	for _, m := range model {
		if m == ' ' {
			if gi > 0 && gi < len(g) {
				b.WriteByte(' ')
			}
			continue
		}
		if gi >= len(g) || foldRune(g[gi]) != foldRune(m) {
			return glued, false
		}
		b.WriteRune(g[gi])
		gi++
	}
	if gi != len(g) {
		return glued, false
	}
	return b.String(), true
}

// foldRune folds one character for comparison: lower case, without its
// diacritic.
func foldRune(r rune) rune {
	d := []rune(norm.NFD.String(string(r)))
	if len(d) > 0 {
		r = d[0]
	}
	return unicode.ToLower(r)
}

// foldWord folds a word for vocabulary lookups: lower case, diacritics
// removed, punctuation kept.
func foldWord(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isCountryWord reports whether w (one word) is a capitalised word of
// four letters or more in some country's name: "Israel", "Netherlands";
// not "Polska", not "and".
func isCountryWord(w string) bool {
	gazetteer()
	return countryVocabOf[foldWord(w)]
}

// isASCII reports whether s has only ASCII bytes: then folding needs no
// Unicode decomposition.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
