package parse

// Putting spaces back into cells cut from glued rows (see glued.go):
// names split where letter case shows a new word and at glued name
// particles ("BobvanderKamp"), organisations by the evidence of the
// document and the database, else by letter case and known words.

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitGluedName splits a name whose spaces were lost into its words, at
// spaces and where a lower-case letter meets a capital: "HillarAareleid"
// → Hillar, Aareleid. "McIntyre" and "MacEachern" stay whole, and so do
// "Dell'Aqua" and "Talos-Zens".
func splitGluedName(s string) []string {
	var words []string
	for _, part := range strings.Fields(s) {
		rs := []rune(part)
		start := 0
		for k := 1; k < len(rs); k++ {
			lowerBefore := unicode.IsLower(rs[k-1]) || unicode.Is(unicode.Mn, rs[k-1])
			if !lowerBefore || !unicode.IsUpper(rs[k]) {
				continue
			}
			if prefix := string(rs[start:k]); prefix == "Mc" || prefix == "Mac" {
				continue
			}
			words = append(words, string(rs[start:k]))
			start = k
		}
		words = append(words, string(rs[start:]))
	}
	return words
}

// singleParticles are the particles split off the end of a glued word on
// their own ("JaapvanGinkel" → Jaap van Ginkel); the others ("de", "ter",
// "da") end too many first names ("Claude", "Dieter", "Linda") and are
// split only in runs of two ("BobvanderKamp").
var singleParticles = []string{"van", "von"}

// respaceName puts the spaces back into a glued name. guessed reports a
// particle split made without evidence.
func respaceName(raw string, ev *rosterEvidence) (name string, guessed bool) {
	base, note := cutTrailingNote(raw)
	words := splitGluedName(base)
	var out []string
	for i, w := range words {
		if i == len(words)-1 {
			out = append(out, w)
			continue
		}
		head, particles, guess := cutParticles(w, ev)
		out = append(out, head)
		out = append(out, particles...)
		guessed = guessed || guess
	}
	name = strings.Join(out, " ")
	if note != "" {
		name += " (" + note + ")"
	}
	return name, guessed
}

// cutParticles splits name particles off the end of a word that a
// capitalised word follows: "Bobvander" → "Bob", [van der].
func cutParticles(w string, ev *rosterEvidence) (head string, particles []string, guessed bool) {
	if ev != nil && ev.knowsWord(w) {
		return w, nil, false
	}
	rs := []rune(w)
	if len(rs) == 0 || !unicode.IsUpper(rs[0]) {
		return w, nil, false
	}
	// The shortest run of particles first; runs are short ("vander").
	for cut := len(rs) - 1; cut >= 3 && len(rs)-cut <= maxParticleRun; cut-- {
		tail := string(rs[cut:])
		parts := particleRun(tail)
		if parts == nil || !unicode.IsUpper(rs[0]) {
			continue
		}
		if len(parts) >= 2 {
			return string(rs[:cut]), parts, false
		}
		for _, p := range singleParticles {
			if parts[0] == p {
				return string(rs[:cut]), parts, true
			}
		}
	}
	return w, nil, false
}

// maxParticleRun is the longest run of glued particles looked for, in
// letters: "vanden", "delos", "vander".
const maxParticleRun = 8

// particleRun splits s into name particles ("vander" → van, der), or
// returns nil when it is not made of them.
func particleRun(s string) []string {
	if s == "" {
		return []string{}
	}
	for n := len(s); n >= 1; n-- {
		if p := s[:n]; surnameParticles[p] && len(p) >= 2 {
			if rest := particleRun(s[n:]); rest != nil {
				return append([]string{p}, rest...)
			}
		}
	}
	return nil
}

// respaceOrg puts the spaces back into a glued organisation: the spacing
// of the same organisation written elsewhere when there is one, else
// breaks at letter case and at words the document writes on their own.
func respaceOrg(raw string, ev *rosterEvidence) string {
	if ev != nil {
		if known, ok := ev.orgs[gluedKey(raw)]; ok {
			if out, ok := transferSpaces(strings.ReplaceAll(raw, " ", ""), known); ok {
				return out
			}
		}
	}
	var parts []string
	for _, chunk := range strings.Fields(raw) {
		parts = append(parts, breakOrgWords(chunk, ev)...)
	}
	return strings.Join(splitOrgLinks(parts), " ")
}

// orgLinkWords are the small words inside organisations' names, in
// several languages: "Universidad de Murcia", "Bank of Ireland".
var orgLinkWords = []string{"de", "del", "der", "des", "di", "du", "la", "le", "of", "for", "and", "the", "für", "van", "von", "y", "et", "und", "voor"}

// splitOrgLinks splits a small linking word off the end of a word that a
// capitalised word follows: "Universidadde" "Murcia" → Universidad, de,
// Murcia.
func splitOrgLinks(parts []string) []string {
	var out []string
	for i, p := range parts {
		if i+1 < len(parts) && isCapitalised(parts[i+1]) {
			if head, link, ok := cutOrgLink(p); ok {
				out = append(out, head, link)
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// cutOrgLink cuts a lower-case linking word from the end of a word of at
// least four more letters.
func cutOrgLink(w string) (head, link string, ok bool) {
	for _, l := range orgLinkWords {
		head, found := strings.CutSuffix(w, l)
		if !found || utf8.RuneCountInString(head) < 4 || !isCapitalised(head) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(head)
		if unicode.IsLower(last) {
			return head, l, true
		}
	}
	return w, "", false
}

// breakOrgWords splits one glued chunk of an organisation's name into
// words, choosing the cheapest split (dynamic programming over the places
// a space may have been).
func breakOrgWords(chunk string, ev *rosterEvidence) []string {
	// "NASK(CERTPolska)": the words inside parentheses are broken apart
	// on their own.
	if open := strings.IndexByte(chunk, '('); open >= 0 && strings.HasSuffix(chunk, ")") && open < len(chunk)-2 {
		inner := breakOrgWords(chunk[open+1:len(chunk)-1], ev)
		inner[0] = "(" + inner[0]
		inner[len(inner)-1] += ")"
		if open == 0 {
			return inner
		}
		return append(breakOrgWords(chunk[:open], ev), inner...)
	}
	rs := []rune(chunk)
	n := len(rs)
	best := make([]float64, n+1)
	back := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = impossible
		for j := 0; j < i; j++ {
			if math.IsInf(best[j], 1) || j > 0 && !orgSplitAllowed(rs, j) {
				continue
			}
			cost := best[j] + orgPieceCost(string(rs[j:i]), ev) + 0.001
			if cost < best[i] {
				best[i], back[i] = cost, j
			}
		}
	}
	var words []string
	for i := n; i > 0; i = back[i] {
		words = append([]string{string(rs[back[i]:i])}, words...)
	}
	return words
}

// orgSplitAllowed reports whether a space may have stood before rs[k]:
// where a lower-case letter meets a capital, inside a run of capitals,
// after a digit or a closing parenthesis, or before an opening one.
func orgSplitAllowed(rs []rune, k int) bool {
	a, b := rs[k-1], rs[k]
	switch {
	case b == '(':
		return unicode.IsLetter(a) || unicode.IsDigit(a)
	case a == ')':
		return unicode.IsLetter(b)
	case !unicode.IsUpper(b):
		return false
	case unicode.IsLower(a) || unicode.Is(unicode.Mn, a) || unicode.IsUpper(a) || unicode.IsDigit(a):
		return true
	}
	return false
}

// orgPieceCost scores one word of a rebuilt organisation name: words the
// document knows are cheap, short unknown fragments dear, and an unknown
// word that still holds a lower-to-capital change ("TeamCymru") dearer
// than its two halves.
func orgPieceCost(p string, ev *rosterEvidence) float64 {
	if strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") {
		return -0.1
	}
	if ev != nil && ev.knowsWord(strings.Trim(p, ".,()")) {
		return -0.1
	}
	letters, digits := 0, 0
	for _, r := range p {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	cost := 1.0
	switch {
	case letters <= 2 && digits == 0:
		cost = 3
	case letters == 3:
		cost = 1.2
	}
	return cost + 1.5*float64(titleBoundaries([]rune(p)))
}

// titleBoundaries counts the places inside rs where a lower-case letter
// is followed by a capitalised word, or a digit by a capital: "TeamCymru"
// and "1&1IONOS" have one, "NorCERT" and "SURFcert" none.
func titleBoundaries(rs []rune) int {
	n := 0
	for k := 1; k+1 < len(rs); k++ {
		a, b := rs[k-1], rs[k]
		switch {
		case unicode.IsLower(a) && unicode.IsUpper(b) && unicode.IsLower(rs[k+1]):
			n++
		case unicode.IsDigit(a) && unicode.IsUpper(b): // "1&1IONOS", "1&1Internet"
			n++
		}
	}
	return n
}
