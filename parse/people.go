package parse

// Heuristics about people's names and the words minutes put around them:
// honorifics, name particles, initials, roles and ways of attending. All
// keyword lists hold several languages; none holds a name.

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// The roles and attendances of the contract.
const (
	roleChair     = "chair"
	roleViceChair = "vice-chair"
	roleSecretary = "secretary"
	roleTreasurer = "treasurer"
	roleScribe    = "scribe"
	roleGuest     = "guest"

	attendPresent   = "present"
	attendRemote    = "remote"
	attendProxy     = "proxy"
	attendApologies = "apologies"
	attendAbsent    = "absent"
)

// honorifics are titles written before a name and not part of it
// ("Cllr Richard Smith", "M. Gaëtan Gagné", "Dr. Jane Roe"), folded and
// without their final dot.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true,
	"prof": true, "professor": true, "sir": true, "dame": true, "lord": true,
	"lady": true, "cllr": true, "councillor": true, "councilor": true, "rev": true,
	"hon": true, "m": true, "mme": true, "mlle": true, "me": true, "herr": true,
	"frau": true, "sr": true, "sra": true, "srta": true, "dhr": true, "mevr": true,
	"ing": true, "dipl": true, "mag": true, "ir": true, "drs": true,
	"sig": true, "sig.ra": true, "dott": true, "avv": true, "dña": true,
	// Welsh: "y Cyng. Joseph Davies", "Cynghorwyr Alun Davies, Jill Davies"
	"cyng": true, "cynghorydd": true, "cynghorwyr": true,
	// Czech and Polish degrees and styles: "Mgr. Petra Svobodová", "Ing.
	// Jan Novák", "MUDr. Eva Černá", "inż. Jan Kowalski", "pani Anna
	// Nowak"; Danish "hr." and "fru".
	"mgr": true, "bc": true, "phdr": true, "mudr": true, "judr": true, "rndr": true,
	"paeddr": true, "mvdr": true, "doc": true, "inż": true, "pan": true, "pani": true,
	"hr": true, "fru": true,
	// the style of an elected member before the name, singular and plural
	// ("Councilmembers Luis Ortega, Dana Whitfield")
	"cllrs": true, "councillors": true, "councilors": true, "councilmember": true,
	"councilmembers": true, "councilwoman": true, "councilman": true, "alderman": true,
	"alderwoman": true, "aldermen": true, "mayor": true, "commissioner": true,
	"trustee": true, "trustees": true,
	"commissioners": true, "supervisor": true, "selectman": true, "selectwoman": true,
}

// surnameParticles are the lower-case words inside family names: "van der
// Kamp", "de la Cruz", "von Gulik", "dos Santos".
var surnameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true,
	"della": true, "di": true, "da": true, "dos": true, "das": true, "do": true,
	"du": true, "le": true, "la": true, "ter": true, "ten": true, "zu": true,
	"af": true, "av": true, "bin": true, "ibn": true, "al": true, "el": true,
	"y": true, "e": true, "st": true, "mac": true,
}

// orgWords are words that mark a phrase as an organisation rather than a
// person, folded.
var orgWords = map[string]bool{
	"inc": true, "ltd": true, "llc": true, "gmbh": true, "ag": true, "sa": true,
	"plc": true, "bv": true, "nv": true, "corp": true, "corporation": true,
	"company": true, "co": true, "university": true, "univ": true, "universite": true,
	"universitat": true, "universidad": true, "universita": true, "college": true,
	"school": true, "institute": true, "institut": true, "instituto": true,
	"council": true, "foundation": true, "association": true, "society": true,
	"agency": true, "ministry": true, "department": true, "dept": true,
	"bank": true, "banco": true, "group": true, "team": true, "centre": true,
	"center": true, "committee": true, "board": true, "office": true,
	"service": true, "services": true, "authority": true, "government": true,
	"national": true, "federal": true, "software": true, "systems": true,
	"networks": true, "network": true, "telecom": true, "telekom": true,
	"consulting": true, "solutions": true, "technologies": true, "labs": true,
	"laboratory": true, "cert": true, "csirt": true, "bureau": true,
	"administration": true, "organisation": true, "organization": true,
	"club": true, "trust": true, "partners": true, "libraries": true,
	"library": true, "internet": true, "commission": true, "secretariat": true,
	"division": true, "unit": true, "ville": true, "city": true, "county": true,
}

// nullWords stand for nobody in a list: "Guests: None", "Regrets: -".
var nullWords = map[string]bool{
	"none": true, "nobody": true, "n/a": true, "na": true, "-": true, "–": true,
	"—": true, "nil": true, "aucun": true, "aucune": true, "keine": true,
	"niemand": true, "ninguno": true, "nadie": true, "geen": true, "tbd": true,
}

// deputyWords qualify a title before a name: "Vice Mayor", "Deputy
// Mayor", "Acting Commissioner".
var deputyWords = map[string]bool{"vice": true, "deputy": true, "acting": true, "vice-": true}

// stripHonorific removes titles before a name: "Cllr Richard Smith" →
// "Richard Smith". A lone title with nothing after it stays.
func stripHonorific(s string) string {
	for {
		word, rest, ok := strings.Cut(s, " ")
		title := word // the title word itself, after a deputy's word
		if ok && deputyWords[strings.ToLower(word)] {
			// "Vice Mayor Jones", "Deputy Mayor Lee": the deputy's title
			// goes with the title it qualifies.
			if next, after, ok2 := strings.Cut(strings.TrimSpace(rest), " "); ok2 && honorifics[strings.TrimSuffix(strings.ToLower(next), ".")] {
				word, title, rest = word+" "+next, next, after
			}
		}
		if !ok || !honorifics[strings.TrimSuffix(strings.ToLower(title), ".")] {
			return s
		}
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return s
		}
		// "M" is a title only when written "M." or before a full name:
		// "M Hosking" is an initial.
		if strings.EqualFold(word, "m") || strings.EqualFold(word, "me") {
			return s
		}
		// "M." before a surname alone is an initial too, in a list of them
		// ("P. Greene, M. O'Neill"); before a full name it is Monsieur
		// ("M. Gaëtan Gagné").
		if strings.EqualFold(word, "m.") && len(strings.Fields(rest)) < 2 {
			return s
		}
		s = rest
	}
}

// hasHonorific reports whether s begins with a title.
func hasHonorific(s string) bool { return stripHonorific(s) != s }

// nameWords splits a name into its words, treating hyphens and
// apostrophes as inside words.
func nameWords(s string) []string { return strings.Fields(s) }

// isInitial reports whether w is an initial: "J.", "J", "T.J.".
func isInitial(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 3 && (letters == 1 || strings.Contains(w, "."))
}

// isAcronym reports whether w has two or more letters, all upper case:
// "ENISA", "CERT-AT". Such words are acronyms, not names.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// hasAcronymPart reports whether a part of w between hyphens is an
// acronym: "Taltech-CSIRT", "CERT-EE".
func hasAcronymPart(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if isAcronym(part) {
			return true
		}
	}
	return false
}

// isNick reports whether w looks like an IRC nickname or handle used as a
// name: one word in lower case ("dka", "slightlyoff"), with an underscore
// or digits ("jonas_lillqvist"), or with capitals inside ("CharlesL",
// "AvneeshSingh").
func isNick(w string) bool {
	if w == "" || strings.ContainsAny(w, " .,;:()[]/@") || capitalRun(w) >= 2 {
		return false
	}
	letters, uppers, inner := 0, 0, false
	for i, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if i > 0 {
					inner = true
				}
			}
		case r == '_' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	if letters < 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(first) || strings.ContainsAny(w, "_0123456789") || inner
}

// capitalRun returns the length of the longest run of capitals in w:
// names have one capital per word part ("McIntyre" has runs of one).
func capitalRun(w string) int {
	best, run := 0, 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			run++
			if run > best {
				best = run
			}
		} else {
			run = 0
		}
	}
	return best
}

// looksLikePerson reports whether s reads as a person's name as lists
// write them: one to five words, each capitalised, a particle, an initial
// or a hyphenated or apostrophised name; not an acronym, an organisation,
// a country, a role or a sentence. A single lower-case word counts when it
// looks like a nickname. Lists also hold names with a lower-case first
// name ("dede Collins"), which count when the rest is capitalised.
func looksLikePerson(s string) bool {
	s = strings.TrimSpace(stripHonorific(s))
	if isCJKName(s) {
		return !isStatusWord(foldWord(s))
	}
	words := nameWords(s)
	if len(words) == 0 || len(words) > 5 || len(s) > 60 {
		return false
	}
	if nullWords[strings.ToLower(s)] || isCountry(s) || isRolePhrase(s) {
		return false
	}
	if len(words) == 1 {
		w := words[0]
		f := foldWord(w)
		if labelGroupWords[f] || orgWords[f] || isStatusWord(f) || honorifics[strings.TrimSuffix(f, ".")] {
			return false
		}
		return (isCapitalised(w) && capitalRun(w) < 2 && isPersonWord(w)) || isNick(w)
	}
	capitalised := 0
	caps := capsSurname(words)
	for i, w := range words {
		f := foldWord(strings.Trim(w, ".,"))
		switch {
		case i == caps:
			capitalised++
		case orgWords[f] || hasAcronymPart(w) && !isInitial(w):
			return false
		case isInitial(w):
			capitalised++
		case surnameParticles[f] && i > 0 && i < len(words)-1:
		case isCapitalised(w) && isPersonWord(w):
			capitalised++
		case i > 0 && elidedParticle.MatchString(w) && isPersonWord(w):
			capitalised++ // "Ana d'Almeida", "Carlo dell'Acqua"
		case i == 0 && isPersonWord(w) && len(words) > 1 && isCapitalised(words[1]):
			// a first name written in lower case: "dede Collins"
		default:
			return false
		}
	}
	return capitalised >= 1
}

// elidedParticle matches a surname that opens with an elided particle in
// lower case: "d'Almeida", "dell'Acqua", "l'Hôte", "d’Ornano".
var elidedParticle = rx.New(`^(?:d|l|dell|dall|degli|sull)['’]\p{Lu}`)

// isPersonWord reports whether w is made of letters joined by hyphens or
// apostrophes ("Klaus-Peter", "Dell'Aqua", "O’Brien"), with at most a
// final dot (an abbreviated name).
func isPersonWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	prevJoin := true
	for _, r := range w {
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			prevJoin = false
		case r == '-' || r == '\'' || r == '’':
			if prevJoin {
				return false
			}
			prevJoin = true
		default:
			return false
		}
	}
	return !prevJoin
}

// initialsOf reports whether short is an abbreviation of name: its first
// letter is the first letter of the name, and its other letters appear in
// the name in order ("SF" for "Sheila Freeman", "AHol" for "Alan Holzer",
// "NRO" for "Nicolò Ribaudo"; "SCC" for "Stephen Taylor" fails).
func initialsOf(short, name string) bool {
	s := []rune(foldWord(short))
	n := []rune(foldWord(stripHonorific(name)))
	if len(s) == 0 || len(n) == 0 || s[0] != n[0] || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	// Each letter of short must be found in order in the name; the
	// capitals of short (when it has mixed case) start words.
	j := 1
	for _, r := range s[1:] {
		for j < len(n) && n[j] != r {
			j++
		}
		if j == len(n) {
			return false
		}
		j++
	}
	return true
}

// isShortForm reports whether s can be initials or a short code written
// beside a name: one word of two to six letters, mostly capitals ("SF",
// "AHol", "RGr", "KOT").
func isShortForm(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 6 {
		return false
	}
	uppers := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) {
			uppers++
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) && uppers*2 >= n
}

// A rosterKeyword is a phrase that gives a role or a way of attending, in
// folded form.
type rosterKeyword struct {
	phrase string
	value  string
}

// roleKeywords give the contract's role for the words minutes use for
// offices (vocab.Offices), attendanceKeywords the contract's attendance
// for the words of attendance lists (vocab.Attendance).
var (
	roleKeywords       = rosterKeywords(vocab.Offices)
	attendanceKeywords = rosterKeywords(vocab.Attendance)
)

// rosterKeywords are a vocabulary's terms with their senses.
func rosterKeywords(t vocab.Table) []rosterKeyword {
	out := make([]rosterKeyword, len(t))
	for i, term := range t {
		out[i] = rosterKeyword{phrase: term.Text, value: term.Sense}
	}
	return out
}

// findKeyword returns the value of the first rosterKeyword that occurs in s as
// whole words, and whether one did. Typing slips of one letter in longer
// keywords ("by poxy") are forgiven.
func findKeyword(s string, table []rosterKeyword) (string, bool) {
	words, ix := keywordSearch(s, table)
	if ix == nil {
		return "", false
	}
	// Exact words first, through the whole table: a slip of one letter
	// must not turn "anwesend" (present) into "abwesend" (absent).
	if k := ix.exact(words); k >= 0 {
		return table[k].value, true
	}
	for k := range table {
		if ix.mayBeSlip(k, words) && containsPhrase(words, ix.words[k], true) {
			return table[k].value, true
		}
	}
	return "", false
}

// exactKeyword is findKeyword without slips: the value of the first
// keyword that occurs in s word for word. A sentence's lead-in needs it
// ("presented" is one slip from "présente").
func exactKeyword(s string, table []rosterKeyword) (string, bool) {
	words, ix := keywordSearch(s, table)
	if ix == nil {
		return "", false
	}
	if k := ix.exact(words); k >= 0 {
		return table[k].value, true
	}
	return "", false
}

// keywordSearch returns the folded words of s and the table's index, or a
// nil index when there is nothing to search.
func keywordSearch(s string, table []rosterKeyword) ([]string, *keywordIndex) {
	words := keywordWords(s)
	if len(table) == 0 || len(words) == 0 {
		return nil, nil
	}
	ix := keywordIndexes()[&table[0]]
	if ix == nil {
		ix = newKeywordIndex(table) // a table of a test
	}
	return words, ix
}

// A keywordIndex holds a keyword table's phrases split into words, and
// the phrases by their first word, so that findKeyword looks up each
// word of a text (roleOf asks it of every word of a name) instead of
// comparing it with every phrase of the table.
type keywordIndex struct {
	words   [][]string       // the phrases' words, in table order
	byFirst map[string][]int // the phrases (their places in the table) by first word
}

func newKeywordIndex(table []rosterKeyword) *keywordIndex {
	ix := &keywordIndex{words: make([][]string, len(table)), byFirst: map[string][]int{}}
	for k, kw := range table {
		ix.words[k] = phraseWords(kw.phrase)
		if len(ix.words[k]) > 0 {
			first := ix.words[k][0]
			ix.byFirst[first] = append(ix.byFirst[first], k)
		}
	}
	return ix
}

// keywordIndexes are the indexes of the package's keyword tables, made
// on first use, by the address of the table's first keyword.
var keywordIndexes = sync.OnceValue(func() map[*rosterKeyword]*keywordIndex {
	m := map[*rosterKeyword]*keywordIndex{}
	for _, table := range [][]rosterKeyword{attendanceKeywords, roleKeywords} {
		m[&table[0]] = newKeywordIndex(table)
	}
	return m
})

// exact returns the first phrase of the table, in table order, that
// occurs in words word for word, or -1.
func (ix *keywordIndex) exact(words []string) int {
	best := -1
	for i, w := range words {
		for _, k := range ix.byFirst[w] {
			if best >= 0 && k >= best {
				break // the places are in table order
			}
			if phraseAt(words, i, ix.words[k]) {
				best = k
			}
		}
	}
	return best
}

// phraseAt reports whether words hold phrase from i on.
func phraseAt(words []string, i int, phrase []string) bool {
	if i+len(phrase) > len(words) {
		return false
	}
	for j, p := range phrase {
		if words[i+j] != p {
			return false
		}
	}
	return true
}

// mayBeSlip reports whether phrase k can match words with a slip of one
// letter when none matches exactly (containsPhrase's rules): a phrase of
// one word needs eight letters or more, one of several words needs one
// of its words among words.
func (ix *keywordIndex) mayBeSlip(k int, words []string) bool {
	phrase := ix.words[k]
	if len(phrase) == 1 {
		return len(phrase[0]) >= 8
	}
	for _, p := range phrase {
		for _, w := range words {
			if w == p {
				return true
			}
		}
	}
	return false
}

// cjkKeyword returns the value of the longest Chinese or Japanese keyword
// that occurs anywhere in s, or "". Those scripts put no space between
// words, so a keyword is found inside a phrase: "議長のため採決には不参加"
// (as chair, did not vote) names the chair. The longest wins, so that
// "副議長" (vice-chair) is not read as "議長".
func cjkKeyword(s string, table []rosterKeyword) string {
	if !strings.ContainsFunc(s, isCJKRune) {
		return "" // roleOf asks of every cell and word: most hold no such script
	}
	best, value := 0, ""
	for _, k := range table {
		if len(k.phrase) > best && isCJKText(k.phrase) && strings.Contains(s, k.phrase) {
			best, value = len(k.phrase), k.value
		}
	}
	return value
}

// isCJKText reports whether s is written wholly in Han or kana.
func isCJKText(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !isCJKRune(r) })
}

// isCJKRune reports whether r is a Han or kana character.
func isCJKRune(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }

// phraseWords returns the folded words of a keyword phrase, split once
// for all phrases of the tables.
func phraseWords(phrase string) []string {
	if words, ok := keywordPhraseWords()[phrase]; ok {
		return words
	}
	return keywordWords(phrase)
}

var keywordPhraseWords = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, table := range [][]rosterKeyword{attendanceKeywords, roleKeywords} {
		for _, k := range table {
			m[k.phrase] = keywordWords(k.phrase)
		}
	}
	return m
})

// keywordWords splits folded text into words at anything that is not a
// letter or a hyphen.
func keywordWords(s string) []string {
	s = foldWord(s)
	for range 2 { // "présent.e.s": one point, then the next
		s = inclusiveWriting.ReplaceAllString(s, "$1$2")
	}
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	})
}

// inclusiveWriting is the point French inclusive writing puts inside a
// word before its feminine and plural endings: "Présent.e.s",
// "excusé·e·s", "invité•es". Taken out, the word is a word of the tables
// ("présentes", "excusées").
var inclusiveWriting = rx.New(`(\p{L})[.·•]((?:e|es|s|ne|nes|rice|rices|euse|euses)\b)`)

// containsPhrase reports whether phrase occurs in words as consecutive
// words. With fuzzy, one word may differ by one edit when the slip cannot
// make another common word: in a phrase of several words where another
// word matched exactly ("by poxy"), or in a word of eight letters or more
// ("apologeis").
func containsPhrase(words, phrase []string, fuzzy bool) bool {
	if len(phrase) == 0 {
		return false
	}
	for i := 0; i+len(phrase) <= len(words); i++ {
		exact, slips := 0, 0
		for j, p := range phrase {
			switch w := words[i+j]; {
			case w == p:
				exact++
			case fuzzy && len(p) >= 5 && editDistanceAtMostOne(w, p):
				if len(phrase) == 1 && len(p) < 8 {
					slips = 2
				}
				slips++
			default:
				slips = 2
			}
		}
		if slips == 0 || slips == 1 && (exact > 0 || len(phrase) == 1) {
			return true
		}
	}
	return false
}

// editDistanceAtMostOne reports whether a becomes b with at most one
// insertion, deletion or substitution.
func editDistanceAtMostOne(a, b string) bool {
	if d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b); d > 1 || d < -1 {
		return false
	}
	if isASCII(a) && isASCII(b) {
		return editsAtMostOne([]byte(a), []byte(b))
	}
	return editsAtMostOne([]rune(a), []rune(b))
}

// editsAtMostOne is editDistanceAtMostOne on letters: bytes when both
// words are ASCII, which needs no decoding, else runes.
func editsAtMostOne[E byte | rune](ra, rb []E) bool {
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i, j, edits := 0, 0, 0
	for i < len(ra) && j < len(rb) {
		if ra[i] == rb[j] {
			i++
			j++
			continue
		}
		edits++
		if edits > 1 {
			return false
		}
		if len(ra) == len(rb) {
			j++
		}
		i++
	}
	return edits+(len(ra)-i) <= 1
}

// roleOf returns the contract role a phrase names ("(Chair)", "Hon.
// Secretary & Treasurer", "HR Administrator – Minutes", "Chairing"), or
// "" when it names none. Offices that are not contract roles ("Past
// President", "Chief Executive") give "".
func roleOf(s string) string {
	role, ok := findKeyword(s, roleKeywords)
	if !ok {
		role = cjkKeyword(s, roleKeywords)
	}
	if role == roleChair && secondChair.MatchString(s) {
		return roleViceChair // "2. Vorsitzender", "Zweite Vorsitzende"
	}
	return role
}

// secondChair is a chair counted second: the deputy, in German
// associations' style.
var secondChair = rx.New(`(?i)^\s*(?:2\.|zweiter?|second)\s+\p{L}`)

// attendanceOf returns the attendance a phrase names ("phone
// conference", "by proxy", "Regrets"), or "" when it names none.
func attendanceOf(s string) string {
	att, _ := findKeyword(s, attendanceKeywords)
	return att
}

// isRolePhrase reports whether s is nothing but a role or office: "Chair",
// "Hon. Secretary & Treasurer", "Past President".
func isRolePhrase(s string) bool {
	words := keywordWords(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	_, found := findKeyword(s, roleKeywords)
	if !found {
		return false
	}
	for _, w := range words {
		if !roleVocabulary[w] && !isRoleKeywordWord(w) {
			return false
		}
	}
	return true
}

// roleVocabulary are words that may stand beside a role rosterKeyword in a role
// phrase: "Hon. Secretary & Treasurer", "Acting Chair".
var roleVocabulary = map[string]bool{
	"hon": true, "honorary": true, "acting": true, "interim": true, "and": true,
	"the": true, "of": true, "board": true, "past": true, "elect": true, "sc": true,
	"tc": true, "pro": true, "tem": true, "deputy": true, "assistant": true,
	"general": true, "executive": true, "adjointe": true, "adjoint": true,
}

func isRoleKeywordWord(w string) bool {
	for _, k := range roleKeywords {
		for _, p := range phraseWords(k.phrase) {
			if p == w {
				return true
			}
		}
	}
	return false
}

// isTimeNote reports whether a parenthesised note only says when someone
// came or went: "10:09am", "arrived 9:11am", "left at 11.30",
// "afternoon", "from item 4".
func isTimeNote(s string) bool {
	words := keywordWords(s)
	for _, phrase := range timeNoteWords {
		if containsPhrase(words, keywordWords(phrase), false) {
			return true
		}
	}
	// A clock time: "10:09am", "9.30", "14h30".
	f := foldWord(s)
	for i, r := range f {
		// A digit, a separator and a digit: "1. Vorsitzende" is no time.
		if unicode.IsDigit(r) && i+2 < len(f) && strings.ContainsRune(":.h", rune(f[i+1])) && f[i+2] >= '0' && f[i+2] <= '9' ||
			unicode.IsDigit(r) && (strings.HasPrefix(f[i+1:], "am") || strings.HasPrefix(f[i+1:], "pm")) {
			return true
		}
	}
	return false
}

// timeNoteWords say when someone came or went, or for which part.
var timeNoteWords = []string{
	"arrived", "arriving", "arrives", "left", "leaving", "joined", "joining",
	"from item", "until", "till", "morning", "afternoon", "evening", "day",
	"part", "partly", "for item", "for items", "for discussion", "late", "early",
	"only", "session", "sessions",
}

// capsSurname is the index of a surname written in capitals, as French and
// many registers write it ("Art MANION"): the last of two to four words
// (never the first: "CERT Polska", "NASK Warsaw" are bodies), a word of three letters or more with a vowel,
// every other word a capitalised name. It is -1 when there is none, or
// more than one word in capitals (then it reads as an organisation).
func capsSurname(words []string) int {
	if len(words) < 2 || len(words) > 4 {
		return -1
	}
	caps := -1
	for i, w := range words {
		switch {
		case isCapsName(w) && i == len(words)-1:
			caps = i
		case isCapitalised(w) && capitalRun(w) < 2 && isPersonWord(w):
		default:
			return -1
		}
	}
	if caps >= 0 && securityTeamWord(foldWord(words[caps])) {
		return -1
	}
	return caps
}

// securityTeamWord reports whether a folded word names a kind of body
// rather than a family: an organisation word, or an incident team's
// acronym ("Funet CERT", "Cisco PSIRT", "Telia SOC").
func securityTeamWord(f string) bool {
	if orgWords[f] {
		return true
	}
	for _, suffix := range []string{"cert", "sirt", "irt", "cc", "soc", "isac", "nic"} {
		if strings.HasSuffix(f, suffix) {
			return true
		}
	}
	return false
}

// isCapsName reports whether w is a name in capitals: letters, hyphens
// and apostrophes only, three letters or more, one a vowel ("MANION",
// "SAINT-JUST", "O'NEILL"), not an acronym with a digit or "&".
func isCapsName(w string) bool {
	letters, vowel := 0, false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
			vowel = vowel || strings.ContainsRune("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ", r)
		case r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters >= 3 && vowel
}

// knownNames are the names a document's participants go by: each word of
// their names and their short names, folded. nil knows no one.
type knownNames map[string]bool

// knownNamesOf collects the names of the participants.
func knownNamesOf(ps []Participant) knownNames {
	known := knownNames{}
	for _, p := range ps {
		for _, w := range strings.Fields(string(p.Name)) {
			if len([]rune(w)) >= 2 {
				known[foldWord(w)] = true
			}
		}
		if p.Short != "" {
			known[foldWord(string(p.Short))] = true
		}
	}
	return known
}

// has reports whether a word is one of the names.
func (k knownNames) has(w string) bool { return k[foldWord(w)] }

// isCJKName reports whether s is a name as Chinese and Japanese minutes
// write it: two to six Han characters, the family and given names maybe
// apart by a space ("于洋", "安竹　洋平"), with no capital letter to tell.
// Japanese given names are often written in kana ("松岡　あつし", "さとう
// 悦子"): kana count when the name also holds a Han character or is two
// words, up to eight characters in all.
func isCJKName(s string) bool {
	han, kana, parts := 0, 0, len(strings.Fields(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != '・' && r != 'ー' || r == 'ー' && han+kana > 0:
			kana++
		case r == ' ' || r == '\u3000':
		default:
			return false
		}
	}
	if kana == 0 {
		return han >= 2 && han <= 6
	}
	return (han > 0 || parts == 2) && parts <= 2 && han+kana >= 2 && han+kana <= 8
}
