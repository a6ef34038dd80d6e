package parse

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// Votes as minutes write them:
//
//	7 in favour, 1 abstention            counts with their words
//	6 in favour, 0 against and 1 abstained
//	Vote: 5-0 in favour   (7-0-1)        a score: for, against, abstain
//	Abstimmung: 6/0/1     beschlossen mit 7/0/0   a tally: for/against/abstain
//	By a vote of 6-Yea, 2-Nay, 0-Abstain
//	Ayes: 5, Nays: 0   Pour : 7 Contre : 0
//	Motion carried unanimously  By unanimous vote  ADOPTÉE À L'UNANIMITÉ
//	Unanimous consent  without objection  nem. con.
//
// Numbers may be written as words ("seven in favour", "none against").

// unanimousWords say that everyone voted for, in several languages
// ("unanimit" also finds "à l'unanimité" and "unanimità").
var unanimousWords = rx.New(`(?i)\b(?:` + vocab.Unanimous.Pattern() + `)\b`)

// numberWords are the counts minutes write in words.
var numberWords = map[string]int{
	"no": 0, "none": 0, "nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20,
}

// countWord is a count: digits or a number word.
const countWord = `(\d{1,4}|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`

// The words for each side of a vote, after or before the count.
var (
	forWords     = vocab.VoteFor.Pattern()
	againstWords = vocab.VoteAgainst.Pattern()
	abstainWords = vocab.VoteAbstain.Pattern()
)

var (
	// countBefore is a count followed by its side: "7 in favour", "1
	// abstention", "6-Yea", "none against", "6 voix pour", "12 votes for".
	countBefore = rx.New(`(?i)\b` + countWord + `\s*[-–]?\s*(?:(?:voix|votes?|stimmen|stemmen|votos|voti)\s+)?(` + forWords + `|` + againstWords + `|` + abstainWords + `)\b`)
	// countAfter is a side followed by its count: "Ayes: 5", "for: 7",
	// "Abstain: 0", "Pour : 7".
	countAfter = rx.New(`(?i)\b(` + forWords + `|` + againstWords + `|` + abstainWords + `)\s*[:=]\s*` + countWord + `\b`)
	// voteScore is a score "5-0" or "7-0-1" (for, against, abstain) in a
	// sentence about a vote.
	voteScore = rx.New(`(?:^|[^\d/.-])(\d{1,3})\s*[-–:]\s*(\d{1,3})(?:\s*[-–:]\s*(\d{1,3}))?(?:$|[^\d/.-]|\.(?:\s|$))`)
	// countAfterLoose is a side and its count without a colon, in a
	// sentence about a vote: "Vote: Yes 5, No 2".
	// Czech and Polish minutes write their votes so: "Hlasování: pro 3,
	// proti 0, zdržel se 0", "głosowało: za 12, przeciw 0, wstrzymało się 1".
	countAfterLoose = rx.New(`(?i)(?:^|[^\p{L}])(yes|no|ayes?|nays?|yeas?|for|against|abstain\w*|abstentions?|pro|proti|zdržel\p{L}*\s+se|za|przeciw|wstrzyma\p{L}*\s+się)\s+(\d{1,4})\b`)
	// countAfterWide is any side's word of the vocabularies followed by its
	// count, "Ja 12", "pour 12", "voor 12": read only where two sides are
	// counted (wideCounts), since "for 2 years" counts nothing.
	countAfterWide = rx.New(`(?i)(?:^|[^\p{L}])(` + forWords + `|` + againstWords + `|` + abstainWords + `)\s*[:=]?\s+(\d{1,4})\b`)
	// votesTo is "carried by 12 votes to 3".
	votesTo = rx.New(`(?i)\b(\d{1,4})\s+votes?\s+to\s+(\d{1,4})\b`)
	// scoreInFavour is a score followed by the side it counts for: "5-0
	// in favour", "7-0-1 for".
	scoreInFavour = rx.New(`(?i)(?:^|[^\d/.-])\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:[-–]\s*)?(?:in\s+fav(?:ou)?r|for)\b`)
	// sideFor, sideAgainst and sideAbstain tell which side a word names.
	sideFor     = rx.New(`^(?:` + forWords + `)$`)
	sideAgainst = rx.New(`^(?:` + againstWords + `)$`)
	sideAbstain = rx.New(`^(?:` + abstainWords + `)$`)
	// voteContext says a sentence is about a vote, so a score in it is one.
	voteContext = rx.New(`(?i)\bvot\w*|\bin\s+fav(?:ou)?r\b|\bcarried\b|\bpassed\b|\bpasses\b|\bmotion\b|\bresolution\b|\bballot\w*|\bscrutin\b|\badopt\w*|\babstain\w*|\babstention\w*|\bayes?\b|\bnays?\b|\byeas?\b|\bagainst\b|\bopposed\b|\bmajority\b|\bstimmen\b|\bvoix\b`)
)

// aboutVote reports whether s is about a vote, in English (voteContext)
// or in the words of vocab.VoteWords.
func aboutVote(s string) bool {
	return voteContext.MatchString(s) || voteWords.MatchString(s)
}

// findVotes reads the vote counts in s, or returns nil when s gives none.
func findVotes(s string) *Votes {
	var v Votes
	found := false
	wide, wideFound, twoSides := wideCounts(s)
	about := aboutVote(s) || twoSides
	if twoSides {
		v, found = wide, wideFound
	}
	if m := scoreInFavour.FindString(s); m != "" {
		found = readScore(&v, m) // "5-0 in favour": a score, not "0 in favour"
	} else {
		// "one for" is not a vote unless the sentence is about one.
		if about {
			for _, m := range countBefore.FindAllStringSubmatch(s, -1) {
				found = setCount(&v, m[2], m[1]) || found
			}
		}
		if countFollowsColon(s) {
			for _, m := range countAfter.FindAllStringSubmatch(s, -1) {
				found = setCount(&v, m[1], m[2]) || found
			}
		}
		if about {
			for _, m := range countAfterLoose.FindAllStringSubmatch(s, -1) {
				found = setCount(&v, m[1], m[2]) || found
			}
			if m := votesTo.FindStringSubmatch(s); m != nil {
				found = setCount(&v, "for", m[1]) || found
				found = setCount(&v, "against", m[2]) || found
			}
		}
	}
	if !found && about {
		found = readScore(&v, s)
	}
	if !found {
		found = readSlashTally(&v, s)
	}
	if unanimousWords.MatchString(s) {
		yes := true
		v.Unanimous = &yes
		found = true
	}
	if !found {
		return nil
	}
	return &v
}

// wideCounts reads the counts of countAfterWide in s (each side's word
// followed by its count, in any vocabulary's words: "Ja 12", "pour 12"),
// whether it read any, and whether s gives counts to two sides or more,
// the count before or after the side's word: "(Ja 12, Nein 0, Enthaltung
// 1)", "(12 voor, 2 tegen)". Only then is s about a vote whether or not it
// says so, and are the wide counts its ("one for the road" names one side
// only, "for 2 years" counts nothing).
func wideCounts(s string) (wide Votes, found, twoSides bool) {
	if !strings.ContainsAny(s, "0123456789") {
		return Votes{}, false, false
	}
	var v Votes
	n := 0
	for _, m := range countAfterWide.FindAllStringSubmatch(s, -1) {
		if setCount(&v, m[1], m[2]) {
			n++
		}
	}
	wide, found = v, n > 0
	for _, m := range countBefore.FindAllStringSubmatch(s, -1) {
		if setCount(&v, m[2], m[1]) {
			n++
		}
	}
	sides := 0
	for _, c := range []*int{v.For, v.Against, v.Abstain} {
		if c != nil {
			sides++
		}
	}
	return wide, found, n >= 2 && sides >= 2
}

// countFollowsColon reports whether a colon or equals sign in s comes,
// after spaces, after a letter (every side word ends with one) and
// before what may start countAfter's count: a digit or the first letter
// of a number word ("Ayes: 5", "Abstain: none"). A paragraph with no
// such sign, or only "Present: Ann Lee" or a time ("at 10:30"), is not
// searched with countAfter's long alternation of sides.
func countFollowsColon(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ':' && s[i] != '=' {
			continue
		}
		k := i
		for k > 0 && isRegexpSpace(s[k-1]) {
			k--
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:k]); !unicode.IsLetter(r) {
			continue
		}
		j := i + 1
		for j < len(s) && isRegexpSpace(s[j]) {
			j++
		}
		if j == len(s) {
			continue
		}
		// Under (?i) the long s (U+017F) matches s, as in "six".
		if '0' <= s[j] && s[j] <= '9' || strings.IndexByte("nNzZoOtTfFsSeE", s[j]) >= 0 || strings.HasPrefix(s[j:], "\u017f") {
			return true
		}
	}
	return false
}

// isRegexpSpace is \s of package regexp: space, tab, newline, form feed,
// carriage return.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// setCount stores one count under its side; the first count for a side
// wins. It reports whether the side and count were understood.
func setCount(v *Votes, side, count string) bool {
	n, ok := parseCount(count)
	if !ok {
		return false
	}
	side = strings.ToLower(collapseSpace(side))
	var slot **int
	switch {
	case sideAbstain.MatchString(side):
		slot = &v.Abstain
	case sideAgainst.MatchString(side):
		slot = &v.Against
	case sideFor.MatchString(side):
		slot = &v.For
	default:
		return false
	}
	if *slot == nil {
		*slot = &n
	}
	return true
}

// readScore reads "5-0" or "7-0-1" as for, against and abstain.
func readScore(v *Votes, s string) bool {
	m := voteScore.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	f, _ := strconv.Atoi(m[1])
	a, _ := strconv.Atoi(m[2])
	v.For, v.Against = &f, &a
	if m[3] != "" {
		ab, _ := strconv.Atoi(m[3])
		v.Abstain = &ab
	}
	return true
}

// slashTally is a tally written for/against/abstain with slashes, as
// German student councils and many others write it: "Beschluss der
// Exkursion: 7/0/0", "Abstimmung: 5/0/2", "6/0/1 angenommen". Three
// numbers of at most three digits, so "1/2/2019" is not one.
var slashTally = rx.New(`(?:^|[^\d/.,])(\d{1,3})\s?/\s?(\d{1,3})\s?/\s?(\d{1,3})(?:$|[^\d/]|[.,]\D|[.,]$)`)

// voteWords are the words that make a sentence about a vote
// (vocab.VoteWords); a stem takes any letters after it, accented ones
// too ("vot*": votación).
var voteWords = rx.New(`(?i)(?:^|[^\p{L}])(?:` + vocab.VoteWords.Pattern() + `)\p{L}*(?:$|[^\p{L}])`)

// readSlashTally reads a slash tally as for, against and abstain. A
// date also has three numbers and slashes ("3/4/19"), so the tally must
// stand in a sentence about a vote (vocab.VoteWords) or count a side as
// 0, which no date does ("wie leiten die Mail weiter: 6/0/1").
func readSlashTally(v *Votes, s string) bool {
	m := slashTally.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	n := [3]int{}
	zero := false
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
		zero = zero || m[i+1] == "0"
	}
	if !zero && !aboutVote(s) {
		return false
	}
	v.For, v.Against, v.Abstain = &n[0], &n[1], &n[2]
	return true
}

// parseCount reads a count in digits or words.
func parseCount(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	n, ok := numberWords[strings.ToLower(s)]
	return n, ok
}

// tallyLine is one line of a vote tally: "Chuck:   5", "Abstain: 0".
var tallyLine = rx.New(`(\p{L}[\p{L}.'’ -]{0,40}?)\s*:\s*(\d{1,4})\b`)

// A tally is the count of each choice of a vote between candidates.
type tally struct {
	counts  map[string]int // by candidate, as written
	abstain *int
}

// readTally reads a paragraph made only of "Name: count" pairs ("Chuck: 5
// Ken: 3 Abstain: 0"), or returns nil.
func readTally(p string) *tally {
	if !couldBeTally(p) {
		return nil
	}
	matches := tallyLine.FindAllStringSubmatchIndex(p, -1)
	if len(matches) < 2 {
		return nil
	}
	covered := 0
	t := &tally{counts: map[string]int{}}
	for _, m := range matches {
		covered += m[1] - m[0]
		name := strings.TrimSpace(p[m[2]:m[3]])
		n, _ := strconv.Atoi(p[m[4]:m[5]])
		if sideAbstain.MatchString(strings.ToLower(name)) {
			t.abstain = &n
			continue
		}
		t.counts[name] = n
	}
	// Everything but white space must be the pairs.
	if len(strings.Join(strings.Fields(p), "")) > covered || len(t.counts) < 2 {
		return nil
	}
	return t
}

// maxPairLetters is the most non-space characters one "Name: count" pair
// of tallyLine holds: a name of up to 41, the colon, four digits.
const maxPairLetters = 41 + 1 + 4

// couldBeTally rejects at once a paragraph with too few colons to be made
// only of pairs, before the regular expression scans it: prose paragraphs
// are long and the scan backtracks.
func couldBeTally(p string) bool {
	colons := strings.Count(p, ":")
	if colons < 2 {
		return false
	}
	letters := 0
	for _, r := range p {
		if !unicode.IsSpace(r) {
			letters++
		}
	}
	return letters <= colons*maxPairLetters
}

// names reports whether text names one of the tally's candidates: the
// sentence that closes the vote.
func (t *tally) names(text string) bool {
	for name := range t.counts {
		if strings.Contains(text, name) {
			return true
		}
	}
	return false
}
