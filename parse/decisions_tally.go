package parse

import (
	"strings"

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

// subject is the paragraph above as the subject of a vote recorded
// below it, or "" when that paragraph cannot be one: a decision already
// recorded, a vote line, a long passage.
func (ds *decisionScanner) subject() string {
	s := strings.TrimSpace(ds.prev.text)
	if s == "" || ds.lastAge <= 1 || len(s) > 300 || onlyVotes.MatchString(s) || voteSide.MatchString(s) ||
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
var voteSide = rx.New(`(?i)^\s*(` + forWords + `|` + againstWords + `|` + abstainWords + `)\s*[:=]?\s*(\d{1,4}|(?:` + vocab.Unanimous.Pattern() + `)\p{L}*)?\s*(?:\([^)]*\))?\s*\.?$`)

// sideLine reads a paragraph that gives one side of a vote. The first
// side under a subject records the subject as a motion with that count;
// the next sides add theirs; a side written without a count counts none
// once another side has been counted.
func (ds *decisionScanner) sideLine(text string) bool {
	m := voteSide.FindStringSubmatch(text)
	if m == nil {
		ds.sides = -1
		return false
	}
	side, count := strings.ToLower(m[1]), m[2]
	if ds.sides < 0 || ds.sides >= len(ds.out) || ds.lastAge > 1 {
		if count == "" {
			return false
		}
		subject := ds.subject()
		if subject == "" {
			return false
		}
		i := ds.emit(Decision{Text: String(subject), Kind: "motion"})
		if i < 0 {
			return false
		}
		ds.sides = i
	}
	d := &ds.out[ds.sides]
	ds.lastAge = 0
	if d.Votes != nil && d.Votes.Unanimous != nil {
		return true // "pour Unanimité": the other sides say nothing more
	}
	if count == "" {
		count = "0"
	}
	var v Votes
	if unanimousWords.MatchString(count) {
		yes := true
		v.Unanimous = &yes
		d.Votes = &v
		return true
	}
	if !setCount(&v, side, count) {
		return true
	}
	addVotes(d, &v)
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
