package parse

import (
	"strings"
	"sync"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// The line forms of an action that carry their own marks: a keyword
// ("ACTION 17.01:", "[NEW] ACTION:", "Action HP:"), an identifier ("16-01
// …", "ACT-OWIS-TC-2016-47: …"), an owner in brackets after a paragraph
// ("(Action: AW)"), labelled lines under an action ("Owner: JT"). The
// scanner in actions.go tries them on each line.

// fieldLine is a labelled line under an action giving its owner or its
// date: "Owner: JT", "Responsible: Tinka Gammel", "Due: May 2010".
var fieldLine = rx.New(`(?i)^(` + vocab.OwnerLabels.Pattern() + `|` + vocab.DueLabels.Pattern() + `)\s*[:：]\s*(\S.*)$`)

// dueLabels are vocab.DueLabels as a set.
var dueLabels = sync.OnceValue(vocab.DueLabels.Set)

// fieldLine gives the open action the owner a labelled line names; a date
// line is read and left (the record has no field for it).
func (sc *actionScanner) fieldLine(rest string) bool {
	m := fieldLine.FindStringSubmatch(rest)
	if m == nil || sc.open < 0 || sc.openState == openNone {
		return false
	}
	isDate := dueLabels()[strings.ToLower(collapseSpace(m[1]))]
	if a := &sc.out[sc.open]; !isDate && a.Owner == "" {
		a.Owner = String(collapseSpace(strings.TrimRight(m[2], ".")))
	}
	sc.openState = openStatus
	return true
}

// bracketMarker is an owner in brackets closing a paragraph: "The Chair
// will write to SCC. (Action: AW)", "[ACTION – RH]".
var bracketMarker = rx.New(`^(.*\S)\s*[(\[]\s*(?i:actions?|action\s+by|to\s+action)\s*(?:[:–—-]?\s*([^()\[\]]{1,40}?))?\s*[)\]]\.?\s*$`)

// bracketMarker reads such a paragraph: the owner is in the brackets, the
// task the paragraph (its last numbered sub-item) before them. A bare
// "(ACTION)" marks the sentence as an action; its owner, if any, starts
// it ("RSIT members to provide definitions … (ACTION)").
func (sc *actionScanner) bracketMarker(rest string) bool {
	m := bracketMarker.FindStringSubmatch(rest)
	if m == nil || (m[2] != "" && !ownerOnly(m[2])) {
		return false
	}
	text := m[1]
	if m[2] == "" {
		owner, task, _ := splitOwnerTask(text, false)
		sc.emitText("", String(owner), task, "")
		return true
	}
	if !sc.paraBreak && len(sc.para) > 0 {
		text = strings.Join(sc.para, " ") + " " + text
	}
	sc.emitText("", String(m[2]), lastSubItem(text), "")
	return true
}

// idBody reads the line after an identifier that stood alone ("27.2" /
// "Lionel Ferette to circulate …").
func (sc *actionScanner) idBody(rest string, box checkbox) bool {
	owner, task, ok := splitOwnerTask(rest, false)
	if !ok && !sc.ctx.active {
		sc.pendingID = ""
		return false
	}
	sc.emitText(sc.pendingID, String(owner), task, checkboxStatus(box))
	return true
}

// actionKeyword starts an action written with its keyword, in capitals
// or not: "ACTION:", "[NEW] ACTION:", "Action item 3 -", "TODO:". The
// bracket is the W3C scribe's state.
var actionKeyword = rx.New(`(?i)^(?:\[\s*(new|done|closed|pending|continues|continued|ongoing|in progress|dropped|open|cancelled|canceled)\s*\]\s*)?(?:(?:` + vocab.ActionLabels.Pattern() + `)(?:$|\s*[:：–—]|\s)|(?:` + vocab.ActionColonLabels.Pattern() + `)\s*[:：]|a\.?i\.?\s*:)`)

// typoLabel is a word and a colon at the start of a line: a label, maybe
// a mistyped "Action:" ("Acion: Betsy will email …").
var typoLabel = rx.New(`^(\p{L}{5,7})\s*:`)

// fixKeywordTypo writes "Action:" for a label one edit away from it (a
// letter left out, added, changed, or two swapped).
func fixKeywordTypo(s string) string {
	m := typoLabel.FindStringSubmatch(s)
	if m == nil || strings.EqualFold(m[1], "action") || !oneEditAway(strings.ToLower(m[1]), "action") {
		return s
	}
	return "Action" + s[len(m[1]):]
}

// oneEditAway reports whether a and b differ by one insertion, deletion,
// substitution or swap of neighbouring letters.
func oneEditAway(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		if i == len(ra) {
			return false // equal
		}
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true // one substitution
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	}
	return string(ra[i:]) == string(rb[i+1:]) // one insertion
}

// midLineAction is an action keyword in capitals inside a line: "NAISEF
// Awards ACTION: Tinka to investigate …", "<dka> [NEW] ACTION: …".
var midLineAction = rx.New(`\s(?:\[[A-Z ]{2,12}\]\s*)?ACTION\b|[.!?]\s+(?:Action|Aktion|Actie|Acción|Azione|Ação)\s*:`)

// midLineKeyword reads an action whose keyword, in capitals, comes after
// other words on its line.
func (sc *actionScanner) midLineKeyword(rest string, box checkbox) bool {
	loc := midLineAction.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	for loc[0] < len(rest) && strings.ContainsRune(".!? \t", rune(rest[loc[0]])) {
		loc[0]++ // "… nearly ready. Action: …": the keyword starts after the full stop
	}
	// The words before the keyword end the paragraph an "ACTION: JT"
	// naming only its owner assigns.
	saved, savedBreak := sc.para, sc.paraBreak
	if sc.paraBreak {
		sc.para = nil
	}
	sc.para = append(sc.para[:len(sc.para):len(sc.para)], strings.TrimSpace(rest[:loc[0]]))
	sc.paraBreak = false
	if sc.keywordAction(strings.TrimSpace(rest[loc[0]:]), box) {
		return true
	}
	sc.para, sc.paraBreak = saved, savedBreak
	return false
}

// keywordOwner is the owner written between the keyword and the colon:
// "ACTION HP:", "ACTION cmt-elect:".
var keywordOwner = rx.New(`^([^\s:]{1,20}(?:\s*/\s*[^\s:]{1,20})*)\s*:\s*`)

// trailingKeywordOwner is an owner alone after the keyword, closing the
// line: "… ACTION TG", "ACTION AL/BC". The paragraph before is the task.
var trailingKeywordOwner = rx.New(`^(\p{Lu}[\p{L}.]{0,5}(?:\s*/\s*\p{Lu}[\p{L}.]{0,5})*)\s*\.?$`)

// keywordAction reads the forms that start with an action keyword.
func (sc *actionScanner) keywordAction(rest string, box checkbox) bool {
	rest = fixKeywordTypo(rest)
	if m := ownerAfterKeyword.FindStringSubmatch(rest); m != nil {
		return sc.keywordBody("", String(collapseSpace(m[2])), rest[len(m[0]):], checkboxStatus(box))
	}
	m := actionKeyword.FindStringSubmatchIndex(rest)
	if m == nil {
		return false
	}
	scribeState := ""
	if m[2] >= 0 {
		scribeState = strings.ToLower(rest[m[2]:m[3]])
	}
	// Give back the separator the pattern consumed: it tells the form.
	end := m[1]
	for end > 0 && strings.ContainsRune(":–—-", rune(rest[end-1])) {
		end--
	}
	if strings.HasSuffix(rest[:end], "–") || strings.HasSuffix(rest[:end], "—") {
		end -= len("–")
	}
	body := strings.TrimSpace(rest[end:])
	var id, owner String
	if tok, kind, after, ok := leadingID(body); ok && kind != idResolution {
		id, body = cleanID(tok), cutIDSeparator(after)
	} else if tok, after := cutToken(body); isSmallNumber(tok) {
		id, body = cleanID(tok), cutIDSeparator(after) // "Action 3: …"
	} else if om := keywordOwner.FindStringSubmatch(body); om != nil && !isStatusOnly(om[1]) && !strings.ContainsAny(om[1], ".") {
		owner, body = String(om[1]), body[len(om[0]):]
	} else if om := trailingKeywordOwner.FindStringSubmatch(body); om != nil && (allInitials(om[1]) || sc.known.has(om[1])) {
		body = om[1] // "… draft a letter to the council. ACTION TG": the owner alone, as "ACTION: TG"
	} else if sep := cutIDSeparator(body); sep != body {
		body = sep
	} else {
		return false // "Action Items, Betsy requested …": the word, not the form
	}
	if _, _, found := splitOwnerTask(body, true); owner == "" && id == "" && !found {
		// "ACTIE: PPK verwerkt de debriefing …", "Action : Luc Marin envoie
		// le compte rendu": where the task is a conjugated verb, the names
		// of participants before it are the owner.
		if head, task, ok := leadingOwner(body, sc.known); ok {
			owner, body = String(head), task
		}
	}
	status := scribeStatus(scribeState)
	if status == "" {
		status = checkboxStatus(box)
	}
	return sc.keywordBody(id, owner, body, status)
}

// leadingOwner reads the owner that opens a task written with a
// conjugated verb: one to four names, joined by "and" in any language,
// then a word in lower case ("Matijs en PPK ontfermen zich over de
// brochure" → "Matijs en PPK"). Each name is initials or a participant's
// name: a capitalised noun ("Kassenprüfung bis März") is no owner.
func leadingOwner(s string, known knownNames) (owner, task string, ok bool) {
	words := strings.Fields(s)
	for k := 1; k < len(words) && k <= 5; k++ {
		if !startsLower(words[k]) || ownerJoiners[strings.ToLower(words[k])] {
			continue
		}
		head := strings.Join(words[:k], " ")
		if !looksLikeOwner(head) {
			return "", "", false
		}
		for _, w := range ownerWords(head) {
			if !ownerJoiners[strings.ToLower(w)] && !allInitials(w) && !known.has(w) {
				return "", "", false
			}
		}
		return head, trimTask(strings.Join(words[k:], " ")), true
	}
	return "", "", false
}

// ownerAfterKeyword is an owner in brackets right after the keyword:
// "AI(Jan): follow up …", "ACTION (Marta): book the room". The brackets
// say it is the owner, whatever the word ("Jan" is no month here).
var ownerAfterKeyword = rx.New(`(?i)^(action|ai|a\.i\.|to-?do)\s*\(([^()]{1,40})\)\s*:\s*`)

// statusReport is a sentence about an earlier action's state, after its
// id: "(website update) is complete.", "remains open", "has been done";
// group 1 is the state.
var statusReport = rx.New(`(?i)^(?:\([^()]{1,60}\)\s*)?(?:is|was|has\s+been|have\s+been|remains|remain|are|were|stays)\s+(?:now\s+|still\s+)?([\p{L} -]{2,20}?)\s*\.?$`)

// keywordBody reads what follows an action keyword and its id or owner.
func (sc *actionScanner) keywordBody(id, owner String, body string, status String) bool {
	body = strings.TrimSpace(ownerWordLead.ReplaceAllString(body, ""))
	switch {
	case body == "" && id == "" && owner == "":
		return false // "Action items:" — a label, not an action
	case body == "" && id != "":
		sc.pendingID = id
		return true
	}
	if st, after, ok := leadingStatus(body); ok && after == "" {
		sc.emit(Action{ID: id, Owner: owner, Status: st})
		return true
	}
	if id != "" {
		sentences := sentencesOf(body)
		if m := statusReport.FindStringSubmatch(sentences[0]); m != nil {
			if st, after, ok := leadingStatus(m[1]); ok && after == "" {
				sc.emit(Action{ID: id, Owner: owner, Status: st}) // "Action 14 (website update) is complete."
				if rest := strings.Join(sentences[1:], " "); rest != "" {
					sc.keywordAction(rest, noBox) // "… Action 15 remains open."
				}
				return true
			}
		}
	}
	if owner == "" && ownerOnly(body) {
		text := "" // "ACTION: AB" with no paragraph before it assigns nothing said
		if len(sc.para) > 0 {
			text = lastSubItem(strings.Join(sc.para, " "))
		}
		sc.emitText(id, String(strings.TrimRight(strings.TrimSpace(body), ".")), text, status)
		return true
	}
	if owner == "" {
		o, task, _ := splitOwnerTask(body, true)
		owner, body = String(o), task
	}
	sc.emitText(id, owner, body, status)
	return true
}

// isSmallNumber reports whether tok is a plain number of one to four
// digits: after an action keyword, the action's number.
func isSmallNumber(tok string) bool {
	return len(tok) >= 1 && len(tok) <= 4 && strings.Trim(tok, "0123456789") == ""
}

// ownerWordLead is the word "owner" some minutes write before the owner
// ("Action: owner Troy Fridley – …").
var ownerWordLead = rx.New(`(?i)^owners?\s*:?\s+`)

// numberLead is the number of a sub-item at the start of a paragraph
// ("6.2 Alison and Sheila agreed …").
var numberLead = rx.New(`^\d{1,3}(?:\.\d{1,3})*\.?\s+`)

// subItemStart is the number of a sub-item inside joined text: " 11.2
// Suffolk Libraries have …".
var subItemStart = rx.New(`(?:^|\s)\d{1,2}\.\d{1,2}\.?\s+\p{Lu}`)

// lastSubItem returns the last numbered sub-item of a paragraph, without
// its number: the part an "ACTION: AB" line after it assigns.
func lastSubItem(para string) string {
	locs := subItemStart.FindAllStringIndex(para, -1)
	if len(locs) > 0 {
		para = para[locs[len(locs)-1][0]:]
	}
	return numberLead.ReplaceAllString(strings.TrimSpace(para), "")
}

// scribeStatus maps the W3C scribe's bracket ("[NEW] ACTION:") to a status.
func scribeStatus(state string) String {
	switch state {
	case "":
		return ""
	case "new":
		return statusOpen
	}
	return statusVocabulary[state]
}

// isStatusOnly reports whether s is nothing but a status phrase.
func isStatusOnly(s string) bool {
	_, rest, ok := leadingStatus(s)
	return ok && rest == ""
}

// ownerThenIDForm is an owner, a separator, then a coded action id: "PR -
// Action-BM-2017-03 Draft Risk Register".
var ownerThenIDForm = rx.New(`^(.{1,60}?)\s*[-–—:]\s*(\S+)\s*:?\s*(.*)$`)

// ownerThenID reads the owner-first tracker form.
func (sc *actionScanner) ownerThenID(rest string, box checkbox) bool {
	m := ownerThenIDForm.FindStringSubmatch(rest)
	if m == nil || !looksLikeOwner(m[1]) {
		return false
	}
	tok := strings.TrimRight(m[2], ":.,")
	if kind, ok := classifyID(tok); !ok || kind != idAction || !codedID.MatchString(tok) {
		return false
	}
	sc.emitText(cleanID(tok), String(collapseSpace(m[1])), m[3], checkboxStatus(box))
	return true
}

// idLed reads a line that starts with an action's identifier: "16-01
// Gorazd Božič – to inform …", "ACT-OWIS-TC-2016-47: LM - Join …", or an
// identifier alone whose text is on the next line. A number like "3.2"
// also starts sub-items, so outside an actions heading a numeric id needs
// an owner and a task that reads as one.
func (sc *actionScanner) idLed(rest string, box checkbox) bool {
	tok, kind, after, ok := leadingID(rest)
	if !ok || kind == idResolution || !(numericID.MatchString(tok) || codedID.MatchString(tok)) {
		return false
	}
	coded := codedID.MatchString(tok)
	if coded && kind != idAction && numericSegments(tok) < 2 && !sc.ctx.active {
		return false // "COVID-19 …": a name with a number, not an id
	}
	body := cutIDSeparator(after)
	if body == "" {
		if !sc.ctx.active && !coded {
			return false
		}
		sc.pendingID = cleanID(tok)
		return true
	}
	if st, after, ok := leadingStatus(body); ok && after == "" && (coded || sc.ctx.active) {
		sc.emit(Action{ID: cleanID(tok), Status: st})
		return true
	}
	owner, task, found := splitOwnerTask(body, coded || sc.ctx.active)
	if !coded && !(found && (looksLikeTask(task) || sc.ctx.active)) {
		return false
	}
	sc.emitText(cleanID(tok), String(owner), task, checkboxStatus(box))
	return true
}

// numericSegments counts the all-digit segments of a coded identifier.
func numericSegments(tok string) int {
	n := 0
	for _, p := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
		if strings.Trim(p, "0123456789") == "" {
			n++
		}
	}
	return n
}
