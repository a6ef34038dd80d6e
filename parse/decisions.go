package parse

import (
	"strings"
	"sync"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// Decisions are found paragraph by paragraph, sentence by sentence, in
// each section, in the forms minutes write them:
//
//	RESOLUTION: We support efforts …                   a label (W3C, many)
//	RES-OWIS-BM-2017-01: Vote: 5-0 in favour – Divide … a coded resolution
//	Resolution R1 / … RESOLVED, that … / By unanimous vote, … passed
//	Résolution DM-2023-001 / … IL EST RÉSOLU À L'UNANIMITÉ D'APPROUVER …
//	It was agreed to look for volunteers …               an agreement
//	The Board agreed that …  Agreed that we should …
//	A motion to accept … was made by A, seconded by B; motion was passed.
//	Dana moved and Betsy seconded to accept … Passed unanimously.
//	Revised 2018 budget approved – B. Munro (motion), Z. Maiorca (second)
//	By unanimous vote, Bill Stoddard was appointed to the Board.
//	After discussion, the sense of the room was to move forward with …
//	#### Conclusion/Resolution / - Consensus for Stage 2  (list under a heading)
//
// The text follows testdata/CONVENTIONS.md: a lead-in followed by "to",
// "that" or "for" is dropped ("It was agreed to look …" → "to look …");
// any other sentence stays whole ("The board accepted this policy"), and a
// motion is recorded by its sentence, who moved and seconded included.
//
// What is not a decision:
//
//   - a person agreeing or volunteering: "Andrew Cormack agreed that this
//     issue was not clarified", "Klaus-Peter Kossakowski agreed to be a
//     point of contact". Only the meeting decides: an impersonal subject
//     ("It was agreed"), a body ("The Board", "The group", "All"), or none
//     ("Agreed:"). A person's undertaking is an action, not a decision;
//   - a proposal: "PROPOSED RESOLUTION:", a motion that failed, was
//     withdrawn, or whose vote the minutes do not record;
//   - procedure: approving the last minutes (that is previous_minutes),
//     adopting the agenda, calling to order, adjourning;
//   - what one speaker says in a transcript ("JT - We agreed last year …",
//     "CLA: Decided to throw a TypeError"): a speaker recalling, not the
//     meeting deciding; nor a decision of another meeting ("It was agreed
//     at the Closed Board meeting that …").

// findDecisions returns what the meeting decided, item by item.
func findDecisions(sections []section) []Decision {
	var all []Decision
	var items []*Item
	for _, s := range sections {
		if s.item != nil {
			items = append(items, s.item)
		}
	}
	for _, s := range sections {
		ds := &decisionScanner{item: s.label(), items: items, pending: -1, motion: -1, sides: -1, sideSubject: -1}
		if s.item != nil {
			ds.lastHeading = string(s.item.Title)
		}
		for _, p := range decisionParagraphs(s.lines) {
			before := len(ds.out)
			ds.paragraph(p)
			if len(ds.out) == before {
				ds.bareVote(p)
			}
			ds.prev = p
			if len(ds.out) > before {
				ds.vote = nil // a vote label's subject ends at a decision
			}
		}
		ds.voteMatrices(s.lines)
		all = append(all, ds.out...)
	}
	all = mergeDecisions(all)
	for i := range all {
		if d := &all[i]; d.Kind == kindAgreement && d.Votes != nil && (d.Votes.For != nil || d.Votes.Against != nil) {
			d.Kind = kindMotion // put to a vote with a tally (testdata/CONVENTIONS.md)
		}
	}
	return all
}

// A paragraph is a run of lines read together: prose lines up to a blank
// line, one list item with its wrapped lines, one table row, one heading.
type paragraph struct {
	text    string
	heading bool
	level   int
	item    bool

	// linkOnly is set for an item that is nothing but a link ("[PR](…)",
	// "[slides](…) (missing link)"): a reference, not a statement.
	linkOnly bool
}

// decisionParagraphs joins a section's lines into paragraphs.
func decisionParagraphs(lines []line) []paragraph {
	var out []paragraph
	var cur *paragraph
	flush := func() {
		if cur != nil && strings.TrimSpace(cur.text) != "" {
			cur.text = collapseSpace(cur.text)
			out = append(out, *cur)
		}
		cur = nil
	}
	for _, l := range expandInlineBullets(lines) {
		if l.IsBlank() {
			flush()
			continue
		}
		raw := l.clean
		if cells := rowCells(l, raw); len(cells) >= 2 {
			flush()
			out = append(out, paragraph{text: collapseSpace(strings.Join(cells, " "))})
			continue
		} else if len(cells) == 1 {
			raw = cells[0]
		}
		rest, box := stripListMarker(raw)
		isItem := box != noBox || l.Kind == document.ListItem || rest != strings.TrimSpace(raw)
		switch {
		case l.Kind == document.Heading && !startsLower(rest):
			flush()
			out = append(out, paragraph{text: collapseSpace(rest), heading: true, level: l.Level})
		case startsRollCall(rest) || onlyVotes.MatchString(rest) || isSideLine(rest):
			flush() // a vote: its lead, each side and each count a paragraph of their own
			out = append(out, paragraph{text: collapseSpace(rest)})
		case startsUtterance(l.Text):
			flush()
			cur = &paragraph{text: rest}
		case isItem:
			flush()
			cur = &paragraph{text: rest, item: true, linkOnly: startsWithLink(l.Text)}
		case cur != nil && cur.item && !startsLower(rest):
			flush()
			cur = &paragraph{text: rest}
		case cur != nil:
			cur.text += " " + rest
		default:
			cur = &paragraph{text: rest}
		}
	}
	flush()
	return out
}

// A decisionScanner reads the paragraphs of one section.
type decisionScanner struct {
	item  String
	items []*Item // the meeting's agenda items, which a vote table's columns may name by number

	// underHeading is set by a heading like "Conclusion/Resolution" or
	// "Decisions": the list items under it are decisions.
	underHeading bool
	headingKind  String
	headingLevel int

	// lastHeading is the heading above the paragraph: the subject of a
	// bare "Approved – see thread there".
	lastHeading string

	// resolutionID is the id of a resolution announced by its header
	// ("Resolution R1:", "Résolution DM-2023-001"), for the clauses that
	// follow.
	resolutionID String

	// pending is the index in out of a resolution whose vote may follow
	// ("… RESOLVED, that …" / "By unanimous vote, the above resolution
	// passed"), -1 if none; pendingAge counts the paragraphs since.
	pending    int
	pendingAge int
	// clausesOpen says the pending resolution's text may go on in the
	// next paragraph: a further RESOLVED clause, a list of names.
	clausesOpen bool

	// motion is the index of a motion whose outcome may follow, -1 if
	// none; motionFailed removes it when the outcome says so.
	motion    int
	motionAge int

	// tentative is a motion not yet voted on: an outcome sentence within
	// the next paragraphs makes it a decision.
	tentative    *Decision
	tentativeAge int

	tally *tally // the last vote tally between candidates

	// lastAge counts the paragraphs since the last decision was recorded.
	lastAge int

	// awaitText is a resolution whose operative words stand alone ("IL
	// EST RÉSOLU À L'UNANIMITÉ"): its text is the next paragraph.
	awaitText *Decision

	// roll is the vote by name being read, whose sides may run over
	// several lines.
	roll *rollCallState

	// prev is the paragraph above: the subject of a vote recorded below
	// it ("+ Quitus" then "+ pour 32").
	prev paragraph
	// vote is a vote label whose subject runs on until its tally
	// ("Abstimmung:" … "Abstimmung: 5/0/2"); sides is the index in out of
	// the decision whose sides are being read one line each, -1 if none.
	vote  *openVote
	sides int
	// held are vote counts read under a heading that names nothing but
	// the vote, for the decision stated after them; heldAge counts the
	// paragraphs since.
	held    *Votes
	heldAge int
	// sideSubject is the index in out of a motion made from the line
	// above a list of sides ("Approbation du rapport financier :" over
	// "+ pour 15 / + contre 0"), -1 if none: the result stated right
	// below the sides is that motion's wording (resultBelowSides).
	sideSubject int

	out []Decision
}

// votesLine gives the decision just recorded the votes of a line that
// holds nothing else: "Ja: 14, Nein: 2, Enthaltungen: 1" under a
// "Beschluss:", "(7 in favour, 1 against)".
func (ds *decisionScanner) votesLine(text string) bool {
	var d *Decision
	switch {
	case ds.tentative != nil:
		d = ds.tentative // a motion whose outcome is still to come
	case len(ds.out) > 0 && ds.lastAge <= 1:
		d = &ds.out[len(ds.out)-1]
	default:
		return false
	}
	if !onlyVotes.MatchString(text) {
		return false
	}
	v := findVotes(text)
	if v == nil || !addVotes(d, v) {
		return false
	}
	if d == ds.tentative && passedByCount(d.Votes) {
		// The counts carried it, whether or not an outcome follows
		// ("Vote: 6 yes, 1 no."); a "Motion passed." after them finds it
		// as the open motion.
		ds.tentative = nil
		setMovers(d, string(d.Text))
		if i := ds.emit(*d); i >= 0 {
			ds.motion, ds.motionAge = i, 0
		}
	} else if d == ds.tentative {
		ds.tentativeAge = 0 // the outcome may follow the counts
	} else {
		ds.lastAge = 0 // a count of the other side may follow, on its own line
	}
	return true
}

// addVotes gives d the counts of v for the sides it has no count of yet
// ("Ayes: 4" then "Nays: 1" on the next line). It reports whether v
// added any.
func addVotes(d *Decision, v *Votes) bool {
	if d.Votes == nil {
		d.Votes = v
		return true
	}
	added := false
	for _, side := range []struct{ have, more **int }{{&d.Votes.For, &v.For}, {&d.Votes.Against, &v.Against}, {&d.Votes.Abstain, &v.Abstain}} {
		if *side.have == nil && *side.more != nil {
			*side.have, added = *side.more, true
		}
	}
	return added && d.Votes.Unanimous == nil
}

// onlyVotes is a line of vote counts and nothing else.
var onlyVotes = rx.New(`(?i)^[\s(]*(?:(?:` + forWords + `|` + againstWords + `|` + abstainWords + `|votes?|voix|stimmen)?\s*[:=]?\s*\d{1,4}\s*(?:` + forWords + `|` + againstWords + `|` + abstainWords + `)?\s*(?:[,;]|and|und|et)?\s*)+[)\s.]*$`)

// emit records a decision of this section unless it is procedural.
func (ds *decisionScanner) emit(d Decision) int {
	d.Item = ds.item
	// A Chinese or Japanese full stop ends the text as "." does
	// ("决议：同意发布新版本。" → "同意发布新版本").
	d.Text = String(strings.TrimSuffix(trimTask(string(d.Text)), "。"))
	if d.Text == "" || isProcedural(string(d.Text)) {
		return -1
	}
	if d.Kind != "election" && (isElection(string(d.Text)) || electedUnderOffice(string(d.Text), ds.lastHeading)) {
		d.Kind = "election"
	}
	if d.Kind == "election" && d.Votes != nil && d.Votes.For == nil && d.Votes.Against == nil && d.Votes.Unanimous == nil {
		// Only abstentions counted: the rest is a tally per candidate
		// ("foi eleito com 11 votos contra 4 votos e 1 abstenção"), which
		// is no for and against (testdata/CONVENTIONS.md).
		d.Votes = nil
	}
	setMovers(&d, string(d.Text))
	if ds.held != nil && ds.sides != heldSides && (d.Votes == nil || d.Votes.For == nil) && ds.held.For != nil {
		d.Votes, ds.held = ds.held, nil // "Pour : 7 …" above "Les statuts sont approuvés"
	}
	if ds.resultBelowSides(&d) {
		ds.out = ds.out[:len(ds.out)-1]
	}
	ds.out = append(ds.out, d)
	ds.lastAge = 0
	return len(ds.out) - 1
}

// resultBelowSides reports whether d states the result of the vote whose
// sides were just listed under a subject line, and gives d that vote:
//
//	Approbation du rapport financier :
//	  + pour  15 (dont 1 procuration)
//	  + contre  0
//	  + abstention 0
//	Le rapport financier est adopté à l'unanimité des votes exprimés.
//
// The statement is then the decision, counted, and the subject line
// recorded for the sides is dropped (the caller removes it). A statement
// with counts of its own, or one that names no result (vocab.Outcomes,
// vocab.Elections), is a decision of its own.
func (ds *decisionScanner) resultBelowSides(d *Decision) bool {
	j := ds.sideSubject
	ds.sideSubject = -1
	if j < 0 || j != len(ds.out)-1 || ds.lastAge > 1 {
		return false
	}
	counted := ds.out[j].Votes
	if counted == nil || counted.For == nil || d.Votes != nil && d.Votes.For != nil {
		return false
	}
	if !statesResult.MatchString(string(d.Text)) {
		return false
	}
	d.Votes = counted
	if d.Kind == kindAgreement {
		d.Kind = kindMotion
	}
	if d.Kind != "election" && isElection(string(d.Text)) {
		d.Kind = "election"
	}
	return true
}

// statesResult is a sentence that says a vote's result in one of the
// vocabularies' words: "est adopté", "was carried", "wird angenommen",
// "est élu".
var statesResult = rx.New(`(?i)(?:^|[^\p{L}])(?:` + vocab.Outcomes.Pattern() + `|` + vocab.Elections.Pattern() + `)(?:$|[^\p{L}])`)

// paragraph reads one paragraph.
func (ds *decisionScanner) paragraph(p paragraph) {
	ds.lastAge++
	ds.pendingAge++
	ds.motionAge++
	if ds.pendingAge > 3 {
		ds.pending = -1
	}
	if ds.motionAge > 2 {
		ds.motion = -1
	}
	if ds.tentativeAge++; ds.tentativeAge > 2 {
		ds.tentative = nil
	}
	if ds.roll != nil {
		ds.roll.age++
	}
	if ds.heldAge++; ds.heldAge > 3 {
		ds.held = nil
	}
	if p.heading {
		ds.clausesOpen = false
		ds.heading(p)
		ds.resolutionHeader(p.text)
		return
	}
	if d := ds.awaitText; d != nil {
		ds.awaitText = nil
		d.Text = String(cutAtNumberedHeading(p.text))
		if i := ds.emit(*d); i >= 0 {
			ds.pending, ds.pendingAge, ds.clausesOpen = i, 0, true
		}
		return
	}
	if ds.furtherClause(p.text) {
		return
	}
	if ds.rollCall(p.text) {
		return
	}
	if ds.tallied(p) || ds.sideLine(p.text) {
		return
	}
	if ds.votesLine(p.text) {
		return
	}
	if t := readTally(p.text); t != nil {
		ds.tally = t
		return
	}
	if ds.resolutionHeader(p.text) || ds.labelled(p.text) || ds.resolvedClause(p.text) {
		return
	}
	if ds.approvedLine(p.text, ds.motion < 0 && ds.pending < 0) {
		return
	}
	if !ds.prev.heading && ds.assent(p.text, ds.prev.text) {
		return // "Seconded by Bo Chen, all agreed." below the proposal
	}
	ds.moversOf(p.text) // and read on: "Seconded: John Roe Carried."
	if p.item && ds.underHeading {
		if isDecisionItem(p) {
			ds.emit(Decision{Text: String(p.text), Kind: ds.headingKind})
		}
		return
	}
	sentences := sentencesOf(unbracket(ds.proposedAndAgreed(p.text)))
	for i, s := range sentences {
		// A label inside the paragraph ("Eric – Propose a motion: …") takes
		// the rest of it, as one at its start would.
		if i > 0 && strings.Contains(s, ":") && labelledSentence.MatchString(speakerTurn.ReplaceAllString(s, "")) &&
			ds.labelled(speakerTurn.ReplaceAllString(strings.Join(sentences[i:], " "), "")) {
			return
		}
		prev := ""
		if i > 0 {
			prev = sentences[i-1]
			if ds.assent(s, strings.Join(sentences[:i], " ")) {
				continue // "… Bo Chen seconded. All agreed."
			}
		}
		ds.sentence(s, prev, p.text)
	}
}

// heading notes whether the heading announces decisions.
func (ds *decisionScanner) heading(p paragraph) {
	ds.lastHeading = p.text
	if ds.underHeading && p.level > ds.headingLevel && ds.headingLevel > 0 {
		return
	}
	ds.underHeading = false
	if kind, ok := decisionHeadingKind(p.text); ok {
		ds.underHeading, ds.headingKind, ds.headingLevel = true, kind, p.level
	}
}

// sentence tries the sentence forms on one sentence of a paragraph.
func (ds *decisionScanner) sentence(s, prev, para string) {
	if s != para && ds.votesLine(s) {
		return // "… seconded by Sue Hill. Vote: 6 yes, 1 no. Motion passed."
	}
	if s != para && (ds.tentative != nil || ds.motion >= 0 || len(ds.out) > 0 && ds.lastAge <= 1) && ds.rollCall(s) {
		return // "… to adopt the budget. Ayes: Lee, Chen, Diaz. Nays: none. Motion carried."
	}
	if !mayRecordDecision(s) {
		return
	}
	if ds.moversOf(s) {
		ds.outcome(s) // "Seconded: John Roe Carried."
		return
	}
	if ds.outcome(s) {
		return
	}
	switch {
	case ds.voteLed(s):
	case ds.motionSentence(s, prev):
	case ds.officeTaken(s):
	case ds.senseOfRoom(s):
	case ds.agreement(s, para):
	case ds.directive(s, para):
	case ds.passive(s, para):
	case ds.tallyElection(s):
	}
}

// decisionStems are word stems one of which every sentence form below
// needs: outcomes, votes and motions, agreements, directives, elections.
// They let a sentence that cannot be a decision skip the forms' regular
// expressions. The English stems are the forms' own words; every word of
// the vocabularies the forms read (vocab.Agreed, DecisionLabels,
// Unanimous, Elections, the movers' and seconders' words) is added to
// them, so a language added there is never skipped here.
var decisionStems = sync.OnceValue(func() []string {
	stems := []string{
		"pass", "carri", "approv", "approu", "adopt", "accept", "agree", "fail", "defeat", "reject", "lost", "withdr", "unanim",
		"vote", "consent", "ballot", "motion", "moved", "moves", "mover", "second", "propos", "decis",
		"decid", "décid", "resolv", "résol", "conclu", "determin", "convenu", "entendu", "beschl", "vereinbart", "entsch",
		"acord", "endors", "ratif", "genehmigt", "angenommen", "consensus", "sense", "feeling", "view",
		"direct", "instruct", "mandat", "authori", "empower", "tasked",
		"elect", "élu", "nommé", "gewählt", "appoint",
	}
	for _, t := range []vocab.Table{vocab.Agreed, vocab.DecisionLabels, vocab.Unanimous, vocab.Elections,
		vocab.MovedBy, vocab.SecondedBy, vocab.Moves, vocab.Seconds, vocab.MoverLabels, vocab.SeconderLabels} {
		for _, text := range t.Texts() {
			if words := strings.Fields(strings.TrimSuffix(text, "*")); len(words) > 0 {
				stems = append(stems, words[len(words)-1])
			}
		}
	}
	return shortestStems(stems)
})

// shortestStems drops every stem that holds another ("approvato" holds
// "approv"): a text holding it holds the other too.
func shortestStems(stems []string) []string {
	var out []string
	for i, s := range stems {
		redundant := false
		for j, t := range stems {
			if i != j && strings.Contains(s, t) && (len(t) < len(s) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, s)
		}
	}
	return out
}

// mayRecordDecision reports whether s holds one of the decisionStems.
func mayRecordDecision(s string) bool {
	return containsAny(strings.ToLower(s), decisionStems())
}

// mergeDecisions removes repeated decisions — a W3C "Summary of
// Resolutions" repeats them — keeping the first, with the votes of
// whichever record has them.
func mergeDecisions(ds []Decision) []Decision {
	var out []Decision
	for _, d := range ds {
		dup := -1
		for i, k := range out {
			sameText := strings.EqualFold(collapseSpace(string(d.Text)), collapseSpace(string(k.Text)))
			// The same words twice in the items are two decisions ("The
			// board accepted this policy", once per policy); repeated in a
			// summary outside any item, they are one.
			inSummary := d.Item == "" || k.Item == ""
			if (d.ID != "" && idKey(d.ID) == idKey(k.ID)) || (sameText && inSummary) {
				dup = i
				break
			}
		}
		if dup < 0 {
			out = append(out, d)
			continue
		}
		if out[dup].Votes == nil {
			out[dup].Votes = d.Votes
		}
	}
	return out
}

// isDecisionItem reports whether a list item under a decisions heading
// states a decision: not a label ("Reviewers:"), a name alone, or a link.
func isDecisionItem(p paragraph) bool {
	t := strings.TrimSpace(p.text)
	switch {
	case p.linkOnly, strings.HasSuffix(t, ":"):
		return false
	case len(strings.Fields(t)) <= 4 && looksLikeOwner(t):
		return false // a name under "Reviewers:"
	}
	return true
}

// startsWithLink reports whether a list item's raw text opens with a
// markdown link after its marker.
func startsWithLink(raw string) bool {
	rest, _ := stripListMarker(strings.TrimSpace(raw))
	loc := mdLink.FindStringIndex(rest)
	return loc != nil && loc[0] == 0
}

// unbracket removes the brackets around a paragraph written as an aside:
// "(General agreement that we want nan to release first.)".
func unbracket(text string) string {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1 && strings.Count(t, ")") == 1 {
		return strings.TrimSpace(t[1 : len(t)-1])
	}
	return text
}

// startsUtterance reports whether a raw line starts a new speaker's words
// in a chat log or transcript ("11:22:19 <dka> …", "> **dka** …",
// "Mikeal: …"): it is a paragraph of its own however the lines run.
func startsUtterance(raw string) bool {
	raw = strings.TrimSpace(raw)
	if ircPrefix.MatchString(raw) || strings.HasPrefix(raw, ">") {
		return true
	}
	// "Chuck:   5" is a line of a tally, not a speaker.
	m := speakerTurn.FindString(raw)
	return m != "" && len(strings.Fields(raw[len(m):])) >= 2
}

// labelledSentence is a sentence that starts with a decision label.
var labelledSentence = rx.New(`(?i)^(?:proposed\s+|draft\s+|possible\s+|(?:propose|move|moves|moved)\s+(?:a|the)\s+)?(?:` + vocab.DecisionLabels.Pattern() + `)(?:\s[^:：]{0,30})?\s*[:：]`)
