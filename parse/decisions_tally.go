package parse

import (
	"strings"
	"unicode"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// Votes recorded without a sentence that says what was decided: the
// subject is what stands before the tally, on its line or above it.
//
//	Abstimmung: Renate Entsendung DH Kommission: 7/0/0 beschlossen.
//	Beschluss der Exkursion: 7/0/0
//	Vote: adopt the 2024 budget 6/0/1 carried
//
//	Abstimmung:                          a vote label, then what was
//	Der FSR fordert:                     put to the vote over several
//	- Moritz setzt sich für … ein        lines, then its tally
//	Abstimmung: 5/0/2
//
//	+ Rapport Financier par le Trésorier   a subject, then one line per
//	  + pour        41                     side of the vote (pour, contre,
//	  + contre      0                      abstention; for, against,
//	  + abstention  2 (Allouche, Charpentier)   abstain; Ja, Nein …)
//
// Each is a motion put to the vote: kind motion, the counts as votes. A
// tally whose against outnumber its for records nothing: the motion
// failed.

// voteLabelLead is a vote label opening a paragraph: "Abstimmung:",
// "Vote :", "Votación:", "採決：".
var voteLabelLead = rx.New(`(?i)^\s*(?:` + vocab.VoteLabels.Pattern() + `)\s*[:：]\s*`)

// tallyOutcome is an outcome word or phrase written around a tally that
// the decision's text leaves out: "beschlossen mit", "-> angenommen",
// "carried", "adopté".
var tallyOutcome = rx.New(`(?i)(?:^|\s|->|→|[-–—:(])\s*(?:(?:` + vocab.Outcomes.Pattern() + `|beschluss)(?:\s+(?:mit|with|by|par|con|com|met|por))?\s*[:.]?\s*)+$`)

// tallyOutcomeAfter is what may follow a tally and is not part of the
// subject: an outcome word, an aside in brackets, an arrow.
var tallyOutcomeAfter = rx.New(`(?i)^[\s.:;,]*(?:(?:->|→|[-–—])\s*)?(?:` + vocab.Outcomes.Pattern() + `)?\b`)

// failedTally says that a tally's motion was not passed.
var failedTally = rx.New(`(?i)\b(?:abgelehnt|rejected|defeated|failed|lost|rejeté\w*|rechazad\w*|respint\w*|rejeitad\w*|verworpen)\b`)

// openVote is a vote label whose subject runs over the paragraphs that
// follow it, until its tally.
type openVote struct {
	parts []string
	age   int
}

// maxVoteParagraphs bounds how far a vote label's subject runs.
const maxVoteParagraphs = 8

// tallied reads a paragraph that holds a slash tally, or opens or
// continues the subject of a vote label. It reports whether it used the
// paragraph.
func (ds *decisionScanner) tallied(p paragraph) bool {
	text := p.text
	labelled := false
	if loc := voteLabelLead.FindStringIndex(text); loc != nil {
		labelled = true
		text = text[loc[1]:]
	}
	m := slashTally.FindStringSubmatchIndex(text)
	var v Votes
	if m == nil || !readSlashTally(&v, text[m[0]:]) {
		// Not the tally: the paragraph may still be the vote's subject,
		// and is read on by the other forms ("Vote: 5 for, 2 against"),
		// which close the vote when they record a decision.
		switch {
		case labelled && !p.heading:
			// "Abstimmung:" and what was put to the vote, its tally below.
			ds.vote = &openVote{parts: nonEmpty(strings.TrimSpace(text))}
		case ds.vote != nil && !p.heading && ds.vote.age < maxVoteParagraphs:
			ds.vote.parts = append(ds.vote.parts, text)
			ds.vote.age++
		default:
			ds.vote = nil
		}
		return false
	}
	// The subject is the text before the tally, its outcome words off
	// ("beschlossen mit 7/0/0"), else what the vote label opened, else
	// the paragraph above.
	start := m[2] // the first number; m[0] may hold the character before it
	subject := strings.TrimSpace(tallyOutcome.ReplaceAllString(strings.TrimSpace(text[:start]), ""))
	subject = strings.TrimRight(subject, " :-–—")
	opened := ds.vote != nil
	if opened {
		subject = strings.TrimSpace(strings.Join(append(ds.vote.parts, subject), " "))
		ds.vote = nil
	}
	if subject == "" && !labelled && len(text[m[1]:]) > 0 && !tallyOutcomeAfter.MatchString(text[m[1]:]) {
		return false
	}
	if subject != "" && !labelled && !opened {
		// No label to strip: the line stays whole, as any sentence does
		// ("Beschluss der Exkursion: 7/0/0").
		subject = strings.TrimSpace(text)
	}
	if subject == "" {
		subject = ds.subject()
	}
	if subject == "" || failedTally.MatchString(text) || *v.Against >= *v.For {
		return subject != ""
	}
	ds.emit(Decision{Text: String(strings.TrimRight(subject, " .:")), Kind: "motion", Votes: &v})
	return true
}

// nonEmpty is the list of s, or an empty list when s is empty.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// justRecorded reports whether a decision was recorded from the
// paragraph above: a vote below it is that decision's.
func (ds *decisionScanner) justRecorded() bool {
	return len(ds.out) > 0 && ds.lastAge <= 1
}

// subject is the paragraph above as the subject of a vote recorded
// below it, or "" when that paragraph cannot be one: a decision already
// recorded, a vote line, a long passage.
func (ds *decisionScanner) subject() string {
	s := strings.TrimSpace(ds.prev.text)
	if s == "" || ds.justRecorded() || len(s) > 300 || onlyVotes.MatchString(s) || voteSide.MatchString(s) ||
		candidateCount.MatchString(s) || readTally(s) != nil {
		return ""
	}
	return strings.TrimRight(s, " :")
}

// candidateCount is one line of a vote between candidates, "Frank
// Heider: 2": the votes of a person, not the subject of a vote.
var candidateCount = rx.New(`^[^:]{1,60}:\s*\d{1,4}\.?$`)

// voteSide is a line that gives one side of a vote: its word, then its
// count, a word of unanimity, or nothing, and perhaps the names of those
// who voted so in brackets: "pour 41", "contre :  0", "pour Unanimité",
// "abstention 1 (Pierre Imbaud)", "Ja: 5", "contre".
var voteSide = rx.New(`(?i)^[\s—–-]*(` + forWords + `|` + againstWords + `|` + abstainWords + `)\s*[:=]?\s*(\d{1,4}|(?:` + vocab.Unanimous.Pattern() + `)\p{L}*)?\s*(?:\([^)]*\))?\s*\.?$`)

// isSideLine reports whether a line gives one side of a vote with its
// count ("— Pour: 7", "contre 0"): a paragraph of its own, never glued
// to the next side. A side's word alone ("for", "no") may be a wrapped
// line of prose, so it needs its count.
func isSideLine(line string) bool {
	m := voteSide.FindStringSubmatch(line)
	return m != nil && m[2] != ""
}

// heldSides is the value of decisionScanner.sides while the sides read
// are held for the decision that follows them.
const heldSides = -2

// sideLine reads a paragraph that gives one side of a vote. The first
// side under a subject records the subject as a motion with that count;
// the next sides add theirs; a side written without a count counts none
// once another side has been counted. Under a heading or label that
// names nothing but the vote ("Votes", "Abstimmung:"), the counts are
// held for the decision stated after them ("— Pour : 7 / — Contre : 0 /
// Les statuts sont approuvés à l'unanimité").
func (ds *decisionScanner) sideLine(text string) bool {
	m := voteSide.FindStringSubmatch(text)
	if m == nil {
		ds.sides = -1
		return false
	}
	side, count := strings.ToLower(m[1]), m[2]
	held := ds.sides == heldSides && ds.held != nil && ds.heldAge <= 1
	open := ds.sides >= 0 && ds.sides < len(ds.out) && ds.lastAge <= 1
	if !held && !open {
		if count == "" {
			return false
		}
		subject := ds.subject()
		if subject == "" && ds.justRecorded() {
			return false // the decision just recorded takes the votes (votesLine)
		}
		if namesSomething(subject) {
			i := ds.emit(Decision{Text: String(subject), Kind: "motion"})
			if i < 0 {
				return false
			}
			ds.sides, ds.sideSubject = i, i
		} else {
			ds.held, ds.sides = &Votes{}, heldSides
		}
	}
	votes := &ds.held
	if ds.sides >= 0 {
		votes = &ds.out[ds.sides].Votes
		ds.lastAge = 0
	}
	ds.heldAge = 0
	if *votes != nil && (*votes).Unanimous != nil {
		return true // "pour Unanimité": the other sides say nothing more
	}
	if count == "" {
		count = "0"
	}
	var v Votes
	if unanimousWords.MatchString(count) {
		yes := true
		v.Unanimous = &yes
		*votes = &v
		return true
	}
	if !setCount(&v, side, count) {
		return true
	}
	if *votes == nil {
		*votes = &Votes{}
	}
	d := Decision{Votes: *votes}
	addVotes(&d, &v)
	return true
}

// proposedAgreed is the formula of UK councils and associations that
// records a motion, who moved and seconded it and its outcome in one
// sentence: "It was proposed by Cllr. J. Davies, seconded by Cllr. A.
// Thomas and unanimously agreed that the Annual Return be approved", "…
// and by majority decision agreed to make a donation of £100.00". The
// names may hold abbreviations ("Cllr. A."), so the paragraph is read
// whole, not sentence by sentence; the content ends at the sentence's
// end.
var proposedAgreed = rx.New(`(?i)\bit\s+was\s+(?:proposed|moved)\s+by\s+(.{2,60}?),?\s+(?:and\s+)?seconded\s+by\s+(.{2,60}?),?\s+and\s+((?:[\p{L}]+\s+){0,3}?)(?:agreed|approved|resolved|carried|decided)\s*,?\s*(that|to)\s+(.+)$`)

// sentenceBreak is where a sentence may end: a full stop before a
// capital. firstSentenceLen tells a real end from an abbreviation's or an
// initial's full stop ("Cllr. O. Williams").
var sentenceBreak = rx.New(`\.\s+\p{Lu}`)

// firstSentenceLen is the length of s's first sentence.
func firstSentenceLen(s string) int {
	for _, loc := range sentenceBreak.FindAllStringIndex(s, -1) {
		words := strings.Fields(s[:loc[0]])
		last := strings.ToLower(words[len(words)-1])
		if len([]rune(last)) <= 1 || honorifics[last] {
			continue
		}
		return loc[0]
	}
	return len(strings.TrimRight(s, ". "))
}

// proposedAndAgreed records the motion of a proposedAgreed sentence in
// text, kind motion, its text from "that"/"to" on (the lead-in stripped,
// testdata/CONVENTIONS.md), and returns text without that sentence for
// the other forms to read.
func (ds *decisionScanner) proposedAndAgreed(text string) string {
	m := proposedAgreed.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	end := m[10] + firstSentenceLen(text[m[10]:])
	whole := text[m[0]:end]
	d := Decision{
		Text:  String(text[m[8]:end]),
		Kind:  kindMotion,
		Votes: findVotes(text[m[6]:m[7]]),
	}
	d.Mover, d.Seconder = String(motionPerson(text[m[2]:m[3]])), String(motionPerson(text[m[4]:m[5]]))
	if !pastReference.MatchString(whole) && !negated.MatchString(whole) {
		ds.emit(d)
	}
	return text[:m[0]] + text[end:]
}

// A vote may be recorded on a line of its own below what it decided,
// with no other words:
//
//	Désir de recruter une nouvelle personne pour l’entretien du jardin …
//	*Vote à l’unanimité*
//
// or name what was approved in a noun ("Approval by unanimous decision",
// "la votación dio como resultado la APROBACIÓN POR UNANIMIDAD del
// Balance"). Either is a decision with its votes: the line's own words
// when it names something, else the last sentence above it.

// maxBareVoteWords bounds a vote line that stands alone.
const maxBareVoteWords = 10

// approvalNoun names the approval a vote gave, in several languages.
var approvalNoun = rx.New(`(?i)(?:^|[^\p{L}])(?:approval|adoption|approbation|aprobaci[óo]n|adopci[óo]n|aprova[çc][ãa]o|approvazione|goedkeuring|zustimmung|annahme)(?:$|[^\p{L}])`)

// voteResult is a sentence that reports a vote's result as an approval:
// "la votación dio como resultado la APROBACIÓN POR UNANIMIDAD de la
// Lista". Its text runs from the vote word on.
var voteResult = rx.New(`(?i)(?:^|[^\p{L}])((?:(?:the|la|el|le|die|de|il|a|o)\s+)?(?:vote|voting|votación|votação|votazione|scrutin|abstimmung|stemming)(?:$|[^\p{L}]).*)$`)

// voteFiller are the words of a vote line that name nothing decided:
// the vote's own words, its sides and counts, unanimity, articles and
// prepositions.
var voteFiller = rx.New(`(?i)^(?:(?:` + vocab.VoteWords.Pattern() + `|` + vocab.VoteLabels.Pattern() + `|` + vocab.Unanimous.Pattern() + `|` + forWords + `|` + againstWords + `|` + abstainWords + `)\p{L}*|by|of|the|à|au|du|de|des|la|le|par|en|por|el|per|il|der|die|das|mit|met|with|decision|décision|decisión|decisão|entscheidung|besluit|unanimous|unanime)$`)

// namesSomething reports whether a vote line holds a word of three
// letters or more that is not voteFiller: "Approval by unanimous
// decision" names the approval, "Vote du CA : pour à l'unanimité" nothing.
func namesSomething(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= 3 && !voteFiller.MatchString(w) {
			return true
		}
	}
	return false
}

// refersToMotion is a vote line about a motion or resolution named or
// recorded elsewhere, or an outcome: the outcome forms read it.
var refersToMotion = rx.New(`(?i)\b(?:motion|resolution|résolution|proposal|pass(?:ed|es)?|carri(?:ed|es)|adopted)\b`)

// bareVote reads a paragraph that no other form recorded as a vote line
// of its own, or a sentence reporting a vote's result as an approval.
func (ds *decisionScanner) bareVote(p paragraph) {
	if p.heading || ds.justRecorded() || ds.pending >= 0 || ds.motion >= 0 || ds.tentative != nil {
		return
	}
	text := strings.Trim(strings.TrimSpace(p.text), "*_")
	if refersToMotion.MatchString(text) {
		return // "By unanimous vote, the above resolution passed": the outcome forms' line
	}
	v := findVotes(text)
	if v == nil || (v.Unanimous == nil && !passedByCount(v)) || failedOutcome.MatchString(text) {
		return
	}
	if len(strings.Fields(text)) > maxBareVoteWords {
		for _, s := range sentencesOf(text) {
			if m := voteResult.FindStringSubmatch(s); m != nil && approvalNoun.MatchString(m[1]) && findVotes(m[1]) != nil {
				ds.emit(Decision{Text: String(strings.TrimRight(m[1], " .")), Kind: kindAgreement, Votes: findVotes(m[1])})
			}
		}
		return
	}
	if !aboutVote(text) && !approvalNoun.MatchString(text) {
		return
	}
	subject := text
	if !namesSomething(text) {
		// Nothing but the vote: it decides the sentence above.
		if ds.prev.heading || onlyVotes.MatchString(ds.prev.text) || voteSide.MatchString(ds.prev.text) {
			return
		}
		sentences := sentencesOf(ds.prev.text)
		if len(sentences) == 0 {
			return
		}
		subject = sentences[len(sentences)-1]
	}
	ds.emit(Decision{Text: String(strings.TrimRight(subject, " .")), Kind: kindMotion, Votes: v})
}

// A motion's seconding and outcome may follow it on a line of their own,
// or in a sentence of their own:
//
//	Proposal to adopt the budget for 2024 made by Ann Lee.
//	Seconded by Bo Chen, all agreed.
//
//	Ann Lee proposed that the fee be raised to £25. Bo Chen seconded. All agreed.
//
// That line is not a decision of its own: it makes the proposal above a
// motion carried, with its seconder, and unanimous when all agreed; it
// completes the decision just recorded when there is one.

// bareAssent is a seconding, an assent or both, and nothing else.
var bareAssent = rx.New(`(?i)^(?:seconded(?:\s+by\s+([\p{L}][\p{L}.'’ -]{0,40}?))?\s*[,;.]?\s*)?(?:(?:and\s+)?(all|everyone|everybody)\s+(?:agreed|in\s+favou?r|were\s+in\s+favou?r|approved)|agreed\s+by\s+all|(unanimously\s+)?agreed(?:\s+unanimously)?|carried(?:\s+unanimously)?|approved(?:\s+unanimously)?)?\s*(?:\(?\d{1,3}\s*[-–/]\s*\d{1,3}(?:\s*[-–/]\s*\d{1,3})?\)?)?\s*[.!]?$`)

// proposalCue says a sentence puts something forward for a decision.
var proposalCue = rx.New(`(?i)\b(?:propos\w*|suggest\w*|moved|motion|recommend\w*)\b`)

// assent reads a bareAssent line or sentence, text, after before (the
// paragraph or sentences above it). It reports whether it used text.
func (ds *decisionScanner) assent(text, before string) bool {
	text = strings.TrimSpace(text)
	m := bareAssent.FindStringSubmatch(text)
	if m == nil || strings.Trim(text, " .!") == "" || ds.tentative != nil {
		return false
	}
	seconded := strings.HasPrefix(strings.ToLower(text), "seconded")
	seconder := motionPerson(m[1])
	votes := findVotes(text) // "carried unanimously", "Carried 5-0"
	if votes == nil && (m[2] != "" || m[3] != "") {
		yes := true
		votes = &Votes{Unanimous: &yes} // "all agreed"
	}
	if ds.justRecorded() {
		d := &ds.out[len(ds.out)-1]
		if seconder != "" && d.Seconder == "" {
			d.Seconder = String(seconder)
		}
		if seconded && d.Kind == kindAgreement {
			d.Kind = kindMotion
		}
		if d.Votes == nil {
			d.Votes = votes
		}
		ds.lastAge = 0
		return true
	}
	sentences := sentencesOf(before)
	for i := len(sentences) - 1; i >= 0 && i >= len(sentences)-3; i-- {
		s := strings.TrimRight(strings.TrimSpace(sentences[i]), ".")
		if !proposalCue.MatchString(s) || isQuestion(s) {
			continue
		}
		d := Decision{Text: String(s), Kind: kindMotion, Votes: votes}
		for _, t := range sentences[i:] {
			setMovers(&d, t) // "Ann Lee proposed …", then "Bo Chen seconded."
		}
		if seconder != "" {
			d.Seconder = String(seconder)
		}
		ds.emit(d)
		return true
	}
	return seconded // "Seconded by Bo Chen, all agreed" under nothing proposed
}
