package parse

import (
	"strings"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// The kinds of decision in the contract.
const (
	kindResolution String = "resolution"
	kindMotion     String = "motion"
	kindAgreement  String = "agreement"
	kindElection   String = "election"
)

// decisionHeadingWords are the headings whose list items are decisions,
// in several languages: "Conclusion/Resolution", "Decisions", "Agreed".
var decisionHeadingWords = rx.New(`(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:(` + headingsOf(kindAgreement) + `)|(` + headingsOf(kindResolution) + `))(?:\s*/\s*(?:conclusions?|resolutions?|decisions?|outcomes?))?\s*:?$`)

// headingsOf are the words of decision headings that announce decisions of
// one kind, as alternatives of a pattern.
func headingsOf(kind String) string {
	return vocab.DecisionHeadings.Senses(string(kind)).Pattern()
}

// decisionHeadingKind reports whether a heading announces decisions, and
// which kind its items are.
func decisionHeadingKind(heading string) (String, bool) {
	m := decisionHeadingWords.FindStringSubmatch(strings.TrimSpace(heading))
	switch {
	case m == nil:
		return "", false
	case m[1] != "":
		return kindAgreement, true
	}
	return kindResolution, true
}

// resolutionHeaderForm is the line that names a resolution before its
// clauses: "Resolution R1: [Roy]", "Résolution DM-2023-001", "======
// Resolution R1".
var resolutionHeaderForm = rx.New(`(?i)^=*\s*(?:resolution|résolution|resolución|beschluss|motion)\s+(?:no\.?\s*|n°\s*|nr\.?\s*)?([^\s:]+)\s*:?\s*(?:\[[^\]]*\]|\([^)]*\))?\s*=*\s*(.*)$`)

// resolutionHeader notes the id a resolution header gives the clauses that
// follow. It reports whether the paragraph was only the header.
func (ds *decisionScanner) resolutionHeader(text string) bool {
	m := resolutionHeaderForm.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	if _, ok := classifyID(m[1]); !ok || !strings.ContainsAny(m[1], "0123456789") {
		return false
	}
	if strings.HasPrefix(strings.TrimSpace(m[2]), ":") {
		return false // "Resolution 3: text" is a labelled resolution
	}
	ds.resolutionID = cleanID(m[1])
	return strings.TrimSpace(m[2]) == ""
}

// decisionLabel is a decision written after its label: "RESOLUTION: …",
// "Agreed: …", "DECISION 4: …", "Motion: …". "PROPOSED RESOLUTION:" is
// a proposal, not a decision.
var decisionLabel = rx.New(`(?i)(?:^|\s)(proposed\s+|draft\s+|possible\s+|(?:propose|move|moves|moved)\s+(?:a|the)\s+)?(` + vocab.DecisionLabels.Pattern() + `)(?:\s+([\p{L}\d#][\p{L}\d.#/-]*\d))?\s*[:：]\s*(\S.*)$`)

// labelled reads a decision written after its label, or a coded
// resolution ("RES-OWIS-BM-2017-01: Vote: 5-0 in favour – …").
func (ds *decisionScanner) labelled(text string) bool {
	if ds.codedResolution(text) {
		return true
	}
	for _, m := range decisionLabel.FindAllStringSubmatchIndex(text, -1) {
		label := text[m[4]:m[5]]
		atStart := strings.TrimSpace(text[:m[4]]) == "" || (m[2] >= 0 && strings.TrimSpace(text[:m[2]]) == "")
		if !atStart && label != strings.ToUpper(label) {
			continue // mid-line, only a label in capitals counts: "dka RESOLUTION: …"
		}
		if m[2] >= 0 && !strings.Contains(strings.ToLower(text[m[4]:m[5]]), "motion") {
			return true // a proposal: nothing decided yet
		}
		d := Decision{Kind: labelKind(label), Text: String(text[m[8]:m[9]])}
		if d.Kind == kindMotion {
			ds.labelledMotion(d)
			return true
		}
		if m[6] >= 0 {
			d.ID = cleanID(text[m[6]:m[7]])
		} else if ds.resolutionID != "" && d.Kind == kindResolution {
			d.ID, ds.resolutionID = ds.resolutionID, ""
		}
		d.Votes = findVotes(string(d.Text))
		ds.emit(d)
		return true
	}
	return false
}

// labelledMotion holds a "Motion: …" until its vote: the motion's text runs
// to the sentence that names who moved it or its outcome ("Moved: Jane
// Doe Seconded: John Roe Carried."), which is read as the outcome.
func (ds *decisionScanner) labelledMotion(d Decision) {
	sentences := sentencesOf(string(d.Text))
	rest := []string(nil)
	for i := 1; i < len(sentences); i++ {
		if moverBlock.MatchString(sentences[i]) || outcomeForm.MatchString(sentences[i]) {
			d.Text, rest = String(strings.Join(sentences[:i], " ")), sentences[i:]
			break
		}
	}
	ds.tentative, ds.tentativeAge = &d, 0
	for _, s := range rest {
		ds.outcome(s)
	}
}

// labelKind maps a label to the kind of decision it writes.
func labelKind(label string) String {
	l := strings.ToLower(label)
	for _, term := range vocab.DecisionLabels {
		if term.Text == l {
			return String(term.Sense)
		}
	}
	return kindAgreement
}

// resolutionLabel is the label a coded resolution may repeat after its
// id: "RES-OWIS-SC-2016-01:Resolution: …".
var resolutionLabel = rx.New(`(?i)^resolution\s*:\s*`)

// voteLabel starts the vote written before a coded resolution's text:
// "Vote: 5-0 in favour – …".
var voteLabel = rx.New(`(?i)^vote\s*:\s*`)

// voteToken is one token of such a vote: a count or score, a side, a
// joining word or a separator.
var voteToken = rx.New(`(?i)^(?:\d+(?:\s*[-–]\s*\d+)*|in\s+fav(?:ou)?r|for|against|opposed|abstain\w*|abstentions?|and|[,;–—-])\s*`)

// splitVoteLead splits "Vote: 6 in favour, 0 against and 1 abstained -
// Recommended to Board …" into the vote and the text.
func splitVoteLead(body string) (vote, text string) {
	body = resolutionLabel.ReplaceAllString(strings.TrimSpace(body), "")
	loc := voteLabel.FindStringIndex(body)
	if loc == nil {
		return "", body
	}
	rest := body[loc[1]:]
	for {
		m := voteToken.FindString(rest)
		if m == "" {
			break
		}
		vote += m
		rest = rest[len(m):]
	}
	return vote, rest
}

// codedResolution reads a line that starts with a resolution's coded id.
func (ds *decisionScanner) codedResolution(text string) bool {
	tok, kind, after, ok := leadingID(text)
	if !ok || kind != idResolution {
		return false
	}
	body := cutIDSeparator(after)
	d := Decision{ID: cleanID(tok), Kind: kindResolution}
	vote, body := splitVoteLead(body)
	if vote != "" {
		d.Votes = findVotes("vote " + vote)
	}
	d.Text = String(cutTrailingTag(strings.TrimSpace(body), d.ID))
	ds.emit(d)
	return true
}

// resolvedWord starts a resolution's clause: "RESOLVED, that", "NOW,
// THEREFORE, BE IT RESOLVED, that", "Resolved, that", "IL EST RÉSOLU",
// "Il est proposé par …, appuyé par … et résolu".
var resolvedWord = rx.New(`(?:^|\s)(?:(?:NOW,?\s+)?(?:THEREFORE,?\s+)?(?:(?i:be\s+it\s+)(?:(?i:further)\s+)?)?RESOLVED|^Resolved|(?i:il\s+est\s+(?:de\s+plus\s+)?r[ée]solu)|(?i:il\s+est\s+propos[ée]\b.{0,200}?\bet\s+r[ée]solu))\s*,?\s*`)

// resolvedVotes is a vote written right after "RÉSOLU": "À L'UNANIMITÉ",
// "à la majorité des membres présents", "unanimously".
var resolvedVotes = rx.New(`(?i)^(?:à\s+l[’']unanimit[ée]|unanimously|à\s+la\s+majorit[ée](?:\s+des\s+\p{L}+(?:\s+\p{L}+)?)?)\s*,?\s*`)

// resolvedClause reads "RESOLVED, that …". The resolution's text is its
// operative part: from the first clause's "that" through the clauses that
// follow ("RESOLVED, that …", "BE IT FURTHER RESOLVED, that …") and the
// lists of names they introduce. The WHEREAS preamble before it is the
// reason, not the decision.
func (ds *decisionScanner) resolvedClause(text string) bool {
	if lower := strings.ToLower(text); !strings.Contains(lower, "resol") && !strings.Contains(lower, "résol") {
		return false // every form of resolvedWord holds one of these: skip its scan
	}
	loc := resolvedWord.FindStringIndex(text)
	if loc == nil {
		return false
	}
	body := text[loc[1]:]
	var votes *Votes
	if m := resolvedVotes.FindString(body); m != "" {
		votes = findVotes(m)
		body = body[len(m):]
	}
	body = cutAtNumberedHeading(body)
	var rest []string
	if !formalLead.MatchString(text[loc[0]:loc[1]]) {
		// "RESOLVED that the payments … be approved. Proposed by Cllr
		// Ashworth, seconded by Cllr Wróbel and carried unanimously.": the
		// resolution is its sentence, the sentences after it its outcome.
		if sentences := sentencesOf(body); len(sentences) > 1 {
			body, rest = sentences[0], sentences[1:]
			if votes == nil {
				votes = findVotes(strings.Join(rest, " "))
			}
		}
	}
	d := Decision{ID: ds.resolutionID, Kind: kindResolution, Text: String(body), Votes: votes}
	ds.resolutionID = ""
	if strings.TrimSpace(body) == "" {
		ds.awaitText = &d // "IL EST RÉSOLU À L'UNANIMITÉ" / "D'APPROUVER …"
		return true
	}
	if i := ds.emit(d); i >= 0 {
		// Only a formal resolution ("NOW, THEREFORE, BE IT RESOLVED"), or a
		// clause that hands over ("; and be it further"), goes on in the
		// next paragraphs; "RESOLVED, that …." alone is complete.
		formal := formalLead.MatchString(text[loc[0]:loc[1]]) || handsOver.MatchString(body)
		ds.pending, ds.pendingAge, ds.clausesOpen = i, 0, formal
		setMovers(&ds.out[i], strings.Join(rest, " "))
	}
	ds.afterResolution(rest)
	return true
}

// afterResolution reads the sentences after a resolution's own: who
// proposed it and how it was carried are its outcome; any other sentence
// may record a decision of its own ("It was agreed that …").
func (ds *decisionScanner) afterResolution(rest []string) {
	prev := ""
	for _, s := range rest {
		if !outcomeSentence.MatchString(s) && findVotes(s) == nil {
			ds.sentence(s, prev, s)
		}
		prev = s
	}
}

// outcomeSentence tells how a resolution came about: "Proposed by Cllr
// Marchetti, seconded by Cllr O'Neill.", "Carried with 3 votes in favour".
var outcomeSentence = rx.New(`(?i)^(?:proposed|moved|seconded|carried|passed|approved|agreed|adopted|unanimous)\b|\b(?:seconded\s+by|carried|unanimously)\b`)

// formalLead is the lead of a resolution written in the formal style,
// whose clauses run over several paragraphs.
var formalLead = rx.New(`(?i)\bbe\s+it\b|\btherefore\b`)

// handsOver ends a clause that another follows: "; and be it further",
// ";", ":".
var handsOver = rx.New(`(?i)(?:be\s+it\s+further|[;:])\s*$`)

// furtherClause adds a paragraph to the open resolution when it is one of
// its clauses or a list of names a clause introduced. It reports whether
// it did; any other paragraph closes the resolution's text.
func (ds *decisionScanner) furtherClause(text string) bool {
	if !ds.clausesOpen || ds.pending < 0 {
		return false
	}
	d := &ds.out[ds.pending]
	loc := resolvedWord.FindStringIndex(text)
	clause := loc != nil && strings.TrimSpace(text[:loc[0]]) == ""
	if !clause && !(isNameList(text) && introducesList(string(d.Text))) {
		ds.clausesOpen = false
		return false
	}
	d.Text = String(collapseSpace(string(d.Text) + " " + cutAtNumberedHeading(text)))
	ds.pendingAge = 0
	return true
}

// listIntro says a clause introduces the list that follows it: it ends
// with a colon or points below ("the persons listed immediately below").
var listIntro = rx.New(`(?i):\s*$|\b(?:below|following|listed|ci-dessous|suivants?|suivantes?|folgende\w*)\b`)

// introducesList reports whether the resolution's text so far ends by
// introducing a list.
func introducesList(text string) bool {
	sentences := sentencesOf(text)
	return len(sentences) > 0 && listIntro.MatchString(sentences[len(sentences)-1])
}

// isNameList reports whether a paragraph is only names ("Ben Laurie
// (chair) Mark Cox"): every word capitalised, a name particle, or in
// brackets, and no sentence punctuation.
func isNameList(text string) bool {
	text = parenthetical.ReplaceAllString(text, "")
	words := strings.Fields(text)
	if len(words) < 2 || strings.ContainsAny(text, ".;:!?") {
		return false
	}
	for _, w := range words {
		if !isNameWord(strings.TrimRight(w, ",")) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// numberedHeadingInText is the next item's heading run into a paragraph by
// a reader: ". 5. LEVÉE DE LA SÉANCE".
var numberedHeadingInText = rx.New(`([.!?])\s+\d{1,2}\.\s+\p{Lu}`)

// cutAtNumberedHeading cuts text where the next numbered item begins.
func cutAtNumberedHeading(text string) string {
	if loc := numberedHeadingInText.FindStringSubmatchIndex(text); loc != nil {
		return text[:loc[3]]
	}
	return text
}

// outcomeForm is a sentence that gives the outcome of the motion or
// resolution before it: "Motion carried.", "Passed unanimously.", "By
// unanimous vote, the above resolution passed.", "Unanimous consent, the
// motion carries", "ADOPTÉE À L'UNANIMITÉ".
var outcomeForm = rx.New(`(?i)^(?:by\s+(?:a\s+)?[^,]{0,60}?\b(?:vote|consent|consult)\w*\s*,\s*)?(?:unanimous\s+consent\s*,?\s*)?(?:the\s+)?(?:above\s+)?(?:motion|resolution|proposal|amendment|it)?\s*(?:[\p{L}\d-]+\s+)?(?:was\s+|is\s+|has\s+been\s+)?(?:\w+ly\s+)?(passed|passes|carried|carries|approved|adopted|accepted|agreed|adoptée?s?|approuvée?s?|failed|fails|defeated|rejected|lost|withdrawn|not\s+carried|did\s+not\s+pass)\b|^unanimous\s+consent\b|^(?:[\p{L}'’]+\s+){0,3}(?:` + vocab.Outcomes.Except(vocab.English).Pattern() + `)(?:$|[^\p{L}])`)

// moverBlock starts a sentence naming who moved or seconded, written as
// labels before the outcome: "Moved: Jane Doe Seconded: John Roe
// Carried.", "Seconded: John Roe Carried."
var moverBlock = rx.New(`^(?i:moved|seconded|second|proposed|mover|seconder)(?i:\s+by)?\s*:?\s*\p{Lu}`)

// closingOutcome is an outcome at the end of a sentence that starts with
// who moved and seconded: "… Seconded: John Roe Carried."
var closingOutcome = rx.New(`(?i)(?:^|\s)((?:carried|passed|approved|adopted|agreed|defeated|failed|lost|rejected|withdrawn)(?:\s+unanimously|\s*\([^)]*\)|\s+\d+\s*[-–]\s*\d+(?:\s*[-–]\s*\d+)?)?)\s*\.?$`)

// contentFollows says words after an outcome verb carry a decision of
// their own: "It was agreed to increase the budget" is no outcome.
var contentFollows = rx.New(`(?i)^\s*(?:to|that|the|a|an|on|upon|for)\s+\p{L}`)

// failedOutcome says a motion did not pass.
var failedOutcome = rx.New(`(?i)\b(?:failed|fails|defeated|rejected|lost|withdrawn|not\s+carried|did\s+not\s+pass)\b`)

// outcome attaches an outcome sentence to the open motion or resolution.
// A motion that failed is no decision and is removed.
func (ds *decisionScanner) outcome(s string) bool {
	s = strings.TrimSpace(s)
	said := s // who moved and seconded, before the outcome is cut out
	if moverBlock.MatchString(s) {
		m := closingOutcome.FindStringSubmatch(s)
		if m == nil {
			return false
		}
		s = m[1] // "Moved: Jane Doe Seconded: John Roe Carried." → "Carried"
	}
	loc := outcomeForm.FindStringIndex(s)
	if len(strings.Fields(s)) > 16 || loc == nil || contentFollows.MatchString(s[loc[1]:]) {
		return false
	}
	if t := ds.tentative; t != nil {
		ds.tentative = nil
		if failedOutcome.MatchString(s) {
			return true
		}
		if t.Votes == nil {
			t.Votes = findVotes(s)
		} else {
			ds.explicitVotes(t, findVotes(s))
		}
		setMovers(t, said)
		if i := ds.emit(*t); i >= 0 {
			ds.motion, ds.motionAge = -1, 0
		}
		return true
	}
	target := ds.motion
	if target < 0 {
		target = ds.pending
	}
	if target < 0 {
		return false
	}
	if failedOutcome.MatchString(s) {
		ds.out = append(ds.out[:target], ds.out[target+1:]...)
		ds.motion, ds.pending = -1, -1
		return true
	}
	if v := findVotes(s); v != nil && ds.out[target].Votes == nil {
		ds.out[target].Votes = v
	} else {
		ds.explicitVotes(&ds.out[target], v)
	}
	setMovers(&ds.out[target], said)
	ds.motion, ds.pending = -1, -1
	return true
}

// voteLedForm is a sentence led by its vote: "By unanimous vote, Bill
// Stoddard was appointed to the Board", "By a vote of 6-Yea, 2-Nay,
// 0-Abstain, the Concom was allocated a budget".
var voteLedForm = rx.New(`(?i)^by\s+(?:a\s+)?(?:(?:unanimous|majority|secret|show\s+of\s+hands)\s+)?(?:vote|consent|decision|ballot)\w*(?:\s+of)?\s*`)

// voteLed reads a sentence that starts with its vote.
func (ds *decisionScanner) voteLed(s string) bool {
	loc := voteLedForm.FindStringIndex(s)
	if loc == nil {
		return false
	}
	lead, rest := s[:loc[1]], s[loc[1]:]
	// The counts run to the first comma-separated part that is not one.
	parts := strings.Split(rest, ",")
	n := 0
	for n < len(parts)-1 && isCountPart(parts[n]) {
		n++
	}
	votes := findVotes(lead + strings.Join(parts[:n], ","))
	clause := strings.TrimSpace(strings.Join(parts[n:], ","))
	if clause == "" || votes == nil {
		return false
	}
	kind := kindMotion
	if isElection(clause) {
		kind = kindElection
	}
	if i := ds.emit(Decision{Text: String(clause), Kind: kind, Votes: votes}); i >= 0 {
		ds.motion, ds.motionAge = -1, 0
	}
	return true
}

// isCountPart reports whether a comma-separated part of a vote is a count
// ("6-Yea", " 2-Nay", "7 in favour").
func isCountPart(p string) bool {
	p = strings.TrimSpace(p)
	loc := countBefore.FindStringIndex(p)
	if loc == nil {
		loc = countAfter.FindStringIndex(p)
	}
	return loc != nil && loc[0] == 0 && loc[1] == len(p)
}

// electionWords say a decision chose a person for an office.
var electionWords = rx.New(`(?i)(?:^|[^\p{L}])(?:` + vocab.Elections.Pattern() + `)(?:$|[^\p{L}])`)

// officeWords name what someone is elected or appointed to: an office, a
// seat on a body.
var officeWords = rx.New(`(?i)(?:^|[^\p{L}])(?:chair|chairs|chairman|chairperson|chairwoman|co-chairs?|president|vice-president|secretary|treasurer|directors?|trustees?|officers?|board|committee|council|member|members|delegates?|representatives?|auditors?|editors?|liaison|convenor|président|présidente|secrétaire|trésorier|trésorière|vorsitzende[rn]?|schriftführer(?:in)?|kassier(?:er|in)?|kassenprüfer(?:in)?|beisitzer(?:in)?|vorstand\p{L}*|\p{L}*ausschuss|kommission|candidat\p{L}*|kandidat\p{L}*|comité|conseil|bureau|administrateurs?|presidente|secretari[oa]|tesorer[oa]|vocal(?:es)?|junta|segretari[oa]|tesorier[ea]|consiglio|consiglieri?|voorzitter|secretaris|penningmeester|bestuur(?:slid)?|diretori[ao]|tesoureir[oa]|conselho|` + nordicSlavicCatalanOffices + `)(?:$|[^\p{L}])`)

// nordicSlavicCatalanOffices are the offices and boards of Swedish,
// Danish, Norwegian, Polish, Czech and Catalan (vocab.Offices) and the
// stems of their inflected forms, as an election names them: "Till
// ordförande valdes …", "Na przewodniczącego zarządu został wybrany …",
// "Předsedou výboru byl zvolen …".
var nordicSlavicCatalanOffices = vocab.Offices.Only(vocab.Swedish, vocab.Danish, vocab.Norwegian, vocab.Polish, vocab.Czech, vocab.Catalan).Pattern() +
	`|styrelse\p{L}*|ledamot\p{L}*|ledamöter|revisor\p{L}*|bestyrelse\p{L}*|styremedlem\p{L}*|styret|` +
	`przewodnicząc\p{L}*|wiceprzewodnicząc\p{L}*|sekretarz\p{L}*|skarbnik\p{L}*|zarząd\p{L}*|członk\p{L}*|` +
	`předsed\p{L}*|místopředsed\p{L}*|pokladní\p{L}*|výbor\p{L}*|člen\p{L}*|secretari\p{L}*|tresorer\p{L}*|vocals?`

// isElection reports whether a decision's text elects or appoints someone
// to an office: "Omar Santos was elected TC chair", "The following
// Directors were voted in". Appointing in general is no election: "having
// appointed persons for all libraries was in accordance with the
// guidance" (suffolk-libraries-board-minutes-2013-02-26.pdf).
func isElection(text string) bool {
	return electionWords.MatchString(text) && officeWords.MatchString(text)
}

// electedUnderOffice reports whether a sentence says someone was elected
// where the heading above names the office: "Arthur Vuillard est élu à
// l'unanimité" under "Election du Président", "Anna Weber wurde gewählt"
// under "Wahl der Kassiererin".
func electedUnderOffice(text, heading string) bool {
	return heading != "" && electionWords.MatchString(text) && officeWords.MatchString(heading)
}

// tallyElection reads the sentence that closes a vote between candidates:
// "Therefore, Chuck was appointed Assistant Treasurer."
func (ds *decisionScanner) tallyElection(s string) bool {
	if ds.tally == nil || !isElection(s) {
		return false
	}
	if !ds.tally.names(s) {
		return false
	}
	ds.tally = nil
	// A tally per candidate says no for/against (testdata/CONVENTIONS.md):
	// the election is recorded without votes.
	ds.emit(Decision{Text: String(connectiveLead.ReplaceAllString(s, "")), Kind: kindElection})
	return true
}

// connectiveLead is a linking word that starts a sentence and is no part of
// a decision: "Therefore, Chuck was appointed …".
var connectiveLead = rx.New(`(?i)^(?:therefore|thus|hence|consequently|so|accordingly|finally|then)\s*,?\s+`)

// approvedForm is a paragraph that only records an approval: "Approved –
// see thread there.", "APPROVED – 2018 Meetings Calendar", "Agreed."
var approvedForm = rx.New(`(?i)^(?:approved|agreed|accepted|adopted|carried|adopté|adoptée|approuvé|approuvée|angenommen|genehmigt)\s*(?:[-–—:.]\s*(.*)|$)`)

// seeLead sends the reader elsewhere: "see thread there".
var seeLead = rx.New(`(?i)^(?:see|cf\.?|voir|siehe)\b`)

// approvedLine reads such a paragraph. Its text is the line as written
// (testdata/CONVENTIONS.md: no lead-in to strip); bare is false when a
// motion waits for its outcome, which a bare "Approved." then is.
func (ds *decisionScanner) approvedLine(text string, bare bool) bool {
	text = strings.TrimSpace(text)
	m := approvedForm.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	subject := strings.TrimSpace(m[1])
	if (subject == "" || seeLead.MatchString(subject)) && !bare {
		return false
	}
	if subject == "" {
		return true // "Agreed." with nothing before it: nothing to record
	}
	kind := kindAgreement
	if chairMotion.MatchString(subject) {
		kind = kindMotion // "APPROVED – Revised 2018 budget – B. Munro (motion), …"
	}
	ds.emit(Decision{Text: String(text), Kind: kind, Votes: findVotes(text)})
	return true
}
