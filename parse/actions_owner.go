package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// This file splits an action's words into its owner and its task:
//
//	Gorazd Božič – to inform APCERT …   owner before a dash or colon
//	Lionel Ferette to circulate …       owner before "to <verb>"
//	Tinka will determine …              owner before a modal verb
//	Rebecca look into PayPal            owner before a bare verb (only where
//	                                    an owner is expected)
//	Update the wiki (JT)                owner in brackets at the end
//
// An owner is one or more names joined by "and", "&", "/" or commas: people
// ("Bob van der Kamp", "J. Margo Clark"), initials ("LM/NM/GT", "RGb") or
// organisations ("ENISA", "CERT.AT", "CERT-Bund").

// nameParticles are the lower-case words inside personal names.
var nameParticles = wordSet("van der den de du des da di dos das del della la le von zu ten ter te bin ibn al el af av op y")

// ownerJoiners join several owners into one: "ENISA and CERT.AT".
var ownerJoiners = wordSet("and & et und y e en + ,  /")

// notOwnerWords are capitalised words that start sentences, labels and
// headings, never an owner: function words, minute-taking vocabulary,
// status words, months and days (an action tracker may start a line with
// the month: "Sep ACT-…"). Lower case.
var notOwnerWords = wordSet(`
	a an the this that these those there here it its we our you your they their he she his her i
	also however so then if when after before while since as at in on for from to with by of about
	some many most each every both such one two three no yes ok okay not
	note notes nb ps minutes minute agenda item items action actions status decision decisions resolution
	motion vote votes update updates report reports subject re date time place location venue meeting
	present apologies absent attendees attendance chair chairman secretary treasurer agreed approved
	closed open done ongoing pending completed superseded cancelled canceled question answer comment
	comments discussion summary conclusion proposal proposed next other any various general welcome
	thanks thank please see item topic issue issues follow following previous last new old current
	jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
	september october november december monday tuesday wednesday thursday friday saturday sunday
	total page part section annex appendix article rule table figure point points`)

// collectiveNouns follow a name to make a group owner, in lower case:
// "RSIT members", "TC chairs", "board officers".
var collectiveNouns = wordSet("members member team teams group groups committee chairs chair staff officers editors secretariat delegates representatives")

// capsLabelWords are the words in capitals that label a line rather than
// name an owner ("NOTE: …", "AOB - …"). Initials that happen to spell a
// word ("SO", "IT") are owners. Lower case.
var capsLabelWords = wordSet(`note nb ps fyi aob tbd tbc n/a action actions agreed decision decided
	resolved resolution motion closed open done update item status approved summary todo q a re`)

// isNotOwnerWord reports whether w, the first word of a would-be owner,
// rules it out: a sentence or heading word, or a verb starting a task
// ("Update the wiki – JT").
func isNotOwnerWord(w string) bool {
	lw := strings.ToLower(w)
	if isAllCaps(w) {
		return capsLabelWords[lw]
	}
	return notOwnerWords[lw] || isTaskVerb(lw)
}

// wordSet builds a set from the words of a space-separated list.
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// parenthetical is a bracketed aside inside an owner: "JT (through Michael
// Robbins)", "WQ(TC)".
var parenthetical = rx.New(`\s*[(\[][^()\[\]]*[)\]]`)

// looksLikeOwner reports whether s can be the owner of an action: one to
// eight name words, each capitalised (or a name particle), possibly joined
// by "and", "&", "/" or commas, not starting with a word that starts
// sentences or headings.
func looksLikeOwner(s string) bool {
	s = collapseSpace(parenthetical.ReplaceAllString(s, ""))
	if s == "" || utf8.RuneCountInString(s) > 80 {
		return false
	}
	words := ownerWords(s)
	names := 0
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case ownerJoiners[lw]:
			if i == 0 || i == len(words)-1 {
				return false
			}
		case nameParticles[lw] && w == lw:
			if i == 0 || i == len(words)-1 {
				return false
			}
		case names > 0 && collectiveNouns[lw]:
			// "RSIT members", "TC chairs": a group named after a name
		case codedID.MatchString(w) && numericSegments(w) > 0:
			return false // "RES-OWIS-BM-2017-01" is an identifier, not a name
		case isHandle(w):
			names++ // "@chiara": a GitHub or chat handle names a person
		case isNameWord(w):
			if names == 0 && isNotOwnerWord(w) {
				return false
			}
			names++
		default:
			return false
		}
	}
	return names >= 1 && names <= 8
}

// ownerWords splits an owner into words, with "/", "&", "+" and "," as
// words of their own.
func ownerWords(s string) []string {
	return strings.Fields(ownerSeparators.Replace(s))
}

// ownerSeparators spaces out the marks ownerWords makes words of; made
// once, since building a Replacer costs more than using it.
var ownerSeparators = strings.NewReplacer("/", " / ", ",", " , ", "&", " & ", "+", " + ")

// isNameWord reports whether w can be a word of a name: it starts with a
// capital letter and holds only letters, digits and the marks names and
// acronyms use (CERT.AT, Klaus-Peter, Dell'Aqua, 1&1 is joined above).
func isNameWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, r := range w {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(`.-'’_`, r)) {
			return false
		}
	}
	return true
}

// isAllCaps reports whether w has letters and all of them are capitals:
// an acronym or initials.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// ownerOnly reports whether s names an owner and nothing else ("AHop",
// "MS/AB/SF", "TRUSTEES/AHop"): the form of an "ACTION: AB" line that
// assigns the paragraph before it.
func ownerOnly(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	return s != "" && looksLikeOwner(s) && len(strings.Fields(s)) <= 4
}

var (
	// ownerSeparator comes between an owner and the task: a spaced dash,
	// a colon or a tab.
	ownerSeparator = rx.New(`\s+[–—-]+\s+|\s*[–—]\s*|\s*:\s+|\s*\t\s*`)
	// ownerBeforeTo is an owner followed by "to", a modal verb or "has
	// to": "Lionel Ferette to circulate", "Tinka will determine".
	ownerBeforeTo = rx.New(`(?i)^(.{1,80}?)\s+((?:(?:needs?|has|have|is|are)\s+)?to\s+\p{L}.*|(?:will|shall|should|must)\s+\p{L}.*)$`)
	// trailingOwner is an owner in brackets closing the task: "Update the
	// wiki (JT)."
	trailingOwner = rx.New(`^(.*\S)\s*[(\[]([^()\[\]]{1,40})[)\]]\s*\.?$`)
)

// splitOwnerTask finds the owner at the start of an action's words and
// returns it with the task that follows. bare allows an owner followed
// directly by a verb ("Rebecca look into PayPal") and a person's name in
// brackets closing the task ("Confirmar a transferência (Otávio)"): only
// where the layout says the line is an action. Elsewhere brackets at the
// end hold an owner only as initials or handles ("(JT)", "(@noor)"), since
// "(Brussels)" is as likely. ok is false when no owner is found; task is
// then s, tidied.
func splitOwnerTask(s string, bare bool) (owner, task string, ok bool) {
	s = collapseSpace(s)
	if m := leadingBracketOwner.FindStringSubmatch(s); m != nil && looksLikeOwner(m[1]) {
		return collapseSpace(m[1]), trimTask(m[2]), true // "(Jean-Baptiste): draft …" after an id
	}
	if loc := ownerSeparator.FindStringIndex(s); loc != nil && loc[0] > 0 {
		if head := s[:loc[0]]; looksLikeOwner(head) {
			return collapseSpace(head), trimTask(s[loc[1]:]), true
		}
	}
	if m := ownerBeforeTo.FindStringSubmatch(s); m != nil && looksLikeOwner(m[1]) {
		return collapseSpace(m[1]), trimTask(m[2]), true
	}
	if bare {
		if owner, task, ok := splitBareVerb(s); ok {
			return owner, task, true
		}
	}
	if m := trailingOwner.FindStringSubmatch(s); m != nil && ownerOnly(m[2]) && (allInitials(m[2]) || allHandles(m[2]) || bare && looksLikePerson(m[2])) {
		return collapseSpace(m[2]), trimTask(m[1]), true
	}
	if m := labelledOwner.FindStringSubmatch(s); m != nil && looksLikeOwner(m[2]) {
		return collapseSpace(m[2]), trimTask(m[1]), true
	}
	return "", trimTask(s), false
}

// leadingBracketOwner is an owner in brackets before the task, as some
// write it after the action's id: "AI-12 (Jean-Baptiste): draft the
// schema section".
var leadingBracketOwner = rx.New(`^[(\[]([^()\[\]]{1,60})[)\]]\s*[:–—-]?\s+(\S.*)$`)

// labelledOwner is an owner named by a label of vocab.OwnerLabels after
// the task: "Publish the notes — owner: Léa Martin", "…; assigned to:
// Ben", "Enviar o convite (responsável: Ana)".
var labelledOwner = rx.New(`(?i)^(.*?\S)\s*[-–—,;(\[]?\s*(?:` + vocab.OwnerLabels.Pattern() + `)\s*[:：]\s*([^:()\[\]]{1,60}?)\s*[)\]]?\s*\.?$`)

// handle matches a chat or GitHub handle: "@chiara", "@ben-k".
var handle = rx.New(`^@[\p{L}\d][\p{L}\d_.-]*$`)

// isHandle reports whether w is a handle.
func isHandle(w string) bool {
	return strings.HasPrefix(w, "@") && handle.MatchString(strings.TrimRight(w, ".,:;"))
}

// allHandles reports whether every name of an owner is a handle: brackets
// at the end of a task hold an owner in that form ("(@noor)").
func allHandles(s string) bool {
	for _, w := range ownerWords(s) {
		if !isHandle(w) && !ownerJoiners[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// splitBareVerb splits "Rebecca look into PayPal" and "ALL pull changes"
// at the first lower-case task verb after a name of at most five words.
func splitBareVerb(s string) (owner, task string, ok bool) {
	words := strings.Fields(s)
	for k := 1; k < len(words) && k <= 5; k++ {
		w := words[k]
		head := strings.Join(words[:k], " ")
		// A capitalised verb ends the owner only after initials: "MGo/LM
		// Set up …"; "Bob Smith Update" is not split. The verb is in its
		// base form: "CERT-AT proposes to …" reports, it assigns nothing.
		if !taskVerbs[strings.ToLower(w)] || notBareVerbs[strings.ToLower(w)] || !(startsLower(w) || allInitials(head)) {
			continue
		}
		// "Communication plan to be reviewed by …": a noun before a
		// passive, not a verb after an owner
		// (suffolk-libraries-board-minutes-2012-09-11.pdf).
		if k+2 < len(words) && strings.EqualFold(words[k+1], "to") && strings.EqualFold(words[k+2], "be") {
			return "", "", false
		}
		if !looksLikeOwner(head) {
			return "", "", false
		}
		task := strings.Join(words[k:], " ")
		// "JT (through Michael Robbins) get legal advice": a spaced aside
		// after the owner begins the task; "WQ(TC)" is the owner.
		if i := strings.Index(head, " ("); i > 0 {
			head, task = head[:i], head[i+1:]+" "+task
		}
		return head, trimTask(task), true
	}
	return "", "", false
}

// notBareVerbs are task verbs that are also short function words of other
// languages ("do" in Portuguese, Czech and Polish: "Criação do
// gerenciador"), so they never end an owner without "to" before them.
var notBareVerbs = wordSet(`do`)

// allInitials reports whether every name in an owner is written in
// capitals (initials or acronyms): brackets at the end of a task hold an
// owner only in that form; "(Brussels)" is a place.
func allInitials(s string) bool {
	for _, w := range ownerWords(s) {
		if ownerJoiners[strings.ToLower(w)] {
			continue
		}
		if !isAllCaps(w) && !isMixedInitials(w) {
			return false
		}
	}
	return true
}

// isMixedInitials reports whether w is initials with lower-case letters
// that tell people apart ("RGb", "MGo", "AHop"): two capitals first.
func isMixedInitials(w string) bool {
	runes := []rune(w)
	return len(runes) >= 2 && len(runes) <= 5 && unicode.IsUpper(runes[0]) && unicode.IsUpper(runes[1])
}

// looksLikeTask reports whether s reads as something to do: it starts with
// "to <verb>", a modal verb ("will", "should") or a verb from the task
// vocabulary, and is not a question.
func looksLikeTask(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || isQuestion(s) {
		return false
	}
	words := strings.Fields(s)
	w := strings.ToLower(strings.Trim(words[0], ",;:"))
	if w == "please" && len(words) > 1 {
		w = strings.ToLower(words[1]) // "please continue to review …"
	}
	switch {
	case w == "to" || w == "will" || w == "shall" || w == "should" || w == "must":
		return len(words) > 1 && startsWithLetter(words[1])
	case w == "needs" || w == "need" || w == "has" || w == "have":
		return len(words) > 2 && strings.EqualFold(words[1], "to")
	}
	return isTaskVerb(w)
}

// startsWithLetter reports whether w begins with a letter.
func startsWithLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// taskVerbs are the verbs tasks start with, in English. A verb's third
// person ("checks") and "-es" forms are found from the base.
var taskVerbs = wordSet(`
	accept acknowledge add address advertise advise agree align allocate amend analyse analyze announce
	answer apply appoint approach approve archive arrange ask assess assign attend audit book brief
	bring build buy calculate call cancel change chase check choose circulate clarify clean close
	collate collect come comment communicate compare compile complete complement compose confirm
	connect consider consolidate consult contact continue contribute convene coordinate co-ordinate
	copy correct create deal decide define delete deliver deploy describe design determine develop
	discuss distribute do document draft draw drive edit email e-mail encourage engage ensure enter
	establish estimate evaluate examine explain explore extend finalise finalize find finish fix
	follow formalise formalize forward gather get give go handle help highlight host identify
	implement improve include incorporate inform initiate install integrate introduce invite
	investigate invoice issue join keep launch lead liaise list look maintain make manage map meet
	merge migrate monitor move notify obtain offer open order organise organize outline pass pay
	perform plan post prepare present produce progress promote propose provide publish pull purchase
	push put raise reach read receive recommend reconcile record recruit redefine redraft refer
	reflect register release remind remove rename renew reply report request research reserve
	resolve respond restart resubmit return review revise revisit rewrite run schedule seek select
	send set settle share sign simplify solicit sort speak specify start study submit suggest
	summarise summarize supply support survey take talk test track train transfer translate trial
	try update upload use validate verify visit vote write`)

// isTaskVerb reports whether w (lower case) is a task verb or its third
// person.
func isTaskVerb(w string) bool {
	if taskVerbs[w] {
		return true
	}
	if base, ok := strings.CutSuffix(w, "es"); ok && taskVerbs[base] {
		return true
	}
	if base, ok := strings.CutSuffix(w, "s"); ok && taskVerbs[base] {
		return true
	}
	return false
}

// commitmentForm is a person taking a task on in a list of actions: "Mike
// Gorski volunteered to update …", "Omar offered to send …". The task keeps
// the verb, as written.
var commitmentForm = rx.New(`(?i)^(.{1,60}?)\s+((?:volunteered|offered|undertook|agreed|promised|committed)\s+to\s+\p{L}.*)$`)

// splitCommitment splits a commitment into owner and task.
func splitCommitment(s string) (owner, task string, ok bool) {
	m := commitmentForm.FindStringSubmatch(collapseSpace(s))
	if m == nil || !looksLikeOwner(m[1]) {
		return "", "", false
	}
	return collapseSpace(m[1]), trimTask(m[2]), true
}

// marginOwner reports whether a note written beside a paragraph names who
// is to act on it rather than what became of it ("Noted", "Nodwyd",
// "Feb"): an owner in form (ownerOnly) that is initials ("DH/JM"), an
// office ("Clerk", "Clerc", "Chair"), everyone ("All", "Pawb"), a title
// before a name ("Cllr. O. Williams", "Cyng. A. Davies"), or a name of
// the meeting's participants.
func marginOwner(note string, known knownNames) bool {
	if !ownerOnly(note) {
		return false
	}
	if allInitials(note) {
		return true
	}
	words := ownerWords(note)
	if first := strings.ToLower(strings.TrimRight(words[0], ".")); honorifics[first] && len(words) > 1 {
		return true
	}
	for _, w := range words {
		lw := strings.ToLower(strings.TrimRight(w, "."))
		if everyoneWords[lw] || ownerOffices[lw] || known.has(w) {
			return true
		}
	}
	return false
}

// everyoneWords name all the members as an action's owner, in the
// languages of vocab: "All", "Pawb" (Welsh), "Tous", "Alle", "Todos".
var everyoneWords = wordSet("all everyone everybody pawb tous toutes alle allen iedereen todos todas tutti")

// ownerOffices are the offices of vocab.Offices that act on a meeting's
// decisions: chair, vice-chair, secretary (and clerk), treasurer.
var ownerOffices = vocab.Offices.Senses("chair", "vice-chair", "secretary", "treasurer").Set()
