package parse

// Who moved and seconded a motion, and the vote taken by name on it.
//
// The mover and the seconder are read from the motion's own sentence and
// from the lines that record them after it, in these forms (the words
// are the vocab tables MovedBy, Moves, MoverLabels and their seconding
// twins, in each language):
//
//	moved by NAME / proposé par NAME          a phrase before the name
//	NAME moved … / NAME propone …             a verb after the name
//	NAME (motion), NAME (second)              a bracket after the name
//	Mover: NAME / First Motion – NAME; 2nd – NAME    a label
//
// A NAME is one to four capitalised words, with an honorific, initials
// and name particles ("Cllr. Joseph Davies", "J. Smith", "Ana de la
// Cruz"), written as the minutes write it; pronouns and the words that
// open a sentence ("It was moved") are no name.
//
// A vote taken by name follows its motion: an optional "Roll call vote:"
// then a label for each side with its names ("Ayes: Alvarez, Chen" /
// "Nays: Brown" / "Abstain: None"), on one line or several. It gives the
// motion its roll call, and its counts where the minutes give none.

import (
	"strings"
	"sync"
	"unicode"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// motionName is a person's name as motions write it, honorific included.
const motionName = `((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|Councilmember|Commissioner|Trustee|Director|Sr|Sra|Dhr|Mevr|M|Mme|Herr|Frau)\.?\s+)?` +
	`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|di|do|dos|van|von|der|den|del|della|du|le|la|y|ten|ter)\s+)*\p{Lu}[\p{L}'’.-]*){0,3})`

var (
	moverBefore    = rx.New(`(?i:\b(?:` + vocab.MovedBy.Pattern() + `))\s+` + motionName)
	seconderBefore = rx.New(`(?i:\b(?:` + vocab.SecondedBy.Pattern() + `))\s+` + motionName)
	moverVerb      = rx.New(`(?:^|[,;:(]\s*|\band\s+)` + motionName + `\s+(?:` + vocab.Moves.Pattern() + `)\b(?:[^:]|$)`)
	seconderVerb   = rx.New(`(?:^|[,;:(]\s*|\band\s+)` + motionName + `\s+(?:` + vocab.Seconds.Pattern() + `)\b(?:[^:]|$)`)
	moverBracket   = rx.New(motionName + `\s*\((?i:motion|mover|moved|proposer)\)`)
	seconderBrkt   = rx.New(motionName + `\s*\((?i:second|seconder|seconded)\)`)
	moverLabel     = rx.New(`(?:^|[.;]?\s)(?i:(?:` + vocab.MoverLabels.Pattern() + `))\s*[-–—:]\s*` + motionName)
	seconderLabel  = rx.New(`(?:^|[.;]?\s)(?i:(?:` + vocab.SeconderLabels.Pattern() + `))\s*[-–—:]\s*` + motionName)
)

// notNames are capitalised words that open a sentence about a motion
// without naming anyone: "It was moved", "The Chair proposed".
var notNames = map[string]bool{
	"it": true, "this": true, "that": true, "the": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "motion": true, "a": true, "an": true, "all": true, "everyone": true,
	"chair": true, "board": true, "committee": true, "council": true, "members": true,
	"il": true, "elle": true, "le": true, "la": true, "el": true, "er": true, "sie": true,
	"es": true, "die": true, "der": true, "het": true, "de": true, "who": true, "which": true,
}

// nameStops are the capitalised words that end a name written before the
// outcome of its motion: "Seconded: John Roe Carried."
var nameStops = map[string]bool{
	"carried": true, "passed": true, "approved": true, "adopted": true, "agreed": true,
	"unanimously": true, "unanimous": true, "motion": true, "all": true, "vote": true,
	"seconded": true, "second": true, "moved": true, "resolved": true, "failed": true,
	"adopté": true, "adoptée": true, "approuvé": true, "angenommen": true, "aprobado": true,
}

// movers reads who moved and who seconded the motion recorded in s; ""
// where s does not say.
func movers(s string) (mover, seconder string) {
	mover = firstName(s, moverLabel, moverBefore, moverBracket, moverVerb)
	seconder = firstName(s, seconderLabel, seconderBefore, seconderBrkt, seconderVerb)
	return mover, seconder
}

// firstName is the name the first of the forms that matches s captures,
// when it is a name.
func firstName(s string, forms ...*rx.Regexp) string {
	for _, form := range forms {
		for _, m := range form.FindAllStringSubmatch(s, -1) {
			if name := motionPerson(m[1]); name != "" {
				return name
			}
		}
	}
	return ""
}

// motionPerson tidies a captured name, or returns "" for words that are
// no one's name.
func motionPerson(name string) string {
	name, _ = cutAtSentenceEnd(strings.TrimSpace(name))
	name = strings.TrimRight(name, ".,;:’'")
	words := strings.Fields(name)
	if len(words) == 0 || notNames[strings.ToLower(words[0])] {
		return ""
	}
	for i, w := range words {
		if nameStops[strings.ToLower(w)] {
			words = words[:i] // "Seconded: John Roe Carried."
			break
		}
	}
	if len(words) == 0 || len(words) == 1 && honorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		return "" // "Cllr." cut from its name by a sentence break
	}
	return strings.Join(words, " ")
}

// moversOf reads a line or sentence led by the label of a mover or
// seconder ("Proposer: Gareth Jones (Westbourne)", "First Motion – Cllr.
// Joseph Davies; 2nd – Cllr. O. William", "Moved: Jane Doe"): it names
// them for the decision it follows, which was then a motion
// (suffolk-libraries-agm-minutes-2014-09-11.pdf: "the accounts were
// accepted and approved:" / "Proposer: …" / "Seconder: …").
func (ds *decisionScanner) moversOf(s string) bool {
	s = strings.TrimSpace(s)
	loc := moverLabel.FindStringIndex(s)
	if loc == nil {
		loc = seconderLabel.FindStringIndex(s)
	}
	if loc == nil || loc[0] != 0 {
		return false
	}
	d := ds.motionOpen()
	if d == nil {
		return false
	}
	setMovers(d, s)
	if d.Kind == kindAgreement {
		d.Kind = kindMotion
	}
	ds.lastAge = 0 // the seconder's line follows the mover's
	return true
}

// setMovers gives decision d the mover and seconder s names, where it
// has none yet.
func setMovers(d *Decision, s string) {
	mover, seconder := movers(s)
	if d.Mover == "" && mover != "" {
		d.Mover = String(mover)
	}
	if d.Seconder == "" && seconder != "" {
		d.Seconder = String(seconder)
	}
}

// rollCallLead opens a vote taken by name; rollCallSide labels one side
// of it.
var (
	rollCallLead = rx.New(`(?i)^\s*(?:` + vocab.RollCall.Pattern() + `)\s*:?\s*`)
	rollCallSide = rx.New(`(?i)(?:^|[\s.;,])(?:voting\s+)?(` + vocab.VoteFor.Pattern() + `|` + vocab.VoteAgainst.Pattern() + `|` +
		vocab.VoteAbstain.Pattern() + `|` + vocab.VoteAbsent.Pattern() + `)(?:\s*\(\d{1,3}\))?\s*(?:[:：]|\s[–—-])\s*`)
	sideAbsent = rx.New(`(?i)^(?:` + vocab.VoteAbsent.Pattern() + `)$`)
)

// readRollCall reads a paragraph of a vote by name: a lead and the sides
// that follow it, or sides alone. It reports whether the paragraph opened
// with the lead, and whether it was a roll call at all: a side needs
// names, not a count ("Ayes: 4" is a count, read by votesLine). rest is
// what follows the last side's names in the paragraph ("Motion
// carried.").
func readRollCall(text string) (rc *RollCall, named voteSides, lead bool, rest string, ok bool) {
	text = strings.TrimSpace(text)
	if !rollCallWords()[firstWordOf(text)] {
		return nil, 0, false, "", false // opens with no word of a roll call: skip the patterns
	}
	if loc := rollCallLead.FindStringIndex(text); loc != nil {
		text, lead = text[loc[1]:], true
	}
	rc = &RollCall{For: []string{}, Against: []string{}, Abstain: []string{}, Absent: []string{}}
	locs := rollCallSide.FindAllStringSubmatchIndex(text, -1)
	if len(locs) == 0 {
		return rc, 0, lead, "", lead && text == ""
	}
	if strings.TrimSpace(text[:locs[0][0]]) != "" {
		return nil, 0, false, "", false
	}
	for k, loc := range locs {
		end := len(text)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		names, after := cutAtSentenceEnd(text[loc[1]:end])
		list := rollCallNames(names)
		if list == nil {
			return nil, 0, false, "", false // a count or a sentence, not names
		}
		side := strings.ToLower(text[loc[2]:loc[3]])
		switch {
		case sideFor.MatchString(side):
			rc.For, named = append(rc.For, list...), named|sideNamedFor
		case sideAgainst.MatchString(side):
			rc.Against, named = append(rc.Against, list...), named|sideNamedAgainst
		case sideAbstain.MatchString(side):
			rc.Abstain, named = append(rc.Abstain, list...), named|sideNamedAbstain
		case sideAbsent.MatchString(side):
			rc.Absent = append(rc.Absent, list...)
		}
		if after != "" {
			if k+1 < len(locs) {
				return nil, 0, false, "", false // words between two sides
			}
			rest = after
		}
	}
	return rc, named, lead, rest, true
}

// cutAtSentenceEnd cuts a side's names from a sentence that follows them
// ("Ross. Motion carried."): at a period after a word of two letters or
// more that is no honorific. An initial ("J. Smith") ends nothing.
func cutAtSentenceEnd(s string) (names, rest string) {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' || i+1 >= len(s) || s[i+1] != ' ' {
			continue
		}
		j := strings.LastIndexAny(s[:i], " ,;") + 1
		word := s[j:i]
		if len([]rune(word)) < 2 || honorifics[strings.ToLower(word)] {
			continue
		}
		if r := strings.TrimSpace(s[i+1:]); r != "" {
			return s[:i], r
		}
	}
	return s, ""
}

// rollCallWords are the first words of the leads and sides of a vote by
// name, folded: a paragraph that opens with none of them is none.
var rollCallWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"voting": true}
	for _, t := range []vocab.Table{vocab.RollCall, vocab.VoteFor, vocab.VoteAgainst, vocab.VoteAbstain, vocab.VoteAbsent} {
		for _, text := range t.Texts() {
			m[firstWordOf(text)] = true
		}
	}
	return m
})

// firstWordOf is the first word of s, in lower case, without the
// punctuation after it ("Ayes:" → "ayes", "Roll-call" → "roll").
func firstWordOf(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// startsRollCall reports whether a line opens a vote by name or one of
// its sides, so that it is a paragraph of its own.
func startsRollCall(text string) bool {
	text = strings.TrimSpace(text)
	if !rollCallWords()[firstWordOf(text)] {
		return false
	}
	if rollCallLead.MatchString(text) {
		return true
	}
	if loc := rollCallSide.FindStringIndex(text); loc == nil || loc[0] != 0 {
		return false
	}
	_, _, _, _, ok := readRollCall(text)
	return ok
}

// rollCallNames splits the names of one side: "Alvarez, Chen and Okafor".
// "None" is an empty side; a count or words that are no names give nil.
func rollCallNames(s string) []string {
	s = strings.TrimRight(strings.TrimSpace(s), ".;,")
	switch strings.ToLower(s) {
	case "", "none", "nil", "no one", "nobody", "aucun", "keine", "ninguno", "nessuno", "geen", "-", "–", "—":
		return []string{}
	}
	var out []string
	for _, part := range splitNameList(s) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		words := strings.Fields(part)
		if len(words) > 5 || !isCapitalised(words[len(words)-1]) || startsWithDigit(part) {
			return nil
		}
		out = append(out, part)
	}
	return out
}

// splitNameList cuts a list of names at commas, semicolons and a last
// "and" (or its kin in other languages).
func splitNameList(s string) []string {
	s = strings.ReplaceAll(s, ";", ",")
	for _, and := range []string{" and ", " & ", " et ", " und ", " y ", " e ", " en "} {
		s = strings.ReplaceAll(s, and, ",")
	}
	return strings.Split(s, ",")
}

// A rollCallState is the vote by name being read and the counts it gives
// its decision: both are shared with every copy of the decision, so the
// sides read after the motion was recorded reach it too.
type rollCallState struct {
	rc    *RollCall
	named voteSides // the sides the minutes name, which the counts give
	votes *Votes    // nil when the minutes gave the counts themselves
	age   int       // paragraphs since its last side
}

// voteSides are the sides of a vote a roll call names: a side it does not
// name ("Ayes: A, B" / "Nays: C", nothing of abstentions) gets no count.
type voteSides uint8

const (
	sideNamedFor voteSides = 1 << iota
	sideNamedAgainst
	sideNamedAbstain
)

// rollCall reads a paragraph of a vote by name and gives it to the motion
// it follows. It reports whether the paragraph was one.
func (ds *decisionScanner) rollCall(text string) bool {
	rc, named, lead, rest, ok := readRollCall(text)
	if !ok {
		return false
	}
	defer ds.sentencesAfter(rest)
	if r := ds.roll; r != nil && !lead && r.age <= 1 {
		r.rc.For = append(r.rc.For, rc.For...)
		r.rc.Against = append(r.rc.Against, rc.Against...)
		r.rc.Abstain = append(r.rc.Abstain, rc.Abstain...)
		r.rc.Absent = append(r.rc.Absent, rc.Absent...)
		r.named |= named
		r.count()
		r.age = 0
		// The motion stays open while its vote is read: its outcome may
		// follow the names.
		ds.tentativeAge, ds.motionAge = 0, 0
		return true
	}
	d := ds.motionOpen()
	if d == nil {
		return lead // a lone "Roll call" is the attendance's; sides on nothing recorded are not ours to guess
	}
	ds.roll = &rollCallState{rc: rc, named: named}
	d.RollCall = rc
	if d.Votes == nil || d.Votes.Unanimous != nil {
		ds.roll.votes = &Votes{}
		d.Votes = ds.roll.votes
	}
	ds.roll.count()
	return true
}

// sentencesAfter reads the sentences that follow a roll call in its
// paragraph: its outcome ("Motion carried."), a decision of their own.
func (ds *decisionScanner) sentencesAfter(rest string) {
	prev := ""
	for _, s := range sentencesOf(rest) {
		ds.sentence(s, prev, rest)
		prev = s
	}
}

// count makes the counts agree with the names.
func (r *rollCallState) count() {
	if r.votes == nil {
		return
	}
	n := func(side voteSides, names []string) *int {
		if r.named&side == 0 {
			return nil
		}
		k := len(names)
		return &k
	}
	r.votes.For, r.votes.Against, r.votes.Abstain = n(sideNamedFor, r.rc.For), n(sideNamedAgainst, r.rc.Against), n(sideNamedAbstain, r.rc.Abstain)
	r.votes.Unanimous = nil
}

// explicitVotes gives d the counts the minutes write after its roll call
// ("Motion carried 4-1-1."): a written count wins over the count of
// names of its side; a side it does not give keeps the names' count.
func (ds *decisionScanner) explicitVotes(d *Decision, v *Votes) {
	r := ds.roll
	if v == nil || r == nil || r.votes == nil || d.Votes != r.votes {
		return
	}
	for _, side := range []struct{ have, written **int }{{&r.votes.For, &v.For}, {&r.votes.Against, &v.Against}, {&r.votes.Abstain, &v.Abstain}} {
		if *side.written != nil {
			*side.have = *side.written
		}
	}
	r.votes = nil // the counts are the minutes' now
}

// motionOpen is the decision a line after it may still complete: the
// motion awaiting its outcome, the one just recorded, the resolution
// whose vote may follow; nil when none.
func (ds *decisionScanner) motionOpen() *Decision {
	switch {
	case ds.tentative != nil:
		ds.tentativeAge = 0 // its outcome may follow the roll call
		return ds.tentative
	case ds.motion >= 0:
		ds.motionAge = 0
		return &ds.out[ds.motion]
	case ds.pending >= 0:
		return &ds.out[ds.pending]
	case len(ds.out) > 0 && ds.lastAge <= 2:
		return &ds.out[len(ds.out)-1]
	}
	return nil
}
