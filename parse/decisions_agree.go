package parse

import (
	"strings"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// This file reads decisions written as sentences: motions, agreements of
// the meeting, passive approvals; and tells procedure from decisions.

// motionCue is a sentence's sign of a motion: "moved", "motioned", "a
// motion to", "proposed and … seconded", "(motion)".
var motionCue = rx.New(`(?i)(?:^|[^\p{L}])(?:moved|moves|motioned|motion\s+(?:to|that|for|by|was|made)|proposed\s+and\s+[\p{L}.'’ -]{1,40}?\s+second\w*)\b|\(motion\)|` + foreignMotionCue)

// foreignMotionCue is a motion's sign in other languages than English:
// who moved it ("propuesto por", "proposé par", vocab.MovedBy).
var foreignMotionCue = `(?i:(?:^|[^\p{L}])(?:` + vocab.MovedBy.Except(vocab.English).Pattern() + `)(?:$|[^\p{L}]))`

// foreignMotion reports whether a sentence is a motion written in another
// language than English.
var foreignMotion = rx.New(foreignMotionCue)

// movedElsewhere is "moved" for a change of place, not a motion: "The
// office has been moved to Heraklion", "moved to Friday".
var movedElsewhere = rx.New(`(?i:\b(?:been|was|were|be|is|are|get|got)\s+moved\b)|\bmoved\s+(?i:to|into|from|on)\s+(?:\p{Lu}|\d|(?i:the|a|an)\s)`)

// passiveMotion is the formal passive of a motion, which movedElsewhere
// would take for a change of place: "It was moved by Linda Chen and
// seconded by Tom Okafor that the accounts be adopted", "It was duly
// moved and seconded that …".
var passiveMotion = rx.New(`(?i)\b(?:was|were|been|being)\s+(?:duly\s+|formally\s+)?moved\s+(?:by\b|and\s+seconded\b|that\b)`)

// motionContent is what a motion proposes: after "moved to", "motion to
// … was made", "moved and Betsy seconded to", "Ann Lee moved, Bo Chen
// seconded that", "motioned for".
var motionContent = rx.New(`(?i)\b(?:moved|moves|motioned|motion(?:\s+was\s+made|\s+made)?|proposed)(?:\s+and\s+(?:[\p{L}.'’ -]{1,40}?\s+)?second\w*|,\s*[\p{L}.'’ -]{1,40}?\s+second(?:ed|s))?(?:\s+by\s+[\p{L}.'’ -]{1,40}?)?(?:,?\s+(?:and\s+)?(?:seconded|second)\s+by\s+[\p{L}.'’ -]{1,40}?)?,?\s+(?:(that|for)\s+|(to\s+))(.+)$`)

// motionEnd is where a motion's content ends: the seconding, the mover.
var motionEnd = rx.New(`\s*(?:[,;]\s*(?i:(?:and\s+)?(?:was\s+)?second\w*)|\s+(?i:(?:and\s+)?(?:was\s+)?seconded)|\s+(?i:(?:was\s+)?(?:made|moved)\s+by)\b|\s+(?i:and)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+(?i:second\w*)|;|\.\s*$)`)

// chairMotion is the table-minutes form "Item approved – A (motion), B
// (second)".
var chairMotion = rx.New(`(?i)^(.*?\S)\s*[-–—]\s*[^-–—]{1,60}\(motion\)`)

// outcomeLead is the outcome written before a motion's subject: "APPROVED –
// Revised 2018 budget".
var outcomeLead = rx.New(`(?i)^(approved|carried|passed|adopted|rejected|denied|failed)\s*[-–—:]\s*`)

// motionSentence reads a motion. It is a decision when it was voted on:
// its outcome is in the same sentence ("…; motion was passed") or follows
// ("Passed unanimously."); a motion whose outcome the minutes do not give
// is not recorded. A motion that refers to the sentence before ("Kim moved
// to accept as they stand") is procedural when that sentence is.
func (ds *decisionScanner) motionSentence(s, prev string) bool {
	if !motionCue.MatchString(s) || movedElsewhere.MatchString(s) && !passiveMotion.MatchString(s) {
		return false
	}
	content, decided := "", ""
	if m := chairMotion.FindStringSubmatch(s); m != nil {
		content, decided = m[1], m[1] // "2017/18 Financials approved – A (motion), B (second)"
		if lead := outcomeLead.FindStringSubmatch(content); lead != nil {
			if failedOutcome.MatchString(lead[1]) || strings.EqualFold(lead[1], "denied") {
				return true
			}
			content = content[len(lead[0]):]
		}
	} else if m := motionContent.FindStringSubmatch(s); m != nil {
		content = m[1] + " " + m[2] + m[3] // "that …" and "to …" kept
		if loc := motionEnd.FindStringIndex(content); loc != nil {
			content = content[:loc[0]]
		}
	} else if foreignMotion.MatchString(s) {
		// "Il est proposé par Mme Dubois, appuyé par M. Martin, d'adopter le
		// budget.": the sentence is the motion, and may hold its outcome.
		content, decided = s, s
	}
	if strings.TrimSpace(content) == "" && bodyAgreement.MatchString(s) {
		// "Upon motion by Trustee Evans, seconded by Trustee Ford, the
		// Board approved the contract": the body's decision is the motion's
		// content and outcome.
		content, decided = s, s
	}
	if strings.TrimSpace(content) == "" {
		return true // "Betsy moved, Data seconds.": nothing to record
	}
	if isProcedural(content) {
		return true
	}
	if refersBack(content) && (isProcedural(s) || namesMinutesOrAgenda(prev)) {
		return true // "Kim moved to accept as they stand" after "Minutes … were read"
	}
	if failedOutcome.MatchString(s) {
		return true
	}
	// The text is the motion's sentence as written (testdata/CONVENTIONS.md):
	// who moved and seconded is part of how the minutes record it.
	d := Decision{Text: String(s), Kind: kindMotion, Votes: findVotes(s)}
	if !inlineOutcome.MatchString(decided+strings.Replace(s, content, "", 1)) && !passedByCount(d.Votes) {
		ds.tentative, ds.tentativeAge = &d, 0 // decided only if an outcome follows
		return true
	}
	if i := ds.emit(d); i >= 0 {
		ds.motion, ds.motionAge = i, 0
	}
	return true
}

// passedByCount reports whether a motion's counts carried it: "Motion to
// buy a projector: 5-0-1" records the vote, and more voted for than
// against.
func passedByCount(v *Votes) bool {
	return v != nil && v.For != nil && v.Against != nil && *v.For > *v.Against
}

// inlineOutcome is the outcome of a motion written in its own sentence:
// "…; motion was passed", "…; Approved", "2017/18 Financials approved – …".
var inlineOutcome = rx.New(`(?i)\b(?:passed|passes|carried|carries|approved|adopted|accepted|unanimous\w*|so\s+ordered)\b|` +
	`(?i:(?:^|[^\p{L}])(?:` + vocab.Outcomes.Except(vocab.English).Pattern() + `|` + vocab.Agreed.Pattern() + `)(?:$|[^\p{L}]))`)

// refersBack reports whether a motion's content lacks its object ("to
// accept", "to accept as they stand", "to approve this").
func refersBack(content string) bool {
	words := strings.Fields(strings.ToLower(content))
	if len(words) <= 2 {
		return true
	}
	for _, w := range words {
		switch strings.Trim(w, ".,;") {
		case "this", "it", "they", "them", "these", "same":
			return true
		}
	}
	return false
}

// The subjects that decide: the meeting or a body, never a person.
const (
	// foreignBodies are the bodies that decide in French, German, Dutch,
	// Italian, Spanish and Portuguese minutes.
	foreignBodies = `comité|conseil|bureau|assemblée|commission|groupe|\p{L}*vorstand|\p{L}*ausschuss|\p{L}*versammlung|\p{L}*rat|gremium|kommission|vergadering|bestuur|alv|commissie|raad|consiglio|direttivo|assemblea|comitato|giunta|asamblea|junta|consejo|comisión|directiva|assembleia|direção|direcção|diretoria|conselho|comissão`
	// foreignDecides are their verbs of deciding, past and present.
	foreignDecides = `décidé|décide|convenu|résolu|approuvé|approuve|adopté|adopte|accepté|accepte|beschlossen|beschließt|beschliesst|entschieden|entscheidet|genehmigt|besluit|besloot|besloten|keurt\s+goed|stemt\s+in\s+met|approva|approvato|delibera|deliberato|decide|deciso|adotta|aprueba|aprobó|aprobado|acuerda|acordó|acordado|decidió|decidido|resuelve|resolvió|aprova|aprovou|aprovado|deliberou|deliberado|decidiu|decidido`
	bodyNouns      = `group|meeting|committee|board|members|participants|task\s+force|working\s+group|council|commission|trustees|directors|assembly|panel|plenary|attendees|delegates|steering\s+committee|executive|conference|community`
	// collective subjects that need no article
	allSubjects = `all(?:\s+present|\s+members|\s+participants|\s+wg|\s+the\s+\w+)?|everyone|everybody|we`
)

var (
	// impersonalAgreement is "It was agreed to …", "It has been decided
	// that …", in English, French, German and Spanish.
	impersonalAgreement = rx.New(`(?i)(?:^|\W)(?:it\s+(?:was|has\s+been|is|were)\s+(?:(?:also|further|unanimously|generally|therefore|then|finally|eventually)\s+)?(?:agreed|decided|resolved|concluded|determined)(?:\s+(?:in|by)\s+the\s+(?:room|meeting|group|committee|board))?|il\s+(?:a\s+été|est|fut)\s+(?:\p{L}+\s+)?(?:convenu|décidé|résolu|entendu)|es\s+wurde\s+(?:\p{L}+\s+)?(?:beschlossen|vereinbart|entschieden)|se\s+(?:acordó|decidió|resolvió))\s*,?\s*(?:(that|que|qu['’]|dass|on|upon)\s+|(to|de|d['’]|zu)\s*)?(.*)$`)
	// bodyAgreement is "The Board agreed that …", "All agreed", "The SC
	// decided to …".
	bodyAgreement = rx.New(`(?i)(?:^|[,;:]\s*|\b(?:then|so|and)\s+)((?:the\s+)?(?:` + bodyNouns + `)|(?-i:[Tt]he\s+\p{Lu}{2,6})|` + allSubjects + `)\s+(?:(?:also|then|further|unanimously|finally|formally|therefore|eventually|has|have|had)\s+)?(?:\p{L}+ed\s+and\s+)?(?:agreed|agree|agrees|decided|decides|resolved|resolves|concluded|accepted|accepts|approved|approves|adopted|adopts|endorsed|endorses|ratified|ratifies|(?:was|were)\s+(?:all\s+)?in\s+agreement)\b\s*,?\s*(?:(that|on|upon|for)\s+|(to)\s+)?(.*)$`)
	// foreignBodyAgreement is a body deciding in another language, after
	// at most a short lead-in ("Après délibération,"): "Le comité a décidé
	// de …", "Le conseil d'administration décide de …", "Der Vorstand
	// beschließt, …", "Die Mitgliederversammlung genehmigt …", "De
	// vergadering besluit …", "Il consiglio approva …", "La asamblea
	// aprueba …", "A assembleia aprova …". The body is one of
	// foreignBodies (German compounds ending so count: "Mitgliederversammlung"),
	// up to three words may name it further ("d'administration").
	foreignBodyAgreement = rx.New(`(?i)^(?:[^,.;:]{0,40},\s*)?(?:(?:le|la|l['’]|les|der|die|das|de|het|il|lo|gli|el|los|las|a|o|os|as)\s*(?:` + foreignBodies + `)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:a\s+|hat\s+|heeft\s+|ha\s+|han\s+|há\s+)?(?:` + foreignDecides + `))(?:\s*,?\s+|\s*$)(?:((?:de|que|dass|zu|om|di|che)\s+|(?:d|qu)['’]\s*))?(.*)$`)
	// subjectlessAgreement is "Agreed that …", "Decided to …",
	// "Discussed the options and agreed to …" at the start of a sentence.
	subjectlessAgreement = rx.New(`(?i)^(?:(?:after\s+(?:some\s+)?discussion|following\s+(?:a\s+)?discussion|finally|then|so)\s*,?\s*)?(?:\p{L}+ed\b[^.;]*?\s+and\s+)?(?:agreed|decided|resolved)\b\s*,?\s*(?:(that|on|upon)\s+|(to)\s+)?(.+)$`)
	// consensusAgreement is "There was consensus to …", "Consensus reached
	// on …".
	consensusAgreement = rx.New(`(?i)^(?:there\s+(?:was|is)\s+(?:a\s+)?(?:general\s+|broad\s+|rough\s+|clear\s+|unanimous\s+)?(?:consensus|agreement)|(?:general\s+|broad\s+|rough\s+|clear\s+|unanimous\s+)?(?:consensus|agreement)\s+(?:was\s+)?reached|(?:general\s+|broad\s+|rough\s+|clear\s+|unanimous\s+)(?:consensus|agreement)|consensus|(?:the\s+)?(?:group|meeting|wg|tf)\s+reached\s+(?:a\s+)?(?:consensus|agreement))\s*(?:(that|on|for)\s+|(to)\s+)(.+)$`)
	// foreignAgreement is a decision recorded with an impersonal or
	// passive formula of another language (vocab.Agreed): "Se aprueba
	// cambiar …", "Si concorda che …", "Es wird beschlossen, …". A
	// complementiser after it opens the decision's text, as "to" and
	// "that" do in English.
	foreignAgreement = rx.New(`(?i)(?:^|[^\p{L}])(?:` + vocab.Agreed.Pattern() + `)(?:$|[^\p{L}])\s*[,:]?\s*(?:(que|che|dass|dat|om\s+te|om|de|di|zu|att|at|że|že)\s+|(qu['’]|d['’]))?(.*)$`)
	// negated says the sentence denies the decision: "It was not agreed".
	negated = rx.New(`(?i)\b(?:not|n['’]t|never|no\s+longer)\s+(?:\p{L}+\s+)?(?:agreed?|decided?|resolved?|approved?)\b`)
	// pastReference says the sentence recalls an earlier decision: in
	// English, or in the phrases of vocab.EarlierMeetings ("lors de la
	// dernière assemblée", "in der letzten Sitzung"; Chinese and Japanese
	// without word boundaries).
	pastReference = rx.New(`(?i)\b(?:last\s+(?:year|month|week|time|meeting)|previously\s+(?:been\s+)?(?:agreed|decided|approved|adopted|resolved|accepted)|already|earlier|at\s+the\s+(?:last|previous)\s+meeting|at\s+(?:the|a)\s+(?:closed|previous|last|earlier|prior|separate|private|special)\b[^.]{0,40}\bmeeting|in\s+the\s+past)\b` + `|(?i:(?:^|[^\p{L}])(?:` + vocab.EarlierMeetings.Except(vocab.Chinese, vocab.Japanese).Pattern() + `)(?:$|[^\p{L}]))|` + vocab.EarlierMeetings.Only(vocab.Chinese, vocab.Japanese).Pattern())
	// speakerTurn is a line of dialogue: "JT - …", "MDA: …", "dka: …".
	speakerTurn = rx.New(`^(?:\p{Lu}[\p{L}]{0,5}(?:/\p{Lu}[\p{L}]{0,5})*\s+[-–—]\s+|[\p{L}_.]{1,20}:\s+)`)
)

// agreement reads an agreement of the meeting. The text is what follows
// the verb, keeping "to" or "that" ("to look for volunteers …").
func (ds *decisionScanner) agreement(s, para string) bool {
	if inSpeakerTurn(s, para) || negated.MatchString(s) || pastReference.MatchString(s) || isQuestion(s) {
		return false
	}
	text, ok := "", false
	if m := impersonalAgreement.FindStringSubmatch(s); m != nil {
		if prepositionLead.MatchString(m[3]) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(m[3])), "by ") {
			return false // "it has been decided by the chair group": not this meeting
		}
		text, ok = joinLead(m[1], m[2], m[3]), true
		if isPlainPreposition(m[1]) {
			text = s // "It was agreed on the dates": no lead-in to strip
		}
	} else if m := bodyAgreement.FindStringSubmatch(s); m != nil && !speakerSaysWe(m[1], para) {
		text, ok = m[2]+" "+m[3]+" "+m[4], true
		if m[3] == "" && !strings.EqualFold(m[2], "that") && strings.TrimSpace(m[4]) != "" {
			text = s // "The Board reviewed and agreed the proposal.", "ALL decided for string"
		}
	} else if m := foreignBodyAgreement.FindStringSubmatch(s); m != nil {
		text, ok = m[1]+" "+m[2], true
		if m[1] == "" {
			text = s // "Le comité approuve le budget": no lead-in to strip
		}
	} else if m := subjectlessAgreement.FindStringSubmatch(s); m != nil {
		text, ok = m[1]+" "+m[2]+" "+m[3], true
		if m[2] == "" && !strings.EqualFold(m[1], "that") && prepositionLead.MatchString(m[1]+" "+m[3]) {
			// "Decided for string and created license file": a preposition,
			// not a clause, follows; there is no lead-in to strip. "Agreed
			// she could make enquiries" strips "Agreed".
			text = s
		}
	} else if m := consensusAgreement.FindStringSubmatch(s); m != nil {
		text, ok = m[1]+" "+m[2]+" "+m[3], true
		if isPlainPreposition(m[1]) {
			text = s // "Consensus on #429": no lead-in to strip
		}
	} else if m := foreignAgreement.FindStringSubmatch(s); m != nil {
		ok = true
		switch {
		case m[1] != "" || m[2] != "":
			text = joinLead(m[1], m[2], m[3]) // "Si concorda che il Logo …" → "che il Logo …"
		default:
			// "Se aprueba cambiar la enmienda …": the sentence whole, but
			// for a label before the formula ("Enmienda nº 3: Se aprueba").
			text = s
			if i := strings.LastIndex(s[:len(s)-len(m[0])+1], ":"); i >= 0 && i < len(s)-1 {
				if rest := strings.TrimSpace(s[i+1:]); foreignAgreement.MatchString(rest) {
					text = rest
				}
			}
		}
	}
	if !ok || strings.HasPrefix(strings.ToLower(strings.TrimSpace(text)), "with ") {
		return false // "agreed with": an opinion shared, nothing decided
	}
	if strings.TrimSpace(text) == "" {
		return true // "ALL agree": agreed, but the sentence does not say to what
	}
	ds.emit(Decision{Text: String(text), Kind: kindAgreement, Votes: findVotes(s)})
	return true
}

// joinLead joins the complementiser that opens a decision's text to the
// text: with a space ("that we …", "che il …"), or none after an
// apostrophe ("d'adopter", "qu'il").
func joinLead(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "'") && !strings.HasSuffix(b.String(), "’") {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// inSpeakerTurn reports whether s belongs to one speaker's turn of
// dialogue ("CLA: … Decided to throw a TypeError", "JT - So we all went
// through …"): a speaker reporting, not the minutes recording. A turn
// given to everyone ("ALL: Everything was approved …") is the meeting's.
func inSpeakerTurn(s, para string) bool {
	m := speakerTurn.FindString(para)
	if m == "" {
		return false
	}
	speaker := strings.ToLower(strings.Trim(m, " :-–—"))
	return !collectiveSpeakers[speaker]
}

// collectiveSpeakers are the speakers of dialogue that are the meeting.
var collectiveSpeakers = wordSet("all everyone everybody group meeting board committee")

// isPlainPreposition reports whether a complement word is a preposition
// other than "for": after it the sentence stays whole
// (testdata/CONVENTIONS.md strips a lead-in only before to/that/for).
func isPlainPreposition(w string) bool {
	switch strings.ToLower(strings.TrimSpace(w)) {
	case "on", "upon":
		return true
	}
	return false
}

// prepositionLead starts a complement that is a phrase, not a clause.
var prepositionLead = rx.New(`(?i)^\s*(?:for|on|upon|in|with|about|at|by|from|between)\b`)

// senseOfRoom is how working groups record a conclusion: "the sense of the
// room was to move forward with …", "The feeling of the meeting was that …".
var senseOfRoom = rx.New(`(?i)\b(?:sense|feeling|view|conclusion|consensus|decision)\s+of\s+the\s+(?:room|meeting|group|wg|committee|board|session)\s+(?:was|is)\s+(?:(that)\s+|(to)\s+)(.+)$`)

// senseOfRoom reads such a conclusion; the text keeps "to" or "that".
func (ds *decisionScanner) senseOfRoom(s string) bool {
	m := senseOfRoom.FindStringSubmatch(s)
	if m == nil || negated.MatchString(s) {
		return false
	}
	ds.emit(Decision{Text: String(m[1] + m[2] + " " + m[3]), Kind: kindAgreement})
	return true
}

// directiveForm is the meeting directing someone: "the editors were
// directed to proceed with a straight mechanical translation", "The
// Treasurer was authorised to open an account". Being asked is not being
// directed.
var directiveForm = rx.New(`(?i)^(?:[^,]{0,60},\s*)?((?:the\s+)?[\p{L}][\p{L}'’ -]{0,60}?\s+(?:was|were|is|are)\s+(?:hereby\s+)?(?:directed|instructed|mandated|authori[sz]ed|empowered|tasked)\s+(?:to|with)\s+.+)$`)

// directive reads the meeting directing someone; the text is the sentence
// without a leading circumstance ("After discussion, …").
func (ds *decisionScanner) directive(s, para string) bool {
	m := directiveForm.FindStringSubmatch(s)
	if m == nil || inSpeakerTurn(s, para) || negated.MatchString(s) || pronounSubject.MatchString(m[1]) {
		return false
	}
	ds.emit(Decision{Text: String(m[1]), Kind: kindAgreement})
	return true
}

// takesOffice is a person agreeing to take on an office: "Mike agreed to
// take on the role in addition to being the secretary". Agreeing to be "a
// point of contact" is a task, not an office.
var takesOffice = rx.New(`(?i)^(?:\d+(?:\.\d+)*\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+(?:has\s+)?(?:agreed|accepted|consented)\s+to\s+(?:take\s+on|become|serve\s+as|act\s+as|continue\s+as|stand\s+as|be)\s+.*\b(?:role|office|post|position|chair(?:man|person|woman)?|vice-chair|president|vice-president|secretary|treasurer|director|trustee|officer)\b`)

// officeTaken reads a person taking on an office as an election.
func (ds *decisionScanner) officeTaken(s string) bool {
	if !takesOffice.MatchString(s) {
		return false
	}
	ds.emit(Decision{Text: String(numberLead.ReplaceAllString(s, "")), Kind: kindElection})
	return true
}

// lastTheClause returns the clause of s that begins after the last ", "
// or " and " of subject and names a thing ("the accounts …"), with at
// most five words before its verb.
func lastTheClause(s, subject string) (string, bool) {
	at := max(strings.LastIndex(subject, ", "), strings.LastIndex(subject, " and "))
	if at < 0 {
		return "", false
	}
	rest := strings.TrimLeft(subject[at:], ", ")
	rest = strings.TrimPrefix(rest, "and ")
	if !strings.HasPrefix(strings.ToLower(rest), "the ") || len(strings.Fields(rest)) > 5 {
		return "", false
	}
	clause := strings.TrimLeft(s[strings.Index(s, subject)+at:], ", ")
	return strings.TrimRight(strings.TrimPrefix(clause, "and "), " :"), true
}

// speakerSaysWe reports whether "we" decides inside a speaker's turn: a
// speaker recalling ("JT - We agreed last year …"), not the minutes
// recording.
func speakerSaysWe(subject, para string) bool {
	return strings.EqualFold(strings.TrimSpace(subject), "we") && speakerTurn.MatchString(para)
}

// passiveApproval is "The working arrangements were agreed", "Everything
// was approved except …", "L'ordre du jour est adopté", "X was elected
// Chair", "Stefan Hagen was nominated for committee secretary and elected
// without objection" (oasis-csaf-tc-minutes-2016-11-16-inaugural.html). English in the past only: "all decisions are ratified on the
// list" states a rule.
var passiveApproval = rx.New(`(?i)^(.{3,200}?)\s+(?:was|were|has\s+been|have\s+been|est|sont|a\s+été|ont\s+été|wurde|wurden)\s+(?:(?:unanimously|formally|duly|also|then|therefore|hereby)\s+)?(?:(?:nominated|proposed|discussed|reviewed|presented|considered)\b[^.;]{0,60}?\s+and\s+)?(agreed|approved|adopted|accepted|ratified|endorsed|carried|elected|re-elected|adoptée?s?|approuvée?s?|acceptée?s?|élue?s?|angenommen|beschlossen|genehmigt|gewählt)((?:[^\p{L}].*)?)$`)

// verbFinalPassive is the passive of German and Dutch, whose participle
// ends the clause after what qualifies it: "Der Antrag wurde mit 9
// Ja-Stimmen angenommen", "Het voorstel werd met 12 stemmen voor
// aangenomen".
var verbFinalPassive = rx.New(`(?i)^(.{3,200}?)\s+(?:wurde|wurden|wird|werden|werd|werden|is|zijn|word|wordt)\s+(?:[^.;:]{1,80}?\s+)?(angenommen|beschlossen|genehmigt|gewählt|aangenomen|goedgekeurd|gekozen)()\s*[.!]?$`)

// clauseInSubject says the would-be subject of a passive is a clause of its
// own ("The syntax is meaningless but it is accepted"): the approval is
// not what the sentence records.
var clauseInSubject = rx.New(`(?i)\b(?:is|are|was|were|has|have|but|because|although|whether|if|once|when)\b`)

// pronounSubject starts a passive sentence whose subject is elsewhere.
var pronounSubject = rx.New(`(?i)^(?:it|this|that|which|they|he|she|these|those|what|il|elle|ce|cela|es|dies)\b`)

// passive reads an approval in the passive voice; the sentence is the text.
func (ds *decisionScanner) passive(s, para string) bool {
	m := passiveApproval.FindStringSubmatch(s)
	if m == nil {
		m = verbFinalPassive.FindStringSubmatch(s)
	}
	if m != nil && clauseInSubject.MatchString(m[1]) {
		// "…, there were no questions and the accounts were accepted and
		// approved" (suffolk-libraries-agm-minutes-2014-09-11.pdf): the
		// last clause, about a thing named, is the decision.
		if clause, ok := lastTheClause(s, m[1]); ok {
			s, m = clause, passiveApproval.FindStringSubmatch(clause)
		}
	}
	if m == nil || inSpeakerTurn(s, para) || pronounSubject.MatchString(m[1]) || clauseInSubject.MatchString(m[1]) || negated.MatchString(s) || pastReference.MatchString(s) || isQuestion(s) {
		return false
	}
	if strings.Contains(strings.ToLower(m[1]), " if ") || strings.HasPrefix(strings.ToLower(m[1]), "if ") {
		return false
	}
	text := speakerTurn.ReplaceAllString(s, "")
	kind := kindAgreement
	if electionWords.MatchString(m[2]) && isElection(s) {
		kind = kindElection
	}
	ds.emit(Decision{Text: String(text), Kind: kind, Votes: findVotes(s)})
	return true
}

var (
	// minutesWords name the minutes of a meeting, in several languages;
	// a word may end in a letter \b does not know ("protokół").
	minutesWords = rx.New(`(?i)(?:^|[^\p{L}])(?:` + vocab.Minutes.Pattern() + `)(?:[^\p{L}]|$)`)
	// correctRecord is what minutes are agreed as: "as a correct record",
	// "a true and accurate record".
	correctRecord = rx.New(`(?i)\b(?:a|the)\s+(?:true|correct|accurate|fair)\s+(?:and\s+(?:accurate|correct|true)\s+)?record\b`)
	// agendaWords name the agenda.
	agendaWords = rx.New(`(?i)\b(?:` + vocab.Agenda.Pattern() + `)\b`)
	// approvalWords approve something.
	approvalWords = rx.New(`(?i)\b(?:approv\w*|accept\w*|adopt\w*|agreed|confirm\w*|ratif\w*|signed|approuv\w*|genehmigt|angenommen)` +
		// "S'aprova l'acta de la reunió anterior", "Zápis z minulé schůze
		// byl schválen", "Referatet blev godkendt".
		`|(?:^|[^\p{L}])(?:` + vocab.Outcomes.Only(vocab.Swedish, vocab.Danish, vocab.Norwegian, vocab.Polish, vocab.Czech, vocab.Catalan).Pattern() + `|s['’]aprov\p{L}*|schvál\p{L}*|godkänn\p{L}*|godkend\p{L}*|godkjen\p{L}*|zatwierdz\p{L}*|przyję\p{L}*)(?:[^\p{L}]|$)`)
	// openCloseWords open or close a meeting.
	openCloseWords = rx.New(`(?i)\badjourn\w*|\bcall(?:ed)?\s+to\s+order\b|\bclose\s+the\s+meeting\b|\bmeeting\s+(?:was\s+)?closed\b|\blevée\s+de\s+la\s+séance\b|\bséance\s+est\s+(?:levée|ouverte)\b|\bouverture\s+de\s+la\s+séance\b`)
)

// namesMinutesOrAgenda reports whether s is about the minutes or the
// agenda: a motion "to accept" after it accepts them.
func namesMinutesOrAgenda(s string) bool {
	return minutesWords.MatchString(s) || agendaWords.MatchString(s)
}

// isProcedural reports whether a decision only runs the meeting:
// approving the minutes (previous_minutes records that) or the agenda (not
// a consent agenda), opening or adjourning.
func isProcedural(text string) bool {
	if openCloseWords.MatchString(text) || correctRecord.MatchString(text) {
		return true // "Agreed as a correct record."
	}
	agenda := agendaWords.MatchString(text) && !consentAgenda.MatchString(text)
	return (minutesWords.MatchString(text) || agenda) && approvalWords.MatchString(text)
}

// consentAgenda is a bundle of business approved by one vote, not the
// order of the meeting: approving it decides every item in it.
var consentAgenda = rx.New(`(?i)\bconsent\s+(?:agenda|calendar|items)\b`)
